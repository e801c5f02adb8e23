"""The held-out evaluation sets (tests/data/heldout, tests/data/heldout2) load and are well-formed.

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
HELDOUT2 = ROOT / "tests" / "data" / "heldout2"
DEVSET = ROOT / "benchmarks" / "devset"
CORPUS = ROOT / "tests" / "data" / "corpus"
KEYS = {"text", "id", "en", "ordinal", "also"}
LOOKUP_KEYS = {"query", "id", "en", "also"}

_spec = importlib.util.spec_from_file_location("heldout_benchmark", ROOT / "benchmarks" / "heldout.py")
assert _spec and _spec.loader
heldout = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = heldout
_spec.loader.exec_module(heldout)

SETS = {"heldout": HELDOUT, "heldout2": HELDOUT2}
# The smallest number of Vietnamese and English articles each set must hold.
MINIMUM = {"heldout": (6, 4), "heldout2": (8, 8)}
DATA = {key: yaml.safe_load((directory / "expectations.yaml").read_text(encoding="utf-8")) for key, directory in SETS.items()}
ARTICLES = [(key, name) for key in SETS for name in sorted(n for n in DATA[key] if n != "lookups")]
IDS = frozenset(term.id for term in load_termbase())


def _devset_articles() -> list[tuple[str, str]]:
    """(URL, text) of every development-set article: its first line is its URL."""
    articles = []
    for path in sorted(DEVSET.glob("*/*.txt")):
        first, _, rest = path.read_text(encoding="utf-8").partition("\n")
        articles.append((first.strip(), rest))
    return articles


def _normalised_url(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/").casefold()


@pytest.mark.parametrize("key", SETS)
def test_each_set_has_articles_in_both_languages(key):
    names = [name for k, name in ARTICLES if k == key]
    languages = [name.split("/", 1)[0] for name in names]
    least_vi, least_en = MINIMUM[key]
    assert languages.count("vi") >= least_vi and languages.count("en") >= least_en
    on_disk = sorted(str(path.relative_to(SETS[key])) for path in SETS[key].glob("*/*.txt"))
    assert on_disk == sorted(names), "every article file is labelled and every label has its file"


@pytest.mark.parametrize(("key", "name"), ARTICLES)
def test_article_has_a_source_and_is_not_a_bundled_article(key, name):
    path = SETS[key] / name
    source = heldout.header(path).get("source", "")
    assert re.match(r"https?://[^\s/]+\.[a-z]{2,}/", source), f"{name}: first line must be '# source: URL'"
    body = heldout.article_body(path)
    assert len(body) > 300
    for bundled in CORPUS.glob("*.txt"):
        assert body[:200] not in bundled.read_text(encoding="utf-8")
    assert source not in (ROOT / "terms.yaml").read_text(encoding="utf-8"), "an entry cites this article"


@pytest.mark.parametrize(("key", "name"), ARTICLES)
def test_article_is_not_a_development_set_article(key, name):
    path = SETS[key] / name
    source = _normalised_url(heldout.header(path)["source"])
    opening = " ".join(heldout.article_body(path).split())[:200]
    for url, text in _devset_articles():
        assert _normalised_url(url) != source, f"{name} is the dev-set article {url}"
        assert opening not in " ".join(text.split()), f"{name} repeats the dev-set article {url}"


def test_the_two_held_out_sets_share_no_article():
    sources = [_normalised_url(heldout.header(SETS[key] / name)["source"]) for key, name in ARTICLES]
    assert len(sources) == len(set(sources))


@pytest.mark.parametrize(("key", "name"), ARTICLES)
def test_labels_are_well_formed_and_found_in_the_text(key, name):
    spec = DATA[key][name]
    assert set(spec) <= {"terms", "optional"}
    body = heldout.article_body(SETS[key] / name)
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


@pytest.mark.parametrize("key", SETS)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_lookups_are_well_formed(key, language):
    items = DATA[key]["lookups"][language]
    assert len(items) >= 15
    for item in items:
        assert set(item) <= LOOKUP_KEYS and {"query", "id", "en"} <= set(item), item
        assert item["id"] is None or item["id"] in IDS, f"unknown id {item['id']!r}"


def test_benchmark_runs_and_counts_every_set():
    results = heldout.measure()
    assert set(results) == {"bundled", "held-out vi", "held-out en", "held-out 2 vi", "held-out 2 en"}
    for score in results.values():
        assert score.units > 0 and 0 <= score.hits <= score.units
        assert 0 <= score.top1 <= score.top3 <= score.lookups
