"""Reading plug-in inputs: whole texts (files or standard input) and bilingual TSV files."""

from __future__ import annotations

from ..errors import InputError
from ..reading import decode_text, read_bytes

__all__ = ["read_segment_pairs", "read_text"]


def read_text(name: str, *, encoding: str = "utf-8", input_format: str | None = "text") -> str:
    """The whole text of file ``name`` ("-" is standard input), decoded strictly, line ends kept as they are.

    ``input_format=None`` reads a Word or HTML document too (chosen by extension, or
    sniffed on standard input): its blocks in reading order, a blank line between blocks.
    """
    from ..documents import MONOLINGUAL_FORMATS, detect_format, read_text_document

    kind = input_format or detect_format(name)
    if kind in MONOLINGUAL_FORMATS and kind != "text":
        return "\n\n".join(block.text for block in read_text_document(name, input_format=kind).blocks)
    if kind != "text":
        raise InputError(name, f"is a bilingual {kind} file; check it alone: glossary check {name}")
    return decode_text(read_bytes(name), name, encoding=encoding)


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
