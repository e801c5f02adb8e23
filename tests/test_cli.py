"""The command line through typer's runner: data on stdout, errors on stderr, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from glossary.cli import app

from .conftest import DATA, SEED_TERMS

runner = CliRunner()
SEED = ["--terms", str(SEED_TERMS)]


def invoke(*arguments: str, input: str | bytes | None = None):
    return runner.invoke(app, list(arguments), input=input)


def test_lookup_json_contract() -> None:
    result = invoke("lookup", "admm+", "--format", "json", *SEED)
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["query"] == "admm+"
    best = payload["results"][0]
    assert best["term"]["id"] == "admm-plus"
    assert set(best["term"]) == {"id", "category", "vi", "en", "acronyms", "variants", "form_status", "note", "sources"}
    scores = [result["score"] for result in payload["results"]]
    assert scores == sorted(scores, reverse=True)


def test_lookup_json_gives_a_numbered_query_its_number_and_names() -> None:
    best = json.loads(invoke("lookup", "ADMM-14", "--format", "json").stdout)["results"][0]
    assert (best["term"]["id"], best["ordinal"]) == ("admm", 14)
    assert best["gloss"] == {"en": "14th ASEAN Defence Ministers' Meeting", "vi": "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 14"}
    unit = json.loads(invoke("lookup", "Sư đoàn 346", "--format", "json").stdout)["results"][0]
    assert (unit["term"]["id"], unit["ordinal"], unit["gloss"]) == ("unit-division", 346, {"en": "Division 346", "vi": "Sư đoàn 346"})
    plain = json.loads(invoke("lookup", "ADMM", "--format", "json").stdout)["results"][0]
    assert set(plain) == {"score", "term"}
    table = invoke("lookup", "Sư đoàn 346", "--color", "never").stdout
    assert "Division 346" in table and "Sư đoàn 346" in table


def test_lookup_without_result_exits_1_with_message_on_stderr() -> None:
    result = invoke("lookup", "hội nghị khách hàng", *SEED)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "No term matches 'hội nghị khách hàng'." in result.stderr


def test_lookup_offers_suggestions_when_nothing_is_close_enough() -> None:
    result = invoke("lookup", "Thuong", "--min-score", "95", *SEED)
    assert result.exit_code == 1
    assert "Closest:" in result.stderr


def test_lookup_table_on_stdout() -> None:
    result = invoke("lookup", "Thuong ta", *SEED)
    assert result.exit_code == 0
    first_row = next(line for line in result.stdout.splitlines() if "Thượng" in line)
    assert "Colonel" in first_row and "General" not in first_row


def test_validate_reports_one_line_per_problem_and_exits_4() -> None:
    result = invoke("validate", str(DATA / "broken" / "many-problems.yaml"))
    assert result.exit_code == 4
    lines = result.stdout.splitlines()
    assert len(lines) == 7
    assert all(re.match(r".+many-problems\.yaml:\d+: \[[a-z-]+\] ", line) for line in lines)
    assert "7 problems" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_validate_json() -> None:
    result = invoke("validate", str(DATA / "broken" / "malformed.yaml"), "--format", "json")
    assert result.exit_code == 4
    payload = json.loads(result.stdout)
    assert payload["valid"] is False
    assert payload["problems"][0]["line"] == 6


def test_broken_term_base_is_a_clean_error_for_every_command() -> None:
    result = invoke("stats", "--terms", str(DATA / "broken" / "malformed.yaml"))
    assert result.exit_code == 4
    assert result.stderr.startswith("Error: ")
    assert "malformed YAML" in result.stderr
    assert result.stdout == ""


def test_environment_variable_selects_term_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GLOSSARY_TERMS", str(SEED_TERMS))
    result = invoke("stats", "--format", "json")
    assert json.loads(result.stdout)["entries"] == 23


def test_list_filters_by_category_and_rejects_unknown_ones() -> None:
    result = invoke("list", "--category", "rank", "--format", "json", *SEED)
    terms = json.loads(result.stdout)["terms"]
    assert {term["category"] for term in terms} == {"rank"}
    assert len(terms) == 6
    bad = invoke("list", "--category", "ranks", *SEED)
    assert bad.exit_code == 2
    assert "unknown category" in bad.stderr


def test_stats_json() -> None:
    stats = json.loads(invoke("stats", "--format", "json", *SEED).stdout)
    assert stats["entries"] == 23
    assert stats["categories"]["rank"] == 6
    assert stats["with_sources"] == 23


def test_annotate_stdin_json() -> None:
    text = "Thượng tướng Nguyễn Chí Vịnh dự ADMM-14."
    result = invoke("annotate", "-", "--format", "json", *SEED, input=text.encode())
    assert result.exit_code == 0, result.stderr
    matches = json.loads(result.stdout)["files"][0]["matches"]
    assert [(m["text"], m["term"]["id"], m["ordinal"]) for m in matches] == [
        ("Thượng tướng", "rank-senior-lieutenant-general", None),
        ("ADMM-14", "admm", 14),
    ]
    for match in matches:
        assert text[match["start"] : match["end"]] == match["text"]


def test_annotate_inline_gloss_in_either_language() -> None:
    text = "Thượng tướng dự ADMM-14."
    english = invoke("annotate", "--format", "inline", "--target", "en", *SEED, input=text.encode()).stdout
    assert english == "Thượng tướng [Senior Lieutenant General] dự ADMM-14 [14th ADMM]."
    vietnamese = invoke("annotate", "--format", "inline", "--target", "vi", *SEED, input=b"ASEAN Defence Ministers' Meeting").stdout
    assert vietnamese == "ASEAN Defence Ministers' Meeting [Hội nghị Bộ trưởng Quốc phòng các nước ASEAN]"


def test_bad_inputs_are_named_and_other_files_still_processed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Bộ Quốc phòng", encoding="utf-8")
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(b"Bo \xe9t\xe9")
    result = invoke("annotate", str(binary), str(latin), str(good), str(tmp_path / "missing.txt"), "--format", "jsonl", *SEED)
    assert result.exit_code == 3
    assert f"{binary}: looks like a binary file" in result.stderr
    assert f"{latin}: not valid utf-8 (byte 3)" in result.stderr
    assert f"{tmp_path / 'missing.txt'}: no such file" in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["path"] for line in lines] == [str(binary), str(latin), str(good), str(tmp_path / "missing.txt")]
    assert [bool(line.get("error")) for line in lines] == [True, True, False, True], "failed inputs carry their error"
    assert lines[2]["matches"][0]["term"]["id"] == "ministry-of-national-defence"


def test_annotate_other_encoding(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Bộ Quốc phòng".encode("utf-16"))
    result = invoke("annotate", str(legacy), "--encoding", "utf-16", "--format", "json", *SEED)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["files"][0]["matches"][0]["text"] == "Bộ Quốc phòng"


def test_annotate_directory_walks_recursively_with_glob(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("ADMM", encoding="utf-8")
    (tmp_path / "two.md").write_text("ADSOM", encoding="utf-8")
    result = invoke("annotate", str(tmp_path), "--format", "json", *SEED)
    payload = json.loads(result.stdout)
    assert [document["path"] for document in payload["files"]] == [str(tmp_path / "a" / "one.txt")]
    every = json.loads(invoke("annotate", str(tmp_path), "--glob", "*", "--format", "json", *SEED).stdout)
    assert len(every["files"]) == 2


def test_jsonl_by_line_gives_offsets_per_line() -> None:
    result = invoke("annotate", "--format", "jsonl", "--by-line", *SEED, input="ADMM\nxx ADSOM\n".encode())
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["line"], line["matches"][0]["start"]) for line in lines] == [(1, 0), (2, 3)]


@pytest.mark.parametrize("output_format", ["terminal", "inline", "json", "jsonl", "markdown", "html"])
def test_every_format_renders_the_corpus(output_format: str) -> None:
    article = DATA / "corpus" / "adsom-wg-danang-2020.vi.txt"
    result = invoke("annotate", str(article), "--format", output_format, *SEED)
    assert result.exit_code == 0, result.stderr
    assert "ADSOM" in result.stdout


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("glossary ")


def _every_parameter():
    from typer.main import get_command

    group = get_command(app)
    for name, command in sorted(group.commands.items()):
        for parameter in command.params:
            yield name, parameter


_SAMPLES = ["terms.yaml", "-", "json", "terminal", "en", "vi", "auto", "7", "0", "abc", "55.5", "x" * 3, "tsv", "xliff", ""]


@pytest.mark.parametrize(("command", "parameter"), list(_every_parameter()), ids=lambda value: getattr(value, "name", value))
def test_plain_coercion_agrees_with_typers_own(command: str, parameter, tmp_path: Path) -> None:
    """Start-up (issue 11): options are coerced without pydantic, to the same values and the same errors."""
    import typer
    from typer._coercion import build_runtime_param

    from glossary.cli import _PlainRuntimeParam

    descriptor = parameter.type_descriptor
    plain = _PlainRuntimeParam(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)
    typers = build_runtime_param(descriptor)
    unreadable = tmp_path / "a directory"
    unreadable.mkdir()
    samples = [*_SAMPLES, str(unreadable), parameter.default]
    if parameter.multiple or parameter.nargs == -1:
        samples = [[sample] for sample in samples if isinstance(sample, str)] + [["a", "b"], ("c",), []]
    for value in samples:
        outcomes = []
        for coercion in (plain, typers):
            try:
                outcomes.append(("value", coercion.coerce(value, param=parameter, ctx=None)))
            except typer.BadParameter as error:
                outcomes.append(("error", error.message))
        assert outcomes[0] == outcomes[1], (command, parameter.name, value)


def test_lookup_starts_without_pydantic_or_yaml() -> None:
    """`glossary lookup` reads the cached term base: no YAML parser, no pydantic adapters (issue 11)."""
    import subprocess
    import sys

    program = (
        "import sys\n"
        "sys.argv = ['glossary', 'lookup', 'ADMM', '--limit', '2', '--min-score', '60', '-f', 'json']\n"
        "from glossary.cli import app\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "print([m for m in ('pydantic', 'yaml') if m in sys.modules], file=sys.stderr)"
    )
    subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)  # fills the cache
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert '"id":"admm"' in result.stdout.replace(" ", "")
    assert result.stderr.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    "arguments",
    [
        ["lookup", "ADMM", "-f", "json"],
        ["show", "admm", "-f", "json"],
        ["lookp", "ADMM"],  # a misspelt command: every command is built, so the suggestion still works
        ["--help"],
        ["lookup", "--help"],
    ],
)
def test_running_the_app_builds_only_the_named_command(
    arguments: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Called as the console script calls it, the app builds just the command named (start-up, issue 11)
    and prints what the app built with every command prints."""
    import typer.main

    built: list[list[str | None]] = []
    original = typer.main.get_group

    def recording_get_group(typer_instance: object) -> object:
        built.append([command.name for command in app.registered_commands])
        return original(typer_instance)  # type: ignore[arg-type]

    monkeypatch.setattr(typer.main, "get_group", recording_get_group)
    monkeypatch.setenv("COLUMNS", "80")
    everything = list(app.registered_commands)
    with pytest.raises(SystemExit) as exited:
        app(args=arguments, prog_name="glossary")
    captured = capsys.readouterr()
    monkeypatch.undo()
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit) as exited_in_full:
        typer.main.get_command(app)(args=arguments, prog_name="glossary")  # every command built
    assert (captured.out, exited.value.code) == (capsys.readouterr().out, exited_in_full.value.code)
    named = [command.name for command in everything if command.name == arguments[0]]
    assert built == [named or [command.name for command in everything]]
    assert app.registered_commands == everything
