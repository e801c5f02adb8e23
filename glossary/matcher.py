"""Finding and resolving terms in text.

A :class:`Matcher` is compiled once from a :class:`TermBase`; after that only
its caches change, so one instance can serve many threads. ``annotate(text)`` runs the
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
4. fuzzy: long names are cut into pigeonhole pieces (one more than the typos
   they allow); one Aho-Corasick pass over the folded view finds the pieces,
   the name written as it is and a common-subsequence bound drop most hits, and only word-aligned windows of
   about a name's length are scored with Damerau-Levenshtein; never every
   window against every term.

Then numbered meetings take their ordinal ("ADMM-14", "lần thứ 14", "14th"),
ambiguous forms pick a sense by context cues, and overlaps are resolved
longest-first. Offsets are always into the original text.
"""

from __future__ import annotations

import copy as _copy
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Generic, Literal, NamedTuple, TypeVar

import ahocorasick_rs
from rapidfuzz.distance import DamerauLevenshtein, LCSseq

from .errors import InputError
from .model import Term, TermBase
from .normalize import NormalizedText, acronym_key, fold_diacritics, folded_key, is_word_char, name_key, normalize
from .packed import PackedItems, Packer
from .ordinals import english_ordinal, ordinal_after, ordinal_after_quotes, ordinal_before, unit_number_after

__all__ = ["Alternative", "DefinedBy", "Evidence", "Match", "Matcher", "Method", "compile_matcher", "english_ordinal"]

Method = Literal["exact", "normalized", "folded", "fuzzy", "acronym", "defined"]
#: What chose the sense of an ambiguous form, strongest first: a definition in the document,
#: context cues near the mention, cues anywhere in the document, the entry's declared default
#: sense, or nothing (the first sense whose preferred name is the form). The last two are not evidence.
Evidence = Literal["definition", "context", "document", "default", "none"]
#: Senses chosen without evidence: renderers mark them as undecided.
UNDECIDED: frozenset[str] = frozenset({"default", "none"})

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
# Shorter names of three words or more are tried for the commonest typo only, two neighbouring letters
# swapped inside a word ("Tuyên bố chnug"): it seldom makes another syllable or word, where one letter
# changed often does ("an ninh mạng", cybersecurity; "an ninh mạnh").
SWAP_MIN_WORDS = 3
SWAP_MIN_CHARACTERS = 12
# Each misspelling is a key of the fuzzy stage's automaton: free to scan, not to build and hold. Names past
# this many misspellings (in term-base order; about 4,000 names, three times the bundled term base's) are
# not tried for swaps, so that a 100k-entry term base's automaton does not grow sixfold.
SWAP_MAX_MISSPELLINGS = 50_000
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
_WORD = re.compile(r"\w+")
# Before a word that starts a sentence: the text's start, or a sentence or clause end and spaces.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(\[]) *$")
#: Surnames: capitalised at a sentence start too, a name still follows them ("Nguyễn Hà Lan nói").
VIETNAMESE_SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm Mai "
    "Đinh Hà Lưu Tô Cao Tạ Châu Thái Quách Lương Văn Chu Nông Lò Kim Triệu".split()
)
# The surnames as English-language copy writes them ("Nguyen Van Nam"); not "To" and "Lo", English words.
_SURNAMES_WITHOUT_DIACRITICS = frozenset(fold_diacritics(name) for name in VIETNAMESE_SURNAMES) - {"To", "Lo"}
#: Honorifics: like surnames, a name follows them even at a sentence start ("Bà Nga nói" is Mrs Nga).
VIETNAMESE_HONORIFICS = frozenset("Ông Bà Chị Cô Chú Bác".split())
#: Function words capitalised at the start of a heading or sentence that no punctuation marks ("VOV.VN -
#: The Politburo decided"): no name ends with them, so a one-word name after them stands alone. Not
#: honorifics ("Bà Nga" is a person).
CAPITALISED_FUNCTION_WORDS = frozenset(
    "The A An This That These Those In On At Of For With By From To And But Its His Her Their Our As After "
    "Before During Under Over Both All Tại Theo Cùng Với Các Những Của Và Trong Sau Trước Khi Từ Tới Đến Ngoài".split()
)
_WORD_THEN_SPACE = re.compile(r"(\w+) $")
# Numbers in a name identify the unit ("Coast Guard Region 1", "Military Hospital 175"): a typo
# is never allowed to change, add or drop one.
_DIGIT_RUN = re.compile(r"\d+")
# A title right after these words is a deputy's ("Phó Tư lệnh Quân khu 7" is not the Commander of
# Military Region 7): such a match of a head's title is dropped, and the shorter names around it
# ("Phó Tư lệnh", "Quân khu 7") are read instead. Folded view, so "Pho Tu lenh" counts too.
_DEPUTY_BEFORE = re.compile(r"(?<!\w)(?:pho|deputy|vice) $")
# An acronym key made of an acronym (two capitals or more) and one capitalised word: "ADMM Plus".
_ACRONYM_WITH_SUFFIX = re.compile(r"(\w*[A-Z]\w*[A-Z]\w*) ([A-Z][a-z]+)")

# Pieces of the fuzzy stage's pigeonhole filter shorter than this hit too often to be worth it.
PIGEONHOLE_MIN_PIECE = 6

_METHOD_RANK = {"exact": 0, "acronym": 0, "defined": 0, "normalized": 1, "folded": 2, "fuzzy": 3}


def _overlaps_another_name(
    covered: list[_Candidate], covered_starts: list[int], start: int, end: int, form: _FuzzyForm, folded_text: str
) -> bool:
    """Whether a fuzzy window runs into an exact match of another entry that the name does not contain.

    A typo does not turn one name into another the text spells out in full: in "Đối thoại ... Việt
    Nam - Hà Lan" (the Netherlands) and "... Việt Nam - Ba Lan" (Poland), the country is matched
    exactly and is not part of "... Việt Nam - Thái Lan" or "... Việt Nam - Lào", which are one or
    two edits away. Exact matches the name contains ("Việt Nam") do not count.
    """
    index = bisect_right(covered_starts, end - 1) - 1
    while index >= 0 and covered[index].end > start:
        candidate = covered[index]
        if form.term not in candidate.terms and folded_text[candidate.start : candidate.end] not in form.key:
            return True
        index -= 1
    return False


@dataclass(frozen=True)
class Alternative:
    """Another sense of an ambiguous form, with the weight of the context cues that speak for it."""

    term: Term
    evidence: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.term.id, "vi": self.term.vi, "en": self.term.en, "evidence": self.evidence}


@dataclass(frozen=True)
class DefinedBy:
    """The definition in the document ("long form (ACR)") that a match relies on."""

    short: str
    long: str
    term_id: str | None = None  # the entry the long form resolves to, if it is a known term

    def to_dict(self) -> dict[str, Any]:
        return {"short": self.short, "long": self.long, "term": self.term_id}


