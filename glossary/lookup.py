"""Looking a term up by any of its forms, in either language.

Scores run 0-100: an exact form (after normalisation: case, tone marks,
separators, British/American spelling) scores 100, an acronym in another case
97, a form typed without diacritics 95, a numbered meeting with its ordinal or
year ("ADMM-14", "14th ADMM", "ninth ADMM Plus", "ADMM lần thứ 14") 96 for an acronym
and 94 for a name, a query that reduces to a form's short form 93 (92 when only
a "Bộ Quốc phòng" suffix dropped makes it one and the whole query is another
form's short form), and anything found by
fuzzy matching (typos, partial names, other word orders) at most 92, so that
exact and acronym hits always come first.

Short forms ("core keys") are what is left of a form or a query once the words
translators leave out are gone: "Vietnam"/"Viet Nam"/"Vietnamese"/"Việt Nam",
"of"/"the"/"for", a "Bộ Tư lệnh"/"Binh chủng"/"Quân chủng" prefix, a
"Bộ Quốc phòng"/"Ministry of National Defence" suffix, "số"/"No." before a
number; abbreviations are expanded (Lt. -> lieutenant, Gen. -> general, Dept. ->
department, MR -> military region...) and Roman numerals become digits.

Fuzzy scores mix a character score (typos) with a word score that ignores word
order and weighs each word by how rare it is in the term base (a query made of
a distinctive part of a name, "Komodo", still finds the name). Numbers must
agree: "Quân đoàn 4" is never Quân đoàn 34, and a syllable is never matched
fuzzily, so "Thuong ta" is Thượng tá, never Thượng tướng.
"""

from __future__ import annotations

import math
import re
import weakref
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from .model import _BRITISH_TO_AMERICAN, RANK_WORD_SPELLINGS, Term, TermBase
from .normalize import acronym_key, fold_diacritics, folded_key, name_key
from .ordinals import ordinal_before, roman_value
from .packed import Packer

__all__ = ["LookupResult", "Sense", "lookup", "senses", "suggest", "DEFAULT_MIN_SCORE"]

SCORE_EXACT = 100.0
SCORE_ACRONYM_OTHER_CASE = 97.0
#: An acronym of a numbered meeting with its ordinal or year ("ADMM-14", "14th ADMM").
SCORE_ACRONYM_WITH_ORDINAL = 96.0
SCORE_FOLDED = 95.0
#: The name of a numbered meeting with its ordinal ("Hội nghị Cấp cao ASEAN lần thứ 37").
SCORE_NAME_WITH_ORDINAL = 94.0
#: The query and a form have the same short form (core key).
SCORE_SHORT_FORM = 93.0
SCORE_FUZZY_CEILING = 92.0
#: A query holding an acronym as written among other words ("ADMM meeting in Hanoi").
SCORE_ACRONYM_IN_QUERY = 80.0
#: Results below this score are not results; the best of them become suggestions.
DEFAULT_MIN_SCORE = 70.0
#: Nothing below this is worth suggesting.
SUGGESTION_MIN_SCORE = 60.0
#: Forms scored by character similarity: this many best by word score and this many closest by edit distance.
_CHAR_CANDIDATES = 40
#: Words of a query the word score looks at (a pasted paragraph is not a lookup; this bounds its cost).
_MAX_QUERY_WORDS = 32
#: Forms scored by words: those sharing the most rarity-weighted words with the query.
_WORD_CANDIDATES = 100
#: A word matched fuzzily counts its similarity (0-1) squared times this ("minstry" is probably, not surely, "ministry";
#: "minister" for "ministry" counts 0.73, so that the Minister and the Ministry do not tie).
FUZZY_WORD_DISCOUNT = 0.95
# A partial match (query inside a longer form) keeps this share of its score, plus
# the rest in proportion to how much of the longer string it covers.
PARTIAL_BASE_WEIGHT = 0.6
#: In the word score, the share given to how much of the query is explained (the rest: how much of the form).
QUERY_COVERAGE_WEIGHT = 0.65
#: Queries whose words weigh less than this share of a unique word's weight in total (a word's weight:
#: log(1 + forms / forms with the word); a unique word weighs log(1 + forms)) have their word score scaled
#: down in proportion. In the bundled term base a unique word ("Komodo") weighs about 7.7, "Bộ" about 2,
#: and the threshold is about 6.
DISTINCTIVE_QUERY_SHARE = 0.78
#: A word of five letters or more matches a word of the form fuzzily from this similarity (0-1) on.
WORD_SIMILARITY_MIN = 0.8
WORD_FUZZY_MIN_LENGTH = 5
#: Subtracted when the query has a number the form lacks (or another number).
NUMBER_MISMATCH_PENALTY = 25.0
#: Subtracted when the form has a number the query lacks ("Level-2 Field Hospital No. 5" for the generic query).
NUMBER_EXTRA_PENALTY = 4.0
#: Subtracted from a short-form or fuzzy match found only after expanding an abbreviation of the query.
REWRITE_PENALTY = 1.0

