"""A standalone HTML page: highlighted terms, each with a card (names, acronyms, other forms, note).

The page has no external resources. It works on a phone (viewport meta; on a
narrow screen the card is docked to the bottom of the window), opens a card on
hover and on keyboard focus (Tab), keeps each card inside the window (a few
lines of inline script; without scripts the CSS placement still works),
prints with the glosses in brackets instead of cards, and sets ``lang`` on each
text from its content. Each document ends with a table of its terms and
counts; several documents get a table of contents. Every string from the input
or the term base is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, TextIO

from ..model import CATEGORIES, Term
from .escaping import html_text
from .terminal import CATEGORY_BACKGROUNDS
from .text_formats import Glosser, gloss_for, match_language, pieces, text_language

if TYPE_CHECKING:  # only for type hints: importing the matcher would slow start-up
    from ..annotate import AnnotatedChunk
    from ..matcher import Match

__all__ = ["CATEGORY_COLOURS", "HtmlRenderer"]

# One pale hue per category, shared with the terminal; text on it is near-black
# (contrast ratio above 12:1 for every hue).
CATEGORY_COLOURS = dict(CATEGORY_BACKGROUNDS)

_STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 17px/1.65 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff;
  max-width: 50rem; margin: 0 auto; padding: 1rem 1rem 4rem; }
h1 { font-size: 1.5rem; line-height: 1.3; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; overflow-wrap: anywhere; }
.legend { font-size: 14px; margin: 0 0 1rem; }
.legend span { display: inline-block; margin: 0 .35rem .35rem 0; padding: 0 .45rem; border-radius: 3px; color: #000; }
.text { white-space: pre-wrap; overflow-wrap: break-word; }
.term { position: relative; border-radius: 3px; padding: 0 1px; color: #000; cursor: help;
  text-decoration: underline dotted #555; text-underline-offset: 3px; }
.term:focus { outline: 3px solid #1a56db; outline-offset: 1px; }
.card { display: none; position: absolute; left: 0; top: 100%; z-index: 10; overflow: auto;
  width: max-content; max-width: min(28rem, calc(100vw - 1rem)); white-space: normal; text-align: left;
  background: #fff; color: #1a1a1a; border: 1px solid #767676; border-radius: 6px; padding: .6rem .8rem;
  box-shadow: 0 4px 14px rgba(0,0,0,.25); font-size: 15px; line-height: 1.45; font-weight: normal; }
.card.above { top: auto; bottom: 100%; }
.term:hover .card, .term:focus .card, .term:focus-within .card { display: block; }
.term.dismissed .card { display: none !important; }
.card .gloss { display: block; font-weight: 600; font-size: 16px; margin-bottom: .3rem; }
.card dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: .15rem .6rem; }
.card dt { color: #4a4a4a; }
.card dd { margin: 0; overflow-wrap: anywhere; }
nav ol { padding-left: 1.5rem; }
table.summary { border-collapse: collapse; margin: 1rem 0; font-size: 15px; width: 100%; }
table.summary th, table.summary td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top;
  overflow-wrap: break-word; }
table.summary .count { text-align: right; white-space: nowrap; }
table.summary .category span { padding: 0 .3rem; border-radius: 3px; color: #000; }
@media (max-width: 600px) {
  body { font-size: 16px; padding: .75rem .75rem 50vh; }
  .term:hover .card, .term:focus .card, .term:focus-within .card { position: fixed; left: .5rem; right: .5rem;
    top: auto; bottom: .5rem; width: auto; max-width: none; max-height: 45vh; overflow: auto; }
  table.summary { font-size: 14px; }
  table.summary .acronyms, table.summary .category { display: none; }
}
@media print {
  body { max-width: none; padding: 0; }
  .legend, nav, .card { display: none !important; }
  .term { background: none !important; text-decoration: underline; }
  .term[data-gloss]::after { content: " [" attr(data-gloss) "]"; font-style: italic; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
}
"""