@dataclass(frozen=True)
class Match:
    """One resolved term in a text: ``text[start:end] == match.text``, offsets in code points.

    A match of an ambiguous form says what chose its sense (``decided_by``, with
    the weight of that sense's cues in ``evidence``) and lists the other senses in
    ``alternatives``; other matches leave those empty. ``definition`` is set when a
    definition in the document decided the match (method ``defined``, or
    ``decided_by == "definition"``).
    """

    start: int
    end: int
    text: str
    term: Term
    method: Method
    score: float
    ordinal: int | None = None
    decided_by: Evidence | None = None
    evidence: float | None = None
    alternatives: tuple[Alternative, ...] = ()
    definition: DefinedBy | None = None

    @property
    def undecided(self) -> bool:
        """An ambiguous form whose sense no evidence chose (declared default, or the first sense)."""
        return self.decided_by in UNDECIDED

    def gloss(self, language: str) -> str:
        """The term's name in ``language`` ("vi"/"en"), with the ordinal when there is one."""
        name = self.term.name(language)
        if self.ordinal is None:
            return name
        if language == "en" and self.method == "acronym" and self.term.acronyms:
            name = self.term.acronyms[0]
        return self.term.with_number(name, self.ordinal, language)

    def shown_gloss(self, language: str) -> str:
        """The gloss as a reader sees it: for an undecided sense, every sense, each marked "?", the chosen first.

        "Permanent Court of Arbitration? or Framework Agreement on Comprehensive Partnership and Cooperation?"
        """
        if not self.undecided:
            return self.gloss(language)
        names = [self.gloss(language), *(alternative.term.name(language) for alternative in self.alternatives)]
        return " or ".join(f"{name}?" for name in dict.fromkeys(names))

    def shifted(self, offset: int) -> Match:
        """The same match with its offsets moved by ``offset`` (a chunk's place in a longer input)."""
        if not offset:
            return self
        # Positional construction: dataclasses.replace inspects the fields on every call.
        return Match(
            self.start + offset, self.end + offset, self.text, self.term, self.method, self.score, self.ordinal,
            self.decided_by, self.evidence, self.alternatives, self.definition,
        )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of a match (the stable contract documented in docs/json.md)."""
        shape = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": self.score,
            "method": self.method,
            "ordinal": self.ordinal,
            "gloss": {"en": self.gloss("en"), "vi": self.gloss("vi")},
            "term": self.term.to_dict(),
        }
        shape.update(self.extra_fields())
        return shape

    def extra_fields(self) -> dict[str, Any]:
        """The fields only some matches have: ``sense`` and ``alternatives`` (ambiguous forms), ``definition``."""
        extra: dict[str, Any] = {}
        if self.decided_by is not None:
            extra["sense"] = {"decided_by": self.decided_by, "evidence": self.evidence}
            extra["alternatives"] = [alternative.to_dict() for alternative in self.alternatives]
        if self.definition is not None:
            extra["definition"] = self.definition.to_dict()
        return extra


class _Pattern(NamedTuple):
    """What a key of an automaton stands for. A named tuple, not a dataclass: a large term base has
    hundreds of thousands of them, and a tuple is read back from the cache several times faster."""

    key: str
    terms: tuple[Term, ...]
    forms: tuple[str, ...]
    word_count: int
    generated: bool  # only generated variants (Term.forms): the fuzzy stage skips them
    series: bool  # one of its terms takes a number: an ordinal ("ADMM-14"), a unit's ("Sư đoàn 346")
    rank: bool  # every term is a rank
    # A two-syllable Vietnamese place name ("Hà Lan", "Thái Lan", "Vân Nam") is also a given name: "Nguyễn Thị
    # Hà Lan", "Nguyen Van Nam".
    given_name_like: bool


def _pattern(key: str, terms: tuple[Term, ...], forms: tuple[str, ...], *, word_count: int = 1, generated: bool = False) -> _Pattern:
    # A Vietnamese place name of two capitalised syllables ("Hà Lan", "Vân Nam") is also a given name.
    given_name_like = word_count == 2 and all(
        (form == term.vi or form in term.variants.get("vi", ())) and all(word[:1].isupper() for word in form.split())
        for term, form in zip(terms, forms)
    )
    return _Pattern(
        key,
        terms,
        forms,
        word_count,
        generated,
        series=any(term.takes_a_number for term in terms),
        rank=all(term.category == "rank" for term in terms),
        given_name_like=given_name_like,
    )


@dataclass(frozen=True)
class _Sense:
    term: Term
    form: str
    score: float
    decided_by: Evidence | None = None  # None: the form has one sense
    evidence: float | None = None
    alternatives: tuple[Alternative, ...] = ()


@dataclass(slots=True)
class _Candidate:
    start: int  # in the normalised views
    end: int
    terms: tuple[Term, ...]
    forms: tuple[str, ...]
    method: Method
    score: float
    ordinal: int | None = None


_Item = TypeVar("_Item")


class _Automaton(Generic[_Item]):
    """One Aho-Corasick automaton over a set of keys, reporting all their occurrences on word boundaries.

    Overlapping occurrences are all reported, those of one key too ("aa" twice in "aaa").
    """

    def __init__(self, patterns: Mapping[str, _Item]) -> None:
        #: What each key stands for (a :class:`_Pattern`, or the key itself for plain keys), reported with its hits.
        self.patterns = list(patterns.values())
        keys = list(patterns)
        # Per key: must the text around it not continue a word? Bit 1: its first character is a word
        # character; bit 2: its last one is (bytes: read back from a cache at once).
        self._edges = bytes(is_word_char(key[0]) | is_word_char(key[-1]) << 1 for key in keys)
        self._automaton = _build_automaton(keys)

    def find(self, haystack: str) -> list[tuple[_Item, int, int]]:
        """Every match on word boundaries, each hit checked once, with no call per hit."""
        if self._automaton is None:
            return []
        try:
            hits = self._automaton.find_matches_as_indexes(haystack, overlapping=True)
        except UnicodeEncodeError as error:
            code_point = ord(haystack[error.start])
            raise InputError(
                "<text>", f"contains a lone surrogate (U+{code_point:04X}); pass valid Unicode text"
            ) from None
        patterns = self.patterns
        if isinstance(patterns, PackedItems) and _reads_pay_unpacking(patterns, len(hits)):
            patterns = self.patterns = patterns.unpacked()  # many hits: no call per hit from now on
        edges = self._edges
        length = len(haystack)
        found = []
        for index, start, end in hits:
            edge = edges[index]
            if edge & 1 and start:
                before = haystack[start - 1]
                if before.isalnum() or (not before.isascii() and is_word_char(before)):
                    continue
            if edge & 2 and end < length:
                after = haystack[end]
                if after.isalnum() or (not after.isascii() and is_word_char(after)):
                    continue
            found.append((patterns[index], start, end))
        return found


def _reads_pay_unpacking(items: PackedItems[Any], reads: int) -> bool:
    """Count ``reads`` more of ``items``; True once so many that unpacking them all is the cheaper way on.

    Reading one item costs a few calls; unpacking all of them about as much as a fraction of their count
    read one by one: a short text reads what it needs, a long one unpacks once.
    """
    items.reads += reads
    return items.reads * _READS_PER_UNPACKED_ITEM > len(items)


_READS_PER_UNPACKED_ITEM = 4


def _accents_contradict(written: str, bare: str, forms: Iterable[str]) -> bool:
    """Whether, for every form, some word of the text carries another tone than the form's same word.

    A long name is read through missing diacritics ("Thu truong Bộ Quốc phòng", "các nươc ASEAN"), a tone
    on the wrong vowel ("trửong"), and diacritics a form written without them lacks (Việt Nam News's "Việt
    Nam People's Army" for "Viet Nam ..."), not through another tone: "thủ trưởng" (the Ministry's leaders)
    is not "thứ trưởng" (a Deputy Minister). ``written`` is the span's lowered view, ``bare`` its folded view
    (same length, as each form's key).
    """
    words = list(zip(written.split(" "), bare.split(" ")))
    return all(_another_tone(words, name_key(form)) for form in forms)


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


def _tones(word: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFD", word)) & _TONE_MARKS


def _another_tone(words: list[tuple[str, str]], key: str) -> bool:
    key_words = key.split(" ")
    if len(key_words) != len(words):
        return True
    return any(
        written != plain and key_word != plain and (tones := _tones(written)) and tones != _tones(key_word)
        for (written, plain), key_word in zip(words, key_words)
    )


def _titles_around_bodies(names: Mapping[str, _Pattern]) -> dict[str, tuple[tuple[str, _Pattern], ...]]:
    """Numbered body's name key -> (the words before it, the name) for each name that ends with it.

    "secretary of the party central committee" ends with "party central committee": written with the
    Committee's number inside ("Secretary of the 13th Party Central Committee"), the title is found from the
    body's match and the words before its ordinal.
    """
    around: dict[str, list[tuple[str, _Pattern]]] = defaultdict(list)
    for key, pattern in names.items():
        if not all(term.numbered_body is not None and not term.series for term in pattern.terms):
            continue
        words = key.split(" ")
        for index in range(1, len(words) - 1):
            body = names.get(" ".join(words[index:]))
            if body is not None and any(term.series for term in body.terms):
                around[body.key].append((" ".join(words[:index]) + " ", pattern))
                break
    return {key: tuple(titles) for key, titles in around.items()}


def _titles_around(body: _Candidate, titles: Iterable[tuple[str, _Pattern]], lowered: str) -> Iterator[_Candidate]:
    """The names that end with a numbered body, written around its ordinal: "Secretary of the [13th Party ...]"."""
    for words_before, pattern in titles:
        start = body.start - len(words_before)
        if start >= 0 and lowered.startswith(words_before, start) and (start == 0 or not is_word_char(lowered[start - 1])):
            yield _Candidate(start, body.end, pattern.terms, pattern.forms, "normalized", SCORE_NORMALIZED, body.ordinal)


def _on_word_boundaries(text: str, start: int, end: int, key: str) -> bool:
    if is_word_char(key[0]) and start > 0 and is_word_char(text[start - 1]):
        return False
    if is_word_char(key[-1]) and end < len(text) and is_word_char(text[end]):
        return False
    return True


class _FuzzyForm(NamedTuple):  # a named tuple for the same reason as _Pattern
    key: str  # folded
    lowered: str
    word_count: int
    term: Term
    form: str
    allowed_edits: int
    swap_only: bool  # a short name: only two neighbouring letters swapped (SWAP_MIN_WORDS)


class Matcher:
    """A term base compiled for matching. Thread-safe: once built, only caches change (see ``_recent``).

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
                key.lower(): pattern._replace(key=key.lower())
                for key, pattern in acronyms.items()
                if sum(character.isalnum() for character in key) >= LOWERCASE_ACRONYM_MIN_LETTERS
                and key.lower() not in names
            }
        )
        # Forms such as "ASEAN" in "ASEAN 37" (the 37th ASEAN Summit) count only with a number.
        self._numbered = _Automaton(numbered)
        # "Lao", "Thai": a country only right before another term (Term.modifier_forms), matched as written.
        self._modifiers = _Automaton(
            {acronym_key(form): _pattern(acronym_key(form), (term,), (form,)) for term in termbase for form in term.modifier_forms}
        )
        self._folded = _Automaton(folded_patterns)
        self._fuzzy_forms, anchor_owners = _index_fuzzy_forms(names)
        # Per anchor: (form index, offset of the piece in the name, allowed edits, name length, name key).
        self._fuzzy_anchor_owners = [tuple(owners) for owners in anchor_owners.values()]
        # Per anchor: the smallest and largest offset of its piece in its names, and their most allowed edits.
        self._fuzzy_anchor_reach = [
            (min(owner[1] for owner in owners), max(owner[1] for owner in owners), max(owner[2] for owner in owners))
            for owners in self._fuzzy_anchor_owners
        ]
        self._fuzzy_anchors = _build_automaton(list(anchor_owners))
        # The folded keys, for "is this window a name as written?": the folded automaton's own key index.
        self._exact_folded_keys: Collection[str] = self._folded._automaton or frozenset()
        #: The entries with context cues (the document pass counts them).
        self.cue_terms = tuple(term for term in termbase if term.context_cues)
        self._units_with_entries = _units_with_entries(names)
        self._titles_around_bodies = _titles_around_bodies(names)
        self._has_domestic = any(term.domestic for term in termbase)
        # Bodies and posts of another country, named with it ("Quân đội nhân dân Lào"): next to one of Viet
        # Nam's own posts they make it theirs, as a country does ("Bộ Tổng Tham mưu Quân đội nhân dân Lào").
        self._foreign_ids = _named_with_another_country(termbase) if self._has_domestic else frozenset()
        # Entry id -> the entry its words name when a province qualifies them (Term.provincial).
        self._provincial = {
            term.id: provincial
            for term in termbase
            if term.provincial and (provincial := termbase.get(term.provincial)) is not None
        }
        #: Acronym key -> the entries with that acronym (the document pass reads it; cached with the matcher,
        #: since normalising every acronym again is half a second for a 100k-entry term base).
        self.acronym_owners = _acronym_owners(termbase)
        self._cue_keys = {
            term.id: tuple(name_key(cue) for cue in term.context_cues) for term in termbase if term.context_cues
        }
        self._default_keys = {
            term.id: frozenset(name_key(form) for form in term.default_for) for term in termbase if term.default_for
        }
        # Every context cue, for counting them across a document (count_cues); built on first use.
        self._cue_automaton: _Automaton[str] | None = None
        # The views of the text annotated last (one per matcher; a thread that finds another text there
        # normalises its own): the document pass counts cues in the text just annotated.
        self._recent: NormalizedText | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_cue_automaton"] = None  # built again when first needed
        state["_recent"] = None
        return state

    def packed(self, packer: Packer) -> Matcher:
        """A copy whose terms, patterns and forms are packed to be read back one by one (:mod:`glossary.packed`).

        The on-disk cache writes this: a cached 100k-entry matcher then starts without unpickling its 100k
        terms and 600k patterns, and reads back the few a short text needs.
        """
        copy = Matcher.__new__(Matcher)
        state = self.__getstate__()
        state["termbase"] = packer.termbase()
        for name in ("_names", "_acronyms", "_lowercase_acronyms", "_numbered", "_modifiers", "_folded"):
            automaton = _copy.copy(state[name])
            automaton.patterns = packer.items(automaton.patterns)
            state[name] = automaton
        for name in ("_fuzzy_forms", "_fuzzy_anchor_owners", "_fuzzy_anchor_reach"):
            state[name] = packer.items(state[name])
        state["acronym_owners"] = packer.mapping(self.acronym_owners)
        copy.__dict__.update(state)
        return copy

    def _unpack_fuzzy_index(self) -> None:
        """Make the fuzzy stage's packed lists plain once reading them one by one costs more (many anchor hits)."""
        for name in ("_fuzzy_forms", "_fuzzy_anchor_owners", "_fuzzy_anchor_reach"):
            value = getattr(self, name)
            if isinstance(value, PackedItems):
                setattr(self, name, value.unpacked())

    def annotate(self, text: str, *, overlaps: bool = False, min_score: float = 0.0) -> list[Match]:
        """Every term in ``text``, in text order.

        ``overlaps=False`` (default) keeps the longest of overlapping matches;
        ``overlaps=True`` also returns the matches nested inside them.
        ``min_score`` (0-100) drops weaker matches.
        """
        normalized = normalize(text)
        self._recent = normalized  # for count_cues on the same text (the document pass), read back by identity
        modifier_spans: set[tuple[int, int]] = set()
        candidates = self._exact_candidates(normalized, modifier_spans)
        if self.folded_enabled:
            taken = {(candidate.start, candidate.end) for candidate in candidates}
            candidates.extend(self._folded_candidates(normalized, taken))
        candidates = _without_heads_after_deputy(candidates, normalized)
        chosen: list[_Candidate] | None = None
        if self.fuzzy_enabled and self._fuzzy_forms:
            covered = _select(candidates)
            fuzzy = _without_heads_after_deputy(list(self._fuzzy_candidates(normalized, covered)), normalized)
            if fuzzy:
                candidates.extend(fuzzy)
            elif not overlaps:
                chosen = covered  # nothing new to compete: the selection stands
        while True:
            if chosen is None:
                chosen = _deduplicate(candidates) if overlaps else _select(candidates)
            if "://" in text or "www." in text:
                chosen = _outside_urls(chosen, normalized)
            if modifier_spans:
                chosen = _modifiers_before_terms(chosen, modifier_spans, normalized)
            if self._has_domestic and any(term.domestic for candidate in chosen for term in candidate.terms):
                kept = _without_other_countries_posts(chosen, normalized, self._foreign_ids)
                if not overlaps and len(kept) < len(chosen):
                    # A name that overlapped a dropped post of Viet Nam's competes again without it: in "Tư
                    # lệnh Hải quân Brunei" the Vietnamese "Commander of the Navy" goes and "Hải quân Brunei",
                    # the Royal Brunei Navy, is read. Words inside the post are not ("Minister" of "Prime
                    # Minister of Thailand" is part of the other country's title, not a title of its own).
                    kept_ids = {id(candidate) for candidate in kept}
                    dropped = [candidate for candidate in chosen if id(candidate) not in kept_ids]
                    remaining = [
                        candidate
                        for candidate in candidates
                        if not any(post.start <= candidate.start and candidate.end <= post.end for post in dropped)
                    ]
                    hidden = any(
                        post.start < candidate.end and candidate.start < post.end for post in dropped for candidate in remaining
                    )
                    if hidden:
                        candidates, chosen = remaining, None
                        # A modifier kept before the dropped post ("Lao" in "Lao Foreign Minister") stays kept.
                        modifier_spans = modifier_spans - {(candidate.start, candidate.end) for candidate in kept}
                        continue
                chosen = kept
            break
        if self._provincial and any(term.id in self._provincial for candidate in chosen for term in candidate.terms):
            chosen = self._provincial_where_a_province_qualifies(chosen, normalized)
        matches = [self._resolve(candidate, normalized) for candidate in chosen]
        return [match for match in matches if match.score >= min_score]

    # -- stages ---------------------------------------------------------------

    def _exact_candidates(self, normalized: NormalizedText, modifier_spans: set[tuple[int, int]] | None = None) -> list[_Candidate]:
        """Names, acronyms and numbered forms; ``modifier_spans`` collects the spans of modifier forms."""
        found: list[_Candidate] = []
        add = found.append
        with_ordinal = self._with_ordinal
        one_word_after_names: list[tuple[_Pattern, int, int]] = []
        titles_around_bodies = self._titles_around_bodies
        for pattern, start, end in self._names.find(normalized.lowered):
            if pattern.word_count == 1:
                if not _written_as_a_name(pattern, normalized, start, end):
                    continue
                if _right_after_capitalised_word(normalized, start, end):
                    one_word_after_names.append((pattern, start, end))
                    continue
            if pattern.given_name_like and not _a_place_name_here(normalized, start, end):
                continue
            candidate = _Candidate(start, end, pattern.terms, pattern.forms, "normalized", SCORE_NORMALIZED)
            if pattern.series:
                candidate = with_ordinal(candidate, normalized)
                if candidate.start < start and pattern.key in titles_around_bodies:
                    found.extend(_titles_around(candidate, titles_around_bodies[pattern.key], normalized.lowered))
            add(candidate)
        for pattern, start, end in self._acronyms.find(normalized.canonical):
            candidate = _Candidate(start, end, pattern.terms, pattern.forms, "acronym", SCORE_ACRONYM)
            add(with_ordinal(candidate, normalized) if pattern.series else candidate)
        # Not canonical == lowered: the lowered view also writes a final y as i ("mỹ" -> "mĩ").
        if normalized.canonical.islower():
            for pattern, start, end in self._lowercase_acronyms.find(normalized.canonical):
                candidate = _Candidate(start, end, pattern.terms, pattern.forms, "acronym", SCORE_LOWERCASE_ACRONYM)
                add(with_ordinal(candidate, normalized) if pattern.series else candidate)
        for pattern, start, end in self._numbered.find(normalized.canonical):
            candidate = _Candidate(start, end, pattern.terms, pattern.forms, "acronym", SCORE_ACRONYM)
            if with_ordinal(candidate, normalized, suffix_only=True).ordinal is not None:
                add(candidate)
        if modifier_spans is not None:
            for pattern, start, end in self._modifiers.find(normalized.canonical):
                add(_Candidate(start, end, pattern.terms, pattern.forms, "normalized", SCORE_NORMALIZED))
                modifier_spans.add((start, end))
        if one_word_after_names:
            # "Defence Minister General Phan Van Giang", "Thailand Colonel ...": a one-word rank right after
            # a title or country the text names is the person's rank, not the end of another name
            # ("Director General", "Attorney General" end at no match of their own); any one-word name right
            # after a country is that country's ("Japanese Ambassador", "Vietnamese President").
            country_ends = {
                candidate.end for candidate in found if any(term.category == "country" for term in candidate.terms)
            }
            name_ends = country_ends | {
                candidate.end for candidate in found if " " in normalized.lowered[candidate.start : candidate.end]
            }
            for pattern, start, end in one_word_after_names:
                if len(normalized.lowered[:start].rstrip()) in (name_ends if pattern.rank else country_ends):
                    add(_Candidate(start, end, pattern.terms, pattern.forms, "normalized", SCORE_NORMALIZED))
        return found

    def _folded_candidates(
        self, normalized: NormalizedText, taken: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset()
    ) -> Iterator[_Candidate]:
        """Folded-name candidates, except those whose span is in ``taken`` (the spans of earlier stages).

        Every earlier candidate outranks a folded one of the same span (method
        rank), in both selection and deduplication, so such a candidate can never
        be chosen: skipping it changes no result, and most folded hits are names
        the first stage found with their diacritics.
        """
        lowered, folded = normalized.lowered, normalized.folded
        for pattern, start, end in self._folded.find(folded):
            if pattern.word_count == 1:
                continue  # "My", "Lao", "Uc" without accents are English and Vietnamese words
            if not pattern.series and (start, end) in taken:
                continue
            written, bare = lowered[start:end], folded[start:end]
            if written != bare:  # the text has diacritics here, and they are not all this name's
                if pattern.word_count < FOLDED_MIN_WORDS_WITH_DIACRITICS:
                    continue
                if _accents_contradict(written, bare, pattern.forms):
                    continue  # "thủ trưởng Bộ Quốc phòng" (the Ministry's leaders) is not "Thứ trưởng ..."
            if pattern.given_name_like and not _a_place_name_here(normalized, start, end):
                continue  # "Nguyen Van Nam" is a person, not Yunnan
            candidate = _Candidate(start, end, pattern.terms, pattern.forms, "folded", SCORE_FOLDED)
            if pattern.series:
                candidate = self._with_ordinal(candidate, normalized)
                if (candidate.start, candidate.end) in taken:
                    continue
            yield candidate

    def _fuzzy_candidates(self, normalized: NormalizedText, covered: list[_Candidate]) -> Iterator[_Candidate]:
        folded_text = normalized.folded
        # `covered` comes from _select: sorted by start and non-overlapping, so one
        # bisect finds the only span that could contain a window.
        covered_starts = [candidate.start for candidate in covered]
        windows = self._fuzzy_windows(folded_text, covered, covered_starts)
        if not windows:
            return
        exact_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for candidate in covered:
            for term in candidate.terms:
                exact_spans[term.id].append((candidate.start, candidate.end))
        fuzzy_end = 0
        for start in sorted(windows):
            if start < fuzzy_end:
                continue  # inside the previous fuzzy match
            container = bisect_right(covered_starts, start) - 1
            if container >= 0 and covered[container].start < start < covered[container].end:
                continue  # inside an exact match: a window starting here would cut it
            best: tuple[float, _FuzzyForm, int] | None = None
            for form_index, end in sorted(windows[start]):
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
                if form.swap_only and not _one_swap(window, form.key):
                    continue
                if _overlaps_another_name(covered, covered_starts, start, end, form, folded_text):
                    continue
                if _DIGIT_RUN.findall(window) != _DIGIT_RUN.findall(form.key):
                    continue  # "Coast Guard Region 5" is not Region 1 with a typo
                similarity = DamerauLevenshtein.normalized_similarity(normalized.lowered[start:end], form.lowered)
                if best is None or similarity > best[0]:
                    best = (similarity, form, end)
            if best is not None:
                similarity, form, end = best
                score = round(min(SCORE_FUZZY_CEILING, similarity * 100), 1)
                fuzzy_end = end
                yield self._with_ordinal(_Candidate(start, end, (form.term,), (form.form,), "fuzzy", score), normalized)

    def _fuzzy_windows(
        self, text: str, covered: list[_Candidate], covered_starts: list[int]
    ) -> dict[int, set[tuple[int, int]]]:
        """Window start -> {(form, window end)} worth scoring, found from anchors.

        A window within a name's allowed edits holds one of its pigeonhole
        pieces intact (:func:`_pigeonhole_pieces`). One C-level Aho-Corasick
        pass over the folded text finds the pieces; each hit places the name's
        start within the allowed edits of where the piece sits in it, and only
        word-aligned windows of about the name's length are returned. A hit
        whose every window lies inside one exact match, or starts inside one,
        is dropped at once (the scoring would skip those windows).
        """
        windows: dict[int, set[tuple[int, int]]] = {}
        anchors = self._fuzzy_anchors
        if anchors is None:
            return windows
        length = len(text)
        hits = anchors.find_matches_as_indexes(text, overlapping=True)
        if isinstance(self._fuzzy_anchor_owners, PackedItems) and _reads_pay_unpacking(self._fuzzy_anchor_owners, len(hits)):
            self._unpack_fuzzy_index()
        owners = self._fuzzy_anchor_owners
        reach = self._fuzzy_anchor_reach
        common_letters = LCSseq.similarity
        # The exact span each hit may lie in, looked up once per hit; (-1, -1) when there is none.
        span_start = span_end = -1
        for anchor_index, hit_start, _hit_end in hits:
            container = bisect_right(covered_starts, hit_start) - 1
            if container >= 0:
                span = covered[container]
                span_start, span_end = span.start, span.end
                nearest, farthest, most_allowed = reach[anchor_index]
                if span_start < hit_start - farthest - most_allowed and hit_start - nearest + most_allowed < span_end:
                    continue  # deep inside an exact match: every name's windows would start inside it (below)
            else:
                span_start = span_end = -1
            for form_index, offset, allowed, key_length, key in owners[anchor_index]:
                expected = hit_start - offset
                if span_start < expected - allowed and expected + allowed < span_end:
                    continue  # every window would start inside one exact match: the scoring skips those
                if span_start == expected - allowed and expected + key_length + allowed <= span_end:
                    continue  # ... or start where it starts and end inside it
                # (A misspelling of a short name, allowed no edits, is its own window: _index_fuzzy_forms.)
                if allowed:
                    if text.startswith(key, expected) and expected >= 0 and _stands_alone(text, expected, expected + key_length):
                        # The name itself, as written: the exact stages read it, and the scoring skips every
                        # window of it (the name, or a stretch of an exact match of it). Most hits are these.
                        continue
                    # Any window W here starts within `allowed` of `expected` and is within `allowed` of the
                    # name's length, so it lies inside the slice below; each edit (a transposition too) costs
                    # the longest common subsequence of W and the name at most one letter: one C call rules
                    # out a hit whose slice keeps fewer of the name's letters in order.
                    floor = key_length - allowed
                    around = text[max(0, expected - allowed) : expected + key_length + 2 * allowed]
                    if common_letters(around, key, score_cutoff=floor) < floor:
                        continue
                for start in range(max(0, expected - allowed), min(length, expected + allowed + 1)):
                    if not _is_regex_word_char(text[start]) or (start > 0 and _is_regex_word_char(text[start - 1])):
                        continue
                    target = start + key_length
                    for end in range(max(start + 1, target - allowed), min(length, target + allowed) + 1):
                        if _is_regex_word_char(text[end - 1]) and (end == length or not _is_regex_word_char(text[end])):
                            windows.setdefault(start, set()).add((form_index, end))
        return windows

    def _provincial_where_a_province_qualifies(self, candidates: list[_Candidate], normalized: NormalizedText) -> list[_Candidate]:
        """"Lao Cai Border Guard Command", "the Border Guard Command of Ha Giang province": a province's body."""
        for index, candidate in enumerate(candidates):
            if len(candidate.terms) != 1 or candidate.terms[0].id not in self._provincial:
                continue
            term, form = candidate.terms[0], candidate.forms[0]
            if form != term.en and form not in term.variants.get("en", ()):
                continue  # English word order only: a Vietnamese name takes "tỉnh" and has entries for it
            # A country right before it names no province ("Vietnam Border Guard High Command").
            previous = candidates[index - 1] if index else None
            after_a_country = (
                previous is not None
                and all(other.category == "country" for other in previous.terms)
                and normalized.canonical[previous.end : candidate.start].isspace()
            )
            if _PROVINCE_AFTER.match(normalized.canonical, candidate.end) or (
                not after_a_country and _right_after_capitalised_word(normalized, candidate.start, candidate.end)
            ):
                candidate.terms = (self._provincial[candidate.terms[0].id],)
        return candidates

    # -- resolution -------------------------------------------------------------

    def _with_ordinal(self, candidate: _Candidate, normalized: NormalizedText, *, suffix_only: bool = False) -> _Candidate:
        if not any(term.series for term in candidate.terms):
            if any(term.takes_number for term in candidate.terms):
                return self._with_unit_number(candidate, normalized)
            if any(term.numbered_body for term in candidate.terms):
                # "Phó Chủ tịch Quốc hội khóa XV": the body's number after the name; an English one inside it
                # ("Vice Chairman of the 15th National Assembly") is found from the body (_titles_around_bodies).
                lowered = normalized.lowered
                after = ordinal_after(lowered, normalized.canonical, candidate.end)
                if after is not None:
                    candidate.ordinal, candidate.end = after
                elif any(
                    lowered.startswith(name.lower(), candidate.start)
                    for term in candidate.terms
                    if term.numbered_body is not None
                    for name in term.numbered_body.en
                ):  # "15th National Assembly Deputy": the body's name opens the post's
                    before = ordinal_before(lowered, candidate.start)
                    if before is not None:
                        candidate.ordinal, candidate.start = before
            return candidate
        after = ordinal_after(normalized.lowered, normalized.canonical, candidate.end)
        if after is not None:
            candidate.ordinal, candidate.end = after
            return candidate
        quoted = ordinal_after_quotes(normalized.lowered, normalized.canonical, candidate.start, candidate.end)
        if quoted is not None:
            candidate.ordinal, candidate.end = quoted
            candidate.start -= 1  # the opening quote: the match holds both quotes
            return candidate
        if suffix_only:
            return candidate
        before = ordinal_before(normalized.lowered, candidate.start)
        if before is not None:
            candidate.ordinal, candidate.start = before
        return candidate

    def _with_unit_number(self, candidate: _Candidate, normalized: NormalizedText) -> _Candidate:
        """A numbered unit with its number: "Sư đoàn 346", "Division 346", "346th Division" (digits only).

        A unit with an entry of its own ("Lữ đoàn 171" = Brigade 171) is that entry however the number is
        written ("171st Brigade").
        """
        after = unit_number_after(normalized.lowered, candidate.end)
        if after is not None:
            candidate.ordinal, candidate.end = after
        else:
            before = ordinal_before(normalized.lowered, candidate.start)
            if before is None or not normalized.lowered[before[1]].isdigit():
                return candidate
            candidate.ordinal, candidate.start = before
        for term in candidate.terms:
            own = self._units_with_entries.get((term.id, candidate.ordinal))
            if own is not None:
                candidate.terms, candidate.forms, candidate.ordinal = own.terms, own.forms, None
                break
        return candidate

    def _choose_sense(self, candidate: _Candidate, normalized: NormalizedText) -> _Sense:
        if len(candidate.terms) == 1:
            return _Sense(candidate.terms[0], candidate.forms[0], candidate.score)
        window_start = max(0, candidate.start - CONTEXT_WINDOW)
        context = normalized.lowered[window_start : candidate.end + CONTEXT_WINDOW]
        here = (candidate.start - window_start, candidate.end - window_start)
        hits = [
            round(sum(_cue_weight(context, cue, here) for cue in self._cue_keys.get(term.id, ())), 6)
            for term in candidate.terms
        ]
        best_hits = max(hits)
        leaders = [index for index, count in enumerate(hits) if count == best_hits]
        score = candidate.score
        decided_by: Evidence = "context"
        if not (best_hits and len(leaders) == 1):
            score = SCORE_UNRESOLVED_SENSE
            # No cue decides: the sense the term base declares the default for this form, else
            # the sense whose preferred name is this form ("Colonel" is Thượng tá's English;
            # it is only a variant of Đại tá's), else the first.
            declared = [
                index
                for index in leaders
                if name_key(candidate.forms[index]) in self._default_keys.get(candidate.terms[index].id, ())
            ]
            preferred = [
                index
                for index in leaders
                if candidate.forms[index] in (candidate.terms[index].vi, candidate.terms[index].en)
            ]
            decided_by = "default" if declared else "none"
            leaders = declared or preferred or leaders
        index = leaders[0]
        alternatives = tuple(
            Alternative(term, hits[other]) for other, term in enumerate(candidate.terms) if other != index
        )
        return _Sense(candidate.terms[index], candidate.forms[index], score, decided_by, hits[index], alternatives)

    def _resolve(self, candidate: _Candidate, normalized: NormalizedText) -> Match:
        if len(candidate.terms) == 1:  # one sense (most matches): no _Sense to build
            sense = None
            term, form, score = candidate.terms[0], candidate.forms[0], candidate.score
        else:
            sense = self._choose_sense(candidate, normalized)
            term, form, score = sense.term, sense.form, sense.score
        start, end = normalized.original_span(candidate.start, candidate.end)
        surface = normalized.original[start:end]
        method: Method = candidate.method
        if method == "normalized" and surface == form:
            method = "exact"
            if score == SCORE_NORMALIZED:  # an unresolved sense keeps its low score
                score = SCORE_EXACT
        if sense is None or sense.decided_by is None:
            return Match(start, end, surface, term, method, score, candidate.ordinal)
        return Match(
            start, end, surface, sense.term, method, score, candidate.ordinal,
            decided_by=sense.decided_by, evidence=sense.evidence, alternatives=sense.alternatives,
        )  # fmt: skip

    def count_cues(self, text: str, terms: Iterable[Term]) -> dict[str, int]:
        """How often each term's context cues occur anywhere in ``text`` (on word boundaries).

        Every cue of every term is counted in one Aho-Corasick pass over the text's lowered view,
        the one :meth:`annotate` matched names in (reused when ``text`` is the text it annotated last).
        """
        cues = self._cue_automaton
        if cues is None:  # built on first use: only the document pass counts cues
            cues = self._cue_automaton = _Automaton(
                {cue: cue for keys in self._cue_keys.values() for cue in keys}
            )
        recent = self._recent
        lowered = recent.lowered if recent is not None and recent.original is text else normalize(text).lowered
        found = Counter(cue for cue, _start, _end in cues.find(lowered))
        return {term.id: sum(found[cue] for cue in self._cue_keys.get(term.id, ())) for term in terms}


