"""Hostile and careless inputs (issue 13): each annotates correctly or fails with one clear line naming it.

The command runs as a real process where file descriptors matter (pipes,
FIFOs, process substitution, closed stdin, a full disk); elsewhere through the
library. Every test named ``test_issue13_...`` pins a failure the issue reproduced.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import InputError, Source, annotate, annotate_source, find_sources
from glossary.annotate import _READ_BYTES

from .conftest import SEED_TERMS

GLOSSARY = [sys.executable, "-c", "from glossary.cli import app; app()"]
SEED = ["--terms", str(SEED_TERMS)]
TIMEOUT = 60  # a safety net against hangs, not a measurement


def run(*arguments: str, stdin=subprocess.PIPE, input: bytes | None = None, stdout=subprocess.PIPE, **options):
    return subprocess.run(
        [*GLOSSARY, *arguments], input=input, stdin=None if input is not None else stdin, stdout=stdout,
        stderr=subprocess.PIPE, timeout=TIMEOUT, **options,
    )


def error_lines(completed: subprocess.CompletedProcess) -> list[str]:
    text = completed.stderr.decode("utf-8")
    assert "Traceback" not in text, text
    return text.splitlines()


def matched_ids(chunks) -> list[str]:
    return [match.term.id for chunk in chunks for match in chunk.matches]


# -- pipes, FIFOs, process substitution, closed stdin --------------------------


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash for process substitution")
def test_issue13_process_substitution_is_read_once() -> None:
    command = f"{sys.executable} -c 'from glossary.cli import app; app()' annotate --format jsonl --terms {SEED_TERMS} <(echo 'Thượng tướng')"
    completed = subprocess.run(["bash", "-c", command], capture_output=True, timeout=TIMEOUT)
    [line] = completed.stdout.decode("utf-8").splitlines()
    assert [m["term"]["id"] for m in json.loads(line)["matches"]] == ["rank-senior-lieutenant-general"]
    assert completed.returncode == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_issue13_fifo_is_read_once_without_hanging(tmp_path: Path, seed_matcher) -> None:
    fifo = tmp_path / "input.fifo"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as writer:
            writer.write("Bộ Quốc phòng\n\nThượng tướng\n".encode())

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    completed = run("annotate", "--format", "jsonl", *SEED, str(fifo), input=b"")
    writer.join(TIMEOUT)
    [line] = completed.stdout.decode("utf-8").splitlines()
    assert [m["term"]["id"] for m in json.loads(line)["matches"]] == [
        "ministry-of-national-defence",
        "rank-senior-lieutenant-general",
    ]


def test_issue13_pipe_source_is_opened_once(tmp_path: Path, seed_matcher) -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, "Thượng tướng\n".encode())
    os.close(write_end)
    path = Path(f"/dev/fd/{read_end}")
    if not path.exists():
        pytest.skip("no /dev/fd")
    try:
        assert matched_ids(annotate_source(Source(str(path), path), matcher=seed_matcher)) == [
            "rank-senior-lieutenant-general"
        ]
    finally:
        os.close(read_end)


def test_issue13_closed_stdin_is_one_clear_line() -> None:
    completed = run("annotate", *SEED, stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    assert error_lines(completed) == ["Error: -: standard input is closed; pass a file or pipe text in"]
    assert completed.returncode == 3


# -- encodings --------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["hex", "zlib", "rot13", "unicode_escape", "base64", "bz2"])
def test_issue13_non_text_encodings_are_refused(tmp_path: Path, seed_matcher, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"ADMM\n")
    with pytest.raises(InputError) as raised:
        annotate_source(Source(str(path), path), matcher=seed_matcher, encoding=encoding)
    assert str(raised.value) == f"--encoding {encoding}: not a text encoding; use one such as utf-8, utf-16 or cp1258"


def test_issue13_non_text_encoding_on_the_command_line_is_one_line() -> None:
    completed = run("annotate", "--encoding", "hex", *SEED, input=b"ADMM\n")
    assert error_lines(completed) == ["Error: --encoding hex: not a text encoding; use one such as utf-8, utf-16 or cp1258"]
    assert completed.returncode == 3


@pytest.mark.parametrize(
    ("codec", "hint"),
    [
        ("utf-16", "looks like UTF-16 (it starts with a UTF-16 byte order mark); pass --encoding utf-16"),
        ("utf-32", "looks like UTF-32 (it starts with a UTF-32 byte order mark); pass --encoding utf-32"),
        ("utf-16-le", "looks like UTF-16 (little-endian, no byte order mark); pass --encoding utf-16-le"),
        ("utf-16-be", "looks like UTF-16 (big-endian, no byte order mark); pass --encoding utf-16-be"),
    ],
)
def test_issue13_utf16_and_utf32_are_detected_and_suggested(tmp_path: Path, seed_matcher, codec: str, hint: str) -> None:
    path = tmp_path / f"{codec}.txt"
    path.write_bytes("Bộ Quốc phòng họp.\n".encode(codec))
    with pytest.raises(InputError) as raised:
        annotate_source(Source(str(path), path), matcher=seed_matcher)
    assert str(raised.value) == f"{path}: {hint}"
    chunks = annotate_source(Source(str(path), path), matcher=seed_matcher, encoding=codec)
    assert matched_ids(chunks) == ["ministry-of-national-defence"]


def test_issue13_utf16_on_stdin_is_detected_too() -> None:
    completed = run("annotate", *SEED, input="ADMM\n".encode("utf-16"))
    assert error_lines(completed) == [
        "Error: -: looks like UTF-16 (it starts with a UTF-16 byte order mark); pass --encoding utf-16"
    ]


def test_utf8_bom_counts_as_character_zero(tmp_path: Path, seed_matcher) -> None:
    """The documented convention: a UTF-8 BOM is decoded as U+FEFF at offset 0 and offsets count it."""
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "ADMM họp".encode())
    [chunk] = annotate_source(Source(str(path), path), matcher=seed_matcher)
    [match] = chunk.matches
    assert (match.start, match.end, chunk.text[match.start : match.end]) == (1, 5, "ADMM")
    [chunk] = annotate_source(Source(str(path), path), matcher=seed_matcher, encoding="utf-8-sig")
    assert (chunk.matches[0].start, chunk.matches[0].end) == (0, 4), "utf-8-sig drops the BOM"


# -- --by-line: only \n, \r\n and \r end a line -------------------------------------


def test_issue13_by_line_crlf_across_a_read_boundary_is_one_line_break(tmp_path: Path, seed_matcher) -> None:
    path = tmp_path / "crlf.txt"
    first = "a" * (_READ_BYTES - 1)  # the "\r" is the last byte of the first read, "\n" the first of the next
    path.write_bytes(f"{first}\r\nADMM\r\nBộ Quốc phòng\r\n".encode())
    chunks = list(annotate_source(Source(str(path), path), matcher=seed_matcher, by_line=True))
    # A line longer than TARGET_CHUNK_CHARACTERS arrives in pieces (bounded memory, issue 13 item 6);
    # only its last piece holds the line end, so lines are the runs of chunks up to one that ends a line.
    lines: list[tuple[int, str]] = []
    pending: list[str] = []
    for chunk in chunks:
        if not pending:
            start = chunk.offset
        pending.append(chunk.text)
        if chunk.text.endswith(("\n", "\r")):
            lines.append((start, "".join(pending)))
            pending = []
    assert not pending
    assert [text for _start, text in lines] == [f"{first}\r\n", "ADMM\r\n", "Bộ Quốc phòng\r\n"]
    assert [start for start, _text in lines] == [0, len(first) + 2, len(first) + 8]


def test_issue13_by_line_only_cr_lf_and_crlf_break_lines(tmp_path: Path, seed_matcher) -> None:
    path = tmp_path / "breaks.txt"
    text = "ADMM\fADMM\x85ADMM\u2028ADMM\u2029ADMM\vADMM\x1cADMM\rADMM\nADMM"
    path.write_bytes(text.encode())
    chunks = list(annotate_source(Source(str(path), path), matcher=seed_matcher, by_line=True))
    assert [chunk.text for chunk in chunks] == [
        "ADMM\fADMM\x85ADMM\u2028ADMM\u2029ADMM\vADMM\x1cADMM\r",
        "ADMM\n",
        "ADMM",
    ]
    assert "".join(chunk.text for chunk in chunks) == text


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(["ADMM", " ", "\r", "\n", "\r\n", "ô", "\f", "\x85", "\u2028", "Bộ"]), max_size=40),
    st.integers(min_value=1, max_value=7),
)
def test_by_line_chunks_rebuild_the_input_whatever_the_read_size(
    monkeypatch_pieces, pieces: list[str], read_bytes: int
) -> None:
    import importlib
    import io

    annotate_module = importlib.import_module("glossary.annotate")
    text = "".join(pieces)
    monkeypatch_pieces.setattr(annotate_module, "_READ_BYTES", read_bytes)
    lines = list(annotate_module._decoded_lines(io.BytesIO(text.encode()), "-", "utf-8", None))
    assert "".join(lines) == text
    reference = [line for line in __import__("re").findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text) if line]
    assert lines == reference


@pytest.fixture(scope="module")
def monkeypatch_pieces():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


# -- output --------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("output_format", ["inline", "json", "jsonl", "terminal", "markdown", "html"])
def test_issue13_full_disk_on_output_is_one_line_and_exit_1(output_format: str) -> None:
    with open("/dev/full", "wb") as full:
        completed = run("annotate", "--format", output_format, *SEED, input="ADMM họp\n".encode() * 3000, stdout=full)
    assert error_lines(completed) == ["Error: cannot write the output: No space left on device"]
    assert completed.returncode == 3


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_issue13_full_disk_for_list_and_lookup() -> None:
    for arguments in (["list"], ["lookup", "ADMM"], ["stats", "--format", "json"]):
        with open("/dev/full", "wb") as full:
            completed = run(*arguments, *SEED, stdout=full, input=b"")
        assert error_lines(completed) == ["Error: cannot write the output: No space left on device"], arguments
        assert completed.returncode == 3


def test_closed_pipe_on_output_is_quiet() -> None:
    process = subprocess.Popen([*GLOSSARY, "annotate", *SEED], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader went away, like `| head -0`
    _out, errors = process.communicate("ADMM họp\n".encode() * 20_000, timeout=TIMEOUT)
    assert b"Traceback" not in errors and b"Exception ignored" not in errors, errors.decode()
    assert process.returncode == 3


@pytest.mark.parametrize("by_line", [False, True], ids=["whole", "by-line"])
@pytest.mark.parametrize("output_format", ["json", "jsonl"])
def test_issue13_input_failing_late_leaves_well_formed_json(output_format: str, by_line: bool) -> None:
    data = "ADMM họp. ".encode() * 30_000 + "\n\nADMM\n".encode() + b"\xff\n"  # the bad byte is past the first read
    completed = run("annotate", "--format", output_format, *(["--by-line"] if by_line else []), *SEED, input=data)
    assert completed.returncode == 3
    assert error_lines(completed)[-1].startswith("Error: -: not valid utf-8 (byte ")
    text = completed.stdout.decode("utf-8")
    # json has one shape whatever the input: {"files": [...]} (docs/json.md).
    documents = json.loads(text)["files"] if output_format == "json" else [json.loads(line) for line in text.splitlines()]
    assert documents[-1]["error"].startswith("-: not valid utf-8 (byte ")
    assert sum(len(document["matches"]) for document in documents) > 0, "what came before the bad byte is kept"


def test_issue13_failed_files_are_listed_in_json_and_others_complete(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("ADMM", encoding="utf-8")
    completed = run("annotate", "--format", "json", *SEED, str(tmp_path / "gone.txt"), str(good), input=b"")
    payload = json.loads(completed.stdout)
    assert [(entry["path"], entry.get("error")) for entry in payload["files"]] == [
        (str(tmp_path / "gone.txt"), f"{tmp_path / 'gone.txt'}: no such file"),
        (str(good), None),
    ]
    assert completed.returncode == 3


# -- directories and globs ------------------------------------------------------------


@pytest.mark.parametrize("glob", ["../*.txt", "/etc/*", "sub/../../*.txt", ""])
def test_issue13_glob_cannot_leave_the_directory(tmp_path: Path, glob: str) -> None:
    inside = tmp_path / "inside"
    inside.mkdir()
    (inside / "a.txt").write_text("ADMM", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("ADMM", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        find_sources([str(inside)], glob=glob)
    assert "must match names inside the directory" in str(raised.value)
    completed = run("annotate", str(inside), "--glob", glob, *SEED, input=b"")
    assert completed.stdout == b"" and completed.returncode == 3
    assert len(error_lines(completed)) == 1


# -- the library ------------------------------------------------------------------------


def test_issue13_lone_surrogate_is_an_input_error(seed_matcher) -> None:
    with pytest.raises(InputError, match=r"lone surrogate \(U\+D800\)"):
        annotate("ADMM \ud800 họp", matcher=seed_matcher)


@pytest.mark.parametrize(
    "separator",
    ["\u200b", " \u200b", "\u200b ", "\u00ad ", " \u00ad\u200b ", "\ufeff ", " \u2060"],
    ids=repr,
)
def test_issue13_zero_width_characters_inside_a_term_still_match(seed_matcher, separator: str) -> None:
    text = f"Ông là Thượng{separator}tướng."
    [match] = annotate(text, matcher=seed_matcher)
    assert match.term.id == "rank-senior-lieutenant-general"
    assert match.text == f"Thượng{separator}tướng" == text[match.start : match.end]


def test_soft_hyphen_and_joiners_inside_a_word_are_ignored(seed_matcher) -> None:
    text = "Thư\u00adợng tư\u200dớng"
    [match] = annotate(text, matcher=seed_matcher)
    assert (match.start, match.end, match.term.id) == (0, len(text), "rank-senior-lieutenant-general")


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01\x02", "\x1b]0;pwned\x07ADMM", "ADMM\x00", "\ufeff", "\u200b" * 10, "\r\n" * 5, "-" * 1000],
    ids=["empty", "controls", "osc", "nul", "bom", "zero-width", "crlf", "dashes"],
)
def test_odd_texts_annotate_with_exact_offsets(seed_matcher, text: str) -> None:
    for match in annotate(text, matcher=seed_matcher, overlaps=True):
        assert text[match.start : match.end] == match.text


@pytest.mark.parametrize("query", ["ADMM [/]", "[bold]ADMM"])
def test_issue13_lookup_query_with_rich_markup_is_shown_literally(query: str) -> None:
    from typer.testing import CliRunner

    from glossary.cli import app

    result = CliRunner().invoke(app, ["lookup", query, *SEED])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert f"Results for {query!r}" in result.stdout
