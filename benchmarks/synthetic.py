"""Synthetic term bases for benchmarks: the bundled entries plus N generated ones, valid in the schema.

    python benchmarks/synthetic.py 10000 /tmp/terms-10k.yaml

Generated Vietnamese names are 2 to 7 words drawn from the corpus vocabulary
(tests/data/corpus/*.txt), weighted by how often each word occurs there, so
that the automata and the fuzzy stage meet the prefixes and word pairs they
would meet with a real large term base; English names are made of English
words of the bundled term base; a fifth get an acronym. No generated form
equals a form of the bundled term base or of another generated entry.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
BUNDLED = ROOT / "terms.yaml"
CATEGORIES = ("mechanism", "meeting", "institution", "organisation", "document", "concept", "initiative")


def corpus_vocabulary() -> tuple[list[str], list[int]]:
    words: Counter[str] = Counter()
    for path in sorted(CORPUS.glob("*.txt")):
        words.update(word.lower() for word in re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8")))
    vocabulary = sorted(words)
    return vocabulary, [words[word] for word in vocabulary]


def write_synthetic_termbase(count: int, path: Path, *, seed: int = 2026) -> Path:
    """Write the bundled term base plus ``count`` generated entries to ``path``."""
    from glossary import load_termbase
    from glossary.normalize import acronym_key, name_key

    bundled = yaml.safe_load(BUNDLED.read_text(encoding="utf-8"))["terms"]
    # Written forms as the loader reads them (plain or {form, status, usage} mappings).
    written = [form for term in load_termbase(BUNDLED) for form in term.forms() if not form.generated]
    taken_names = {name_key(form.text) for form in written}
    taken_acronyms = {acronym_key(form.text) for form in written if form.kind == "acronym"}
    vocabulary, weights = corpus_vocabulary()
    english = sorted({word for entry in bundled for word in re.findall(r"[A-Za-z]{3,}", entry["en"])})
    generator = random.Random(seed)
    entries = []
    while len(entries) < count:
        size = generator.choice((2, 3, 3, 4, 4, 5, 6, 7))
        vi = " ".join(generator.choices(vocabulary, weights, k=size)).capitalize()
        en = " ".join(generator.choice(english) for _ in range(generator.randint(2, 5)))
        keys = {name_key(vi), name_key(en)}
        if len(keys) < 2 or keys & taken_names or len(vi) < 6:
            continue
        taken_names |= keys
        number = len(entries) + 1
        entry = {
            "id": f"synthetic-{number:06d}",
            "category": generator.choice(CATEGORIES),
            "vi": vi,
            "en": en,
            "sources": ["synthetic (benchmarks/synthetic.py)"],
        }
        if generator.random() < 0.2:
            acronym = "".join(word[0] for word in en.split()).upper() + f"-{number}"
            if acronym_key(acronym) not in taken_acronyms:
                taken_acronyms.add(acronym_key(acronym))
                entry["acronyms"] = [acronym]
        entries.append(entry)
    path.write_text(
        yaml.safe_dump({"terms": bundled + entries}, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8"
    )
    return path


if __name__ == "__main__":
    write_synthetic_termbase(int(sys.argv[1]), Path(sys.argv[2]))
