"""Finding and resolving terms in text.

A :class:`Matcher` is compiled once from a :class:`TermBase` and is then
immutable, so one instance can serve many threads. ``annotate(text)`` runs the
stages cheapest first, each over one normalised view of the text (see
:mod:`glossary.normalize`):

1. names: one Aho-Corasick pass over the lower-cased view (NFC, canonical tone
   marks, folded separators), method ``exact`` or ``normalized``;
2. acronyms: one pass over the case-kept view; acronyms match only in their
   declared spellings, never through case or diacritic folding (``cốc`` is not
   COC, ``Ai`` is not AI), method ``acronym``;
3. folded names: one pass over the diacritic-free view, for text typed without
   accents, method ``folded``; a short name matches this way only where the text
   has no diacritics at all, so "Thượng tá" never becomes "Thượng tướng";
4. fuzzy: candidate windows that share a pair of a long name's first three
   words (one typo leaves a pair intact) and about its length are scored with
   Damerau-Levenshtein on the folded view; never every window against every term.

Then numbered meetings take their ordinal ("ADMM-14", "lần thứ 14", "14th"),
ambiguous forms pick a sense by context cues, and overlaps are resolved
longest-first. Offsets are always into the original text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from typing import Any, Literal

import ahocorasick_rs
from rapidfuzz.distance import DamerauLevenshtein

from .errors import InputError
from .model import Term, TermBase
from .normalize import NormalizedText, acronym_key, folded_key, is_word_char, name_key, normalize

__all__ = ["Match", "Matcher", "Method", "compile_matcher", "english_ordinal"]

Method = Literal["exact", "normalized", "folded", "fuzzy", "acronym", "defined"]

SCORE_EXACT = 100.0
SCORE_ACRONYM = 100.0
SCORE_NORMALIZED = 98.0
SCORE_FOLDED = 90.0
SCORE_LOWERCASE_ACRONYM = 90.0
# In text without capitals, acronyms with at least this many letters match in lower case.
LOWERCASE_ACRONYM_MIN_LETTERS = 4
# An ambiguous form whose context names no sense: kept, but flagged by its score.
SCORE_UNRESOLVED_SENSE = 50.0
# Fuzzy matches score at most this, below every exact kind of match.
SCORE_FUZZY_CEILING = 89.0

# A name is tried by the fuzzy stage only when it is long enough for one typo to
# be a small part of it: short names merge with other phrases ("Trung ương Đảng"
# is one letter from "Trung Đông đang", ranks are one word from each other).
FUZZY_MIN_WORDS = 4
FUZZY_MIN_CHARACTERS = 20
# Edits allowed on the folded view: one per this many characters, at most two.
FUZZY_CHARACTERS_PER_EDIT = 20
FUZZY_MAX_EDITS = 2
# Folded (accent-free) matching of names shorter than this many words requires the
# matched text to carry no diacritics at all.
FOLDED_MIN_WORDS_WITH_DIACRITICS = 3
# How far around an ambiguous form context cues are looked for, in characters,
# and at what distance a cue counts half as much as one right beside the form.
CONTEXT_WINDOW = 400
CUE_DISTANCE_HALVING = 60
# Ordinals of meeting series: 1 to 3 digits, so that "ASEAN 2020" stays a year.
_ORDINAL_AFTER = re.compile(r" ?(?:lần thứ |lan thu |thứ |thu |lần |lan )?(\d{1,3})(?!\w)")
_ORDINAL_BEFORE = re.compile(r"(?<!\w)(\d{1,3})(?:st|nd|rd|th) $")
_WORD = re.compile(r"\w+")
_WORD_THEN_SPACE = re.compile(r"(\w+) $")

_METHOD_RANK = {"exact": 0, "acronym": 0, "defined": 0, "normalized": 1, "folded": 2, "fuzzy": 3}


def english_ordinal(number: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd"."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


@dataclass(frozen=True)
class Match:
    """One resolved term in a text: ``text[start:end] == match.text``, offsets in code points."""

    start: int
    end: int
    text: str
    term: Term
    method: Method
    score: float
    ordinal: int | None = None

    def gloss(self, language: str) -> str:
        """The term's name in ``language`` ("vi"/"en"), with the ordinal when there is one."""
        name = self.term.name(language)
        if self.ordinal is None:
            return name
        if language == "en":
            short = self.term.acronyms[0] if self.method == "acronym" and self.term.acronyms else name
            return f"{english_ordinal(self.ordinal)} {short}"
        return f"{name} lần thứ {self.ordinal}"

    def shifted(self, offset: int) -> Match:
        """The same match with its offsets moved by ``offset`` (a chunk's place in a longer input)."""
        return replace(self, start=self.start + offset, end=self.end + offset)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of a match (the stable contract documented in docs/json.md)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": self.score,
            "method": self.method,
            "ordinal": self.ordinal,
            "gloss": {"en": self.gloss("en"), "vi": self.gloss("vi")},
            "term": self.term.to_dict(),
        }


