"""Plain-text formats: ``inline`` (glosses inserted) and ``markdown`` (text plus a glossary table)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ..annotate import AnnotatedChunk
    from ..matcher import Match
from ..model import Term
from ..normalize import name_key


def pieces(chunk: AnnotatedChunk) -> Iterator[tuple[str, Match | None]]:
    """The chunk's text cut into plain runs (``None``) and matched runs, in order."""
    position = 0
    for match in chunk.matches:
        start, end = match.start - chunk.offset, match.end - chunk.offset
        if start < position:
            continue  # nested match (overlaps mode): the outer one is shown
        if start > position:
            yield chunk.text[position:start], None
        yield chunk.text[start:end], match
        position = end
    if position < len(chunk.text):
        yield chunk.text[position:], None


def gloss_for(match: Match, target: str) -> str | None:
    """What to insert after a match, or None when the text already says it."""
    gloss = match.gloss(target)
    return None if name_key(gloss) == name_key(match.text) else gloss


class InlineRenderer:
    """The text with glosses inserted: ``ADMM [ASEAN Defence Ministers' Meeting]``."""

    def __init__(self, *, out: TextIO, target: str = "en", **_options: Any) -> None:
        self.out = out
        self.target = target

    def begin(self) -> None:
        pass

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        for chunk in chunks:
            for text, match in pieces(chunk):
                self.out.write(text)
                if match is not None and (gloss := gloss_for(match, self.target)):
                    self.out.write(f" [{gloss}]")

    def end(self) -> None:
        pass


def _markdown_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class MarkdownRenderer:
    """The text with terms in bold, then a glossary table of the terms found."""

    def __init__(self, *, out: TextIO, multiple: bool = False, **_options: Any) -> None:
        self.out = out
        self.multiple = multiple

    def begin(self) -> None:
        pass

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        if self.multiple:
            self.out.write(f"# {name}\n\n")
        found: dict[str, tuple[Term, int]] = {}
        for chunk in chunks:
            for text, match in pieces(chunk):
                if match is None:
                    self.out.write(text)
                    continue
                self.out.write(f"**{text}**")
                term, count = found.get(match.term.id, (match.term, 0))
                found[match.term.id] = (term, count + 1)
        self.out.write("\n\n## Glossary\n\n")
        if not found:
            self.out.write("No terms found.\n\n")
            return
        self.out.write("| Vietnamese | English | Acronyms | Category | Occurrences |\n")
        self.out.write("|---|---|---|---|---|\n")
        for term, count in found.values():
            cells = (term.vi, term.en, ", ".join(term.acronyms), term.category, str(count))
            self.out.write("| " + " | ".join(_markdown_cell(cell) for cell in cells) + " |\n")
        self.out.write("\n")

    def end(self) -> None:
        pass