# --- short forms -----------------------------------------------------------------

_WORD = re.compile(r"[0-9a-z+]+")
# Words translators leave out of an English or Vietnamese name (folded, lower case).
_DROPPED_WORDS = frozenset({"of", "the", "for", "vietnam", "vietnamese", "s"})
# Abbreviations expanded in queries (folded, lower case, without the full stop).
_ABBREVIATIONS = {
    # Rank words, from the table the matcher generates rank spellings from ("Lt." -> "lieutenant").
    **{
        abbreviation.lower().rstrip("."): group[0].lower()
        for group in RANK_WORD_SPELLINGS
        for abbreviation in group[1:]
    },
    "cpt": "captain", "dept": "department", "min": "minister", "dep": "deputy", "mil": "military",
    "gov": "government", "govt": "government", "intl": "international", "natl": "national",
    "2nd": "second", "1st": "first", "mr": "military region", "na": "national assembly",
    "vpa": "peoples army", "tp": "thanh pho", "hcm": "ho chi minh", "tphcm": "thanh pho ho chi minh",
    "bchqs": "bo chi huy quan su", "chqs": "chi huy quan su", "qd": "quan doi", "qp": "quoc phong",
}  # fmt: skip
_PREFIXES = (("bo", "tu", "lenh"), ("binh", "chung"), ("quan", "chung"))
_SUFFIXES = (
    ("bo", "quoc", "phong"),
    ("ministry", "national", "defence"),
    ("tong", "cuc", "chinh", "tri"),
    ("quan", "doi", "nhan", "dan"),
)
_ORDINAL_WORD = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")


_AMERICAN_TO_BRITISH = {american: british for british, american in _BRITISH_TO_AMERICAN.items()} | {
    "mobilization": "mobilisation",
}
# A country's adjective is its name for lookup ("Chinese Defence Minister" = "Defence Minister of China").
# Both sides go through this, so that the Vietnamese syllables "lao", "thai" mapping too is harmless.
_COUNTRY_ADJECTIVES = {
    "chinese": "china", "japanese": "japan", "russian": "russia", "lao": "laos", "cambodian": "cambodia",
    "australian": "australia", "indian": "india", "korean": "korea", "singaporean": "singapore",
    "british": "uk", "thai": "thailand", "indonesian": "indonesia", "french": "france", "american": "us",
}


def _normal_word(word: str) -> str:
    """One word with American spelling made British and a country's adjective made the country's name."""
    word = _AMERICAN_TO_BRITISH.get(word, word)
    return _COUNTRY_ADJECTIVES.get(word, word)


# Vietnamese names of the countries of bilateral meetings (folded), and their short forms after "Việt -"
# ("Việt - Ấn" = "Việt Nam - Ấn Độ"): each becomes the English name's word, on both sides.
_VIETNAMESE_COUNTRIES = {("an", "do"): "india", ("trung", "quoc"): "china", ("hoa", "ky"): "us", ("my",): "us",
                         ("nhat", "ban"): "japan", ("han", "quoc"): "korea", ("nga",): "russia", ("phap",): "france",
                         ("uc",): "australia"}
_SHORT_COUNTRIES_AFTER_VIET = {"an": "india", "trung": "china", "nhat": "japan", "han": "korea", "anh": "uk", "lao": "laos"}


# "Việt" is Vietnam before these (and at the end): "Việt - Ấn", "Việt - Trung".
_AFTER_VIET = frozenset({"nam", "", *_VIETNAMESE_COUNTRIES.values(), *_SHORT_COUNTRIES_AFTER_VIET.values()})


