"""Issue 14: the command line and its outputs, as a translator and an editor would want them."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
import typer.completion
from typer.testing import CliRunner

from glossary import Matcher
from glossary.annotate import _annotate_chunks, iter_paragraph_chunks
from glossary.cli import (
    EXIT_BAD_INPUT,
    EXIT_BAD_TERMBASE,
    EXIT_NOTHING_FOUND,
    EXIT_USAGE,
    STDIN_NOTICE,
    _ANNOTATION_FORMATS,
    app,
)
from glossary.renderers import ANNOTATION_FORMATS, make_renderer
from glossary.model import CATEGORIES
from glossary.renderers.terminal import category_style, print_lookup, print_terms

from .conftest import CORPUS, DATA, SEED_TERMS, render

runner = CliRunner()
SEED = ["--terms", str(SEED_TERMS)]
ROOT = Path(__file__).resolve().parent.parent
ARTICLE = CORPUS / "adsom-wg-danang-2020.vi.txt"
ANSI = re.compile(r"\x1b\[")


def invoke(*arguments: str, input: str | bytes | None = None, env: dict[str, str] | None = None):
    return runner.invoke(app, list(arguments), input=input, env=env)


# --- commands ----------------------------------------------------------------------------------------


def test_show_prints_the_full_entry_with_note_and_sources() -> None:
    result = invoke("show", "rank-senior-lieutenant-general", *SEED, env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    for expected in ("rank-senior-lieutenant-general", "Thượng tướng", "Colonel General", "Note", "Not Thượng tá", "Sources"):
        assert expected in result.stdout


def test_show_unknown_id_exits_1_and_suggests_close_ids() -> None:
    result = invoke("show", "rank-colonell", *SEED)
    assert result.exit_code == EXIT_NOTHING_FOUND
    assert "No entry with id 'rank-colonell'." in result.stderr
    assert "rank-colonel" in result.stderr
    assert result.stdout == ""


def test_show_json_is_the_term_contract() -> None:
    result = invoke("show", "admm", "--format", "json", *SEED)
    assert json.loads(result.stdout)["term"]["id"] == "admm"


def test_lookup_takes_several_queries() -> None:
    result = invoke("lookup", "ADMM", "Thượng tá", "--format", "json", *SEED)
    assert result.exit_code == 0, result.output
    payloads = [json.loads(line) for line in result.stdout.splitlines()]
    assert [payload["query"] for payload in payloads] == ["ADMM", "Thượng tá"]
    assert [payload["results"][0]["term"]["id"] for payload in payloads] == ["admm", "rank-colonel"]


def test_lookup_reads_one_query_per_line_from_stdin_and_exits_1_when_one_finds_nothing() -> None:
    result = invoke("lookup", "-", "--format", "json", *SEED, input="ADMM\n\n  Thượng tá \nxyzzy qwerty\n")
    assert result.exit_code == EXIT_NOTHING_FOUND
    queries = [json.loads(line)["query"] for line in result.stdout.splitlines()]
    assert queries == ["ADMM", "Thượng tá", "xyzzy qwerty"]
    assert "No term matches 'xyzzy qwerty'." in result.stderr


def test_lookup_category_keeps_only_that_category() -> None:
    everything = invoke("lookup", "Quốc phòng", "-n", "20", "--min-score", "60", "--format", "json", *SEED)
    categories = {result["term"]["category"] for result in json.loads(everything.stdout)["results"]}
    assert len(categories) > 1
    titles = invoke("lookup", "Quốc phòng", "-n", "20", "--min-score", "60", "--category", "title", "--format", "json", *SEED)
    results = json.loads(titles.stdout)["results"]
    assert results and {result["term"]["category"] for result in results} == {"title"}


@pytest.mark.parametrize("query", ["", "   "], ids=["empty", "blank"])
def test_empty_query_is_a_usage_error(query: str) -> None:
    result = invoke("lookup", query, *SEED)
    assert result.exit_code == EXIT_USAGE
    assert "query is empty" in result.stderr
    assert "Traceback" not in result.output


def test_validate_takes_terms_like_every_other_command() -> None:
    broken = str(DATA / "broken" / "malformed.yaml")
    by_option = invoke("validate", "--terms", broken)
    by_argument = invoke("validate", broken)
    assert by_option.exit_code == by_argument.exit_code == EXIT_BAD_TERMBASE
    assert by_option.stdout == by_argument.stdout
    assert invoke("validate", "--terms", str(SEED_TERMS)).exit_code == 0
    both = invoke("validate", broken, "--terms", str(SEED_TERMS))
    assert both.exit_code == EXIT_USAGE
    assert "two term bases" in both.stderr


def test_python_dash_m_glossary_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "glossary", "-V"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("glossary ")
    usage = subprocess.run([sys.executable, "-m", "glossary", "-h"], capture_output=True, text=True, check=False)
    assert usage.stdout.startswith("Usage: glossary ")


@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_short_and_long_help_everywhere(flag: str) -> None:
    assert invoke(flag).exit_code == 0
    for command in sorted(typer.main.get_command(app).commands):  # type: ignore[attr-defined]
        assert invoke(command, flag).exit_code == 0, command


def test_version_short_and_long() -> None:
    assert invoke("-V").stdout == invoke("--version").stdout
    assert invoke("-V").stdout.startswith("glossary ")


def test_shell_completion_is_available(monkeypatch: pytest.MonkeyPatch) -> None:
    # Typer detects the shell from the parent process, which under `make` is sh (not supported): say bash.
    monkeypatch.setattr(typer.completion, "_get_shell_name", lambda: "bash")
    result = invoke("--show-completion")
    assert result.exit_code == 0
    assert "complete -o default -F" in result.stdout


_UNREADABLE_HELP = re.compile(r"<[a-z_\[\]|., ]+>|\{[a-z_]+\}|list\[str\]|int range|float range")


def test_help_shows_readable_metavars() -> None:
    commands = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    for command in commands:
        text = invoke(command, "--help", env={"COLUMNS": "100"}).stdout
        assert not _UNREADABLE_HELP.search(text), f"glossary {command} --help: {_UNREADABLE_HELP.search(text)}"
    assert "QUERY..." in invoke("lookup", "--help").stdout
    assert "[FILE...]" in invoke("annotate", "--help").stdout


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["lookup", "ADMM", "-n", "0"], "must be 1 or more"),
        (["lookup", "ADMM", "-n", "many"], "expected a whole number"),
        (["lookup", "ADMM", "--min-score", "101"], "must be between 0 and 100"),
        (["lookup", "ADMM", "--format", "xml"], "'xml' is not one of terminal, json"),
        (["annotate", "--format", "pdf"], "'pdf' is not one of terminal, inline"),
        (["annotate", "--target", "fr"], "'fr' is not one of auto, en, vi"),
        (["list", "--category", "ranks"], "unknown category 'ranks'"),
    ],
)
def test_usage_errors_read_as_plain_sentences(arguments: list[str], expected: str) -> None:
    result = invoke(*arguments, *SEED)
    assert result.exit_code == EXIT_USAGE
    assert expected in result.stderr
    for jargon in ("Value error", "Input should", "Traceback"):
        assert jargon not in result.stderr


def test_annotation_format_names_match_the_renderers() -> None:
    assert _ANNOTATION_FORMATS == ANNOTATION_FORMATS


def test_exit_codes_tell_nothing_found_from_bad_input_from_a_broken_term_base(tmp_path: Path) -> None:
    assert invoke("lookup", "ADMM", *SEED).exit_code == 0
    assert invoke("lookup", "xyzzy qwerty", *SEED).exit_code == EXIT_NOTHING_FOUND
    assert invoke("lookup", "ADMM", "--nonsense", *SEED).exit_code == EXIT_USAGE
    assert invoke("annotate", str(tmp_path / "missing.txt"), *SEED).exit_code == EXIT_BAD_INPUT
    assert invoke("annotate", "--terms", str(DATA / "broken" / "malformed.yaml"), input="x").exit_code == EXIT_BAD_TERMBASE
    assert invoke("lookup", "ADMM", "--terms", str(DATA / "broken" / "malformed.yaml")).exit_code == EXIT_BAD_TERMBASE
    # Annotating text that holds no term ran fine: exit 0, the text is still the output.
    plain = invoke("annotate", "--format", "inline", *SEED, input="nothing here")
    assert (plain.exit_code, plain.stdout) == (0, "nothing here")


def test_exit_codes_are_documented() -> None:
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 4 |"):
        assert code in reference


def test_reading_stdin_from_a_terminal_says_so_on_stderr() -> None:
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "glossary", "annotate", "--format", "inline", *SEED],
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        os.write(controller, "ADMM\n".encode())
        os.write(controller, b"\x04")  # one Ctrl-D on an empty line ends the input
        stdout, stderr = process.communicate(timeout=60)
    finally:
        os.close(controller)
        os.close(terminal)
    assert STDIN_NOTICE in stderr.decode()
    assert "ADMM [" in stdout.decode()


def test_no_notice_when_stdin_is_a_pipe() -> None:
    result = invoke("annotate", "--format", "inline", *SEED, input="ADMM")
    assert STDIN_NOTICE not in result.stderr


def test_no_color_and_NO_COLOR_are_honoured() -> None:
    forced = invoke("lookup", "ADMM", "--color", *SEED)
    assert ANSI.search(forced.stdout), "--color forces colour even into a pipe"
    assert not ANSI.search(invoke("lookup", "ADMM", "--no-color", *SEED).stdout)
    assert not ANSI.search(invoke("annotate", "-f", "terminal", "--no-color", *SEED, input="ADMM").stdout)
    environment = {"NO_COLOR": "1"}
    assert not ANSI.search(invoke("lookup", "ADMM", *SEED, env=environment).stdout)
    assert not ANSI.search(invoke("list", *SEED, env=environment).stdout)


# --- terminal ------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("width", [40, 60, 100])
def test_terminal_text_wraps_at_word_boundaries(bundled_matcher: Matcher, width: int) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    out = io.StringIO()
    renderer = make_renderer("terminal", out=out, color=False, width=width)
    renderer.begin()
    renderer.document("a.txt", _annotate_chunks(iter_paragraph_chunks(text.splitlines(keepends=True)), bundled_matcher, overlaps=False, min_score=0))
    renderer.end()
    output = out.getvalue()
    body = output.split("\n", 1)[1].split("\nTerms", 1)[0]  # between the rule and the table
    assert _words(body) == _words(text), "a word was split or lost"
    assert all(len(line) <= width for line in output.splitlines())


@pytest.mark.parametrize("width", [40, 60, 80])
def test_tables_never_cut_english_or_id(bundled_termbase, width: int) -> None:  # type: ignore[no-untyped-def]
    from glossary.lookup import lookup

    terms = [term for term in bundled_termbase if term.category in {"title", "institution"}][:40]
    out = io.StringIO()
    print_terms(out, terms, color=False, width=width)
    output = out.getvalue()
    assert "…" not in output
    assert all(len(line) <= width for line in output.splitlines())
    cells = " ".join(re.sub(r"[│┃┏┓┗┛┡┩└┘┌┐━─╇┳┻╋┼┬┴├┤]", " ", output).split())
    for term in terms:
        for word in term.en.split():
            assert word in cells, f"{word!r} of {term.en!r} cut at {width} columns"
    if width >= 60:
        assert _column_text(output, "Id") == "".join(term.id for term in terms), f"an id was lost at {width} columns"
    results = lookup(bundled_termbase, "Bộ Quốc phòng", limit=5)
    out = io.StringIO()
    print_lookup(out, "Bộ Quốc phòng", results, color=False, width=width)
    assert "…" not in out.getvalue()
    assert "Ministry" in out.getvalue()


def _column_text(table: str, header: str) -> str:
    """The text of one column of a rendered table, its lines joined without spaces (ids wrap after hyphens)."""
    lines = table.splitlines()
    headers = next(line for line in lines if "┃" in line).split("┃")[1:-1]
    index = [cell.strip() for cell in headers].index(header)
    return "".join(line.split("│")[1:-1][index].strip() for line in lines if line.startswith("│"))


def test_tables_drop_low_value_columns_first_on_narrow_terminals(bundled_termbase) -> None:  # type: ignore[no-untyped-def]
    terms = list(bundled_termbase)[:20]
    wide, narrow = io.StringIO(), io.StringIO()
    print_terms(wide, terms, color=False, width=220)
    print_terms(narrow, terms, color=False, width=60)
    header = lambda text: next(line for line in text.splitlines() if "Vietnamese" in line)  # noqa: E731
    assert "Note" in header(wide.getvalue()) and "Category" in header(wide.getvalue())
    assert "Note" not in header(narrow.getvalue())
    for kept in ("Vietnamese", "English", "Id"):
        assert kept in header(narrow.getvalue())


def test_usage_note_shown_in_lookup_show_and_wide_term_table() -> None:
    note = "Not Thượng tá (Colonel)."
    lookup_output = invoke("lookup", "Thượng tướng", "-n", "1", *SEED, env={"COLUMNS": "100"}).stdout
    assert note in " ".join(lookup_output.split())
    show_output = invoke("show", "rank-senior-lieutenant-general", *SEED, env={"COLUMNS": "100"}).stdout
    assert note in " ".join(show_output.split())
    list_output = invoke("list", "--category", "rank", *SEED, env={"COLUMNS": "200"}).stdout
    assert note in " ".join(re.sub(r"[│┃]", " ", list_output).split())


def test_terminal_legend_and_colours_readable_on_light_and_dark(seed_matcher: Matcher) -> None:
    out = io.StringIO()
    renderer = make_renderer("terminal", out=out, color=True, width=100)
    renderer.begin()
    renderer.document("a.txt", _annotate_chunks(["Thượng tướng dự ADMM-14."], seed_matcher, overlaps=False, min_score=0))
    output = out.getvalue()
    plain = ANSI.sub("", re.sub(r"\x1b\[[0-9;]*m", "", output))
    assert "Legend:" in plain and "rank" in plain and "mechanism" in plain
    for category in CATEGORIES:
        style = category_style(category)
        assert not style.bold, f"{category}: bold"
        assert style.color is not None and style.color.get_truecolor() == (0, 0, 0), f"{category}: not black text"
        assert style.bgcolor is not None
        assert _contrast((0, 0, 0), tuple(style.bgcolor.get_truecolor())) >= 7, f"{category}: low contrast"


def _contrast(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """WCAG contrast ratio of two sRGB colours."""

    def luminance(rgb: tuple[int, ...]) -> float:
        channels = [value / 255 for value in rgb]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# --- inline, markdown ---------------------------------------------------------------------------------


def test_inline_separates_several_files_with_their_names(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("ADMM", encoding="utf-8")
    (tmp_path / "b.txt").write_text("ADSOM\n", encoding="utf-8")
    result = invoke("annotate", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "inline", "-t", "en", *SEED)
    assert result.stdout == (
        f"==> {tmp_path / 'a.txt'} <==\nADMM [ASEAN Defence Ministers' Meeting]\n\n"
        f"==> {tmp_path / 'b.txt'} <==\nADSOM [ASEAN Defence Senior Officials' Meeting]\n"
    )


def test_inline_glosses_the_first_occurrence_unless_every(seed_matcher: Matcher) -> None:
    text = "ADMM họp. ADMM lại họp. ADMM-14 và ADMM-15."
    first = render(seed_matcher, "inline", {"a": text})
    assert first.count("[ASEAN Defence Ministers' Meeting]") == 1
    assert "[14th ADMM]" in first and "[15th ADMM]" in first  # a different gloss is new information
    every = render(seed_matcher, "inline", {"a": text}, every=True)
    assert every.count("[ASEAN Defence Ministers' Meeting]") == 2


def test_inline_never_glosses_into_the_language_already_written(bundled_matcher: Matcher) -> None:
    english = "The Deputy Minister of National Defense attended."
    assert render(bundled_matcher, "inline", {"a": english}, target="en") == english
    auto = render(bundled_matcher, "inline", {"a": english})
    assert "Deputy Minister of National Defense [Thứ trưởng Bộ Quốc phòng]" in auto
    vietnamese = "Thứ trưởng Bộ Quốc phòng dự họp."
    assert render(bundled_matcher, "inline", {"a": vietnamese}, target="vi") == vietnamese
    assert "[Deputy Minister of National Defence]" in render(bundled_matcher, "inline", {"a": vietnamese})


def test_annotate_target_auto_is_the_default() -> None:
    english = invoke("annotate", "--format", "inline", *SEED, input="ASEAN Defence Ministers' Meeting")
    assert english.stdout == "ASEAN Defence Ministers' Meeting [Hội nghị Bộ trưởng Quốc phòng các nước ASEAN]"


def test_markdown_glosses_in_the_text(seed_matcher: Matcher) -> None:
    output = render(seed_matcher, "markdown", {"a": "Thượng tướng dự ADMM-14."})
    assert output.startswith("**Thượng tướng** \\[*Senior Lieutenant General*\\] dự **ADMM-14** \\[*14th ADMM*\\].")


# --- json ------------------------------------------------------------------------------------------


def test_json_has_one_shape_whatever_the_input(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "only.txt").write_text("ADMM-14", encoding="utf-8")
    shapes = []
    for arguments, stdin in (([], "ADMM-14"), ([str(folder / "only.txt")], None), ([str(folder)], None)):
        result = invoke("annotate", *arguments, "--format", "json", *SEED, input=stdin)
        payload = json.loads(result.stdout)
        shapes.append((sorted(payload), [sorted(document) for document in payload["files"]]))
    assert shapes[0] == shapes[1] == shapes[2] == (["files"], [["matches", "path"]])


def test_json_gives_the_rendered_gloss_beside_the_ordinal() -> None:
    result = invoke("annotate", "--format", "jsonl", *SEED, input="Thượng tướng dự ADMM-14.")
    matches = json.loads(result.stdout)["matches"]
    assert matches[1]["ordinal"] == 14
    assert matches[1]["gloss"] == {"en": "14th ADMM", "vi": "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 14"}
    assert matches[0]["gloss"]["en"] == "Senior Lieutenant General"


# --- html ------------------------------------------------------------------------------------------


def test_html_page_for_a_phone_and_for_print(seed_matcher: Matcher) -> None:
    output = render(seed_matcher, "html", {"bao-cao.txt": "Thượng tướng dự ADMM-14."}, names=["bao-cao.txt"])
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in output
    assert "<title>bao-cao.txt · glossary</title>" in output
    assert 'class="text" lang="vi"' in output
    assert " title=" not in output, "no native tooltip doubling the card"
    assert "@media print" in output and "@media (max-width: 600px)" in output
    assert 'tabindex="0"' in output and 'role="tooltip"' in output and "aria-describedby" in output
    assert "<dt>Note</dt>" in output and "Not Thượng tá (Colonel)." in output
    assert 'class="summary"' in output


def test_html_lists_several_files_in_a_table_of_contents(seed_matcher: Matcher) -> None:
    output = render(seed_matcher, "html", {"a.txt": "ADMM", "b.txt": "ADSOM"}, names=["a.txt", "b.txt"])
    assert '<nav aria-label="Files">' in output
    assert '<a href="#doc-1">a.txt</a>' in output and '<a href="#doc-2">b.txt</a>' in output
    assert 'id="doc-2"' in output


def test_html_card_holds_the_alternatives(bundled_matcher: Matcher) -> None:
    output = render(bundled_matcher, "html", {"a": "ADMM+ lần thứ 7"})
    assert "<dt>Also</dt>" in output and "ADMM Plus" in output


def test_show_and_html_card_give_the_status_of_forms(tmp_path: Path, bundled_matcher: Matcher) -> None:
    terms = tmp_path / "status.yaml"
    terms.write_text(
        """terms:
  - id: rank-senior-lieutenant
    category: rank
    vi: Thượng úy
    en: Senior Lieutenant
    variants:
      en:
        - form: First Lieutenant
          status: admitted
          usage: Tuoi Tre News
        - form: Lieutenant
          status: deprecated
          usage: the rank below (Trung úy)
    sources: [https://example.org]
""",
        encoding="utf-8",
    )
    shown = invoke("show", "rank-senior-lieutenant", "--terms", str(terms), env={"COLUMNS": "100"})
    assert shown.exit_code == 0, shown.output
    assert "Form status" in shown.stdout
    assert "Lieutenant: deprecated (the rank below (Trung úy))" in shown.stdout
    page = invoke("annotate", "--format", "html", "--terms", str(terms), input="Thượng úy").stdout
    assert "<dt>Avoid</dt><dd>Lieutenant</dd>" in page
    assert "<dt>Also</dt><dd>First Lieutenant</dd>" in page


# --- make demo, completion -------------------------------------------------------------------------


def test_make_demo_installs_only_the_package_and_ends_with_one_newline() -> None:
    import shutil

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    # --no-print-directory: under `make test` this is a sub-make, which would announce its directory.
    dry = subprocess.run(
        ["make", "--no-print-directory", "-n", "-B", "demo"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "pip install --quiet -e ." in dry.stdout
    assert "[test]" not in dry.stdout, "the demo does not install the test extra"
    recipe = next(line for line in dry.stdout.splitlines() if "glossary annotate" in line)
    if not (ROOT / ".venv" / "bin" / "glossary").exists():
        pytest.skip("no .venv here (make setup creates it)")
    output = subprocess.run(["bash", "-c", recipe], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert output.endswith("\n")
    assert not output.endswith("\n\n"), "exactly one newline at the end"
    assert "[ASEAN Defence Senior Officials' Meeting Working Group]" in output


def test_completion_offers_entry_ids_and_categories() -> None:
    def complete(words: str, position: int) -> list[str]:
        environment = {**os.environ, "_GLOSSARY_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(position)}
        environment["GLOSSARY_TERMS"] = str(SEED_TERMS)
        result = subprocess.run([sys.executable, "-m", "glossary"], env=environment, capture_output=True, text=True, check=False)
        return result.stdout.split()

    assert "admm-plus" in complete("glossary show admm", 2)
    assert complete("glossary list --category ra", 3) == ["rank"]
