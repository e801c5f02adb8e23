"""The ``glossary`` command: parse, make one library call, render.

Data goes to stdout; diagnostics and progress bars go to stderr. Every library
error is a :class:`GlossaryError`, turned into ``Error: ...`` and an exit code
in one place (:class:`_GlossaryGroup`). One function per command; heavy modules
(matcher, renderers, rich) are imported inside the commands that use them.

Exit codes (docs/cli.md): 0 done, 1 ran fine but nothing found, 2 usage
error, 3 an input could not be read (the others were still processed),
4 the term base is broken.
"""

# No `from __future__ import annotations` here: typer would evaluate every annotation string of
# every command on each run (about 20 ms of start-up); evaluated once at import they cost nothing.
import errno
import os
import re
import sys
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from typer import _click as click
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from . import __version__
from .errors import GlossaryError, Problem, TermBaseError
from .cache import cached_matcher, cached_termbase
from .loader import ENVIRONMENT_VARIABLE, load_termbase, resolve_termbase_path
from .model import CATEGORIES

if TYPE_CHECKING:
    from .annotate import Source

# Modules a command needs are imported inside it (rich, the matcher, the renderers):
# `glossary lookup` must not pay for what only `annotate` uses.
#: Exit codes, documented in docs/cli.md.
EXIT_OK = 0
EXIT_NOTHING_FOUND = 1
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
EXIT_BAD_TERMBASE = 4

STDIN_NOTICE = "glossary: reading from standard input; Ctrl-D to end (Ctrl-Z, Enter on Windows)"


class _ReadableArgument(TyperArgument):
    """An argument shown by its metavar alone (``QUERY...``, ``[FILE...]``), not ``{query} <list[str]>``."""

    def _usage_display_name(self) -> str:
        if self.metavar is not None:
            return self.metavar
        name = (self.name or "").upper()
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")

    def _rich_display_name(self) -> str:
        return self._usage_display_name()

    def display_type_rich(self, ctx: click.Context) -> str | None:
        return None


# Pydantic's wording, as typer passes it on, and what a user should read instead.
_MESSAGE_REWRITES = (
    (re.compile(r"^Value error, "), ""),
    (re.compile(r"^Input should be greater than or equal to (\S+)"), r"must be \1 or more"),
    (re.compile(r"^Input should be less than or equal to (\S+)"), r"must be \1 or less"),
    (re.compile(r"^Input should be a valid integer.*"), "expected a whole number"),
    (re.compile(r"^Input should be a valid number.*"), "expected a number"),
    (re.compile(r"^Input should be (.*)"), r"expected \1"),
)


def readable_message(message: str) -> str:
    """A parameter error in plain words (no "Value error, ...", no "Input should be ...")."""
    for pattern, replacement in _MESSAGE_REWRITES:
        message = pattern.sub(replacement, message)
    return message


class _ReadableCommand(TyperCommand):
    """A command whose parameter errors read as plain sentences."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for parameter in self.get_params(ctx):
            _coerce_plainly(parameter)
        try:
            return super().parse_args(ctx, args)
        except typer.BadParameter as error:
            error.message = readable_message(error.message)
            raise


def _readable_option_metavar(option: TyperOption) -> str | None:
    """``[json|tsv]`` for a choice, else the option's name in capitals (``--encoding ENCODING``)."""
    if option.is_flag or option.count or option.metavar is not None:
        return option.metavar
    descriptor = getattr(option, "type_descriptor", None)
    choices = getattr(descriptor, "choices", None) if getattr(descriptor, "is_choice", False) else None
    if choices:
        return "[" + "|".join(str(getattr(choice, "value", choice)) for choice in choices) + "]"
    longest = max(option.opts, key=len).lstrip("-")
    return longest.upper().replace("-", "_")


try:  # typer's coercion layer (0.29+); without it, typer coerces values its own way
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_path
except ImportError:  # pragma: no cover - another typer
    RuntimeParam = None  # type: ignore[assignment,misc]

_NOT_PLAIN = object()


def _plain_value(annotation: Any, info: Any, value: Any) -> Any:
    """``value`` as typer would coerce it, when that needs no pydantic; else ``_NOT_PLAIN``.

    Plain means what every glossary option takes: a string, a flag, a number the
    option's own parser reads, a member of an Enum, a list of strings.
    """
    if info.parser is not None:
        try:
            return info.parser(value)
        except (ValueError, TypeError):  # typer reports these in pydantic's words: let it
            return _NOT_PLAIN
    if annotation is str or annotation is bool or annotation is int or annotation is float:
        plain = type(value) is annotation and info.min is None and info.max is None
        return value if plain else _NOT_PLAIN
    if isinstance(annotation, type) and issubclass(annotation, Enum) and info.case_sensitive:
        if isinstance(value, annotation):
            return value
        members = annotation._value2member_map_
        return members[value] if isinstance(value, str) and value in members else _NOT_PLAIN
    if getattr(annotation, "__origin__", None) is list and annotation.__args__ == (str,):
        plain = isinstance(value, (list, tuple)) and all(type(item) is str for item in value)
        return list(value) if plain else _NOT_PLAIN
    return _NOT_PLAIN


if RuntimeParam is not None:

    class _PlainRuntimeParam(RuntimeParam):  # type: ignore[misc,valid-type]
        """Typer's value coercion without building a pydantic ``TypeAdapter`` for plain values.

        typer 0.29 imports pydantic and builds an adapter per option on every run:
        half of ``glossary lookup``'s start-up. Anything not plain, and every error,
        goes through typer's own coercion, so values and messages are typer's.
        """

        def _coerce_value(self, value: Any, param: Any, ctx: click.Context) -> Any:
            annotation, info = self.annotation, self.parameter_info
            if annotation is Path and info.path_type is None and type(value) is str:
                return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
            plain = _plain_value(annotation, info, value)
            if plain is not _NOT_PLAIN:
                return plain
            descriptor = param.type_descriptor
            return build_runtime_param(descriptor)._coerce_value(value, param=param, ctx=ctx)