# Keeps an open card inside the window: shift it left at the right edge, open it
# above the term near the bottom. Phones use the docked card of the CSS above.
_SCRIPT = """
(function () {
  function place(term) {
    var card = term.querySelector('.card');
    if (!card || window.matchMedia('(max-width: 600px)').matches) return;
    card.style.left = '0px';
    card.style.maxHeight = '';
    card.classList.remove('above');
    card.style.display = 'block';
    var width = document.documentElement.clientWidth, height = document.documentElement.clientHeight;
    var box = card.getBoundingClientRect(), shift = 0;
    if (box.right > width - 8) shift = width - 8 - box.right;
    if (box.left + shift < 8) shift = 8 - box.left;
    card.style.left = shift + 'px';
    var around = term.getBoundingClientRect();
    var below = height - around.bottom - 8, above = around.top - 8;
    if (box.height > below) {
      if (above > below) card.classList.add('above');
      card.style.maxHeight = Math.max(Math.min(box.height, Math.max(above, below)), 60) + 'px';
    }
    card.style.display = '';
  }
  function onEvent(event) {
    var term = event.target.closest && event.target.closest('.term');
    if (term) place(term);
  }
  document.addEventListener('mouseover', onEvent);
  document.addEventListener('focusin', onEvent);
  // Escape closes an open card (WCAG 1.4.13: dismissible without moving the pointer or focus).
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('.term:hover, .term:focus').forEach(function (term) { term.classList.add('dismissed'); });
  });
  function restore(event) {
    var term = event.target.closest && event.target.closest('.term');
    if (term) term.classList.remove('dismissed');
  }
  document.addEventListener('mouseout', restore);
  document.addEventListener('focusout', restore);
})();
"""


def _page_title(names: Sequence[str]) -> str:
    shown = ["standard input" if name == "-" else PurePath(name).name or name for name in names]
    if not shown:
        return "Annotated text"
    if len(shown) == 1:
        return shown[0]
    return f"{shown[0]} and {len(shown) - 1} more"


