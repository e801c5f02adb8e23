"""Gettext PO files, read with polib: ``msgid`` is the source, ``msgstr`` the target.

Read: every entry that is not obsolete (plural entries: ``msgid`` with
``msgstr[0]``, and ``msgid_plural`` with ``msgstr[1]``), with its context,
line and fuzzy flag in the locator. The target language is the header's
``Language``; PO files do not record the source language, so it is the one
given, else the header ``X-Source-Language``, else the other of Vietnamese
and English. Untranslated entries have no target.
"""

from __future__ import annotations

from ..errors import InputError
from . import BilingualDocument, Segment, language_code

__all__ = ["MEDIA_TYPE", "NAME", "read_po"]

NAME = "po"
MEDIA_TYPE = "text/x-gettext-translation"


def read_po(
    name: str, data: bytes, *, source_language: str | None = None, target_language: str | None = None
) -> BilingualDocument:
    """Segments of a PO file."""
    try:
        import polib
    except ImportError:  # pragma: no cover - polib is an extra
        raise InputError(name, "reading .po needs polib: pip install 'glossary[documents]'") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(name, f"not valid UTF-8 (byte {error.start}); PO files are read as UTF-8") from None
    try:
        catalogue = polib.pofile(text)
    except (OSError, ValueError) as error:
        raise InputError(name, f"not a well-formed PO file: {error}") from None
    target = language_code(target_language) or language_code(catalogue.metadata.get("Language"))
    source = language_code(source_language) or language_code(catalogue.metadata.get("X-Source-Language"))
    if source is None and target is not None:
        source = {"vi": "en", "en": "vi"}.get(target)
    if target is None and source is not None:
        target = {"vi": "en", "en": "vi"}.get(source)
    segments: list[Segment] = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        base = {"line": entry.linenum, "context": entry.msgctxt, "fuzzy": "fuzzy" in entry.flags}
        entry_id = f"{entry.msgctxt}\u0004{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural:
            plurals = entry.msgstr_plural or {}
            segments.append(Segment(f"{entry.linenum}", entry.msgid, plurals.get(0) or None, {**base, "plural": 0, "msgid": entry_id}))
            segments.append(
                Segment(f"{entry.linenum}/1", entry.msgid_plural, plurals.get(1) or None, {**base, "plural": 1, "msgid": entry_id})
            )
        else:
            segments.append(Segment(f"{entry.linenum}", entry.msgid, entry.msgstr or None, {**base, "msgid": entry_id}))
    return BilingualDocument(name, NAME, tuple(segments), source, target)