def _coerce_plainly(parameter: click.Parameter) -> None:
    descriptor = getattr(parameter, "type_descriptor", None)
    if RuntimeParam is None or descriptor is None or descriptor.is_file:
        return
    if getattr(parameter, "_runtime_param", False) is None:  # not built yet
        parameter._runtime_param = _PlainRuntimeParam(  # type: ignore[attr-defined]
            parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
        )


def _make_readable(command: click.Command) -> None:
    if type(command) is TyperCommand:
        command.__class__ = _ReadableCommand
    for parameter in command.params:
        if type(parameter) is TyperArgument:
            parameter.__class__ = _ReadableArgument
        elif isinstance(parameter, TyperOption):
            parameter.metavar = _readable_option_metavar(parameter)


class _GlossaryGroup(TyperGroup):
    """Turns every GlossaryError into one clean message on stderr and its exit code.

    Every command it hands out shows readable metavars and error messages (see
    :class:`_ReadableCommand`), including commands added later by other modules.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for parameter in self.get_params(ctx):  # --version, --help and the completion options
            _coerce_plainly(parameter)
        return super().parse_args(ctx, args)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _make_readable(command)
        return command

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()  # a full disk shows here, not as a traceback at interpreter exit
        except TermBaseError as error:
            typer.echo(f"Error: {error}", err=True)
            raise typer.Exit(EXIT_BAD_TERMBASE) from None
        except GlossaryError as error:
            typer.echo(f"Error: {error}", err=True)
            raise typer.Exit(EXIT_BAD_INPUT) from None
        except OSError as error:
            if error.filename is not None:
                raise  # not the output: the library turns input errors into GlossaryError
            _discard_further_output()
            if error.errno != errno.EPIPE:  # a closed pipe (| head) is not worth a message
                typer.echo(f"Error: cannot write the output: {error.strerror or error}", err=True)
            raise typer.Exit(EXIT_BAD_INPUT) from None


def _discard_further_output() -> None:
    """Point stdout at /dev/null so that what is still buffered cannot fail again at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


class _GlossaryTyper(typer.Typer):
    """A typer app that builds only the command it is asked to run.

    typer turns every registered command into a click command on each run (reading each function's
    signature), about 7 ms of start-up for sixteen commands of which one runs. When the first argument
    names a command, only that one is built; anything else (no arguments, ``--help``, ``--version``, a
    misspelt command, shell completion) builds them all, so help and error messages are unchanged.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        arguments = kwargs.get("args", args[0] if args else None)
        if arguments is None:
            arguments = sys.argv[1:]
        named = arguments[0] if arguments else None
        chosen = [command for command in self.registered_commands if command.name == named]
        if not chosen:
            return super().__call__(*args, **kwargs)
        everything = self.registered_commands
        self.registered_commands = chosen
        try:
            return super().__call__(*args, **kwargs)
        finally:
            self.registered_commands = everything


app = _GlossaryTyper(
    cls=_GlossaryGroup,
    help="Vietnamese <-> English glossary and acronym resolver for defence and diplomatic text.",
    epilog="Exit codes: 0 done, 1 nothing found, 2 usage error, 3 unreadable input, 4 broken term base.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# --- shared options and value checks -------------------------------------------------------------


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise typer.BadParameter(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise typer.BadParameter(f"must be 1 or more, got {number}")
    return number


def _score(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise typer.BadParameter(f"expected a score from 0 to 100, got {value!r}") from None
    if not 0 <= number <= 100:
        raise typer.BadParameter(f"must be between 0 and 100, got {value}")
    return number


def _category(value: str | None) -> str | None:
    if value is not None and value not in CATEGORIES:
        raise typer.BadParameter(f"unknown category {value!r}; use one of: {', '.join(CATEGORIES)}")
    return value


def _complete_categories(incomplete: str) -> list[str]:
    return [category for category in CATEGORIES if category.startswith(incomplete)]


def _complete_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        termbase = load_termbase(ctx.params.get("terms"))
    except GlossaryError:
        return []
    return [term.id for term in termbase if term.id.startswith(incomplete)]


TermsOption = Annotated[
    Optional[Path],
    typer.Option(
        "--terms",
        envvar=ENVIRONMENT_VARIABLE,
        metavar="PATH",
        help=f"Term base to use (default: ${ENVIRONMENT_VARIABLE}, else the bundled terms.yaml).",
        show_default=False,
    ),
]
ColorOption = Annotated[
    Optional[bool],
    typer.Option(
        "--color/--no-color",
        help="Colour on a terminal (default: yes unless NO_COLOR is set or output is not a terminal).",
        show_default=False,
    ),
]
CategoryOption = Annotated[
    Optional[str],
    typer.Option(
        "--category",
        "-c",
        metavar="CATEGORY",
        callback=_category,
        autocompletion=_complete_categories,
        help=f"Only entries of this category ({', '.join(CATEGORIES)}).",
    ),
]


class TableFormat(str, Enum):
    terminal = "terminal"
    json = "json"


def _choice(kind: type[Enum]) -> Any:
    names = [member.value for member in kind]  # type: ignore[var-annotated]

    def parse(value: str | Enum) -> Enum:
        if isinstance(value, kind):
            return value
        try:
            return kind(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(names)}") from None

    return parse


FormatOption = Annotated[
    TableFormat,
    typer.Option(
        "--format", "-f", metavar="FORMAT", parser=_choice(TableFormat), help="Output format: terminal or json."
    ),
]

# The names of glossary.renderers.ANNOTATION_FORMATS (checked by a test), written out
# so that building the command line does not import the renderers.
_ANNOTATION_FORMATS = ("terminal", "inline", "json", "jsonl", "markdown", "html")
AnnotationFormat = Enum("AnnotationFormat", {name: name for name in _ANNOTATION_FORMATS}, type=str)  # type: ignore[misc]


# The names of glossary.documents.INPUT_FORMATS (checked by a test), written out like the annotation formats.
_INPUT_FORMATS = ("text", "docx", "html", "xliff", "tmx", "po")
_MONOLINGUAL_INPUTS = ("text", "docx", "html")


def _input_format_parser(allowed: tuple[str, ...], what: str) -> Any:
    def parse(value: str | None) -> str | None:
        if value is None or value in allowed:
            return value
        if value in _INPUT_FORMATS:
            raise typer.BadParameter(f"{value!r} is a bilingual format; {what}")
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}")

    return parse


_INPUT_FORMAT_DEFAULT = "(default: by extension; stdin is sniffed)"
MonolingualInputOption = Annotated[
    Optional[str],
    typer.Option(
        "--input-format",
        metavar="FORMAT",
        callback=_input_format_parser(
            _MONOLINGUAL_INPUTS, "this command reads text, docx or html (glossary check and constraints read bilingual files)"
        ),
        help=f"Input format: text, docx or html {_INPUT_FORMAT_DEFAULT}.",
        show_default=False,
    ),
]
AnyInputOption = Annotated[
    Optional[str],
    typer.Option(
        "--input-format",
        metavar="FORMAT",
        callback=_input_format_parser(_INPUT_FORMATS, ""),
        help=f"Input format: text, docx, html, xliff, tmx or po {_INPUT_FORMAT_DEFAULT}.",
        show_default=False,
    ),
]


class Target(str, Enum):
    auto = "auto"
    en = "en"
    vi = "vi"


class Language(str, Enum):
    en = "en"
    vi = "vi"


def dumps(value: Any) -> str:
    """The JSON renderer's compact UTF-8 JSON, imported only when a command prints JSON."""
    from .renderers.json_format import dumps as json_dumps

    return json_dumps(value)


