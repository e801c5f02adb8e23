"""Reading plug-in inputs: whole texts (files or standard input) and bilingual TSV files."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import InputError

__all__ = ["read_segment_pairs", "read_text"]

STDIN = "-"


def read_text(name: str, *, encoding: str = "utf-8") -> str:
    """The whole text of file ``name`` ("-" is standard input), decoded strictly, line ends kept as they are."""
    try:
        data = sys.stdin.buffer.read() if name == STDIN else Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror or error}") from None
    except LookupError:
        raise InputError(name, f"unknown encoding {encoding!r}") from None
    if b"\x00" in data[:8192] and not encoding.lower().replace("-", "").startswith("utf16"):
        raise InputError(name, "looks like a binary file (it contains NUL bytes)")
    try:
        text = data.decode(encoding)
    except LookupError:
        raise InputError(name, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise InputError(name, f"not valid {encoding} (byte {error.start}); pass --encoding if it is in another encoding") from None
    return text.removeprefix("\ufeff")


def read_segment_pairs(text: str, *, name: str = "-") -> list[tuple[str, str]]:
    """Aligned segments from a bilingual TSV: one "source<TAB>translation" pair per line.

    Blank lines are kept as empty segments, so that segment numbers are line numbers.
    A line without exactly one tab raises :class:`InputError` naming the line.
    """
    pairs: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            pairs.append(("", ""))
            continue
        columns = line.split("\t")
        if len(columns) != 2:
            raise InputError(
                f"{name}:{number}",
                f"expected 2 tab-separated columns (source, translation), found {len(columns)}",
            )
        pairs.append((columns[0], columns[1]))
    return pairs
