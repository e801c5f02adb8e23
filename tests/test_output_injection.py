"""Issue 13, output injection: input text and term-base strings are shown literally in every format.

Rich markup, ANSI/OSC escapes, HTML and Markdown syntax never act: terminal
output carries no control sequence from the data, HTML and Markdown escape it.
Each failure reproduced on main has a test named after it (test_issue13_...).
"""

from __future__ import annotations

import html
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from glossary import Matcher
from glossary.annotate import _annotate_chunks, iter_paragraph_chunks
from glossary.cli import app
from glossary.renderers import make_renderer
from glossary.renderers.escaping import markdown_text, terminal_safe

from .conftest import SEED_TERMS

runner = CliRunner()
SEED = ["--terms", str(SEED_TERMS)]
# Control characters other than tab and line feed (carriage return only before a line feed).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
MARKDOWN = MarkdownIt("commonmark").enable("table")


def render(matcher: Matcher, format_name: str, text: str, **options: object) -> str:
    out = io.StringIO()
    renderer = make_renderer(format_name, out=out, **options)  # type: ignore[arg-type]
    renderer.begin()
    renderer.document("a.txt", _annotate_chunks(iter_paragraph_chunks(text.splitlines(keepends=True)), matcher, overlaps=False, min_score=0))
    renderer.end()
    return out.getvalue()