def _written_as_a_name(pattern: _Pattern, normalized: NormalizedText, start: int, end: int) -> bool:
    """Whether a one-word name is written as one of its forms (or in capitals, or capitalised where a lower-case
    form opens a sentence): "giải pháp" is not France.

    One-word names ("Pháp", "Nga", "Lào") are proper nouns that are also parts of other words and names;
    they also must not follow a capitalised word (:func:`_right_after_capitalised_word`), so "Hoàng Anh
    Tuấn" is not the United Kingdom and "Nguyễn Thị Nga" is not Russia.
    """
    surface = normalized.canonical[start:end]
    written = {acronym_key(form) for form in pattern.forms}
    if surface in written or (surface.isupper() and any(form != form.lower() for form in written)):
        return True
    # A lower-case word is capitalised where it opens a sentence: "Cyberspace is ...", "Demining continues".
    return (
        surface[:1].isupper()
        and surface[:1].lower() + surface[1:] in written
        and _SENTENCE_START.search(normalized.canonical, max(0, start - 20), start) is not None
    )


# Two-syllable place names whose syllables, in lower case, are an everyday phrase: "góp phần lan tỏa"
# (helps spread) is not Finland. Other place names in lower case are read (all-lower-case text, sloppy copy).
_EVERYDAY_PHRASES_LIKE_PLACE_NAMES = frozenset({"phần lan", "phan lan"})


