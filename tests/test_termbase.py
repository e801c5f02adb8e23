"""The bundled term base: valid, complete enough, and right on the corpus articles."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from glossary import CATEGORIES, Matcher, TermBase, lookup, validate_termbase

from .conftest import CORPUS, DATA

EXPECTATIONS: dict[str, dict[str, Any]] = yaml.safe_load(
    (DATA / "corpus_expectations.yaml").read_text(encoding="utf-8")
)


def test_bundled_term_base_is_valid() -> None:
    assert validate_termbase() == []


def test_every_category_is_represented_and_every_entry_sourced(bundled_termbase: TermBase) -> None:
    counts = bundled_termbase.statistics()["categories"]
    assert all(counts[category] > 0 for category in CATEGORIES), counts
    assert len(bundled_termbase) >= 300
    assert all(term.sources for term in bundled_termbase)


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("Hoi nghi Bo truong Quoc phong cac nuoc ASEAN", "admm"),
        ("admm+", "admm-plus"),
        ("Thuong ta", "rank-colonel"),
        ("ASEAN Defense Ministers Meeting", "admm"),
        ("Thượng tướng", "rank-senior-lieutenant-general"),
        ("Colonel General", "rank-senior-lieutenant-general"),
        ("ADSOM+ WG", "adsom-plus-wg"),
        ("Uỷ viên Bộ Chính trị", "title-politburo-member"),
    ],
)
def test_lookup_puts_the_right_entry_first(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    assert lookup(bundled_termbase, query)[0].term.id == expected_id


def test_colonel_is_never_a_general(bundled_termbase: TermBase) -> None:
    best = lookup(bundled_termbase, "Thuong ta")[0]
    assert best.term.en == "Colonel"


def test_senses_of_pca_are_declared(bundled_termbase: TermBase) -> None:
    senses = {term.id for term in bundled_termbase if "PCA" in term.acronyms}
    assert len(senses) == 2
    assert all(bundled_termbase.get(term_id).context_cues for term_id in senses)


@pytest.mark.parametrize("article", sorted(EXPECTATIONS))
def test_article_terms_a_reader_expects_are_all_found(article: str, bundled_matcher: Matcher) -> None:
    text = (CORPUS / article).read_text(encoding="utf-8")
    found = {(m.text, m.term.id, m.ordinal) for m in bundled_matcher.annotate(text)}
    missing = [tuple(expected) for expected in EXPECTATIONS[article]["present"] if tuple(expected) not in found]
    assert not missing, f"{article}: not found {missing}"
    for surface, term_id in EXPECTATIONS[article].get("absent", []):
        assert not any(m.term.id == term_id and surface in m.text for m in bundled_matcher.annotate(text))


@pytest.mark.parametrize("article", sorted(EXPECTATIONS))
def test_article_variants_still_find_the_long_names(article: str, bundled_matcher: Matcher) -> None:
    """No diacritics, NFD and old tone marks: the multi-word names are still found."""
    import unicodedata

    from glossary.normalize import fold_diacritics

    text = (CORPUS / article).read_text(encoding="utf-8")
    long_names = {(surface, term_id) for surface, term_id, _ in EXPECTATIONS[article]["present"] if surface.count(" ") >= 2}
    for variant in (fold_diacritics(text), unicodedata.normalize("NFD", text), text.replace("Ủy", "Uỷ").replace("hòa", "hoà")):
        found_ids = {m.term.id for m in bundled_matcher.annotate(variant)}
        missing = {term_id for _surface, term_id in long_names if term_id not in found_ids}
        assert not missing, missing


def test_issue_colonel_without_context_is_the_ministrys_colonel(bundled_matcher: Matcher) -> None:
    """"Colonel" is Thượng tá's preferred English and only a variant of Đại tá's: no cue, so Thượng tá, flagged."""
    (match,) = bundled_matcher.annotate("Colonel Nguyen Van A")
    assert (match.term.id, match.method, match.score) == ("rank-colonel", "exact", 50.0)


# Real sentences from the corpus articles, and what must still be found when
# the sentence is mangled the way real input is.
_ADMM_SENTENCE = "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 14 (ADMM-14)"
_CUONG_SENTENCE = (
    "Thượng tướng Nguyễn Tân Cương, Ủy viên Trung ương Đảng, Ủy viên Thường vụ Quân ủy Trung ương, "
    "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, Thứ trưởng Bộ Quốc phòng dẫn đầu đoàn"
)
_CUONG_TERMS = [
    "rank-senior-lieutenant-general",
    "title-member-of-the-party-central-committee",
    "title-member-of-the-standing-board-of-the-central-military-commission",
    "title-chief-of-the-general-staff",
    "title-deputy-minister-of-national-defence",
]
_APSC_SENTENCE = "kế hoạch tổng thể Cộng đồng Chính trị-An ninh ASEAN 2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_CUONG_SENTENCE.upper(), _CUONG_TERMS, id="upper-case"),
        pytest.param(_CUONG_SENTENCE.lower(), _CUONG_TERMS, id="lower-case"),
        pytest.param(_CUONG_SENTENCE.replace("Ủy", "Uỷ").replace("ủy", "uỷ"), _CUONG_TERMS, id="old-tone-marks"),
        pytest.param(_CUONG_SENTENCE.replace("Thường vụ Quân ủy", "Thường vụ\nQuân ủy"), _CUONG_TERMS, id="line-break-in-term"),
        pytest.param(_CUONG_SENTENCE.replace("Bộ Quốc phòng", "Bộ\u00a0Quốc  phòng"), _CUONG_TERMS, id="nbsp-double-space"),
        pytest.param(_ADMM_SENTENCE.replace("Quốc phòng", "Quốc phong"), ["admm", "admm"], id="one-missing-diacritic"),
        pytest.param(_ADMM_SENTENCE.replace("trưởng", "trửong"), ["admm", "admm"], id="two-swapped-letters"),
        pytest.param(_ADMM_SENTENCE.replace("Bộ trưởng", "Bo truong"), ["admm", "admm"], id="partly-without-diacritics"),
        pytest.param(_APSC_SENTENCE.replace("-", " - "), ["apsc-blueprint-2025"], id="spaced-dash"),
        pytest.param(
            "Hội nghị Quan chức Quốc phòng cấp cao các nước ASEAN", ["adsom"], id="extra-words-cac-nuoc"
        ),
        pytest.param(
            "Hội nghị trực tuyến Quan chức Quốc phòng cấp cao ASEAN", ["adsom"], id="extra-words-truc-tuyen"
        ),
    ],
)
def test_real_sentences_survive_real_input(text: str, expected: list[str], bundled_matcher: Matcher) -> None:
    matches = bundled_matcher.annotate(text)
    assert [m.term.id for m in matches] == expected
    assert all(text[m.start : m.end] == m.text for m in matches)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        pytest.param("Thượng tá Nguyễn Văn A, Thuong ta B", "rank-senior-lieutenant-general", id="colonel-not-general"),
        pytest.param("Đại tá Lê C, Dai ta D", "rank-general", id="senior-colonel-not-general"),
        pytest.param("Trung tá E, Trung ta F", "rank-lieutenant-general", id="lieutenant-colonel-not-lieutenant-general"),
        pytest.param("Hội nghị Bộ trưởng Ngoại giao ASEAN", "admm", id="foreign-ministers-not-admm"),
        pytest.param("SOM và AMM", "adsom", id="som-not-adsom"),
        pytest.param("hội nghị khách hàng, giải pháp, cốc nước, Ai cũng biết", None, id="generic-phrases"),
        pytest.param("Phó Tổng thư ký ASEAN Hoàng Anh Tuấn", "country-united-kingdom", id="anh-in-a-name"),
    ],
)
def test_real_input_does_not_over_fire(text: str, forbidden: str | None, bundled_matcher: Matcher) -> None:
    matches = bundled_matcher.annotate(text)
    if forbidden is None:
        assert matches == []
    else:
        assert forbidden not in {m.term.id for m in matches}
