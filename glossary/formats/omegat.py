"""OmegaT glossary: ``source<TAB>target<TAB>comment``, UTF-8, with OmegaT's coding line (export only).

Every written source form (preferred name, variants, acronyms) is a line with the preferred target
name; OmegaT accepts several lines for one source, so ambiguous forms keep a line per sense. The
comment holds the entry id, the form's status when it is not preferred, and the note (tabs and line
breaks become spaces: a line is one entry).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Term
from . import ExportOptions, Exported
from ._common import one_line, pairs

NAME = "omegat"
EXTENSIONS = (".utf8", ".txt")
MEDIA_TYPE = "text/tab-separated-values"
DESCRIPTION = "OmegaT glossary (source, target, comment; UTF-8)"
HEADER = "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"


def export(terms: Sequence[Term], options: ExportOptions) -> Exported:
    lines = [HEADER]
    for pair in pairs(terms, options.source, options.target):
        comment = [f"[{pair.term.id}]"]
        if pair.status != "preferred":
            comment.append(f"{pair.kind}, {pair.status}.")
        if pair.term.note:
            comment.append(pair.term.note)
        lines.append(f"{one_line(pair.source)}\t{one_line(pair.target)}\t{one_line(' '.join(comment))}\n")
    return Exported("".join(lines).encode("utf-8"))
