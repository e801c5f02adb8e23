"""`glossary serve`: options reach glossary.server.serve (monkeypatched: nothing binds a port here), and the warning."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

pytest.importorskip("fastapi")

import glossary.server  # noqa: E402
from glossary.cli import app  # noqa: E402

runner = CliRunner()


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    recorded: list[dict] = []
    monkeypatch.setattr(glossary.server, "serve", lambda **options: recorded.append(options))
    return recorded


def test_defaults_are_loopback_without_a_warning(calls: list[dict]) -> None:
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 0, result.output
    assert calls == [{"host": "127.0.0.1", "port": 8765, "terms": None, "open_browser": False}]
    assert "Warning" not in result.stderr
    assert "http://127.0.0.1:8765/" in result.stderr and result.stdout == ""


def test_options_are_passed_through(calls: list[dict], tmp_path) -> None:
    terms = tmp_path / "terms.yaml"
    result = runner.invoke(app, ["serve", "--host", "::1", "--port", "9000", "--terms", str(terms), "--open"])
    assert result.exit_code == 0, result.output
    assert calls == [{"host": "::1", "port": 9000, "terms": terms, "open_browser": True}]
    assert "http://[::1]:9000/" in result.stderr and "Warning" not in result.stderr


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.org"])
def test_a_non_loopback_host_warns_on_stderr(calls: list[dict], host: str) -> None:
    result = runner.invoke(app, ["serve", "--host", host])
    assert result.exit_code == 0
    assert calls[0]["host"] == host
    assert f"Warning: binding to {host}: the API has no authentication" in result.stderr
    assert result.stdout == ""


def test_a_bad_port_is_refused(calls: list[dict]) -> None:
    result = runner.invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code == 2 and calls == []


def test_a_missing_extra_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in sys.modules if name == "glossary.server" or name.startswith("glossary.server.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "fastapi", None)  # import fastapi now raises ModuleNotFoundError
    monkeypatch.delattr(glossary, "server", raising=False)
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 3  # a library error other than a broken term base (docs/cli.md)
    assert result.stderr.strip().splitlines() == [
        "Error: glossary serve needs the serve extra (fastapi is missing): pip install 'glossary[serve]'"
    ]


def test_a_library_error_is_one_line(calls: list[dict], monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(**_options: object) -> None:
        raise glossary.server.app.GlossaryError("terms.yaml: not found")

    monkeypatch.setattr(glossary.server, "serve", fail)
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 3 and result.stderr.strip().endswith("Error: terms.yaml: not found")
