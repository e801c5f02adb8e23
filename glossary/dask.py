"""Annotation on Dask: many texts, many cores, many machines (``pip install 'glossary[dask]'``).

Annotation is embarrassingly parallel: the matcher compiles once and maps over
texts. These functions build Dask collections; they compute with whatever
scheduler is active (threads, processes, or a ``distributed`` cluster).

What travels to the workers is the term base's bytes (a few hundred KB), not a
compiled automaton: the Rust automaton does not pickle, and compiling is cheap
next to shipping. Each worker process compiles the term base once, the first
time a task needs it, and keeps it keyed by the bytes' SHA-256, so later
partitions and later jobs with the same term base reuse it.

Results are plain, picklable data: a list of :class:`~glossary.matcher.Match`
per text, equal to what ``compile_matcher(load_termbase(terms)).annotate(text)``
returns in one process.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import GlossaryError
from .loader import load_termbase, resolve_termbase_path
from .matcher import Match, Matcher, compile_matcher

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = [
    "TermBasePayload",
    "annotate_bag",
    "annotate_dataframe",
    "annotate_files",
    "annotate_texts",
    "chunk_workers",
    "compiled_in_this_process",
    "connect",
]

# Texts per partition when annotate_texts is not told: big enough that task
# overhead (about a millisecond a task) is small next to annotating them.
DEFAULT_TEXTS_PER_PARTITION = 256


#: Characters of text per task for ``--scheduler``: a Dask task costs milliseconds
#: of scheduling and a round trip over the network, and an input may be a short
#: file, so chunks travel in batches big enough to take a worker a second or so.
CLUSTER_BATCH_CHARACTERS = 1024 * 1024
#: Batches in flight per cluster worker: one being annotated, one waiting.
CLUSTER_BATCHES_IN_FLIGHT_PER_WORKER = 2


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
    except ImportError:  # pragma: no cover - dask is an extra
        raise GlossaryError("glossary.dask needs Dask: pip install 'glossary[dask]'") from None


@dataclass(frozen=True)
class TermBasePayload:
    """A term base as it travels to workers: its bytes, their hash, and its name for messages."""

    name: str
    digest: str
    content: bytes

    @classmethod
    def from_path(cls, terms: str | os.PathLike[str] | None = None) -> TermBasePayload:
        path = resolve_termbase_path(terms)
        load_termbase(path)  # a broken term base fails here, once, not on every worker
        content = path.read_bytes()
        return cls(str(path), hashlib.sha256(content).hexdigest(), content)


_MATCHERS: dict[tuple[str, bool, bool], Matcher] = {}
_MATCHERS_LOCK = threading.Lock()
_COMPILE_COUNT = 0


def _matcher_for(payload: TermBasePayload, *, folded: bool = True, fuzzy: bool = True) -> Matcher:
    """The compiled matcher of ``payload`` in this process, compiled on first use."""
    global _COMPILE_COUNT
    key = (payload.digest, folded, fuzzy)
    matcher = _MATCHERS.get(key)
    if matcher is not None:
        return matcher
    with _MATCHERS_LOCK:
        matcher = _MATCHERS.get(key)
        if matcher is None:
            directory = Path(tempfile.gettempdir()) / "glossary-dask"
            directory.mkdir(parents=True, exist_ok=True)
            path = directory / f"{payload.digest}.yaml"
            if not path.exists():
                temporary = directory / f".{payload.digest}.{os.getpid()}.{threading.get_ident()}"
                temporary.write_bytes(payload.content)
                os.replace(temporary, path)
            matcher = compile_matcher(load_termbase(path), folded=folded, fuzzy=fuzzy)
            _MATCHERS[key] = matcher
            _COMPILE_COUNT += 1
    return matcher


def compiled_in_this_process() -> int:
    """How many term bases this process has compiled (for checking that workers compile once)."""
    return _COMPILE_COUNT


def _annotate_partition(texts: Iterable[str], payload: TermBasePayload, overlaps: bool, min_score: float) -> list[list[Match]]:
    matcher = _matcher_for(payload)
    return [matcher.annotate(text, overlaps=overlaps, min_score=min_score) for text in texts]


def annotate_bag(
    bag: dask.bag.Bag,
    *,
    terms: str | os.PathLike[str] | None = None,
    overlaps: bool = False,
    min_score: float = 0.0,
) -> dask.bag.Bag:
    """A bag of match lists, one per text of ``bag`` (for example ``dask.bag.read_text(...)``)."""
    _require_dask()
    payload = TermBasePayload.from_path(terms)
    return bag.map_partitions(_annotate_partition, payload, overlaps, min_score)


def annotate_texts(
    texts: Sequence[str],
    *,
    terms: str | os.PathLike[str] | None = None,
    overlaps: bool = False,
    min_score: float = 0.0,
    npartitions: int | None = None,
) -> dask.bag.Bag:
    """A bag of match lists, one per text, in the order of ``texts``."""
    _require_dask()
    import dask.bag

    if npartitions is None:
        npartitions = max(1, -(-len(texts) // DEFAULT_TEXTS_PER_PARTITION))
    bag = dask.bag.from_sequence(list(texts), npartitions=npartitions)
    return annotate_bag(bag, terms=terms, overlaps=overlaps, min_score=min_score)


def _annotate_frame(frame: Any, column: str, output: str, payload: TermBasePayload, overlaps: bool, min_score: float) -> Any:
    matcher = _matcher_for(payload)
    frame = frame.copy()
    frame[output] = [
        [match.to_dict() for match in matcher.annotate(text, overlaps=overlaps, min_score=min_score)]
        if isinstance(text, str)
        else []
        for text in frame[column]
    ]
    return frame


def annotate_dataframe(
    frame: dask.dataframe.DataFrame,
    column: str,
    *,
    terms: str | os.PathLike[str] | None = None,
    overlaps: bool = False,
    min_score: float = 0.0,
    output_column: str = "matches",
) -> dask.dataframe.DataFrame:
    """``frame`` with a column of matches (as JSON-shaped dicts, docs/json.md) for the texts in ``column``.

    Missing texts (None, NaN) get an empty list.
    """
    _require_dask()
    if column not in frame.columns:
        raise GlossaryError(f"the data frame has no column {column!r}; it has: {', '.join(map(str, frame.columns))}")
    payload = TermBasePayload.from_path(terms)
    meta = frame._meta.copy()
    meta[output_column] = []
    meta[output_column] = meta[output_column].astype(object)
    return frame.map_partitions(_annotate_frame, column, output_column, payload, overlaps, min_score, meta=meta)


def _annotate_file(path: str, payload: TermBasePayload, encoding: str, overlaps: bool, min_score: float) -> tuple[str, Any]:
    """One file, read on the worker: ("ok", matches) or ("error", message)."""
    from .annotate import Source, annotate_source

    matcher = _matcher_for(payload)
    try:
        matches: list[Match] = []
        for chunk in annotate_source(Source(path, Path(path)), matcher=matcher, encoding=encoding, overlaps=overlaps, min_score=min_score):
            matches.extend(chunk.matches)
        return "ok", matches
    except GlossaryError as error:
        return "error", str(error)


def annotate_files(
    paths: Sequence[str],
    *,
    terms: str | os.PathLike[str] | None = None,
    encoding: str = "utf-8",
    overlaps: bool = False,
    min_score: float = 0.0,
) -> dask.bag.Bag:
    """A bag of ("ok", matches) or ("error", message) per file, read by the workers (who must see the paths)."""
    _require_dask()
    import dask.bag

    payload = TermBasePayload.from_path(terms)
    bag = dask.bag.from_sequence(list(paths), npartitions=max(1, len(paths)))
    return bag.map(_annotate_file, payload, encoding, overlaps, min_score)


def connect(scheduler: str) -> Any:
    """A ``distributed.Client`` for ``tcp://HOST:PORT``, or a new LocalCluster for ``local:N`` (N worker processes)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - distributed is an extra
        raise GlossaryError("--scheduler needs Dask's distributed scheduler: pip install 'glossary[dask]'") from None
    if scheduler.startswith("local:"):
        try:
            workers = int(scheduler.split(":", 1)[1])
        except ValueError:
            raise GlossaryError(f"--scheduler {scheduler!r}: after 'local:' give a number of workers") from None
        if workers < 1:
            raise GlossaryError("--scheduler local:N needs at least one worker")
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
        return Client(cluster)
    if not scheduler.startswith(("tcp://", "tls://", "ws://", "wss://", "inproc://")):
        raise GlossaryError(f"--scheduler {scheduler!r}: give tcp://HOST:PORT or local:N")
    try:
        return Client(scheduler, timeout="10s")
    except OSError as error:
        raise GlossaryError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None


