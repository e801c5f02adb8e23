"""Annotation work that a busy machine cannot blur: run under valgrind and count instructions.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/instructions.py CORPUS.txt MODE

MODE is ``full``, ``nofuzzy`` or ``none``. The script loads the bundled term
base's compiled matcher from the on-disk cache (run it once without valgrind
first, so that the cache is warm), reads CORPUS in the paragraph chunks
``annotate_source`` uses and, unless MODE is ``none``, annotates them,
encoding every match as the JSON renderer does. callgrind's "Collected" line
is the instruction count; the annotation's share is a MODE run minus a
``none`` run of the same code. docs/performance.md uses it on 100 kB.
"""

from __future__ import annotations

import sys

from glossary.annotate import iter_paragraph_chunks
from glossary.cache import cached_matcher
from glossary.renderers.json_format import _MatchEncoder

OPTIONS = {"full": {}, "nofuzzy": {"fuzzy": False}, "none": {}}


def main() -> None:
    corpus, mode = sys.argv[1], sys.argv[2]
    matcher = cached_matcher(None, **OPTIONS[mode])
    with open(corpus, encoding="utf-8", errors="ignore") as handle:  # a byte cut may split a character
        chunks = list(iter_paragraph_chunks(handle.read().splitlines(keepends=True)))
    if mode == "none":
        return
    encoder = _MatchEncoder()
    for chunk in chunks:
        for match in matcher.annotate(chunk):
            encoder.encode(match)


if __name__ == "__main__":
    main()
