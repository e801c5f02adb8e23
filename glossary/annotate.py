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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .errors import InputError
from .reading import STDIN, check_text_head, reading, stdin_stream

if TYPE_CHECKING:  # the matcher and the loader are imported when first needed (start-up time)
    from .document_scope import DefinitionWarning
    from .documents import Block
    from .matcher import Match, Matcher
    from .model import TermBase

__all__ = [
    "AnnotatedChunk",
    "Source",
    "STDIN",
    "annotate",
    "annotate_document",
    "annotate_source",
    "check_encoding",
    "find_sources",
    "iter_paragraph_chunks",
    "read_source_chunks",
    "read_source_parts",
    "source_format",
    "default_matcher",
]

#: Chunks grow to about this size before they are cut at the next paragraph break.
TARGET_CHUNK_CHARACTERS = 64 * 1024
#: A paragraph longer than this is cut at a line break (a term across that break is missed).
MAX_CHUNK_CHARACTERS = 256 * 1024
_READ_BYTES = 256 * 1024
# Bytes looked at to tell a binary file from text.
_BINARY_SNIFF_BYTES = 8192


@dataclass(frozen=True)
class AnnotatedChunk:
    """A consecutive piece of an input, the matches in it and the warnings about it (offsets into the whole input).

    ``warnings`` are definitions in this piece that contradict the term base
    (:class:`~glossary.document_scope.DefinitionWarning`).
    """

    offset: int
    text: str
    matches: tuple[Match, ...]
    #: For a DOCX or HTML input: the block (paragraph, cell, heading) this chunk is.
    block: Block | None = None

    def locate(self, match: Match) -> dict[str, Any] | None:
        """Where ``match`` (offsets into the whole input) is in the document's file; None for plain text."""
        if self.block is None:
            return None
        return self.block.locate(match.start - self.offset, match.end - self.offset)
    #: Definitions in this piece that contradict the term base (see :mod:`glossary.document_scope`).
    warnings: tuple[DefinitionWarning, ...] = ()


@dataclass(frozen=True)
class Source:
    """One input: a file, or standard input when ``path`` is None.

    ``format`` is the input format when it is given (``--input-format``); by default
    it is chosen by the file's extension, or sniffed from standard input's first bytes.
    ``refused`` says why the input is not read (a symbolic link leading out of the
    directory it was found in, a folder that cannot be listed): reading it raises
    :class:`InputError` with that reason, so the other inputs are still processed.
    """

    name: str
    path: Path | None = None
    refused: str | None = None
    format: str | None = None


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
    ``text`` is one document: acronyms it defines are found at every later use, and
    ambiguous forms take the sense the document speaks for (:mod:`glossary.document_scope`).
    """
    return list(
        annotate_document(text, termbase=termbase, matcher=matcher, overlaps=overlaps, min_score=min_score).matches
    )


def annotate_document(
    text: str,
    *,
    termbase: TermBase | None = None,
    matcher: Matcher | None = None,
    overlaps: bool = False,
    min_score: float = 0.0,
) -> AnnotatedChunk:
    """``text`` as one document: its matches, with the acronyms it defines, and the warnings about it.

    What :func:`annotate` returns, plus ``warnings`` (definitions that contradict the
    term base); see :mod:`glossary.document_scope`.
    """
    from .document_scope import apply_document_scope

    if matcher is None:
        from .matcher import compile_matcher

        matcher = compile_matcher(termbase) if termbase is not None else default_matcher()
    chunk = AnnotatedChunk(0, text, tuple(matcher.annotate(text, overlaps=overlaps)))
    return next(apply_document_scope([chunk], matcher, min_score=min_score))


def find_sources(paths: Sequence[str], *, glob: str = "*", input_format: str | None = None) -> list[Source]:
    """Expand ``paths``: "-" is standard input, directories are walked recursively for ``glob``.

    ``input_format`` (a name of :data:`glossary.documents.INPUT_FORMATS`) applies to every input.

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
            sources.append(Source(STDIN, format=input_format))
            continue
        path = Path(raw)
        if path.is_dir():
            sources.extend(replace(source, format=input_format) for source in _walk(path, glob))
        else:
            sources.append(Source(raw, path, format=input_format))
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
    from .document_scope import apply_document_scope

    parts = read_source_parts(source, encoding=encoding, by_line=by_line, on_progress=on_progress)
    # The matcher keeps weak matches: evidence elsewhere in the document may still decide their sense.
    annotated = _annotate_chunks(parts, matcher, overlaps=overlaps, min_score=0.0)
    return apply_document_scope(annotated, matcher, min_score=min_score)


