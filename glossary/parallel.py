"""Annotating many inputs on several cores (``glossary annotate --jobs N``).

The main process reads and cuts the inputs into the same paragraph chunks as a
sequential run, in order; worker processes annotate the chunks; results come
back in input order, so the output is byte for byte that of ``--jobs 1``. At
most :data:`CHUNKS_IN_FLIGHT_PER_WORKER` chunks per worker are read ahead, so
memory stays bounded whatever the size of the corpus, and the next file is
already being annotated while the current one is rendered.

Each worker loads the compiled matcher once, when it starts, from the on-disk
cache the main process has just filled (see :mod:`glossary.cache`), or compiles
it when the cache is off. Matches travel back as plain
tuples with the entry's id, and the main process puts its own entry back in.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import fields
from typing import Any

from .annotate import TARGET_CHUNK_CHARACTERS, AnnotatedChunk, Source, annotate_source, read_source_parts
from .document_scope import apply_document_scope
from .errors import GlossaryError
from .matcher import Alternative, Match, Matcher
from .model import Term

__all__ = ["CHUNKS_IN_FLIGHT_PER_WORKER", "Submit", "annotate_sources", "as_tuples", "resolve_jobs"]

#: Chunks read ahead per worker: enough to keep every worker busy while the main
#: process renders, few enough that memory stays a few MB per worker. The
#: window is counted in characters (full chunks' worth), so many short files
#: keep as much work in flight as one long one.
CHUNKS_IN_FLIGHT_PER_WORKER = 4
# Markers and short chunks weigh this much in the window, so that a run of empty files stays bounded too.
_SMALLEST_WEIGHT = 1024

#: Sends one chunk of text to a worker; the future's result is :func:`as_tuples` of its matches.
#: Workers are handed over as (submit, how many characters may be in flight at once).
Submit = Callable[[str], Any]

_MATCH_FIELDS = tuple(field.name for field in fields(Match))
_worker_matcher: Matcher | None = None
_worker_options: dict[str, Any] = {}


def resolve_jobs(jobs: int) -> int:
    """``0`` means every core; negative counts are refused."""
    if jobs < 0:
        raise GlossaryError(f"--jobs {jobs}: give a number of processes, or 0 for all cores")
    return jobs or (os.cpu_count() or 1)


def _start_worker(terms: str, folded: bool, fuzzy: bool, overlaps: bool, min_score: float) -> None:
    global _worker_matcher, _worker_options
    from .cache import cached_matcher

    # The compiled matcher from the on-disk cache (written by the main process), else compiled here.
    _worker_matcher = cached_matcher(terms, folded=folded, fuzzy=fuzzy)
    _worker_options = {"overlaps": overlaps, "min_score": min_score}


def _field(match: Match, name: str) -> Any:
    if name == "term":
        return match.term.id
    if name == "alternatives":
        return tuple((alternative.term.id, alternative.evidence) for alternative in match.alternatives)
    return getattr(match, name)


def as_tuples(matches: Sequence[Match]) -> list[tuple[Any, ...]]:
    """Matches as they travel back from a worker: plain tuples naming entries by id (see :func:`_rebuild`)."""
    return [tuple(_field(match, name) for name in _MATCH_FIELDS) for match in matches]


def _annotate_in_worker(text: str) -> list[tuple[Any, ...]]:
    assert _worker_matcher is not None, "worker not started"
    return as_tuples(_worker_matcher.annotate(text, **_worker_options))


@contextmanager
def _process_pool(jobs: int, terms: str, options: dict[str, Any]) -> Iterator[tuple[Submit, int]]:
    # Workers keep weak matches (min_score 0): the document's evidence may still decide their sense.
    worker_options = (terms, options["folded"], options["fuzzy"], options["overlaps"], 0.0)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=worker_options) as pool:
        yield (lambda text: pool.submit(_annotate_in_worker, text)), jobs * CHUNKS_IN_FLIGHT_PER_WORKER * TARGET_CHUNK_CHARACTERS


def _entry(matcher: Matcher, term_id: str) -> Term:
    term = matcher.termbase.get(term_id)
    if term is None:
        raise GlossaryError(f"the term base changed during the run (a worker found entry {term_id!r}); run again")
    return term


def _rebuild(values: tuple[Any, ...], matcher: Matcher) -> Match:
    record = dict(zip(_MATCH_FIELDS, values))
    record["term"] = _entry(matcher, record["term"])
    record["alternatives"] = tuple(Alternative(_entry(matcher, term_id), evidence) for term_id, evidence in record["alternatives"])
    return Match(**record)


Item = tuple[Source, "Iterator[AnnotatedChunk] | GlossaryError"]


def annotate_sources(
    sources: Sequence[Source],
    *,
    matcher: Matcher,
    terms: str | os.PathLike[str],
    jobs: int = 1,
    scheduler: str | None = None,
    encoding: str = "utf-8",
    overlaps: bool = False,
    min_score: float = 0.0,
    by_line: bool = False,
    folded: bool = True,
    fuzzy: bool = True,
    progress: Callable[[Source], Callable[[int], None] | None] | None = None,
) -> Iterator[Item]:
    """For each source in order: (source, its annotated chunks) or (source, the error that stopped it first).

    A chunk iterator may still raise :class:`GlossaryError` part-way (a stream
    that turns out to be badly encoded), as with :func:`~glossary.annotate.annotate_source`.

    ``scheduler`` (``tcp://HOST:PORT`` or ``local:N``) sends the chunks to a Dask
    cluster instead of ``jobs`` local processes; the output is the same.
    """
    options: dict[str, Any] = {
        "encoding": encoding, "overlaps": overlaps, "min_score": min_score, "by_line": by_line, "folded": folded, "fuzzy": fuzzy,
    }  # fmt: skip
    if scheduler is not None:
        from .dask import chunk_workers

        workers: AbstractContextManager[tuple[Submit, int]] = chunk_workers(
            scheduler, terms=terms, folded=folded, fuzzy=fuzzy, overlaps=overlaps, min_score=0.0
        )  # weak matches kept: the document's evidence may still decide their sense
        yield from _ParallelRun(sources, matcher=matcher, workers=workers, **options).items()
        return
    if jobs <= 1:
        for source in sources:
            try:
                on_progress = progress(source) if progress else None
                yield source, annotate_source(
                    source, matcher=matcher, encoding=encoding, overlaps=overlaps, min_score=min_score,
                    by_line=by_line, on_progress=on_progress,
                )  # fmt: skip
            except GlossaryError as error:
                yield source, error
        return
    workers = _process_pool(jobs, str(terms), options)
    yield from _ParallelRun(sources, matcher=matcher, workers=workers, **options).items()


def _weight(entry: tuple[str, int, Any]) -> int:
    """Characters an entry of the read-ahead window counts for; markers and tiny chunks count as a small chunk."""
    kind, _, payload = entry
    return max(len(payload[0]) if kind == "chunk" else 0, _SMALLEST_WEIGHT)


class _ParallelRun:
    """One ordered stream of tasks over all inputs: ("chunk", i, (text, block)), ("error", i, error), ("end", i)."""

    def __init__(
        self, sources: Sequence[Source], *, matcher: Matcher, workers: AbstractContextManager[tuple[Submit, int]], **options: Any
    ) -> None:
        self.sources = sources
        self.matcher = matcher
        self.workers = workers
        self.encoding = options["encoding"]
        self.by_line = options["by_line"]
        self.min_score = options["min_score"]
        self.window: deque[tuple[str, int, Any]] = deque()
        self.in_flight = 0  # characters read ahead, weighed by _weight

    def _push(self, entry: tuple[str, int, Any]) -> None:
        self.window.append(entry)
        self.in_flight += _weight(entry)

    def _pop(self) -> tuple[str, int, Any]:
        entry = self.window.popleft()
        self.in_flight -= _weight(entry)
        return entry

    def _tasks(self) -> Iterator[tuple[str, int, Any]]:
        for index, source in enumerate(self.sources):
            try:
                for part in read_source_parts(source, encoding=self.encoding, by_line=self.by_line):
                    yield "chunk", index, part
            except GlossaryError as error:
                yield "error", index, error
                continue
            yield "end", index, None

    def items(self) -> Iterator[Item]:
        with self.workers as (submit, limit):
            tasks = self._tasks()

            def refill() -> None:
                while self.in_flight < limit:
                    task = next(tasks, None)
                    if task is None:
                        return
                    kind, index, payload = task
                    if kind == "chunk":
                        text, block = payload  # block: the DOCX/HTML block the chunk is, for its locators
                        self._push((kind, index, (text, submit(text), block)))
                    else:
                        self._push(task)

            refill()
            for index, source in enumerate(self.sources):
                # Whatever an earlier input left unread (its renderer stopped early) is dropped.
                while self.window and self.window[0][1] < index:
                    self._pop()
                    refill()
                head = self.window[0] if self.window else None
                if head is not None and head[0] == "error" and head[1] == index:
                    self._pop()
                    refill()
                    yield source, head[2]
                    continue
                # The document scope runs here, in input order, as in a run of one process.
                yield source, apply_document_scope(self._chunks(index, refill), self.matcher, min_score=self.min_score)

    def _chunks(self, index: int, refill: Callable[[], None]) -> Iterator[AnnotatedChunk]:
        offset = 0
        while True:
            if not self.window:
                refill()
                if not self.window:
                    return
            kind, task_index, payload = self.window[0]
            if task_index != index:
                return  # the renderer stopped early; leave the rest to the next input
            self._pop()
            if kind == "end":
                refill()
                return
            if kind == "error":
                refill()
                raise payload
            text, future, block = payload
            refill()
            matches = tuple(_rebuild(values, self.matcher).shifted(offset) for values in future.result())
            yield AnnotatedChunk(offset, text, matches, block)
            offset += len(text)
