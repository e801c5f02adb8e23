"""The VPA establishment added for issue 10: departments, general departments, titles, numbered units.

Each family is pinned in both directions with the MND (QĐND, National Defence Journal) English, and
the shared English forms ("Director", "Corps 12") are decided by the words around them. A typo is
never allowed to turn one numbered unit into another (the issue: the tool "gets none of the numbers
of numbered units right").
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase

# (id, Vietnamese, MND English): the departments of the General Staff, the General Department of
# Logistics and Technology and the MND added for issue 10.
DEPARTMENTS = [
    ("department-of-operations", "Cục Tác chiến", "Department of Operations"),
    ("department-of-electronic-warfare", "Cục Tác chiến điện tử", "Department of Electronic Warfare"),
    ("department-of-military-forces", "Cục Quân lực", "Department of Military Forces"),
    ("department-of-cryptography", "Cục Cơ yếu", "Department of Cryptography"),
    ("department-of-militia-and-self-defence", "Cục Dân quân tự vệ", "Militia and Self-Defence Department"),
    ("criminal-investigation-department-of-the-mnd", "Cục Điều tra hình sự", "Criminal Investigation Department"),
    ("department-of-petrol-and-oil", "Cục Xăng dầu", "Department of Petrol and Oil"),
    ("department-of-military-weaponry", "Cục Quân khí", "Department of Military Weaponry"),
    ("military-transport-department", "Cục Vận tải", "Military Transport Department"),
    ("department-of-military-supplies", "Cục Quân nhu", "Department of Military Supplies"),
    ("government-cipher-committee", "Ban Cơ yếu Chính phủ", "Government Cipher Committee"),
]

# Numbered units: the number is part of the name in both languages.
NUMBERED_UNITS = [
    ("division-308", "Sư đoàn 308", "Division 308"),
    ("division-312", "Sư đoàn 312", "Division 312"),
    ("division-325", "Sư đoàn 325", "Division 325"),
    ("division-9", "Sư đoàn 9", "Division 9"),
    ("army-corps-15", "Binh đoàn 15", "Corps 15"),
    ("army-corps-16", "Binh đoàn 16", "Army Corps 16"),
    ("submarine-brigade-189", "Lữ đoàn Tàu ngầm 189", "Submarine Brigade 189"),
    ("military-hospital-7a", "Bệnh viện Quân y 7A", "Military Hospital 7A"),
    ("military-hospital-121", "Bệnh viện Quân y 121", "Military Hospital 121"),
    ("border-guard-flotilla-28", "Hải đoàn Biên phòng 28", "Border Guard Flotilla 28"),
]


def _found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.term.id) for m in matcher.annotate(text)]


@pytest.fixture(scope="module")
def strict(bundled_strict_matcher: Matcher) -> Matcher:
    return bundled_strict_matcher


@pytest.fixture(scope="module")
def fuzzy(bundled_matcher: Matcher) -> Matcher:
    return bundled_matcher


@pytest.mark.parametrize(("term_id", "vi", "en"), DEPARTMENTS + NUMBERED_UNITS, ids=[row[0] for row in DEPARTMENTS + NUMBERED_UNITS])
def test_issue_10_family_resolves_in_both_directions(term_id: str, vi: str, en: str, bundled_termbase: TermBase, strict: Matcher) -> None:
    term = bundled_termbase.get(term_id)
    assert (term.vi, term.en) == (vi, en)
    assert (vi, term_id) in _found(strict, f"Đại diện {vi} dự hội nghị.")
    assert (en, term_id) in _found(strict, f"Representatives of the {en} attended.")


def test_electronic_warfare_is_not_read_as_operations(strict: Matcher) -> None:
    assert _found(strict, "Cục Tác chiến điện tử và Cục Tác chiến phối hợp.") == [
        ("Cục Tác chiến điện tử", "department-of-electronic-warfare"),
        ("Cục Tác chiến", "department-of-operations"),
    ]


def test_gdlt_takes_mnd_english_and_keeps_its_id(bundled_termbase: TermBase, strict: Matcher) -> None:
    term = bundled_termbase.get("general-department-of-logistics-and-technical-services")
    assert term.en == "General Department of Logistics and Technology"
    assert "GDLT" in term.acronyms
    for text in ("the GDLT", "the General Department of Logistics - Technology", "the General Department of Logistics and Technical Services"):
        assert [term_id for _, term_id in _found(strict, text)] == [term.id], text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met the Director of the Army Academy.", "title-director"),
        ("He met the Director of the Department of Cryptography.", "title-department-director"),
        ("Deputy Director of the hospital spoke.", "title-deputy-director"),
        ("Deputy Director Tran of the Department of Operations spoke.", "title-deputy-department-director"),
        ("Corps 12 (Truong Son Construction Corporation) builds the expressway.", "corps-12-truong-son"),
        ("Division 325 moved to Corps 12, the first army corps of its kind.", "army-corps-12"),
    ],
)
def test_shared_english_forms_are_decided_by_context(sentence: str, expected: str, strict: Matcher) -> None:
    term_ids = [term_id for _, term_id in _found(strict, sentence)]
    assert expected in term_ids, term_ids


@pytest.mark.parametrize(
    "text",
    [
        "Bệnh viện Quân y 176",
        "Vùng Cảnh sát biển 5",
        "Coast Guard Region 5",
        "Lữ đoàn Tàu ngầm 188",
        "Sư đoàn Phòng không 366",
        "Trường Sĩ quan Lục quân 3",
        "Bệnh viện dã chiến cấp 2 số 8",
        "Hải đoàn Biên phòng 18",
    ],
)
def test_issue_10_a_typo_never_changes_a_number(text: str, fuzzy: Matcher) -> None:
    numbers = {word for word in text.split() if any(character.isdigit() for character in word)}
    for match in fuzzy.annotate(f"Đoàn công tác của {text} lên đường."):
        numbered = {word for word in match.term.en.split() + match.term.vi.split() if any(c.isdigit() for c in word)}
        assert not numbered or numbered & numbers, (match.text, match.term.id)


def test_a_typo_elsewhere_in_a_numbered_name_still_matches(fuzzy: Matcher) -> None:
    assert [(m.term.id, m.method) for m in fuzzy.annotate("Vùng Cảnh sát bển 3 tuần tra.")] == [("coast-guard-region-3", "fuzzy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phó Tư lệnh Quân khu 7", "title-deputy-commander-of-military-region-7"),
        ("Deputy Commander of Military Region 9", "title-deputy-commander-of-military-region-9"),
        ("Phó Chỉ huy trưởng Bộ CHQS tỉnh", "title-deputy-commander-of-the-provincial-military-command"),
        ("Deputy Commander of the Provincial Military Command", "title-deputy-commander-of-the-provincial-military-command"),
        ("Phó Chủ nhiệm Chính trị", "title-deputy-political-chief"),
        ("Phó Tư lệnh kiêm Tham mưu trưởng", "title-deputy-commander-and-chief-of-staff"),
        ("Phó Chỉ huy trưởng kiêm Tham mưu trưởng", "title-deputy-commander-and-chief-of-staff"),
        ("Phó Tham mưu trưởng", "title-deputy-chief-of-staff"),
    ],
)
def test_a_deputy_is_never_read_as_the_head(text: str, expected: str, strict: Matcher) -> None:
    # The longer "Tư lệnh Quân khu 7" / "Chỉ huy trưởng Bộ CHQS tỉnh" / "Chủ nhiệm Chính trị" used to
    # win inside these titles, and the deputy was glossed as the commander or the chief.
    assert _found(strict, f"Đồng chí {text} phát biểu.")[0] == (text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phó Tư lệnh Quân chủng Hải quân", [("Phó Tư lệnh", "title-deputy-commander"), ("Quân chủng Hải quân", "vietnam-peoples-navy")]),
        ("Phó Giám đốc Học viện Quốc phòng", [("Phó Giám đốc", "title-deputy-director"), ("Học viện Quốc phòng", "national-defence-academy")]),
        ("Pho Tu lenh Bo doi Bien phong", [("Pho Tu lenh", "title-deputy-commander"), ("Bo doi Bien phong", "vietnam-border-guard")]),
    ],
)
def test_issue_10_a_heads_title_is_not_read_after_pho_or_deputy(text: str, expected: list[tuple[str, str]], strict: Matcher) -> None:
    # "Tư lệnh Quân chủng Hải quân" (Commander of the Navy) must not swallow a deputy's title.
    assert _found(strict, f"Đồng chí {text} dự họp.") == expected


def test_titles_that_begin_with_deputy_still_match(strict: Matcher) -> None:
    assert _found(strict, "Phó Thủ tướng và Deputy Prime Minister") == [("Phó Thủ tướng", "title-deputy-prime-minister"), ("Deputy Prime Minister", "title-deputy-prime-minister")]