def _stdin_notice() -> None:
    """Say so on stderr when standard input is a terminal, so a waiting prompt is not mistaken for a hang."""
    try:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        interactive = False
    if interactive:
        typer.echo(STDIN_NOTICE, err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"glossary {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Vietnamese <-> English glossary and acronym resolver for defence and diplomatic text."""


# --- lookup ----------------------------------------------------------------------------------------


def _read_queries(queries: list[str]) -> list[str]:
    """The queries as given, with "-" replaced by the non-blank lines of standard input."""
    result: list[str] = []
    for query in queries:
        if query == "-":
            _stdin_notice()
            result.extend(line.strip() for line in sys.stdin.read().splitlines() if line.strip())
        elif not query.strip():
            raise typer.BadParameter("a query is empty; give a name, variant or acronym", param_hint="QUERY")
        else:
            result.append(query.strip())
    return result


@app.command("lookup")
def lookup_command(
    queries: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY...",
            help="Names, variants or acronyms, in Vietnamese or English; '-' reads one per line from stdin.",
            show_default=False,
        ),
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", metavar="N", parser=_positive_int, help="Show at most N results per query.")
    ] = 5,
    min_score: Annotated[
        float,
        typer.Option("--min-score", metavar="SCORE", parser=_score, help="Drop results scoring below this (0-100)."),
    ] = 70.0,
    category: CategoryOption = None,
    output_format: FormatOption = TableFormat.terminal,
    color: ColorOption = None,
    terms: TermsOption = None,
) -> None:
    """Find entries by any of their forms, tolerant of case, diacritics, tone marks and typos.

    Exit code 1 when a query finds nothing (the closest entries are suggested on stderr).
    """
    from .lookup import lookup, senses, suggest

    wanted = _read_queries(queries)
    termbase = cached_termbase(terms, for_lookup=True)
    categories = None if category is None else {category}
    missing = 0
    for query in wanted:
        results = lookup(termbase, query, limit=limit, min_score=min_score, categories=categories)
        ambiguous = senses(termbase, query)
        if output_format is TableFormat.json:
            from .renderers.json_format import dumps

            payload: dict[str, Any] = {"query": query, "results": [result.to_dict() for result in results]}
            if ambiguous:
                payload["senses"] = [sense.to_dict() for sense in ambiguous]
            typer.echo(dumps(payload))
        elif results:
            from .renderers.terminal import print_lookup

            print_lookup(sys.stdout, query, results, color=color, senses=ambiguous)
        if not results:
            missing += 1
            typer.echo(f"No term matches {query!r}.", err=True)
            suggestions = suggest(termbase, query, below=min_score, categories=categories)
            if suggestions:
                names = "; ".join(f"{s.term.vi} = {s.term.en} ({s.score:g})" for s in suggestions)
                typer.echo(f"Closest: {names}", err=True)
    if missing:
        raise typer.Exit(EXIT_NOTHING_FOUND)


# --- show ------------------------------------------------------------------------------------------


