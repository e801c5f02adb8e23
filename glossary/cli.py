"""The ``glossary`` command: parse, make one library call, render.

Data goes to stdout; diagnostics and progress bars go to stderr. Every library
error is a :class:`GlossaryError`, turned into ``Error: ...`` and exit code 1
in one place (:class:`_GlossaryGroup`).
"""

from __future__ import annotations

import errno
import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from . import __version__
from .annotate import check_encoding, find_sources
from .cache import cached_matcher, cached_termbase
from .errors import GlossaryError, Problem, TermBaseError
from .loader import ENVIRONMENT_VARIABLE, load_termbase, resolve_termbase_path
from .lookup import DEFAULT_MIN_SCORE, lookup, suggest
from .model import CATEGORIES
from .renderers import ANNOTATION_FORMATS, make_renderer
from .renderers.json_format import dumps

if TYPE_CHECKING:
    from .annotate import Source

# Modules a command needs are imported inside it (rich, the matcher, the renderers):
# `glossary lookup` must not pay for what only `annotate` uses.


class _GlossaryGroup(TyperGroup):
    """Turns every GlossaryError into one clean message on stderr and exit code 1."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()  # a full disk shows here, not as a traceback at interpreter exit
        except GlossaryError as error:
            typer.echo(f"Error: {error}", err=True)
            raise typer.Exit(1) from None
        except OSError as error:
            if error.filename is not None:
                raise  # not the output: the library turns input errors into GlossaryError
            _discard_further_output()
            if error.errno != errno.EPIPE:  # a closed pipe (| head) is not worth a message
                typer.echo(f"Error: cannot write the output: {error.strerror or error}", err=True)
            raise typer.Exit(1) from None


def _discard_further_output() -> None:
    """Point stdout at /dev/null so that what is still buffered cannot fail again at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


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
    termbase = cached_termbase(terms)
    results = lookup(termbase, query, limit=limit, min_score=min_score)
    if output_format is TableFormat.json:
        payload = {"query": query, "results": [{"score": r.score, "term": r.term.to_dict()} for r in results]}
        typer.echo(dumps(payload))
    elif results:
        from .renderers.terminal import print_lookup

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
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Worker processes (0: one per core); output as with 1.")
    ] = 1,
    compact: Annotated[
        bool, typer.Option("--compact", help="json/jsonl: list each term once and refer to it by id.")
    ] = False,
    terms: TermsOption = None,
) -> None:
    """Find and resolve every term in files, directories or stdin."""
    from .parallel import annotate_sources, resolve_jobs  # the matcher's modules: not for lookup

    check_encoding(encoding)  # once, not once per input
    matcher = cached_matcher(terms, folded=folded, fuzzy=fuzzy)
    sources = find_sources(files or [], glob=glob)
    chosen = output_format.value if output_format else ("terminal" if sys.stdout.isatty() else "inline")
    # A directory is a collection even when it holds one file: its JSON lists files.
    multiple = len(sources) > 1 or any(Path(name).is_dir() for name in files or [])
    renderer = make_renderer(
        chosen, out=sys.stdout, target=target.value, multiple=multiple, by_line=by_line, compact=compact
    )
    failed = False
    renderer.begin()
    workers = resolve_jobs(jobs)
    # Progress bars only in one process: with --jobs the inputs are read ahead of the output.
    bars = _ProgressBars()
    items = annotate_sources(
        sources, matcher=matcher, terms=resolve_termbase_path(terms), jobs=workers, encoding=encoding,
        overlaps=overlaps, min_score=min_score, by_line=by_line, folded=folded, fuzzy=fuzzy,
        progress=bars.start if workers == 1 else None,
    )  # fmt: skip
    for source, chunks in items:
        if isinstance(chunks, GlossaryError):  # nothing of it rendered: machine-readable formats still list it
            bars.stop()
            typer.echo(f"Error: {chunks}", err=True)
            failed = True
            report = getattr(renderer, "failed", None)
            if report is not None:
                report(source.name, str(chunks))
            continue
        try:
            renderer.document(source.name, chunks)
        except GlossaryError as error:
            typer.echo(f"Error: {error}", err=True)
            failed = True
        finally:
            bars.stop()
    renderer.end()
    if failed:
        raise typer.Exit(1)


