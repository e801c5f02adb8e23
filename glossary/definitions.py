"""Acronym definitions written in a text: "long form (ACR)" and "ACR (long form)".

This is the algorithm of Schwartz and Hearst, "A simple algorithm for
identifying abbreviation definitions in biomedical text" (PSB 2003), adapted
to Vietnamese and to this term base, on plain strings:

1. Candidates are a parenthesis next to a phrase. When the parenthesis holds one
   short token that looks like an acronym, it is the short form and the phrase
   before it, within the sentence and at most ``min(n + 5, 2n)`` words for an
   ``n``-letter acronym, is the long-form candidate. When the word before the
   parenthesis is the acronym, the parenthesis is the long form.
2. The short form's letters are matched right to left against the candidate.
   Vietnamese abbreviations take the first letter of each syllable and skip
   function words ("đối ngoại quốc phòng" -> ĐNQP, "Quân đội nhân dân" -> QĐND;
   Đ/đ is kept as its own letter, and also matches a plain D), so they are matched
   against syllable initials first. English initialisms are tried the same way,
   then, as in the original algorithm, with letters inside words allowed
   (the first letter must still begin a word: "ReCAAP").
3. The long form starts at the word where the short form's first letter
   matched and runs to the end of the candidate, so trailing words that are
   not abbreviated ("... Phòng không các nước ASEAN (HNTLPK)") stay in it.

Short forms as the press prints them may carry a suffix inside the parenthesis: an
ordinal or a year ("ADMM-14", "UNCLOS 1982", "ADMM+ lần thứ 7"), which is not part of
the acronym (``Definition.acronym`` drops it), or one short capitalised word that is
("ADMM Hẹp", "ADSOM WG"). Only the acronym's own letters are matched.

Cross-language pairs, where the acronym comes from the English name of a
Vietnamese long form ("Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM)"),
cannot be matched by letters; ``known_acronyms`` lets the caller say which
acronyms the end of a candidate stands for in the term base.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .normalize import fold_diacritics

__all__ = [
    "Definition",
    "find_definitions",
    "split_short_form",
    "initials",
    "looks_like_acronym",
    "match_long_form",
]

# Schwartz & Hearst: short forms have 2 to 10 characters.
SHORT_FORM_MIN_CHARACTERS = 2
SHORT_FORM_MAX_CHARACTERS = 10
# An acronym has at least this many capital letters ("HNTLPK", "ReCAAP"), so that
# "(Mỹ)" or "(Hà Nội)" are not taken for one.
SHORT_FORM_MIN_CAPITALS = 2
# Schwartz & Hearst: the long form has at most min(n + 5, 2n) words for n letters.
LONG_FORM_EXTRA_WORDS = 5
LONG_FORM_WORDS_PER_LETTER = 2
# A word after the acronym inside the parenthesis ("ADMM Hẹp", "ADSOM WG", "ADMM Retreat") has at
# most this many letters: a suffix, not the start of a phrase ("ASEAN Secretariat" is a name).
SHORT_FORM_SUFFIX_WORD_MAX_LETTERS = 8
# A parenthesis with more words than this is prose, not a long form.
LONG_FORM_MAX_WORDS = 16

# A long form does not begin with a function word: "và tại Hà Nội (VN)" is no definition.
FUNCTION_WORDS = frozenset(
    "và với của các cho tại trong trên về theo từ đến là thì mà những một này đó khi để "
    "and of the for on in to at by with from a an as".split()
)

Pattern = Literal["long (SHORT)", "SHORT (long)"]
Basis = Literal["initials", "letters", "term"]

_PARENTHESIS = re.compile(r"\(([^()\n]{1,200})\)")
_WORD = re.compile(r"\w+")
# A sentence ends at these; a long form never runs across them.
_SENTENCE_END = re.compile(r"[.;:!?\n()\[\]]")
# Suffixes after an acronym that are not letters of it: "ADMM+", "ADSOM-Plus".
_ACRONYM_SUFFIX = re.compile(r"(?:[+]|[-‐–]?(?:Plus|plus|\d+))$")
# A short form in a parenthesis: the acronym, then an ordinal or a year ("ADMM-14", "UNCLOS 1982",
# "ADMM+ lần thứ 7"), or one capitalised word that belongs to it ("ADMM Hẹp", "ADSOM WG").
_SHORT_FORM = re.compile(
    rf"(?P<acronym>\S+?(?: [A-ZĐ][^\W\d_]{{0,{SHORT_FORM_SUFFIX_WORD_MAX_LETTERS - 1}}})?)"
    r"(?P<number>[-‐–]\d{1,3}|(?: lần thứ| thứ)? \d{1,4})?"
)


@dataclass(frozen=True)
class Definition:
    """A short form defined in a text by a long form; offsets into the text."""

    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int
    pattern: Pattern
    basis: Basis
    acronym: str = ""  # the short form without an ordinal or a year: "ADMM-14" -> "ADMM" (set by find_definitions)

    def __post_init__(self) -> None:
        if not self.acronym:
            object.__setattr__(self, "acronym", self.short)


def looks_like_acronym(token: str) -> bool:
    """2-10 characters, starting with a letter or digit, with at least two capitals and no spaces."""
    if not SHORT_FORM_MIN_CHARACTERS <= len(token) <= SHORT_FORM_MAX_CHARACTERS:
        return False
    if not token[0].isalnum() or any(character.isspace() for character in token):
        return False
    return sum(character.isupper() for character in token) >= SHORT_FORM_MIN_CAPITALS


def split_short_form(text: str) -> tuple[str, str] | None:
    """(acronym, number suffix) of a parenthesised short form, or None when ``text`` is none.

    "ADMM-14" -> ("ADMM", "-14"); "ADMM Hẹp" -> ("ADMM Hẹp", ""); "Rama X" -> None.
    """
    found = _SHORT_FORM.fullmatch(text)
    if found is None:
        return None
    acronym = found.group("acronym")
    head = acronym.split(" ")[0]
    if not looks_like_acronym(head):
        return None
    return acronym, found.group("number") or ""


# Keys of the letters seen so far: long-form candidates are scanned letter by letter.
_LETTER_KEY_CACHE_SIZE = 4096


@lru_cache(maxsize=_LETTER_KEY_CACHE_SIZE)
def _letter_key(character: str) -> str:
    """Letters compare without diacritics and case; "đ" stays "đ" (it is its own letter)."""
    lowered = character.lower()
    if lowered == "đ":
        return "đ"
    return fold_diacritics(lowered)


def _letters_match(short_letter: str, text_letter: str) -> bool:
    return _letter_key(text_letter) in _matching_keys(short_letter)


@lru_cache(maxsize=_LETTER_KEY_CACHE_SIZE)
def _matching_keys(short_letter: str) -> frozenset[str]:
    """The keys of the text letters that a letter of a short form matches."""
    short_key = _letter_key(short_letter)
    # Đ matches đ; a plain D in an acronym typed without diacritics matches đ too.
    return frozenset({short_key, "đ"}) if short_key == "d" else frozenset({short_key})


def initials(phrase: str) -> str:
    """The first letter of each word, capitalised: "đối ngoại quốc phòng" -> "ĐNQP"."""
    return "".join(word[0].upper() for word in _WORD.findall(phrase))


def _short_letters(short: str) -> str:
    core = _ACRONYM_SUFFIX.sub("", short) or short
    return "".join(character for character in core if character.isalnum())


def _max_words(letter_count: int) -> int:
    return min(letter_count + LONG_FORM_EXTRA_WORDS, letter_count * LONG_FORM_WORDS_PER_LETTER)


def match_long_form(short: str, candidate: str) -> tuple[int, Basis] | None:
    """Where the long form for ``short`` starts in ``candidate`` (which it ends), and how it matched; None if not."""
    letters = _short_letters(short)
    if len(letters) < SHORT_FORM_MIN_CHARACTERS:
        return None
    words = list(_WORD.finditer(candidate))
    if not words:
        return None
    for basis, start in (("initials", _match_initials(letters, words)), ("letters", _match_letters(letters, candidate))):
        if start is not None:
            first_word = _WORD.match(candidate, start)
            if first_word is None or first_word.group().lower() not in FUNCTION_WORDS:
                return start, basis  # type: ignore[return-value]
    return None


def _match_initials(letters: str, words: list[re.Match[str]]) -> int | None:
    """Every letter of the short form is the first letter of a word, right to left."""
    word_index = len(words) - 1
    for letter in reversed(letters):
        while word_index >= 0 and not _letters_match(letter, words[word_index].group()[0]):
            word_index -= 1
        if word_index < 0:
            return None
        word_index -= 1
    first = word_index + 1
    if len(words) - first > _max_words(len(letters)):
        return None
    return words[first].start()


def _match_letters(letters: str, candidate: str) -> int | None:
    """Schwartz & Hearst's matching: letters anywhere, the first one at the start of a word."""
    short_index = len(letters) - 1
    long_index = len(candidate) - 1
    while short_index >= 0:
        matching = _matching_keys(letters[short_index])
        while long_index >= 0 and (
            _letter_key(candidate[long_index]) not in matching
            or (short_index == 0 and long_index > 0 and candidate[long_index - 1].isalnum())
        ):
            long_index -= 1
        if long_index < 0:
            return None
        long_index -= 1
        short_index -= 1
    start = long_index + 1
    word_count = len(_WORD.findall(candidate[start:]))
    if word_count > _max_words(len(letters)) or word_count < 2 and len(letters) > 2:
        return None
    return start


