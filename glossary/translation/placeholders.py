"""Protecting terms through machine translation: placeholders in, target-language terms back.

Four placeholder styles, each one a real engine leaves alone:

* ``xml``: an empty XLIFF-like tag, ``<x id="1"/>`` (engines with tag handling:
  DeepL ``tag_handling=xml``, Google ``mimeType=text/html``, ModernMT, Amazon);
* ``deepl``: the target term inside an ignored tag, ``<keep id="1">14th ADMM</keep>``
  (DeepL with ``tag_handling=xml`` and ``ignore_tags=keep``): the engine sees the real
  words, so articles and agreement around the term come out right;
* ``google``: the target term in ``<span translate="no" id="t1">...</span>`` (Google
  Cloud Translation and DeepL in HTML mode honour ``translate="no"``);
* ``plain``: a token, ``__T1__``, for engines that take plain text only. It uses none
  of the characters MT tokenisers escape (``| [ ] < > &``).

The tag styles send markup, so the rest of the text is escaped (``&``, ``<``, ``>``)
and unescaped again by :func:`restore`. Restoring is tolerant of what engines do to
placeholders: moved, spaces inside or around them, attributes re-quoted or reordered,
case changed, escaped as ``&lt;...&gt;``, the term inside an ignore tag altered. A
placeholder that went missing is reported, never silently dropped. A lower-case target
form (a common noun) that opens a sentence is capitalised.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal, cast

from ..matcher import Matcher
from .constraints import find_constraints
from .terms import Language, TranslationError, check_direction

if TYPE_CHECKING:
    from ..documents import SourceSegment

__all__ = [
    "PLACEHOLDER_STYLES",
    "PlaceholderStyle",
    "Protected",
    "ProtectedSegment",
    "Restored",
    "Slot",
    "protect",
    "protect_segments",
    "restore",
]

#: What separates the segments of a document in ``Protected.text`` (and in annotate's extracted text).
SEGMENT_SEPARATOR = "\n\n"

PlaceholderStyle = Literal["xml", "deepl", "google", "plain"]
#: The accepted ``style`` values, default first.
PLACEHOLDER_STYLES: tuple[str, ...] = ("xml", "deepl", "google", "plain")
_TAG_STYLES = frozenset({"xml", "deepl", "google"})

_OPEN = r"(?:<|&lt;)"
_CLOSE = r"(?:>|&gt;)"
_QUOTE = r"(?:\"|'|&quot;|&#0?39;|&apos;)?"
# Each pattern's first group is the slot number. The tag styles also accept a closing
# tag an engine may add (<x id="1"></x>) and any order of attributes.
_PATTERNS: dict[str, re.Pattern[str]] = {
    "xml": re.compile(
        rf"{_OPEN}\s*x\s+id\s*=\s*{_QUOTE}\s*(\d+)\s*{_QUOTE}\s*/?\s*{_CLOSE}(?:\s*{_OPEN}\s*/\s*x\s*{_CLOSE})?",
        re.IGNORECASE,
    ),
    "deepl": re.compile(
        rf"{_OPEN}\s*keep\s+id\s*=\s*{_QUOTE}\s*(\d+)\s*{_QUOTE}\s*(?:/\s*{_CLOSE}|{_CLOSE}.*?{_OPEN}\s*/\s*keep\s*{_CLOSE})",
        re.IGNORECASE | re.DOTALL,
    ),
    "google": re.compile(
        rf"{_OPEN}\s*span\b(?=[^<>]*?translate\s*=\s*{_QUOTE}\s*no\b)[^<>]*?\bid\s*=\s*{_QUOTE}\s*t\s*(\d+)\s*{_QUOTE}"
        rf"[^<>]*?{_CLOSE}.*?{_OPEN}\s*/\s*span\s*{_CLOSE}",
        re.IGNORECASE | re.DOTALL,
    ),
    "plain": re.compile(r"_\s*_\s*T\s*(\d+)\s*_\s*_", re.IGNORECASE),
}


# A placeholder opens a sentence when only spaces, quotes or opening brackets stand between it
# and the start of the text, a line break, or sentence-final punctuation.
_OPENERS = " \t\"'“‘([«"
_SENTENCE_END = re.compile(r"(?:[.!?]\s|\n)[\s\"'“‘(\[«]*\Z")
_LOOK_BACK = 24


def _opens_sentence(text: str, position: int) -> bool:
    if position <= _LOOK_BACK and not text[:position].strip(_OPENERS):
        return True
    return _SENTENCE_END.search(text, max(0, position - _LOOK_BACK), position) is not None


def _capitalised(target: str) -> str:
    """A common noun opening a sentence takes a capital ("national defence" -> "National defence")."""
    return target[:1].upper() + target[1:] if target[:1].islower() else target


def _placeholder(style: str, number: int, target: str) -> str:
    if style == "xml":
        return f'<x id="{number}"/>'
    if style == "deepl":
        return f'<keep id="{number}">{html.escape(target, quote=False)}</keep>'
    if style == "google":
        return f'<span translate="no" id="t{number}">{html.escape(target, quote=False)}</span>'
    return f"__T{number}__"


@dataclass(frozen=True)
class Slot:
    """One protected term: its placeholder, the source span it replaced, and the target form to put back."""

    id: int
    placeholder: str
    style: PlaceholderStyle
    start: int
    end: int
    text: str
    target: str
    term_id: str
    #: For a document or bilingual file: the segment's id (``start``/``end`` are within its text) and where the term is.
    segment: str | None = None
    locator: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of a slot (docs/json.md); :meth:`from_dict` reads it back."""
        located = {} if self.segment is None else {"segment": self.segment, "locator": self.locator}
        return {
            "id": self.id,
            "placeholder": self.placeholder,
            "style": self.style,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "target": self.target,
            "term_id": self.term_id,
            **located,
        }

    @classmethod
    def from_dict(cls, payload: Mapping[str, Any], *, position: int = 0) -> Slot:
        """A slot from its JSON shape; :class:`TranslationError` names what is wrong."""
        where = f"slot {position + 1}"
        if not isinstance(payload, Mapping):
            raise TranslationError(f"{where}: expected an object, got {type(payload).__name__}")
        missing = [key for key in ("id", "target", "style") if key not in payload]
        if missing:
            raise TranslationError(f"{where}: missing {', '.join(repr(key) for key in missing)}")
        number, target, style = payload["id"], payload["target"], payload["style"]
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            raise TranslationError(f"{where}: 'id' must be a positive integer, got {number!r}")
        if not isinstance(target, str) or not target:
            raise TranslationError(f"{where}: 'target' must be a non-empty string")
        if style not in PLACEHOLDER_STYLES:
            raise TranslationError(f"{where}: unknown style {style!r}; use one of: {', '.join(PLACEHOLDER_STYLES)}")
        return cls(
            id=number,
            placeholder=str(payload.get("placeholder") or _placeholder(style, number, target)),
            style=cast(PlaceholderStyle, style),
            start=int(payload.get("start", 0)),
            end=int(payload.get("end", 0)),
            text=str(payload.get("text", "")),
            target=target,
            term_id=str(payload.get("term_id", "")),
            segment=None if payload.get("segment") is None else str(payload["segment"]),
            locator=payload.get("locator") if isinstance(payload.get("locator"), Mapping) else None,
        )