def _words(folded: str) -> list[str]:
    """Words of a folded key: apostrophes and full stops dropped, "Viet Nam" joined, spelling and countries normalised."""
    text = folded.replace("'", "").replace("viet nam", "vietnam")
    words = _WORD.findall(text)
    out: list[str] = []
    position = 0
    while position < len(words):
        word = words[position]
        if out and out[-1] in ("viet", "vietnam") and word in _SHORT_COUNTRIES_AFTER_VIET and (
            tuple(words[position : position + 2]) not in _VIETNAMESE_COUNTRIES
        ):
            out.append(_SHORT_COUNTRIES_AFTER_VIET[word])
            position += 1
            continue
        for length in (2, 1):
            country = _VIETNAMESE_COUNTRIES.get(tuple(words[position : position + length]))
            if country and len(words[position : position + length]) == length:
                out.append(country)
                position += length
                break
        else:
            out.append(_normal_word(word))
            position += 1
    return out


def _core(words: list[str], *, query: bool = False) -> tuple[str, ...]:
    """The short form of a name's words (see the module doc).

    Suffixes ("Bộ Quốc phòng") are dropped from queries only: dropped from the term base's forms they
    would turn "Bộ trưởng Bộ Quốc phòng" into "Bộ trưởng", another entry.
    """
    kept: list[str] = []
    for position, word in enumerate(words):
        following = words[position + 1] if position + 1 < len(words) else ""
        if word in _DROPPED_WORDS:
            continue
        if word in ("so", "no") and (following.isdigit() or roman_value(following)):
            continue
        if word == "viet" and following in _AFTER_VIET:
            continue
        kept.append(str(roman_value(word) or word) if position else word)
    changed = True
    while changed and len(kept) > 2:
        changed = False
        for prefix in _PREFIXES:
            if tuple(kept[: len(prefix)]) == prefix and len(kept) > len(prefix):
                kept = kept[len(prefix) :]
                changed = True
        for suffix in _SUFFIXES if query else ():
            if tuple(kept[-len(suffix) :]) == suffix and len(kept) > len(suffix) + 1:
                kept = kept[: -len(suffix)]
                changed = True
    return tuple(kept)