@app.command("show")
def show_command(
    ids: Annotated[
        list[str],
        typer.Argument(
            metavar="ID...", help="Entry ids, as `glossary list` or `lookup` show them.", autocompletion=_complete_ids
        ),
    ],
    output_format: FormatOption = TableFormat.terminal,
    color: ColorOption = None,
    terms: TermsOption = None,
) -> None:
    """Print entries in full: names, acronyms, other forms, usage note and sources.

    Exit code 1 when an id is unknown (close ids are suggested on stderr).
    """
    import difflib

    termbase = cached_termbase(terms)
    missing = 0
    for position, term_id in enumerate(ids):
        term = termbase.get(term_id.strip())
        if term is None:
            missing += 1
            typer.echo(f"No entry with id {term_id!r}.", err=True)
            close = difflib.get_close_matches(term_id, [t.id for t in termbase], n=3, cutoff=0.6)
            if close:
                typer.echo(f"Closest: {', '.join(close)}", err=True)
            else:
                typer.echo(f"Try: glossary lookup {term_id!r}", err=True)
            continue
        if output_format is TableFormat.json:
            from .renderers.json_format import dumps

            typer.echo(dumps({"term": term.to_dict()}))
        else:
            from .renderers.terminal import print_entry

            if position:
                typer.echo()
            print_entry(sys.stdout, term, color=color)
    if missing:
        raise typer.Exit(EXIT_NOTHING_FOUND)


# --- annotate --------------------------------------------------------------------------------------


@app.command("annotate")
def annotate_command(
    files: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="[FILE...]", help="Files or directories to annotate; '-' or nothing for stdin.", show_default=False
        ),
    ] = None,
    output_format: Annotated[
        Optional[AnnotationFormat],
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            parser=_choice(AnnotationFormat),
            help="terminal, inline, json, jsonl, markdown or html (default: terminal on a terminal, else inline).",
            show_default=False,
        ),
    ] = None,
    target: Annotated[
        Target,
        typer.Option(
            "--target",
            "-t",
            metavar="LANG",
            parser=_choice(Target),
            help="Gloss language: auto (the other language than the term's), en or vi.",
        ),
    ] = Target.auto,
    every: Annotated[
        bool, typer.Option("--every", help="Gloss every occurrence of a term, not only the first in each file.")
    ] = False,
    glob: Annotated[str, typer.Option("--glob", metavar="PATTERN", help="Files to take from directories.")] = "*.txt",
    encoding: Annotated[str, typer.Option("--encoding", metavar="NAME", help="Encoding of the inputs.")] = "utf-8",
    overlaps: Annotated[bool, typer.Option("--overlaps", help="Keep matches nested in longer ones.")] = False,
    min_score: Annotated[
        float, typer.Option("--min-score", metavar="SCORE", parser=_score, help="Drop weaker matches (0-100).")
    ] = 0.0,
    fuzzy: Annotated[bool, typer.Option("--fuzzy/--no-fuzzy", help="Match names with typos.")] = True,
    folded: Annotated[bool, typer.Option("--folded/--no-folded", help="Match names typed without diacritics.")] = True,
    by_line: Annotated[
        bool, typer.Option("--by-line", help="Annotate each line on its own (jsonl: one object per line).")
    ] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", metavar="N", help="Worker processes (0: one per core); output as with 1.")
    ] = 1,
    scheduler: Annotated[
        Optional[str],
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Annotate on a Dask cluster: tcp://HOST:PORT, or local:N to start N worker processes; output as with --jobs 1.",
            show_default=False,
        ),
    ] = None,
    compact: Annotated[
        bool, typer.Option("--compact", help="json/jsonl: list each term once and refer to it by id.")
    ] = False,
    input_format: MonolingualInputOption = None,
    color: ColorOption = None,
    terms: TermsOption = None,
) -> None:
    """Find and resolve every term in files, directories or stdin: plain text, Word (.docx) or HTML.

    Exit code 3 when an input could not be read (the others are still annotated).
    """
    from .annotate import check_encoding, find_sources, source_format
    from .parallel import annotate_sources, resolve_jobs
    from .renderers import make_renderer

    check_encoding(encoding)  # once, not once per input
    if scheduler is not None and jobs != 1:
        raise GlossaryError("give --jobs or --scheduler, not both: --scheduler local:N runs N processes")
    matcher = cached_matcher(terms, folded=folded, fuzzy=fuzzy)
    sources = find_sources(files or [], glob=glob, input_format=input_format)
    chosen = output_format.value if output_format else ("terminal" if sys.stdout.isatty() else "inline")
    if chosen == "html" and len(sources) == 1 and sources[0].refused is None and source_format(sources[0]) == "html":
        from .documents.html import annotate_page  # an HTML page keeps its markup: terms highlighted in place

        sys.stdout.write(
            annotate_page(sources[0].name, matcher=matcher, overlaps=overlaps, min_score=min_score, target=target.value)
        )
        return
    multiple = len(sources) > 1
    renderer = make_renderer(
        chosen,
        out=sys.stdout,
        target=target.value,
        multiple=multiple,
        by_line=by_line,
        every=every,
        names=[source.name for source in sources],
        color=color,
        compact=compact,
    )
    failed = False
    renderer.begin()
    workers = resolve_jobs(jobs) if scheduler is None else 0
    if any(source.path is None for source in sources):
        _stdin_notice()
    # With one process, a bar per large input; with workers the inputs are read ahead of the output,
    # so one bar for the whole run, advanced as each input is written.
    bars = _ProgressBars()
    overall = _RunProgress(sources) if workers != 1 else None
    items = annotate_sources(
        sources, matcher=matcher, terms=resolve_termbase_path(terms), jobs=workers, scheduler=scheduler,
        encoding=encoding, overlaps=overlaps, min_score=min_score, by_line=by_line, folded=folded, fuzzy=fuzzy,
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
            renderer.document(source.name, _warn_on_stderr(source.name, chunks))
        except GlossaryError as error:
            typer.echo(f"Error: {error}", err=True)
            failed = True
        finally:
            bars.stop()
            if overall is not None:
                overall.advance(source)
    if overall is not None:
        overall.stop()
    renderer.end()
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT)


