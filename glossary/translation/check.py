"""Terminology QA of a translation against its source: findings, and the term accuracy score.

Both sides are matched with the same engine (diacritics, case, NFD, spacing, typos),
so "Senior Lieutenant General", "Thuong tuong" and "Colonel General" are all found.

Alignment rule (per segment; a whole text is one segment):

1. Pairing by entry. Source occurrences are taken in text order and each is paired
   with the first unused translation match of the *same entry*: first one with the
   same ordinal, then any; then a match whose surface is a form the entry shares with
   another (the matcher may have read "Colonel" as Thượng tá; for a source Đại tá it is
   still Đại tá's admitted form); then, for a source form with several senses, a match of
   another sense (an ``ambiguous`` warning). Counts decide, never positions, so
   reordering in the translation does not matter.
2. ``wrong``: an unpaired source occurrence is paired with an unused translation match
   of a *different entry of the same category* (the rank, ministry or title put in its
   place; mechanisms and meetings count as one category, concepts never pair this way),
   the nearest in relative position, and in a long segment no farther than a quarter of
   it (or 400 characters).
3. A common noun (an entry whose preferred target name is lower case: "quốc phòng" =
   national defence) still unpaired is taken as rendered by its head word standing alone
   in the translation ("defence officials"): no finding, though not an exact rendering.
4. What remains unpaired: if the entry was rendered at least once in the segment, one
   ``count`` warning (fewer renderings than occurrences: often a pronoun or "the
   meeting"); otherwise one ``missing`` error for the entry in that segment.

Then each pair is checked: a different ordinal is ``ordinal``; a form left in the
source language is ``missing`` (untranslated); a deprecated form is ``deprecated``; a
form that is another entry's preferred target name is ``ambiguous``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from ..annotate import default_matcher
from ..documents import BilingualDocument
from ..matcher import Match, Matcher
from ..model import Term
from ..normalize import is_word_char
from .terms import FormIndex, Language, TranslationError, bare_surface, check_direction, form_index, rendering

__all__ = [
    "FINDING_KINDS",
    "AccuracyReport",
    "CheckReport",
    "Finding",
    "FindingKind",
    "Span",
    "TermScore",
    "check",
    "check_bilingual",
    "check_segments",
    "term_accuracy",
]

FindingKind = Literal["missing", "wrong", "ordinal", "ambiguous", "count", "deprecated"]
Severity = Literal["error", "warning"]
#: Every finding kind and its severity: errors fail a QA step, warnings do not.
FINDING_KINDS: dict[str, Severity] = {
    "missing": "error",
    "wrong": "error",
    "ordinal": "error",
    "ambiguous": "warning",
    "count": "warning",
    "deprecated": "warning",
}


@dataclass(frozen=True)
class Span:
    """A span of a text: ``text[start:end] == span.text`` (offsets within the segment)."""

    start: int
    end: int
    text: str
    term: Term | None = None

    def to_dict(self, *, with_term: bool = False) -> dict[str, Any]:
        payload: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if with_term:
            payload["term"] = self.term.to_dict() if self.term else None
        return payload


@dataclass(frozen=True)
class Finding:
    """One terminology problem of a translation."""

    kind: FindingKind
    segment: int | None
    source: Span
    term: Term
    expected: tuple[str, ...]
    found: Span | None
    message: str
    segment_id: str | None = None
    #: Where the segment is in a bilingual file (XLIFF: file, unit, segment, line; TMX: unit, line; PO: line, context).
    locator: dict[str, Any] | None = None

    @property
    def severity(self) -> Severity:
        return FINDING_KINDS[self.kind]

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of a finding (docs/json.md)."""
        return {
            "kind": self.kind,
            "severity": self.severity,
            "segment": self.segment,
            "segment_id": self.segment_id,
            "locator": self.locator,
            "source": self.source.to_dict(),
            "term": self.term.to_dict(),
            "expected": list(self.expected),
            "found": self.found.to_dict(with_term=True) if self.found else None,
            "message": self.message,
        }


@dataclass(frozen=True)
class TermScore:
    """Term accuracy of one entry: occurrences in the source, and how many were rendered correctly."""

    term: Term
    occurrences: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.occurrences if self.occurrences else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "term": self.term.to_dict(),
            "occurrences": self.occurrences,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
        }


