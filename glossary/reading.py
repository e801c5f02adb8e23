"""Reading inputs: the one place where files and standard input become bytes or text.

Every reader of the library (annotation, documents, the translator plug-ins) goes
through these functions, so an input that cannot be read gives the same
:class:`~glossary.errors.InputError` line whatever the command: ``NAME: no such
file``, ``NAME: is a directory``, ``NAME: cannot read: ...``, ``NAME: looks like
a binary file ...``, ``NAME: not valid utf-8 (byte N) ...``.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import InputError

__all__ = ["STDIN", "check_text_head", "decode_text", "peek_stdin", "read_bytes", "reading", "stdin_stream"]

#: The name that stands for standard input.
STDIN = "-"

_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "UTF-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "UTF-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "UTF-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "UTF-16", "utf-16"),
)


@contextmanager
def reading(name: str | Path) -> Iterator[None]:
    """Turn an :class:`OSError` raised while opening or reading input ``name`` into :class:`InputError`."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror or error}") from None


def stdin_stream(name: str = STDIN) -> object:
    """The binary standard input, or :class:`InputError` when the process was started with it closed."""
    stdin = sys.stdin  # None when the process was started with stdin closed (<&-)
    if stdin is None or stdin.closed or getattr(stdin, "buffer", None) is None:
        raise InputError(name, "standard input is closed; pass a file or pipe text in")
    return stdin.buffer


def read_bytes(name: str | Path) -> bytes:
    """All the bytes of file ``name``, or of standard input when ``name`` is "-"."""
    with reading(name):
        if str(name) == STDIN:
            return stdin_stream().read()  # type: ignore[attr-defined, no-any-return]
        return Path(name).read_bytes()


def peek_stdin(size: int = 8192) -> bytes:
    """The first bytes waiting on standard input, left there to be read (b"" for a terminal or when unknown).

    Used to tell a piped Word, HTML, XLIFF, TMX or PO file from plain text. A buffered
    pipe or file is peeked without consuming it; a seekable stream is read and rewound.
    """
    stream: Any = stdin_stream()
    try:
        if stream.isatty():
            return b""  # typed text: nothing to sniff, and peeking would wait for a line
    except (OSError, ValueError, AttributeError):
        pass
    with reading(STDIN):
        if hasattr(stream, "peek"):
            return bytes(stream.peek(size)[:size])
        if stream.seekable():
            position = stream.tell()
            head = bytes(stream.read(size))
            stream.seek(position)
            return head
    return b""


def _is_wide_encoding(encoding: str) -> bool:
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


def check_text_head(head: bytes, name: str, encoding: str, *, what: str = "not annotated") -> None:
    """Refuse binary input, and name UTF-16/UTF-32 when it arrives without ``--encoding``.

    ``head`` is the first bytes of the input (8 KiB is plenty); ``what`` ends the binary-file message.
    """
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
    raise InputError(name, f"looks like a binary file (it contains NUL bytes); {what}")


def decode_text(data: bytes, name: str, *, encoding: str = "utf-8") -> str:
    """``data`` decoded strictly as ``encoding`` (a UTF-8 byte order mark dropped), binary input refused."""
    try:
        check_text_head(data[:8192], name, encoding, what="not read")
        text = data.decode(encoding)
    except LookupError:
        raise InputError(name, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise InputError(
            name, f"not valid {encoding} (byte {error.start}); pass --encoding if it is in another encoding"
        ) from None
    return text.removeprefix("\ufeff")