def _warn_on_stderr(name: str, chunks: Iterable[Any]) -> Iterator[Any]:
    """Pass ``chunks`` on, writing their warnings (contradicting definitions) to stderr with a line number."""
    lines_before = 0
    for chunk in chunks:
        for warning in chunk.warnings:
            line = lines_before + chunk.text.count("\n", 0, warning.start - chunk.offset) + 1
            typer.echo(f"Warning: {name}:{line}: {warning.message}", err=True)
        lines_before += chunk.text.count("\n")
        yield chunk


class _ProgressBar:
    """A byte progress bar on stderr for large files, only when stderr is a terminal."""

    # Files smaller than this finish before a bar would be worth drawing.
    MIN_BYTES = 4 * 1024 * 1024

    def __init__(self, source: "Source") -> None:
        self.progress: Any = None
        size = source.path.stat().st_size if source.path and source.path.is_file() else 0
        if size >= self.MIN_BYTES and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

            self.progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                console=Console(stderr=True, highlight=False),
                transient=True,
            )
            self.task = self.progress.add_task(source.name, total=size)

    def __enter__(self) -> Any:
        if self.progress is None:
            return None
        self.progress.start()
        return lambda consumed: self.progress.update(self.task, completed=consumed)

    def __exit__(self, *_exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


class _RunProgress:
    """One progress bar over all inputs (bytes written of the total), on a terminal's stderr, for large runs."""

    def __init__(self, sources: "list[Source]") -> None:
        self.progress: Any = None
        self.done = 0
        total = sum(self._size(source) for source in sources)
        if total >= _ProgressBar.MIN_BYTES and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

            self.progress = Progress(
                TextColumn(f"{{task.fields[done]}}/{len(sources)} inputs"), BarColumn(), DownloadColumn(),
                TransferSpeedColumn(), console=Console(stderr=True, highlight=False), transient=True,
            )  # fmt: skip
            self.task = self.progress.add_task("inputs", total=total, done=0)
            self.progress.start()

    @staticmethod
    def _size(source: "Source") -> int:
        return source.path.stat().st_size if source.path and source.path.is_file() else 0

    def advance(self, source: "Source") -> None:
        if self.progress is not None:
            self.done += 1
            self.progress.update(self.task, advance=self._size(source), done=self.done)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


class _ProgressBars:
    """One :class:`_ProgressBar` at a time: started when an input is opened, stopped once it is rendered."""

    def __init__(self) -> None:
        self.current: _ProgressBar | None = None

    def start(self, source: "Source") -> Any:
        self.stop()
        self.current = _ProgressBar(source)
        return self.current.__enter__()

    def stop(self) -> None:
        if self.current is not None:
            self.current.__exit__(None, None, None)
            self.current = None


# --- list, stats -----------------------------------------------------------------------------------


@app.command("list")
def list_command(
    category: CategoryOption = None,
    output_format: FormatOption = TableFormat.terminal,
    color: ColorOption = None,
    terms: TermsOption = None,
) -> None:
    """List the entries of the term base (with their notes on a wide terminal)."""
    termbase = cached_termbase(terms)
    selected = [term for term in termbase if category is None or term.category == category]
    if output_format is TableFormat.json:
        from .renderers.json_format import dumps

        typer.echo(dumps({"terms": [term.to_dict() for term in selected]}))
    else:
        from .renderers.terminal import print_terms

        print_terms(sys.stdout, selected, color=color)


@app.command("stats")
def stats_command(
    output_format: FormatOption = TableFormat.terminal,
    color: ColorOption = None,
    terms: TermsOption = None,
) -> None:
    """Counts per category, acronyms, surface forms and sourced entries."""
    statistics = cached_termbase(terms).statistics()
    if output_format is TableFormat.json:
        from .renderers.json_format import dumps

        typer.echo(dumps(statistics))
    else:
        from .renderers.terminal import print_stats

        print_stats(sys.stdout, statistics, color=color)


# --- validate --------------------------------------------------------------------------------------


@app.command("validate")
def validate_command(
    path: Annotated[
        Optional[Path],
        typer.Argument(
            metavar="[PATH]", help="Term base to check (the same as --terms PATH).", show_default=False
        ),
    ] = None,
    output_format: FormatOption = TableFormat.terminal,
    terms: Annotated[
        Optional[Path],
        typer.Option(
            "--terms",
            metavar="PATH",
            help=f"Term base to check (default: ${ENVIRONMENT_VARIABLE}, else the bundled terms.yaml).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check a term base and report every problem, one line each with file:line and entry id.

    Exit code 4 when the term base has problems.
    """
    if path is not None and terms is not None and path != terms:
        raise typer.BadParameter(f"two term bases given ({path} and {terms}); give one", param_hint="PATH / --terms")
    resolved = resolve_termbase_path(path if path is not None else terms)
    try:
        entries = len(load_termbase(resolved))
        problems: list[Problem] = []
    except TermBaseError as error:
        problems = error.problems
    if output_format is TableFormat.json:
        from .renderers.json_format import dumps

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
        raise typer.Exit(EXIT_BAD_TERMBASE)
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


DocumentTargetOption = Annotated[
    Optional[Language],
    typer.Option(
        "--target", "-t", help="Language of the translation (default: en, or what a bilingual file or HTML page declares).",
        show_default=False,
    ),
]


def _translation_input(
    name: str, input_format: str | None, source: Language | None, target: Language | None, encoding: str
) -> tuple[Any, str, str]:
    """(plain text, or a document's segments) and the direction: the options given, else what the file declares."""
    from .documents import detect_format, document_languages, read_document, source_segments
    from .translation import read_text

    kind = detect_format(name, input_format=input_format)
    if kind == "text":
        return (read_text(name, encoding=encoding), *_direction(source, target or Language.en))
    document = read_document(name, input_format=kind)
    source_language, target_language = document_languages(
        document, source=source.value if source else None, target=target.value if target else None
    )
    return source_segments(document), source_language or "vi", target_language or "en"


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
    skip_untranslated: Annotated[
        bool, typer.Option("--skip-untranslated", help="Bilingual files: do not list units that have no translation yet.")
    ] = False,
    input_format: AnyInputOption = None,
    encoding: EncodingOption = "utf-8",
    terms: TermsOption = None,
) -> None:
    """Check a translation's terminology: missing, wrong, ordinal, ambiguous, count, deprecated.

    Exit code 1 when any error-level finding is reported (missing, wrong, ordinal);
    warnings alone exit 0.
    """
    from .documents import BILINGUAL_FORMATS, detect_format, read_bilingual
    from .translation import check, check_bilingual, check_segments, read_segment_pairs, read_text

    source_language, target_language = _direction(source, target or Language.en)
    matcher = load_termbase(terms).compile()
    kind = detect_format(source_file, input_format=input_format) if translation_file is None else None
    if kind in BILINGUAL_FORMATS:
        report = check_bilingual(
            read_bilingual(source_file, input_format=kind),
            source=source.value if source else None,
            target=target.value if target else None,
            matcher=matcher,
            report_untranslated=not skip_untranslated,
        )
    elif translation_file is None:
        if kind != "text":
            raise typer.BadParameter(
                f"{source_file} is a {kind} document, not a bilingual file: give its translation as TRANSLATION_FILE",
                param_hint="TRANSLATION_FILE",
            )
        pairs = read_segment_pairs(read_text(source_file, encoding=encoding), name=source_file)
        report = check_segments(pairs, source=source_language, target=target_language, matcher=matcher)
    else:
        if source_file == "-" and translation_file == "-":
            raise typer.BadParameter("only one of the two inputs can be stdin ('-')")
        report = check(
            read_text(source_file, encoding=encoding, input_format=input_format),
            read_text(translation_file, encoding=encoding, input_format=input_format),
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
    file: Annotated[
        Optional[str],
        typer.Argument(help="Text, Word (.docx), HTML, XLIFF, TMX or PO file to protect ('-' or nothing for stdin)."),
    ] = None,
    source: SourceOption = None,
    target: DocumentTargetOption = None,
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
    input_format: AnyInputOption = None,
    encoding: EncodingOption = "utf-8",
    terms: TermsOption = None,
) -> None:
    """Replace each term by a placeholder an MT engine leaves alone (undo with glossary restore).

    A document or bilingual file is protected segment by segment (its blocks, or its units' sources):
    the JSON lists each segment's protected text, and slots name their segment (docs/json.md).
    """
    from .translation import protect, protect_segments

    chosen = output_format or (ProtectFormat.text if slots else ProtectFormat.json)
    if chosen is ProtectFormat.text and slots is None:
        raise typer.BadParameter("--format text needs --slots FILE, or the slots would be lost", param_hint="--format")
    content, source_language, target_language = _translation_input(file or "-", input_format, source, target, encoding)
    options: dict[str, Any] = {
        "source": source_language, "target": target_language, "style": style.value,
        "matcher": load_termbase(terms).compile(), "min_score": min_score,
    }  # fmt: skip
    protected = protect(content, **options) if isinstance(content, str) else protect_segments(content, **options)
    if slots is not None:
        from .editing import write_atomically

        write_atomically(slots, dumps(protected.to_dict()) + "\n")
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
    file: Annotated[
        Optional[str],
        typer.Argument(help="Text, Word (.docx), HTML, XLIFF, TMX or PO file to list the terms of ('-' or nothing for stdin)."),
    ] = None,
    source: SourceOption = None,
    target: DocumentTargetOption = None,
    output_format: Annotated[
        ConstraintFormat, typer.Option("--format", "-f", help="json, or tsv (source<TAB>target: a glossary upload).")
    ] = ConstraintFormat.json,
    min_score: Annotated[float, typer.Option("--min-score", min=0, max=100, help="Drop weaker matches.")] = 0.0,
    input_format: AnyInputOption = None,
    encoding: EncodingOption = "utf-8",
    terms: TermsOption = None,
) -> None:
    """The terms of a text and the target form each must be translated as (MT glossary, constrained decoding).

    A document or bilingual file is read segment by segment: each constraint names its segment
    (block, or unit id) and where it is in the file.
    """
    from .translation import constraints, segment_constraints

    content, source_language, target_language = _translation_input(file or "-", input_format, source, target, encoding)
    options: dict[str, Any] = {
        "source": source_language, "target": target_language, "matcher": load_termbase(terms).compile(), "min_score": min_score,
    }  # fmt: skip
    found = constraints(content, **options) if isinstance(content, str) else segment_constraints(content, **options)
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


# --- terminology exchange and term base edits (glossary.formats, glossary.editing) -------------


# The names of glossary.formats.EXPORT_FORMATS and IMPORT_FORMATS (checked by a test), written out so that
# building the command line does not import the formats package (its dataclasses cost every command 5 ms).
_EXPORT_FORMATS = ("tbx", "csv", "tsv", "xlsx", "deepl", "google", "amazon", "omegat")
_IMPORT_FORMATS = ("tbx", "csv", "tsv", "xlsx")

ExportFormat = Enum("ExportFormat", {name: name for name in _EXPORT_FORMATS}, type=str)  # type: ignore[misc]
ImportFormat = Enum("ImportFormat", {name: name for name in _IMPORT_FORMATS}, type=str)  # type: ignore[misc]


@app.command("export")
def export_command(
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Exchange format (docs/formats.md).")],
    source: Annotated[Language, typer.Option("--source", help="Source language (bilingual formats).")] = Language.vi,
    target: Annotated[Language, typer.Option("--target", help="Target language (bilingual formats).")] = Language.en,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write to this file (default: stdout).", show_default=False)
    ] = None,
    category: Annotated[
        Optional[list[str]], typer.Option("--category", "-c", help="Only this category (repeatable).", show_default=False)
    ] = None,
    safe_cells: Annotated[
        Optional[bool],
        typer.Option(
            "--safe-cells/--no-safe-cells",
            help="Prefix cells starting with = + - @ with ' (default: on for csv and xlsx).",
            show_default=False,
        ),
    ] = None,
    unidirectional: Annotated[
        bool, typer.Option("--unidirectional", help="google: two-column source,target form.")
    ] = False,
    terms: TermsOption = None,
) -> None:
    """Export the term base for CAT tools and MT glossaries (TBX, CSV, TSV, XLSX, DeepL, Google, Amazon, OmegaT)."""
    from .editing import write_atomically
    from .formats import ExportOptions, export_terms

    for name in category or ():
        if name not in CATEGORIES:
            raise typer.BadParameter(f"unknown category {name!r}; use one of: {', '.join(CATEGORIES)}", param_hint="--category")
    selected = [term for term in load_termbase(terms) if not category or term.category in category]
    options = ExportOptions(source=source.value, target=target.value, safe_cells=safe_cells, unidirectional=unidirectional)
    exported = export_terms(selected, output_format.value, options=options)
    for warning in exported.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    if output is None:
        if output_format.value == "xlsx" and sys.stdout.isatty():
            raise typer.BadParameter("xlsx is binary: pass --output FILE or redirect stdout", param_hint="--output")
        sys.stdout.flush()
        sys.stdout.buffer.write(exported.data)
        sys.stdout.buffer.flush()
    else:
        write_atomically(output, exported.data)
        typer.echo(f"Exported {len(selected)} entries to {output} ({output_format.value})", err=True)


@app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="A TBX, CSV, TSV or XLSX file (as glossary export writes them).")],
    input_format: Annotated[
        Optional[ImportFormat],
        typer.Option("--format", "-f", help="Format of FILE (default: from its extension).", show_default=False),
    ] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace entries that have the same id.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change (a diff); write nothing.")] = False,
    terms: TermsOption = None,
) -> None:
    """Add the entries of an exchange file to the term base (created if missing); conflicts are reported and left alone."""
    from .formats import import_terms

    report = import_terms(
        file, format_name=input_format.value if input_format else None, terms_path=terms, replace=replace, dry_run=dry_run
    )
    for reason in report.parsed.skipped:
        typer.echo(f"Skipped: {reason}", err=True)
    for entry_id, reason in report.edit.conflicts:
        typer.echo(f"Conflict: [{entry_id}] {reason}; left alone" + ("" if replace else " (--replace replaces same-id entries)"), err=True)
    typer.echo(
        f"Read {len(report.parsed.terms)} entries from {file}; skipped {len(report.parsed.skipped)}; "
        f"{len(report.edit.conflicts)} conflicts",
        err=True,
    )
    _print_edit(report.edit, dry_run=dry_run)