@dataclass(frozen=True)
class AccuracyReport:
    """Exact-match term accuracy, overall and per entry (most occurrences first)."""

    occurrences: int
    correct: int
    terms: tuple[TermScore, ...]
    with_references: bool
    segments: int

    @property
    def accuracy(self) -> float | None:
        """correct / occurrences, or None when the source has no term."""
        return self.correct / self.occurrences if self.occurrences else None

    def to_dict(self) -> dict[str, Any]:
        """``{"accuracy", "occurrences", "correct", "segments", "references", "terms": [...]}`` (docs/json.md)."""
        return {
            "accuracy": None if self.accuracy is None else round(self.accuracy, 4),
            "occurrences": self.occurrences,
            "correct": self.correct,
            "segments": self.segments,
            "references": self.with_references,
            "terms": [score.to_dict() for score in self.terms],
        }


@dataclass(frozen=True)
class CheckReport:
    """The findings of a check, in segment and source order, and what was checked."""

    source: Language
    target: Language
    findings: tuple[Finding, ...]
    segments: int
    accuracy: AccuracyReport
    # Ids of the segments of a bilingual file that have no translation yet (not checked).
    untranslated: tuple[str, ...] = ()

    @property
    def errors(self) -> int:
        return sum(1 for finding in self.findings if finding.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for finding in self.findings if finding.severity == "warning")

    @property
    def has_errors(self) -> bool:
        """True when any finding is an error (``glossary check`` then exits 1)."""
        return self.errors > 0

    def summary(self) -> dict[str, Any]:
        kinds = {kind: 0 for kind in FINDING_KINDS}
        for finding in self.findings:
            kinds[finding.kind] += 1
        accuracy = self.accuracy.accuracy
        return {
            "source": self.source,
            "target": self.target,
            "segments": self.segments,
            "source_terms": self.accuracy.occurrences,
            "rendered": self.accuracy.correct,
            "term_accuracy": None if accuracy is None else round(accuracy, 4),
            "errors": self.errors,
            "warnings": self.warnings,
            "kinds": kinds,
            "untranslated": len(self.untranslated),
        }

    def to_dict(self) -> dict[str, Any]:
        """``{"problems": [FINDING], "summary": {...}}`` (docs/json.md)."""
        return {
            "problems": [finding.to_dict() for finding in self.findings],
            "untranslated": list(self.untranslated),
            "summary": self.summary(),
        }


# -- alignment ----------------------------------------------------------------------


@dataclass
class _Pair:
    source: Match
    found: Match | None = None
    relation: str = ""  # "entry" (same entry), "sense" (a form shared with the entry), "wrong", "loose"


# Which entries can stand in for each other as a `wrong` rendering: same category, with
# mechanisms and meetings as one family (ADMM Retreat rendered "ADMM"). Concepts are an
# open class ("resilience" is no mistranslation of "arms race"): never paired as wrong.
_WRONG_FAMILIES = {"mechanism": "meeting"}
_NEVER_WRONG = frozenset({"concept"})
# In a long segment, a wrong rendering is looked for within this share of the text (or
# this many characters, whichever is more) of the source term's relative position.
WRONG_WINDOW_SHARE = 0.25
WRONG_WINDOW_CHARACTERS = 400


def _family(category: str) -> str:
    return _WRONG_FAMILIES.get(category, category)


class _Queue:
    """Translation match positions in text order, handed out first unused first."""

    def __init__(self) -> None:
        self.positions: list[int] = []
        self.next = 0

    def take(self, used: set[int]) -> int | None:
        while self.next < len(self.positions) and self.positions[self.next] in used:
            self.next += 1
        if self.next == len(self.positions):
            return None
        position = self.positions[self.next]
        used.add(position)
        self.next += 1
        return position


