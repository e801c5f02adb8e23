"""Docs and code say the same thing.

* docs/cli.md holds each command's ``--help``; every command is documented.
* Every ```console block in README.md and docs/*.md is run again and its
  output compared: lines starting with ``$ `` are commands (``glossary ...``,
  optionally fed by ``echo '...' |`` or ``printf '...' |``), the lines after
  them are the output.

Run ``GLOSSARY_UPDATE_DOCS=1 pytest tests/test_docs.py`` to rewrite both from
the code after a change in behaviour (and read the diff).
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from glossary.cli import app

ROOT = Path(__file__).resolve().parent.parent
CLI_DOC = ROOT / "docs" / "cli.md"
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
UPDATE = os.environ.get("GLOSSARY_UPDATE_DOCS") == "1"
# Fixed width and no colour, so that tables render the same everywhere.
ENVIRONMENT = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "GLOSSARY_TERMS": ""}

runner = CliRunner()
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
_HELP_BLOCK = re.compile(r"(<!-- help: (?P<command>[\w-]+) -->\n```text\n)(?P<body>.*?)(```\n)", re.S)
_CONSOLE_BLOCK = re.compile(r"(```console\n)(?P<body>.*?)(```\n)", re.S)
_FEED = re.compile(r"^(?:echo|printf) (?P<quoted>'(?:[^']|'\"'\"')*'|\"[^\"]*\") \| (?P<rest>glossary .*)$")


def _help(command: str) -> str:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "80", "TERM": "dumb"}, prog_name="glossary")
    assert result.exit_code == 0
    return result.stdout


def _run(command_line: str) -> str:
    feed = None
    match = _FEED.match(command_line)
    if match:
        (feed,) = shlex.split(match.group("quoted"))
        if command_line.startswith("printf"):
            feed = feed.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
        else:
            feed += "\n"
        command_line = match.group("rest")
    arguments = shlex.split(command_line)
    assert arguments[0] == "glossary", f"docs examples run glossary, not {arguments[0]!r}"
    result = runner.invoke(app, arguments[1:], input=feed, env=ENVIRONMENT, prog_name="glossary")
    return result.output


def _rerun_console_block(body: str) -> str:
    out: list[str] = []
    for line in body.splitlines(keepends=True):
        if line.startswith("$ "):
            out.append(line)
            out.append(_run(line[2:].rstrip("\n")))
    return "".join(out)


def test_every_command_has_help_text() -> None:
    for name, command in typer.main.get_command(app).commands.items():  # type: ignore[attr-defined]
        assert command.help, f"glossary {name} has no help text"


def test_cli_reference_matches_help(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    text = CLI_DOC.read_text(encoding="utf-8")
    documented = {match.group("command") for match in _HELP_BLOCK.finditer(text)}
    assert documented == set(COMMANDS), "every command has a help block in docs/cli.md"
    expected = _HELP_BLOCK.sub(lambda m: m.group(1) + _help(m.group("command")) + m.group(4), text)
    if UPDATE:
        CLI_DOC.write_text(expected, encoding="utf-8")
    assert text == expected, "docs/cli.md differs from --help: rerun with GLOSSARY_UPDATE_DOCS=1"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_console_examples_show_real_output(document: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    text = document.read_text(encoding="utf-8")
    expected = _CONSOLE_BLOCK.sub(lambda m: m.group(1) + _rerun_console_block(m.group("body")) + m.group(3), text)
    if UPDATE:
        document.write_text(expected, encoding="utf-8")
    assert text == expected, f"{document.name}: an example's output changed; rerun with GLOSSARY_UPDATE_DOCS=1"
