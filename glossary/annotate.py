"""Annotating texts, files and streams with a compiled :class:`Matcher`.

Large inputs are read and annotated in paragraph-sized chunks, so memory stays
bounded whatever the file size; offsets stay relative to the whole input. A
term is never split by a chunk boundary unless one paragraph exceeds
:data:`MAX_CHUNK_CHARACTERS` (then it is cut at a line break), or one line
exceeds :data:`TARGET_CHUNK_CHARACTERS` (then it is cut after a sentence end
or a space; a term across that cut is missed). A line passed on in pieces
ends only with its last piece, so ``by_line`` consumers see where each line ends.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .errors import InputError

if TYPE_CHECKING:  # the matcher and the loader are imported when first needed (start-up time)
    from .matcher import Match, Matcher
    from .model import TermBase

__all__ = [
    "AnnotatedChunk",
    "Source",
    "STDIN",
    "annotate",
    "annotate_source",
    "check_encoding",
    "find_sources",
    "iter_paragraph_chunks",
    "read_source_chunks",
    "default_matcher",
]

STDIN = "-"
#: Chunks grow to about this size before they are cut at the next paragraph break.
TARGET_CHUNK_CHARACTERS = 64 * 1024
#: A paragraph longer than this is cut at a line break (a term across that break is missed).
MAX_CHUNK_CHARACTERS = 256 * 1024
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
    """One input: a file, or standard input when ``path`` is None.

    ``refused`` says why the input is not read (a symbolic link leading out of the
    directory it was found in, a folder that cannot be listed): reading it raises
    :class:`InputError` with that reason, so the other inputs are still processed.
    """

    name: str
    path: Path | None = None
    refused: str | None = None


@lru_cache(maxsize=8)
def _compiled(path: str, modified: float) -> Matcher:
    from .cache import cached_matcher

    return cached_matcher(path)


def default_matcher(terms: str | os.PathLike[str] | None = None) -> Matcher:
    """The matcher of a term base (``terms``, ``$GLOSSARY_TERMS`` or the bundled one), compiled once."""
    from .loader import resolve_termbase_path

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
        from .matcher import compile_matcher

        matcher = compile_matcher(termbase) if termbase is not None else default_matcher()
    return matcher.annotate(text, overlaps=overlaps, min_score=min_score)


def find_sources(paths: Sequence[str], *, glob: str = "*") -> list[Source]:
    """Expand ``paths``: "-" is standard input, directories are walked recursively for ``glob``.

    Paths that do not exist are kept: reading them raises :class:`InputError`,
    so that the other inputs are still processed. A walk stays inside its
    directory: a file reached through a symbolic link that leads out of it, and
    a folder that cannot be listed, are kept as refused sources (reading them
    raises :class:`InputError` naming them), never read nor silently dropped.
    Symbolic links to folders are not followed; links that stay inside are read.
    """
    sources: list[Source] = []
    for raw in paths or [STDIN]:
        if raw == STDIN:
            sources.append(Source(STDIN))
            continue
        path = Path(raw)
        if path.is_dir():
            sources.extend(_walk(path, glob))
        else:
            sources.append(Source(raw, path))
    return sources


def _walk(directory: Path, glob: str) -> list[Source]:
    """The files under ``directory`` that match ``glob``, and what the walk could not read, in path order."""
    _check_glob(directory, glob)
    unlisted: list[OSError] = []
    for _folder, _folders, _files in os.walk(directory, onerror=unlisted.append):
        pass  # only the folders that cannot be listed: Path.rglob skips them without a word
    try:
        found = [candidate for candidate in directory.rglob(glob) if candidate.is_file()]
    except (ValueError, NotImplementedError) as error:
        raise InputError(directory, f"--glob {glob!r} is not a usable pattern: {error}") from None
    inside = directory.resolve()
    sources = [_found_source(candidate, directory, inside) for candidate in found]
    for error in unlisted:
        folder = Path(error.filename) if error.filename else directory
        reason = error.strerror or str(error)
        sources.append(Source(str(folder), folder, refused=f"cannot list this folder ({reason}); its files are not annotated"))
    return sorted(sources, key=lambda source: Path(source.name))  # as before: by path parts, "a/b" before "a-c"


def _found_source(candidate: Path, directory: Path, inside: Path) -> Source:
    """``candidate`` as a source, refused when a symbolic link takes it out of ``directory``."""
    target = candidate.resolve()
    if target.is_relative_to(inside):
        return Source(str(candidate), candidate)
    return Source(
        str(candidate),
        candidate,
        refused=f"reached through a symbolic link, it is {target}, outside {directory}; not read (name that file itself to annotate it)",
    )


def _check_glob(directory: Path, glob: str) -> None:
    """A ``glob`` is a pattern of names inside ``directory``: absolute patterns and ".." cannot leave it."""
    pattern = Path(glob)
    if not glob or pattern.is_absolute() or pattern.drive or ".." in pattern.parts:
        raise InputError(
            directory, f"--glob {glob!r} must match names inside the directory (no leading '/', no '..')"
        )


def iter_paragraph_chunks(
    lines: Iterable[str],
    *,
    target: int = TARGET_CHUNK_CHARACTERS,
    limit: int = MAX_CHUNK_CHARACTERS,
) -> Iterator[str]:
    """Group ``lines`` (with their line ends) into chunks that end at a blank line.

    A chunk closes at the first blank line after it reaches ``target``
    characters, or at any line break once it reaches ``limit``. A piece of a
    line too long to keep whole (no line end: :func:`annotate_source` cuts
    those after a sentence end) closes a chunk that has reached ``target``.
    """
    buffer: list[str] = []
    size = 0
    for line in lines:
        buffer.append(line)
        size += len(line)
        if (size >= target and (not line.strip() or not line.endswith(("\n", "\r")))) or size >= limit:
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

    Each input is opened once and read once from the start (a pipe, a FIFO or
    ``<(process substitution)`` works like a file). A regular file is checked
    before anything is yielded: a missing, unreadable, binary or wrongly
    encoded file raises :class:`InputError` from this call. Streams (standard
    input, pipes, FIFOs) cannot be checked ahead; a problem there surfaces as
    :class:`InputError` while iterating. ``by_line`` annotates each line on
    its own (one chunk per line; only ``\\n``, ``\\r\\n`` and ``\\r`` end a
    line; a line longer than :data:`TARGET_CHUNK_CHARACTERS` comes in several
    chunks, the last one holding its line end). ``on_progress`` receives the number of bytes consumed so far.
    """
    chunks = read_source_chunks(source, encoding=encoding, by_line=by_line, on_progress=on_progress)
    return _annotate_chunks(chunks, matcher, overlaps=overlaps, min_score=min_score)


