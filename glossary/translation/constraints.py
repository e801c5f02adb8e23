"""Term constraints for MT: every term of a text, its span, and the target form it must become."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..annotate import default_matcher
from ..matcher import Match, Matcher
from ..model import Term
from .terms import Language, check_direction, form_index, rendering

if TYPE_CHECKING:
    from ..documents import SourceSegment

__all__ = ["Constraint", "ConstraintSet", "constraints", "find_constraints", "segment_constraints"]

_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Constraint:
    """One term of the source text: ``text[start:end] == constraint.text`` must be translated as ``target``."""

    start: int
    end: int
    text: str
    term: Term
    target: str
    alternatives: tuple[str, ...]
    ordinal: int | None
    method: str
    score: float
    #: For a document or bilingual file: the segment's id (offsets are within its text) and where the term is.
    segment: str | None = None
    locator: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of a constraint (docs/json.md); ``segment`` and ``locator`` only for segmented inputs."""
        located = {} if self.segment is None else {"segment": self.segment, "locator": self.locator}
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "target": self.target,
            "alternatives": list(self.alternatives),
            "ordinal": self.ordinal,
            "method": self.method,
            "score": self.score,
            "term": self.term.to_dict(),
            **located,
        }


@dataclass(frozen=True)
class ConstraintSet:
    """The constraints of one text, in text order, for one translation direction."""

    source: Language
    target: Language
    constraints: tuple[Constraint, ...]

    def __len__(self) -> int:
        return len(self.constraints)

    def __iter__(self) -> Iterator[Constraint]:
        return iter(self.constraints)

    def pairs(self) -> list[tuple[str, str]]:
        """Unique (source form, target form) pairs in first-seen order: a glossary for this one document.

        Line breaks and runs of spaces inside a source form become one space. A source
        form rendered two ways (two senses) keeps its first rendering only, as glossary
        uploads (DeepL, Google) accept one target per source entry.
        """
        seen: dict[str, str] = {}
        for constraint in self.constraints:
            source_form = _WHITESPACE.sub(" ", constraint.text).strip()
            seen.setdefault(source_form, constraint.target)
        return list(seen.items())

    def to_tsv(self) -> str:
        """The :meth:`pairs` as tab-separated lines (the DeepL/Google glossary upload format), no header."""
        return "".join(f"{source}\t{target}\n" for source, target in self.pairs())

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape (docs/json.md): ``{"source", "target", "constraints": [...]}``."""
        return {
            "source": self.source,
            "target": self.target,
            "constraints": [constraint.to_dict() for constraint in self.constraints],
        }


def find_constraints(
    text: str, *, source: str, target: str, matcher: Matcher | None = None, min_score: float = 0.0
) -> tuple[list[Match], ConstraintSet]:
    """The matches of ``text`` and their constraints (shared by :func:`constraints` and protect)."""
    source_language, target_language = check_direction(source, target)
    matcher = matcher or default_matcher()
    index = form_index(matcher.termbase)
    matches = matcher.annotate(text, min_score=min_score)
    built = []
    previous_end = 0
    for match in matches:
        rendered = rendering(match, target=target_language, index=index)
        start = match.start
        if source_language == "vi" and match.method == "acronym" and match.term.vi.startswith("Hội nghị"):
            start = _with_meeting_word(text, match.start, floor=previous_end)
        previous_end = match.end
        built.append(
            Constraint(
                start=start,
                end=match.end,
                text=text[start : match.end],
                term=match.term,
                target=rendered.target,
                alternatives=rendered.alternatives,
                ordinal=match.ordinal,
                method=match.method,
                score=match.score,
            )
        )
    return matches, ConstraintSet(source_language, target_language, tuple(built))


_MEETING_WORD = re.compile(r"hội nghị\s+$")
_LOOK_BACK = 24


def _with_meeting_word(text: str, start: int, *, floor: int) -> int:
    """Where "Hội nghị " starts right before ``start`` ("Hội nghị ADMM-14": the M of ADMM is the meeting), else ``start``.

    The acronym's translation already says "meeting": "Hội nghị ADMM-14" is "the 14th ADMM",
    not "the 14th ADMM Conference". The text may be NFD or have any spacing.
    """
    window_start = max(floor, start - _LOOK_BACK)
    window = text[window_start:start]
    if not _MEETING_WORD.search(unicodedata.normalize("NFC", window).lower()):
        return start
    for offset in range(len(window) - 1, -1, -1):
        piece = unicodedata.normalize("NFC", window[offset:]).lower()
        if piece.startswith("hội nghị") and _MEETING_WORD.fullmatch(piece) is not None:
            if offset == 0 or not window[offset - 1].isalnum():
                return window_start + offset
    return start


def constraints(
    text: str, *, source: str, target: str, matcher: Matcher | None = None, min_score: float = 0.0
) -> ConstraintSet:
    """Every term in ``text`` with its span and the ``target``-language form it must be translated as.

    ``source``/``target`` are "vi" or "en" (either direction). Ordinals are rendered
    ("ADMM-14" -> "14th ADMM"; "14th ADMM" -> "Hội nghị ADMM lần thứ 14"), and each
    constraint lists the admitted alternatives, for MT glossaries and constrained
    decoding. ``matcher`` defaults to the default term base's; ``min_score`` drops
    weaker matches (an ambiguous form whose context chose no sense scores 50).
    """
    return find_constraints(text, source=source, target=target, matcher=matcher, min_score=min_score)[1]


def segment_constraints(
    segments: Iterable[SourceSegment],
    *,
    source: str,
    target: str,
    matcher: Matcher | None = None,
    min_score: float = 0.0,
) -> ConstraintSet:
    """:func:`constraints` segment by segment (the blocks of a DOCX/HTML document, the units of an XLIFF, TMX or PO file).

    ``segments`` come from :func:`glossary.documents.source_segments`. Each constraint's
    offsets are within its segment's text, and it names the segment (``segment``) and
    where it is in the file (``locator``, as in annotate's JSON).
    """
    source_language, target_language = check_direction(source, target)
    matcher = matcher or default_matcher()
    found: list[Constraint] = []
    for segment in segments:
        _matches, each = find_constraints(segment.text, source=source, target=target, matcher=matcher, min_score=min_score)
        found.extend(
            replace(constraint, segment=segment.id, locator=segment.locate(constraint.start, constraint.end))
            for constraint in each.constraints
        )
    return ConstraintSet(source_language, target_language, tuple(found))