def _a_place_name_here(normalized: NormalizedText, start: int, end: int) -> bool:
    """Whether a two-syllable Vietnamese place name ("Hà Lan", "Vân Nam") names the place here.

    Not after a capitalised word, where it is part of a person's name ("Nguyễn Thị Hà Lan", "Nguyen Van
    Nam"), and not as an everyday phrase written in lower case ("góp phần lan tỏa").
    """
    if normalized.canonical[start:end] in _EVERYDAY_PHRASES_LIKE_PLACE_NAMES:
        return False
    return not _right_after_capitalised_word(normalized, start, end)


def _right_after_capitalised_word(normalized: NormalizedText, start: int, end: int) -> bool:
    """Whether the name at ``start`` follows a capitalised (not all-capitals) word, with only a space between."""
    previous_word = _WORD_THEN_SPACE.search(normalized.canonical, max(0, start - 40), start)
    if previous_word is None:
        return False
    word = previous_word.group(1)
    if not word[0].isupper() or word.isupper() or word in CAPITALISED_FUNCTION_WORDS:
        return False
    word_start = previous_word.start(1)
    if word not in VIETNAMESE_SURNAMES and word not in _SURNAMES_WITHOUT_DIACRITICS and word not in VIETNAMESE_HONORIFICS and _SENTENCE_START.search(normalized.canonical, max(0, word_start - 20), word_start):
        return False  # "Tại Hà Lan, ...": capitalised only because a sentence starts there
    # Only a space may separate them in the original: "Việt Nam - Mỹ" has a dash between.
    gap_start = normalized.original_span(previous_word.start(1), previous_word.end(1))[1]
    gap_end = normalized.original_span(start, end)[0]
    return normalized.original[gap_start:gap_end].isspace()


