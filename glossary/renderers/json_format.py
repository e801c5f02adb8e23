"""JSON and JSON Lines: the stable machine-readable contract (docs/json.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..annotate import AnnotatedChunk
from ..matcher import Match


def dumps(value: Any) -> str:
    """Compact, UTF-8 friendly JSON (Vietnamese stays readable, not \\u-escaped)."""
    return json.dumps(value, ensure_ascii=False)


def _relative(match: Match, offset: int) -> dict[str, Any]:
    payload = match.to_dict()
    payload["start"] -= offset
    payload["end"] -= offset
    return payload


class JsonRenderer:
    """``{"matches": [...]}`` for one input; ``{"files": [{"path", "matches"}, ...]}`` for several."""

    def __init__(self, *, out: TextIO, multiple: bool = False, **_options: Any) -> None:
        self.out = out
        self.multiple = multiple
        self.documents = 0

    def begin(self) -> None:
        if self.multiple:
            self.out.write('{"files": [')

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        if self.multiple:
            self.out.write(",\n" if self.documents else "\n")
            self.out.write(f'{{"path": {dumps(name)}, "matches": [')
        else:
            self.out.write('{"matches": [')
        first = True
        for chunk in chunks:
            for match in chunk.matches:
                self.out.write(("\n" if first else ",\n") + dumps(match.to_dict()))
                first = False
        self.out.write("\n]}" if not first else "]}")
        if not self.multiple:
            self.out.write("\n")
        self.documents += 1

    def end(self) -> None:
        if self.multiple:
            self.out.write("\n]}\n")


class JsonLinesRenderer:
    """One JSON object per line: per input ``{"path", "matches"}``, or per input line with ``by_line``."""

    def __init__(self, *, out: TextIO, by_line: bool = False, **_options: Any) -> None:
        self.out = out
        self.by_line = by_line

    def begin(self) -> None:
        pass

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        if self.by_line:
            for number, chunk in enumerate(chunks, start=1):
                matches = [_relative(match, chunk.offset) for match in chunk.matches]
                self.out.write(dumps({"path": name, "line": number, "matches": matches}) + "\n")
            return
        matches_of_file = [match.to_dict() for chunk in chunks for match in chunk.matches]
        self.out.write(dumps({"path": name, "matches": matches_of_file}) + "\n")

    def end(self) -> None:
        pass
