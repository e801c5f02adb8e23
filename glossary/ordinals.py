"""Ordinals as the press writes them after and before the name of a recurring meeting or body.

Vietnamese puts the number after the name: in digits ("ADMM-14", "lần thứ 14"), in words ("lần thứ
ba", "lần thứ hai mươi mốt", also typed without diacritics), or in Roman numerals ("Đại hội XIV",
"Quốc hội khóa XV"). English puts it before: "14th", "Fourteenth", "twenty-first". These functions
read the lower-cased view of :mod:`glossary.normalize` (Roman numerals are checked for capitals in the
canonical view, so the word "vi" is never 6) and return the number with the span it covers.
"""

from __future__ import annotations

import re

__all__ = [
    "MAX_ORDINAL",
    "english_ordinal",
    "has_leading_ordinal",
    "ordinal_after",
    "ordinal_after_quotes",
    "ordinal_before",
    "roman_numeral",
    "roman_value",
    "strip_ordinal",
    "unit_number_after",
    "vietnamese_with_ordinal",
]

#: Ordinals above this are not read: "ASEAN 2020" is a year, not the 2020th summit.
MAX_ORDINAL = 999

_VI_UNITS = {
    "một": 1, "mốt": 1, "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "lăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
    # typed without diacritics
    "mot": 1, "nhat": 1, "tu": 4, "bon": 4, "nam": 5, "lam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}  # fmt: skip
_VI_TEN = ("mười", "muoi")
_VI_TENS = ("mươi", "muoi")
_VI_UNIT = "|".join(sorted(_VI_UNITS, key=len, reverse=True))


def _vietnamese_number(*, named: bool) -> str:
    """A number in words up to 99 ("ba", "mười lăm", "hai mươi mốt"); ``named`` keeps its parts' groups."""

    def group(name: str, pattern: str) -> str:
        return f"(?P<{name}>{pattern})" if named else f"(?:{pattern})"

    tens = f"{group('tens', _VI_UNIT)} (?:{'|'.join(_VI_TENS)})|{group('ten', '|'.join(_VI_TEN))}"
    return f"(?:{tens})(?: {group('unit', _VI_UNIT)})?|{group('alone', _VI_UNIT)}"


_VI_WORDS = _vietnamese_number(named=True)
# After the name: "ADMM-14", "ADMM 14", "lần thứ 14", "lần thứ ba", "khóa XV", "Đại hội XIV". Roman
# numerals are those of congresses and legislatures (X, V and I, up to 39); a lone letter only after
# "lần thứ" or "khóa", since "ADMM I attended" is English.
_AFTER = re.compile(
    rf" ?(?:(?:lần thứ |lan thu )(?:{_VI_WORDS}|(?P<digits>\d{{1,3}})|(?P<roman>[xvi]{{1,6}}))"
    r"|(?:thứ |thu )(?:(?P<day_digits>\d{1,3})|(?P<first>nhất))"  # other words after a bare "thứ" name weekdays: "thứ Hai" is Monday
    r"|(?:khóa |khoa )(?:(?P<term_digits>\d{1,3})|(?P<term_roman>[xvi]{1,6}))"
    r"|(?:lần |lan )?(?:(?P<bare_digits>\d{1,3})|(?P<bare_roman>[xvi]{2,6})))(?!\w)"
)
_DIGIT_GROUPS = ("digits", "day_digits", "term_digits", "bare_digits")
_EN_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_EN_TENTHS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60}
# Before the name: "14th ", "fourteenth ", "twenty-first ", "twentieth ", and the term of a Party or State
# body as Việt Nam News writes it: "14th-tenure " ("the 14th-tenure Politburo").
_BEFORE = re.compile(
    r"(?<!\w)(?:(?P<digits>\d{1,3})(?:st|nd|rd|th)(?:[- ]tenure)?"
    rf"|(?:(?P<tens>{'|'.join(_EN_TENS)})[ -])?(?P<unit>{'|'.join(_EN_UNITS)})"
    rf"|(?P<tenths>{'|'.join(_EN_TENTHS)})) $"
)
# How far before a name an English ordinal may start: "twenty-seventh " and a little more.
_BEFORE_REACH = 24
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
_CANONICAL_ROMAN = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")


def roman_numeral(number: int) -> str | None:
    """``number`` in capital Roman numerals as the press numbers terms (1 to 39: "XV"), else None."""
    if not 0 < number < 40:
        return None
    tens, units = divmod(number, 10)
    unit_numerals = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
    return "X" * tens + unit_numerals[units]


def vietnamese_with_ordinal(name: str, number: int, *, by_term: bool) -> str:
    """A Vietnamese name with its number: an occurrence ("ADMM lần thứ 14") or a term of office ("Quốc hội khóa XV").

    Bodies elected for a term (the National Assembly, the Politburo) are numbered by "khóa" and a Roman
    numeral, meetings by "lần thứ" and digits.
    """
    if by_term:
        return f"{name} khóa {roman_numeral(number) or number}"
    return f"{name} lần thứ {number}"