def read_source_chunks(
    source: Source,
    *,
    encoding: str = "utf-8",
    by_line: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[str]:
    """The chunks :func:`annotate_source` annotates, in order: paragraph groups, or lines with ``by_line``.

    Opening and checking happen in this call (a bad file raises :class:`InputError`
    here); reading happens as the chunks are taken.
    """
    check_encoding(encoding)
    if source.refused is not None:
        raise InputError(source.name, source.refused)
    if source.path is not None:
        from .documents import MONOLINGUAL_FORMATS, format_for_path

        kind = format_for_path(source.path)
        if kind in MONOLINGUAL_FORMATS and kind != "text":
            return _document_chunks(source, kind)
    stream = _open_source(source, encoding)
    lines = _decoded_lines(stream, source.name, encoding, on_progress, close=source.path is not None)
    return lines if by_line else iter_paragraph_chunks(lines)


def _document_chunks(source: Source, kind: str) -> Iterator[str]:
    """A Word or HTML document's blocks (paragraphs, cells, headings) as chunks, each ended by a blank line.

    Offsets of such an input are into this extracted text; docs/formats.md says how
    to map them back (``glossary.documents`` gives each block's locator).
    """
    from .documents import read_text_document

    document = read_text_document(source.name, input_format=kind)
    return iter([block.text + "\n\n" for block in document.blocks])


def _annotate_chunks(
    chunks: Iterable[str], matcher: Matcher, *, overlaps: bool, min_score: float
) -> Iterator[AnnotatedChunk]:
    offset = 0
    for chunk in chunks:
        found = matcher.annotate(chunk, overlaps=overlaps, min_score=min_score)
        matches = tuple([match.shifted(offset) for match in found] if offset else found)
        yield AnnotatedChunk(offset, chunk, matches)
        offset += len(chunk)


# Text codecs that do not decode a text file as written: escapes are turned into the
# characters they name, so offsets would not point into the input.
_NOT_FILE_ENCODINGS = frozenset({"unicode-escape", "raw-unicode-escape", "undefined", "idna", "punycode"})
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "UTF-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "UTF-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "UTF-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "UTF-16", "utf-16"),
)


