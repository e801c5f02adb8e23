"""Dask: the same matches as one process, on a real LocalCluster with two worker processes (loopback only)."""

from __future__ import annotations

from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

import dask.bag  # noqa: E402
import dask.dataframe  # noqa: E402
import pandas  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

import glossary.dask  # noqa: E402
from glossary.cli import app  # noqa: E402

from glossary import GlossaryError  # noqa: E402
from glossary.dask import (  # noqa: E402
    annotate_bag,
    annotate_dataframe,
    annotate_files,
    annotate_texts,
    compiled_in_this_process,
    connect,
)

from .conftest import CORPUS  # noqa: E402

runner = CliRunner()


def _paragraphs() -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        texts.extend(part for part in path.read_text(encoding="utf-8").split("\n\n") if part.strip())
    return texts


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def test_annotate_texts_on_a_local_cluster_equals_sequential(client, bundled_matcher) -> None:
    texts = _paragraphs()
    result = annotate_texts(texts, npartitions=6).compute()
    assert result == [bundled_matcher.annotate(text) for text in texts]
    assert sum(len(matches) for matches in result) > 50


def test_each_worker_compiles_once(client) -> None:
    texts = _paragraphs()
    annotate_texts(texts, npartitions=8).compute()
    annotate_texts(texts, npartitions=8).compute()
    counts = client.run(compiled_in_this_process)
    assert len(counts) == 2
    assert all(count <= 1 for count in counts.values()), counts


def test_annotate_bag_over_files(client, bundled_matcher, tmp_path: Path) -> None:
    bag = dask.bag.read_text([str(path) for path in sorted(CORPUS.glob("*.txt"))])
    lines = bag.compute()
    result = annotate_bag(bag).compute()
    assert result == [bundled_matcher.annotate(line) for line in lines]


def test_annotate_dataframe_adds_a_column(client, bundled_matcher) -> None:
    texts = _paragraphs()[:20] + [None]
    frame = dask.dataframe.from_pandas(pandas.DataFrame({"id": range(len(texts)), "text": texts}), npartitions=3)
    result = annotate_dataframe(frame, "text").compute()
    expected = [[match.to_dict() for match in bundled_matcher.annotate(text)] if text else [] for text in texts]
    assert list(result["matches"]) == expected
    assert list(result["id"]) == list(range(len(texts)))


def test_annotate_files_reports_errors_per_file(client, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Thượng tướng dự ADMM-14.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    result = annotate_files([str(good), str(tmp_path / "missing.txt"), str(bad)]).compute()
    assert result[0][0] == "ok" and [match.term.id for match in result[0][1]] == ["rank-senior-lieutenant-general", "admm"]
    assert result[1] == ("error", f"{tmp_path / 'missing.txt'}: no such file")
    assert result[2][0] == "error" and "bad.txt" in result[2][1]


def test_a_missing_column_is_a_clear_error() -> None:
    frame = dask.dataframe.from_pandas(pandas.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(GlossaryError, match="no column 'text'"):
        annotate_dataframe(frame, "text")


@pytest.mark.parametrize("scheduler", ["local:x", "local:0", "http://example"])
def test_bad_scheduler_addresses_are_clear_errors(scheduler: str) -> None:
    with pytest.raises(GlossaryError):
        connect(scheduler)


@pytest.fixture(scope="module")
def corpus_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("scheduler")
    for path in sorted(CORPUS.glob("*.txt")):
        (directory / path.name).write_bytes(path.read_bytes())
    (directory / "zz-binary.txt").write_bytes(b"\xff\xfe\x00binary")
    return directory


@pytest.mark.parametrize(("output_format", "batch"), [("json", None), ("jsonl", 5000), ("inline", 1)])
def test_annotate_on_an_existing_cluster_writes_the_same_bytes_as_one_process(
    client, corpus_directory: Path, output_format: str, batch: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if batch is not None:  # many batches per file, down to one chunk per task
        monkeypatch.setattr(glossary.dask, "CLUSTER_BATCH_CHARACTERS", batch)
    arguments = ["annotate", str(corpus_directory), "--format", output_format]
    one = runner.invoke(app, arguments)
    cluster = runner.invoke(app, [*arguments, "--scheduler", client.scheduler.address])
    assert one.exit_code == cluster.exit_code == 3  # the binary file fails, the others complete
    assert cluster.stdout == one.stdout
    assert "zz-binary.txt" in cluster.stderr
    assert '"matches"' in cluster.stdout or output_format == "inline"


def test_annotate_on_a_local_cluster_it_starts_and_stops(corpus_directory: Path) -> None:
    arguments = ["annotate", str(corpus_directory), "--format", "jsonl", "--by-line"]
    one = runner.invoke(app, arguments)
    local = runner.invoke(app, [*arguments, "--scheduler", "local:2"])
    assert local.stdout == one.stdout
    assert local.stdout.count("\n") > 20


def test_jobs_and_scheduler_together_are_refused(corpus_directory: Path) -> None:
    result = runner.invoke(app, ["annotate", str(corpus_directory), "--scheduler", "local:2", "--jobs", "2"])
    assert result.exit_code != 0
    assert "not both" in result.stderr
