"""Word documents (.docx), read with python-docx.

Read, in reading order: the body's paragraphs and tables (cell by cell, nested
tables included), then each section's headers and footers, then footnotes and
endnotes (python-docx has no API for those, so their XML part is read
directly). A paragraph's text is the concatenation of its runs, including runs
inside hyperlinks, insertions and smart tags, so a term split across
formatting runs ("Bộ **Quốc** phòng") is found. Deleted text, field codes,
comments, text boxes and images' alternative text are not read.

Each block's locator names the ``part`` ("body", "header", "footer",
"footnotes", "endnotes"), the ``paragraph`` index in reading order within that
part (table paragraphs included), and for a table cell ``table``, ``row`` and
``cell``; :meth:`~glossary.documents.Block.locate` adds the run index and the
offset inside that run where a match starts and ends.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from . import Block, TextDocument

__all__ = ["MEDIA_TYPE", "NAME", "read_docx"]

NAME = "docx"
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P, _R, _TBL, _TR, _TC = (f"{{{_W}}}{name}" for name in ("p", "r", "tbl", "tr", "tc"))
_T, _TAB, _BR, _CR, _NO_BREAK_HYPHEN, _DEL = (f"{{{_W}}}{name}" for name in ("t", "tab", "br", "cr", "noBreakHyphen", "del"))
_SDT, _SDT_CONTENT = f"{{{_W}}}sdt", f"{{{_W}}}sdtContent"


def read_docx(name: str, data: bytes) -> TextDocument:
    """The text of a .docx file's body, headers, footers, footnotes and endnotes."""
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is an extra
        raise InputError(name, "reading .docx needs python-docx: pip install 'glossary[documents]'") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(name, f"not a readable .docx file ({error})") from None
    except Exception as error:  # python-docx raises its own PackageNotFoundError and lxml errors
        raise InputError(name, f"not a readable .docx file ({type(error).__name__}: {error})") from None

    blocks: list[Block] = []
    _add_part(blocks, "body", document.element.body)
    seen_parts: set[int] = set()
    for section_index, section in enumerate(document.sections):
        for part_name, attribute in (
            ("header", "header"),
            ("header", "first_page_header"),
            ("header", "even_page_header"),
            ("footer", "footer"),
            ("footer", "first_page_footer"),
            ("footer", "even_page_footer"),
        ):
            story = getattr(section, attribute)
            if story.is_linked_to_previous:
                continue
            element = story._element  # the w:hdr / w:ftr element
            if id(element) in seen_parts:
                continue
            seen_parts.add(id(element))
            _add_part(blocks, part_name, element, extra={"section": section_index})
    for part in document.part.package.iter_parts():
        partname = str(part.partname)
        for kind in ("footnotes", "endnotes"):
            if partname.endswith(f"/{kind}.xml"):
                _add_notes(blocks, kind, part.blob, name)
    title = document.core_properties.title or None
    return TextDocument(name, NAME, tuple(blocks), None, title)


def _add_part(blocks: list[Block], part: str, container: Any, *, extra: dict[str, Any] | None = None) -> None:
    counter = [sum(1 for block in blocks if block.locator["part"] == part)]
    for paragraph, where in _paragraphs(container, {}):
        text, run_starts = _paragraph_text(paragraph)
        index = counter[0]
        counter[0] += 1
        if not text.strip():
            continue
        locator = {"part": part, "paragraph": index, **(extra or {}), **where}
        blocks.append(Block(text, locator, run_starts=run_starts))


def _paragraphs(container: Any, where: dict[str, Any]) -> Iterator[tuple[Any, dict[str, Any]]]:
    """Paragraphs of a body, header, footer or cell in reading order, with their table position."""
    tables = 0
    for child in container.iterchildren():
        if child.tag == _P:
            yield child, where
        elif child.tag == _TBL:
            for row_index, row in enumerate(child.iterchildren(_TR)):
                for cell_index, cell in enumerate(row.iterchildren(_TC)):
                    position: dict[str, Any] = {"table": tables, "row": row_index, "cell": cell_index}
                    if "table" in where:
                        position["outer"] = where  # a nested table: the cell that holds it
                    yield from _paragraphs(cell, position)
            tables += 1
        elif child.tag in (_SDT, _SDT_CONTENT):
            yield from _paragraphs(child, where)


def _paragraph_text(paragraph: Any) -> tuple[str, tuple[int, ...]]:
    pieces: list[str] = []
    run_starts: list[int] = []
    length = 0
    for run in paragraph.iter(_R):
        if any(ancestor.tag == _DEL for ancestor in run.iterancestors()):
            continue
        run_starts.append(length)
        for child in run:
            if child.tag == _T:
                text = child.text or ""
            elif child.tag == _TAB:
                text = "\t"
            elif child.tag in (_BR, _CR):
                text = "\n"
            elif child.tag == _NO_BREAK_HYPHEN:
                text = "\u2011"
            else:
                continue
            pieces.append(text)
            length += len(text)
    return "".join(pieces), tuple(run_starts)


def _add_notes(blocks: list[Block], kind: str, blob: bytes, name: str) -> None:
    from lxml import etree

    try:
        root = etree.fromstring(blob, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        raise InputError(name, f"the document's {kind} part is not well-formed XML ({error})") from None
    index = 0
    for note in root:
        if note.get(f"{{{_W}}}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        note_id = note.get(f"{{{_W}}}id")
        for paragraph in note.iter(_P):
            text, run_starts = _paragraph_text(paragraph)
            if text.strip():
                blocks.append(Block(text, {"part": kind, "paragraph": index, "note": note_id}, run_starts=run_starts))
            index += 1