@dataclass(frozen=True)
class _Pattern:
    key: str
    terms: tuple[Term, ...]
    forms: tuple[str, ...]
    word_count: int = 1
    generated: bool = False  # only generated variants (Term.forms): the fuzzy stage skips them


@dataclass
class _Candidate:
    start: int  # in the normalised views
    end: int
    terms: tuple[Term, ...]
    forms: tuple[str, ...]
    method: Method
    score: float
    ordinal: int | None = None


class _Automaton:
    """One Aho-Corasick automaton over a set of patterns, reporting all matches."""

    def __init__(self, patterns: dict[str, _Pattern]) -> None:
        self.patterns = list(patterns.values())
        keys = [pattern.key for pattern in self.patterns]
        self._automaton = (
            ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard) if keys else None
        )

    def find(self, haystack: str) -> Iterator[tuple[_Pattern, int, int]]:
        if self._automaton is None:
            return
        try:
            found = self._automaton.find_matches_as_indexes(haystack, overlapping=True)
        except UnicodeEncodeError as error:
            code_point = ord(haystack[error.start])
            raise InputError(
                "<text>", f"contains a lone surrogate (U+{code_point:04X}); pass valid Unicode text"
            ) from None
        for index, start, end in found:
            pattern = self.patterns[index]
            if _on_word_boundaries(haystack, start, end, pattern.key):
                yield pattern, start, end


def _on_word_boundaries(text: str, start: int, end: int, key: str) -> bool:
    if is_word_char(key[0]) and start > 0 and is_word_char(text[start - 1]):
        return False
    if is_word_char(key[-1]) and end < len(text) and is_word_char(text[end]):
        return False
    return True


@dataclass(frozen=True)
class _FuzzyForm:
    key: str  # folded
    lowered: str
    word_count: int
    term: Term
    form: str
    allowed_edits: int


