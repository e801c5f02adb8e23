"""DeepL glossary entries, TSV: ``source<TAB>target``, no header, one target per source (export only).

DeepL rejects a glossary with a duplicate source, a control character, or an entry over 1,024
bytes (UTF-8). Every written source form (preferred name, variants, acronyms) becomes a line
mapping to the preferred target name; a source that entries share with different targets
(an ambiguous form) is left out and listed in the warnings.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Term
from . import ExportOptions, Exported
from ._common import one_line, pairs, unique_sources

NAME = "deepl"
EXTENSIONS = (".tsv",)
MEDIA_TYPE = "text/tab-separated-values"
DESCRIPTION = "DeepL glossary entries (TSV: source, target; one target per source)"
#: DeepL's limit on one entry (source, tab and target), in UTF-8 bytes.
MAX_ENTRY_BYTES = 1024


def export(terms: Sequence[Term], options: ExportOptions) -> Exported:
    cleaned = [
        pair.__class__(one_line(pair.source), one_line(pair.target), pair.term, pair.kind, pair.status)
        for pair in pairs(terms, options.source, options.target)
    ]
    kept, warnings = unique_sources([pair for pair in cleaned if pair.source and pair.target])
    lines = []
    for pair in kept:
        line = f"{pair.source}\t{pair.target}"
        if len(line.encode("utf-8")) > MAX_ENTRY_BYTES:
            warnings.append(f"left out {pair.source[:40]!r}... [{pair.term.id}]: over DeepL's {MAX_ENTRY_BYTES}-byte entry limit")
            continue
        lines.append(line + "\n")
    return Exported("".join(lines).encode("utf-8"), warnings)
