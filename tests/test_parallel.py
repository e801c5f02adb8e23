"""`annotate --jobs N`: the same bytes as one process, errors included, in the same order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from glossary import GlossaryError
from glossary.annotate import find_sources
from glossary.cli import app
from glossary.loader import default_termbase_path
from glossary.parallel import annotate_sources, resolve_jobs

from .conftest import CORPUS

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("jobs")
    for copy in range(3):
        for path in sorted(CORPUS.glob("*.txt")):
            shutil.copy(path, directory / f"{copy}-{path.name}")
    (directory / "1-zz-binary.txt").write_bytes(b"\xff\xfe\x00binary")
    (directory / "2-empty.txt").write_text("", encoding="utf-8")
    (directory / "3-latin1.txt").write_bytes("Thượng tướng".encode("utf-8") + b"\n\n\xe9t\xe9\n")
    return directory


@pytest.mark.parametrize("output_format", ["json", "jsonl", "inline", "markdown", "html"])
def test_two_processes_write_the_same_bytes_as_one(corpus_directory: Path, output_format: str) -> None:
    one = runner.invoke(app, ["annotate", str(corpus_directory), "--format", output_format])
    two = runner.invoke(app, ["annotate", str(corpus_directory), "--format", output_format, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 3  # the binary and the latin-1 files fail, the others complete
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert "1-zz-binary.txt" in two.stderr


def test_by_line_and_overlaps_too(corpus_directory: Path) -> None:
    arguments = ["annotate", str(corpus_directory), "--format", "jsonl", "--by-line", "--overlaps"]
    assert runner.invoke(app, arguments).stdout == runner.invoke(app, [*arguments, "--jobs", "2"]).stdout


def test_library_results_equal_sequential(corpus_directory: Path, bundled_matcher) -> None:
    sources = find_sources([str(corpus_directory)], glob="*.txt")
    results = []
    for jobs in (1, 2):
        collected = []
        for source, chunks in annotate_sources(sources, matcher=bundled_matcher, terms=default_termbase_path(), jobs=jobs):
            if isinstance(chunks, GlossaryError):
                collected.append((source.name, str(chunks)))
                continue
            try:
                collected.append((source.name, [m for chunk in chunks for m in chunk.matches]))
            except GlossaryError as error:
                collected.append((source.name, str(error)))
        results.append(collected)
    assert results[0] == results[1]


def test_zero_means_every_core_and_negative_is_refused() -> None:
    assert resolve_jobs(0) >= 1
    with pytest.raises(GlossaryError):
        resolve_jobs(-1)


def test_a_run_on_workers_shows_one_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """With --jobs the inputs are read ahead, so the bar follows what is written: inputs and bytes done."""
    import os
    import pty
    import subprocess
    import sys

    text = "".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt")))
    for number in range(5):
        (tmp_path / f"{number}.txt").write_text(text * (1_000_000 // len(text) + 1), encoding="utf-8")
    leader, follower = pty.openpty()
    command = [sys.executable, "-m", "glossary", "annotate", str(tmp_path), "--format", "jsonl", "--jobs", "2"]
    with open(tmp_path / "out.jsonl", "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # the terminal closed: the command ended
            break
        if not data:
            break
        seen += data
    assert process.wait(timeout=600) == 0
    os.close(leader)
    assert b"/5 inputs" in seen
    sequential = runner.invoke(app, ["annotate", str(tmp_path), "--format", "jsonl", "--glob", "[0-4].txt"])
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == sequential.stdout