def _without_heads_after_deputy(candidates: list[_Candidate], normalized: NormalizedText) -> list[_Candidate]:
    """Drop title matches right after "Phó"/"Deputy"/"Vice": they are a deputy's title, not the head's."""
    folded = normalized.folded
    kept = [
        candidate
        for candidate in candidates
        if not (
            all(term.category == "title" for term in candidate.terms)
            and _DEPUTY_BEFORE.search(folded, max(0, candidate.start - 7), candidate.start)
        )
    ]
    return kept if len(kept) != len(candidates) else candidates


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


def _priority(candidate: _Candidate) -> tuple[int, int, float, bool, int]:
    # Of two equal spans, the one whose number is part of its name wins: "Sư đoàn 2" is its own entry
    # (Division 2), not the generic Sư đoàn with the number 2.
    return (
        -(candidate.end - candidate.start),
        _METHOD_RANK[candidate.method],
        -candidate.score,
        candidate.ordinal is not None,
        candidate.start,
    )


# A web address: its words ("qdnd.vn/.../truong-si-quan-khong-quan") are a slug, not text to translate.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+", re.IGNORECASE)


def _outside_urls(candidates: list[_Candidate], normalized: NormalizedText) -> list[_Candidate]:
    urls = [match.span() for match in _URL.finditer(normalized.original)]
    if not urls:
        return candidates
    kept = []
    for candidate in candidates:
        first, last = normalized.original_span(candidate.start, candidate.end)
        if not any(start <= first and last <= end for start, end in urls):
            kept.append(candidate)
    return kept


