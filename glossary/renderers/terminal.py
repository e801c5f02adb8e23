"""Rich terminal output: highlighted text with a legend and a table of resolved terms, and term tables.

Everything shown comes from untrusted input or term bases, so it is handed to
rich as :class:`~rich.text.Text` (never as markup) after
:func:`~glossary.renderers.escaping.terminal_safe` removed escape sequences.
Text wraps at word boundaries; tables wrap inside cells and, on narrow
terminals, drop their least useful columns rather than cut a name or an id.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from rich.console import Console
from rich.padding import Padding
from rich.style import Style
from rich.table import Table
from rich.text import Text

from typing import TYPE_CHECKING

from ..model import CATEGORIES, Term
from .escaping import terminal_safe

if TYPE_CHECKING:  # only for type hints: importing the matcher would slow start-up
    from ..annotate import AnnotatedChunk
    from ..lookup import LookupResult, Sense
    from ..matcher import Match
from .text_formats import pieces

__all__ = [
    "CATEGORY_BACKGROUNDS",
    "TerminalRenderer",
    "category_style",
    "console_for",
    "print_entry",
    "print_lookup",
    "print_stats",
    "print_terms",
]

# One pale background per category (the HTML page uses the same hues), always with
# black text: readable on light and dark terminals alike, unlike coloured text.
CATEGORY_BACKGROUNDS = {
    "mechanism": "#cfe8ff",
    "meeting": "#d9f2d9",
    "rank": "#ffe0b3",
    "title": "#ffd6e7",
    "institution": "#e6dcff",
    "organisation": "#c9f0f0",
    "document": "#fff3b0",
    "concept": "#e4e4e4",
    "country": "#f5dcc8",
    "initiative": "#dff0c0",
}
# Underlined as well, so that terms still stand out where colour is off (NO_COLOR, --no-color).
_TERM_STYLE_EXTRA = "underline"


def category_style(category: str) -> Style:
    """The style of a category's terms: black on the category's pale background, underlined."""
    background = CATEGORY_BACKGROUNDS.get(category, "#e4e4e4")
    return Style.parse(f"{_TERM_STYLE_EXTRA} #000000 on {background}")


def _label_style(category: str) -> Style:
    background = CATEGORY_BACKGROUNDS.get(category, "#e4e4e4")
    return Style.parse(f"#000000 on {background}")


class _TrimmedLines:
    """A text stream that drops the spaces rich pads table lines with (before any closing colour code)."""

    _TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$")

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.pending = ""

    def write(self, text: str) -> int:
        self.pending += text
        if "\n" in self.pending:
            complete, self.pending = self.pending.rsplit("\n", 1)
            self.out.write("\n".join(self._TRAILING.sub(r"\1", line) for line in complete.split("\n")) + "\n")
        return len(text)

    def flush(self) -> None:
        if self.pending:
            self.out.write(self.pending)
            self.pending = ""
        self.out.flush()

    def isatty(self) -> bool:
        return self.out.isatty()

    def fileno(self) -> int:
        return self.out.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self.out, "encoding", None) or "utf-8"


def console_for(out: TextIO, *, color: bool | None = None, width: int | None = None) -> Console:
    """A rich console on ``out``.

    ``color``: None colours on a terminal unless ``NO_COLOR`` is set
    (https://no-color.org); False never; True always. Long lines wrap at word boundaries.
    """
    no_color = color is False or (color is None and bool(os.environ.get("NO_COLOR")))
    return Console(
        file=_TrimmedLines(out),  # type: ignore[arg-type]
        highlight=False,
        markup=False,
        emoji=False,
        no_color=no_color,
        force_terminal=True if color else None,
        width=width,
    )


def _text(value: str, style: Style | str = "") -> Text:
    return Text(terminal_safe(value), style=style)


def _flat(value: str) -> str:
    return " ".join(value.split())


class TerminalRenderer:
    """Per document: a rule with its name, the text with terms highlighted, then a table of the terms."""

    def __init__(
        self, *, out: TextIO, target: str = "en", color: bool | None = None, width: int | None = None, **_options: Any
    ) -> None:
        self.console = console_for(out, color=color, width=width)
        self.target = target
        self.legend_shown = False

    def begin(self) -> None:
        pass

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        resolved: dict[tuple[str, str], Match] = {}
        counts: dict[tuple[str, str], int] = {}
        title = _text("standard input" if name == "-" else name)
        if title.cell_len + 6 <= self.console.width:
            self.console.rule(title)
        else:  # a long path is never cut: it goes on its own lines, under a plain rule
            self.console.rule()
            self.console.print(title, overflow="fold")
        for chunk in chunks:
            text = Text(end="")
            for piece, match in pieces(chunk):
                if match is None:
                    text.append(terminal_safe(piece))
                    continue
                text.append(terminal_safe(piece), style=category_style(match.term.category))
                key = (match.term.id, match.gloss("en"))
                resolved.setdefault(key, match)
                counts[key] = counts.get(key, 0) + 1
            self.console.print(text, end="", overflow="fold")
        self.console.print()
        if resolved:
            self._print_legend({match.term.category for match in resolved.values()})
        columns = [
            _Column("Text", priority=4),
            _Column("Vietnamese", priority=9),
            _Column("English", priority=10),
            _Column("Acronyms", priority=3),
            _Column("Category", priority=2),
            _Column("Method", priority=1),
            _Column("Count", priority=5, justify="right"),
        ]
        rows = []
        for key, match in resolved.items():
            term = match.term
            method = f"{match.method} {match.score:g}" + (f", sense: {match.decided_by}" if match.decided_by else "")
            rows.append(
                [
                    _text(_flat(match.text)),
                    _text(match.shown_gloss("vi")),  # an undecided sense: every sense, marked "?"
                    _text(match.shown_gloss("en")),
                    _text(", ".join(term.acronyms)),
                    _text(term.category, _label_style(term.category)),
                    _text(method),
                    _text(str(counts[key])),
                ]
            )
        if rows:
            self.console.print(_fitted_table(self.console, "Terms", columns, rows))
        else:
            self.console.print(Text("No terms found."))

    def _print_legend(self, categories: set[str]) -> None:
        if self.console.no_color or self.console.color_system is None:
            return  # without colour a legend says nothing
        legend = Text("Legend: ")
        for category in CATEGORIES:
            if category in categories:
                legend.append(f" {category} ", style=_label_style(category))
                legend.append(" ")
        self.console.print(legend)

    def end(self) -> None:
        pass


@dataclass(frozen=True)
class _Column:
    header: str
    priority: int  # the lowest priority is dropped first when the terminal is too narrow
    justify: str = "left"
    break_at_hyphens: bool = False  # ids: wrap after a hyphen when the id is wider than the column


def _longest_word(text: Text, break_at_hyphens: bool = False) -> int:
    words = text.plain.split()
    if break_at_hyphens:
        words = [part for word in words for part in re.findall(r"[^-]*-|[^-]+$", word)]
    return max((Text(word).cell_len for word in words), default=0)


def _wrap_at_hyphens(text: Text, width: int) -> Text:
    """``text`` (an id) with line breaks after hyphens so that no line is wider than ``width``."""
    lines: list[str] = []
    current = ""
    for part in re.findall(r"[^-]*-|[^-]+$", text.plain):
        if current and len(current) + len(part) > width:
            lines.append(current)
            current = ""
        current += part
    lines.append(current)
    return Text("\n".join(lines), style=text.style)


def _longest_line(text: Text) -> int:
    return max((Text(line).cell_len for line in text.plain.splitlines()), default=0)


def _fitted_table(console: Console, title: str, columns: Sequence[_Column], rows: Sequence[Sequence[Text]]) -> Table:
    """A table that fits the console and whose columns are never narrower than their longest word.

    When the console is too narrow for every column at that width, the columns
    with the lowest priority are dropped until the rest fit (the two most
    useful always stay). Width beyond the minimum goes to the columns that
    want it, in proportion to what they want, so words are never cut.
    """
    minimum = [
        max([len(column.header)] + [_longest_word(row[index], column.break_at_hyphens) for row in rows])
        for index, column in enumerate(columns)
    ]
    natural = [
        max([len(column.header)] + [_longest_line(row[index]) for row in rows]) for index, column in enumerate(columns)
    ]
    kept = list(range(len(columns)))

    def overhead() -> int:
        # Heavy box: one border per column plus one, and one space of padding on each side.
        return 3 * len(kept) + 1

    while sum(minimum[index] for index in kept) + overhead() > console.width and len(kept) > 2:
        kept.remove(min(kept, key=lambda index: columns[index].priority))
    widths = {index: minimum[index] for index in kept}
    spare = console.width - overhead() - sum(widths.values())
    wanted = {index: natural[index] - minimum[index] for index in kept}
    if spare >= sum(wanted.values()):
        widths = {index: natural[index] for index in kept}
    elif spare > 0:
        total = sum(wanted.values())
        for index in kept:
            widths[index] += wanted[index] * spare // total
    table = Table(title=Text(title), title_justify="left", expand=False)
    for index in kept:
        column = columns[index]
        table.add_column(Text(column.header), justify=column.justify, overflow="fold", width=widths[index])  # type: ignore[arg-type]
    for row in rows:
        cells = []
        for index in kept:
            cell = row[index]
            if columns[index].break_at_hyphens and cell.cell_len > widths[index]:
                cell = _wrap_at_hyphens(cell, widths[index])
            cells.append(cell)
        table.add_row(*cells)
    return table


def _term_columns(with_score: bool, with_note: bool) -> list[_Column]:
    columns = []
    if with_score:
        columns.append(_Column("Score", priority=5, justify="right"))
    columns += [
        _Column("Vietnamese", priority=9),
        _Column("English", priority=10),
        _Column("Acronyms", priority=6),
        _Column("Category", priority=3),
        _Column("Id", priority=8, break_at_hyphens=True),
    ]
    if with_note:
        columns.append(_Column("Note", priority=1))
    return columns


def _term_row(term: Term, with_note: bool) -> list[Text]:
    row = [
        _text(term.vi),
        _text(term.en),
        _text(", ".join(term.acronyms)),
        _text(term.category, _label_style(term.category)),
        _text(term.id),
    ]
    if with_note:
        row.append(_text(term.note or ""))
    return row


def print_lookup(
    out: TextIO,
    query: str,
    results: Sequence[LookupResult],
    *,
    color: bool | None = None,
    width: int | None = None,
    senses: Sequence[Sense] = (),
) -> None:
    """A table of results, best first, then the usage note of each result that has one.

    ``senses``: when the query is an ambiguous form, every sense with its cues (whatever ``--limit``).
    """
    console = console_for(out, color=color, width=width)
    columns = _term_columns(with_score=True, with_note=False)
    rows = [[_text(f"{result.score:g}"), *_term_row(result.term, with_note=False)] for result in results]
    for row, result in zip(rows, results):
        if result.ordinal is not None:  # "ADMM-14", "Sư đoàn 346": the names with the query's number
            row[1:3] = [_text(result.name("vi")), _text(result.name("en"))]
    console.print(_fitted_table(console, f"Results for {query!r}", columns, rows))
    notes = [result.term for result in results if result.term.note]
    for term in notes:
        note = Text()
        note.append(terminal_safe(term.id), style="bold")
        note.append(": ")
        note.append(terminal_safe(_flat(term.note or "")))
        console.print(Padding(note, (0, 0, 0, 2), expand=False))
    if senses:
        console.print(Text(f"{terminal_safe(query)!r} has {len(senses)} senses; in a text, cues near it choose:"))
        for sense in senses:
            line = Text()
            line.append(terminal_safe(sense.term.id), style="bold")
            line.append(terminal_safe(f" ({sense.term.en} = {sense.term.vi})"))
            if sense.default:
                line.append(" default when no cue decides")
            line.append(": cues " + (terminal_safe(", ".join(sense.cues)) if sense.cues else "none"))
            console.print(Padding(line, (0, 0, 0, 2), expand=False))


def print_terms(out: TextIO, terms: Sequence[Term], *, color: bool | None = None, width: int | None = None) -> None:
    """All ``terms`` in a table; their notes in a last column when the terminal is wide enough."""
    console = console_for(out, color=color, width=width)
    columns = _term_columns(with_score=False, with_note=True)
    rows = [_term_row(term, with_note=True) for term in terms]
    table = _fitted_table(console, f"{len(terms)} terms", columns, rows)
    console.print(table)
    if any(term.note for term in terms) and len(table.columns) < len(columns):
        console.print(Text("Notes are shown on wider terminals and by `glossary show ID`."), style="dim")


def print_entry(out: TextIO, term: Term, *, color: bool | None = None, width: int | None = None) -> None:
    """One entry in full: names, acronyms, variants, forms that take a number, note and sources."""
    console = console_for(out, color=color, width=width)
    table = Table(show_header=False, box=None, padding=(0, 1, 0, 0), title=None)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    fields: list[tuple[str, Text]] = [
        ("Id", _text(term.id)),
        ("Category", _text(term.category, _label_style(term.category))),
        ("Vietnamese", _text(term.vi)),
        ("English", _text(term.en)),
    ]
    if term.acronyms:
        fields.append(("Acronyms", _text(", ".join(term.acronyms))))
    for language, label in (("vi", "Also (vi)"), ("en", "Also (en)")):
        if term.variants.get(language):
            fields.append((label, _text("; ".join(term.variants[language]))))
    for position, (form, usage) in enumerate(getattr(term, "form_usage", {}).items()):
        described = f"{form}: {usage.status}" + (f" ({usage.usage})" if usage.usage else "")
        fields.append(("Form status" if position == 0 else "", _text(described)))
    if term.series:
        fields.append(("Series", _text("numbered meetings (ADMM-14, lần thứ 14, 14th)")))
    if term.takes_number:
        fields.append(("Numbered", _text(f"units by number ({term.vi} 346 = {term.en} 346)")))
    if term.domestic:
        fields.append(("Viet Nam's own", _text("not read after another country (US President, Thủ tướng Thái Lan)")))
    if term.provincial:
        fields.append(("In a province", _text(f"{term.provincial} (Lao Cai ..., ... of Ha Giang province)")))
    if term.modifier_forms:
        fields.append(("Before a term", _text(", ".join(term.modifier_forms))))
    if term.numbered_forms:
        fields.append(("With a number", _text(", ".join(term.numbered_forms))))
    if term.ambiguous_forms:
        fields.append(("Ambiguous", _text(", ".join(term.ambiguous_forms))))
    if term.context_cues:
        fields.append(("Cues", _text(", ".join(term.context_cues))))
    if term.default_for:
        fields.append(("Default for", _text(", ".join(term.default_for) + " (when no definition or cue decides)")))
    if term.note:
        fields.append(("Note", _text(_flat(term.note))))
    for label, value in fields:
        table.add_row(Text(label), value)
    console.print(table)
    if term.sources:
        # One per line and never wrapped, so that a terminal can still open them.
        console.print(Text("Sources", style="bold"))
        for source in term.sources:
            console.print(Text("  " + terminal_safe(source)), soft_wrap=True)


def print_stats(out: TextIO, stats: dict[str, Any], *, color: bool | None = None, width: int | None = None) -> None:
    """Entries per category, then the other counts."""
    console = console_for(out, color=color, width=width)
    table = Table(title=Text("Entries per category"), title_justify="left")
    table.add_column(Text("Category"))
    table.add_column(Text("Entries"), justify="right")
    for category, count in stats["categories"].items():
        table.add_row(_text(str(category), _label_style(str(category))), Text(str(count)))
    console.print(table)
    for label, key in (
        ("Entries", "entries"),
        ("Acronyms", "acronyms"),
        ("Surface forms", "forms"),
        ("Meeting series", "series"),
        ("Entries with sources", "with_sources"),
        ("Entries with a note", "with_note"),
    ):
        console.print(Text(f"{label}: {stats[key]}"))

