"""XLIFF 1.2 and 2.x bilingual files (what memoQ, Trados, Phrase and OmegaT export), read with lxml.

Read: every ``trans-unit`` (1.2) or ``unit``/``segment`` (2.x), source and
target; the languages from ``file/@source-language``/``@target-language`` (1.2)
or ``xliff/@srcLang``/``@trgLang`` (2.x). Inline markup: the text inside
``<g>``, ``<mrk>``, ``<pc>`` is read (a term across it is still found); codes
(``<x/>``, ``<bx/>``, ``<ex/>``, ``<ph>``, ``<bpt>``, ``<ept>``, ``<it>``, ``<sc/>``,
``<ec/>``, ``<sm/>``, ``<em/>``) stand for no text, so their content never
creates a term; ``<cp hex="..."/>`` is its character. Not read: ``alt-trans``,
notes, ``seg-source`` (its text equals the source), ``mtc:matches``.
The parser resolves no entities and fetches nothing.
"""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from . import BilingualDocument, Segment, pick_languages

__all__ = ["MEDIA_TYPE", "NAME", "inline_text", "read_xliff"]

NAME = "xliff"
MEDIA_TYPE = "application/xliff+xml"

NAMESPACE_1_2 = "urn:oasis:names:tc:xliff:document:1.2"
NAMESPACE_2 = "urn:oasis:names:tc:xliff:document:2.0"
# Inline elements whose content is text of the segment.
TEXT_ELEMENTS = frozenset({"g", "mrk", "pc", "hi", "sub"})
# Inline elements that stand for native codes: their content is not text.
CODE_ELEMENTS = frozenset({"x", "bx", "ex", "ph", "bpt", "ept", "it", "ut", "sc", "ec", "sm", "em"})


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def inline_text(element: Any) -> str:
    """The text of a source/target/seg element, with inline codes left out and text markup kept."""
    pieces = [element.text or ""]
    for child in element:
        name = _local(child.tag)
        if name == "cp":
            try:
                pieces.append(chr(int(child.get("hex", ""), 16)))
            except ValueError:
                pass
        elif name in TEXT_ELEMENTS and name != "sub":
            pieces.append(inline_text(child))
        # codes (and comments, processing instructions) contribute nothing but their tail
        pieces.append(child.tail or "")
    return "".join(pieces)


def parse_xml(name: str, data: bytes, what: str) -> Any:
    """Parse XML safely (no entities, no network), turning syntax errors into one clear line."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as error:
        line = f" on line {error.lineno}" if getattr(error, "lineno", None) else ""
        raise InputError(name, f"not a well-formed {what} file{line}: {error.msg}") from None


def read_xliff(
    name: str, data: bytes, *, source_language: str | None = None, target_language: str | None = None
) -> BilingualDocument:
    """Segments of an XLIFF 1.2 or 2.x file."""
    root = parse_xml(name, data, "XLIFF")
    if _local(root.tag) != "xliff":
        raise InputError(name, f"not an XLIFF file (its root element is <{_local(root.tag)}>)")
    version = root.get("version", "")
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if version.startswith("2") or namespace == NAMESPACE_2:
        return _read_2(name, root, source_language, target_language)
    return _read_1_2(name, root, source_language, target_language)


def _read_1_2(name: str, root: Any, source_language: str | None, target_language: str | None) -> BilingualDocument:
    segments: list[Segment] = []
    declared_source = declared_target = None
    for file_index, file_element in enumerate(element for element in root if _local(element.tag) == "file"):
        declared_source = declared_source or file_element.get("source-language")
        declared_target = declared_target or file_element.get("target-language")
        original = file_element.get("original")
        for unit in file_element.iter():
            if _local(unit.tag) != "trans-unit":
                continue
            source = next((child for child in unit if _local(child.tag) == "source"), None)
            target = next((child for child in unit if _local(child.tag) == "target"), None)
            if source is None:
                continue
            target_text = inline_text(target) if target is not None else None
            unit_id = unit.get("id") or f"{file_index + 1}:{unit.sourceline}"
            locator = {"file": original, "unit": unit.get("id"), "line": unit.sourceline}
            segments.append(Segment(unit_id, inline_text(source), target_text or None, locator))
    source, target = pick_languages(name, declared_source, declared_target, source_language=source_language, target_language=target_language)
    return BilingualDocument(name, NAME, tuple(segments), source, target)


def _read_2(name: str, root: Any, source_language: str | None, target_language: str | None) -> BilingualDocument:
    segments: list[Segment] = []
    for file_element in (element for element in root if _local(element.tag) == "file"):
        file_id = file_element.get("id")
        for unit in file_element.iter():
            if _local(unit.tag) != "unit":
                continue
            unit_id = unit.get("id") or str(unit.sourceline)
            parts = [child for child in unit if _local(child.tag) in ("segment", "ignorable")]
            numbered = [part for part in parts if _local(part.tag) == "segment"]
            for index, part in enumerate(numbered):
                source = next((child for child in part if _local(child.tag) == "source"), None)
                target = next((child for child in part if _local(child.tag) == "target"), None)
                if source is None:
                    continue
                segment_id = unit_id if len(numbered) == 1 else f"{unit_id}/{part.get('id') or index + 1}"
                target_text = inline_text(target) if target is not None else None
                locator = {"file": file_id, "unit": unit.get("id"), "segment": part.get("id"), "line": part.sourceline}
                segments.append(Segment(segment_id, inline_text(source), target_text or None, locator))
    source, target = pick_languages(
        name, root.get("srcLang"), root.get("trgLang"), source_language=source_language, target_language=target_language
    )
    return BilingualDocument(name, NAME, tuple(segments), source, target)
