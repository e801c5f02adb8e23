"""Checks shared by the term-base family tests (tests/test_termbase_*.py)."""

from __future__ import annotations

from glossary import Matcher, Term, TermBase, lookup
from glossary.conventions import name_problems, source_problems


def found(matcher: Matcher, text: str) -> set[tuple[str, str, int | None]]:
    """(surface, entry id, ordinal) of every match in `text`."""
    return {(m.text, m.term.id, m.ordinal) for m in matcher.annotate(text)}


def ids(matcher: Matcher, text: str) -> set[str]:
    """The entry ids matched in `text`."""
    return {m.term.id for m in matcher.annotate(text)}


def assert_resolves(matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]) -> None:
    """Every expected (surface, id, ordinal) is among the matches of `text`."""
    got = found(matcher, text)
    missing = [item for item in expected if item not in got]
    assert not missing, f"not found {missing}; found {sorted(got)}"


def assert_follows_conventions(term: Term) -> None:
    """Strong sources, a conventional preferred name, and evidence from two pages at least."""
    assert not source_problems(term)
    assert not name_problems(term)
    assert len(term.sources) >= 2, "one outlet for each language at least"


def assert_looked_up_first(termbase: TermBase, query: str, expected: str) -> None:
    """`glossary lookup` of `query` puts the entry `expected` first."""
    results = lookup(termbase, query, limit=3)
    assert results and results[0].term.id == expected, [r.term.id for r in results]
