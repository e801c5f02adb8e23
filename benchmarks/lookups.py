"""Top-1 / top-3 accuracy and speed of ``glossary.lookup`` on the development set of typed lookups.

    python benchmarks/lookups.py [--cases PATH] [--terms PATH] [--failures] [--repeat R]

Cases (tests/data/lookups.yaml): a query as a translator types it, the id of the
entry it must find, the kind of variation (partial name, no diacritics, typo...)
and why. Top-1: the expected entry is the first result; top-3: among the first
three (default ``min_score``, so a case with no result at all is a miss).
Speed: lookups per second over every query of the set, on an index built once
(the build time is printed separately), best of ``--repeat`` runs.

The table goes to stdout as Markdown; ``--failures`` lists the misses after it.
This set is the one lookup.py was developed on; a held-out set gives the honest figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

from glossary import load_termbase, lookup
from glossary.model import TermBase

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "lookups.yaml"


def load_cases(path: Path = CASES) -> list[dict[str, str]]:
    """The development cases: dicts with query, expected, kind and explanation."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def rank_of(termbase: TermBase, query: str, expected: str) -> int | None:
    """1-based rank of ``expected`` among the first three results for ``query``, else None."""
    for position, result in enumerate(lookup(termbase, query, limit=3), start=1):
        if result.term.id == expected:
            return position
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--terms", type=Path, default=None, help="term base YAML (default: the bundled one)")
    parser.add_argument("--failures", action="store_true", help="list the cases missed at top 1")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args(argv)

    cases = load_cases(options.cases)
    termbase = load_termbase(options.terms) if options.terms else load_termbase()

    started = time.perf_counter()
    lookup(termbase, "index build")  # the index is built once per term base, on first use
    build_seconds = time.perf_counter() - started

    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    failures: list[tuple[dict[str, str], list[str]]] = []
    for case in cases:
        rank = rank_of(termbase, case["query"], case["expected"])
        for key in (case["kind"], "all"):
            counts = per_kind[key]
            counts[0] += 1
            counts[1] += rank == 1
            counts[2] += rank is not None
        if rank != 1:
            got = [f"{r.term.id} ({r.score:g})" for r in lookup(termbase, case["query"], limit=3)]
            failures.append((case, got))

    best = float("inf")
    for _ in range(max(1, options.repeat)):
        started = time.perf_counter()
        for case in cases:
            lookup(termbase, case["query"])
        best = min(best, time.perf_counter() - started)

    print(f"Lookups on {len(termbase)} entries, {len(cases)} cases ({options.cases.name})\n")
    print("| kind | cases | top-1 | top-3 |")
    print("|---|---:|---:|---:|")
    for kind in [*sorted(k for k in per_kind if k != "all"), "all"]:
        total, top1, top3 = per_kind[kind]
        label = f"**{kind}**" if kind == "all" else kind
        print(f"| {label} | {total} | {top1 / total:.0%} ({top1}) | {top3 / total:.0%} ({top3}) |")
    print(f"\nIndex build: {build_seconds * 1000:.0f} ms; speed: {len(cases) / best:,.0f} lookups/s "
          f"({best / len(cases) * 1000:.2f} ms per lookup, best of {options.repeat})")
    if options.failures:
        print("\nMissed at top 1:\n")
        for case, got in failures:
            print(f"- [{case['kind']}] {case['query']!r} -> want {case['expected']}; got {', '.join(got) or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
