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
from dataclasses import fields
from typing import Any

from .annotate import AnnotatedChunk, Source, annotate_source, read_source_chunks
from .errors import GlossaryError
from .matcher import Match, Matcher

__all__ = ["CHUNKS_IN_FLIGHT_PER_WORKER", "annotate_sources", "resolve_jobs"]

#: Chunks read ahead per worker: enough to keep every worker busy while the main
#: process renders, few enough that memory stays a few MB per worker.
CHUNKS_IN_FLIGHT_PER_WORKER = 4

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


def _annotate_in_worker(text: str) -> list[tuple[Any, ...]]:
    assert _worker_matcher is not None, "worker not started"
    matches = _worker_matcher.annotate(text, **_worker_options)
    return [tuple(match.term.id if name == "term" else getattr(match, name) for name in _MATCH_FIELDS) for match in matches]


def _rebuild(values: tuple[Any, ...], matcher: Matcher) -> Match:
    record = dict(zip(_MATCH_FIELDS, values))
    term = matcher.termbase.get(record["term"])
    if term is None:
        raise GlossaryError(f"the term base changed during the run (a worker found entry {record['term']!r}); run again")
    record["term"] = term
    return Match(**record)


Item = tuple[Source, "Iterator[AnnotatedChunk] | GlossaryError"]


def annotate_sources(
    sources: Sequence[Source],
    *,
    matcher: Matcher,
    terms: str | os.PathLike[str],
    jobs: int = 1,
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
    """
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
    yield from _ParallelRun(
        sources, matcher=matcher, terms=str(terms), jobs=jobs, encoding=encoding, overlaps=overlaps,
        min_score=min_score, by_line=by_line, folded=folded, fuzzy=fuzzy,
    ).items()  # fmt: skip


class _ParallelRun:
    """One ordered stream of tasks over all inputs: ("chunk", i, text), ("error", i, error), ("end", i)."""

    def __init__(self, sources: Sequence[Source], *, matcher: Matcher, terms: str, jobs: int, **options: Any) -> None:
        self.sources = sources
        self.matcher = matcher
        self.terms = terms
        self.jobs = jobs
        self.encoding = options["encoding"]
        self.by_line = options["by_line"]
        self.options = options
        self.window: deque[tuple[str, int, Any]] = deque()

    def _tasks(self) -> Iterator[tuple[str, int, Any]]:
        for index, source in enumerate(self.sources):
            try:
                for text in read_source_chunks(source, encoding=self.encoding, by_line=self.by_line):
                    yield "chunk", index, text
            except GlossaryError as error:
                yield "error", index, error
                continue
            yield "end", index, None

    def items(self) -> Iterator[Item]:
        worker_options = (
            self.terms, self.options["folded"], self.options["fuzzy"], self.options["overlaps"], self.options["min_score"],
        )  # fmt: skip
        with ProcessPoolExecutor(max_workers=self.jobs, initializer=_start_worker, initargs=worker_options) as pool:
            tasks = self._tasks()
            limit = self.jobs * CHUNKS_IN_FLIGHT_PER_WORKER

            def refill() -> None:
                while len(self.window) < limit:
                    task = next(tasks, None)
                    if task is None:
                        return
                    kind, index, payload = task
                    if kind == "chunk":
                        self.window.append((kind, index, (payload, pool.submit(_annotate_in_worker, payload))))
                    else:
                        self.window.append(task)

            refill()
            for index, source in enumerate(self.sources):
                # Whatever an earlier input left unread (its renderer stopped early) is dropped.
                while self.window and self.window[0][1] < index:
                    self.window.popleft()
                    refill()
                head = self.window[0] if self.window else None
                if head is not None and head[0] == "error" and head[1] == index:
                    self.window.popleft()
                    refill()
                    yield source, head[2]
                    continue
                yield source, self._chunks(index, refill)

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
            self.window.popleft()
            if kind == "end":
                refill()
                return
            if kind == "error":
                refill()
                raise payload
            text, future = payload
            refill()
            matches = tuple(_rebuild(values, self.matcher).shifted(offset) for values in future.result())
            yield AnnotatedChunk(offset, text, matches)
            offset += len(text)