def _candidate_before(text: str, end: int, allowed: int) -> int:
    """Start of the long-form candidate that ends at ``end``: same sentence, at most ``allowed`` words."""
    sentence_start = max(0, end - 400)
    for boundary in _SENTENCE_END.finditer(text, sentence_start, end):
        sentence_start = boundary.end()
    words = list(_WORD.finditer(text, sentence_start, end))
    return words[-allowed].start() if len(words) > allowed else (words[0].start() if words else end)


def find_definitions(
    text: str, *, known_acronyms: Callable[[str], Iterable[str]] | None = None
) -> list[Definition]:
    """Acronym definitions in ``text``, in text order.

    ``known_acronyms(phrase)``, if given, returns the acronyms of the term-base
    entries that ``phrase`` ends with; it lets a Vietnamese long form define
    the acronym of its English name (basis ``term``).
    """
    found: list[Definition] = []
    for parenthesis in _PARENTHESIS.finditer(text):
        inner = parenthesis.group(1)
        inner_start = parenthesis.start(1) + (len(inner) - len(inner.lstrip()))
        inner_text = inner.strip()
        split = split_short_form(inner_text)
        if split is not None:
            definition = _long_then_short(text, parenthesis.start(), inner_text, split[0], inner_start, known_acronyms)
        else:
            definition = _short_then_long(text, parenthesis.start(), inner_text, inner_start)
        if definition is not None:
            found.append(definition)
    return found


