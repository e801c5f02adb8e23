"""Document scope: what a document says about its own acronyms and senses, carried through it.

The matcher sees one piece of text at a time and knows only the term base. A
document teaches more: "Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN
(HNTLPK)" defines HNTLPK for the rest of that document, and a document about the
2016 arbitral award tells which PCA it means. :class:`DocumentScope` runs over the
chunks of one document in order (a file, standard input, the lines of ``--by-line``,
the paragraph chunks of a large file; in the main process of a ``--jobs`` run too,
so that the output stays that of one process) and, chunk by chunk:

1. finds the definitions written in it (:mod:`glossary.definitions`: "long form (ACR)"
   and "ACR (long form)", Schwartz & Hearst adapted to Vietnamese);
2. an acronym the term base lacks is remembered from its definition on: that use and
   every later one in the document is a match with method ``defined``, carrying the
   long form (:class:`~glossary.matcher.DefinedBy`) and resolving to the long form's
   entry when the long form is itself a known term, else to an entry made from the
   definition (:func:`defined_term`);
3. a known acronym defined by a long form that resolves to one of its entries
   confirms it; when the acronym is ambiguous (PCA), that sense is taken for every
   later use in the document (``decided_by: "definition"``);
4. a known acronym defined by an unrelated long form is reported
   (:class:`DefinitionWarning`), and inside the document its definition wins: later
   uses are ``defined`` matches;
5. an ambiguous form whose context named no sense takes the sense whose context cues
   occur most in the document so far (the earlier chunks and the whole current one):
   ``decided_by: "document"``. A whole article is one chunk, so there "so far" is
   the whole document; in a file of many chunks, only cues already read count.

Definitions never reach back: uses before a definition keep what the term base says.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .definitions import Definition, find_definitions
from .matcher import UNDECIDED, Alternative, DefinedBy, Match, Matcher
from .model import Term
from .normalize import acronym_key

if TYPE_CHECKING:
    from .annotate import AnnotatedChunk

__all__ = [
    "DEFINED_CATEGORY",
    "SCORE_DEFINED",
    "SCORE_DOCUMENT_SENSE",
    "DefinitionWarning",
    "DocumentScope",
    "apply_document_scope",
    "defined_term",
    "known_acronyms_before_parentheses",
]

#: A use of an acronym the document defined: as certain as an acronym of the term base.
SCORE_DEFINED = 100.0
#: A sense chosen by cues elsewhere in the document, not near the mention: likely, not certain
#: (between a sense chosen by nearby cues, scored as its match, and an undecided one, 50).
SCORE_DOCUMENT_SENSE = 80.0
#: The category of an entry made from a definition in the text (never a term-base category).
DEFINED_CATEGORY = "defined"
# No match is longer than this (names are at most 300 characters, loader.MAX_NAME_CHARACTERS, plus
# an ordinal): where to start looking for a term that could overlap a use of a defined acronym.
_MAX_TERM_CHARACTERS = 400
# Characters of long form kept in a warning message before it is cut with "...".
_WARNING_LONG_FORM_CHARACTERS = 120


@dataclass(frozen=True)
class DefinitionWarning:
    """A known acronym defined in the document by a long form that is none of its entries."""

    start: int  # of the acronym in its definition, in the document
    end: int
    short: str
    long: str
    term_ids: tuple[str, ...]  # the term-base entries that have this acronym

    @property
    def message(self) -> str:
        long = self.long if len(self.long) <= _WARNING_LONG_FORM_CHARACTERS else self.long[:_WARNING_LONG_FORM_CHARACTERS] + "..."
        return (
            f"{self.short} is defined here as {long!r}, but the term base has {self.short} for "
            f"{', '.join(self.term_ids)}; this document's definition is used in it"
        )

    def shifted(self, offset: int) -> DefinitionWarning:
        return replace(self, start=self.start + offset, end=self.end + offset)

    def to_dict(self, offset: int = 0) -> dict[str, Any]:
        return {
            "start": self.start - offset,
            "end": self.end - offset,
            "short": self.short,
            "long": self.long,
            "terms": list(self.term_ids),
            "message": self.message,
        }


def _parenthesis_follows(text: str, position: int) -> bool:
    """Whether "(" comes next in ``text`` after ``position``, spaces aside (without slicing the rest of the text)."""
    length = len(text)
    while position < length and text[position] == " ":
        position += 1
    return position < length and text[position] == "("


def known_acronyms_before_parentheses(
    text: str, matches: Iterable[Match], offset: int = 0
) -> Callable[[str], tuple[str, ...]]:
    """``known_acronyms`` for :func:`~glossary.definitions.find_definitions`, from the matches of ``text``.

    A long form is a known term when the matcher resolved it whole right before the
    parenthesis, so the text's own matches answer, with no second matching pass.
    ``offset`` is where ``text`` starts in the offsets of ``matches``.
    """
    before_parenthesis = {
        text[match.start - offset : match.end - offset]: match.term
        for match in matches
        if not match.undecided and _parenthesis_follows(text, match.end - offset)
    }

    def known_acronyms(phrase: str) -> tuple[str, ...]:
        term = before_parenthesis.get(phrase.rstrip())
        return term.acronyms if term is not None else ()

    return known_acronyms


def defined_term(short: str, long: str) -> Term:
    """The entry a ``defined`` match resolves to when its long form is no known term.

    Its id is ``defined:`` and the acronym (a colon never occurs in term-base ids), its
    category :data:`DEFINED_CATEGORY`, and both names are the long form as written:
    the document gives one language only.
    """
    return Term(
        id=f"defined:{short}",
        category=DEFINED_CATEGORY,
        vi=long,
        en=long,
        acronyms=(short,),
        note=f"Defined in the document: {long} ({short}). Not in the term base.",
    )


@dataclass(frozen=True)
class _Defined:
    """An acronym this document defines, from ``since`` (document offset of its defining use) on."""

    short: str
    term: Term
    definition: DefinedBy
    since: int


class DocumentScope:
    """The state of one document's pass: feed it the document's chunks in order with :meth:`apply`."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self._owners = matcher.acronym_owners
        self._cue_terms = matcher.cue_terms
        self._defined: dict[str, _Defined] = {}
        self._pattern: re.Pattern[str] | None = None
        # acronym key of an ambiguous acronym -> (the sense its definition chose, the definition, since)
        self._senses: dict[str, tuple[Term, DefinedBy, int]] = {}
        self._cues_so_far: Counter[str] = Counter()

    def apply(self, chunk: AnnotatedChunk) -> AnnotatedChunk:
        """``chunk`` (offsets into the document) with the document's definitions and evidence applied."""
        warnings = [self._learn(definition, chunk) for definition in self._definitions(chunk)]
        matches = list(chunk.matches)
        if self._defined:
            matches = self._add_defined_uses(chunk, matches)
        if self._cue_terms or self._senses:
            matches = self._decide_senses(chunk, matches)
        found = tuple(warning for warning in warnings if warning is not None)
        return replace(chunk, matches=tuple(matches), warnings=found)

    # -- definitions --------------------------------------------------------------------------

    def _definitions(self, chunk: AnnotatedChunk) -> list[Definition]:
        if "(" not in chunk.text:
            return []
        known_acronyms = known_acronyms_before_parentheses(chunk.text, chunk.matches, chunk.offset)
        return find_definitions(chunk.text, known_acronyms=known_acronyms)

    def _learn(self, definition: Definition, chunk: AnnotatedChunk) -> DefinitionWarning | None:
        short = definition.acronym  # "ADMM-14" defines ADMM
        since = chunk.offset + definition.short_start
        long_start, long_end = chunk.offset + definition.long_start, chunk.offset + definition.long_end
        # Matches are in text order: only those starting inside the long form can lie in it.
        first = bisect_left(chunk.matches, long_start, key=lambda match: match.start)
        inside = []
        for match in chunk.matches[first:]:
            if match.start >= long_end:
                break
            if match.end <= long_end:
                inside.append(match)
        # The long form resolves to a known term when one match spans it whole.
        resolved = next(
            (m.term for m in inside if (m.start, m.end) == (long_start, long_end) and not m.undecided), None
        )
        defined_by = DefinedBy(short, definition.long, resolved.id if resolved is not None else None)
        owners = self._owners.get(acronym_key(short), ())
        if not owners:
            self._remember(_Defined(short, resolved or defined_term(short, definition.long), defined_by, since))
            return None
        owner_ids = {owner.id for owner in owners}
        # The long form names one of the acronym's entries: whole, or as one of the terms in it.
        if definition.basis == "term" or any(match.term.id in owner_ids for match in inside):
            if len(owners) > 1 and resolved is not None and resolved.id in owner_ids:
                self._senses[acronym_key(short)] = (resolved, defined_by, since)
            return None
        self._remember(_Defined(short, resolved or defined_term(short, definition.long), defined_by, since))
        return DefinitionWarning(
            since, chunk.offset + definition.short_end, short, definition.long, tuple(owner.id for owner in owners)
        )

    def _remember(self, defined: _Defined) -> None:
        self._defined[defined.short] = defined
        self._senses.pop(acronym_key(defined.short), None)
        alternatives = "|".join(re.escape(short) for short in sorted(self._defined, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?![\w+])")

    def _add_defined_uses(self, chunk: AnnotatedChunk, matches: list[Match]) -> list[Match]:
        """Every use of a defined acronym from its definition on, unless it lies inside (or across) a longer term.

        Matches inside a use (the term base's own reading of a contradicted acronym) give way to it.
        """
        assert self._pattern is not None
        starts = [match.start for match in matches]  # matches come in text order
        replaced: set[int] = set()
        added: list[Match] = []
        for found in self._pattern.finditer(chunk.text):
            defined = self._defined[found.group()]
            start, end = chunk.offset + found.start(), chunk.offset + found.end()
            if start < defined.since:
                continue  # a definition does not reach back
            # A term that could overlap starts at most MAX_TERM_CHARACTERS before the use.
            nearby = range(bisect_left(starts, start - _MAX_TERM_CHARACTERS), bisect_left(starts, end))
            overlapping = [index for index in nearby if matches[index].end > start]
            if any(matches[index].start < start or matches[index].end > end for index in overlapping):
                continue
            replaced.update(overlapping)
            added.append(
                Match(start, end, found.group(), defined.term, "defined", SCORE_DEFINED, definition=defined.definition)
            )
        if not added:
            return matches
        kept = [match for index, match in enumerate(matches) if index not in replaced]
        return sorted(kept + added, key=lambda match: (match.start, -match.end))

    # -- senses -------------------------------------------------------------------------------

    def _decide_senses(self, chunk: AnnotatedChunk, matches: list[Match]) -> list[Match]:
        chunk_counts = Counter(self.matcher.count_cues(chunk.text, self._cue_terms) if self._cue_terms else {})
        counts = self._cues_so_far + chunk_counts
        self._cues_so_far.update(chunk_counts)
        decided: list[Match] = []
        for match in matches:
            if match.decided_by is not None and match.method != "defined":
                by_definition = self._senses.get(acronym_key(match.text))
                if by_definition is not None and match.start >= by_definition[2]:
                    match = _with_sense(match, by_definition[0], by_definition[1])
                elif match.decided_by in UNDECIDED:
                    match = _by_document(match, counts)
            decided.append(match)
        return decided


def _with_sense(match: Match, term: Term, definition: DefinedBy) -> Match:
    """``match`` resolved to ``term``, the sense a definition in the document chose."""
    senses = [match.term, *(alternative.term for alternative in match.alternatives)]
    evidence = {match.term.id: match.evidence or 0.0, **{item.term.id: item.evidence for item in match.alternatives}}
    alternatives = tuple(Alternative(sense, evidence[sense.id]) for sense in senses if sense.id != term.id)
    return replace(
        match, term=term, decided_by="definition", evidence=evidence.get(term.id), score=SCORE_DEFINED,
        alternatives=alternatives, definition=definition,
    )  # fmt: skip


def _by_document(match: Match, counts: Counter[str]) -> Match:
    """The sense whose cues occur most in the document, if one leads; evidence: cue occurrences."""
    senses = [match.term, *(alternative.term for alternative in match.alternatives)]
    weights = [float(counts.get(sense.id, 0)) for sense in senses]
    best = max(weights)
    if not best or weights.count(best) > 1:
        return match
    chosen = senses[weights.index(best)]
    alternatives = tuple(Alternative(sense, weight) for sense, weight in zip(senses, weights) if sense is not chosen)
    return replace(
        match, term=chosen, decided_by="document", evidence=best, score=SCORE_DOCUMENT_SENSE, alternatives=alternatives
    )


def apply_document_scope(chunks: Iterable[AnnotatedChunk], matcher: Matcher, *, min_score: float = 0.0) -> Iterator[AnnotatedChunk]:
    """The chunks of one document, in order, with :class:`DocumentScope` applied; ``min_score`` drops weaker matches."""
    scope = DocumentScope(matcher)
    for chunk in chunks:
        scoped = scope.apply(chunk)
        if min_score > 0:
            scoped = replace(scoped, matches=tuple(match for match in scoped.matches if match.score >= min_score))
        yield scoped
