"""TBX-Basic, TBX v3 (ISO 30042:2019), DCA style: export and import.

One ``conceptEntry`` per entry (its id kept), a ``langSec`` per language, a ``termSec`` per written
form with ``termType`` (fullForm, acronym, abbreviation, variant) and ``administrativeStatus``
(preferred, admitted, deprecated), the category as ``subjectField``, the note as ``note`` and each
source as ``admin type="source"``. Output passes the TBX core RelaxNG and the TBX-Basic DCA
Schematron (tests/test_formats.py runs both).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from ..model import CATEGORIES, FormUsage, Term
from . import ExportOptions, Exported, FormatError, Parsed, require

NAME = "tbx"
EXTENSIONS = (".tbx", ".xml")
MEDIA_TYPE = "application/x-tbx+xml"
DESCRIPTION = "TBX-Basic (TBX v3, ISO 30042:2019, DCA style), for memoQ, Trados MultiTerm, Phrase, OmegaT"

NAMESPACE = "urn:iso:std:iso:30042:ed-2"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS_TO_TBX = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
}
_STATUS_FROM_TBX = {
    "preferredTerm-admn-sts": "preferred",
    "admittedTerm-admn-sts": "admitted",
    "deprecatedTerm-admn-sts": "deprecated",
    "supersededTerm-admn-sts": "deprecated",
}
#: Matching fields TBX-Basic has no data category for travel in one conceptEntry note with this prefix.
MATCHING_NOTE_PREFIX = "glossary-matching: "
# An abbreviated word: letters then a full stop ("Sen. Lt. Gen.", "Dept.").
_ABBREVIATED_WORD = re.compile(r"(?:^|\s)\w+\.(?=\s|$)")
_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
# Characters XML 1.0 cannot hold (C0 controls other than tab, LF, CR; surrogates; U+FFFE, U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _xml_id(term_id: str) -> str:
    """An xsd:ID (an NCName, so not starting with a digit): ids starting with a digit get a leading '_'."""
    return f"_{term_id}" if term_id[:1].isdigit() else term_id


def _term_type(kind: str, text: str) -> str:
    if kind == "name":
        return "fullForm"
    if kind == "acronym":
        return "acronym"
    return "abbreviation" if _ABBREVIATED_WORD.search(text) else "variant"


def _matching_fields(term: Term) -> dict[str, object]:
    fields: dict[str, object] = {}
    if term.series and not term.numbered_forms:
        fields["series"] = True
    if term.takes_number:
        fields["takes_number"] = True
    if term.domestic:
        fields["domestic"] = True
    if term.provincial:
        fields["provincial"] = term.provincial
    for name in ("numbered_forms", "modifier_forms", "ambiguous_forms", "context_cues", "default_for"):
        if getattr(term, name):
            fields[name] = list(getattr(term, name))
    return fields


def export(terms: Sequence[Term], options: ExportOptions) -> Exported:
    etree = require("lxml.etree")
    warnings: list[str] = []
    terms = [_xml_safe(term, warnings) for term in terms]
    languages = (options.source, options.target)
    root = etree.Element(_tag("tbx"), nsmap={None: NAMESPACE}, type="TBX-Basic", style="dca")
    root.set(_XML_LANG, options.source)
    header = etree.SubElement(root, _tag("tbxHeader"))
    file_description = etree.SubElement(header, _tag("fileDesc"))
    source_description = etree.SubElement(file_description, _tag("sourceDesc"))
    etree.SubElement(source_description, _tag("p")).text = (
        f"Exported by glossary (Vietnamese <-> English defence and diplomatic terms): "
        f"{len(terms)} {'entry' if len(terms) == 1 else 'entries'}"
    )
    text = etree.SubElement(root, _tag("text"))
    if terms:  # <body> needs at least one conceptEntry: an empty term base is an empty <text/>.
        body = etree.SubElement(text, _tag("body"))
        for term in terms:
            entry = etree.SubElement(body, _tag("conceptEntry"), id=_xml_id(term.id))
            etree.SubElement(entry, _tag("descrip"), type="subjectField").text = term.category
            for source in term.sources:
                etree.SubElement(entry, _tag("admin"), type="source").text = source
            if term.note is not None:
                etree.SubElement(entry, _tag("note")).text = term.note
            matching = _matching_fields(term)
            if matching:
                etree.SubElement(entry, _tag("note")).text = MATCHING_NOTE_PREFIX + json.dumps(
                    matching, ensure_ascii=False
                )
            for language in languages:
                section = etree.SubElement(entry, _tag("langSec"))
                section.set(_XML_LANG, language)
                forms = [(term.name(language), "name")]
                forms += [(form, "variant") for form in term.variants.get(language, ())]
                # Acronyms have no language in the term base: they are written in both languages.
                forms += [(form, "acronym") for form in term.acronyms]
                for form, kind in forms:
                    term_section = etree.SubElement(section, _tag("termSec"))
                    etree.SubElement(term_section, _tag("term")).text = form
                    etree.SubElement(term_section, _tag("termNote"), type="termType").text = _term_type(kind, form)
                    status = "preferred" if kind == "name" else term.status(form)
                    etree.SubElement(term_section, _tag("termNote"), type="administrativeStatus").text = (
                        _STATUS_TO_TBX[status]
                    )
                    usage = term.form_usage.get(form)
                    if kind != "name" and usage is not None and usage.usage is not None:
                        etree.SubElement(term_section, _tag("note")).text = usage.usage
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return Exported(data, warnings)


def _xml_safe(term: Term, warnings: list[str]) -> Term:
    """``term`` with characters XML cannot hold replaced by U+FFFD, and a warning when there were any."""
    from dataclasses import fields, replace

    def clean(value: object) -> object:
        if isinstance(value, str):
            return _NOT_XML.sub("\ufffd", value)
        if isinstance(value, tuple):
            return tuple(clean(item) for item in value)
        if isinstance(value, dict):
            return {clean(key): clean(item) for key, item in value.items()}
        if isinstance(value, FormUsage):
            return FormUsage(value.status, clean(value.usage))  # type: ignore[arg-type]
        return value

    changes = {f.name: clean(getattr(term, f.name)) for f in fields(term) if f.name != "line"}
    if any(changes[name] != getattr(term, name) for name in changes):
        warnings.append(f"[{term.id}] control characters TBX cannot hold were replaced by U+FFFD")
        return replace(term, **changes)  # type: ignore[arg-type]
    return term


def _language(code: str | None) -> str | None:
    """'vi', 'en' for vi, vi-VN, en, en-GB, EN-us...; None for other languages."""
    if not code:
        return None
    primary = code.split("-")[0].split("_")[0].lower()
    return primary if primary in ("vi", "en") else None


def _text(element: object) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""  # type: ignore[attr-defined]


def _note_text(element: object) -> str:
    """A note's text as written (line breaks and tabs inside kept), trimmed."""
    return "".join(element.itertext()).strip()  # type: ignore[attr-defined]


