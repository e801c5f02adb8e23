"""Throughput in one process (no start-up): glossary with JSON encoding next to the keyword matchers.

    python benchmarks/inprocess.py CORPUS.txt [TERMS.yaml]

The corpus is cut into the paragraph chunks annotate_source uses; each row is
the best of three CPU-time runs. Glossary rows encode every match as the JSON
renderer does. Write a corpus with ``python benchmarks/bench.py --work DIR``
(it leaves corpus-*.txt there) or use any UTF-8 text.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench  # noqa: E402
from glossary import compile_matcher, load_termbase  # noqa: E402
from glossary.annotate import iter_paragraph_chunks  # noqa: E402
from glossary.loader import default_termbase_path  # noqa: E402
from glossary.renderers.json_format import _MatchEncoder  # noqa: E402


def best_of_three(function):  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(3):
        started = time.process_time()
        result = function()
        best = min(best, time.process_time() - started)
    return best, result


def main() -> None:
    corpus = Path(sys.argv[1])
    terms = Path(sys.argv[2]) if len(sys.argv) > 2 else default_termbase_path()
    termbase = load_termbase(terms)
    text = corpus.read_text(encoding="utf-8")
    megabytes = len(text.encode("utf-8")) / bench.MEGABYTE
    chunks = list(iter_paragraph_chunks(text.splitlines(keepends=True)))
    configurations = {
        "glossary full + JSON": {},
        "glossary no fuzzy + JSON": {"fuzzy": False},
        "glossary exact only + JSON": {"fuzzy": False, "folded": False},
    }
    for name, options in configurations.items():
        matcher = compile_matcher(termbase, **options)

        def run() -> int:
            encoder, found = _MatchEncoder(), 0
            for chunk in chunks:
                for match in matcher.annotate(chunk):
                    encoder.encode(match)
                    found += 1
            return found

        seconds, found = best_of_three(run)
        print(f"{name:28} {megabytes / seconds:6.2f} MB/s  {found} matches")
    forms = bench.surface_forms(terms)
    for peer in ("flashtext", "flashtext2", "pyahocorasick", "ahocorasick-rs"):
        if not bench.peer_installed(peer):
            print(f"{peer:28} not installed")
            continue
        count = bench._counter(peer, forms, corpus)
        seconds, found = best_of_three(lambda: sum(count(chunk) for chunk in chunks))
        print(f"{peer:28} {megabytes / seconds:6.2f} MB/s  {found} matches")


if __name__ == "__main__":
    main()
