"""Google Cloud Translation glossary, CSV (export only).

By default the *equivalent term sets* form: a header row of language codes (``vi,en``), then one
concept per row with its preferred names. With ``--unidirectional``, the two-column *unidirectional*
form without a header: every written source form (name, variants, acronyms) -> the preferred target
name, a source shared by entries with different targets left out and listed in the warnings.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ..model import Term
from . import ExportOptions, Exported
from ._common import one_line, pairs, unique_sources

NAME = "google"
EXTENSIONS = (".csv",)
MEDIA_TYPE = "text/csv"
DESCRIPTION = "Google Cloud Translation glossary (equivalent term sets CSV; --unidirectional: two columns)"


def export(terms: Sequence[Term], options: ExportOptions) -> Exported:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    warnings: list[str] = []
    if options.unidirectional:
        kept, warnings = unique_sources(
            [pair for pair in pairs(terms, options.source, options.target)]
        )
        for pair in kept:
            writer.writerow([one_line(pair.source), one_line(pair.target)])
    else:
        writer.writerow([options.source, options.target])
        for term in terms:
            writer.writerow([one_line(term.name(options.source)), one_line(term.name(options.target))])
    return Exported(buffer.getvalue().encode("utf-8"), warnings)