def parse(data: bytes, *, name: str = "<input>") -> Parsed:
    etree = require("lxml.etree")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise FormatError(f"{name}: not well-formed XML: {error}") from None
    if etree.QName(root).localname not in ("tbx", "martif"):
        raise FormatError(f"{name}: not a TBX file (root element <{etree.QName(root).localname}>)")
    if etree.QName(root).localname == "martif":
        raise FormatError(f"{name}: TBX v2 (<martif>) is not read; convert it to TBX v3 first")
    namespace = etree.QName(root).namespace or ""

    def tag(local: str) -> str:
        return f"{{{namespace}}}{local}" if namespace else local

    parsed = Parsed()
    for entry in root.iter(tag("conceptEntry")):
        raw_id = entry.get("id") or ""
        term_id = raw_id[1:] if raw_id.startswith("_") and raw_id[1:2].isdigit() else raw_id
        label = f"{name}: conceptEntry {raw_id!r} (line {entry.sourceline})"
        if not _ID_PATTERN.fullmatch(term_id):
            parsed.skipped.append(f"{label}: id is not usable as an entry id (a-z, 0-9 and '-')")
            continue
        names: dict[str, str] = {}
        variants: dict[str, list[str]] = {}
        acronyms: list[str] = []
        usage: dict[str, FormUsage] = {}
        languages_seen = []
        for section in entry.findall(tag("langSec")):
            language = _language(section.get(_XML_LANG))
            languages_seen.append(section.get(_XML_LANG))
            if language is None:
                continue
            candidates = []
            for term_section in section.findall(tag("termSec")):
                form = _text(term_section.find(tag("term")))
                if not form:
                    continue
                notes = {note.get("type"): _text(note) for note in term_section.iter(tag("termNote"))}
                status = _STATUS_FROM_TBX.get(notes.get("administrativeStatus", ""), "admitted")
                form_notes = [_note_text(note) for note in term_section.findall(tag("note"))]
                candidates.append((form, notes.get("termType"), status, form_notes))
            # The preferred name: the preferred fullForm, else the first preferred term, else the first term.
            ranked = sorted(
                range(len(candidates)),
                key=lambda i: (candidates[i][2] != "preferred", candidates[i][1] not in (None, "fullForm"), i),
            )
            if not ranked or language in names:
                continue
            names[language] = candidates[ranked[0]][0]
            for index, (form, term_type, status, form_notes) in enumerate(candidates):
                if index == ranked[0]:
                    continue
                if term_type == "acronym":
                    if form not in acronyms:
                        acronyms.append(form)
                elif form not in variants.get(language, []):
                    variants.setdefault(language, []).append(form)
                else:
                    continue
                declared = "deprecated" if status == "deprecated" else "admitted"
                note = " ".join(form_notes) or None
                if declared != "admitted" or note:
                    usage[form] = FormUsage(declared, note)
        missing = [language for language in ("vi", "en") if language not in names]
        if missing:
            found = ", ".join(str(code) for code in languages_seen) or "none"
            parsed.skipped.append(f"{label}: no {' or '.join(missing)} term (languages: {found})")
            continue
        subject = _text(entry.find(tag("descrip[@type='subjectField']")))
        if subject not in CATEGORIES:
            parsed.skipped.append(
                f"{label}: subjectField {subject or '(none)'!r} is not a category ({', '.join(CATEGORIES)})"
            )
            continue
        sources = list(dict.fromkeys(_text(admin) for admin in entry.iter(tag("admin")) if admin.get("type") == "source"))
        sources = [source for source in sources if source]
        if not sources:
            parsed.skipped.append(f"{label}: no admin type=\"source\" (every entry needs a source)")
            continue
        note = None
        matching: dict[str, object] = {}
        for element in entry.findall(tag("note")):
            content = _note_text(element)
            if content.startswith(MATCHING_NOTE_PREFIX):
                try:
                    matching = json.loads(content[len(MATCHING_NOTE_PREFIX) :])
                except ValueError:
                    parsed.skipped.append(f"{label}: unreadable {MATCHING_NOTE_PREFIX.strip()} note")
                    matching = {"invalid": True}
                continue
            note = content if note is None else f"{note}\n{content}"
        if "invalid" in matching:
            continue
        # An acronym written in both langSecs is one acronym; a variant equal to an acronym is the acronym.
        for language in list(variants):
            variants[language] = [form for form in variants[language] if form not in acronyms]
            if not variants[language]:
                del variants[language]
        numbered = tuple(str(value) for value in matching.get("numbered_forms", []))  # type: ignore[attr-defined]
        parsed.terms.append(
            Term(
                id=term_id,
                category=subject,
                vi=names["vi"],
                en=names["en"],
                acronyms=tuple(acronyms),
                variants={language: tuple(forms) for language, forms in variants.items()},
                series=bool(matching.get("series")) or bool(numbered),
                numbered_forms=numbered,
                modifier_forms=tuple(str(v) for v in matching.get("modifier_forms", [])),  # type: ignore[attr-defined]
                takes_number=bool(matching.get("takes_number")),
                domestic=bool(matching.get("domestic")),
                provincial=str(matching["provincial"]) if matching.get("provincial") else None,
                ambiguous_forms=tuple(str(v) for v in matching.get("ambiguous_forms", [])),  # type: ignore[attr-defined]
                context_cues=tuple(str(v) for v in matching.get("context_cues", [])),  # type: ignore[attr-defined]
                default_for=tuple(str(v) for v in matching.get("default_for", [])),  # type: ignore[attr-defined]
                form_usage=usage,
                note=note or None,
                sources=tuple(sources),
            )
        )
    return parsed
