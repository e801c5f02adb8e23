"""Recall, precision and lookup success on the bundled corpus and on the held-out articles.

    python benchmarks/heldout.py            (or: make heldout)
    python benchmarks/heldout.py --details  (also list every miss and false positive)

Five sets are measured separately:

* ``bundled``: the corpus articles the term base was built with (tests/data/corpus),
  labelled in tests/data/corpus_expectations.yaml;
* ``held-out vi`` and ``held-out en``: real articles from the Vietnamese state press that
  were not used to build the term base (tests/data/heldout/{vi,en}), labelled by hand in
  tests/data/heldout/expectations.yaml with every term a translator needs resolved,
  including terms the term base does not have (those count as misses);
* ``held-out 2 vi`` and ``held-out 2 en``: a second, larger held-out set (tests/data/heldout2,
  same format), 2024-2026 defence and security news chosen by date and outlet, not by topic,
  and labelled before glossary was run on it.

Recall: share of labelled occurrences resolved to the right entry (by id, or by an entry
whose preferred English is the expected one) with the right ordinal; a numbered unit may
also be an entry of its own with the number in its name ("Engineering Unit No. 3"). Every occurrence of
a labelled surface counts, except occurrences inside a longer labelled surface.
Precision: share of the matcher's matches that are right: a match is right when it
resolves a labelled occurrence it overlaps, or when, lying outside (or nested inside) the
labelled occurrences, its entry is one the article's labels expect (a country inside a
meeting name). Matches on a surface listed as `optional` are left out of both.
On the bundled corpus, whose labels are not exhaustive, precision is not reported (see
benchmarks/quality.py for its reviewed precision).
Lookup success: share of the listed lookups whose first result is the right entry (top 1),
and whose right entry is among the first three (top 3). The bundled set's lookups are its
labelled surfaces, each looked up once.

Do not tune the term base to the held-out articles: the numbers are only honest while
entries are added family by family from official sources.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from glossary import Matcher, TermBase, compile_matcher, load_termbase, lookup
from glossary.model import Term

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
CORPUS_EXPECTATIONS = ROOT / "tests" / "data" / "corpus_expectations.yaml"
HELDOUT = ROOT / "tests" / "data" / "heldout"
HELDOUT2 = ROOT / "tests" / "data" / "heldout2"
# Row label prefix and directory of each held-out set, in the order they are printed.
HELDOUT_SETS = (("held-out", HELDOUT), ("held-out 2", HELDOUT2))


@dataclass(frozen=True)
class Expected:
    """What a labelled surface must resolve to."""

    text: str
    id: str | None
    en: str | None
    ordinal: int | None = None
    also: tuple[str, ...] = ()

    def accepts(self, term: Term, termbase_ids: frozenset[str]) -> bool:
        if self.id is not None and term.id == self.id:
            return True
        names = {name.casefold() for name in (self.en, *self.also) if name and name not in termbase_ids}
        ids = {name for name in self.also if name in termbase_ids}
        return term.id in ids or term.en.casefold() in names


def numbered_entry(term: Term, expected: Expected) -> bool:
    """A numbered unit with an entry of its own ("Engineering Unit No. 3", "Army Corps 12").

    docs/termbase.md has distinct numbered institutions as entries with the number in both
    names, so such an entry resolves an occurrence labelled with that ordinal when its English,
    without the number, is the expected name (or the name with the number is an accepted one).
    """
    names = {name.casefold() for name in (expected.en, *expected.also) if name}
    if term.en.casefold() in names:
        return True
    pattern = r"(?<=\s)(?:No\.?\s*|Rotation\s+)?" + str(expected.ordinal) + r"\b"
    if not re.search(pattern, term.en):
        return False
    return re.sub(r"\s+", " ", re.sub(pattern, "", term.en)).strip().casefold() in names


@dataclass
class Article:
    name: str
    text: str
    terms: list[Expected]
    optional: list[str] = field(default_factory=list)


@dataclass
class Score:
    hits: int = 0
    units: int = 0
    correct: int = 0
    matches: int = 0
    top1: int = 0
    top3: int = 0
    lookups: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    failed_lookups: list[str] = field(default_factory=list)


def article_body(path: Path) -> str:
    """The article text without its leading `# ...` header lines (source URL, outlet)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = 0
    while index < len(lines) and lines[index].startswith("#"):
        index += 1
    return "".join(lines[index:])


