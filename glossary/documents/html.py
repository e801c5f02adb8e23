"""HTML pages: the text a reader sees, mapped back into the page's source.

Python's own ``html.parser`` is used rather than lxml or selectolax because it
is the maintained parser that reports where each piece of text is in the
source (``getpos``), which is what lets a tool wrap a term in place. With
``convert_charrefs=False`` every text run and every character reference
arrives separately, so each decoded character keeps the span of source it
came from (``&amp;`` is one character spanning five).

Read: text nodes of the body and the title. Not read: tags, attributes,
comments, and the content of ``script``, ``style``, ``template``, ``noscript``,
``svg``, ``math`` and ``iframe``. A block element (paragraph, heading, list
item, table cell...) starts a new :class:`~glossary.documents.Block`, so a term
never runs from one paragraph into the next; inline elements (``b``, ``a``,
``span``...) do not, so "Bộ <b>Quốc phòng</b>" is still one term.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any
from html.parser import HTMLParser

from ..errors import InputError
from ..reading import read_bytes
from . import Block, TextDocument, annotate_document, language_code

__all__ = ["MEDIA_TYPE", "NAME", "annotate_page", "annotated_page", "highlight_html", "parse_html", "read_html"]

NAME = "html"
MEDIA_TYPE = "text/html"

SKIPPED_ELEMENTS = frozenset({"script", "style", "template", "noscript", "svg", "math", "iframe", "object"})
BLOCK_ELEMENTS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "title", "tr", "ul", "html",
    }
)  # fmt: skip
_VOID_ELEMENTS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
# Whitespace inside HTML text collapses to one space when displayed.
_SPACES = frozenset(" \t\n\r\f")


class _TextCollector(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self._line_starts = [0]
        for index, character in enumerate(source):
            if character == "\n":
                self._line_starts.append(index + 1)
        self.blocks: list[Block] = []
        self._text: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._skip_depth = 0
        self._skip_stack: list[str] = []
        self._path: list[str] = []
        self.language: str | None = None
        self.title: str | None = None
        self._in_title = False
        self._title_text: list[str] = []

    # -- positions --------------------------------------------------------------

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    # -- structure --------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html" and self.language is None:
            self.language = language_code(dict(attrs).get("lang"))
        if tag == "title":
            self._in_title = True
        if self._skip_depth or tag in SKIPPED_ELEMENTS:
            if tag not in _VOID_ELEMENTS:
                self._skip_depth += 1
                self._skip_stack.append(tag)
            return
        if tag in BLOCK_ELEMENTS:
            self._close_block()
        if tag not in _VOID_ELEMENTS:
            self._path.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip_depth and tag in BLOCK_ELEMENTS:
            self._close_block()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._skip_depth:
            if tag in self._skip_stack:
                while self._skip_stack:
                    self._skip_depth -= 1
                    if self._skip_stack.pop() == tag:
                        break
            return
        if tag in BLOCK_ELEMENTS:
            self._close_block()
        if tag in self._path:
            while self._path and self._path.pop() != tag:
                pass

    # -- text -------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_text.append(data)
        if self._skip_depth:
            return
        start = self._offset()
        for index, character in enumerate(data):
            self._add(character, start + index, start + index + 1)

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def _reference(self) -> None:
        start = self._offset()
        match = _REFERENCE.match(self.source, start)
        raw = match.group() if match else "&"
        decoded = html.unescape(raw)
        if self._in_title:
            self._title_text.append(decoded)
        if self._skip_depth:
            return
        for character in decoded:
            self._add(character, start, start + len(raw))

    def _add(self, character: str, start: int, end: int) -> None:
        if character in _SPACES:
            if not self._text or self._text[-1] == " ":
                if self._text:
                    self._ends[-1] = end  # a run of spaces is one space spanning them all
                return
            character = " "
        self._text.append(character)
        self._starts.append(start)
        self._ends.append(end)

    def _close_block(self) -> None:
        while self._text and self._text[-1] == " ":
            self._text.pop()
            self._starts.pop()
            self._ends.pop()
        if self._text:
            locator = {"part": "html", "block": len(self.blocks), "element": self._path[-1] if self._path else "html"}
            self.blocks.append(Block("".join(self._text), locator, tuple(self._starts), tuple(self._ends)))
        self._text, self._starts, self._ends = [], [], []

    def close(self) -> None:
        super().close()
        self._close_block()
        if self._title_text:
            self.title = " ".join("".join(self._title_text).split()) or None


def parse_html(source: str, *, name: str = "<html>") -> TextDocument:
    """The visible text of an HTML page, as blocks mapped back into ``source``."""
    collector = _TextCollector(source)
    try:
        collector.feed(source)
        collector.close()
    except (AssertionError, ValueError) as error:  # html.parser is lenient; this is a last resort
        raise InputError(name, f"cannot parse as HTML: {error}") from None
    return TextDocument(name, NAME, tuple(collector.blocks), collector.language, collector.title, source)


def read_html(name: str, data: bytes) -> TextDocument:
    """Read an HTML file's bytes (UTF-8, or the charset its meta tag declares)."""
    return parse_html(_decode(name, data), name=name)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def _decode(name: str, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    declared = _META_CHARSET.search(data[:4096])
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(name, f"the page declares an unknown charset {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise InputError(name, f"not valid {encoding} (byte {error.start}); the page's charset is wrong") from None


def highlight_html(
    document: TextDocument, spans: Iterable[tuple[Block, int, int, str]], *, tag: str = "mark"
) -> str:
    """The original page with each span wrapped in ``<tag ATTRS>`` in place.

    ``spans`` are (block, start, end, attributes) with offsets into the block's
    text and attributes already escaped. A span crossing inline markup is wrapped
    piece by piece, so the page's own nesting is never broken.
    """
    if document.source is None:
        raise ValueError("the document has no source text")
    insertions: list[tuple[int, int, str]] = []  # (position, order, text): closings before openings at a position
    for block, start, end, attributes in spans:
        for piece_start, piece_end in block.source_pieces(start, end):
            opening = f"<{tag}{' ' + attributes if attributes else ''}>"
            insertions.append((piece_start, 1, opening))
            insertions.append((piece_end, 0, f"</{tag}>"))
    insertions.sort(key=lambda item: (item[0], item[1]))
    out: list[str] = []
    previous = 0
    for position, _order, text in insertions:
        out.append(document.source[previous:position])
        out.append(text)
        previous = position
    out.append(document.source[previous:])
    return "".join(out)


# Injected once before </head>: highlights and a gloss shown after each term on hover or focus.
PAGE_STYLE = (
    "<style>mark.glossary-term{background:#fff3b0;color:inherit;border-bottom:2px solid #8a6d00}"
    "mark.glossary-term:hover::after,mark.glossary-term:focus::after{content:' [' attr(data-gloss) ']';"
    "font-size:.85em;color:#333}</style>"
)


def annotated_page(document: TextDocument, located: Iterable[Any], *, target: str = "en") -> str:
    """The original page with every match highlighted in place (``located``: :class:`LocatedMatch` items).

    Each term becomes ``<mark class="glossary-term" data-term-id=... data-gloss=...>``, split where the
    page's own inline markup crosses it; a small style sheet is added before ``</head>``.
    """
    spans = []
    for item in located:
        if document.blocks[item.block].locator.get("element") == "title":
            continue  # <title> holds text only: markup there would show as text in the tab
        match = item.match
        language = target if target in ("en", "vi") else ("vi" if match.text == match.term.en else "en")
        attributes = (
            f'class="glossary-term" tabindex="0" data-term-id="{html.escape(match.term.id)}" '
            f'data-gloss="{html.escape(match.shown_gloss(language))}"'
        )
        spans.append((document.blocks[item.block], match.start, match.end, attributes))
    page = highlight_html(document, spans)
    head_end = re.search(r"</head\s*>", page, re.IGNORECASE)
    if head_end:
        return page[: head_end.start()] + PAGE_STYLE + page[head_end.start() :]
    return PAGE_STYLE + page


def annotate_page(
    path: str | Any, *, matcher: Any, overlaps: bool = False, min_score: float = 0.0, target: str = "auto"
) -> str:
    """Read the HTML page at ``path`` and return it with every term highlighted in place."""
    document = read_html(str(path), read_bytes(str(path)))
    located = annotate_document(document, matcher=matcher, overlaps=overlaps, min_score=min_score)
    return annotated_page(document, located, target=target)