def _visible_text(markup: str) -> str:
    """The text a browser shows for an HTML fragment (tags dropped, entities decoded), spaces normalised."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", markup)).split())


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _tags(markup: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(markup)
    return parser.tags


# --- reproduced failures -------------------------------------------------------------------------------


def test_issue13_rich_markup_in_input_crashed_the_terminal_format(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("ASEAN Military[/]Defense Intelligence Community [bold red]x[/] [link=https://evil]y[/link]\n", encoding="utf-8")
    later = tmp_path / "later.txt"
    later.write_text("ADMM\n", encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(hostile), str(later), "--format", "terminal", "--no-color", *SEED])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "Military[/]Defense" in result.stdout and "[bold red]x[/]" in result.stdout
    assert "[link=https://evil]y[/link]" in result.stdout
    assert "later.txt" in result.stdout, "the next file was processed"


def test_issue13_osc_escape_in_input_reached_the_terminal() -> None:
    result = runner.invoke(app, ["annotate", "--format", "terminal", *SEED], input="ADMM \x1b]0;pwned\x07 end\n")
    assert result.exit_code == 0
    assert "\x1b]" not in result.stdout and "\x07" not in result.stdout
    assert "ADMM" in result.stdout and "end" in result.stdout


def test_issue13_ansi_and_c1_sequences_in_input_are_stripped_in_colour_too() -> None:
    hostile = "ADMM \x1b[2J\x1b[31mred\x1b[0m \x9b2J \x1b]8;;https://evil\x1b\\link\x1b]8;;\x1b\\ \rover\n"
    result = runner.invoke(app, ["annotate", "--format", "terminal", "--color", *SEED], input=hostile)
    # Our own colours are SGR sequences ("\x1b[...m"); nothing else may reach the terminal.
    leftovers = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert not CONTROL.search(leftovers), repr(CONTROL.search(leftovers))
    assert "\x1b]8;" not in result.stdout, "no hyperlink from the input"
    assert "red" in leftovers and "link" in leftovers and "over" in leftovers


def test_issue13_raw_html_in_markdown_output() -> None:
    result = runner.invoke(app, ["annotate", "--format", "markdown", *SEED], input="ADMM <script>alert(1)</script>\n")
    assert "<script>" not in result.stdout
    rendered = MARKDOWN.render(result.stdout)
    assert "<script>" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered


def test_issue13_bold_in_input_became_four_asterisks_in_markdown() -> None:
    result = runner.invoke(app, ["annotate", "--format", "markdown", *SEED], input="**X** and ADMM\n")
    assert "****" not in result.stdout
    rendered = MARKDOWN.render(result.stdout.split("## Glossary")[0])
    assert "**X**" in _visible_text(rendered)
    assert rendered.count("<strong>") == 1, "only the term is bold"


def _termbase_with(tmp_path: Path, **fields: str) -> Path:
    entry = {"id": "hostile", "category": "concept", "vi": "Khái niệm độc", "en": "Hostile concept", "sources": ["https://example.org"]}
    entry.update(fields)
    lines = ["terms:", "  - id: hostile"]
    for key, value in entry.items():
        if key == "id":
            continue
        if isinstance(value, list):
            lines.append(f"    {key}: [{', '.join(json.dumps(item) for item in value)}]")
        else:
            lines.append(f"    {key}: {json.dumps(value, ensure_ascii=False)}")
    path = tmp_path / "hostile.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_issue13_star_and_pipe_in_term_strings_broke_the_markdown_table(tmp_path: Path) -> None:
    terms = _termbase_with(tmp_path, en="Alpha | Beta *Gamma* \\| Delta", vi="Khái niệm độc")
    result = runner.invoke(app, ["annotate", "--format", "markdown", "--terms", str(terms)], input="Khái niệm độc\n")
    assert result.exit_code == 0, result.output
    table = result.stdout.split("## Glossary")[1]
    rendered = MARKDOWN.render(table)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", rendered)
    assert len(cells) == 5, cells
    assert html.unescape(cells[1]) == "Alpha | Beta *Gamma* \\| Delta"


def test_issue13_rich_markup_in_term_strings_crashed_list_lookup_and_show(tmp_path: Path) -> None:
    terms = _termbase_with(
        tmp_path,
        en="Hostile [/] concept [link=https://evil]click[/link]",
        note="Note with [bold]markup[/bold] and [/] and <b>html</b>",
    )
    for arguments in (
        ["list"],
        ["lookup", "Khái niệm độc"],
        ["show", "hostile"],
        ["stats"],
        ["annotate", "--format", "terminal"],
    ):
        result = runner.invoke(app, [*arguments, "--terms", str(terms), "--color"], input="Khái niệm độc\n", env={"COLUMNS": "200"})
        assert result.exit_code == 0, (arguments, result.output)
        assert "\x1b]8;" not in result.stdout, f"{arguments}: a link from the term base"
        if arguments[0] in {"list", "lookup", "show", "annotate"}:
            plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
            assert "[link=https://evil]click[/link]" in " ".join(re.sub(r"[│┃]", " ", plain).split()), arguments


def test_issue13_html_in_term_strings_is_escaped_in_the_page(tmp_path: Path) -> None:
    terms = _termbase_with(
        tmp_path,
        en='Hostile <img src=x onerror="alert(1)"> "quoted" concept',
        note="<script>alert(2)</script> & more",
    )
    result = runner.invoke(app, ["annotate", "--format", "html", "--terms", str(terms)], input="Khái niệm độc <b>bold</b>\n")
    assert result.exit_code == 0, result.output
    tags = {tag for tag, _attributes in _tags(result.stdout)}
    assert "img" not in tags and "b" not in tags
    assert result.stdout.count("<script>") == 1, "only the page's own placement script"
    for _tag, attributes in _tags(result.stdout):
        assert not any(name.startswith("on") for name, _value in attributes), attributes


# --- properties ----------------------------------------------------------------------------------------

_HOSTILE_PIECES = st.sampled_from(
    [
        "ADMM", "ADMM-14", "Thượng tướng", "Bộ Quốc phòng", " ", "\n", "\n\n", "\t", "[/]", "[bold]", "[link=x]",
        "\x1b[31m", "\x1b]0;t\x07", "\x1b]8;;http://e\x1b\\", "\x07", "\x9b2J", "\x00", "\r", "<b>", "</b>", "&amp;",
        "*", "**", "_", "`", "```", "#", "# ", "- ", "1. ", "> ", "|", "\\", "~~", "[x](y)", "<http://e>", "    ",
        "=", "---", "!", "a", "ệ", "9",
    ]
)
_HOSTILE_TEXT = st.lists(_HOSTILE_PIECES, max_size=25).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_HOSTILE_TEXT)
def test_terminal_output_never_carries_control_sequences_from_the_data(seed_matcher: Matcher, text: str) -> None:
    output = render(seed_matcher, "terminal", text, color=False, width=60)
    assert not CONTROL.search(output), repr(output)
    assert "\x1b" not in output


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_HOSTILE_TEXT)
def test_markdown_shows_the_text_as_written(seed_matcher: Matcher, text: str) -> None:
    """A Markdown viewer shows exactly what the inline format prints (the text plus glosses in brackets)."""
    markdown = render(seed_matcher, "markdown", text).split("\n\n## Glossary")[0]
    inline = render(seed_matcher, "inline", text)
    expected = " ".join(terminal_safe(inline).replace("\r\n", "\n").split())
    assert _visible_text(MARKDOWN.render(markdown)) == expected


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_HOSTILE_TEXT)
def test_html_shows_the_text_as_written(seed_matcher: Matcher, text: str) -> None:
    page = render(seed_matcher, "html", text)
    body = page.split('<div class="text" lang="', 1)[1].split(">", 1)[1].split("</div>", 1)[0]
    without_cards = re.sub(r'<span class="card".*?</dl></span>', "", body)
    shown = " ".join(html.unescape(re.sub(r"<[^>]+>", "", without_cards)).split())
    assert shown == " ".join(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", text).split())
    assert {tag for tag, _ in _tags(body)} <= {"span", "dl", "dt", "dd"}


def test_markdown_text_escapes_line_start_syntax() -> None:
    assert markdown_text("# title") == "\\# title"
    assert markdown_text("- item") == "\\- item"
    assert markdown_text("1. first") == "1\\. first"
    assert markdown_text("    indented") == "\u00a0" * 4 + "indented"
    assert markdown_text("a - b", at_line_start=False) == "a - b"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_issue13_inline_output_to_a_terminal_carries_no_escape_sequences(seed_matcher: Matcher) -> None:
    hostile = "ADMM \x1b]0;pwned\x07 \x1b[2J end\n"
    out = _Terminal()
    renderer = make_renderer("inline", out=out)
    renderer.begin()
    renderer.document("-", _annotate_chunks([hostile], seed_matcher, overlaps=False, min_score=0))
    renderer.end()
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue()
    assert out.getvalue().startswith("ADMM [")
    # Into a pipe the text stays exactly as read (the inline format only adds glosses).
    assert "\x1b]0;pwned\x07" in render(seed_matcher, "inline", hostile)
