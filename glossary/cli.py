"""The ``glossary`` command: parse, make one library call, render.

Data goes to stdout; diagnostics and progress bars go to stderr. Every library
error is a :class:`GlossaryError`, turned into ``Error: ...`` and exit code 1
in one place (:class:`_GlossaryGroup`).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from typer.core import TyperGroup

from . import __version__
from .annotate import Source, annotate_source, find_sources
from .errors import GlossaryError, Problem, TermBaseError
from .loader import ENVIRONMENT_VARIABLE, load_termbase, resolve_termbase_path
from .lookup import DEFAULT_MIN_SCORE, lookup, suggest
from .matcher import compile_matcher
from .model import CATEGORIES
from .renderers import ANNOTATION_FORMATS, make_renderer
from .renderers.json_format import dumps
from .renderers.terminal import print_lookup, print_stats, print_terms

_stderr = Console(stderr=True, highlight=False)


class _GlossaryGroup(TyperGroup):
    """Turns every GlossaryError into one clean message on stderr and exit code 1."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GlossaryError as error:
            typer.echo(f"Error: {error}", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    cls=_GlossaryGroup,
    help="Vietnamese <-> English glossary and acronym resolver for defence and diplomatic text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)

TermsOption = Annotated[
    Optional[Path],
    typer.Option(
        "--terms",
        envvar=ENVIRONMENT_VARIABLE,
        help=f"Term base to use (default: ${ENVIRONMENT_VARIABLE}, else the bundled terms.yaml).",
        show_default=False,
    ),
]


class TableFormat(str, Enum):
    terminal = "terminal"
    json = "json"


AnnotationFormat = Enum("AnnotationFormat", {name: name for name in ANNOTATION_FORMATS}, type=str)  # type: ignore[misc]


class Language(str, Enum):
    en = "en"
    vi = "vi"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"glossary {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Vietnamese <-> English glossary and acronym resolver for defence and diplomatic text."""


@app.command("lookup")
def lookup_command(
    query: Annotated[str, typer.Argument(help="A name, variant or acronym, in Vietnamese or English.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many results.")] = 5,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0, max=100, help="Drop results scoring below this (0-100).")
    ] = DEFAULT_MIN_SCORE,
    output_format: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.terminal,
    terms: TermsOption = None,
) -> None:
    """Find entries by any of their forms, tolerant of case, diacritics, tone marks and typos."""
    termbase = load_termbase(terms)
    results = lookup(termbase, query, limit=limit, min_score=min_score)
    if output_format is TableFormat.json:
        payload = {"query": query, "results": [{"score": r.score, "term": r.term.to_dict()} for r in results]}
        typer.echo(dumps(payload))
    elif results:
        print_lookup(sys.stdout, query, results)
    if not results:
        typer.echo(f"No term matches {query!r}.", err=True)
        suggestions = suggest(termbase, query, below=min_score)
        if suggestions:
            names = "; ".join(f"{s.term.vi} = {s.term.en} ({s.score:g})" for s in suggestions)
            typer.echo(f"Closest: {names}", err=True)
        raise typer.Exit(1)


