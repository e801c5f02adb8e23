"""Annotating texts, files and streams with a compiled :class:`Matcher`.

Large inputs are read and annotated in paragraph-sized chunks, so memory stays
bounded whatever the file size; offsets stay relative to the whole input. A
term is never split by a chunk boundary unless one paragraph exceeds
:data:`MAX_CHUNK_CHARACTERS` (then it is cut at a line break).
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .loader import load_termbase, resolve_termbase_path
from .matcher import Match, Matcher, compile_matcher
from .model import TermBase

__all__ = [
    "AnnotatedChunk",
    "Source",
    "STDIN",
    "annotate",
    "annotate_source",
    "find_sources",
    "iter_paragraph_chunks",
    "default_matcher",
]

STDIN = "-"
#: Chunks grow to about this size before they are cut at the next paragraph break.
TARGET_CHUNK_CHARACTERS = 64 * 1024
#: A paragraph longer than this is cut at a line break (a term across that break is missed).
MAX_CHUNK_CHARACTERS = 1024 * 1024
_READ_BYTES = 256 * 1024
# Bytes looked at to tell a binary file from text.
_BINARY_SNIFF_BYTES = 8192


@dataclass(frozen=True)
class AnnotatedChunk:
    """A consecutive piece of an input and the matches in it (offsets into the whole input)."""

    offset: int
    text: str
    matches: tuple[Match, ...]


@dataclass(frozen=True)
class Source:
    """One input: a file, or standard input when ``path`` is None."""

    name: str
    path: Path | None = None


@lru_cache(maxsize=8)
def _compiled(path: str, modified: float) -> Matcher:
    return compile_matcher(load_termbase(path))


def default_matcher(terms: str | os.PathLike[str] | None = None) -> Matcher:
    """The matcher of a term base (``terms``, ``$GLOSSARY_TERMS`` or the bundled one), compiled once."""
    path = resolve_termbase_path(terms)
    try:
        modified = path.stat().st_mtime
    except OSError:
        modified = 0.0
    return _compiled(str(path), modified)


def annotate(
    text: str,
    *,
    termbase: TermBase | None = None,
    matcher: Matcher | None = None,
    overlaps: bool = False,
    min_score: float = 0.0,
) -> list[Match]:
    """Every term of the term base in ``text``, in text order; ``text[m.start:m.end] == m.text``.

    Uses ``matcher`` if given, else compiles ``termbase``, else the default term base.
    """
    if matcher is None:
        matcher = compile_matcher(termbase) if termbase is not None else default_matcher()
    return matcher.annotate(text, overlaps=overlaps, min_score=min_score)


def find_sources(paths: Sequence[str], *, glob: str = "*") -> list[Source]:
    """Expand ``paths``: "-" is standard input, directories are walked recursively for ``glob``.

    Paths that do not exist are kept: reading them raises :class:`InputError`,
    so that the other inputs are still processed.
    """
    sources: list[Source] = []
    for raw in paths or [STDIN]:
        if raw == STDIN:
            sources.append(Source(STDIN))
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(candidate for candidate in path.rglob(glob) if candidate.is_file())
            sources.extend(Source(str(candidate), candidate) for candidate in found)
        else:
            sources.append(Source(raw, path))
    return sources


def iter_paragraph_chunks(
    lines: Iterable[str],
    *,
    target: int = TARGET_CHUNK_CHARACTERS,
    limit: int = MAX_CHUNK_CHARACTERS,
) -> Iterator[str]:
    """Group ``lines`` (with their line ends) into chunks that end at a blank line.

    A chunk closes at the first blank line after it reaches ``target``
    characters, or at any line break once it reaches ``limit``.
    """
    buffer: list[str] = []
    size = 0
    for line in lines:
        buffer.append(line)
        size += len(line)
        if (size >= target and not line.strip()) or size >= limit:
            yield "".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer)


def annotate_source(
    source: Source,
    *,
    matcher: Matcher,
    encoding: str = "utf-8",
    overlaps: bool = False,
    min_score: float = 0.0,
    by_line: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[AnnotatedChunk]:
    """Annotate one input chunk by chunk.

    Files are checked before anything is yielded: a missing, unreadable,
    binary or wrongly encoded file raises :class:`InputError` from this call.
    Standard input cannot be checked ahead; a decoding error there surfaces
    as :class:`InputError` while iterating. ``by_line`` annotates each line
    on its own (one chunk per line). ``on_progress`` receives the number of
    bytes consumed so far.
    """
    _check_encoding_name(encoding)
    if source.path is None:
        stream: BinaryIO = sys.stdin.buffer
        lines = _decoded_lines(stream, source.name, encoding, on_progress)
    else:
        _check_file(source.path, encoding)
        lines = _file_lines(source.path, source.name, encoding, on_progress)
    chunks = lines if by_line else iter_paragraph_chunks(lines)
    return _annotate_chunks(chunks, matcher, overlaps=overlaps, min_score=min_score)


def _annotate_chunks(
    chunks: Iterable[str], matcher: Matcher, *, overlaps: bool, min_score: float
) -> Iterator[AnnotatedChunk]:
    offset = 0
    for chunk in chunks:
        matches = tuple(
            match.shifted(offset) for match in matcher.annotate(chunk, overlaps=overlaps, min_score=min_score)
        )
        yield AnnotatedChunk(offset, chunk, matches)
        offset += len(chunk)


def _check_encoding_name(encoding: str) -> None:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(encoding, f"unknown encoding {encoding!r}") from None


def _check_file(path: Path, encoding: str) -> None:
    """Read the whole file once, so that a bad byte is reported before any output."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_BINARY_SNIFF_BYTES)
            if b"\x00" in head and not encoding.lower().replace("-", "").startswith("utf16"):
                raise InputError(path, "looks like a binary file (it contains NUL bytes); not annotated")
            decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
            consumed = 0
            block = head
            while block:
                try:
                    decoder.decode(block)
                except UnicodeDecodeError as error:
                    position = consumed + error.start
                    raise InputError(
                        path, f"not valid {encoding} (byte {position}); pass --encoding if it is in another encoding"
                    ) from None
                consumed += len(block)
                block = handle.read(_READ_BYTES)
            decoder.decode(b"", final=True)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except UnicodeDecodeError:
        raise InputError(path, f"not valid {encoding}: the file ends in the middle of a character") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None


def _file_lines(path: Path, name: str, encoding: str, on_progress: Callable[[int], None] | None) -> Iterator[str]:
    with path.open("rb") as handle:
        yield from _decoded_lines(handle, name, encoding, on_progress)


def _decoded_lines(
    stream: BinaryIO, name: str, encoding: str, on_progress: Callable[[int], None] | None
) -> Iterator[str]:
    # Decode by hand (not TextIOWrapper) to keep "\r\n" and lone "\r" exactly as
    # they are: offsets are into the input as decoded, with no newline translation.
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    consumed = 0
    pending = ""
    while True:
        block = stream.read(_READ_BYTES)
        try:
            text = decoder.decode(block, final=not block)
        except UnicodeDecodeError as error:
            raise InputError(name, f"not valid {encoding} (byte {consumed + error.start})") from None
        consumed += len(block)
        if on_progress is not None:
            on_progress(consumed)
        pending += text
        lines = pending.splitlines(keepends=True)
        if block and lines and not lines[-1].endswith(("\n", "\r")):
            pending = lines.pop()
        else:
            pending = ""
        yield from lines
        if not block:
            if pending:
                yield pending
            return
