"""Showing untrusted text literally: input text and term-base strings in every output format.

Texts come from scraped pages and pasted documents, term bases from many hands;
neither may drive the reader's terminal, browser or Markdown viewer.

* :func:`terminal_safe` removes terminal control sequences (ANSI CSI, OSC such
  as "set window title" or hyperlinks, other ESC sequences) and control
  characters, keeping line breaks and tabs. Rich markup is never interpreted
  because the terminal renderer only ever hands rich :class:`rich.text.Text`
  objects, never markup strings.
* :func:`markdown_text` escapes every character Markdown or HTML would act on,
  so that a Markdown viewer shows the text as written.
* :func:`markdown_cell` does the same inside a table cell (``|`` and line breaks too).
"""

from __future__ import annotations

import html
import re

__all__ = ["html_text", "markdown_cell", "markdown_text", "terminal_safe"]

# ESC-introduced sequences: CSI (colours, cursor moves), OSC/DCS/APC/PM/SOS strings
# (window title, hyperlinks, clipboard) up to their terminator, and two-byte escapes.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC, DCS, SOS, PM, APC
    r"|\x1b[ -/]*[0-~]?"  # any other escape
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|[\x90\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x9c|\x1b\\)?"  # 8-bit OSC, DCS, PM, APC
)
# Control characters other than tab and line feed (C0, DEL, C1), and a carriage
# return that is not part of a CRLF (it would let a line overwrite itself).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")


def terminal_safe(text: str) -> str:
    """``text`` without terminal escape sequences and control characters (tab and line breaks kept)."""
    if not _needs_cleaning(text):
        return text
    return _CONTROL.sub(_replace_control, _ESCAPE_SEQUENCE.sub("", text))


def _needs_cleaning(text: str) -> bool:
    return _CONTROL.search(text) is not None


def _replace_control(match: re.Match[str]) -> str:
    return "\n" if match.group() == "\r" else ""


# Characters with a meaning in CommonMark (emphasis, code, links, headings, lists,
# quotes, tables, HTML, entities, hard breaks). Escaping them all is always safe:
# CommonMark defines a backslash before any ASCII punctuation as the literal character.
_MARKDOWN_MINIMAL = re.compile(r"([\\`*_\[\]<>&|~#!])")


def markdown_text(text: str, *, at_line_start: bool = True) -> str:
    """``text`` escaped so that a Markdown (CommonMark/GFM) viewer shows it as written.

    Emphasis, code, links, raw HTML, entities and tables are escaped anywhere;
    characters that only act at the start of a line (headings, lists, quotes,
    numbered lists, thematic breaks) are escaped there, and indentation (a code
    block) becomes no-break spaces. ``at_line_start=False`` says that ``text``
    continues a line, so its first line is not a line start. Control characters are removed.
    """
    text = _CONTROL.sub(_replace_control, _ESCAPE_SEQUENCE.sub("", text))
    if not at_line_start:
        head, newline, rest = text.partition("\n")
        return _MARKDOWN_MINIMAL.sub(r"\\\1", head) + (newline + markdown_text(rest) if newline else "")
    escaped = _MARKDOWN_MINIMAL.sub(r"\\\1", text)
    # Indentation would make a code block: no-break spaces look the same and indent nothing.
    escaped = _INDENT.sub(lambda match: "\u00a0" * len(match.group().expandtabs(4)), escaped)
    return _LINE_START.sub(_escape_line_start, escaped)


_INDENT = re.compile(r"(?m)^[ \t]+")


# At the start of a line (after the no-break spaces that replaced its indentation):
# "- ", "+ ", "= " (lists, setext headings, breaks) and "1. ", "1) " (numbered lists).
_LINE_START = re.compile(r"(?m)^(\u00a0*)([>+=\-]|\d{1,9}(?=[.)]))")


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker.isdigit():
        return f"{indent}{marker}\\"  # "1." -> "1\." (the dot is escaped by the next character)
    return f"{indent}\\{marker}"


def markdown_cell(text: str) -> str:
    """``text`` for a GFM table cell: escaped, on one line, ``|`` escaped."""
    return markdown_text(text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")).replace("\n", " ")


# Control characters an HTML page has no use for (tab and line breaks kept).
_HTML_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def html_text(text: str, *, quote: bool = True) -> str:
    """``text`` escaped for HTML text or a quoted attribute, control characters removed."""
    return html.escape(_HTML_CONTROL.sub("", text), quote=quote)
