"""A standalone HTML page: highlighted terms with a hover card (Vietnamese, English, acronyms, category)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ..annotate import AnnotatedChunk
from ..model import CATEGORIES
from .text_formats import pieces

# One hue per category; the legend and the highlights share it.
CATEGORY_COLOURS = {
    "mechanism": "#cfe8ff",
    "meeting": "#d9f2d9",
    "rank": "#ffe0b3",
    "title": "#ffd6e7",
    "institution": "#e6dcff",
    "organisation": "#d6f5f5",
    "document": "#fff3b0",
    "concept": "#e8e8e8",
    "country": "#f5dcc8",
    "initiative": "#dff0c0",
}

_STYLE = """
body { font: 16px/1.6 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
.text { white-space: pre-wrap; }
.term { position: relative; border-radius: 3px; padding: 0 1px; cursor: help; }
.term .card { display: none; position: absolute; left: 0; top: 1.6em; z-index: 10; min-width: 18rem;
  background: #fff; border: 1px solid #999; border-radius: 4px; padding: .5rem .75rem;
  box-shadow: 0 2px 8px rgba(0,0,0,.2); font-size: 14px; white-space: normal; }
.term:hover .card, .term:focus .card { display: block; }
.card dt { font-weight: 600; float: left; clear: left; width: 6.5rem; }
.card dd { margin-left: 7rem; }
.legend span { display: inline-block; margin: 0 .5rem .25rem 0; padding: 0 .4rem; border-radius: 3px; }
"""


class HtmlRenderer:
    """A standalone, self-contained page (no scripts, no external resources)."""

    def __init__(self, *, out: TextIO, target: str = "en", **_options: Any) -> None:
        self.out = out
        self.target = target

    def begin(self) -> None:
        colours = "".join(f".cat-{name} {{ background: {colour}; }}\n" for name, colour in CATEGORY_COLOURS.items())
        legend = "".join(f'<span class="cat-{name}">{name}</span>' for name in CATEGORIES)
        self.out.write(
            '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
            "<title>glossary annotation</title>\n"
            f"<style>{_STYLE}{colours}</style>\n</head>\n<body>\n"
            f'<p class="legend">{legend}</p>\n'
        )

    def document(self, name: str, chunks: Iterable[AnnotatedChunk]) -> None:
        self.out.write(f'<section>\n<h2>{escape(name)}</h2>\n<div class="text">')
        for chunk in chunks:
            for text, match in pieces(chunk):
                if match is None:
                    self.out.write(escape(text))
                    continue
                term = match.term
                rows = [
                    ("Vietnamese", match.gloss("vi")),
                    ("English", match.gloss("en")),
                    ("Acronyms", ", ".join(term.acronyms)),
                    ("Category", term.category),
                    ("Match", f"{match.method}, {match.score:g}"),
                ]
                card = "".join(f"<dt>{label}</dt><dd>{escape(value)}</dd>" for label, value in rows if value)
                self.out.write(
                    f'<span class="term cat-{term.category}" tabindex="0" data-term="{escape(term.id)}"'
                    f' title="{escape(match.gloss(self.target))}">{escape(text)}'
                    f'<span class="card" role="tooltip"><dl>{card}</dl></span></span>'
                )
        self.out.write("</div>\n</section>\n")

    def end(self) -> None:
        self.out.write("</body>\n</html>\n")