class Matcher:
    """A term base compiled for matching. Immutable and thread-safe once built.

    Use :func:`compile_matcher`; then ``matcher.annotate(text)``.
    """

    def __init__(self, termbase: TermBase, *, folded: bool = True, fuzzy: bool = True) -> None:
        self.termbase = termbase
        self.folded_enabled = folded
        self.fuzzy_enabled = fuzzy
        names, acronyms, numbered, folded_patterns = _collect_patterns(termbase)
        self._names = _Automaton(names)
        self._acronyms = _Automaton(acronyms)
        # Text with no capital letters at all ("admm-14 họp tại hà nội") gets its long
        # acronyms in lower case; short ones ("ai", "som", "coc") are words there.
        self._lowercase_acronyms = _Automaton(
            {
                key.lower(): replace(pattern, key=key.lower())
                for key, pattern in acronyms.items()
                if sum(character.isalnum() for character in key) >= LOWERCASE_ACRONYM_MIN_LETTERS
                and key.lower() not in names
            }
        )
        # Forms such as "ASEAN" in "ASEAN 37" (the 37th ASEAN Summit) count only with a number.
        self._numbered = _Automaton(numbered)
        self._folded = _Automaton(folded_patterns)
        self._fuzzy_forms, self._fuzzy_index = _index_fuzzy_forms(names)
        self._exact_folded_keys = frozenset(folded_patterns)
        self._cue_keys = {
            term.id: tuple(name_key(cue) for cue in term.context_cues) for term in termbase if term.context_cues
        }

    def annotate(self, text: str, *, overlaps: bool = False, min_score: float = 0.0) -> list[Match]:
        """Every term in ``text``, in text order.

        ``overlaps=False`` (default) keeps the longest of overlapping matches;
        ``overlaps=True`` also returns the matches nested inside them.
        ``min_score`` (0-100) drops weaker matches.
        """
        normalized = normalize(text)
        candidates = list(self._exact_candidates(normalized))
        if self.folded_enabled:
            candidates.extend(self._folded_candidates(normalized))
        chosen: list[_Candidate] | None = None
        if self.fuzzy_enabled and self._fuzzy_forms:
            covered = _select(candidates)
            fuzzy = list(self._fuzzy_candidates(normalized, covered))
            if fuzzy:
                candidates.extend(fuzzy)
            elif not overlaps:
                chosen = covered  # nothing new to compete: the selection stands
        if chosen is None:
            chosen = _deduplicate(candidates) if overlaps else _select(candidates)
        matches = [self._resolve(candidate, normalized) for candidate in chosen]
        return [match for match in matches if match.score >= min_score]

    # -- stages ---------------------------------------------------------------

    def _exact_candidates(self, normalized: NormalizedText) -> Iterator[_Candidate]:
        for pattern, start, end in self._names.find(normalized.lowered):
            if pattern.word_count == 1 and not _one_word_name_stands_alone(pattern, normalized, start, end):
                continue
            yield self._with_ordinal(
                _Candidate(start, end, pattern.terms, pattern.forms, "normalized", SCORE_NORMALIZED), normalized
            )
        for pattern, start, end in self._acronyms.find(normalized.canonical):
            yield self._with_ordinal(
                _Candidate(start, end, pattern.terms, pattern.forms, "acronym", SCORE_ACRONYM), normalized
            )
        if normalized.canonical == normalized.lowered:
            for pattern, start, end in self._lowercase_acronyms.find(normalized.lowered):
                yield self._with_ordinal(
                    _Candidate(start, end, pattern.terms, pattern.forms, "acronym", SCORE_LOWERCASE_ACRONYM), normalized
                )
        for pattern, start, end in self._numbered.find(normalized.canonical):
            candidate = _Candidate(start, end, pattern.terms, pattern.forms, "acronym", SCORE_ACRONYM)
            if self._with_ordinal(candidate, normalized, suffix_only=True).ordinal is not None:
                yield candidate

    def _folded_candidates(self, normalized: NormalizedText) -> Iterator[_Candidate]:
        for pattern, start, end in self._folded.find(normalized.folded):
            if pattern.word_count == 1:
                continue  # "My", "Lao", "Uc" without accents are English and Vietnamese words
            if pattern.word_count < FOLDED_MIN_WORDS_WITH_DIACRITICS:
                span = normalized.lowered[start:end]
                if span != normalized.folded[start:end]:
                    continue  # the text has diacritics, and they are not this name's
            yield self._with_ordinal(
                _Candidate(start, end, pattern.terms, pattern.forms, "folded", SCORE_FOLDED), normalized
            )

    def _fuzzy_candidates(self, normalized: NormalizedText, covered: list[_Candidate]) -> Iterator[_Candidate]:
        folded_text = normalized.folded
        words = [(word.start(), word.end(), word.group()) for word in _WORD.finditer(folded_text)]
        # `covered` comes from _select: sorted by start and non-overlapping, so one
        # bisect finds the only span that could contain a window.
        covered_starts = [candidate.start for candidate in covered]
        exact_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for candidate in covered:
            for term in candidate.terms:
                exact_spans[term.id].append((candidate.start, candidate.end))
        fuzzy_end = 0
        for index, (start, _end, word) in enumerate(words):
            if start < fuzzy_end:
                continue  # inside the previous fuzzy match
            container = bisect_right(covered_starts, start) - 1
            if container >= 0 and covered[container].start < start < covered[container].end:
                continue  # inside an exact match: a window starting here would cut it
            best: tuple[float, _FuzzyForm, int] | None = None
            for form_index, end in self._fuzzy_windows(words, index):
                form = self._fuzzy_forms[form_index]
                allowed = form.allowed_edits
                if abs((end - start) - len(form.key)) > allowed:
                    continue  # more edits than allowed by length alone
                if container >= 0 and covered[container].start == start and end <= covered[container].end:
                    continue  # already explained by an exact match at least as long
                if _overlaps_sorted(exact_spans.get(form.term.id, []), start, end):
                    continue  # never stretch an exact match of the same term
                window = folded_text[start:end]
                distance = DamerauLevenshtein.distance(window, form.key, score_cutoff=allowed)
                if distance == 0 or distance > allowed or window in self._exact_folded_keys:
                    continue
                similarity = DamerauLevenshtein.normalized_similarity(normalized.lowered[start:end], form.lowered)
                if best is None or similarity > best[0]:
                    best = (similarity, form, end)
            if best is not None:
                similarity, form, end = best
                score = round(min(SCORE_FUZZY_CEILING, similarity * 100), 1)
                fuzzy_end = end
                yield self._with_ordinal(_Candidate(start, end, (form.term,), (form.form,), "fuzzy", score), normalized)

    def _fuzzy_windows(self, words: list[tuple[int, int, str]], index: int) -> Iterator[tuple[int, int]]:
        """(form, window end) pairs worth scoring for a window starting at word ``index``.

        One typo leaves at least one pair of the first three words intact, so
        forms are looked up by those pairs; within a pair, by word count, and
        only forms whose length is close to the window's are returned.
        """
        seen: set[tuple[int, int]] = set()
        first_three = [word for _start, _end, word in words[index : index + 3]]
        start = words[index][0]
        for pair_kind, (a, b) in enumerate(((0, 1), (0, 2), (1, 2))):
            if b >= len(first_three):
                continue
            groups = self._fuzzy_index.get((pair_kind, first_three[a], first_three[b]))
            if not groups:
                continue
            for word_count, (lengths, form_indexes) in groups.items():
                for size in (word_count - 1, word_count, word_count + 1):
                    if size < 1 or index + size > len(words):
                        continue
                    end = words[index + size - 1][1]
                    length = end - start
                    low = bisect_left(lengths, length - FUZZY_MAX_EDITS)
                    high = bisect_right(lengths, length + FUZZY_MAX_EDITS)
                    for form_index in form_indexes[low:high]:
                        if (form_index, end) not in seen:
                            seen.add((form_index, end))
                            yield form_index, end

    # -- resolution -------------------------------------------------------------

    def _with_ordinal(self, candidate: _Candidate, normalized: NormalizedText, *, suffix_only: bool = False) -> _Candidate:
        if not any(term.series for term in candidate.terms):
            return candidate
        lowered = normalized.lowered
        after = _ORDINAL_AFTER.match(lowered, candidate.end)
        if after and int(after.group(1)) > 0:
            candidate.ordinal = int(after.group(1))
            candidate.end = after.end()
            return candidate
        if suffix_only:
            return candidate
        before = _ORDINAL_BEFORE.search(lowered, max(0, candidate.start - 8), candidate.start)
        if before and int(before.group(1)) > 0:
            candidate.ordinal = int(before.group(1))
            candidate.start = before.start()
        return candidate

    def _choose_sense(self, candidate: _Candidate, normalized: NormalizedText) -> tuple[Term, str, float]:
        if len(candidate.terms) == 1:
            return candidate.terms[0], candidate.forms[0], candidate.score
        window_start = max(0, candidate.start - CONTEXT_WINDOW)
        context = normalized.lowered[window_start : candidate.end + CONTEXT_WINDOW]
        here = (candidate.start - window_start, candidate.end - window_start)
        hits = [
            round(sum(_cue_weight(context, cue, here) for cue in self._cue_keys.get(term.id, ())), 6)
            for term in candidate.terms
        ]
        best_hits = max(hits)
        leaders = [index for index, count in enumerate(hits) if count == best_hits]
        if best_hits and len(leaders) == 1:
            index = leaders[0]
            return candidate.terms[index], candidate.forms[index], candidate.score
        # No cue decides: prefer the sense whose preferred name is this form
        # ("Colonel" is Thượng tá's English; it is only a variant of Đại tá's).
        preferred = [
            index
            for index in leaders
            if candidate.forms[index] in (candidate.terms[index].vi, candidate.terms[index].en)
        ]
        index = (preferred or leaders)[0]
        return candidate.terms[index], candidate.forms[index], SCORE_UNRESOLVED_SENSE

    def _resolve(self, candidate: _Candidate, normalized: NormalizedText) -> Match:
        term, form, score = self._choose_sense(candidate, normalized)
        start, end = normalized.original_span(candidate.start, candidate.end)
        surface = normalized.original[start:end]
        method: Method = candidate.method
        if method == "normalized" and surface == form:
            method = "exact"
            if score == SCORE_NORMALIZED:  # an unresolved sense keeps its low score
                score = SCORE_EXACT
        return Match(start, end, surface, term, method, score, candidate.ordinal)