def _align(sources: list[Match], translations: list[Match], index: FormIndex, source_length: int, target_length: int) -> list[_Pair]:
    """Pair source occurrences with translation matches (the rule in the module docstring); linear but for step 2."""
    pairs = [_Pair(match) for match in sources]
    used: set[int] = set()
    by_ordinal: dict[tuple[str, int | None], _Queue] = defaultdict(_Queue)
    by_entry: dict[str, _Queue] = defaultdict(_Queue)
    by_sense: dict[str, _Queue] = defaultdict(_Queue)
    for position, match in enumerate(translations):
        by_ordinal[(match.term.id, match.ordinal)].positions.append(position)
        by_entry[match.term.id].positions.append(position)
        for sense in index.senses(bare_surface(match)):
            by_sense[sense].positions.append(position)
    passes: list[tuple[Callable[[Match], _Queue | None], str]] = [
        (lambda match: by_ordinal.get((match.term.id, match.ordinal)), "entry"),
        (lambda match: by_entry.get(match.term.id), "entry"),
        (lambda match: by_sense.get(match.term.id), "sense"),
    ]
    for queue_of, relation in passes:
        for pair in pairs:
            if pair.found is None:
                queue = queue_of(pair.source)
                taken = queue.take(used) if queue is not None else None
                if taken is not None:
                    pair.found, pair.relation = translations[taken], relation
    # A source form with several senses ("Colonel": Thượng tá, or Đại tá in VNS copy) is
    # rendered by any of them; check() warns that the source itself was ambiguous.
    for pair in pairs:
        if pair.found is None:
            for sense in sorted(index.senses(bare_surface(pair.source)) - {pair.source.term.id}):
                queue = by_entry.get(sense)
                taken = queue.take(used) if queue is not None else None
                if taken is not None:
                    pair.found, pair.relation = translations[taken], "source-sense"
                    break
    # Step 2: a different entry of the same category family, nearest the expected place.
    window = max(WRONG_WINDOW_SHARE, WRONG_WINDOW_CHARACTERS / max(source_length, 1))
    by_family: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for position, match in enumerate(translations):
        if position not in used:
            by_family[_family(match.term.category)].append((match.start / max(target_length, 1), position))
    for pair in pairs:
        if pair.found is not None or pair.source.term.category in _NEVER_WRONG:
            continue
        candidates = by_family.get(_family(pair.source.term.category))
        if not candidates:
            continue
        where = pair.source.start / max(source_length, 1)
        best: tuple[float, int] | None = None
        middle = bisect_left(candidates, (where, -1))
        for step in (-1, 1):  # walk outwards on each side to the nearest unused candidate
            index_ = middle if step == 1 else middle - 1
            while 0 <= index_ < len(candidates):
                relative, position = candidates[index_]
                if position not in used:
                    distance = abs(relative - where)
                    if distance <= window and (best is None or (distance, position) < best):
                        best = (distance, position)
                    break
                index_ += step
        if best is not None:
            pair.found, pair.relation = translations[best[1]], "wrong"
            used.add(best[1])
    return pairs


