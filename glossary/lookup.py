"""Looking a term up by any of its forms, in either language.

Scores run 0-100: an exact form (after normalisation: case, tone marks,
separators, British/American spelling) scores 100, an acronym in another case
97, a form typed without diacritics 95, and anything found by fuzzy matching
(typos, partial names) at most 94, so that exact and acronym hits always come first.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .model import Term, TermBase
from .normalize import acronym_key, fold_diacritics, folded_key, name_key

__all__ = ["LookupResult", "lookup", "suggest", "DEFAULT_MIN_SCORE"]

SCORE_EXACT = 100.0
SCORE_ACRONYM_OTHER_CASE = 97.0
SCORE_FOLDED = 95.0
SCORE_FUZZY_CEILING = 94.0
#: Results below this score are not results; the best of them become suggestions.
DEFAULT_MIN_SCORE = 70.0
#: Nothing below this is worth suggesting.
SUGGESTION_MIN_SCORE = 60.0
_FUZZY_CANDIDATES = 200
# A partial match (query inside a longer form) keeps this share of its score, plus
# the rest in proportion to how much of the longer string it covers.
PARTIAL_BASE_WEIGHT = 0.6


@dataclass(frozen=True)
class LookupResult:
    """A term found for a query, with its 0-100 score and the form that matched best."""

    term: Term
    score: float
    matched_form: str


class _LookupIndex:
    def __init__(self, termbase: TermBase) -> None:
        self.terms = termbase.terms
        self.by_name_key: dict[str, list[tuple[int, str]]] = {}
        self.by_acronym_key: dict[str, list[tuple[int, str]]] = {}
        self.by_folded_key: dict[str, list[tuple[int, str]]] = {}
        self.fuzzy_choices: list[str] = []
        self.fuzzy_owners: list[tuple[int, str]] = []
        for index, term in enumerate(termbase):
            for form in term.forms():
                owner = (index, form.text)
                key = name_key(form.text)
                if form.kind == "acronym":
                    self.by_acronym_key.setdefault(acronym_key(form.text), []).append(owner)
                self.by_name_key.setdefault(key, []).append(owner)
                self.by_folded_key.setdefault(folded_key(form.text), []).append(owner)
                self.fuzzy_choices.append(folded_key(form.text))
                self.fuzzy_owners.append(owner)

    def search(self, query: str, *, score_cutoff: float) -> list[LookupResult]:
        best: dict[int, LookupResult] = {}

        def offer(owners: list[tuple[int, str]], score: float) -> None:
            for index, form in owners:
                current = best.get(index)
                if current is None or score > current.score:
                    best[index] = LookupResult(self.terms[index], score, form)

        query_key = name_key(query)
        if not query_key:
            return []
        offer(self.by_acronym_key.get(acronym_key(query), []), SCORE_EXACT)
        exact_owners = self.by_name_key.get(query_key, [])
        offer([owner for owner in exact_owners if self._is_acronym(owner)], SCORE_ACRONYM_OTHER_CASE)
        offer([owner for owner in exact_owners if not self._is_acronym(owner)], SCORE_EXACT)
        query_folded = fold_diacritics(query_key)
        offer(self.by_folded_key.get(query_folded, []), SCORE_FOLDED)

        has_diacritics = query_folded != query_key
        # WRatio (C) picks the candidates; _similarity scores them fairly.
        for choice, _prefilter_score, position in process.extract(
            query_folded,
            self.fuzzy_choices,
            scorer=fuzz.WRatio,
            limit=_FUZZY_CANDIDATES,
            score_cutoff=score_cutoff,
        ):
            index, form = self.fuzzy_owners[position]
            score = _similarity(query_folded, choice)
            if has_diacritics:
                # Typed with accents: accents that differ count against the match.
                score = (score + _similarity(query_key, name_key(form))) / 2
            offer([(index, form)], round(min(SCORE_FUZZY_CEILING, score), 1))

        results = [result for result in best.values() if result.score >= score_cutoff]
        order = {term.id: position for position, term in enumerate(self.terms)}
        results.sort(key=lambda result: (-result.score, order[result.term.id]))
        return results

    def _is_acronym(self, owner: tuple[int, str]) -> bool:
        return owner[1] in self.terms[owner[0]].acronyms


def _similarity(query: str, choice: str) -> float:
    """0-100: whole-string similarity, or a partial match weighed by how much of the longer string it covers.

    WRatio alone rates a short query inside a long name (\"thuong ta\" in a
    36-letter title) at 85; weighing partial matches by coverage keeps those low.
    """
    shorter, longer = sorted((len(query), len(choice)))
    coverage = shorter / longer if longer else 1.0
    partial = fuzz.partial_ratio(query, choice) * (PARTIAL_BASE_WEIGHT + (1 - PARTIAL_BASE_WEIGHT) * coverage)
    return max(fuzz.ratio(query, choice), partial)


_indexes: weakref.WeakKeyDictionary[TermBase, _LookupIndex] = weakref.WeakKeyDictionary()


def _index(termbase: TermBase) -> _LookupIndex:
    index = _indexes.get(termbase)
    if index is None:
        index = _indexes[termbase] = _LookupIndex(termbase)
    return index


def lookup(
    termbase: TermBase,
    query: str,
    *,
    limit: int = 10,
    min_score: float = DEFAULT_MIN_SCORE,
    categories: Collection[str] | None = None,
) -> list[LookupResult]:
    """Terms matching ``query`` by any form, best first, each scoring at least ``min_score`` (0-100).

    ``categories``, when given, keeps only entries of those categories.
    """
    results = _index(termbase).search(query, score_cutoff=min_score)
    if categories is not None:
        results = [result for result in results if result.term.category in categories]
    return results[:limit]


def suggest(
    termbase: TermBase,
    query: str,
    *,
    limit: int = 3,
    below: float = DEFAULT_MIN_SCORE,
    categories: Collection[str] | None = None,
) -> list[LookupResult]:
    """The closest terms that scored under ``below``: "did you mean" material for a failed lookup."""
    results = _index(termbase).search(query, score_cutoff=SUGGESTION_MIN_SCORE)
    return [
        result
        for result in results
        if result.score < below and (categories is None or result.term.category in categories)
    ][:limit]