@app.command("annotate")
def annotate_command(
    files: Annotated[
        Optional[list[str]], typer.Argument(help="Files or directories to annotate; '-' or nothing for stdin.")
    ] = None,
    output_format: Annotated[
        Optional[AnnotationFormat],
        typer.Option("--format", "-f", help="Output format (default: terminal on a TTY, else inline)."),
    ] = None,
    target: Annotated[Language, typer.Option("--target", "-t", help="Gloss language for inline/html.")] = Language.en,
    glob: Annotated[str, typer.Option("--glob", help="Files to take from directories.")] = "*.txt",
    encoding: Annotated[str, typer.Option("--encoding", help="Encoding of the inputs.")] = "utf-8",
    overlaps: Annotated[bool, typer.Option("--overlaps", help="Keep matches nested in longer ones.")] = False,
    min_score: Annotated[float, typer.Option("--min-score", min=0, max=100, help="Drop weaker matches.")] = 0.0,
    fuzzy: Annotated[bool, typer.Option("--fuzzy/--no-fuzzy", help="Match names with typos.")] = True,
    folded: Annotated[bool, typer.Option("--folded/--no-folded", help="Match names typed without diacritics.")] = True,
    by_line: Annotated[
        bool, typer.Option("--by-line", help="Annotate each line on its own (jsonl: one object per line).")
    ] = False,
    terms: TermsOption = None,
) -> None:
    """Find and resolve every term in files, directories or stdin."""
    matcher = compile_matcher(load_termbase(terms), folded=folded, fuzzy=fuzzy)
    sources = find_sources(files or [], glob=glob)
    chosen = output_format.value if output_format else ("terminal" if sys.stdout.isatty() else "inline")
    # A directory is a collection even when it holds one file: its JSON lists files.
    multiple = len(sources) > 1 or any(Path(name).is_dir() for name in files or [])
    renderer = make_renderer(chosen, out=sys.stdout, target=target.value, multiple=multiple, by_line=by_line)
    failed = False
    renderer.begin()
    for source in sources:
        with _ProgressBar(source) as on_progress:
            try:
                chunks = annotate_source(
                    source,
                    matcher=matcher,
                    encoding=encoding,
                    overlaps=overlaps,
                    min_score=min_score,
                    by_line=by_line,
                    on_progress=on_progress,
                )
                renderer.document(source.name, chunks)
            except GlossaryError as error:
                typer.echo(f"Error: {error}", err=True)
                failed = True
    renderer.end()
    if failed:
        raise typer.Exit(1)


class _ProgressBar:
    """A byte progress bar on stderr for large files, only when stderr is a terminal."""

    # Files smaller than this finish before a bar would be worth drawing.
    MIN_BYTES = 4 * 1024 * 1024

    def __init__(self, source: Source) -> None:
        self.progress: Progress | None = None
        size = source.path.stat().st_size if source.path and source.path.is_file() else 0
        if _stderr.is_terminal and size >= self.MIN_BYTES:
            self.progress = Progress(
                TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(), console=_stderr,
                transient=True,
            )
            self.task = self.progress.add_task(source.name, total=size)

    def __enter__(self) -> Any:
        if self.progress is None:
            return None
        self.progress.start()
        return lambda consumed: self.progress.update(self.task, completed=consumed)  # type: ignore[union-attr]

    def __exit__(self, *_exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


@app.command("list")
def list_command(
    category: Annotated[
        Optional[str], typer.Option("--category", "-c", help=f"Only this category ({', '.join(CATEGORIES)}).")
    ] = None,
    output_format: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.terminal,
    terms: TermsOption = None,
) -> None:
    """List the entries of the term base."""
    if category is not None and category not in CATEGORIES:
        raise typer.BadParameter(f"unknown category {category!r}; use one of: {', '.join(CATEGORIES)}", param_hint="--category")
    termbase = load_termbase(terms)
    selected = [term for term in termbase if category is None or term.category == category]
    if output_format is TableFormat.json:
        typer.echo(dumps({"terms": [term.to_dict() for term in selected]}))
    else:
        print_terms(sys.stdout, selected)


@app.command("stats")
def stats_command(
    output_format: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.terminal,
    terms: TermsOption = None,
) -> None:
    """Counts per category, acronyms, surface forms and sourced entries."""
    statistics = load_termbase(terms).statistics()
    if output_format is TableFormat.json:
        typer.echo(dumps(statistics))
    else:
        print_stats(sys.stdout, statistics)


@app.command("validate")
def validate_command(
    path: Annotated[
        Optional[Path],
        typer.Argument(help=f"Term base to check (default: ${ENVIRONMENT_VARIABLE}, else the bundled terms.yaml)."),
    ] = None,
    output_format: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.terminal,
) -> None:
    """Check a term base and report every problem, one line each with file:line and entry id."""
    resolved = resolve_termbase_path(path)
    try:
        entries = len(load_termbase(resolved))
        problems: list[Problem] = []
    except TermBaseError as error:
        problems = error.problems
    if output_format is TableFormat.json:
        payload = {
            "path": str(resolved),
            "valid": not problems,
            "problems": [
                {"path": p.path, "line": p.line, "entry": p.entry_id, "message": p.message} for p in problems
            ],
        }
        typer.echo(dumps(payload))
    else:
        for problem in problems:
            typer.echo(str(problem))
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        typer.echo(f"{resolved}: {len(problems)} {noun}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{resolved}: OK ({entries} entries)", err=True)