def roman_value(numeral: str) -> int | None:
    """The value of a well-formed lower-case Roman numeral up to 39 ("xiv" -> 14); None for "iiii", "vx", ""."""
    if not numeral or not _CANONICAL_ROMAN.fullmatch(numeral):
        return None
    total = 0
    for index, letter in enumerate(numeral):
        value = _ROMAN_VALUES[letter]
        following = _ROMAN_VALUES[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def _vietnamese_words(match: re.Match[str]) -> int | None:
    if match.group("alone"):
        word = match.group("alone")
        if word in ("mốt", "lăm", "lam"):
            return None  # only after "mươi"
        return _VI_UNITS[word]
    tens = 10 if match.group("ten") else _VI_UNITS[match.group("tens")] * 10
    if tens < 20 and match.group("tens"):
        return None  # "một mươi" is not a number
    unit = _VI_UNITS[match.group("unit")] if match.group("unit") else 0
    return tens + unit


def english_ordinal(number: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd"."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def ordinal_after(lowered: str, canonical: str, position: int) -> tuple[int, int] | None:
    """(number, end) of an ordinal right after ``position`` in the lowered view, or None."""
    match = _AFTER.match(lowered, position)
    if match is None:
        return None
    digits = next((match.group(name) for name in _DIGIT_GROUPS if match.group(name)), None)
    roman = next((name for name in ("roman", "term_roman", "bare_roman") if match.group(name)), None)
    if digits:
        number: int | None = int(digits)
    elif match.group("first"):
        number = 1  # "Kỳ họp thứ nhất": the first session
    elif roman is not None:
        start, end = match.span(roman)
        # Roman numerals in capitals only: "đại hội vi" is not the 6th congress.
        number = roman_value(match.group(roman)) if canonical[start:end].isupper() else None
    else:
        number = _vietnamese_words(match)
    if number is None or not 0 < number <= MAX_ORDINAL:
        return None
    return number, match.end()


def ordinal_after_quotes(lowered: str, canonical: str, start: int, end: int) -> tuple[int, int] | None:
    """(number, end) of an ordinal after a quoted name ('Chương trình "Cảnh sát biển Việt Nam và những người bạn"
    lần thứ hai'), the name at ``start:end`` between the quotes; None when it is not quoted or no ordinal follows."""
    if start == 0 or end >= len(lowered) or _QUOTE_PAIRS.get(lowered[start - 1]) != lowered[end]:
        return None
    return ordinal_after(lowered, canonical, end + 1)


# A unit's number right after its name: "Sư đoàn 346", "Lữ đoàn số 171", "Brigade 162", "Regiment-2".
# Digits only, and not the start of a longer number, a decimal or a date ("Trung đoàn 1.000", "Đại đội 3/2").
_UNIT_NUMBER = re.compile(r"(?: (?:số |so )?|-)(\d{1,3})(?!\w|[.,/:]\d)")


def unit_number_after(lowered: str, position: int) -> tuple[int, int] | None:
    """(number, end) of a unit's number right after ``position`` in the lowered view, or None."""
    match = _UNIT_NUMBER.match(lowered, position)
    if match is None or int(match.group(1)) == 0:
        return None
    return int(match.group(1)), match.end()


def ordinal_before(lowered: str, position: int) -> tuple[int, int] | None:
    """(number, start) of an English ordinal that ends with a space right before ``position``, or None."""
    match = _BEFORE.search(lowered, max(0, position - _BEFORE_REACH), position)
    if match is None:
        return None
    if match.group("digits"):
        number = int(match.group("digits"))
    elif match.group("tenths"):
        number = _EN_TENTHS[match.group("tenths")]
    else:
        unit = _EN_UNITS[match.group("unit")]
        if match.group("tens") and unit > 9:
            return None  # "twenty-eleventh"
        number = unit + (_EN_TENS[match.group("tens")] if match.group("tens") else 0)
    if not 0 < number <= MAX_ORDINAL:
        return None
    return number, match.start()


# The ordinal as part of a matched surface ("ADMM-14", "14th ADMM", "ADMM lần thứ ba", "Đại hội XIV"):
# what strip_ordinal removes to find the form that was written.
_SURFACE_LEADING = re.compile(
    rf"^\s*(?:\d{{1,3}}(?:st|nd|rd|th)(?:[- ]tenure)?|(?:(?:{'|'.join(_EN_TENS)})[ -])?(?:{'|'.join(_EN_UNITS)})|{'|'.join(_EN_TENTHS)})\s+",
    re.IGNORECASE,
)
_SURFACE_TRAILING = re.compile(
    rf"[\s\-\u2010-\u2015]*(?:(?:lần thứ|lan thu|thứ|thu|khóa|khoá|khoa|lần|lan)\s*)?"
    rf"(?:\d{{1,3}}|{_vietnamese_number(named=False)}|[xvi]{{1,6}})\s*$",
    re.IGNORECASE,
)


def has_leading_ordinal(surface: str) -> bool:
    """Whether a matched surface starts with an English ordinal ("14th ADMM", "Fourteenth ADMM")."""
    return _SURFACE_LEADING.match(surface) is not None


# Inside a post named after a numbered body: "Secretary of the 13th Party Central Committee".
_SURFACE_INNER = re.compile(_SURFACE_LEADING.pattern.replace(r"^\s*", r"(?<=\s)", 1), re.IGNORECASE)
_QUOTE_PAIRS = {"\"": "\"", "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "\u00ab": "\u00bb"}  # opening -> closing
_QUOTES = "".join({*_QUOTE_PAIRS, *_QUOTE_PAIRS.values()})


def strip_ordinal(surface: str) -> str:
    """A matched surface without its ordinal ("ADMM-14" -> "ADMM", "Đại hội XIV" -> "Đại hội", "Secretary of
    the 13th Party Central Committee" -> "Secretary of the Party Central Committee") or the quotes of a quoted
    name ('"Cảnh sát biển Việt Nam và những người bạn" lần thứ hai')."""
    stripped = _SURFACE_TRAILING.sub("", _SURFACE_LEADING.sub("", surface)) or surface
    if stripped == surface:
        stripped = _SURFACE_INNER.sub("", surface, count=1)
    if len(stripped) > 2 and stripped[0] in _QUOTES and stripped[-1] in _QUOTES:
        stripped = stripped[1:-1]
    return stripped
