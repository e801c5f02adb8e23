"""Normalisation of Vietnamese and English text, with a map back to the original.

One pipeline serves the term base (patterns), lookup queries and annotated
texts, so that all three compare equal when a reader would say they are equal:

1. NFC: decomposed input (NFD, as macOS and some CMS emit) is composed.
2. Canonical tone-mark placement: the older "hoà", "Uỷ", "khoẻ" become
   "hòa", "Ủy", "khỏe" (the placement Vietnamese press uses today). This is
   length-preserving: both spellings are two code points in NFC.
3. Separator folding: any run of whitespace (newline, non-breaking space...)
   and dashes becomes one space, so "Chính trị-An ninh", "Chính trị - An ninh"
   and "ADMM-Plus" / "ADMM Plus" compare equal. A zero-width space counts as a
   space; soft hyphens, zero-width joiners and BOMs are dropped. A closing apostrophe
   ("Ministers' Meeting") is dropped and any other one becomes ASCII "'".
4. ``lowered``: 1:1 lower-casing (names match in any case; acronyms do not).
5. ``folded``: 1:1 removal of diacritics, đ -> d, for text typed without accents.

Steps 1 and 3 change lengths, so :class:`NormalizedText` keeps an offset map:
``original_span(start, end)`` turns a span of the normalised views into a span
of the original text. ``lowered`` and ``folded`` share ``canonical``'s offsets.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "NormalizedText",
    "normalize",
    "name_key",
    "folded_key",
    "acronym_key",
    "fold_diacritics",
    "is_word_char",
    "canonical_tones",
]

_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_DECOMPOSED_CLUSTER = re.compile(f"(?s).[{_COMBINING}]+")

_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# \s already covers NBSP, narrow NBSP, figure space, line and paragraph separators.
# Invisible characters: a zero-width space separates words like a space ("Thượng\u200btướng"
# is two words); soft hyphen, zero-width (non-)joiners, word joiner and BOM are dropped. Either
# kind next to a separator joins its run, so each run still folds to exactly one space.
_ZERO_WIDTH_SPACE = "\u200b"
_INVISIBLE_CHARACTERS = "\u00ad\u200c\u200d\u2060\ufeff"
_SEPARATORS = f"\\s{_DASHES}{_ZERO_WIDTH_SPACE}"
_SEPARATOR_RUN_OR_INVISIBLE = re.compile(
    f"(?P<separator>[{_INVISIBLE_CHARACTERS}]*[{_SEPARATORS}][{_SEPARATORS}{_INVISIBLE_CHARACTERS}]*)"
    f"|[{_INVISIBLE_CHARACTERS}]+"
)
_RUN_CHARACTER = re.compile(f"[{_SEPARATORS}{_INVISIBLE_CHARACTERS}]")
# A lone plain space, the separator of almost every pair of words, needs no edit; every
# other run holds one of these. Searching for them (a character class, scanned in C)
# visits only the runs that need an edit, not every space of the text.
_NEEDS_EDIT = re.compile(f"[^\\S ]|[{_DASHES}{_ZERO_WIDTH_SPACE}{_INVISIBLE_CHARACTERS}]|  ")
_APOSTROPHES = "'\u2019\u2018\u02bc\u00b4`"
_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")

# Vowel pairs whose tone mark moves between the old and new styles, when the
# pair closes the syllable: o+a ("hoà"/"hòa"), o+e ("khoẻ"/"khỏe"), u+y ("Uỷ"/"Ủy").
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
_MOVABLE_PAIRS = (("o", "a"), ("o", "e"), ("u", "y"))


def _build_tone_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for first, second in _MOVABLE_PAIRS:
        for first_cased in (first, first.upper()):
            for second_cased in (second, second.upper()):
                for tone in _TONES:
                    old = first_cased + unicodedata.normalize("NFC", second_cased + tone)
                    new = unicodedata.normalize("NFC", first_cased + tone) + second_cased
                    table[old] = new
    return table


_TONE_TABLE = _build_tone_table()


def _toned(vowels: str) -> str:
    return "".join(sorted({old[1] for old in _TONE_TABLE if unicodedata.normalize("NFD", old[1])[0].lower() in vowels}))


# Character classes rather than an alternation of every pair: this runs on every text.
# Not after "q": in "quý" the u belongs to the consonant and the mark stays on y (the
# lookbehind sits after the vowel, so that every alternative starts with a literal and the
# regex engine skips ahead to the next o/O/u/U in C: five times faster than a leading lookbehind).
_OLD_TONE = re.compile(
    "("
    + "|".join(f"{vowel}(?<![qQ].)[{_toned(following)}]" for vowel, following in (("o", "ae"), ("O", "ae"), ("u", "y"), ("U", "y")))
    + ")(?!\\w)"
)


def canonical_tones(text: str) -> str:
    """Move tone marks to the placement Vietnamese press uses today ("hoà" -> "hòa").

    The input must be NFC. The result has the same length as the input.
    """
    return _OLD_TONE.sub(lambda match: _TONE_TABLE[match.group(1)], text)


# Vietnamese writes a syllable's final lone vowel i or y after a consonant either way ("sĩ quan"/"sỹ
# quan", "kĩ thuật"/"kỹ thuật", "Mĩ"/"Mỹ", "lí"/"lý"): both are the same word, so names compare with i.
# Lower case only (the names view); "y" alone ("y tế") and after "u" ("quy", "thủy") is another vowel.
_Y_TO_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")
# The y first, then what comes before it (lookbehinds): the regex engine skips ahead to the next y in C
# rather than trying the consonants at every position, four times faster.
_FINAL_Y = re.compile("[yýỳỷỹỵ](?!\\w)(?:(?<=(?<!\\w)[bdđhklmnprstvx].)|(?<=(?<!\\w)(?:ch|kh|nh|ph|th|tr).))")


def canonical_i(text: str) -> str:
    """Write a consonant's final lone y as i ("sỹ" -> "sĩ"), in lower-case text; the length is kept."""
    return _FINAL_Y.sub(lambda match: match.group().translate(_Y_TO_I), text)


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "D"}
    for code_point in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        character = chr(code_point)
        base = unicodedata.normalize("NFD", character)[0]
        if base != character and base.isascii():
            table[code_point] = base
    return table


