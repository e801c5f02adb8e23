"""JSON and JSON Lines: the stable machine-readable contract (docs/json.md).

Both formats stream: a match is written as soon as its chunk is annotated, so
memory stays bounded whatever the input size. Each term's JSON is encoded once
per renderer and reused for every match of that term (the text of a match is
the only string encoded per match). ``compact=True`` writes each term once and
refers to it by id from the matches. An input that fails part-way still
leaves well-formed output, with an ``"error"`` field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from json.encoder import encode_basestring  # the C encoder json.dumps(ensure_ascii=False) uses for str
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import GlossaryError

if TYPE_CHECKING:
    from ..annotate import AnnotatedChunk
    from ..matcher import Match
    from ..model import Term


def dumps(value: Any) -> str:
    """Compact, UTF-8 friendly JSON (Vietnamese stays readable, not \\u-escaped)."""
    return json.dumps(value, ensure_ascii=False)


def _number(value: float | int | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, float):
        return float.__repr__(value)  # what json.dumps writes for a finite float
    return int.__repr__(value)


class _MatchEncoder:
    """``dumps(match.to_dict())``, byte for byte, with each term's JSON encoded once.

    With ``compact``, ``"term"`` holds the term's id and :meth:`new_terms`
    returns the terms not written yet.
    """

    def __init__(self, *, compact: bool = False) -> None:
        self.compact = compact
        # id(term) -> (term, fragment): the term is kept so that its id() is not reused.
        self._fragments: dict[int, tuple[Term, str]] = {}
        self._pending: list[Term] = []

    def term_fragment(self, term: Term) -> str:
        cached = self._fragments.get(id(term))
        if cached is None:
            if self.compact:
                fragment = encode_basestring(term.id)
                self._pending.append(term)
            else:
                fragment = dumps(term.to_dict())
            cached = self._fragments[id(term)] = (term, fragment)
        return cached[1]

    def gloss_fragment(self, match: Match) -> str:
        # Without an ordinal the gloss is the term's names: encoded once per term, like the term.
        if match.ordinal is None:
            key = -id(match.term)
            cached = self._fragments.get(key)
            if cached is None:
                cached = self._fragments[key] = (match.term, dumps({"en": match.gloss("en"), "vi": match.gloss("vi")}))
            return cached[1]
        return dumps({"en": match.gloss("en"), "vi": match.gloss("vi")})

    def encode(self, match: Match, offset: int = 0) -> str:
        encoded = (
            f'{{"start": {match.start - offset}, "end": {match.end - offset}, "text": {encode_basestring(match.text)}, '
            f'"score": {_number(match.score)}, "method": {encode_basestring(match.method)}, '
            f'"ordinal": {_number(match.ordinal)}, "gloss": {self.gloss_fragment(match)}, '
            f'"term": {self.term_fragment(match.term)}}}'
        )
        if match.decided_by is None and match.definition is None:
            return encoded
        # Ambiguous forms and defined acronyms (rare): the fields only they have, as Match.to_dict.
        return encoded[:-1] + ", " + dumps(match.extra_fields())[1:]

    def encode_chunk(self, chunk: AnnotatedChunk, offset: int = 0, *, separator: str = ", ") -> str:
        """The chunk's matches; a DOCX or HTML block's matches also say where they are (``"locator"``)."""
        if chunk.block is None:
            return separator.join(self.encode(match, offset) for match in chunk.matches)
        return separator.join(
            f'{self.encode(match, offset)[:-1]}, "locator": {dumps(chunk.locate(match))}}}' for match in chunk.matches
        )

    def new_terms(self) -> list[Term]:
        """Terms first referred to since the last call (compact mode), in order of first use."""
        pending, self._pending = self._pending, []
        return pending


def _warnings_field(warnings: list[dict[str, Any]]) -> str:
    """``, "warnings": [...]`` when a document (or line) has warnings, else nothing."""
    return f', "warnings": {dumps(warnings)}' if warnings else ""


class JsonRenderer:
    """``{"files": [{"path", "matches"}, ...]}``: one shape whatever the input (stdin, one file, a directory).

    With ``compact``, each match's ``"term"`` is the term's id, and the
    document ends with ``"terms": {id: TERM, ...}`` listing every term
    referred to, once.
    """

    def __init__(self, *, out: TextIO, compact: bool = False, **_options: Any) -> None:
        self.out = out
        self.multiple = True  # one shape for every input (docs/json.md)
        self.compact = compact
        self.documents = 0
        self.encoder = _MatchEncoder(compact=compact)
        self.terms: list[Term] = []

    def begin(self) -> None:
        if self.multiple:
            self.out.write('{"files": [')

    def _open(self, name: str) -> None:
        if self.multiple:
            self.out.write(",\n" if self.documents else "\n")
            self.out.write(f'{{"path": {encode_basestring(name)}, "matches": [')
        else:
            self.out.write('{"matches": [')

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        self._open(name)
        write = self.out.write
        encode_chunk = self.encoder.encode_chunk
        first = True
        warnings: list[dict[str, Any]] = []
        try:
            for chunk in chunks:
                if chunk.matches:
                    body = encode_chunk(chunk, separator=",\n")
                    write(("\n" if first else ",\n") + body)
                    first = False
                warnings.extend(warning.to_dict() for warning in chunk.warnings)
        except GlossaryError as error:
            # An input that fails part-way still leaves a closed document, with the error in it.
            self._close(first, str(error), warnings)
            raise
        self._close(first, None, warnings)

    def _close(self, empty: bool, error: str | None, warnings: list[dict[str, Any]] | None = None) -> None:
        self.out.write("]" if empty else "\n]")
        if warnings:
            self.out.write(f', "warnings": {dumps(warnings)}')
        if error is not None:
            self.out.write(f', "error": {dumps(error)}')
        if self.compact:
            self.terms.extend(self.encoder.new_terms())
        if self.multiple:
            self.out.write("}")
        else:
            self._write_terms_and_close()
        self.documents += 1

    def failed(self, name: str, error: str) -> None:
        """An input that could not be read at all: listed with its error and no matches."""
        self._open(name)
        self._close(True, error)

    def end(self) -> None:
        if self.multiple:
            self.out.write("\n]")
            self._write_terms_and_close()

    def _write_terms_and_close(self) -> None:
        if self.compact:
            listed = ", ".join(f"{encode_basestring(term.id)}: {dumps(term.to_dict())}" for term in self.terms)
            self.out.write(f', "terms": {{{listed}}}')
            self.terms = []
        self.out.write("}\n")


class JsonLinesRenderer:
    """One JSON object per line: per input ``{"path", "matches"}``, or per input line with ``by_line``.

    Objects are written as their matches arrive, so one input (or one input
    line) of any size never sits in memory. With ``compact``, matches refer
    to terms by id, and the object that first refers to a term is followed by
    a line ``{"term": TERM}`` for it.
    """

    def __init__(self, *, out: TextIO, by_line: bool = False, compact: bool = False, **_options: Any) -> None:
        self.out = out
        self.by_line = by_line
        self.compact = compact
        self.encoder = _MatchEncoder(compact=compact)

    def begin(self) -> None:
        pass

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        if self.by_line:
            self._by_line(name, chunks)
            return
        write = self.out.write
        write(f'{{"path": {encode_basestring(name)}, "matches": [')
        first = True
        warnings: list[dict[str, Any]] = []
        try:
            for chunk in chunks:
                if chunk.matches:
                    body = self.encoder.encode_chunk(chunk)
                    write(body if first else ", " + body)
                    first = False
                warnings.extend(warning.to_dict() for warning in chunk.warnings)
        except GlossaryError as error:
            write(f"]{_warnings_field(warnings)}, \"error\": {dumps(str(error))}}}\n")
            self._write_new_terms()
            raise
        write(f"]{_warnings_field(warnings)}}}\n")
        self._write_new_terms()

    def _by_line(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        # A chunk is one line, or a piece of a line too long to hold at once
        # (annotate_source cuts those): the pieces of a line make one object.
        write = self.out.write
        path = encode_basestring(name)
        number = 0
        line_offset = 0
        open_line = False
        first = True
        warnings: list[dict[str, Any]] = []
        try:
            for chunk in chunks:
                if not open_line:
                    number += 1
                    line_offset = chunk.offset
                    write(f'{{"path": {path}, "line": {number}, "matches": [')
                    open_line, first = True, True
                if chunk.matches:
                    body = self.encoder.encode_chunk(chunk, line_offset)
                    write(body if first else ", " + body)
                    first = False
                warnings.extend(warning.to_dict(line_offset) for warning in chunk.warnings)
                if chunk.text.endswith(("\n", "\r")):
                    write(f"]{_warnings_field(warnings)}}}\n")
                    open_line, warnings = False, []
                    self._write_new_terms()
        except GlossaryError as error:
            if open_line:
                write(f"]{_warnings_field(warnings)}}}\n")
                self._write_new_terms()
            self.failed(name, str(error))
            raise
        if open_line:
            write(f"]{_warnings_field(warnings)}}}\n")
            self._write_new_terms()

    def _write_new_terms(self) -> None:
        for term in self.encoder.new_terms():
            self.out.write(f'{{"term": {dumps(term.to_dict())}}}\n')

    def failed(self, name: str, error: str) -> None:
        """An input that could not be read (or failed part-way): one line with its error."""
        self.out.write(dumps({"path": name, "matches": [], "error": error}) + "\n")

    def end(self) -> None:
        pass
