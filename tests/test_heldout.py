"""The held-out evaluation set (tests/data/heldout) loads and is well-formed.

This checks the labels, not the term base's score on them: benchmarks/heldout.py
measures that (``make heldout``), and no test asserts a recall threshold, so that
nobody is tempted to tune the term base to these articles.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
import yaml

from glossary import load_termbase

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "data" / "heldout"
CORPUS = ROOT / "tests" / "data" / "corpus"
KEYS = {"text", "id", "en", "ordinal", "also"}
LOOKUP_KEYS = {"query", "id", "en", "also"}

_spec = importlib.util.spec_from_file_location("heldout_benchmark", ROOT / "benchmarks" / "heldout.py")
assert _spec and _spec.loader
heldout = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = heldout
_spec.loader.exec_module(heldout)

DATA = yaml.safe_load((HELDOUT / "expectations.yaml").read_text(encoding="utf-8"))
ARTICLES = sorted(name for name in DATA if name != "lookups")
IDS = frozenset(term.id for term in load_termbase())


def test_two_sets_of_articles_in_both_languages():
    languages = [name.split("/", 1)[0] for name in ARTICLES]
    assert languages.count("vi") >= 6 and languages.count("en") >= 4
    on_disk = sorted(str(path.relative_to(HELDOUT)) for path in HELDOUT.glob("*/*.txt"))
    assert on_disk == ARTICLES, "every article file is labelled and every label has its file"


@pytest.mark.parametrize("name", ARTICLES)
def test_article_has_a_source_and_is_not_a_bundled_article(name):
    path = HELDOUT / name
    source = heldout.header(path).get("source", "")
    assert re.match(r"https?://[^\s/]+\.[a-z]{2,}/", source), f"{name}: first line must be '# source: URL'"
    body = heldout.article_body(path)
    assert len(body) > 300
    for bundled in CORPUS.glob("*.txt"):
        assert body[:200] not in bundled.read_text(encoding="utf-8")
    assert source not in (ROOT / "terms.yaml").read_text(encoding="utf-8"), "an entry cites this article"


@pytest.mark.parametrize("name", ARTICLES)
def test_labels_are_well_formed_and_found_in_the_text(name):
    spec = DATA[name]
    assert set(spec) <= {"terms", "optional"}
    body = heldout.article_body(HELDOUT / name)
    seen = set()
    for item in spec["terms"]:
        assert set(item) <= KEYS and {"text", "id", "en"} <= set(item), item
        assert item["text"] not in seen, f"{item['text']!r} listed twice"
        seen.add(item["text"])
        assert heldout.occurrences(body, item["text"]), f"{item['text']!r} is not in {name}"
        assert item["id"] is None or item["id"] in IDS, f"unknown id {item['id']!r}"
        assert isinstance(item["en"], str) and item["en"].strip() == item["en"] != ""
        assert item.get("ordinal") is None or (isinstance(item["ordinal"], int) and 0 < item["ordinal"] < 1000)
    for surface in spec.get("optional") or ():
        assert heldout.occurrences(body, surface), f"optional {surface!r} is not in {name}"
    assert heldout.units(heldout.Article(name=name, text=body, terms=[heldout._expected(i) for i in spec["terms"]]))


@pytest.mark.parametrize("language", ["vi", "en"])
def test_lookups_are_well_formed(language):
    items = DATA["lookups"][language]
    assert len(items) >= 15
    for item in items:
        assert set(item) <= LOOKUP_KEYS and {"query", "id", "en"} <= set(item), item
        assert item["id"] is None or item["id"] in IDS, f"unknown id {item['id']!r}"


def test_benchmark_runs_and_counts_every_set():
    results = heldout.measure()
    assert set(results) == {"bundled", "held-out vi", "held-out en"}
    for score in results.values():
        assert score.units > 0 and 0 <= score.hits <= score.units
        assert 0 <= score.top1 <= score.top3 <= score.lookups