@dataclass(frozen=True)
class ProtectedSegment:
    """One segment of a protected document: its id, where it is in the file, and its text with placeholders."""

    id: str
    locator: dict[str, Any]
    text: str

    def to_dict(self) -> dict[str, Any]:
        """``{"id", "locator", "text"}`` (docs/json.md)."""
        return {"id": self.id, "locator": self.locator, "text": self.text}


@dataclass(frozen=True)
class Protected:
    """A text ready for MT: its terms replaced by placeholders, and the slots to restore them.

    For a document or a bilingual file (:func:`protect_segments`), ``segments`` holds each
    segment's protected text, ``text`` is those texts joined by a blank line, and each
    slot names its segment; slot numbers run through the whole document.
    """

    text: str
    style: PlaceholderStyle
    source: Language
    target: Language
    slots: tuple[Slot, ...]
    segments: tuple[ProtectedSegment, ...] = ()

    def slots_of(self, segment: str) -> tuple[Slot, ...]:
        """The slots of one segment, to :func:`restore` that segment's translation on its own."""
        return tuple(slot for slot in self.slots if slot.segment == segment)

    def to_dict(self) -> dict[str, Any]:
        """``{"text", "style", "source", "target", "slots": [...]}`` (docs/json.md), plus ``segments`` for a document."""
        payload = {
            "text": self.text,
            "style": self.style,
            "source": self.source,
            "target": self.target,
            "slots": [slot.to_dict() for slot in self.slots],
        }
        if self.segments:
            payload["segments"] = [segment.to_dict() for segment in self.segments]
        return payload


