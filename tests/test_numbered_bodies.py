"""Names that end with a numbered body take its number; quoted names keep theirs.

"Bí thư Trung ương Đảng khóa XIII" is the Secretary of the 13th Party Central Committee, not the 13th Party
Central Committee with a stray "Bí thư" before it; in English the number sits inside the title. See
docs/matching.md ("Numbered meetings").
"""

from __future__ import annotations

import pytest

from glossary import Matcher, check, compile_matcher, constraints
from glossary.loader import load_termbase_text
from glossary.ordinals import strip_ordinal

_TERMS = """\
terms:
- id: congress
  category: institution
  vi: Đại hội Đảng
  en: Party Congress
  series: true
  sources: [https://en.nhandan.vn/]
- id: congress-delegate
  category: title
  vi: Đại biểu Đại hội Đảng
  en: Delegate to the Party Congress
  sources: [https://en.nhandan.vn/]
- id: congress-law
  category: document
  vi: Luật về Đại hội Đảng
  en: Law on the Party Congress
  sources: [https://en.nhandan.vn/]
- id: summit
  category: meeting
  vi: Hội nghị Cấp cao
  en: Summit Meeting
  series: true
  sources: [https://asean.org/]
- id: summit-host
  category: title
  vi: Chủ nhà Hội nghị Cấp cao
  en: Summit Meeting Host
  sources: [https://asean.org/]
- id: party-committee
  category: institution
  vi: Đảng ủy
  en: Party Committee
  series: true
  sources: [https://en.nhandan.vn/]
"""


@pytest.fixture(scope="module")
def small() -> Matcher:
    return compile_matcher(load_termbase_text(_TERMS))


def test_the_loader_gives_posts_and_bodies_the_body_their_name_ends_with(small: Matcher) -> None:
    termbase = small.termbase
    delegate, law, host = (termbase.get(term_id) for term_id in ("congress-delegate", "congress-law", "summit-host"))
    assert delegate is not None and delegate.numbered_body is not None
    assert delegate.numbered_body.en == ("Party Congress",) and delegate.numbered_body.by_term
    assert delegate.takes_a_number
    assert law is not None and law.numbered_body is None  # a law named after a body is not numbered by its term
    assert host is not None and host.numbered_body is not None and not host.numbered_body.by_term
    assert termbase.get("congress").numbered_body is None  # a series is numbered itself  # type: ignore[union-attr]


def test_the_number_is_rendered_where_each_language_puts_it(small: Matcher) -> None:
    delegate, host = small.termbase.get("congress-delegate"), small.termbase.get("summit-host")
    assert delegate is not None and host is not None
    assert delegate.with_number(delegate.en, 13, "en") == "Delegate to the 13th Party Congress"
    assert delegate.with_number(delegate.vi, 13, "vi") == "Đại biểu Đại hội Đảng khóa XIII"
    # The body's name inside the English name, not at its end; a meeting's number by occurrence.
    assert host.with_number(host.en, 37, "en") == "37th Summit Meeting Host"
    assert host.with_number(host.vi, 37, "vi") == "Chủ nhà Hội nghị Cấp cao lần thứ 37"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ông là Đại biểu Đại hội Đảng khóa XIII.", [("Đại biểu Đại hội Đảng khóa XIII", "congress-delegate", 13)]),
        ("a Delegate to the 13th Party Congress said", [("Delegate to the 13th Party Congress", "congress-delegate", 13)]),
        ("delegate to the thirteenth Party Congress", [("delegate to the thirteenth Party Congress", "congress-delegate", 13)]),
        # Without the number the post is read as before, and the body alone keeps its own number.
        ("Đại biểu Đại hội Đảng phát biểu", [("Đại biểu Đại hội Đảng", "congress-delegate", None)]),
        ("the 13th Party Congress opened", [("13th Party Congress", "congress", 13)]),
        # Words that merely precede the body are not the title.
        ("a delegate at the 13th Party Congress", [("13th Party Congress", "congress", 13)]),
        ("Summit Meeting Host of the 37th Summit Meeting", [("Summit Meeting Host", "summit-host", None), ("37th Summit Meeting", "summit", 37)]),
    ],
)
def test_titles_take_the_number_of_the_body_they_end_with(small: Matcher, text: str, found: list[tuple[str, str, int | None]]) -> None:
    matches = small.annotate(text)
    assert [(match.text, match.term.id, match.ordinal) for match in matches] == found
    assert all(text[match.start : match.end] == match.text for match in matches)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('Chương trình "Hội nghị Cấp cao" lần thứ hai', ('"Hội nghị Cấp cao" lần thứ hai', 2)),
        ("chương trình “Hội nghị Cấp cao” lần thứ 3 diễn ra", ("“Hội nghị Cấp cao” lần thứ 3", 3)),
        # Unbalanced or mismatched quotes, or no number after the quote: the name alone.
        ('Chương trình Hội nghị Cấp cao" lần thứ hai', ("Hội nghị Cấp cao", None)),
        ("chương trình “Hội nghị Cấp cao\" lần thứ 3", ("Hội nghị Cấp cao", None)),
        ('chương trình "Hội nghị Cấp cao" diễn ra', ("Hội nghị Cấp cao", None)),
    ],
)
def test_a_quoted_series_name_keeps_the_number_after_its_closing_quote(small: Matcher, text: str, found: tuple[str, int | None]) -> None:
    (match,) = small.annotate(text)
    assert (match.text, match.ordinal) == found
    assert text[match.start : match.end] == match.text


