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
