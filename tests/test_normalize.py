"""Normalisation: what compares equal, and offsets that always lead back to the original."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.normalize import canonical_tones, fold_diacritics, folded_key, name_key, normalize


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param("hoà bình", "hòa bình", id="old-tone-oa"),
        pytest.param("Uỷ viên", "Ủy viên", id="old-tone-uy-capital"),
        pytest.param("Tuỳ viên Quốc phòng", "Tùy viên Quốc phòng", id="old-tone-uy"),
        pytest.param("khoẻ", "khỏe", id="old-tone-oe"),
        pytest.param(unicodedata.normalize("NFD", "Quốc phòng"), "Quốc phòng", id="nfd"),
        pytest.param("HỘI NGHỊ", "hội nghị", id="case"),
        pytest.param("Bộ\u00a0Quốc  phòng", "Bộ Quốc phòng", id="nbsp-and-double-space"),
        pytest.param("Bộ Quốc\nphòng", "Bộ Quốc phòng", id="line-break"),
        pytest.param("Chính trị-An ninh", "Chính trị - An ninh", id="hyphen-vs-spaced-dash"),
        pytest.param("Chính trị – An ninh", "Chính trị - An ninh", id="en-dash"),
        pytest.param("ADMM-Plus", "ADMM Plus", id="acronym-hyphen"),
        pytest.param("Defence Ministers’ Meeting", "Defence Ministers' Meeting", id="curly-apostrophe"),
        pytest.param("Defence Ministers' Meeting", "Defence Ministers Meeting", id="possessive-apostrophe-dropped"),
    ],
)
def test_forms_a_reader_calls_equal_have_one_key(left: str, right: str) -> None:
    assert name_key(left) == name_key(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param("Thượng tá", "Thượng tướng", id="colonel-is-not-senior-lieutenant-general"),
        pytest.param("quý", "qúy", id="qu-keeps-mark-on-y"),
        pytest.param("Đại tá", "Đại tướng", id="senior-colonel-is-not-general"),
    ],
)
def test_different_words_keep_different_keys(left: str, right: str) -> None:
    assert name_key(left) != name_key(right)


def test_tone_placement_moves_only_at_the_end_of_a_syllable() -> None:
    assert canonical_tones("hoàng hoà quý thuỷ") == "hoàng hòa quý thủy"


def test_folding_removes_every_vietnamese_diacritic() -> None:
    assert fold_diacritics("đại tướng ủy viên thường vụ") == "dai tuong uy vien thuong vu"
    assert folded_key("Hội nghị Bộ trưởng Quốc phòng") == "hoi nghi bo truong quoc phong"


def test_views_share_one_length() -> None:
    normalized = normalize("İstanbul ĐẠI TƯỚNG hoà")
    assert len(normalized.canonical) == len(normalized.lowered) == len(normalized.folded)


def test_span_maps_back_through_nfd_and_folded_separators() -> None:
    original = unicodedata.normalize("NFD", "Thứ trưởng\u00a0 Bộ\nQuốc phòng")
    normalized = normalize(original)
    start = normalized.lowered.index("bộ quốc phòng")
    mapped_start, mapped_end = normalized.original_span(start, start + len("bộ quốc phòng"))
    assert unicodedata.normalize("NFC", original[mapped_start:mapped_end]) == "Bộ\nQuốc phòng"


_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƠƯ"
_TEXT = st.text(
    alphabet=st.sampled_from(
        list(_LETTERS) + ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u031b"]
        + [" ", "\n", "\u00a0", "-", "–", "'", "’", "\u200b", ",", "1", "İ"]
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.data())
def test_offset_map_always_points_back_into_the_original(text: str, data: st.DataObject) -> None:
    normalized = normalize(text)
    length = len(normalized.canonical)
    start = data.draw(st.integers(0, length))
    end = data.draw(st.integers(start, length))
    original_start, original_end = normalized.original_span(start, end)
    assert 0 <= original_start <= original_end <= len(text)
    if end > start:
        # The mapped original slice normalises back to (at least) the same letters;
        # separators and apostrophes depend on their neighbours, so they are left out.
        assert _letters(normalized.lowered[start:end]) in _letters(normalize(text[original_start:original_end]).lowered)


def _letters(text: str) -> str:
    # y and i compare alike: a consonant's final lone y reads as i ("by" -> "bi"), but a slice
    # holding the y without its consonant keeps it ("y"), so the letters depend on the neighbours.
    return "".join(character for character in fold_diacritics(text) if character.isalnum()).replace("y", "i")


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_nfd_and_nfc_inputs_normalise_alike(text: str) -> None:
    composed = unicodedata.normalize("NFC", text)
    decomposed = unicodedata.normalize("NFD", text)
    assert normalize(composed).lowered == normalize(decomposed).lowered


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sỹ quan", "sĩ quan"),
        ("kỹ thuật", "kĩ thuật"),
        ("hoa kỳ", "hoa kì"),
        ("tỷ lệ", "tỉ lệ"),
        ("y tế", "y tế"),  # y alone is another vowel
        ("quý", "quý"),  # after qu the vowel is uy
        ("thủy", "thủy"),
        ("xây dựng", "xây dựng"),
    ],
)
def test_a_consonants_final_lone_y_is_read_as_i(text: str, expected: str) -> None:
    from glossary.normalize import canonical_i

    assert canonical_i(text) == expected
    assert len(canonical_i(text)) == len(text)


def test_i_and_y_spellings_of_a_name_match_each_other(bundled_matcher) -> None:
    text = "Trường Sỹ quan Lục quân 1 và Học viện Kĩ thuật Quân sự."
    matches = bundled_matcher.annotate(text)
    assert [match.text for match in matches] == ["Trường Sỹ quan Lục quân 1", "Học viện Kĩ thuật Quân sự"]
    assert all(text[match.start : match.end] == match.text for match in matches)


def test_fold_table_as_a_string_folds_like_the_dict() -> None:
    from glossary.normalize import _FOLD_TABLE

    every_character = "".join(map(chr, range(0x3000)))
    assert fold_diacritics(every_character) == every_character.translate(_FOLD_TABLE)


def _separator_runs_the_plain_way(text: str) -> str:
    """Reference for the separator step: every run through one regex, no shortcut for lone spaces."""
    from glossary.normalize import _SEPARATOR_RUN_OR_INVISIBLE

    return _SEPARATOR_RUN_OR_INVISIBLE.sub(lambda run: "" if run.group("separator") is None else " ", text)


_SEPARATOR_ALPHABET = "ab ệ\n\t-\u2013\u00a0\u200b\u00ad\u200d\ufeff\u2028\u3000"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_SEPARATOR_ALPHABET, max_size=30))
def test_separator_step_visits_every_run_that_needs_an_edit(text: str) -> None:
    from glossary.normalize import _separator_edits

    assert _separator_edits(text).text == _separator_runs_the_plain_way(text)

