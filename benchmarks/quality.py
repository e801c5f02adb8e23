"""Recall and precision of the bundled term base on the corpus articles and their variants.

    python benchmarks/quality.py

Recall: share of the hand-listed expectations (tests/data/corpus_expectations.yaml,
as (term id, ordinal) occurrences) found in each variant. Precision: share of the
variant's matches whose term is one found in the original article, whose matches
were reviewed by hand (see the issue notes): a match of any other term in a
variant is counted as a false positive.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

from glossary import compile_matcher, load_termbase
from glossary.normalize import _TONE_TABLE, fold_diacritics

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
EXPECTATIONS = yaml.safe_load((ROOT / "tests" / "data" / "corpus_expectations.yaml").read_text(encoding="utf-8"))
_NEW_TO_OLD = {new: old for old, new in _TONE_TABLE.items()}
_NEW_TONES = re.compile("(?<![qQ])(" + "|".join(map(re.escape, _NEW_TO_OLD)) + r")(?!\w)")


def old_tones(text: str) -> str:
    return _NEW_TONES.sub(lambda match: _NEW_TO_OLD[match.group(1)], text)


def with_typos(text: str, names: list[str], seed: int = 14) -> str:
    """Swap two adjacent letters inside one word of every occurrence of each long name."""
    generator = random.Random(seed)
    for name in sorted(set(names), key=lambda name: (-len(name), name)):
        words = name.split(" ")
        index = generator.randrange(len(words))
        word = words[index]
        if len(word) >= 4:
            position = generator.randrange(1, len(word) - 2)
            words[index] = word[:position] + word[position + 1] + word[position] + word[position + 2 :]
        text = text.replace(name, " ".join(words))
    return text


THREE_WORD_NAMES: list[str] = []  # set per article in main()

VARIANTS = {
    "original": lambda text, names: text,
    "no diacritics": lambda text, names: fold_diacritics(text),
    "NFD": lambda text, names: unicodedata.normalize("NFD", text),
    "old tone marks": lambda text, names: old_tones(text),
    "UPPER CASE": lambda text, names: text.upper(),
    "lower case": lambda text, names: text.lower(),
    "typo in long names": with_typos,
    # Names of exactly three words ("Bộ Tổng Tham mưu", "Quân khu 7"): issue 11 asks their typo recall to rise.
    "typo, 3-word names": lambda text, names: with_typos(text, THREE_WORD_NAMES),
}


def main() -> None:
    matcher = compile_matcher(load_termbase())
    print(f"{'article':42} {'variant':20} {'recall':>7} {'precision':>9} {'matches':>7}")
    totals: dict[str, list[float]] = {name: [0, 0, 0, 0] for name in VARIANTS}
    for article, expectation in sorted(EXPECTATIONS.items()):
        original = (CORPUS / article).read_text(encoding="utf-8")
        reviewed_ids = {match.term.id for match in matcher.annotate(original)}
        expected = Counter((term_id, ordinal) for _surface, term_id, ordinal in expectation["present"])
        long_names = [surface for surface, _id, _ordinal in expectation["present"] if surface.count(" ") >= 3]
        THREE_WORD_NAMES[:] = [surface for surface, _id, _ordinal in expectation["present"] if surface.count(" ") == 2]
        for name, make in VARIANTS.items():
            text = make(original, long_names)
            matches = matcher.annotate(text)
            found = Counter((match.term.id, match.ordinal) for match in matches)
            hit = sum(min(count, found[key]) for key, count in expected.items())
            correct = sum(1 for match in matches if match.term.id in reviewed_ids)
            recall = hit / sum(expected.values())
            precision = correct / len(matches) if matches else 1.0
            print(f"{article:42} {name:20} {recall:7.1%} {precision:9.1%} {len(matches):7}")
            total = totals[name]
            total[0] += hit
            total[1] += sum(expected.values())
            total[2] += correct
            total[3] += len(matches)
    print()
    for name, (hit, expected_total, correct, matched) in totals.items():
        print(f"{'all articles':42} {name:20} {hit / expected_total:7.1%} {correct / matched:9.1%} {matched:7}")


if __name__ == "__main__":
    sys.exit(main())
