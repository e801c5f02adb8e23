"""Helpers the bilingual formats share: source -> target pairs, control characters, duplicates."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import FormStatus, Term

# C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def one_line(text: str) -> str:
    """``text`` with every run of control characters (tabs and newlines included) turned into one space."""
    return " ".join(_CONTROL.sub(" ", text).split())


@dataclass(frozen=True)
class Pair:
    """One source form and the preferred target name it maps to."""

    source: str
    target: str
    term: Term
    kind: str  # "name", "variant" or "acronym"
    status: FormStatus


def pairs(terms: Iterable[Term], source: str, target: str) -> list[Pair]:
    """Every written source form of every entry (preferred name, variants, acronyms) -> the preferred target name."""
    result = []
    for term in terms:
        name = term.name(target)
        result.append(Pair(term.name(source), name, term, "name", "preferred"))
        result += [Pair(form, name, term, "variant", term.status(form)) for form in term.variants.get(source, ())]
        result += [Pair(form, name, term, "acronym", term.status(form)) for form in term.acronyms]
    return result


def unique_sources(all_pairs: Sequence[Pair], *, fold_case: bool = False) -> tuple[list[Pair], list[str]]:
    """Pairs whose source maps to one target only; the others are left out and described in warnings.

    A source that several entries share with *different* targets (an ambiguous form such as PCA)
    cannot be in a one-target-per-source glossary. The same source written twice with the same
    target keeps its first line.
    """

    def key(text: str) -> str:
        return text.casefold() if fold_case else text

    targets: dict[str, dict[str, list[str]]] = {}
    for pair in all_pairs:
        targets.setdefault(key(pair.source), {}).setdefault(pair.target, []).append(pair.term.id)
    kept, warnings, seen = [], [], set()
    for pair in all_pairs:
        by_target = targets[key(pair.source)]
        if len(by_target) > 1:
            if key(pair.source) not in seen:
                seen.add(key(pair.source))
                choices = "; ".join(f"{target} ({', '.join(dict.fromkeys(ids))})" for target, ids in by_target.items())
                warnings.append(f"left out ambiguous source {pair.source!r}: {choices}")
            continue
        if key(pair.source) in seen:
            continue
        seen.add(key(pair.source))
        kept.append(pair)
    return kept, warnings
