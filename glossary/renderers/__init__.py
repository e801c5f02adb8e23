"""Renderers: turn annotated documents into output, one small module per format.

Every annotation renderer follows one streaming protocol: ``begin()``, then
``document(name, chunks)`` for each input (chunks arrive in order and are not
kept, so memory stays bounded), then ``end()``. Renderers write to the stream
they are given and never print anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module
from typing import TYPE_CHECKING, Any, Protocol, TextIO

if TYPE_CHECKING:  # importing annotate (and the matcher) only to render would slow start-up
    from ..annotate import AnnotatedChunk

__all__ = ["ANNOTATION_FORMATS", "AnnotationRenderer", "make_renderer"]


class AnnotationRenderer(Protocol):
    def begin(self) -> None: ...

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None: ...

    def end(self) -> None: ...


# Format -> (module, class). Only the chosen format's module is imported: the terminal
# and HTML renderers pull in rich and friends, which JSON output does not need.
_RENDERERS: dict[str, tuple[str, str]] = {
    "terminal": ("terminal", "TerminalRenderer"),
    "inline": ("text_formats", "InlineRenderer"),
    "json": ("json_format", "JsonRenderer"),
    "jsonl": ("json_format", "JsonLinesRenderer"),
    "markdown": ("text_formats", "MarkdownRenderer"),
    "html": ("html_format", "HtmlRenderer"),
}


def _renderer_class(format_name: str) -> Callable[..., AnnotationRenderer]:
    module_name, class_name = _RENDERERS[format_name]
    module = import_module(f".{module_name}", __name__)
    factory: Callable[..., AnnotationRenderer] = getattr(module, class_name)
    return factory


#: The names accepted by ``glossary annotate --format``.
ANNOTATION_FORMATS: tuple[str, ...] = ("terminal", "inline", "json", "jsonl", "markdown", "html")


def make_renderer(
    format_name: str,
    *,
    out: TextIO,
    target: str = "auto",
    multiple: bool = False,
    by_line: bool = False,
    **options: Any,
) -> AnnotationRenderer:
    """The renderer for ``format_name``, writing to ``out``.

    ``target`` is the gloss language: "en", "vi", or "auto" (the other language
    than the term's); ``multiple`` says that several documents follow (text
    formats then head each with its name); ``by_line`` says that each chunk is
    one input line (JSON Lines then writes one object per line). Further
    options, each ignored by formats it does not concern: ``compact`` (JSON and
    JSON Lines list each term once and refer to it by id), ``every`` (gloss every
    occurrence, not only the first; inline, markdown, html print), ``names``
    (the input names in order: HTML title and table of contents), ``color``
    (False: no colour) and ``width`` (columns; terminal).
    """
    factory = _renderer_class(format_name)
    return factory(out=out, target=target, multiple=multiple, by_line=by_line, **options)