@dataclass(frozen=True)
class Restored:
    """A translation with its terms put back, and what could not be restored."""

    text: str
    restored: int
    missing: tuple[Slot, ...]
    unknown: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """True when every slot was found and no unknown placeholder was left."""
        return not self.missing and not self.unknown

    def to_dict(self) -> dict[str, Any]:
        """``{"text", "restored", "missing": [SLOT], "unknown": [str]}`` (docs/json.md)."""
        return {
            "text": self.text,
            "restored": self.restored,
            "missing": [slot.to_dict() for slot in self.missing],
            "unknown": list(self.unknown),
        }


def _check_style(style: str) -> PlaceholderStyle:
    if style not in PLACEHOLDER_STYLES:
        raise TranslationError(f"unknown placeholder style {style!r}; use one of: {', '.join(PLACEHOLDER_STYLES)}")
    return cast(PlaceholderStyle, style)


def protect(
    text: str,
    *,
    source: str,
    target: str,
    style: str = "xml",
    matcher: Matcher | None = None,
    min_score: float = 0.0,
) -> Protected:
    """Replace every term of ``text`` by a placeholder that MT engines leave alone.

    Send ``Protected.text`` to the engine, then :func:`restore` the translation with
    ``Protected.slots`` (or the whole :class:`Protected`, or its JSON). Slots are
    numbered from 1 in text order, one per occurrence.
    """
    chosen = _check_style(style)
    _matches, found = find_constraints(text, source=source, target=target, matcher=matcher, min_score=min_score)
    protected_text, slots = _protect_text(text, found.constraints, chosen, first=1)
    return Protected(protected_text, chosen, found.source, found.target, tuple(slots))


def protect_segments(
    segments: Iterable[SourceSegment],
    *,
    source: str,
    target: str,
    style: str = "xml",
    matcher: Matcher | None = None,
    min_score: float = 0.0,
) -> Protected:
    """:func:`protect` segment by segment: the blocks of a DOCX/HTML document, the units of an XLIFF, TMX or PO file.

    ``segments`` come from :func:`glossary.documents.source_segments`. The result lists each
    segment's protected text in ``segments`` (to send segment by segment, as CAT tools do)
    and joins them with a blank line in ``text`` (to send at once). Slots are numbered
    through the whole document, so :func:`restore` works on either: on the whole
    translated text with all the slots, or on one segment's translation with
    ``Protected.slots_of(segment_id)``. Each slot names its segment and where the term is
    in the file (``locator``).
    """
    chosen = _check_style(style)
    source_language, target_language = check_direction(source, target)
    protected_segments: list[ProtectedSegment] = []
    slots: list[Slot] = []
    for segment in segments:
        _matches, found = find_constraints(segment.text, source=source, target=target, matcher=matcher, min_score=min_score)
        text, segment_slots = _protect_text(segment.text, found.constraints, chosen, first=len(slots) + 1)
        slots.extend(
            replace(slot, segment=segment.id, locator=segment.locate(slot.start, slot.end)) for slot in segment_slots
        )
        protected_segments.append(ProtectedSegment(segment.id, dict(segment.locator), text))
    joined = SEGMENT_SEPARATOR.join(segment.text for segment in protected_segments)
    return Protected(joined, chosen, source_language, target_language, tuple(slots), tuple(protected_segments))