@app.command("add")
def add_command(
    entry_id: Annotated[Optional[str], typer.Option("--id", help="Id of the new entry (a-z, 0-9, '-').", show_default=False)] = None,
    to: Annotated[
        Optional[str], typer.Option("--to", help="Add the forms to this existing entry instead.", show_default=False)
    ] = None,
    category: Annotated[Optional[str], typer.Option("--category", "-c", help=f"Category ({', '.join(CATEGORIES)}).", show_default=False)] = None,
    vi: Annotated[Optional[str], typer.Option("--vi", help="Preferred Vietnamese name.", show_default=False)] = None,
    en: Annotated[Optional[str], typer.Option("--en", help="Preferred English name.", show_default=False)] = None,
    acronym: Annotated[Optional[list[str]], typer.Option("--acronym", help="An acronym (repeatable).", show_default=False)] = None,
    variant_vi: Annotated[Optional[list[str]], typer.Option("--variant-vi", help="A Vietnamese variant (repeatable).", show_default=False)] = None,
    variant_en: Annotated[Optional[list[str]], typer.Option("--variant-en", help="An English variant (repeatable).", show_default=False)] = None,
    source: Annotated[Optional[list[str]], typer.Option("--source", help="URL where the names were seen (repeatable).", show_default=False)] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="Usage note.", show_default=False)] = None,
    after: Annotated[Optional[str], typer.Option("--after", help="Insert after this entry (default: at the end).", show_default=False)] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show the change (a diff); write nothing.")] = False,
    terms: TermsOption = None,
) -> None:
    """Add an entry, or (with --to) forms of an existing entry, changing nothing else in the file."""
    from .editing import add_entries, add_forms
    from .model import Term

    if to is not None:
        given = [name for name, value in (("--id", entry_id), ("--category", category), ("--vi", vi), ("--en", en), ("--source", source), ("--note", note), ("--after", after)) if value]
        if given:
            raise typer.BadParameter(f"--to adds forms only; {', '.join(given)} cannot be used with it", param_hint="--to")
        variants = {"vi": variant_vi or [], "en": variant_en or []}
        result = add_forms(to, path=terms, acronyms=acronym or [], variants=variants, dry_run=dry_run)
        for _entry_id, reason in result.conflicts:
            typer.echo(f"Skipped: {reason}", err=True)
    else:
        missing = [name for name, value in (("--id", entry_id), ("--category", category), ("--vi", vi), ("--en", en), ("--source", source)) if not value]
        if missing:
            raise typer.BadParameter(f"a new entry needs {', '.join(missing)} (or use --to ID to add forms)")
        assert entry_id and category and vi and en and source
        variants_map = {language: tuple(forms) for language, forms in (("vi", variant_vi), ("en", variant_en)) if forms}
        term = Term(id=entry_id, category=category, vi=vi, en=en, acronyms=tuple(acronym or ()), variants=variants_map, note=note, sources=tuple(source))
        result = add_entries([term], path=terms, after=after, dry_run=dry_run)
        if result.conflicts:
            raise GlossaryError("; ".join(f"[{i}] {reason}" for i, reason in result.conflicts) + "; nothing written")
    _print_edit(result, dry_run=dry_run)


