"""TMX translation memories, read with lxml, one translation unit at a time.

Read: each ``tu`` (its ``tuid``, else its position) and, of its ``tuv``
variants, the one in the source language and the one in the target language
(``xml:lang``, or ``lang`` in TMX 1.1, normalised: "vi-VN" is "vi"). The source
language is the header's ``srclang`` unless given; the target is given, or the
other of Vietnamese and English. Inline ``<hi>`` text is read; ``<bpt>``,
``<ept>``, ``<it>``, ``<ph>``, ``<ut>`` stand for codes and add no text.
"""

from __future__ import annotations

from ..errors import InputError
from . import BilingualDocument, Segment, language_code
from .xliff import _local, inline_text, parse_xml

__all__ = ["MEDIA_TYPE", "NAME", "read_tmx"]

NAME = "tmx"
MEDIA_TYPE = "application/x-tmx+xml"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read_tmx(
    name: str, data: bytes, *, source_language: str | None = None, target_language: str | None = None
) -> BilingualDocument:
    """Segments of a TMX file in the source and target languages."""
    root = parse_xml(name, data, "TMX")
    if _local(root.tag) != "tmx":
        raise InputError(name, f"not a TMX file (its root element is <{_local(root.tag)}>)")
    header = next((child for child in root if _local(child.tag) == "header"), None)
    declared = header.get("srclang") if header is not None else None
    source = language_code(source_language) or (language_code(declared) if declared != "*all*" else None)
    target = language_code(target_language)
    if source is None:
        raise InputError(name, "the TMX header gives no source language (srclang); pass --source")
    if target is None:
        target = {"vi": "en", "en": "vi"}.get(source)
    segments: list[Segment] = []
    for index, unit in enumerate(element for element in root.iter() if _local(element.tag) == "tu"):
        texts: dict[str, str] = {}
        for variant in unit:
            if _local(variant.tag) != "tuv":
                continue
            language = language_code(variant.get(_XML_LANG) or variant.get("lang"))
            seg = next((child for child in variant if _local(child.tag) == "seg"), None)
            if language and seg is not None and language not in texts:
                texts[language] = inline_text(seg)
        if source not in texts:
            continue
        unit_id = unit.get("tuid") or str(index + 1)
        locator = {"unit": unit.get("tuid"), "index": index, "line": unit.sourceline}
        segments.append(Segment(unit_id, texts[source], texts.get(target or "") or None, locator))
    return BilingualDocument(name, NAME, tuple(segments), source, target)