@pytest.mark.parametrize(
    ("text", "term_id", "ordinal", "gloss"),
    [
        ("Secretary of the 13th Party Central Committee", "title-secretary-of-the-party-central-committee", 13, "Bí thư Trung ương Đảng khóa XIII"),
        ("Bí thư Trung ương Đảng khóa XIII", "title-secretary-of-the-party-central-committee", 13, "Secretary of the 13th Party Central Committee"),
        ("Vice Chairman of the 15th National Assembly", "title-vice-chairman-of-the-national-assembly", 15, "Phó Chủ tịch Quốc hội khóa XV"),
        ("Phó Chủ tịch Quốc hội khóa XV", "title-vice-chairman-of-the-national-assembly", 15, "Vice Chairman of the 15th National Assembly"),
        ("đại biểu Quốc hội khóa XV", "title-national-assembly-deputy", 15, "15th National Assembly Deputy"),
        ("15th National Assembly Deputy", "title-national-assembly-deputy", 15, "đại biểu Quốc hội khóa XV"),
        ("Ủy viên Bộ Chính trị khóa XIII", "title-politburo-member", 13, "13th Politburo Member"),
    ],
)
def test_bundled_party_and_state_titles_with_their_number(bundled_matcher: Matcher, text: str, term_id: str, ordinal: int, gloss: str) -> None:
    (match,) = bundled_matcher.annotate(text)
    assert (match.text, match.term.id, match.ordinal) == (text, term_id, ordinal)
    other = "en" if gloss.isascii() else "vi"
    assert match.gloss(other) == gloss


def test_the_plug_in_layer_renders_and_checks_the_number(bundled_matcher: Matcher) -> None:
    (constraint,) = constraints("Bí thư Trung ương Đảng khóa XIII", source="vi", target="en", matcher=bundled_matcher)
    assert constraint.target == "Secretary of the 13th Party Central Committee"
    report = check(
        "Bí thư Trung ương Đảng khóa XIII", "Secretary of the 14th Party Central Committee", source="vi", target="en", matcher=bundled_matcher
    )
    assert [finding.kind for finding in report.findings] == ["ordinal"]
    assert not check(
        "Bí thư Trung ương Đảng khóa XIII", "Secretary of the 13th Party Central Committee", source="vi", target="en", matcher=bundled_matcher
    ).findings


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Secretary of the 13th Party Central Committee", "Secretary of the Party Central Committee"),
        ("Vice Chairman of the fifteenth National Assembly", "Vice Chairman of the National Assembly"),
        ('"Cảnh sát biển Việt Nam và những người bạn" lần thứ hai', "Cảnh sát biển Việt Nam và những người bạn"),
        ("ADMM-14", "ADMM"),
    ],
)
def test_strip_ordinal_finds_the_written_name(surface: str, name: str) -> None:
    # The inline format reads the language a match is written in from this name.
    assert strip_ordinal(surface) == name
