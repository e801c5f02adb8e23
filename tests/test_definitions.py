"""Acronym definitions in text (Schwartz & Hearst 2003, adapted to Vietnamese): plain strings in, spans out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary.definitions import find_definitions, initials, looks_like_acronym, split_short_form

CASES = [
    pytest.param(
        "Công tác đối ngoại quốc phòng (ĐNQP) được đẩy mạnh.", "ĐNQP", "đối ngoại quốc phòng", "initials",
        id="vi-syllable-initials-with-Đ",
    ),
    pytest.param("Chủ động hội nhập quốc tế (HNQT) sâu rộng.", "HNQT", "hội nhập quốc tế", "initials", id="vi-lower-case-long-form"),
    pytest.param("Báo Quân đội nhân dân (QĐND) đưa tin.", "QĐND", "Quân đội nhân dân", "initials", id="vi-QĐND"),
    pytest.param(
        "Đoàn dự Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN (HNTLPK) lần thứ 5.",
        "HNTLPK", "Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN", "initials",
        id="vi-skipped-and-trailing-words-stay-in-the-long-form",
    ),
    pytest.param(
        "The ASEAN Defence Senior Officials' Meeting (ADSOM) met.", "ADSOM", "ASEAN Defence Senior Officials' Meeting",
        "initials", id="en-initialism",
    ),
    pytest.param(
        "ADSOM (ASEAN Defence Senior Officials' Meeting) met.", "ADSOM", "ASEAN Defence Senior Officials' Meeting",
        "initials", id="en-short-then-long",
    ),
    pytest.param(
        "the Regional Comprehensive Economic Partnership (RCEP) talks", "RCEP", "Regional Comprehensive Economic Partnership",
        "initials", id="en-lower-case-context",
    ),
    pytest.param("Hệ thống Định vị Toàn cầu (GPS) hoạt động.", None, None, None, id="foreign-acronym-of-a-translated-name"),
    pytest.param("Ông Nguyễn Văn A (Bộ Quốc phòng) phát biểu.", None, None, None, id="a-name-in-parentheses-is-not-an-acronym"),
    pytest.param("Đoàn đến tại Hà Nội (VN) hôm qua.", None, None, None, id="a-long-form-does-not-start-with-a-function-word"),
    pytest.param("Dịch bệnh (COVID-19) lan rộng.", None, None, None, id="letters-that-do-not-match"),
    pytest.param(
        "The 14th ASEAN Defence Ministers' Meeting (ADMM-14) opened.", "ADMM-14", "ASEAN Defence Ministers' Meeting",
        "initials", id="en-short-form-with-an-ordinal",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ADMM-14", ("ADMM", "-14")),
        ("UNCLOS 1982", ("UNCLOS", " 1982")),
        ("ADMM+ lần thứ 7", ("ADMM+", " lần thứ 7")),
        ("ADMM Hẹp", ("ADMM Hẹp", "")),
        ("ADSOM WG", ("ADSOM WG", "")),
        ("ADMM Retreat", ("ADMM Retreat", "")),
        ("ASEAN Secretariat", None),
        ("Rama X", None),
        ("Bộ Quốc phòng", None),
        ("ASEAN Regional Forum", None),
    ],
)
def test_short_forms_with_an_ordinal_a_year_or_a_word(text: str, expected: tuple[str, str] | None) -> None:
    assert split_short_form(text) == expected


@pytest.mark.parametrize(("text", "short", "long", "basis"), CASES)
def test_definitions(text: str, short: str | None, long: str | None, basis: str | None) -> None:
    found = find_definitions(text)
    if short is None:
        assert found == []
        return
    assert [(definition.short, definition.long, definition.basis) for definition in found] == [(short, long, basis)]
    definition = found[0]
    assert text[definition.short_start : definition.short_end] == definition.short
    assert text[definition.long_start : definition.long_end] == definition.long


def test_cross_language_pair_through_the_term_base() -> None:
    text = "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) diễn ra tại Viêng Chăn."
    known = {"Hội nghị Bộ trưởng Quốc phòng các nước ASEAN": ["ADMM"]}
    (definition,) = find_definitions(text, known_acronyms=lambda phrase: known.get(phrase, []))
    assert (definition.long, definition.basis) == ("Hội nghị Bộ trưởng Quốc phòng các nước ASEAN", "term")


def test_initials_keep_đ() -> None:
    assert initials("đối ngoại quốc phòng") == "ĐNQP"


@pytest.mark.parametrize(("token", "expected"), [("ADMM", True), ("ReCAAP", True), ("QĐND", True), ("Mỹ", False), ("A", False), ("ABCDEFGHIJK", False)])
def test_what_looks_like_an_acronym(token: str, expected: bool) -> None:
    assert looks_like_acronym(token) is expected


@given(st.text(alphabet=st.sampled_from(list("ABCĐ đ()hnqtp ADMMvàtại.\n")), max_size=80))
def test_spans_always_slice_the_text(text: str) -> None:
    for definition in find_definitions(text):
        assert text[definition.short_start : definition.short_end] == definition.short
        assert text[definition.long_start : definition.long_end] == definition.long
