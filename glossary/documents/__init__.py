"""Documents as translators have them: DOCX, HTML, XLIFF, TMX and PO.

Each reader is one small module that turns a file into plain text the matcher
can read, and says where each piece came from:

* monolingual documents (DOCX, HTML, plain text) become :class:`TextDocument`:
  a list of :class:`Block` (a paragraph, a table cell's paragraph, a heading...),
  each with a locator and a map from its characters back into the file;
* bilingual files (XLIFF 1.2 and 2.x, TMX, PO) become :class:`BilingualDocument`:
  a list of :class:`Segment` with a source, a target (None when untranslated)
  and the languages the file declares.

The format is chosen by extension or by name (``input_format``); for bytes with
no name (standard input) :func:`sniff_format` looks at the content.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..reading import STDIN, peek_stdin, read_bytes

if TYPE_CHECKING:
    from ..matcher import Match, Matcher

__all__ = [
    "BILINGUAL_FORMATS",
    "Block",
    "BilingualDocument",
    "LocatedMatch",
    "INPUT_FORMATS",
    "Segment",
    "TextDocument",
    "SourceSegment",
    "annotate_document",
    "detect_format",
    "document_languages",
    "format_for_path",
    "language_code",
    "read_bilingual",
    "read_document",
    "read_text_document",
    "sniff_format",
    "source_segments",
]

#: Input formats by name, with the file extensions that select them.
INPUT_FORMATS: dict[str, tuple[str, ...]] = {
    "text": (".txt", ".text", ".md"),
    "docx": (".docx",),
    "html": (".html", ".htm", ".xhtml"),
    "xliff": (".xlf", ".xliff", ".sdlxliff", ".mqxliff"),
    "tmx": (".tmx",),
    "po": (".po", ".pot"),
}
MONOLINGUAL_FORMATS = ("text", "docx", "html")
BILINGUAL_FORMATS = ("xliff", "tmx", "po")


@dataclass(frozen=True)
class Block:
    """A piece of a document's text that terms do not cross (a paragraph, a cell, a heading).

    ``starts[i]``/``ends[i]`` give the span in the original file's text of
    character ``i`` of ``text`` (HTML); ``run_starts`` gives, for DOCX, the
    character offset in ``text`` where each run of the paragraph begins.
    """

    text: str
    locator: dict[str, Any]
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    run_starts: tuple[int, ...] | None = None

    def locate(self, start: int, end: int) -> dict[str, Any]:
        """Where the span ``text[start:end]`` is in the file: the block's locator plus positions inside it."""
        location = dict(self.locator)
        location["start"] = start
        location["end"] = end
        if self.starts is not None and self.ends is not None and end > start:
            location["source_start"] = self.starts[start]
            location["source_end"] = self.ends[end - 1]
        if self.run_starts:
            location["start_run"], location["start_run_offset"] = self._run_position(start)
            location["end_run"], location["end_run_offset"] = self._run_position(end, at_end=True)
        return location

    def source_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The span ``text[start:end]`` as contiguous pieces of the original source (split where markup intervenes)."""
        if self.starts is None or self.ends is None:
            raise ValueError("this block has no source map")
        pieces: list[tuple[int, int]] = []
        for index in range(start, end):
            if pieces and pieces[-1][1] == self.starts[index]:
                pieces[-1] = (pieces[-1][0], self.ends[index])
            else:
                pieces.append((self.starts[index], self.ends[index]))
        return pieces

    def _run_position(self, offset: int, *, at_end: bool = False) -> tuple[int, int]:
        assert self.run_starts is not None
        # The run holding the character at ``offset`` (for an end: the one holding offset - 1).
        probe = offset - 1 if at_end and offset > 0 else offset
        run = 0
        for index, run_start in enumerate(self.run_starts):
            if run_start <= probe:
                run = index
            else:
                break
        return run, offset - self.run_starts[run]


@dataclass(frozen=True)
class TextDocument:
    """A monolingual document as blocks of text; ``source`` is the original text of text-based formats."""

    path: str
    format: str
    blocks: tuple[Block, ...]
    language: str | None = None
    title: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Segment:
    """One source/target pair of a bilingual file; ``target`` is None when the unit has no translation."""

    id: str
    source: str
    target: str | None
    locator: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BilingualDocument:
    """A bilingual file: its segments and the languages it declares ("vi", "en", or None)."""

    path: str
    format: str
    segments: tuple[Segment, ...]
    source_language: str | None = None
    target_language: str | None = None


_LANGUAGE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")


def language_code(value: str | None) -> str | None:
    """"vi-VN", "vi_VN", "VI" -> "vi"; "en-US", "en-GB" -> "en"; anything else -> its primary subtag, lower case."""
    if not value:
        return None
    match = _LANGUAGE.match(value)
    if not match:
        return None
    primary = match.group(1).lower()
    return {"vie": "vi", "eng": "en"}.get(primary, primary)


def format_for_path(path: str | os.PathLike[str], *, input_format: str | None = None) -> str:
    """The input format of ``path``: ``input_format`` if given, else by extension, else "text"."""
    if input_format is not None:
        if input_format not in INPUT_FORMATS:
            raise InputError(path, f"unknown input format {input_format!r}; use one of: {', '.join(INPUT_FORMATS)}")
        return input_format
    suffix = Path(path).suffix.lower()
    for name, extensions in INPUT_FORMATS.items():
        if suffix in extensions:
            return name
    return "text"


_XML_ROOT = re.compile(rb"<(?:[\w.-]+:)?(xliff|tmx|html)\b", re.IGNORECASE)


def sniff_format(head: bytes) -> str:
    """The format of a document from its first bytes (for standard input): zip -> docx, XML roots, PO headers."""
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = stripped[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if stripped.startswith(b"<"):
        root = _XML_ROOT.search(stripped[:4096])
        if root:
            return {"xliff": "xliff", "tmx": "tmx", "html": "html"}[root.group(1).decode().lower()]
    if re.search(rb'^msgid\s+"', stripped[:4096], re.MULTILINE) and b"msgstr" in stripped[:8192]:
        return "po"
    return "text"


def detect_format(path: str | os.PathLike[str], *, input_format: str | None = None) -> str:
    """The format of input ``path``: ``input_format`` if given, else by extension; "-" (standard input) is sniffed."""
    if input_format is None and str(path) == STDIN:
        return sniff_format(peek_stdin())
    return format_for_path(path, input_format=input_format)


def read_text_document(path: str | os.PathLike[str], *, input_format: str | None = None, data: bytes | None = None) -> TextDocument:
    """Read a DOCX or HTML document (by extension or ``input_format``); ``data`` gives the bytes of a nameless input."""
    name = str(path)
    kind = input_format or (sniff_format(data[:8192]) if data is not None else detect_format(path))
    readers: dict[str, Callable[[str, bytes], TextDocument]] = {}
    if kind == "docx":
        from .docx import read_docx

        readers["docx"] = read_docx
    elif kind == "html":
        from .html import read_html

        readers["html"] = read_html
    if kind not in readers:
        raise InputError(name, f"not a DOCX or HTML document (format {kind!r})")
    return readers[kind](name, data if data is not None else read_bytes(name))


def read_bilingual(
    path: str | os.PathLike[str],
    *,
    input_format: str | None = None,
    data: bytes | None = None,
    source_language: str | None = None,
    target_language: str | None = None,
) -> BilingualDocument:
    """Read an XLIFF, TMX or PO file into segments; the languages given override what the file declares."""
    name = str(path)
    kind = input_format or (sniff_format(data[:8192]) if data is not None else detect_format(path))
    raw = data if data is not None else read_bytes(name)
    if kind == "xliff":
        from .xliff import read_xliff as reader
    elif kind == "tmx":
        from .tmx import read_tmx as reader
    elif kind == "po":
        from .po import read_po as reader
    else:
        raise InputError(name, f"not a bilingual file (XLIFF, TMX or PO); format {kind!r}")
    document = reader(name, raw, source_language=source_language, target_language=target_language)
    return document


def read_document(
    path: str | os.PathLike[str],
    *,
    input_format: str | None = None,
    data: bytes | None = None,
    source_language: str | None = None,
    target_language: str | None = None,
) -> TextDocument | BilingualDocument:
    """Read a DOCX, HTML, XLIFF, TMX or PO file (by ``input_format``, extension, or content on standard input)."""
    kind = input_format or (sniff_format(data[:8192]) if data is not None else detect_format(path))
    if kind in BILINGUAL_FORMATS:
        return read_bilingual(
            path, input_format=kind, data=data, source_language=source_language, target_language=target_language
        )
    return read_text_document(path, input_format=kind, data=data)


@dataclass(frozen=True)
class SourceSegment:
    """A piece of source text translated on its own: a block of a DOCX/HTML document, or a bilingual unit's source.

    ``id`` is the unit's id in a bilingual file, the block's position (from 1) in a document.
    """

    id: str
    text: str
    locator: dict[str, Any]
    block: Block | None = None

    def locate(self, start: int, end: int) -> dict[str, Any]:
        """Where ``text[start:end]`` is in the file (:meth:`Block.locate` for a document's block)."""
        if self.block is not None:
            return self.block.locate(start, end)
        return {**self.locator, "start": start, "end": end}


def source_segments(document: TextDocument | BilingualDocument) -> tuple[SourceSegment, ...]:
    """The source text of ``document`` in segments, in file order: its blocks, or its units' sources."""
    if isinstance(document, BilingualDocument):
        return tuple(SourceSegment(segment.id, segment.source, dict(segment.locator)) for segment in document.segments)
    return tuple(
        SourceSegment(str(index), block.text, dict(block.locator), block)
        for index, block in enumerate(document.blocks, start=1)
    )


_OTHER_LANGUAGE = {"vi": "en", "en": "vi"}


def document_languages(
    document: TextDocument | BilingualDocument, *, source: str | None = None, target: str | None = None
) -> tuple[str | None, str | None]:
    """The translation direction of ``document``: the languages given win, then those the file declares.

    A bilingual file declares both; an HTML page its ``lang`` (the source). A missing
    one of Vietnamese and English is the other; (None, None) when nothing says.
    """
    if isinstance(document, BilingualDocument):
        declared_source, declared_target = document.source_language, document.target_language
    else:
        declared_source, declared_target = document.language, None
    source = source or (declared_source if declared_source in _OTHER_LANGUAGE else None)
    target = target or (declared_target if declared_target in _OTHER_LANGUAGE and declared_target != source else None)
    source = source or (_OTHER_LANGUAGE.get(target) if target else None)
    target = target or (_OTHER_LANGUAGE.get(source) if source else None)
    return source, target


def is_bilingual_format(kind: str) -> bool:
    """True for XLIFF, TMX and PO."""
    return kind in BILINGUAL_FORMATS


def pick_languages(
    name: str,
    declared_source: str | None,
    declared_target: str | None,
    *,
    source_language: str | None,
    target_language: str | None,
) -> tuple[str | None, str | None]:
    """The languages to use: given ones win, else those the file declares, normalised to "vi"/"en"."""
    source = language_code(source_language) or language_code(declared_source)
    target = language_code(target_language) or language_code(declared_target)
    return source, target


def join_segments(texts: Sequence[str]) -> str:
    """Segments of one unit joined for matching."""
    return " ".join(text for text in texts if text)


@dataclass(frozen=True)
class LocatedMatch:
    """A match in one block of a document: offsets into the block's text, and where that is in the file."""

    block: int
    match: Match
    location: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The match's JSON shape plus ``locator`` (docs/json.md)."""
        return {**self.match.to_dict(), "locator": self.location}


def annotate_document(
    document: TextDocument, *, matcher: Matcher, overlaps: bool = False, min_score: float = 0.0
) -> list[LocatedMatch]:
    """Every term in every block of ``document``, in reading order, each with its locator.

    The blocks are one document (:mod:`glossary.document_scope`): an acronym defined in one
    block is found in the later ones, and cues anywhere in it can decide an ambiguous form.
    """
    from ..annotate import AnnotatedChunk
    from ..document_scope import apply_document_scope

    offsets = []
    position = 0
    for block in document.blocks:
        offsets.append(position)
        position += len(block.text) + 1  # blocks apart, as if a line break stood between them

    def chunks() -> Iterator[AnnotatedChunk]:
        for offset, block in zip(offsets, document.blocks):
            matches = matcher.annotate(block.text, overlaps=overlaps)
            yield AnnotatedChunk(offset, block.text, tuple(match.shifted(offset) for match in matches))

    located: list[LocatedMatch] = []
    scoped = apply_document_scope(chunks(), matcher, min_score=min_score)
    for index, (block, chunk) in enumerate(zip(document.blocks, scoped)):
        for match in chunk.matches:
            match = match.shifted(-chunk.offset)
            located.append(LocatedMatch(index, match, block.locate(match.start, match.end)))
    return located