class _ProgressBar:
    """A byte progress bar on stderr for large files, only when stderr is a terminal."""

    # Files smaller than this finish before a bar would be worth drawing.
    MIN_BYTES = 4 * 1024 * 1024

    def __init__(self, source: Source) -> None:
        self.progress: Any = None
        size = source.path.stat().st_size if source.path and source.path.is_file() else 0
        if size < self.MIN_BYTES:
            return
        from rich.console import Console
        from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

        stderr = Console(stderr=True, highlight=False)
        if stderr.is_terminal:
            self.progress = Progress(
                TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(), console=stderr,
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


class _ProgressBars:
    """One :class:`_ProgressBar` at a time: started when an input is opened, stopped once it is rendered."""

    def __init__(self) -> None:
        self.current: _ProgressBar | None = None

    def start(self, source: Source) -> Any:
        self.stop()
        self.current = _ProgressBar(source)
        return self.current.__enter__()

    def stop(self) -> None:
        if self.current is not None:
            self.current.__exit__(None, None, None)
            self.current = None


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
    termbase = cached_termbase(terms)
    selected = [term for term in termbase if category is None or term.category == category]
    if output_format is TableFormat.json:
        typer.echo(dumps({"terms": [term.to_dict() for term in selected]}))
    else:
        from .renderers.terminal import print_terms

        print_terms(sys.stdout, selected)


@app.command("stats")
def stats_command(
    output_format: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.terminal,
    terms: TermsOption = None,
) -> None:
    """Counts per category, acronyms, surface forms and sourced entries."""
    statistics = cached_termbase(terms).statistics()
    if output_format is TableFormat.json:
        typer.echo(dumps(statistics))
    else:
        from .renderers.terminal import print_stats

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


# -- Translator plug-in commands: check, protect, restore, constraints, accuracy --------------------
# Each one parses, makes one call into glossary.translation, and renders.


class CheckFormat(str, Enum):
    terminal = "terminal"
    json = "json"


class ConstraintFormat(str, Enum):
    json = "json"
    tsv = "tsv"


class ProtectFormat(str, Enum):
    json = "json"
    text = "text"


class PlaceholderStyleOption(str, Enum):
    xml = "xml"
    deepl = "deepl"
    google = "google"
    plain = "plain"


TargetOption = Annotated[Language, typer.Option("--target", "-t", help="Language of the translation.")]
SourceOption = Annotated[
    Optional[Language],
    typer.Option("--source", "-s", help="Language of the source text (default: the other one).", show_default=False),
]
EncodingOption = Annotated[str, typer.Option("--encoding", help="Encoding of the inputs.")]


def _direction(source: Language | None, target: Language) -> tuple[str, str]:
    if source is None:
        return ("vi" if target.value == "en" else "en"), target.value
    return source.value, target.value


@app.command("check")
def check_command(
    source_file: Annotated[
        str,
        typer.Argument(
            help="Source text ('-' for stdin); alone, a bilingual file: XLIFF, TMX, PO, or a TSV of "
            "source<TAB>translation lines."
        ),
    ],
    translation_file: Annotated[Optional[str], typer.Argument(help="The translation of SOURCE_FILE.")] = None,
    source: SourceOption = None,
    target: Annotated[
        Optional[Language],
        typer.Option(
            "--target", "-t", help="Language of the translation (default: en, or what a bilingual file declares).",
            show_default=False,
        ),
    ] = None,
    aligned: Annotated[
        bool, typer.Option("--aligned", help="Line n of the translation translates line n of the source.")
    ] = False,
    output_format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.terminal,
    encoding: EncodingOption = "utf-8",
    terms: TermsOption = None,
) -> None:
    """Check a translation's terminology: missing, wrong, ordinal, ambiguous, count, deprecated.

    Exit code 1 when any error-level finding is reported (missing, wrong, ordinal);
    warnings alone exit 0.
    """
    from .documents import BILINGUAL_FORMATS, format_for_path, read_bilingual
    from .translation import check, check_bilingual, check_segments, read_segment_pairs, read_text

    source_language, target_language = _direction(source, target or Language.en)
    matcher = load_termbase(terms).compile()
    if translation_file is None and source_file != "-" and format_for_path(source_file) in BILINGUAL_FORMATS:
        report = check_bilingual(
            read_bilingual(source_file),
            source=source.value if source else None,
            target=target.value if target else None,
            matcher=matcher,
        )
    elif translation_file is None:
        pairs = read_segment_pairs(read_text(source_file, encoding=encoding), name=source_file)
        report = check_segments(pairs, source=source_language, target=target_language, matcher=matcher)
    else:
        if source_file == "-" and translation_file == "-":
            raise typer.BadParameter("only one of the two inputs can be stdin ('-')")
        report = check(
            read_text(source_file, encoding=encoding),
            read_text(translation_file, encoding=encoding),
            source=source_language,
            target=target_language,
            aligned=aligned,
            matcher=matcher,
        )
    from .renderers.check_format import print_check, write_check_json

    if output_format is CheckFormat.json:
        write_check_json(sys.stdout, report)
    else:
        print_check(sys.stdout, report)
    if report.has_errors:
        raise typer.Exit(1)


@app.command("protect")
def protect_command(
    file: Annotated[Optional[str], typer.Argument(help="Text to protect ('-' or nothing for stdin).")] = None,
    source: SourceOption = None,
    target: TargetOption = Language.en,
    style: Annotated[
        PlaceholderStyleOption, typer.Option("--style", help="Placeholder style (see docs/library.md).")
    ] = PlaceholderStyleOption.xml,
    slots: Annotated[
        Optional[Path],
        typer.Option("--slots", help="Write the JSON (text and slots) to this file; print only the protected text."),
    ] = None,
    output_format: Annotated[
        Optional[ProtectFormat],
        typer.Option("--format", "-f", help="Output format (default: json, or text with --slots).", show_default=False),
    ] = None,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0, max=100, help="Leave weaker matches unprotected.")
    ] = 0.0,
    encoding: EncodingOption = "utf-8",
    terms: TermsOption = None,
) -> None:
    """Replace each term by a placeholder an MT engine leaves alone (undo with glossary restore)."""
    from .translation import protect, read_text

    chosen = output_format or (ProtectFormat.text if slots else ProtectFormat.json)
    if chosen is ProtectFormat.text and slots is None:
        raise typer.BadParameter("--format text needs --slots FILE, or the slots would be lost", param_hint="--format")
    source_language, target_language = _direction(source, target)
    protected = protect(
        read_text(file or "-", encoding=encoding),
        source=source_language,
        target=target_language,
        style=style.value,
        matcher=load_termbase(terms).compile(),
        min_score=min_score,
    )
    if slots is not None:
        slots.write_text(dumps(protected.to_dict()) + "\n", encoding="utf-8")
    if chosen is ProtectFormat.json:
        typer.echo(dumps(protected.to_dict()))
    else:
        typer.echo(protected.text, nl=False)