def _print_edit(result: Any, *, dry_run: bool) -> None:
    """A dry run prints the unified diff on stdout; a real edit says what it wrote on stderr."""
    import difflib

    if dry_run:
        diff = difflib.unified_diff(
            result.old_text.splitlines(keepends=True),
            result.new_text.splitlines(keepends=True),
            fromfile=result.path,
            tofile=f"{result.path} (after)",
        )
        sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in diff)
        sys.stdout.flush()
    verb = "Would change" if dry_run else ("Created" if result.created and result.written else "Changed")
    parts = []
    if result.added:
        parts.append(f"added {', '.join(result.added)}")
    if result.replaced:
        parts.append(f"replaced {', '.join(result.replaced)}")
    if result.forms_added:
        parts.append(f"added forms {', '.join(repr(form) for form in result.forms_added)}")
    if not result.changed:
        typer.echo(f"{result.path}: nothing to change", err=True)
    else:
        typer.echo(f"{verb} {result.path}: {'; '.join(parts)}", err=True)


# --- mining a corpus for new entries (glossary.extract) ----------------------------------------


class ExtractFormat(str, Enum):
    yaml = "yaml"
    json = "json"


@app.command("extract")
def extract_command(
    files: Annotated[list[str], typer.Argument(help="Files or directories of the corpus.", metavar="FILE...")],
    glob: Annotated[str, typer.Option("--glob", help="Files to take from directories.")] = "*.txt",
    include_known: Annotated[bool, typer.Option("--all", help="Also list candidates the term base already has (marked known).")] = False,
    min_frequency: Annotated[int, typer.Option("--min-frequency", min=1, help="Names seen fewer times are left out.")] = 2,
    output_format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="yaml: drafts to paste; json: the full list.")] = ExtractFormat.yaml,
    append: Annotated[Optional[str], typer.Option("--append", help="Add this candidate (its acronym or name) to the term base.", metavar="CANDIDATE")] = None,
    other_name: Annotated[Optional[str], typer.Option("--name", help="With --append: its name in the other language, from an official source.")] = None,
    source: Annotated[Optional[list[str]], typer.Option("--source", help="With --append: a URL where the names are used (repeatable).")] = None,
    category: Annotated[Optional[str], typer.Option("--category", help="With --append: the category (default: guessed).")] = None,
    entry_id: Annotated[Optional[str], typer.Option("--id", help="With --append: the new entry's id (default: from its name).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="With --append: show the change; write nothing.")] = False,
    input_format: MonolingualInputOption = None,
    terms: TermsOption = None,
) -> None:
    """List candidate new entries from a corpus (text, Word or HTML): acronyms it defines, frequent names; --append adds one."""
    from .annotate import read_source_chunks
    from .extract import candidate_term, extract_candidates

    matcher = load_termbase(terms).compile()
    from .annotate import find_sources

    sources = find_sources(files, glob=glob, input_format=input_format)
    documents = [(item.name, "".join(read_source_chunks(item))) for item in sources]
    candidates = extract_candidates(documents, matcher=matcher, include_known=include_known or append is not None, min_frequency=min_frequency)
    if append is not None:
        from .editing import add_entries

        chosen = next((candidate for candidate in candidates if candidate.text == append), None)
        if chosen is None:
            raise GlossaryError(f"no candidate {append!r} in these files; run glossary extract without --append to list them")
        if chosen.known:
            raise GlossaryError(f"{append!r} is already in the term base as {chosen.known!r}")
        term = candidate_term(chosen, other_name=other_name or "", sources=list(source or []), category=category, entry_id=entry_id)
        _print_edit(add_entries([term], path=resolve_termbase_path(terms), dry_run=dry_run), dry_run=dry_run)
        return
    if output_format is ExtractFormat.json:
        typer.echo(dumps({"candidates": [candidate.to_dict() for candidate in candidates]}))
        return
    import yaml

    if not candidates:
        hint = "" if include_known else "; --all also lists those the term base already has"
        typer.echo(f"No new candidates in {len(documents)} file(s){hint}.", err=True)
    for candidate in candidates:
        header = f"# {candidate.kind}, seen {candidate.frequency} times"
        header += f"; known as {candidate.known}" if candidate.known else "; the other language's name needs an official source"
        typer.echo(f"{header}\n# e.g. {candidate.example_source}: {candidate.example}")
        typer.echo(yaml.safe_dump([candidate.draft()], allow_unicode=True, sort_keys=False, width=110).rstrip())