class HtmlRenderer:
    """A standalone page; ``names`` (the inputs, in order) gives the title and the table of contents."""

    def __init__(
        self,
        *,
        out: TextIO,
        target: str = "auto",
        every: bool = False,
        names: Sequence[str] | None = None,
        **_options: Any,
    ) -> None:
        self.out = out
        self.target = target
        self.names = list(names or [])
        self.documents = 0
        self.cards = 0
        # The glosses printed after terms (print style): first occurrences unless ``every``.
        self.glosser = Glosser(target=target, every=every)

    def begin(self) -> None:
        colours = "".join(f".cat-{name} {{ background: {colour}; }}\n" for name, colour in CATEGORY_COLOURS.items())
        legend = "".join(f'<span class="cat-{name}">{name}</span>' for name in CATEGORIES)
        title = _page_title(self.names)
        self.out.write(
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html_text(title)} · glossary</title>\n"
            f"<style>{_STYLE}{colours}</style>\n</head>\n<body>\n<main>\n"
            f"<h1>{html_text(title)}</h1>\n"
            f'<p class="legend" aria-label="Categories">{legend}</p>\n'
        )
        if len(self.names) > 1:
            items = "".join(
                f'<li><a href="#doc-{number}">{html_text(name)}</a></li>'
                for number, name in enumerate(self.names, start=1)
            )
            self.out.write(f'<nav aria-label="Files"><h2>Files</h2><ol>{items}</ol></nav>\n')

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        self.documents += 1
        number = self.documents
        iterator: Iterator[AnnotatedChunk] = iter(chunks)
        first = next(iterator, None)
        language = text_language(first.text) if first is not None else "en"
        self.glosser.start_document()
        self.out.write(f'<section id="doc-{number}" aria-labelledby="doc-{number}-title">\n')
        if len(self.names) != 1 or number > 1:
            self.out.write(f'<h2 id="doc-{number}-title">{html_text(name)}</h2>\n')
        else:
            self.out.write(f'<h2 id="doc-{number}-title" hidden>{html_text(name)}</h2>\n')
        self.out.write(f'<div class="text" lang="{language}">')
        found: dict[str, tuple[Term, int]] = {}
        for chunk in chain([first] if first is not None else [], iterator):
            self.glosser.start_chunk(chunk.text)
            context = self.glosser.context or language
            for text, match in pieces(chunk):
                if match is None:
                    self.out.write(html_text(text, quote=False))
                    continue
                self.out.write(self._term(text, match, context))
                term, count = found.get(match.term.id, (match.term, 0))
                found[match.term.id] = (term, count + 1)
        self.out.write("</div>\n")
        self._summary(found)
        self.out.write("</section>\n")

    def _term(self, text: str, match: Match, context: str) -> str:
        self.cards += 1
        term = match.term
        gloss = self.glosser.gloss(match)
        written_in = match_language(match, context)
        other = "en" if written_in == "vi" else "vi"
        heading = gloss or gloss_for(match, self.target, context=context) or match.gloss(other)
        usage = getattr(term, "form_usage", {})
        deprecated = [form for form, declared in usage.items() if declared.status == "deprecated"]
        others = [
            form for form in chain(term.variants.get("vi", ()), term.variants.get("en", ())) if form not in deprecated
        ]
        found = f"{match.method}, score {match.score:g}"
        if match.decided_by is not None:
            found += f", sense decided by {match.decided_by}" if not match.undecided else ", sense undecided"
        if match.definition is not None:
            found += f"; defined in the text as {match.definition.long} ({match.definition.short})"
        rows = [
            ("Vietnamese", match.shown_gloss("vi"), "vi"),
            ("English", match.shown_gloss("en"), "en"),
            ("Acronyms", ", ".join(term.acronyms), None),
            ("Also", "; ".join(others), None),
            ("Avoid", "; ".join(deprecated), None),
            ("Category", term.category, None),
            ("Note", term.note or "", None),
            ("Other senses", "; ".join(f"{a.term.en} = {a.term.vi} (cues {a.evidence:g})" for a in match.alternatives), None),
            ("Found", found, None),
        ]
        details = "".join(
            f"<dt>{label}</dt><dd{f' lang={chr(34)}{lang}{chr(34)}' if lang else ''}>{html_text(value, quote=False)}</dd>"
            for label, value, lang in rows
            if value
        )
        card_id = f"card-{self.cards}"
        gloss_attribute = f' data-gloss="{html_text(gloss)}"' if gloss else ""
        return (
            f'<span class="term cat-{html_text(term.category)}" tabindex="0" data-term="{html_text(term.id)}"'
            f'{gloss_attribute} aria-describedby="{card_id}">{html_text(text, quote=False)}'
            f'<span class="card" role="tooltip" id="{card_id}">'
            f'<span class="gloss" lang="{other}">{html_text(heading, quote=False)}</span>'
            f"<dl>{details}</dl></span></span>"
        )

    def _summary(self, found: dict[str, tuple[Term, int]]) -> None:
        if not found:
            self.out.write("<p>No terms found.</p>\n")
            return
        self.out.write(
            '<table class="summary"><caption hidden>Terms in this text</caption><thead><tr>'
            '<th scope="col">Vietnamese</th><th scope="col">English</th><th scope="col" class="acronyms">Acronyms</th>'
            '<th scope="col" class="category">Category</th><th scope="col" class="count">Count</th></tr></thead><tbody>\n'
        )
        for term, count in sorted(found.values(), key=lambda item: -item[1]):
            self.out.write(
                f'<tr><td lang="vi">{html_text(term.vi)}</td><td lang="en">{html_text(term.en)}</td>'
                f'<td class="acronyms">{html_text(", ".join(term.acronyms))}</td>'
                f'<td class="category"><span class="cat-{html_text(term.category)}">{html_text(term.category)}</span></td>'
                f'<td class="count">{count}</td></tr>\n'
            )
        self.out.write("</tbody></table>\n")

    def end(self) -> None:
        self.out.write(f"</main>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n")