def _annotate_batch(
    texts: list[str], payload: TermBasePayload, folded: bool, fuzzy: bool, overlaps: bool, min_score: float
) -> list[list[tuple[Any, ...]]]:
    from .parallel import as_tuples

    matcher = _matcher_for(payload, folded=folded, fuzzy=fuzzy)
    return [as_tuples(matcher.annotate(text, overlaps=overlaps, min_score=min_score)) for text in texts]


class _Batch:
    """Chunks sent to the cluster as one task; ``future`` is set once it is sent."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.characters = 0
        self.future: Any = None
        self.results: list[list[tuple[Any, ...]]] | None = None  # fetched once: each result() call would fetch again


class _ChunkResult:
    """One chunk's share of a batch's result, with the ``result()`` of a future."""

    def __init__(self, batches: _Batches, batch: _Batch, index: int) -> None:
        self._batches, self._batch, self._index = batches, batch, index

    def result(self) -> list[tuple[Any, ...]]:
        if self._batch.future is None:
            self._batches.flush()  # the output needs this chunk now: send what has gathered
        try:
            if self._batch.results is None:
                self._batch.results = self._batch.future.result()
                self._batch.texts = []  # sent and done with: free them
            return self._batch.results[self._index]
        except GlossaryError:
            raise
        except Exception as error:  # the cluster's failure, not the input's: one line, not Dask's traceback
            first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
            raise GlossaryError(f"the Dask cluster failed on this input: {first_line}") from None


class _Batches:
    def __init__(self, send: Callable[[list[str]], Any]) -> None:
        self._send = send
        self._open = _Batch()

    def submit(self, text: str) -> _ChunkResult:
        batch = self._open
        result = _ChunkResult(self, batch, len(batch.texts))
        batch.texts.append(text)
        batch.characters += len(text)
        if batch.characters >= CLUSTER_BATCH_CHARACTERS:
            self.flush()
        return result

    def flush(self) -> None:
        if self._open.texts:
            self._open.future = self._send(self._open.texts)
            self._open = _Batch()


@contextmanager
def chunk_workers(
    scheduler: str,
    *,
    terms: str | os.PathLike[str] | None = None,
    folded: bool = True,
    fuzzy: bool = True,
    overlaps: bool = False,
    min_score: float = 0.0,
) -> Iterator[tuple[Callable[[str], Any], int]]:
    """``glossary annotate --scheduler``: (send a chunk of text to the cluster, chunks to keep in flight).

    The caller reads the inputs and sends their text, so the workers need not
    see its files; chunks travel in batches of about :data:`CLUSTER_BATCH_CHARACTERS`;
    the term base goes to every worker once (scattered), not with each batch. Closes what it opened: the client, and a ``local:N`` cluster.
    """
    payload = TermBasePayload.from_path(terms)
    client = connect(scheduler)
    try:
        [shared] = client.scatter([payload], broadcast=True)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        batches = _Batches(
            lambda texts: client.submit(_annotate_batch, texts, shared, folded, fuzzy, overlaps, min_score, pure=False)
        )
        yield batches.submit, workers * CLUSTER_BATCHES_IN_FLIGHT_PER_WORKER * CLUSTER_BATCH_CHARACTERS
    finally:
        cluster = client.cluster if scheduler.startswith("local:") else None
        client.close()
        if cluster is not None:
            cluster.close()