def _long_then_short(
    text: str,
    parenthesis_start: int,
    short: str,
    acronym: str,
    short_start: int,
    known_acronyms: Callable[[str], Iterable[str]] | None,
) -> Definition | None:
    end = parenthesis_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    letters = _short_letters(acronym.split(" ")[0])
    candidate_start = _candidate_before(text, end, _max_words(len(letters)))
    candidate = text[candidate_start:end]
    if not candidate.strip():
        return None
    short_end = short_start + len(short)
    matched = match_long_form(acronym.split(" ")[0], candidate)
    if matched is not None:
        offset, basis = matched
        long_start = candidate_start + offset
        return Definition(
            short, text[long_start:end], short_start, short_end, long_start, end, "long (SHORT)", basis, acronym
        )
    if known_acronyms is not None:
        # A translated name is not bound by the letter count: look further back, longest phrase first.
        candidate_start = _candidate_before(text, end, LONG_FORM_MAX_WORDS)
        candidate = text[candidate_start:end]
        for word in _WORD.finditer(candidate):
            phrase = candidate[word.start() :]
            known = set(known_acronyms(phrase))
            if short in known or acronym in known:
                long_start = candidate_start + word.start()
                return Definition(short, phrase, short_start, short_end, long_start, end, "long (SHORT)", "term", acronym)
    return None


def _short_then_long(text: str, parenthesis_start: int, inner: str, inner_start: int) -> Definition | None:
    before = list(_WORD.finditer(text, max(0, parenthesis_start - 40), parenthesis_start))
    if not before or text[before[-1].end() : parenthesis_start].strip():
        return None
    word = before[-1]
    short = word.group()
    if not looks_like_acronym(short):
        return None
    words = _WORD.findall(inner)
    if not 2 <= len(words) <= LONG_FORM_MAX_WORDS:
        return None
    matched = match_long_form(short, inner)
    if matched is None or matched[0] != 0:
        return None  # the whole parenthesis must be the long form
    return Definition(
        short, inner, word.start(), word.end(), inner_start, inner_start + len(inner), "SHORT (long)", matched[1]
    )