class _Checker:
    def __init__(self, matcher: Matcher, source: Language, target: Language) -> None:
        self.matcher = matcher
        self.source = source
        self.target = target
        self.index = form_index(matcher.termbase)
        self.findings: list[Finding] = []
        self.occurrences: dict[str, int] = defaultdict(int)
        self.correct: dict[str, int] = defaultdict(int)
        self.terms: dict[str, Term] = {}
        self.segments = 0
        self.segment_id: str | None = None
        self.locator: dict[str, Any] | None = None

    def expected(self, match: Match) -> tuple[str, ...]:
        rendered = rendering(match, target=self.target, index=self.index)
        return (rendered.target, *rendered.alternatives)

    def add(self, kind: FindingKind, segment: int | None, pair: _Pair, message: str) -> None:
        source = pair.source
        found = pair.found
        self.findings.append(
            Finding(
                kind=kind,
                segment=segment,
                source=Span(source.start, source.end, source.text),
                term=source.term,
                expected=self.expected(source),
                found=Span(found.start, found.end, found.text, found.term) if found else None,
                message=message,
                segment_id=self.segment_id,
                locator=self.locator,
            )
        )

    def segment(self, number: int | None, source_text: str, translation: str) -> None:
        self.segments += 1
        sources = self.matcher.annotate(source_text)
        translations = self.matcher.annotate(translation)
        pairs = _align(sources, translations, self.index, len(source_text), len(translation))
        self.loosely_rendered(pairs, translation, translations)
        for pair in pairs:
            term = pair.source.term
            self.terms[term.id] = term
            self.occurrences[term.id] += 1
        paired_entries = {
            pair.source.term.id for pair in pairs if pair.relation in ("entry", "sense", "source-sense", "loose")
        }
        needed = Counter(pair.source.term.id for pair in pairs)
        unpaired = Counter(pair.source.term.id for pair in pairs if pair.found is None and pair.relation != "loose")
        reported_unpaired: set[str] = set()
        for pair in pairs:
            source = pair.source
            term = source.term
            if pair.relation == "loose":
                continue
            if pair.found is None:
                if term.id in reported_unpaired:
                    continue
                reported_unpaired.add(term.id)
                if term.id in paired_entries:
                    self.add(
                        "count",
                        number,
                        pair,
                        f"{_quote(term.name(self.source))} occurs {needed[term.id]} times in the source, "
                        f"{needed[term.id] - unpaired[term.id]} in the translation",
                    )
                else:
                    times = f" ({needed[term.id]} occurrences)" if needed[term.id] > 1 else ""
                    self.add("missing", number, pair, f"no rendering of {_quote(source.text)}{times} in the translation")
                continue
            found = pair.found
            if pair.relation == "wrong":
                self.add(
                    "wrong",
                    number,
                    pair,
                    f"{_quote(source.text)} is {_quote(term.name(self.target))} ({term.id}), "
                    f"but the translation has {_quote(found.text)}, which is "
                    f"{_quote(found.term.name(self.target))} ({found.term.id})",
                )
                continue
            if pair.relation == "source-sense":
                self.add(
                    "ambiguous",
                    number,
                    pair,
                    f"{_quote(source.text)} in the source may be {_quote(term.name(self.target))} ({term.id}) or "
                    f"{_quote(found.term.name(self.target))} ({found.term.id}); the translation reads it as "
                    f"{found.term.id}: confirm the sense",
                )
                # Judge the rendering itself against the sense the translator chose.
                pair = _Pair(replace(source, term=found.term), found, "entry")
            if self.check_pair(number, pair):
                self.correct[term.id] += 1

    def loosely_rendered(self, pairs: list[_Pair], translation: str, translations: list[Match]) -> None:
        """Common nouns ("quốc phòng" = national defence) rendered by their head word ("defence officials").

        An unpaired occurrence of an entry whose preferred target name is lower case is
        taken as rendered when the last word of one of its target forms stands, as a whole
        word and outside every other term, in the translation (each occurrence used once).
        No finding; not counted as correctly rendered by term accuracy, which is exact-match.
        """
        words: _Words | None = None
        for pair in pairs:
            term = pair.source.term
            if pair.found is not None or not term.name(self.target)[:1].islower():
                continue
            words = words or _Words(translation, translations)
            heads = {
                form.split()[-1].casefold()
                for form in (term.name(self.target), *term.variants.get(self.target, ()))
                if form.split() and term.status(form) != "deprecated"
            }
            if any(words.take(head) for head in sorted(heads)):
                pair.relation = "loose"

    def check_pair(self, number: int | None, pair: _Pair) -> bool:
        """Report what is wrong with a paired rendering; True when it counts as correctly rendered."""
        source, found = pair.source, pair.found
        assert found is not None
        term = source.term
        forms = self.index.classify(term, bare_surface(found))
        if forms and not any(form.usable_in(self.target) for form in forms):
            language = "Vietnamese" if self.source == "vi" else "English"
            self.add("missing", number, pair, f"{_quote(found.text)} is left in {language}")
            return False
        if source.ordinal is not None and found.ordinal != source.ordinal:
            written = "no number" if found.ordinal is None else f"number {found.ordinal}"
            self.add(
                "ordinal", number, pair, f"{_quote(source.text)} is number {source.ordinal}; the translation has {written}"
            )
            return False
        usable = [form for form in forms if form.usable_in(self.target)]
        deprecated = bool(usable) and all(form.status == "deprecated" for form in usable)
        prefer = f"prefer {_quote(term.name(self.target))}"
        bare = bare_surface(found)
        others = self.index.preferred_by(bare, self.target) - {term.id}
        if others and term.name(self.target) != bare:
            # The reader will understand another entry: say so first, even for a deprecated form.
            other = self.matcher.termbase.get(sorted(others)[0])
            assert other is not None
            marked = " (and the term base marks it deprecated)" if deprecated else ""
            self.add(
                "ambiguous",
                number,
                pair,
                f"{_quote(bare)} is a form of {_quote(term.name(self.source))}{marked} but is the preferred "
                f"{'English' if self.target == 'en' else 'Vietnamese'} name of "
                f"{_quote(other.name(self.source))} ({other.id}); {prefer}",
            )
            self.findings[-1] = _with_found_term(self.findings[-1], other)
            return not deprecated
        if deprecated:
            notes = [term.form_usage[form.text].usage for form in usable if form.text in term.form_usage]
            usage = next((note for note in notes if note), None)
            self.add(
                "deprecated",
                number,
                pair,
                f"{_quote(found.text)} is a deprecated form of {_quote(term.name(self.source))} ({term.id}); {prefer}"
                + (f". {usage}" if usage else ""),
            )
            return False
        return True

    def accuracy(self, *, with_references: bool = False) -> AccuracyReport:
        scores = sorted(
            (TermScore(self.terms[term_id], count, self.correct.get(term_id, 0)) for term_id, count in self.occurrences.items()),
            key=lambda score: (-score.occurrences, score.term.id),
        )
        return AccuracyReport(
            occurrences=sum(self.occurrences.values()),
            correct=sum(self.correct.values()),
            terms=tuple(scores),
            with_references=with_references,
            segments=self.segments,
        )


