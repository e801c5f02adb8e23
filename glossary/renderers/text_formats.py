"""Plain-text formats: ``inline`` (glosses inserted) and ``markdown`` (glosses in the text plus a table).

Both gloss a term into the other language than the one it is written in
(``target="auto"``, the default), or into ``target`` ("en"/"vi") except where
the term is already written in that language. By default only the first
occurrence of a term (with the same gloss) in a document gets its gloss;
``every=True`` glosses each occurrence.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ..annotate import AnnotatedChunk
    from ..matcher import Match
from ..model import Term
from ..normalize import folded_key, name_key
from ..ordinals import has_leading_ordinal, strip_ordinal
from .escaping import markdown_cell, markdown_text, terminal_safe

__all__ = [
    "InlineRenderer",
    "MarkdownRenderer",
    "Glosser",
    "gloss_for",
    "match_language",
    "pieces",
    "text_language",
]

#: Share of words carrying Vietnamese diacritics (or đ) above which a text is taken to be Vietnamese.
VIETNAMESE_WORD_SHARE = 0.2
# Characters looked at to tell the language of a text.
_LANGUAGE_SAMPLE = 4000


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


def _is_vietnamese_word(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word)
    return any("\u0300" <= character <= "\u036f" or character in "đĐ" for character in decomposed)


def text_language(text: str) -> str:
    """"vi" when enough words of ``text`` carry Vietnamese diacritics, else "en"."""
    words = [word for word in text[:_LANGUAGE_SAMPLE].split() if any(character.isalpha() for character in word)]
    if not words:
        return "en"
    share = sum(1 for word in words if _is_vietnamese_word(word)) / len(words)
    return "vi" if share >= VIETNAMESE_WORD_SHARE else "en"


# Per term (by identity; the term is kept so the identity stays valid): its forms' languages.
_FORM_LANGUAGES: dict[int, tuple[Term, dict[str, str], dict[str, str]]] = {}
_FORM_LANGUAGES_LIMIT = 8192


def _form_languages(term: Term) -> tuple[dict[str, str], dict[str, str]]:
    cached = _FORM_LANGUAGES.get(id(term))
    if cached is not None and cached[0] is term:
        return cached[1], cached[2]
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for form in term.forms():
        if form.language is None:
            continue
        exact.setdefault(name_key(form.text), form.language)
        folded.setdefault(folded_key(form.text), form.language)
    for text in term.modifier_forms:  # English demonyms ("Lao"), before "Lào" folds into them
        exact.setdefault(name_key(text), "en")
    if len(_FORM_LANGUAGES) >= _FORM_LANGUAGES_LIMIT:
        _FORM_LANGUAGES.clear()
    _FORM_LANGUAGES[id(term)] = (term, exact, folded)
    return exact, folded


def match_language(match: Match, context: str) -> str:
    """The language a match is written in: the language of the form it matched, else of its context.

    Acronyms and numbered forms belong to no language: they take ``context``
    (the language of the surrounding text).
    """
    if match.method not in ("acronym", "defined"):
        exact, folded = _form_languages(match.term)
        if has_leading_ordinal(match.text):
            return "en"  # only English puts the number first: "12th Vietnam-India ...", "171st Brigade"
        # A name with its ordinal after it ("... lần thứ 12") is in the language of the name.
        name = match.text if match.ordinal is None else strip_ordinal(match.text)
        language = exact.get(name_key(name)) or folded.get(folded_key(name))
        if language:
            return language
        if _is_vietnamese_word(name):
            return "vi"
    return context


def gloss_for(match: Match, target: str, *, context: str = "vi") -> str | None:
    """What to add after a match, or None when the text already says it.

    ``target`` is "en", "vi", or "auto" (the other language than the match's).
    """
    written_in = match_language(match, context)
    if target == "auto":
        target = "en" if written_in == "vi" else "vi"
    elif written_in == target and match.method not in ("acronym", "defined"):
        return None  # a name already written in the target language
    gloss = match.gloss(target)
    if match.undecided:
        return match.shown_gloss(target)  # every sense, marked "?"
    return None if name_key(gloss) == name_key(match.text) else gloss


class Glosser:
    """Decides, document by document, which matches get a gloss and what it says."""

    def __init__(self, *, target: str = "auto", every: bool = False) -> None:
        self.target = target
        self.every = every
        self.seen: set[tuple[str, str]] = set()
        self.context: str | None = None

    def start_document(self) -> None:
        self.seen = set()
        self.context = None

    def start_chunk(self, text: str) -> None:
        if self.context is None or len(text) > 200:
            self.context = text_language(text)

    def gloss(self, match: Match) -> str | None:
        gloss = gloss_for(match, self.target, context=self.context or "vi")
        if gloss is None:
            return None
        key = (match.term.id, gloss)
        if not self.every:
            if key in self.seen:
                return None
            self.seen.add(key)
        return gloss


class InlineRenderer:
    """The text with glosses inserted: ``ADMM [ASEAN Defence Ministers' Meeting]``.

    With several inputs each one is headed by ``==> name <==`` (as ``head`` and
    ``tail`` do), separated by a blank line. The text is written exactly as read,
    except on a terminal, where control sequences are removed (they would drive
    the terminal); glosses never carry control characters.
    """

    def __init__(
        self, *, out: TextIO, target: str = "auto", every: bool = False, multiple: bool = False, **_options: Any
    ) -> None:
        self.out = out
        self.glosser = Glosser(target=target, every=every)
        self.multiple = multiple
        self.documents = 0
        self.ends_with_newline = True
        self.to_terminal = _is_terminal(out)

    def begin(self) -> None:
        pass

    def _write(self, text: str) -> None:
        if self.to_terminal:
            text = terminal_safe(text)
        if text:
            self.out.write(text)
            self.ends_with_newline = text.endswith("\n")

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        if self.multiple:
            if self.documents:
                self._write("\n" if self.ends_with_newline else "\n\n")
            self._write(f"==> {terminal_safe(name)} <==\n")
        self.documents += 1
        self.glosser.start_document()
        for chunk in chunks:
            self.glosser.start_chunk(chunk.text)
            for text, match in pieces(chunk):
                self._write(text)
                if match is not None and (gloss := self.glosser.gloss(match)):
                    self._write(f" [{terminal_safe(gloss)}]")

    def end(self) -> None:
        if self.multiple and not self.ends_with_newline:
            self.out.write("\n")


def _is_terminal(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError, OSError):
        return False


class MarkdownRenderer:
    """The text with terms in bold and their gloss in brackets after them, then a glossary table.

    The input's own Markdown and HTML characters are escaped, so a Markdown
    viewer shows the text as written.
    """

    def __init__(
        self, *, out: TextIO, target: str = "auto", every: bool = False, multiple: bool = False, **_options: Any
    ) -> None:
        self.out = out
        self.multiple = multiple
        self.glosser = Glosser(target=target, every=every)

    def begin(self) -> None:
        pass

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        if self.multiple:
            self.out.write(f"# {markdown_cell(name)}\n\n")
        found: dict[str, tuple[Term, int]] = {}
        self.glosser.start_document()
        at_line_start = True
        after_term = False
        for chunk in chunks:
            self.glosser.start_chunk(chunk.text)
            for text, match in pieces(chunk):
                escaped = markdown_text(text, at_line_start=at_line_start)
                at_line_start = text.endswith(("\n", "\r"))
                if match is None:
                    self.out.write(escaped)
                    if escaped:
                        after_term = False
                    continue
                # Two terms with nothing visible between them ("**A****B**" would not be bold):
                # an empty HTML comment keeps the delimiters apart and shows nothing.
                self.out.write(f"{'<!-- -->' if after_term else ''}**{escaped}**")
                after_term = True
                if gloss := self.glosser.gloss(match):
                    # Emphasis inside the brackets: the brackets keep the asterisks flanking whatever follows.
                    self.out.write(f" \\[*{markdown_text(gloss, at_line_start=False)}*\\]")
                    after_term = False
                term, count = found.get(match.term.id, (match.term, 0))
                found[match.term.id] = (term, count + 1)
        self.out.write("\n\n## Glossary\n\n")
        if not found:
            self.out.write("No terms found.\n\n")
            return
        self.out.write("| Vietnamese | English | Acronyms | Category | Occurrences |\n")
        self.out.write("|---|---|---|---|---:|\n")
        for term, count in found.values():
            cells = (term.vi, term.en, ", ".join(term.acronyms), term.category, str(count))
            self.out.write("| " + " | ".join(markdown_cell(cell) for cell in cells) + " |\n")
        self.out.write("\n")

    def end(self) -> None:
        pass