def source_format(source: Source) -> str:
    """The input format of ``source``: as given, else by extension, else sniffed from standard input."""
    from .documents import detect_format

    return detect_format(source.name if source.path is None else source.path, input_format=source.format)


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
    parts = read_source_parts(source, encoding=encoding, by_line=by_line, on_progress=on_progress)
    return (text for text, _block in parts)


def read_source_parts(
    source: Source,
    *,
    encoding: str = "utf-8",
    by_line: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[str, Block | None]]:
    """:func:`read_source_chunks` with, for a DOCX or HTML input, the block each chunk is (else None).

    A Word or HTML document (by ``source.format``, extension, or content on standard
    input) is read whole; its blocks (paragraphs, cells, headings) are the chunks,
    each ended by a blank line, so offsets are into that extracted text and each
    block's locator says where a match is in the file. Other inputs are plain text.
    """
    check_encoding(encoding)
    if source.refused is not None:
        raise InputError(source.name, source.refused)
    kind = source_format(source)
    if kind in ("docx", "html"):
        from .documents import read_text_document

        document = read_text_document(source.name, input_format=kind)
        return iter([(block.text + "\n\n", block) for block in document.blocks])
    stream = _open_source(source, encoding)
    lines = _decoded_lines(stream, source.name, encoding, on_progress, close=source.path is not None)
    return ((chunk, None) for chunk in (lines if by_line else iter_paragraph_chunks(lines)))


def _annotate_chunks(
    chunks: Iterable[str | tuple[str, Block | None]], matcher: Matcher, *, overlaps: bool, min_score: float
) -> Iterator[AnnotatedChunk]:
    """Annotate chunks of text (or (text, block) parts of a document), offsets into the whole input."""
    offset = 0
    for item in chunks:
        chunk, block = item if isinstance(item, tuple) else (item, None)
        found = matcher.annotate(chunk, overlaps=overlaps, min_score=min_score)
        matches = tuple([match.shifted(offset) for match in found] if offset else found)
        yield AnnotatedChunk(offset, chunk, matches, block)
        offset += len(chunk)


# Text codecs that do not decode a text file as written: escapes are turned into the
# characters they name, so offsets would not point into the input.
_NOT_FILE_ENCODINGS = frozenset({"unicode-escape", "raw-unicode-escape", "undefined", "idna", "punycode"})


def check_encoding(encoding: str) -> None:
    """Raise :class:`InputError` unless ``encoding`` decodes text files: ``hex``, ``zlib``, ``rot13``... are refused."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"--encoding {encoding}", "unknown encoding") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        raise InputError(f"--encoding {encoding}", "not a text encoding; use one such as utf-8, utf-16 or cp1258")


def _open_source(source: Source, encoding: str) -> BinaryIO:
    """Open ``source`` once; a regular file is checked in full, then rewound."""
    if source.path is None:
        return stdin_stream(source.name)  # type: ignore[return-value]
    path = source.path
    with reading(path):
        handle = path.open("rb")
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
    with reading(name):
        _check_decodes(handle, name, encoding)


def _check_decodes(handle: BinaryIO, name: str, encoding: str) -> None:
    try:
        head = handle.read(_BINARY_SNIFF_BYTES)
        check_text_head(head, name, encoding)
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
            with reading(name):
                # read1: at most one read of the underlying stream, so that on a terminal one
                # Ctrl-D ends the input (read() would wait for a second one after a partial line).
                block = stream.read1(_READ_BYTES) if hasattr(stream, "read1") else stream.read(_READ_BYTES)
            if first:
                check_text_head(block[:_BINARY_SNIFF_BYTES], name, encoding)
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
