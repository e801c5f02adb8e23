"""Rich terminal output: highlighted text with a table of resolved terms, and term tables."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from typing import TYPE_CHECKING

from ..model import Term

if TYPE_CHECKING:
    from ..annotate import AnnotatedChunk
    from ..lookup import LookupResult
    from ..matcher import Match
from .text_formats import pieces

CATEGORY_STYLES = {
    "mechanism": "bold cyan",
    "meeting": "bold green",
    "rank": "bold yellow",
    "title": "bold magenta",
    "institution": "bold blue",
    "organisation": "bold bright_cyan",
    "document": "bold bright_yellow",
    "concept": "bold white",
    "country": "bold bright_red",
    "initiative": "bold bright_green",
}


def console_for(out: TextIO) -> Console:
    """A rich console on ``out`` (colour only when it is a terminal)."""
    return Console(file=out, highlight=False, soft_wrap=True)


class TerminalRenderer:
    """The text with terms highlighted by category, then a table of the terms resolved."""

    def __init__(self, *, out: TextIO, target: str = "en", **_options: Any) -> None:
        self.console = console_for(out)
        self.target = target

    def begin(self) -> None:
        pass

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        resolved: dict[tuple[str, str], Match] = {}
        counts: dict[tuple[str, str], int] = {}
        self.console.rule(name)
        for chunk in chunks:
            text = Text()
            for piece, match in pieces(chunk):
                if match is None:
                    text.append(piece)
                    continue
                text.append(piece, style=CATEGORY_STYLES.get(match.term.category, "bold"))
                key = (match.term.id, match.gloss("en"))
                resolved.setdefault(key, match)
                counts[key] = counts.get(key, 0) + 1
            self.console.print(text, end="")
        self.console.print()
        table = Table(title="Terms", title_justify="left")
        for column in ("Text", "Vietnamese", "English", "Acronyms", "Category", "Method", "Count"):
            table.add_column(column)
        for key, match in resolved.items():
            term = match.term
            table.add_row(
                match.text.replace("\n", " "),
                match.gloss("vi"),
                match.gloss("en"),
                ", ".join(term.acronyms),
                Text(term.category, style=CATEGORY_STYLES.get(term.category, "")),
                f"{match.method} {match.score:g}",
                str(counts[key]),
            )
        self.console.print(table)

    def end(self) -> None:
        pass


def _term_table(title: str, with_score: bool) -> Table:
    table = Table(title=title, title_justify="left")
    if with_score:
        table.add_column("Score", justify="right")
    for column in ("Vietnamese", "English", "Acronyms", "Category", "Id"):
        table.add_column(column)
    return table


def _term_row(term: Term) -> list[Any]:
    return [term.vi, term.en, ", ".join(term.acronyms), Text(term.category, style=CATEGORY_STYLES.get(term.category, "")), term.id]


def print_lookup(out: TextIO, query: str, results: Sequence[LookupResult]) -> None:
    table = _term_table(escape(f"Results for {query!r}"), with_score=True)
    for result in results:
        table.add_row(f"{result.score:g}", *_term_row(result.term))
    console_for(out).print(table)


def print_terms(out: TextIO, terms: Sequence[Term]) -> None:
    table = _term_table(f"{len(terms)} terms", with_score=False)
    for term in terms:
        table.add_row(*_term_row(term))
    console_for(out).print(table)


def print_stats(out: TextIO, stats: dict[str, Any]) -> None:
    console = console_for(out)
    table = Table(title="Entries per category", title_justify="left")
    table.add_column("Category")
    table.add_column("Entries", justify="right")
    for category, count in stats["categories"].items():
        table.add_row(Text(category, style=CATEGORY_STYLES.get(category, "")), str(count))
    console.print(table)
    for label, key in (
        ("Entries", "entries"),
        ("Acronyms", "acronyms"),
        ("Surface forms", "forms"),
        ("Meeting series", "series"),
        ("Entries with sources", "with_sources"),
        ("Entries with a note", "with_note"),
    ):
        console.print(f"{label}: {stats[key]}")