def _expanded(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        out.extend(_ABBREVIATIONS.get(word, word).split())
    return out


def _leading_ordinal_in_words(words: list[str]) -> tuple[list[str], int] | None:
    """The words after an English ordinal in words that opens them ("ninth ADMM Plus", "twenty first ..."), and its
    number; None when none does or nothing follows it."""
    for count in (2, 1):
        if len(words) > count:
            opening = " ".join(words[:count]) + " "
            found = ordinal_before(opening, len(opening))
            if found is not None and found[1] == 0:
                return words[count:], found[0]
    return None


def _strip_ordinal(words: list[str]) -> tuple[list[str], int | None] | None:
    """The words without an ordinal or year ("(the) 14th X", "X 14", "X 14th", "X lan thu 14", "X khoa XV",
    "X XIII", "X 2024"), and the number."""
    if len(words) >= 3 and words[0] == "the" and (_ORDINAL_WORD.match(words[1]) or _leading_ordinal_in_words(words[1:])):
        words = words[1:]
    if len(words) >= 2 and (match := _ORDINAL_WORD.match(words[-1])):
        return words[:-1], int(match.group(1))
    if len(words) >= 2 and (match := _ORDINAL_WORD.match(words[0])):
        return words[1:], int(match.group(1))
    if (leading := _leading_ordinal_in_words(words)) is not None:
        return leading
    if not words:
        return None
    # "X lần thứ 14", and a Party congress or a legislature numbered in Roman numerals or after "khóa"
    # (the term) or "thứ": "Đại hội XIII", "Đại hội lần thứ XIV", "Quốc hội khóa XV", "Kỳ họp thứ 10", "thứ nhất".
    number = int(words[-1]) if words[-1].isdigit() else roman_value(words[-1]) or (1 if words[-1] == "nhat" else None)
    if number and len(words) >= 4 and words[-3:-1] == ["lan", "thu"]:
        return words[:-3], number
    if number and len(words) >= 3 and words[-2] in ("khoa", "thu"):
        return words[:-2], number
    if len(words) >= 2 and (number := roman_value(words[-1])):
        return words[:-1], number
    if len(words) >= 2 and words[-1].isdigit() and len(words[-1]) in (1, 2, 3, 4):
        return words[:-1], int(words[-1])
    return None


@dataclass(frozen=True)
class LookupResult:
    """A term found for a query, with its 0-100 score and the form that matched best.

    ``ordinal`` is the number of a numbered meeting read from the query ("ADMM-14" -> 14), else None.
    """

    term: Term
    score: float
    matched_form: str
    ordinal: int | None = None

    def name(self, language: str) -> str:
        """The entry's preferred name in ``language``, with the number the query gave it ("14th ADMM"'s meeting, "Division 346")."""
        name = self.term.name(language)
        return name if self.ordinal is None else self.term.with_number(name, self.ordinal, language)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of a result (docs/json.md): score and term, and for a numbered query its number and names."""
        payload: dict[str, Any] = {"score": self.score, "term": self.term.to_dict()}
        if self.ordinal is not None:
            payload["ordinal"] = self.ordinal
            payload["gloss"] = {language: self.name(language) for language in ("en", "vi")}
        return payload


class _LookupIndex:
    def __init__(self, termbase: TermBase) -> None:
        self.terms = termbase.terms
        self.order = {term.id: position for position, term in enumerate(self.terms)}
        self.by_name_key: dict[str, list[tuple[int, str]]] = {}
        self.by_acronym_key: dict[str, list[tuple[int, str]]] = {}
        self.by_folded_key: dict[str, list[tuple[int, str]]] = {}
        self.by_core: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        self.by_numbered_key: dict[str, list[tuple[int, str]]] = {}
        self.fuzzy_choices: list[str] = []
        self.fuzzy_owners: list[tuple[int, str]] = []
        form_words: list[tuple[str, ...]] = []  # the core words of each form, for the weights below
        self.by_word: dict[str, list[int]] = {}
        for index, term in enumerate(termbase):
            for form in term.forms():
                owner = (index, form.text)
                if form.kind == "numbered":
                    # "ASEAN" of the ASEAN Summit is that summit only with its number ("ASEAN 37").
                    self.by_numbered_key.setdefault(folded_key(form.text), []).append(owner)
                    continue
                key = name_key(form.text)
                if form.kind == "acronym":
                    self.by_acronym_key.setdefault(acronym_key(form.text), []).append(owner)
                self.by_name_key.setdefault(key, []).append(owner)
                folded = folded_key(form.text)
                self.by_folded_key.setdefault(folded, []).append(owner)
                core = _core(_words(folded))
                if core and form.kind != "acronym":
                    self.by_core.setdefault(core, []).append(owner)
                position = len(self.fuzzy_choices)
                self.fuzzy_choices.append(folded)
                self.fuzzy_owners.append(owner)
                form_words.append(core)
                for word in set(core):
                    self.by_word.setdefault(word, []).append(position)
        # Ambiguous form key -> the positions of the entries that declare it (for senses()).
        self.ambiguous: dict[str, list[int]] = {}
        for index, term in enumerate(termbase):
            for form in dict.fromkeys(name_key(form) for form in term.ambiguous_forms):
                self.ambiguous.setdefault(form, []).append(index)
        self.vocabulary = sorted(self.by_word)
        total = len(form_words) or 1
        self.weight = {word: math.log(1 + total / len(positions)) for word, positions in self.by_word.items()}
        self.unknown_weight = math.log(1 + total)
        # Plain dicts, not Counters: a Counter is rebuilt through Python when the cached index is read back
        # (half of a 100k-entry term base's second `lookup`); only words a form holds are looked up.
        self.form_counts = [dict(Counter(words)) for words in form_words]
        self.form_totals = [sum(self.weight[word] for word in words) for words in form_words]
        self.form_numbers = [frozenset(word for word in words if word.isdigit()) for words in form_words]

    def packed(self, packer: Packer) -> _LookupIndex:
        """A copy with its terms and its large, keyed or positional parts packed (:mod:`glossary.packed`): a
        cached 100k-entry index then answers a query after reading back only the buckets and forms it needs."""
        copy = _LookupIndex.__new__(_LookupIndex)
        copy.__dict__.update(self.__dict__)
        copy.terms = packer.table
        for name in ("by_name_key", "by_acronym_key", "by_folded_key", "by_core", "by_word", "weight", "order", "ambiguous"):
            setattr(copy, name, packer.buckets(getattr(self, name)))
        for name in ("fuzzy_owners", "form_counts", "form_numbers"):
            setattr(copy, name, packer.items(getattr(self, name)))
        return copy

    def search(self, query: str, *, score_cutoff: float) -> list[LookupResult]:
        best: dict[int, LookupResult] = {}
        # Fuzzy scores are capped; the uncapped score breaks ties among capped ones.
        raw: dict[int, float] = {}

        def offer(owners: list[tuple[int, str]], score: float, ordinal: int | None = None, uncapped: float | None = None) -> None:
            for index, form in owners:
                current = best.get(index)
                rank = uncapped if uncapped is not None else score
                if current is None or (score, rank) > (current.score, raw[index]):
                    best[index] = LookupResult(self.terms[index], score, form, ordinal)
                    raw[index] = rank

        query_key = name_key(query)
        if not query_key:
            return []
        offer(self.by_acronym_key.get(acronym_key(query), []), SCORE_EXACT)
        exact_owners = self.by_name_key.get(query_key, [])
        offer([owner for owner in exact_owners if self._is_acronym(owner)], SCORE_ACRONYM_OTHER_CASE)
        offer([owner for owner in exact_owners if not self._is_acronym(owner)], SCORE_EXACT)
        query_folded = fold_diacritics(query_key)
        offer(self.by_folded_key.get(query_folded, []), SCORE_FOLDED)

        words = _words(query_folded)
        expanded = _expanded(words)
        # Numbered meetings and units: the query without its number or year finds them ("ADMM-14", "14th ADMM",
        # "Sư đoàn 346").
        # An acronym as written among other words ("ADMM meeting", "[bold]ADMM") names its entry, weakly.
        tokens = _ACRONYM_TOKEN.findall(query)
        if len(tokens) > 1:
            for token in tokens:
                offer(self.by_acronym_key.get(acronym_key(token), []), SCORE_ACRONYM_IN_QUERY)
        # "Hội nghị ADMM": the meeting named by its acronym.
        bare_query = _LEADING_MEETING.sub("", query.strip())
        if bare_query != query.strip():
            offer(self.by_acronym_key.get(acronym_key(bare_query), []), SCORE_ACRONYM_WITH_ORDINAL)
        stripped = _strip_ordinal(words)
        if stripped is not None:
            rest, number = stripped
            rest_text = " ".join(rest)
            series_number = number if number < 1000 else None
            acronym_owners = [
                *self.by_acronym_key.get(acronym_key(_strip_ordinal_text(query)), []),
                *self.by_acronym_key.get(acronym_key(_strip_ordinal_text(bare_query)), []),
            ]
            for owners, score in (
                (acronym_owners, SCORE_ACRONYM_WITH_ORDINAL),
                (self.by_numbered_key.get(rest_text, []), SCORE_ACRONYM_WITH_ORDINAL),
                (self.by_folded_key.get(rest_text, []), SCORE_NAME_WITH_ORDINAL),
                (self.by_core.get(_core(rest, query=True), []), SCORE_SHORT_FORM),
            ):
                offer([o for o in owners if self.terms[o[0]].takes_a_number or number >= 1000], score, series_number)

        query_core = _core(words, query=True)
        expanded_core = _core(expanded, query=True)
        # Whole before shortened: "Bộ trưởng Bộ Quốc phòng Việt Nam" is the Minister of National Defence, whose
        # core its words are; its core without "Bộ Quốc phòng" is another entry's (Minister), a step behind.
        whole_core = _core(words)
        whole_owners = self.by_core.get(whole_core, []) if whole_core != query_core else []
        offer(whole_owners, SCORE_SHORT_FORM)
        offer(self.by_core.get(query_core, []), SCORE_SHORT_FORM - (REWRITE_PENALTY if whole_owners else 0.0))
        if expanded_core != query_core:
            offer(self.by_core.get(expanded_core, []), SCORE_SHORT_FORM - REWRITE_PENALTY)

        for candidate_core, penalty in ((query_core, 0.0), (expanded_core, REWRITE_PENALTY)):
            if penalty and candidate_core == query_core:
                continue
            for position, score in self._fuzzy(query_folded if not penalty else " ".join(expanded), candidate_core, query_key, query_folded, score_cutoff).items():
                if score - penalty < score_cutoff:
                    continue
                index, form = self.fuzzy_owners[position]
                offer([(index, form)], round(max(0.0, min(SCORE_FUZZY_CEILING, score) - penalty), 1), uncapped=score - penalty)

        results = [result for result in best.values() if result.score >= score_cutoff]
        # At equal scores a unit with an entry of its own ("Quân đoàn 4") comes before the generic level
        # that only takes the number ("Quân đoàn" + 4), as in the matcher; then an entry whose preferred
        # name the query is before one that has it as a variant ("Colonel": Thượng tá, then Đại tá, which
        # VNA writes "Colonel").
        results.sort(key=lambda result: (
            -result.score,
            result.ordinal is not None and result.term.takes_number,
            result.matched_form not in (result.term.vi, result.term.en),
            -raw[self.order[result.term.id]],
            self.order[result.term.id],
        ))
        return results

    def _fuzzy(self, text: str, core: tuple[str, ...], query_key: str, query_folded: str, score_cutoff: float) -> dict[int, float]:
        """Fuzzy scores by form position: the word score mixed with character similarity, numbers checked."""
        if not core:
            return {}
        core = core[:_MAX_QUERY_WORDS]
        similar = self._similar_words(core)
        query_weights = [(self.weight.get(word, self.unknown_weight), similar.get(word, {})) for word in core]
        query_total = sum(weight for weight, _ in query_weights)
        query_numbers = {word for word in core if word.isdigit()}
        # Candidates: the forms sharing the most (rarity-weighted) words with the query.
        shared: dict[int, float] = {}
        for weight, matches in query_weights:
            for word, similarity in matches.items():
                for position in self.by_word[word]:
                    shared[position] = shared.get(position, 0.0) + weight * similarity
        positions = set(sorted(shared, key=shared.__getitem__, reverse=True)[:_WORD_CANDIDATES])
        word_scores = {position: self._word_score(query_weights, query_total, position) for position in positions}
        # Character similarity (typos inside words, words run together) for the best word candidates and
        # the forms closest by plain edit distance (a cheap C scorer over every form).
        char_candidates = set(sorted(word_scores, key=word_scores.__getitem__, reverse=True)[:_CHAR_CANDIDATES])
        for _choice, _prefilter, position in process.extract(
            text, self.fuzzy_choices, scorer=fuzz.ratio, limit=_CHAR_CANDIDATES, score_cutoff=SUGGESTION_MIN_SCORE - 20
        ):
            char_candidates.add(position)
        has_diacritics = query_folded != query_key and text == query_folded
        scores: dict[int, float] = {}
        for position in positions | char_candidates:
            word_score = word_scores.get(position, 0.0)
            char_score = _similarity(text, self.fuzzy_choices[position]) if position in char_candidates else 0.0
            if has_diacritics and char_score:
                # Typed with accents: accents that differ count against the match.
                char_score = (char_score + _similarity(query_key, name_key(self.fuzzy_owners[position][1]))) / 2
            score = max(word_score, (word_score + char_score) / 2)
            form_numbers = self.form_numbers[position]
            if query_numbers - form_numbers:
                score -= NUMBER_MISMATCH_PENALTY
            elif form_numbers - query_numbers:
                score -= NUMBER_EXTRA_PENALTY
            scores[position] = score
        return scores

    def _similar_words(self, core: tuple[str, ...]) -> dict[str, dict[str, float]]:
        """For each query word, the term base's words it may stand for, with a 0-1 similarity."""
        similar: dict[str, dict[str, float]] = {}
        for word in set(core):
            matches: dict[str, float] = {}
            if word in self.by_word:
                matches[word] = 1.0
            if len(word) >= WORD_FUZZY_MIN_LENGTH and not word.isdigit():
                for other, score, _ in process.extract(
                    word, self.vocabulary, scorer=fuzz.ratio, limit=5, score_cutoff=WORD_SIMILARITY_MIN * 100
                ):
                    if len(other) >= WORD_FUZZY_MIN_LENGTH - 1 and other not in matches:
                        matches[other] = (score / 100) ** 2 * FUZZY_WORD_DISCOUNT
            similar[word] = matches
        return similar

    def _word_score(self, query_weights: list[tuple[float, dict[str, float]]], query_total: float, position: int) -> float:
        """0-100, word order ignored: the rarity-weighted share of the query's words the form explains, and of the form's words the query covers."""
        form_counts = self.form_counts[position]
        form_total = self.form_totals[position]
        if not query_total or not form_total:
            return 0.0
        query_found = 0.0
        covered: dict[str, float] = {}
        for weight, matches in query_weights:
            best_word, best = None, 0.0
            for other, similarity in matches.items():
                if similarity > best and other in form_counts:
                    best_word, best = other, similarity
            if best_word is not None:
                query_found += weight * best
                if best > covered.get(best_word, 0.0):
                    covered[best_word] = best
        form_found = sum(self.weight[word] * similarity * form_counts[word] for word, similarity in covered.items())
        # A query of common words only ("Bộ", "Hội nghị") says too little to stand for a longer name.
        distinctiveness = min(1.0, query_total / (DISTINCTIVE_QUERY_SHARE * self.unknown_weight))
        return distinctiveness * 100 * (
            QUERY_COVERAGE_WEIGHT * query_found / query_total + (1 - QUERY_COVERAGE_WEIGHT) * form_found / form_total
        )

    def _is_acronym(self, owner: tuple[int, str]) -> bool:
        return owner[1] in self.terms[owner[0]].acronyms


_TRAILING_ORDINAL = re.compile(r"(?i)(?:\s+\d{1,3}(?:st|nd|rd|th)|\s*[-\s]\s*\d{1,4}|\s+lần thứ\s+\d{1,3}|\s+lan thu\s+\d{1,3})$")
# A run of word characters with "+" ("ADMM+"), as the acronym index compares (case kept).
_ACRONYM_TOKEN = re.compile(r"[^\W_][\w+]*")
_LEADING_MEETING = re.compile(r"(?i)^(?:hội nghị|hoi nghi)\s+")
_LEADING_ORDINAL = re.compile(r"(?i)^(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s+")


def _strip_ordinal_text(query: str) -> str:
    """The query as typed without its ordinal, for the case-kept acronym index ("ADMM-14" -> "ADMM")."""
    return _LEADING_ORDINAL.sub("", _TRAILING_ORDINAL.sub("", query.strip()))


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


def lookup_index(termbase: TermBase) -> object:
    """The search index :func:`lookup` builds for ``termbase`` (built now if need be), for caching.

    Opaque: pickle it with the term base (one pickle, so that it refers to the
    same entries) and hand it back with :func:`adopt_lookup_index`.
    """
    return _index(termbase)


def adopt_lookup_index(termbase: TermBase, index: object) -> None:
    """Use ``index`` (from :func:`lookup_index`, e.g. unpickled with ``termbase``) for ``termbase``."""
    if not isinstance(index, _LookupIndex) or index.terms is not termbase.terms:
        raise ValueError("the index was not built for this term base")
    _indexes[termbase] = index


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


@dataclass(frozen=True)
class Sense:
    """One sense of an ambiguous form: its entry, the cues that select it, and whether it is the declared default."""

    term: Term
    cues: tuple[str, ...]
    default: bool

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.term.id, "vi": self.term.vi, "en": self.term.en, "cues": list(self.cues), "default": self.default}


def senses(termbase: TermBase, query: str) -> list[Sense]:
    """Every sense of ``query`` when the term base declares it an ambiguous form ("PCA", "Colonel"), else [].

    In term-base order; the text matcher picks among them by a definition in the
    document, then these cues near the form, then cues anywhere in the document,
    then the default (docs/matching.md).
    """
    key = name_key(query.strip())
    index = _indexes.get(termbase)  # lookup's index, when built or read from the cache, knows them
    if index is not None:
        declaring: Iterable[Term] = (index.terms[position] for position in index.ambiguous.get(key, ()))
    else:
        declaring = (term for term in termbase if key in {name_key(form) for form in term.ambiguous_forms})
    return [Sense(term, term.context_cues, key in {name_key(form) for form in term.default_for}) for term in declaring]