def check_encoding(encoding: str) -> None:
    """Raise :class:`InputError` unless ``encoding`` decodes text files: ``hex``, ``zlib``, ``rot13``... are refused."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"--encoding {encoding}", "unknown encoding") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        raise InputError(f"--encoding {encoding}", "not a text encoding; use one such as utf-8, utf-16 or cp1258")


def _is_wide_encoding(encoding: str) -> bool:
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


def _sniff(head: bytes, name: str, encoding: str) -> None:
    """Refuse binary input, and name UTF-16/UTF-32 when it arrives without ``--encoding``."""
    if _is_wide_encoding(encoding):
        return
    for mark, label, suggestion in _BYTE_ORDER_MARKS:
        if head.startswith(mark):
            raise InputError(
                name, f"looks like {label} (it starts with a {label} byte order mark); pass --encoding {suggestion}"
            )
    if b"\x00" not in head:
        return
    sample = head[: len(head) - len(head) % 2]
    if len(sample) >= 4:
        even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        if odd_nuls >= half * 0.4 and even_nuls == 0:
            raise InputError(name, "looks like UTF-16 (little-endian, no byte order mark); pass --encoding utf-16-le")
        if even_nuls >= half * 0.4 and odd_nuls == 0:
            raise InputError(name, "looks like UTF-16 (big-endian, no byte order mark); pass --encoding utf-16-be")
    raise InputError(name, "looks like a binary file (it contains NUL bytes); not annotated")


def _open_source(source: Source, encoding: str) -> BinaryIO:
    """Open ``source`` once; a regular file is checked in full, then rewound."""
    if source.path is None:
        stdin = sys.stdin  # None when the process was started with stdin closed (<&-)
        if stdin is None or stdin.closed or getattr(stdin, "buffer", None) is None:
            raise InputError(source.name, "standard input is closed; pass a file or pipe text in")
        return stdin.buffer
    path = source.path
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    try:
        if stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            _check_file(handle, source.name, encoding)
            handle.seek(0)
        return handle
    except BaseException:
        handle.close()
        raise


def _check_file(handle: BinaryIO, name: str, encoding: str) -> None:
    """Read a regular file through once, so that a bad byte is reported before any output."""
    try:
        head = handle.read(_BINARY_SNIFF_BYTES)
        _sniff(head, name, encoding)
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        consumed = 0
        block = head
        while block:
            try:
                decoder.decode(block)
            except UnicodeDecodeError as error:
                position = consumed + error.start
                raise InputError(
                    name, f"not valid {encoding} (byte {position}); pass --encoding if it is in another encoding"
                ) from None
            consumed += len(block)
            block = handle.read(_READ_BYTES)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise InputError(name, f"not valid {encoding}: the file ends in the middle of a character") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror or error}") from None


# Only these end a line for --by-line and for paragraph chunks: not \f, \v, \x85, U+2028 or U+2029,
# which str.splitlines() also breaks on.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)")


def _line_cut(line: str, limit: int) -> int:
    """Where to cut a line longer than ``limit``: after a sentence end, else a space, in its last half."""
    for separator in (". ", "; ", ", ", " "):
        position = line.rfind(separator, limit // 2, limit)
        if position != -1:
            return position + len(separator)
    return limit - 1 if line[limit - 1 : limit + 1] == "\r\n" else limit


def _line_pieces(line: str) -> Iterator[str]:
    while len(line) > TARGET_CHUNK_CHARACTERS:
        cut = _line_cut(line, TARGET_CHUNK_CHARACTERS)
        yield line[:cut]
        line = line[cut:]
    yield line


def _decoded_lines(
    stream: BinaryIO,
    name: str,
    encoding: str,
    on_progress: Callable[[int], None] | None,
    *,
    close: bool = False,
) -> Iterator[str]:
    # Decode by hand (not TextIOWrapper) to keep "\r\n" and lone "\r" exactly as
    # they are: offsets are into the input as decoded, with no newline translation.
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        consumed = 0
        pending = ""
        first = True
        while True:
            try:
                # read1: at most one read of the underlying stream, so that on a terminal one
                # Ctrl-D ends the input (read() would wait for a second one after a partial line).
                block = stream.read1(_READ_BYTES) if hasattr(stream, "read1") else stream.read(_READ_BYTES)
            except OSError as error:
                raise InputError(name, f"cannot read: {error.strerror or error}") from None
            if first:
                _sniff(block[:_BINARY_SNIFF_BYTES], name, encoding)
                first = False
            buffered = len(decoder.getstate()[0])  # bytes of a character cut by the previous read
            failure: InputError | None = None
            try:
                text = decoder.decode(block, final=not block)
            except UnicodeDecodeError as error:
                # Annotate what came before the bad byte, then fail (the renderer closes its document).
                failure = InputError(name, f"not valid {encoding} (byte {consumed + error.start - buffered})")
                try:
                    text = decoder.decode(block[: max(0, error.start - buffered)])
                except UnicodeDecodeError:
                    text = ""
                block = b""
            consumed += len(block)
            if on_progress is not None:
                on_progress(consumed)
            # Only the new text and a held-back "\r" can hold a line break: pending had none.
            search_from = max(0, len(pending) - 1)
            pending += text
            limit = len(pending) - 1 if block and pending.endswith("\r") else len(pending)  # "\r" may start "\r\n"
            cut = max(pending.rfind("\n", search_from, limit), pending.rfind("\r", search_from, limit)) + 1
            if cut:
                for line in _LINE.findall(pending, 0, cut):
                    if len(line) > TARGET_CHUNK_CHARACTERS:
                        yield from _line_pieces(line)
                    else:
                        yield line
                pending = pending[cut:]
            while len(pending) > TARGET_CHUNK_CHARACTERS:
                # One line longer than a chunk may be (a minified page, a whole book on
                # one line): pass it on in pieces, so memory stays bounded.
                piece = _line_cut(pending, TARGET_CHUNK_CHARACTERS)
                yield pending[:piece]
                pending = pending[piece:]
            if not block:
                if pending:
                    yield pending
                if failure is not None:
                    raise failure
                return
    finally:
        if close:
            stream.close()