_FOLD_TABLE = _build_fold_table()
# The same table as a string indexed by code point: str.translate looks a character up
# in it twice as fast as in a dict. Code points past its end are kept as they are.
_FOLD_STRING_TABLE = "".join(_FOLD_TABLE.get(code_point, chr(code_point)) for code_point in range(max(_FOLD_TABLE) + 1))


def fold_diacritics(text: str) -> str:
    """Remove diacritics 1:1 ("Quốc phòng" -> "Quoc phong", "Đà" -> "Da"); the input must be NFC."""
    return text.translate(_FOLD_STRING_TABLE)


def is_word_char(character: str) -> bool:
    """Unicode-aware word character: letters, digits and combining marks, never an ASCII set."""
    return character.isalnum() or unicodedata.category(character).startswith("M")


def _lower_one_to_one(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (e.g. "İ") lower to two code points: keep those as they are
    # so that every view shares one offset map.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class _EditMap:
    """Output of applying sorted, non-overlapping edits to a source string, and the way back."""

    text: str
    out_starts: tuple[int, ...]
    out_ends: tuple[int, ...]
    source_starts: tuple[int, ...]
    source_ends: tuple[int, ...]

    @classmethod
    def apply(cls, source: str, edits: list[tuple[int, int, str]]) -> _EditMap:
        pieces: list[str] = []
        out_starts: list[int] = []
        out_ends: list[int] = []
        source_starts: list[int] = []
        source_ends: list[int] = []
        position = 0
        out_length = 0
        for start, end, replacement in edits:
            pieces.append(source[position:start])
            out_length += start - position
            out_starts.append(out_length)
            source_starts.append(start)
            pieces.append(replacement)
            out_length += len(replacement)
            out_ends.append(out_length)
            source_ends.append(end)
            position = end
        pieces.append(source[position:])
        return cls(
            "".join(pieces),
            tuple(out_starts),
            tuple(out_ends),
            tuple(source_starts),
            tuple(source_ends),
        )

    def map_start(self, position: int) -> int:
        index = bisect_right(self.out_starts, position) - 1
        if index < 0:
            return position
        if position < self.out_ends[index]:
            return self.source_starts[index]
        return position - self.out_ends[index] + self.source_ends[index]

    def map_end(self, position: int) -> int:
        index = bisect_left(self.out_starts, position) - 1
        if index < 0:
            return position
        if position <= self.out_ends[index]:
            return self.source_ends[index]
        return position - self.out_ends[index] + self.source_ends[index]


def _compose_edits(text: str) -> _EditMap:
    if unicodedata.is_normalized("NFC", text):
        return _EditMap.apply(text, [])
    edits = []
    for cluster in _DECOMPOSED_CLUSTER.finditer(text):
        composed = unicodedata.normalize("NFC", cluster.group())
        if composed != cluster.group():
            edits.append((cluster.start(), cluster.end(), composed))
    return _EditMap.apply(text, edits)


def _separator_edits(text: str) -> _EditMap:
    edits: list[tuple[int, int, str]] = []
    position = 0
    while (found := _NEEDS_EDIT.search(text, position)) is not None:
        start = found.start()
        while start > position and _RUN_CHARACTER.match(text, start - 1):
            start -= 1  # the run began before this character (" \n", "  -")
        match = _SEPARATOR_RUN_OR_INVISIBLE.match(text, start)  # the whole run: its pattern is greedy
        if match is None:  # cannot happen: found's character starts or continues a run
            position = found.end()
            continue
        if match.group("separator") is None:
            edits.append((match.start(), match.end(), ""))
        elif match.group() != " ":
            edits.append((match.start(), match.end(), " "))
        position = match.end()
    for match in _APOSTROPHE.finditer(text):
        following = text[match.end() : match.end() + 1]
        if not following or not is_word_char(following):
            edits.append((match.start(), match.end(), ""))
        elif match.group() != "'":
            edits.append((match.start(), match.end(), "'"))
    edits.sort()
    return _EditMap.apply(text, edits)


@dataclass(frozen=True)
class NormalizedText:
    """A text in its normalised views, with the way back to the original offsets."""

    original: str
    canonical: str
    lowered: str
    folded: str
    _composition: _EditMap = field(repr=False)
    _separators: _EditMap = field(repr=False)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of the normalised views to ``[start, end)`` of the original."""
        original_start = self._composition.map_start(self._separators.map_start(start))
        original_end = self._composition.map_end(self._separators.map_end(end))
        # An empty span at a dropped character maps past it; keep it empty.
        return original_start, max(original_start, original_end)


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` into its canonical, lowered and folded views (see the module doc)."""
    composition = _compose_edits(text)
    toned = canonical_tones(composition.text)
    separators = _separator_edits(toned)
    canonical = separators.text
    lowered = canonical_i(_lower_one_to_one(canonical))
    folded = fold_diacritics(lowered)
    return NormalizedText(text, canonical, lowered, folded, composition, separators)


# Term bases of 100k entries have about a million forms: the key cache must hold them all.
_KEY_CACHE_SIZE = 1 << 21


@lru_cache(maxsize=_KEY_CACHE_SIZE)
def _canonical_form(text: str) -> str:
    """``normalize(text.strip()).canonical.strip()``, without building an offset map (keys need none)."""
    text = text.strip()
    if not unicodedata.is_normalized("NFC", text):
        # As _compose_edits does: cluster by cluster, not the whole text's NFC.
        text = _DECOMPOSED_CLUSTER.sub(lambda match: unicodedata.normalize("NFC", match.group()), text)
    text = canonical_tones(text)
    return _separator_edits(text).text.strip()


def acronym_key(text: str) -> str:
    """How an acronym is compared: normalised, case kept ("ADMM-Plus" == "ADMM Plus")."""
    return _canonical_form(text)


@lru_cache(maxsize=_KEY_CACHE_SIZE)
def name_key(text: str) -> str:
    """How a name is compared: normalised and lower-cased ("Hoà Bình" == "hòa bình")."""
    return canonical_i(_lower_one_to_one(_canonical_form(text)))


def folded_key(text: str) -> str:
    """How a name typed without diacritics is compared ("Quoc phong" == "Quốc phòng")."""
    return fold_diacritics(name_key(text))
