"""JSON and JSON Lines: the stable machine-readable contract (docs/json.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..annotate import AnnotatedChunk
from ..errors import GlossaryError
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
    """``{"files": [{"path", "matches"}, ...]}``: one shape whatever the input (stdin, one file, a directory)."""

    def __init__(self, *, out: TextIO, **_options: Any) -> None:
        self.out = out
        self.multiple = True  # one shape for every input (docs/json.md); the single-document branches stay unused
        self.documents = 0

    def begin(self) -> None:
        if self.multiple:
            self.out.write('{"files": [')

    def _open(self, name: str) -> None:
        if self.multiple:
            self.out.write(",\n" if self.documents else "\n")
            self.out.write(f'{{"path": {dumps(name)}, "matches": [')
        else:
            self.out.write('{"matches": [')

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        self._open(name)
        first = True
        try:
            for chunk in chunks:
                for match in chunk.matches:
                    self.out.write(("\n" if first else ",\n") + dumps(match.to_dict()))
                    first = False
        except GlossaryError as error:
            # An input that fails part-way still leaves a closed document, with the error in it.
            self._close(first, str(error))
            raise
        self._close(first, None)

    def _close(self, empty: bool, error: str | None) -> None:
        self.out.write("]" if empty else "\n]")
        if error is not None:
            self.out.write(f', "error": {dumps(error)}')
        self.out.write("}")
        if not self.multiple:
            self.out.write("\n")
        self.documents += 1

    def failed(self, name: str, error: str) -> None:
        """An input that could not be read at all: listed with its error and no matches."""
        self._open(name)
        self._close(True, error)

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
            try:
                for number, chunk in enumerate(chunks, start=1):
                    matches = [_relative(match, chunk.offset) for match in chunk.matches]
                    self.out.write(dumps({"path": name, "line": number, "matches": matches}) + "\n")
            except GlossaryError as error:
                self.failed(name, str(error))
                raise
            return
        matches_of_file: list[dict[str, Any]] = []
        try:
            for chunk in chunks:
                matches_of_file.extend(match.to_dict() for match in chunk.matches)
        except GlossaryError as error:
            self.out.write(dumps({"path": name, "matches": matches_of_file, "error": str(error)}) + "\n")
            raise
        self.out.write(dumps({"path": name, "matches": matches_of_file}) + "\n")

    def failed(self, name: str, error: str) -> None:
        """An input that could not be read (or failed part-way): one line with its error."""
        self.out.write(dumps({"path": name, "matches": [], "error": error}) + "\n")

    def end(self) -> None:
        pass