def _one_word_name_stands_alone(pattern: _Pattern, normalized: NormalizedText, start: int, end: int) -> bool:
    """One-word names ("Pháp", "Nga", "Lào") are proper nouns that are also parts of other words and names.

    They match only as written (or in an all-capitals text), so "giải pháp" is
    not France; and not right after a capitalised word, so "Hoàng Anh Tuấn" is
    not the United Kingdom and "Nguyễn Thị Nga" is not Russia.
    """
    surface = normalized.canonical[start:end]
    written = {acronym_key(form) for form in pattern.forms}
    if surface not in written and not (surface.isupper() and any(form != form.lower() for form in written)):
        return False
    previous_word = _WORD_THEN_SPACE.search(normalized.canonical, max(0, start - 40), start)
    if previous_word is None:
        return True
    word = previous_word.group(1)
    if not word[0].isupper() or word.isupper():
        return True
    # Only a space may separate them in the original: "Việt Nam - Mỹ" has a dash between.
    gap_start = normalized.original_span(previous_word.start(1), previous_word.end(1))[1]
    gap_end = normalized.original_span(start, end)[0]
    return not (normalized.original[gap_start:gap_end].isspace())


def _cue_weight(text: str, cue: str, here: tuple[int, int]) -> float:
    """Occurrences of ``cue`` in ``text``, each weighing less the farther it is from ``here``.

    With two senses in one paragraph, each occurrence takes the sense whose cues are nearest.
    """
    weight = 0.0
    position = text.find(cue)
    while position != -1:
        end = position + len(cue)
        if _on_word_boundaries(text, position, end, cue):
            distance = max(here[0] - end, position - here[1], 0)
            weight += 1 / (1 + distance / CUE_DISTANCE_HALVING)
        position = text.find(cue, position + 1)
    return weight


