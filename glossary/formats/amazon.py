"""Amazon Translate custom terminology, CSV (export only).

A header row of language codes (``vi,en``: source, then target), then one row per written source
form (name, variants, acronyms) with the preferred target name. A source shared by entries with
different targets is left out (Amazon takes one target per source, case-insensitively); a term
over Amazon's 200-byte limit (UTF-8) is kept and warned about.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ..model import Term
from . import ExportOptions, Exported
from ._common import one_line, pairs, unique_sources

NAME = "amazon"
EXTENSIONS = (".csv",)
MEDIA_TYPE = "text/csv"
DESCRIPTION = "Amazon Translate custom terminology (CSV with a vi,en header)"
#: Amazon Translate's documented limit on one term, in UTF-8 bytes.
MAX_TERM_BYTES = 200


def export(terms: Sequence[Term], options: ExportOptions) -> Exported:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([options.source, options.target])
    kept, warnings = unique_sources(pairs(terms, options.source, options.target), fold_case=True)
    for pair in kept:
        source, target = one_line(pair.source), one_line(pair.target)
        for text in (source, target):
            size = len(text.encode("utf-8"))
            if size > MAX_TERM_BYTES:
                warnings.append(f"[{pair.term.id}] {text[:40]!r}... is {size} bytes, over Amazon's {MAX_TERM_BYTES}-byte term limit")
        writer.writerow([source, target])
    return Exported(buffer.getvalue().encode("utf-8"), list(dict.fromkeys(warnings)))