def _protect_text(text: str, constraints: Sequence[Any], chosen: PlaceholderStyle, *, first: int) -> tuple[str, list[Slot]]:
    """``text`` with each constraint's span replaced by a placeholder numbered from ``first``, and the slots."""
    if chosen == "plain":
        clash = _PATTERNS["plain"].search(text)
        if clash:
            raise TranslationError(
                f"the text already contains {clash.group()!r}, which reads as a placeholder; use another style"
            )
    escape = (lambda piece: html.escape(piece, quote=False)) if chosen in _TAG_STYLES else (lambda piece: piece)
    pieces: list[str] = []
    slots: list[Slot] = []
    position = 0
    for number, constraint in enumerate(constraints, start=first):
        placeholder = _placeholder(chosen, number, constraint.target)
        pieces.append(escape(text[position : constraint.start]))
        pieces.append(placeholder)
        position = constraint.end
        slots.append(
            Slot(
                number,
                placeholder,
                chosen,
                constraint.start,
                constraint.end,
                constraint.text,
                constraint.target,
                constraint.term.id,
            )
        )
    pieces.append(escape(text[position:]))
    return "".join(pieces), slots


def _read_slots(slots: Protected | Mapping[str, Any] | Sequence[Slot | Mapping[str, Any]]) -> tuple[list[Slot], str | None]:
    if isinstance(slots, Protected):
        return list(slots.slots), slots.style
    style: str | None = None
    items: Any = slots
    if isinstance(slots, Mapping):
        if "slots" not in slots:
            raise TranslationError("the slots object has no 'slots' list (pass what protect returned)")
        style = slots.get("style")
        items = slots["slots"]
    if isinstance(items, (str, bytes)) or not isinstance(items, Sequence):
        raise TranslationError("slots must be a list of slots")
    read = [item if isinstance(item, Slot) else Slot.from_dict(item, position=i) for i, item in enumerate(items)]
    return read, style


def restore(
    translated: str,
    slots: Protected | Mapping[str, Any] | Sequence[Slot | Mapping[str, Any]],
    *,
    style: str | None = None,
    segment: str | None = None,
) -> Restored:
    """Put the target-language terms back into ``translated`` in place of their placeholders.

    ``slots`` is what :func:`protect` (or :func:`protect_segments`) returned, its
    ``to_dict()`` (as parsed from JSON), or a list of slots; with ``segment``, only the
    slots of that segment are used (``translated`` is that segment's translation). Placeholders are found wherever the engine moved them, with
    spaces, case or quoting changed; each is replaced by its slot's target form (several
    copies each get it). Slots whose placeholder is gone are listed in
    ``Restored.missing``; placeholders with a number no slot has stay as they are and
    are listed in ``Restored.unknown``.
    """
    read, declared = _read_slots(slots)
    if segment is not None:
        read = [slot for slot in read if slot.segment == segment]
    styles = {slot.style for slot in read} | ({style} if style else set()) | ({declared} if declared else set())
    if len(styles) > 1:
        raise TranslationError(f"slots mix placeholder styles: {', '.join(sorted(styles))}")
    if not styles:
        return Restored(translated, 0, (), ())
    chosen = _check_style(styles.pop())
    by_id = {slot.id: slot for slot in read}
    unescape = html.unescape if chosen in _TAG_STYLES else (lambda piece: piece)
    pieces: list[str] = []
    seen: set[int] = set()
    unknown: list[str] = []
    restored = 0
    position = 0
    for found in _PATTERNS[chosen].finditer(translated):
        number = int(found.group(1))
        slot = by_id.get(number)
        pieces.append(unescape(translated[position : found.start()]))
        if slot is None:
            unknown.append(found.group())
            pieces.append(found.group())
        else:
            opens = _opens_sentence(translated, found.start())
            pieces.append(_capitalised(slot.target) if opens else slot.target)
            seen.add(number)
            restored += 1
        position = found.end()
    pieces.append(unescape(translated[position:]))
    missing = tuple(slot for slot in read if slot.id not in seen)
    return Restored("".join(pieces), restored, missing, tuple(unknown))
