"""Recall and lookup success on the development set (benchmarks/devset).

    python benchmarks/devset.py                      (the term base in use)
    python benchmarks/devset.py --terms OLD.yaml     (another term base, e.g. before a change)
    python benchmarks/devset.py --details            (also list every miss and failed lookup)

The development set is articles from the Vietnamese state press in English that term-base work was
tuned on (benchmarks/devset/README.md), labelled by hand in benchmarks/devset/expectations*.yaml. It is
scored exactly like the held-out set (benchmarks/heldout.py), whose code it reuses; only the numbers of
the held-out set are an honest measure of coverage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout import Article, Score, _expected, _pct, score_articles, score_lookups  # noqa: E402

from glossary import compile_matcher, load_termbase  # noqa: E402

DEVSET = Path(__file__).resolve().parent / "devset"
# One labels file per family of work (expectations.yaml, expectations-<family>.yaml), so that
# people labelling different articles do not edit the same file.
EXPECTATIONS_GLOB = "expectations*.yaml"


def article_body(path: Path) -> str:
    """The article text without its first line (the source URL)."""
    return path.read_text(encoding="utf-8").split("\n", 1)[1]


def load_devset() -> list[Article]:
    articles: list[Article] = []
    for labels in sorted(DEVSET.glob(EXPECTATIONS_GLOB)):
        data = yaml.safe_load(labels.read_text(encoding="utf-8")) or {}
        articles.extend(
            Article(name=name, text=article_body(DEVSET / name), terms=[_expected(item) for item in spec["terms"]])
            for name, spec in data.items()
        )
    return articles


def measure(terms: Path | None = None) -> Score:
    termbase = load_termbase(terms) if terms else load_termbase()
    ids = frozenset(term.id for term in termbase)
    articles = load_devset()
    score = Score()
    score_articles(compile_matcher(termbase), articles, ids, score)
    lookups = {item.text: {"query": item.text, "id": item.id, "en": item.en, "also": list(item.also)}
               for a in articles for item in a.terms}
    score_lookups(termbase, list(lookups.values()), ids, score)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=Path, help="term base to measure (default: the one in use)")
    parser.add_argument("--details", action="store_true", help="list misses and failed lookups")
    args = parser.parse_args(argv)
    s = measure(args.terms)
    # Countries and generic words are not labelled, so precision is not measured here.
    print(f"recall {_pct(s.hits, s.units)} ({s.hits}/{s.units})  lookup@1 {_pct(s.top1, s.lookups)}"
          f"  lookup@3 {_pct(s.top3, s.lookups)} ({s.lookups} surfaces)")
    if args.details:
        for label, lines in (("miss", s.misses), ("failed lookup", s.failed_lookups)):
            for line in lines:
                print(f"  {label}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