# Between a country and a post it qualifies: "US President", "China's Foreign Minister" (before the post);
# "Thủ tướng Thái Lan", "Minister of Defence of Japan" (after it).
_COUNTRY_THEN_POST = re.compile(r"\s*(?:['’]s?)?\s+")
_POST_THEN_COUNTRY = re.compile(r"\s+(?:of\s+(?:the\s+)?)?")


# After a body: "of the northern border province of Ha Giang", "of Quang Ninh province", "of Lao Cai Province".
_PROVINCE_AFTER = re.compile(
    r" of (?:(?:the )?(?:[a-z]+ ){0,4}[Pp]rovince of [A-Z]|(?:[A-Z][\w-]* ){1,4}[Pp]rovince(?!\w))"
)


def _modifiers_before_terms(
    candidates: list[_Candidate], modifier_spans: set[tuple[int, int]], normalized: NormalizedText
) -> list[_Candidate]:
    """Keep a modifier form ("Lao", "Thai") only right before another chosen term: "Lao Defence Minister",
    not "Lao Cai" or "Thai Nguyen". ``candidates`` are selected: sorted by start and non-overlapping."""
    canonical = normalized.canonical
    kept = []
    for index, candidate in enumerate(candidates):
        if (candidate.start, candidate.end) in modifier_spans:
            following = candidates[index + 1] if index + 1 < len(candidates) else None
            if following is None or not canonical[candidate.end : following.start].isspace():
                continue
        kept.append(candidate)
    return kept


def _without_other_countries_posts(
    candidates: list[_Candidate], normalized: NormalizedText, foreign_ids: frozenset[str] = frozenset()
) -> list[_Candidate]:
    """Drop Viet Nam's own posts and bodies (``domestic``) that another country qualifies.

    "US President" is not Viet Nam's State President, "Thủ tướng Thái Lan" not its Prime Minister: the
    generic words name the other country's post. So does a body named with another country
    (``foreign_ids``: "Bộ Tổng Tham mưu Quân đội nhân dân Lào"). A country marked ``domestic`` (Viet Nam)
    qualifies nothing away. ``candidates`` are selected: sorted by start and non-overlapping.
    """
    lowered = normalized.lowered

    def foreign_country(candidate: _Candidate) -> bool:
        return all(
            (term.category == "country" and not term.domestic) or term.id in foreign_ids for term in candidate.terms
        )

    kept = []
    for index, candidate in enumerate(candidates):
        if all(term.domestic and term.category != "country" for term in candidate.terms):
            before = candidates[index - 1] if index else None
            after = candidates[index + 1] if index + 1 < len(candidates) else None
            if (
                before is not None
                and foreign_country(before)
                and _COUNTRY_THEN_POST.fullmatch(lowered, before.end, candidate.start)
                and not _paragraph_break_between(normalized, before.end, candidate.start)
            ):
                continue
            if (
                after is not None
                and foreign_country(after)
                and _POST_THEN_COUNTRY.fullmatch(lowered, candidate.end, after.start)
                and not _paragraph_break_between(normalized, candidate.end, after.start)
            ):
                continue
        kept.append(candidate)
    return kept


_PARAGRAPH_BREAK = re.compile("\n[^\\S\n]*\n|\u2029")


def _paragraph_break_between(normalized: NormalizedText, start: int, end: int) -> bool:
    """Whether the original text between two spans of the normalised views holds a blank line: a headline
    ending with "Singapore" does not make the next paragraph's "Deputy Minister" Singapore's."""
    original_start, original_end = normalized.original_span(start, end)
    return _PARAGRAPH_BREAK.search(normalized.original, original_start, original_end) is not None


def _named_with_another_country(termbase: TermBase) -> frozenset[str]:
    """Ids of the bodies and posts one of whose names holds another country's name but none Viet Nam's."""
    countries: dict[str, bool] = {}  # name key of a country's form -> is it Viet Nam (domestic)?
    for term in termbase:
        if term.category == "country":
            for form in term.forms():
                countries[name_key(form.text)] = term.domestic
    longest = max((len(key.split()) for key in countries), default=0)
    foreign = set()
    for term in termbase:
        if term.category not in ("institution", "organisation", "title"):
            continue  # not meetings, documents or concepts: "Hội nghị Cấp cao ASEAN - Trung Quốc" is no body
        named: set[bool] = set()
        for form in term.forms():
            words = name_key(form.text).split()
            for size in range(1, longest + 1):
                for start in range(len(words) - size + 1):
                    domestic = countries.get(" ".join(words[start : start + size]))
                    if domestic is not None:
                        named.add(domestic)
        if named == {False}:
            foreign.add(term.id)
    return frozenset(foreign)


def _acronym_owners(termbase: TermBase) -> dict[str, tuple[Term, ...]]:
    owners: dict[str, dict[str, Term]] = {}
    for term in termbase:
        for acronym in term.acronyms:
            owners.setdefault(acronym_key(acronym), {}).setdefault(term.id, term)
    return {key: tuple(terms.values()) for key, terms in owners.items()}