def _priority(candidate: _Candidate) -> tuple[int, int, float, int]:
    return (-(candidate.end - candidate.start), _METHOD_RANK[candidate.method], -candidate.score, candidate.start)


def _deduplicate(candidates: list[_Candidate]) -> list[_Candidate]:
    """The best candidate for each span (for ``overlaps=True``), in text order."""
    best: dict[tuple[int, int], _Candidate] = {}
    for candidate in sorted(candidates, key=_priority):
        best.setdefault((candidate.start, candidate.end), candidate)
    return sorted(best.values(), key=lambda candidate: (candidate.start, -candidate.end))


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest match wins: greedy by length, then method, then score; in text order."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for candidate in sorted(candidates, key=_priority):
        if not _overlaps_sorted(taken, candidate.start, candidate.end):
            _insert_sorted(taken, (candidate.start, candidate.end))
            chosen.append(candidate)
    chosen.sort(key=lambda candidate: candidate.start)
    return chosen


def _overlaps_sorted(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_left(taken, (start, start))
    if index < len(taken) and taken[index][0] < end:
        return True
    return index > 0 and taken[index - 1][1] > start


def _insert_sorted(taken: list[tuple[int, int]], span: tuple[int, int]) -> None:
    insort(taken, span)


def _collect_patterns(
    termbase: TermBase,
) -> tuple[dict[str, _Pattern], dict[str, _Pattern], dict[str, _Pattern], dict[str, _Pattern]]:
    names: dict[str, list[tuple[Term, str, bool]]] = defaultdict(list)
    acronyms: dict[str, list[tuple[Term, str]]] = defaultdict(list)
    numbered: dict[str, list[tuple[Term, str]]] = defaultdict(list)
    for term in termbase:
        for form in term.forms():
            if form.kind == "name":
                names[name_key(form.text)].append((term, form.text, form.generated))
            elif form.kind == "acronym":
                acronyms[acronym_key(form.text)].append((term, form.text))
            else:
                numbered[acronym_key(form.text)].append((term, form.text))

    name_patterns: dict[str, _Pattern] = {}
    for key, holders in names.items():
        written = [holder for holder in holders if not holder[2]]
        # A generated spelling that another entry writes out belongs to that entry.
        kept = written or holders
        terms = _unique_terms(term for term, _form, _generated in kept)
        if len(terms) > 1 and not written:
            continue  # two entries generate the same spelling: neither may claim it
        forms = tuple(next(form for term2, form, _g in kept if term2 is term) for term in terms)
        name_patterns[key] = _Pattern(key, terms, forms, word_count=len(key.split()), generated=not written)

    acronym_patterns: dict[str, _Pattern] = {}
    for key, holders in acronyms.items():
        terms = _unique_terms(term for term, _form in holders)
        forms = tuple(next(form for term2, form in holders if term2 is term) for term in terms)
        acronym_patterns[key] = _Pattern(key, terms, forms)
    numbered_patterns: dict[str, _Pattern] = {}
    for key, holders in numbered.items():
        terms = _unique_terms(term for term, _form in holders)
        forms = tuple(next(form for term2, form in holders if term2 is term) for term in terms)
        numbered_patterns[key] = _Pattern(key, terms, forms)

    folded_holders: dict[str, set[str]] = defaultdict(set)
    folded_patterns: dict[str, _Pattern] = {}
    for key, pattern in name_patterns.items():
        folded = folded_key(key)
        folded_holders[folded].update(term.id for term in pattern.terms)
        if folded not in folded_patterns:
            folded_patterns[folded] = _Pattern(folded, pattern.terms, pattern.forms, word_count=pattern.word_count)
    for folded, holder_ids in folded_holders.items():
        pattern = folded_patterns[folded]
        declared_senses = {term.id for term in pattern.terms}
        if holder_ids != declared_senses:
            del folded_patterns[folded]  # two entries fold to one spelling: accents decide, not us
    return name_patterns, acronym_patterns, numbered_patterns, folded_patterns


def _unique_terms(terms: Iterable[Term]) -> tuple[Term, ...]:
    seen: dict[str, Term] = {}
    for term in terms:
        seen.setdefault(term.id, term)
    return tuple(seen.values())


def _index_fuzzy_forms(
    names: dict[str, _Pattern],
) -> tuple[list[_FuzzyForm], dict[tuple[int, str, str], dict[int, tuple[list[int], list[int]]]]]:
    """Long unambiguous names, indexed by word pairs among their first three words, then word count, by length."""
    forms: list[_FuzzyForm] = []
    grouped: dict[tuple[int, str, str], dict[int, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for key, pattern in names.items():
        if len(pattern.terms) != 1 or pattern.generated:
            continue  # ambiguous forms need their exact spelling; generated ones are exact-stage conveniences
        folded = folded_key(key)
        words = _WORD.findall(folded)
        if len(words) < FUZZY_MIN_WORDS or len(key) < FUZZY_MIN_CHARACTERS:
            continue
        index = len(forms)
        allowed = min(FUZZY_MAX_EDITS, max(1, len(folded) // FUZZY_CHARACTERS_PER_EDIT))
        forms.append(_FuzzyForm(folded, key, len(words), pattern.terms[0], pattern.forms[0], allowed))
        for pair_kind, (a, b) in enumerate(((0, 1), (0, 2), (1, 2))):
            grouped[(pair_kind, words[a], words[b])][len(words)].append((len(folded), index))
    index_by_pair = {
        pair: {
            word_count: ([length for length, _ in sorted(entries)], [form for _, form in sorted(entries)])
            for word_count, entries in by_count.items()
        }
        for pair, by_count in grouped.items()
    }
    return forms, index_by_pair


def compile_matcher(termbase: TermBase, *, folded: bool = True, fuzzy: bool = True) -> Matcher:
    """Compile ``termbase`` for matching; ``folded``/``fuzzy`` switch those stages off."""
    return Matcher(termbase, folded=folded, fuzzy=fuzzy)