@app.command("restore")
def restore_command(
    slots: Annotated[Path, typer.Option("--slots", help="The JSON written by glossary protect.", show_default=False)],
    translated: Annotated[
        Optional[str], typer.Argument(help="The MT output with placeholders ('-' or nothing for stdin).")
    ] = None,
    output_format: Annotated[
        ProtectFormat, typer.Option("--format", "-f", help="Output format: the restored text, or JSON.")
    ] = ProtectFormat.text,
    encoding: EncodingOption = "utf-8",
) -> None:
    """Put the target-language terms back in place of the placeholders of glossary protect.

    Placeholders that went missing (or unknown ones) are reported on stderr, exit code 1.
    """
    import json

    from .errors import InputError
    from .translation import read_text, restore

    try:
        payload = json.loads(read_text(str(slots)))
    except json.JSONDecodeError as error:
        raise InputError(slots, f"not valid JSON (line {error.lineno}): {error.msg}") from None
    restored = restore(read_text(translated or "-", encoding=encoding), payload)
    if output_format is ProtectFormat.json:
        typer.echo(dumps(restored.to_dict()))
    else:
        typer.echo(restored.text, nl=False)
    for slot in restored.missing:
        typer.echo(
            f"Missing: placeholder {slot.placeholder} ({slot.text!r} -> {slot.target!r}) is not in the translation",
            err=True,
        )
    for placeholder in restored.unknown:
        typer.echo(f"Unknown: placeholder {placeholder} matches no slot; left as it is", err=True)
    if not restored.complete:
        raise typer.Exit(1)