def _units_with_entries(names: dict[str, _Pattern]) -> dict[tuple[str, int], _Pattern]:
    """(unit term id, number) -> the pattern of the entry named by the unit's name and that number.

    "lữ đoàn 171" is an entry of its own (Brigade 171), so Lữ đoàn numbered 171 is that entry.
    """
    found: dict[tuple[str, int], _Pattern] = {}
    for key, pattern in names.items():
        prefix, _, number = key.rpartition(" ")
        if not (number.isdigit() and len(number) <= 3 and prefix in names):
            continue
        for term in names[prefix].terms:
            if term.takes_number:
                found.setdefault((term.id, int(number)), pattern)
    return found


def _deduplicate(candidates: list[_Candidate]) -> list[_Candidate]:
    """The best candidate for each span (for ``overlaps=True``), in text order."""
    best: dict[tuple[int, int], _Candidate] = {}
    for candidate in sorted(candidates, key=_priority):
        best.setdefault((candidate.start, candidate.end), candidate)
    return sorted(best.values(), key=lambda candidate: (candidate.start, -candidate.end))


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest match wins: greedy by length, then method, then score; in text order."""
    chosen: list[_Candidate] = []
    # The chosen spans, sorted and disjoint: their starts and their ends, index for index.
    starts: list[int] = []
    ends: list[int] = []
    for candidate in sorted(candidates, key=_priority):
        start, end = candidate.start, candidate.end
        index = bisect_left(starts, start)
        if index < len(starts) and starts[index] < end:
            continue  # overlaps the next chosen span
        if index and ends[index - 1] > start:
            continue  # overlaps the previous one
        starts.insert(index, start)
        ends.insert(index, end)
        chosen.append(candidate)
    chosen.sort(key=_start)
    return chosen


def _start(candidate: _Candidate) -> int:
    return candidate.start


def _overlaps_sorted(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_left(taken, (start, start))
    if index < len(taken) and taken[index][0] < end:
        return True
    return index > 0 and taken[index - 1][1] > start



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
                key = acronym_key(form.text)
                acronyms[key].append((term, form.text))
                lowered_suffix = _lower_case_suffix(key)
                if lowered_suffix is not None:
                    acronyms[lowered_suffix].append((term, form.text))
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
        name_patterns[key] = _pattern(key, terms, forms, word_count=len(key.split()), generated=not written)

    acronym_patterns: dict[str, _Pattern] = {}
    for key, holders in acronyms.items():
        terms = _unique_terms(term for term, _form in holders)
        forms = tuple(next(form for term2, form in holders if term2 is term) for term in terms)
        acronym_patterns[key] = _pattern(key, terms, forms)
    numbered_patterns: dict[str, _Pattern] = {}
    for key, holders in numbered.items():
        terms = _unique_terms(term for term, _form in holders)
        forms = tuple(next(form for term2, form in holders if term2 is term) for term in terms)
        numbered_patterns[key] = _pattern(key, terms, forms)

    folded_holders: dict[str, set[str]] = defaultdict(set)
    folded_patterns: dict[str, _Pattern] = {}
    for key, pattern in name_patterns.items():
        folded = folded_key(key)
        folded_holders[folded].update(term.id for term in pattern.terms)
        if folded not in folded_patterns:
            folded_patterns[folded] = _pattern(folded, pattern.terms, pattern.forms, word_count=pattern.word_count)
    for folded, holder_ids in folded_holders.items():
        pattern = folded_patterns[folded]
        declared_senses = {term.id for term in pattern.terms}
        if holder_ids != declared_senses:
            del folded_patterns[folded]  # two entries fold to one spelling: accents decide, not us
    return name_patterns, acronym_patterns, numbered_patterns, folded_patterns


def _lower_case_suffix(key: str) -> str | None:
    """"ADMM Plus" -> "ADMM plus": English copy prints "ADMM-plus", "ADSOM-plus", "ADMM plus".

    Only an acronym followed by one capitalised word; the acronym part keeps its case,
    so "ADMM plans" stays ADMM and a word, and "Admm plus" is nothing.
    """
    found = _ACRONYM_WITH_SUFFIX.fullmatch(key)
    return f"{found.group(1)} {found.group(2).lower()}" if found else None


def _unique_terms(terms: Iterable[Term]) -> tuple[Term, ...]:
    seen: dict[str, Term] = {}
    for term in terms:
        seen.setdefault(term.id, term)
    return tuple(seen.values())


def _index_fuzzy_forms(
    names: dict[str, _Pattern],
) -> tuple[list[_FuzzyForm], dict[str, list[tuple[int, int, int, int, str]]]]:
    """Long unambiguous names, and how the fuzzy stage finds where they may be.

    Returns the forms and their anchors: piece of a name -> [(form, offset of the piece in the name,
    allowed edits, length of the name, the name)]. A short name (SWAP_MIN_WORDS) is anchored by each of its
    misspellings with two neighbouring letters of a word swapped that is not itself a name, whole: offset
    0, no edits, the misspelling as the name (the window is exactly the misspelling; the scoring then
    checks it against the name). So the one C-level pass over the text that finds the pieces finds them.
    """
    forms: list[_FuzzyForm] = []
    anchors: dict[str, list[tuple[int, int, int, int, str]]] = defaultdict(list)
    folded_names = {folded_key(key) for key in names}
    word_frequency: Counter[str] = Counter()
    swap_budget = SWAP_MAX_MISSPELLINGS
    for key, pattern in names.items():
        if len(pattern.terms) != 1 or pattern.generated:
            continue  # ambiguous forms need their exact spelling; generated ones are exact-stage conveniences
        folded = folded_key(key)
        words = _WORD.findall(folded)
        long_enough = len(words) >= FUZZY_MIN_WORDS and len(key) >= FUZZY_MIN_CHARACTERS
        swap_only = not long_enough and len(words) >= SWAP_MIN_WORDS and len(key) >= SWAP_MIN_CHARACTERS
        if swap_only:
            swap_budget -= len(folded)  # about one misspelling per character
            swap_only = swap_budget >= 0
        if not (long_enough or swap_only):
            continue
        allowed = 1 if swap_only else min(FUZZY_MAX_EDITS, max(1, len(folded) // FUZZY_CHARACTERS_PER_EDIT))
        forms.append(_FuzzyForm(folded, key, len(words), pattern.terms[0], pattern.forms[0], allowed, swap_only))
        word_frequency.update(set(words))
    for index, form in enumerate(forms):
        if form.swap_only:
            for misspelt in _swaps(form.key):
                owner = (index, 0, 0, len(misspelt), misspelt)
                if misspelt not in folded_names and owner not in anchors[misspelt]:
                    anchors[misspelt].append(owner)
            continue
        for offset, piece in _pigeonhole_pieces(form.key, form.allowed_edits, word_frequency):
            owner = (index, offset, form.allowed_edits, len(form.key), form.key)
            if owner not in anchors[piece]:
                anchors[piece].append(owner)
    return forms, {piece: owners for piece, owners in anchors.items() if owners}


def _swaps(key: str) -> Iterator[str]:
    """``key`` with two different neighbouring letters swapped, each way it can be."""
    for index in range(len(key) - 1):
        first, second = key[index], key[index + 1]
        if first != second and first.isalpha() and second.isalpha():
            yield key[:index] + second + first + key[index + 2 :]


def _one_swap(text: str, name: str) -> bool:
    """Is ``text`` ``name`` with two neighbouring letters of one word swapped?"""
    if len(text) != len(name):
        return False
    differ = [index for index, (got, expected) in enumerate(zip(text, name)) if got != expected]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and text[differ[0]] == name[differ[1]]
        and text[differ[1]] == name[differ[0]]
        and text[differ[0]].isalpha()
        and text[differ[1]].isalpha()
    )


def _pigeonhole_pieces(key: str, edits: int, word_frequency: Counter[str] | None = None) -> list[tuple[int, str]]:
    """``edits + 1`` pieces of ``key`` with one character left out between neighbours, with their offsets.

    Pigeonhole filter (Navarro, "A guided tour to approximate string matching",
    2001, section 8): a string within ``edits`` insertions, deletions or
    substitutions of ``key`` contains at least one of ``edits + 1`` disjoint
    pieces of it intact. The one-character gaps extend this to
    Damerau-Levenshtein: swapping two neighbouring characters across a
    piece's edge moves one of them into a gap, so it still breaks one piece only.

    Any split is correct; a rare piece is fast (fewer hits to check). So the
    gaps are the spaces between words, chosen so that every piece holds a word
    that few names share (``word_frequency``) and no piece is short; when the
    words do not allow that, the key is cut into equal lengths.
    """
    words = list(_WORD.finditer(key))
    best: tuple[tuple[int, int], tuple[int, ...]] | None = None
    if word_frequency is not None and len(words) > edits:
        # Gaps: the one-character separators between words, by the index of the word before them.
        gap_after = [index for index in range(len(words) - 1) if words[index + 1].start() - words[index].end() == 1]
        rarity = [word_frequency[word.group()] for word in words]
        penalty = len(word_frequency) + 1  # worse than any real frequency
        for chosen in combinations(gap_after, edits):
            bounds = [-1, *chosen, len(words) - 1]  # piece = words (left, right]
            cost = 0
            shortest = len(key)
            for left, right in zip(bounds, bounds[1:]):
                length = words[right].end() - words[left + 1].start()
                shortest = min(shortest, length)
                cost = max(cost, min(rarity[left + 1 : right + 1]) + (penalty if length < PIGEONHOLE_MIN_PIECE else 0))
            if best is None or (cost, -shortest) < best[0]:
                best = ((cost, -shortest), tuple(words[index].end() for index in chosen))
    if best is not None and -best[0][1] >= PIGEONHOLE_MIN_PIECE:
        bounds = [-1, *best[1], len(key)]
        return [(left + 1, key[left + 1 : right]) for left, right in zip(bounds, bounds[1:])]
    usable = len(key) - edits  # characters left for the pieces once the gaps are taken
    pieces: list[tuple[int, str]] = []
    position = 0
    for number in range(edits + 1):
        size = usable // (edits + 1) + (1 if number < usable % (edits + 1) else 0)
        pieces.append((position, key[position : position + size]))
        position += size + 1
    return pieces


def _build_automaton(keys: list[str]) -> _LazyAutomaton | None:
    return _LazyAutomaton(keys) if keys else None


# What each way of finding keys costs on this machine's kind of hardware, in nanoseconds: building the
# automaton, per character of all keys; looking one slice of the text up in a dict of the keys.
_BUILD_NS_PER_KEY_CHARACTER = 150
_SCAN_NS_PER_LOOKUP = 800


class _LazyAutomaton:
    """ahocorasick-rs over ``keys``, built when it pays; until then short texts are scanned key length by length.

    Rebuilding the automata is most of what a cached matcher costs to start (ahocorasick-rs automata do not
    pickle): about 8 s for a 100k-entry term base, 0.1 s for the bundled one. A short text is cheaper to
    scan by looking each of its slices of a key's length up among the keys of that length, which finds the
    same occurrences, reported in the same order (by end, then by start). Once the scanning done so far
    costs as much as building would, the automaton is built (at most twice the cheaper of the two,
    whatever comes).

    Pickled, the keys of each length are one sorted string (:class:`_SortedKeys`), searched by bisection
    and made a dict once a length is looked up often: a cached 100k-entry matcher does not create its
    600k key strings to scan one line.
    """

    def __init__(self, keys: list[str]) -> None:
        self._size = len(keys)
        # Length -> {key: its index}, or, read back from a pickle and not yet looked up much, _SortedKeys.
        self._by_length: dict[int, dict[str, int] | _SortedKeys] = {}
        for position, key in enumerate(keys):
            same_length = self._by_length.setdefault(len(key), {})
            assert isinstance(same_length, dict)
            if same_length.setdefault(key, position) != position:
                raise ValueError("the keys of an automaton must be distinct")
        self._lengths = tuple(sorted(self._by_length))
        self._build_cost = _BUILD_NS_PER_KEY_CHARACTER * sum(map(len, keys))
        self._automaton: Any = None
        self._scan_cost = 0

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_automaton"], state["_scan_cost"] = None, 0  # not picklable; built again when it pays
        state["_by_length"] = {
            length: _SortedKeys.of(keys, length) if isinstance(keys, dict) else keys
            for length, keys in self._by_length.items()
        }
        return state

    @property
    def built(self) -> bool:
        """Has the automaton been built (the texts scanned are long or many)?"""
        return self._automaton is not None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._keys_of_length(len(key), lookups=1).get(key) is not None

    def _keys_of_length(self, length: int, *, lookups: int) -> dict[str, int] | _SortedKeys:
        """The keys of ``length`` to look ``lookups`` slices up in: a dict once bisection would cost more."""
        keys = self._by_length.get(length)
        if keys is None:
            return {}
        if isinstance(keys, _SortedKeys) and keys.count_lookups(lookups):
            keys = self._by_length[length] = keys.as_dict()
        return keys

    def keys(self) -> list[str]:
        """The keys, in the order given."""
        ordered = [""] * self._size
        for length in self._lengths:
            keys = self._by_length[length]
            for key, position in (keys.as_dict() if isinstance(keys, _SortedKeys) else keys).items():
                ordered[position] = key
        return ordered

    def find_matches_as_indexes(self, haystack: str, overlapping: bool = True) -> list[tuple[int, int, int]]:
        """(key index, start, end) of every occurrence of every key, overlapping, ordered by end then start."""
        automaton = self._automaton
        if automaton is None:
            lookups = len(haystack) * len(self._lengths)
            if (self._scan_cost + lookups * _SCAN_NS_PER_LOOKUP) < self._build_cost:
                self._scan_cost += lookups * _SCAN_NS_PER_LOOKUP
                return self._scan(haystack)
            automaton = self._automaton = ahocorasick_rs.AhoCorasick(
                self.keys(),
                matchkind=ahocorasick_rs.MatchKind.Standard,
                # A contiguous NFA: built ten times faster than the DFA the library picks for
                # small sets, and scans as fast (1 MB of corpus, 1.4k and 22k keys).
                implementation=ahocorasick_rs.Implementation.ContiguousNFA,
            )
        return automaton.find_matches_as_indexes(haystack, overlapping=overlapping)  # type: ignore[no-any-return]

    def _scan(self, haystack: str) -> list[tuple[int, int, int]]:
        haystack.encode("utf-8")  # a lone surrogate fails here as it does in the automaton
        size = len(haystack)
        hits = []
        for length in self._lengths:
            if length > size:
                break
            get = self._keys_of_length(length, lookups=size - length + 1).get
            for start in range(size - length + 1):
                found = get(haystack[start : start + length])
                if found is not None:
                    hits.append((found, start, start + length))
        hits.sort(key=lambda hit: (hit[2], hit[1]))
        return hits


class _SortedKeys:
    """Keys of one length, sorted, in one string, with their indexes: looked up by bisection, no string per key.

    Joined with a separator (so that :meth:`as_dict` splits them at C speed), or, when a key holds the
    separator, run together after a leading one.
    """

    SEPARATOR = "\x00"
    # A bisection costs about as much as this many dict lookups: for a few lookups, cheaper than the dict.
    LOOKUPS_PER_BISECTION = 40

    def __init__(self, joined: str, length: int, positions: array[int]) -> None:
        self._joined = joined
        self._length = length
        self._positions = positions
        separated = not joined.startswith(self.SEPARATOR)
        self._stride = length + 1 if separated else length
        self._offset = 0 if separated else 1
        self._lookups = 0

    @classmethod
    def of(cls, keys: dict[str, int], length: int) -> _SortedKeys:
        ordered = sorted(keys)
        if any(cls.SEPARATOR in key for key in ordered):
            joined = cls.SEPARATOR + "".join(ordered)
        else:
            joined = cls.SEPARATOR.join(ordered)
        return cls(joined, length, array("l", (keys[key] for key in ordered)))

    def __reduce__(self) -> Any:
        return _SortedKeys, (self._joined, self._length, self._positions)

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, index: int) -> str:  # what bisect reads
        start = self._offset + index * self._stride
        return self._joined[start : start + self._length]

    def get(self, key: str) -> int | None:
        index = bisect_left(self, key)
        if index < len(self._positions) and self[index] == key:
            return self._positions[index]
        return None

    def count_lookups(self, lookups: int) -> bool:
        """Count ``lookups`` more; True when so many that a dict is now cheaper than bisecting."""
        self._lookups += lookups
        return self._lookups * self.LOOKUPS_PER_BISECTION > len(self._positions)

    def as_dict(self) -> dict[str, int]:
        if self._offset == 0:
            keys: Iterable[str] = self._joined.split(self.SEPARATOR)
        else:
            keys = (self[index] for index in range(len(self._positions)))
        return dict(zip(keys, self._positions))


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is not part of a longer word at either end (the fuzzy stage's boundaries)."""
    return (start == 0 or not _is_regex_word_char(text[start - 1])) and (end >= len(text) or not _is_regex_word_char(text[end]))


def _is_regex_word_char(character: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern: the word boundaries of the fuzzy stage."""
    return character.isalnum() or character == "_"


def compile_matcher(termbase: TermBase, *, folded: bool = True, fuzzy: bool = True) -> Matcher:
    """Compile ``termbase`` for matching; ``folded``/``fuzzy`` switch those stages off."""
    return Matcher(termbase, folded=folded, fuzzy=fuzzy)