class _Words:
    """Whole words of a translation outside its matched terms, each handed out once."""

    def __init__(self, text: str, matches: list[Match]) -> None:
        self.text = text
        folded = text.casefold()
        self.folded = folded if len(folded) == len(text) else text.lower()
        self.starts = [match.start for match in matches]
        self.ends = [match.end for match in matches]
        self.used: set[int] = set()

    def _inside_a_term(self, position: int) -> bool:
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.ends[index]

    def take(self, word: str) -> bool:
        text = self.text
        for candidate in (word, word + "s", word + "es"):
            position = self.folded.find(candidate)
            while position != -1:
                end = position + len(candidate)
                alone = (position == 0 or not is_word_char(text[position - 1])) and (
                    end == len(text) or not is_word_char(text[end])
                )
                if alone and position not in self.used and not self._inside_a_term(position):
                    self.used.add(position)
                    return True
                position = self.folded.find(candidate, position + 1)
        return False


def _with_found_term(finding: Finding, term: Term) -> Finding:
    assert finding.found is not None
    return replace(finding, found=replace(finding.found, term=term))


def _quote(text: str) -> str:
    return f"\u201c{' '.join(text.split())}\u201d"


def check_segments(
    segments: Iterable[tuple[str, str]],
    *,
    source: str,
    target: str,
    ids: Sequence[str | None] | None = None,
    matcher: Matcher | None = None,
) -> CheckReport:
    """Check aligned (source, translation) segments; findings name their segment, numbered from 1.

    ``ids`` (one per segment) are the segments' own identifiers, such as XLIFF unit ids;
    findings carry them as ``segment_id``.
    """
    source_language, target_language = check_direction(source, target)
    checker = _Checker(matcher or default_matcher(), source_language, target_language)
    for number, pair in enumerate(segments, start=1):
        if len(pair) != 2:
            raise TranslationError(f"segment {number}: expected a (source, translation) pair, got {len(pair)} items")
        checker.segment_id = ids[number - 1] if ids is not None and number <= len(ids) else None
        checker.segment(number, pair[0], pair[1])
    return CheckReport(source_language, target_language, tuple(checker.findings), checker.segments, checker.accuracy())


def check_bilingual(
    document: BilingualDocument,
    *,
    source: str | None = None,
    target: str | None = None,
    matcher: Matcher | None = None,
    report_untranslated: bool = True,
) -> CheckReport:
    """Check every translated segment of a bilingual file (XLIFF, TMX, PO: :func:`glossary.documents.read_bilingual`).

    The direction is ``source``/``target`` if given, else what the file declares.
    Untranslated segments (no or empty target) are not checked: their ids are listed in
    ``untranslated`` (unless ``report_untranslated=False``), never reported as missing
    terms. Findings carry the unit id as ``segment_id`` and the segment's position in
    the file as ``segment``.
    """
    source_language = source or document.source_language
    target_language = target or document.target_language
    if source_language is None and target_language is not None:
        source_language = "vi" if target_language == "en" else "en"
    if target_language is None and source_language is not None:
        target_language = "vi" if source_language == "en" else "en"
    if source_language is None or target_language is None:
        raise TranslationError(f"{document.path}: the file declares no languages; give the source and target")
    source_language, target_language = check_direction(source_language, target_language)
    checker = _Checker(matcher or default_matcher(), source_language, target_language)
    untranslated: list[str] = []
    for number, segment in enumerate(document.segments, start=1):
        if segment.target is None or not segment.target.strip():
            if report_untranslated and segment.source.strip():
                untranslated.append(segment.id)
            continue
        checker.segment_id = segment.id
        checker.locator = dict(segment.locator)
        checker.segment(number, segment.source, segment.target)
    return CheckReport(
        source_language, target_language, tuple(checker.findings), checker.segments, checker.accuracy(), tuple(untranslated)
    )