def header(path: Path) -> dict[str, str]:
    """The `# key: value` header lines of a held-out article."""
    fields: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line[1:].strip().partition(":")
        fields[key.strip()] = value.strip()
    return fields


def _expected(item: dict[str, Any]) -> Expected:
    return Expected(
        text=str(item["text"]),
        id=item.get("id"),
        en=item.get("en"),
        ordinal=item.get("ordinal"),
        also=tuple(item.get("also") or ()),
    )


def load_heldout(directory: Path = HELDOUT) -> tuple[dict[str, list[Article]], dict[str, list[dict[str, Any]]]]:
    """The held-out articles of ``directory`` by language ("vi", "en") and its lookups by language."""
    data = yaml.safe_load((directory / "expectations.yaml").read_text(encoding="utf-8"))
    sets: dict[str, list[Article]] = {"vi": [], "en": []}
    for name, spec in data.items():
        if name == "lookups":
            continue
        language = name.split("/", 1)[0]
        sets[language].append(
            Article(
                name=name,
                text=article_body(directory / name),
                terms=[_expected(item) for item in spec["terms"]],
                optional=list(spec.get("optional") or ()),
            )
        )
    return sets, data["lookups"]


def load_bundled(termbase: TermBase) -> tuple[list[Article], list[dict[str, Any]]]:
    """The bundled corpus with its labels, and one lookup per labelled surface."""
    data = yaml.safe_load(CORPUS_EXPECTATIONS.read_text(encoding="utf-8"))
    by_id = {term.id: term for term in termbase}
    articles = []
    lookups: dict[str, dict[str, Any]] = {}
    for name, spec in sorted(data.items()):
        terms: dict[str, Expected] = {}
        for surface, term_id, ordinal in spec["present"]:
            en = by_id[term_id].en if term_id in by_id else None
            terms.setdefault(surface, Expected(text=surface, id=term_id, en=en, ordinal=ordinal))
            lookups.setdefault(surface, {"query": surface, "id": term_id, "en": en})
        articles.append(Article(name=name, text=(CORPUS / name).read_text(encoding="utf-8"), terms=list(terms.values())))
    return articles, list(lookups.values())


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Spans of ``surface`` in ``text`` as a whole word or phrase ("Japan" not in "Japanese")."""
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [(found.start(), found.end()) for found in pattern.finditer(text)]


def units(article: Article) -> list[tuple[int, int, Expected]]:
    """Labelled occurrences, longest surface first; shorter ones inside them are not counted."""
    taken: list[tuple[int, int, Expected]] = []
    for expected in sorted(article.terms, key=lambda item: len(item.text), reverse=True):
        for start, end in occurrences(article.text, expected.text):
            if not any(start >= s and end <= e for s, e, _ in taken):
                taken.append((start, end, expected))
    return sorted(taken, key=lambda unit: unit[0])


def _optional_spans(article: Article) -> list[tuple[int, int]]:
    return [span for surface in article.optional for span in occurrences(article.text, surface)]


def score_articles(matcher: Matcher, articles: list[Article], ids: frozenset[str], score: Score) -> None:
    for article in articles:
        labelled = units(article)
        optional = _optional_spans(article)
        matches = matcher.annotate(article.text)

        def resolves(match: Any, expected: Expected) -> bool:
            if expected.ordinal is not None and match.ordinal is None and numbered_entry(match.term, expected):
                return True
            if not expected.accepts(match.term, ids):
                return False
            return expected.ordinal is None or match.ordinal == expected.ordinal

        for start, end, expected in labelled:
            score.units += 1
            overlapping = [m for m in matches if m.start < end and m.end > start]
            if any(resolves(m, expected) for m in overlapping):
                score.hits += 1
            else:
                got = ", ".join(f"{m.text!r}->{m.term.id}/{m.ordinal}" for m in overlapping) or "nothing"
                score.misses.append(f"{article.name}: {expected.text!r} (want {expected.id or expected.en}"
                                    f"{'/' + str(expected.ordinal) if expected.ordinal else ''}; got {got})")
        for match in matches:
            overlapping = [(s, e, x) for s, e, x in labelled if match.start < e and match.end > s]
            good = any(resolves(match, expected) for _s, _e, expected in overlapping)
            if not good and any(match.start >= s and match.end <= e for s, e in optional):
                continue
            score.matches += 1
            if not good:
                # Outside every labelled occurrence, or strictly inside longer ones (a country
                # inside a meeting name): right if the article's labels expect its entry.
                nested = all(s <= match.start and match.end <= e and e - s > match.end - match.start
                             for s, e, _x in overlapping)
                good = nested and any(expected.accepts(match.term, ids) for expected in article.terms)
            if good:
                score.correct += 1
            else:
                score.false_positives.append(f"{article.name}: {match.text!r} -> {match.term.id}/{match.ordinal}")


def score_lookups(termbase: TermBase, items: list[dict[str, Any]], ids: frozenset[str], score: Score) -> None:
    for item in items:
        expected = _expected({"text": item["query"], **item})
        results = lookup(termbase, item["query"], limit=3)
        score.lookups += 1
        if results and expected.accepts(results[0].term, ids):
            score.top1 += 1
        else:
            got = results[0].term.id if results else "nothing"
            score.failed_lookups.append(f"{item['query']!r} (want {expected.id or expected.en}; got {got})")
        if any(expected.accepts(result.term, ids) for result in results):
            score.top3 += 1


def measure(termbase: TermBase | None = None) -> dict[str, Score]:
    termbase = termbase or load_termbase()
    matcher = compile_matcher(termbase)
    ids = frozenset(term.id for term in termbase)
    results: dict[str, Score] = {}
    bundled, bundled_lookups = load_bundled(termbase)
    results["bundled"] = Score()
    score_articles(matcher, bundled, ids, results["bundled"])
    score_lookups(termbase, bundled_lookups, ids, results["bundled"])
    for label, directory in HELDOUT_SETS:
        sets, lookups = load_heldout(directory)
        for language in ("vi", "en"):
            score = results[f"{label} {language}"] = Score()
            score_articles(matcher, sets[language], ids, score)
            score_lookups(termbase, lookups[language], ids, score)
    return results


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "   n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list misses, false positives and failed lookups")
    args = parser.parse_args(argv)
    results = measure()
    width = max(12, *(len(name) for name in results))
    print(f"{'set':{width}} {'recall':>7} {'(hit/units)':>12} {'precision':>9} {'(ok/matches)':>13} {'lookup@1':>8} {'lookup@3':>8} {'(n)':>5}")
    for name, s in results.items():
        precision = _pct(s.correct, s.matches) if name != "bundled" else "n/a*"
        counts = f"{s.correct}/{s.matches}" if name != "bundled" else ""
        print(
            f"{name:{width}} {_pct(s.hits, s.units):>7} {f'{s.hits}/{s.units}':>12} {precision:>9}"
            f" {counts:>13} {_pct(s.top1, s.lookups):>8} {_pct(s.top3, s.lookups):>8} {s.lookups:>5}"
        )
    print(
        "* the bundled labels (tests/data/corpus_expectations.yaml) list what must be found, not every"
        " term, so precision there is not measured here: see benchmarks/quality.py"
    )
    if args.details:
        for name, s in results.items():
            print(f"\n== {name}")
            for label, lines in (("miss", s.misses), ("false positive", s.false_positives), ("failed lookup", s.failed_lookups)):
                for line in lines:
                    print(f"  {label}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