@app.command("constraints")
def constraints_command(
    file: Annotated[Optional[str], typer.Argument(help="Text to list the terms of ('-' or nothing for stdin).")] = None,
    source: SourceOption = None,
    target: TargetOption = Language.en,
    output_format: Annotated[
        ConstraintFormat, typer.Option("--format", "-f", help="json, or tsv (source<TAB>target: a glossary upload).")
    ] = ConstraintFormat.json,
    min_score: Annotated[float, typer.Option("--min-score", min=0, max=100, help="Drop weaker matches.")] = 0.0,
    encoding: EncodingOption = "utf-8",
    terms: TermsOption = None,
) -> None:
    """The terms of a text and the target form each must be translated as (MT glossary, constrained decoding)."""
    from .translation import constraints, read_text

    source_language, target_language = _direction(source, target)
    found = constraints(
        read_text(file or "-", encoding=encoding),
        source=source_language,
        target=target_language,
        matcher=load_termbase(terms).compile(),
        min_score=min_score,
    )
    if output_format is ConstraintFormat.tsv:
        typer.echo(found.to_tsv(), nl=False)
    else:
        typer.echo(dumps(found.to_dict()))


@app.command("accuracy")
def accuracy_command(
    source_file: Annotated[str, typer.Argument(help="Source segments, one per line.")],
    translation_file: Annotated[str, typer.Argument(help="MT output, line-aligned with the source.")],
    references: Annotated[
        Optional[str], typer.Option("--references", "-r", help="Reference translations, line-aligned.")
    ] = None,
    source: SourceOption = None,
    target: TargetOption = Language.en,
    output_format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.terminal,
    encoding: EncodingOption = "utf-8",
    terms: TermsOption = None,
) -> None:
    """Exact-match term accuracy of an MT output (WMT terminology task), per term and overall."""
    from .renderers.check_format import print_accuracy
    from .translation import read_text, term_accuracy

    source_language, target_language = _direction(source, target)
    report = term_accuracy(
        read_text(source_file, encoding=encoding).splitlines(),
        read_text(translation_file, encoding=encoding).splitlines(),
        references=read_text(references, encoding=encoding).splitlines() if references else None,
        source=source_language,
        target=target_language,
        matcher=load_termbase(terms).compile(),
    )
    if output_format is CheckFormat.json:
        typer.echo(dumps(report.to_dict()))
    else:
        print_accuracy(sys.stdout, report)


@app.command("serve")
def serve_command(
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; anything but loopback exposes an API without authentication.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8765,
    terms: TermsOption = None,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in a web browser once started.")] = False,
) -> None:
    """Start the web app for translators and the JSON API for CAT tools (docs/api.md); Ctrl-C stops it.

    Needs the serve extra: pip install 'glossary[serve]'.
    """
    try:
        from . import server
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] not in {"fastapi", "starlette", "pydantic", "uvicorn"}:
            raise
        raise GlossaryError(f"glossary serve needs the serve extra ({error.name} is missing): pip install 'glossary[serve]'") from None
    if not server.is_loopback(host):
        typer.echo(
            f"Warning: binding to {host}: the API has no authentication; anyone who can reach this address can use it.",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"glossary: starting on http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    server.serve(host=host, port=port, terms=terms, open_browser=open_browser)