def check(
    source_text: str,
    translation: str,
    *,
    source: str,
    target: str,
    aligned: bool = False,
    matcher: Matcher | None = None,
) -> CheckReport:
    """Check the terminology of ``translation`` against ``source_text``.

    With ``aligned=False`` the two texts are compared as wholes (``segment`` is None in
    the findings). With ``aligned=True`` line *n* of the translation translates line
    *n* of the source, and findings name the line; both texts must have as many lines.
    """
    if not aligned:
        source_language, target_language = check_direction(source, target)
        checker = _Checker(matcher or default_matcher(), source_language, target_language)
        checker.segment(None, source_text, translation)
        return CheckReport(source_language, target_language, tuple(checker.findings), 1, checker.accuracy())
    return check_segments(_aligned_lines(source_text, translation), source=source, target=target, matcher=matcher)


def _aligned_lines(source_text: str, translation: str) -> list[tuple[str, str]]:
    source_lines = source_text.splitlines()
    translation_lines = translation.splitlines()
    if len(source_lines) != len(translation_lines):
        raise TranslationError(
            f"aligned input: the source has {len(source_lines)} lines and the translation "
            f"{len(translation_lines)}; line n of one must translate line n of the other"
        )
    return list(zip(source_lines, translation_lines))


def term_accuracy(
    sources: Sequence[str],
    translations: Sequence[str],
    *,
    source: str,
    target: str,
    references: Sequence[str] | None = None,
    matcher: Matcher | None = None,
) -> AccuracyReport:
    """Exact-match term accuracy of ``translations`` (an MT output set), overall and per entry.

    As in the WMT terminology shared tasks (Alam et al., 2021): the share of source term
    occurrences whose required target term appears in the output. Without
    ``references``, the required term is any preferred or admitted target form of the
    entry, with the right ordinal (the alignment of :func:`check`). With
    ``references``, it is the form the reference segment uses for that entry (compared
    after normalisation: case, Unicode form, spacing); source occurrences the reference
    does not render are not counted.
    """
    source_language, target_language = check_direction(source, target)
    if len(sources) != len(translations) or (references is not None and len(references) != len(sources)):
        counts = f"{len(sources)} sources, {len(translations)} translations"
        if references is not None:
            counts += f", {len(references)} references"
        raise TranslationError(f"term accuracy needs aligned segments: got {counts}")
    matcher = matcher or default_matcher()
    checker = _Checker(matcher, source_language, target_language)
    if references is None:
        for number, (source_text, translation) in enumerate(zip(sources, translations), start=1):
            checker.segment(number, source_text, translation)
        return checker.accuracy()
    index = checker.index
    for source_text, translation, reference in zip(sources, translations, references):
        checker.segments += 1
        required: dict[tuple[str, int | None], list[str]] = defaultdict(list)
        for match in matcher.annotate(reference):
            required[(match.term.id, match.ordinal)].append(" ".join(match.text.split()).casefold())
        produced: dict[tuple[str, int | None], list[str]] = defaultdict(list)
        for match in matcher.annotate(translation):
            produced[(match.term.id, match.ordinal)].append(" ".join(match.text.split()).casefold())
            for sense in index.senses(bare_surface(match)) - {match.term.id}:
                produced[(sense, match.ordinal)].append(" ".join(match.text.split()).casefold())
        wanted: dict[tuple[str, int | None], int] = defaultdict(int)
        for match in matcher.annotate(source_text):
            key = (match.term.id, match.ordinal)
            checker.terms[match.term.id] = match.term
            wanted[key] += 1
        for key, count in wanted.items():
            forms = list(required.get(key, ()))
            counted = min(count, len(forms))
            if not counted:
                continue
            checker.occurrences[key[0]] += counted
            available = list(produced.get(key, ()))
            correct = 0
            for form in forms[:counted]:
                if form in available:
                    available.remove(form)
                    correct += 1
            checker.correct[key[0]] += correct
    return checker.accuracy(with_references=True)
