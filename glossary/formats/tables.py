"""Full tables, one row per entry and one column per field: CSV, TSV and XLSX (export and import).

Multi-valued fields (acronyms, variants, numbered_forms, ambiguous_forms, context_cues, default_for, sources)
hold their values joined with `` | ``; a ``|`` or ``\\`` inside a value is escaped with a backslash.
``form_status`` holds the forms written with a status or usage note as a JSON object, the same
shape as the JSON contract's ``form_status``. With safe cells (the default for CSV and XLSX), a cell
that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so that
spreadsheets show it as text instead of running it as a formula; a cell that starts with ``'`` gets
one more; import removes that one quote again.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from ..model import FormUsage, Term
from . import ExportOptions, Exported, FormatError, Parsed, require

COLUMNS = (
    "id",
    "category",
    "vi",
    "en",
    "acronyms",
    "variants_vi",
    "variants_en",
    "form_status",
    "series",
    "numbered_forms",
    "modifier_forms",
    "takes_number",
    "domestic",
    "provincial",
    "ambiguous_forms",
    "context_cues",
    "default_for",
    "note",
    "sources",
)
SEPARATOR = " | "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def join(values: Sequence[str]) -> str:
    return SEPARATOR.join(value.replace("\\", "\\\\").replace("|", "\\|") for value in values)


def split(cell: str) -> list[str]:
    """Undo :func:`join`: split on unescaped ``" | "``, then unescape."""
    values, current, index = [], [], 0
    while index < len(cell):
        char = cell[index]
        if char == "\\" and index + 1 < len(cell):
            current.append(cell[index + 1])
            index += 2
            continue
        if cell.startswith(SEPARATOR, index):
            values.append("".join(current))
            current = []
            index += len(SEPARATOR)
            continue
        current.append(char)
        index += 1
    values.append("".join(current))
    return [value for value in values if value]


def escape_cell(value: str) -> str:
    """A leading ``'`` before a formula-like cell, and before a cell that starts with ``'`` (so that import can undo it)."""
    return "'" + value if value.startswith((*_FORMULA_START, "'")) else value


def unescape_cell(value: str) -> str:
    """Undo :func:`escape_cell` (a table written without safe cells reads the same, unless a cell starts with ``'=``)."""
    return value[1:] if value.startswith("'") and value[1:].startswith((*_FORMULA_START, "'")) else value


def row(term: Term) -> dict[str, str]:
    """One entry as a table row (every field, as text)."""
    series = term.series and not term.numbered_forms
    return {
        "id": term.id,
        "category": term.category,
        "vi": term.vi,
        "en": term.en,
        "acronyms": join(term.acronyms),
        "variants_vi": join(term.variants.get("vi", ())),
        "variants_en": join(term.variants.get("en", ())),
        "form_status": json.dumps(
            {form: usage.to_dict() for form, usage in term.form_usage.items()}, ensure_ascii=False
        )
        if term.form_usage
        else "",
        "series": "true" if series else "",
        "numbered_forms": join(term.numbered_forms),
        "modifier_forms": join(term.modifier_forms),
        "takes_number": "true" if term.takes_number else "",
        "domestic": "true" if term.domestic else "",
        "provincial": term.provincial or "",
        "ambiguous_forms": join(term.ambiguous_forms),
        "context_cues": join(term.context_cues),
        "default_for": join(term.default_for),
        "note": term.note or "",
        "sources": join(term.sources),
    }


def _flag(values: dict[str, str], column: str, label: str) -> bool:
    flag = values.get(column, "").strip().lower()
    if flag not in ("", "true", "false"):
        raise ValueError(f"{label}: {column} must be true, false or empty, not {values[column]!r}")
    return flag == "true"


def _term(values: dict[str, str], label: str) -> Term:
    missing = [column for column in ("id", "category", "vi", "en", "sources") if not values.get(column)]
    if missing:
        raise ValueError(f"{label}: empty {', '.join(missing)}")
    usage: dict[str, FormUsage] = {}
    if values.get("form_status"):
        try:
            raw = json.loads(values["form_status"])
            usage = {form: FormUsage(item["status"], item.get("usage")) for form, item in raw.items()}
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ValueError(f"{label}: form_status is not a JSON object of {{status, usage}}") from None
    variants = {language: tuple(split(values.get(f"variants_{language}", ""))) for language in ("vi", "en")}
    numbered = tuple(split(values.get("numbered_forms", "")))
    series = _flag(values, "series", label)
    return Term(
        id=values["id"],
        category=values["category"],
        vi=values["vi"],
        en=values["en"],
        acronyms=tuple(split(values.get("acronyms", ""))),
        variants={language: forms for language, forms in variants.items() if forms},
        series=series or bool(numbered),
        numbered_forms=numbered,
        modifier_forms=tuple(split(values.get("modifier_forms", ""))),
        takes_number=_flag(values, "takes_number", label),
        domestic=_flag(values, "domestic", label),
        provincial=values.get("provincial") or None,
        ambiguous_forms=tuple(split(values.get("ambiguous_forms", ""))),
        context_cues=tuple(split(values.get("context_cues", ""))),
        default_for=tuple(split(values.get("default_for", ""))),
        form_usage=usage,
        note=values.get("note") or None,
        sources=tuple(split(values["sources"])),
    )


def _rows_to_terms(rows: list[list[str]], name: str) -> Parsed:
    parsed = Parsed()
    if not rows:
        return parsed
    header = [cell.strip() for cell in rows[0]]
    unknown = [column for column in header if column and column not in COLUMNS]
    missing = [column for column in ("id", "category", "vi", "en", "sources") if column not in header]
    if missing:
        raise FormatError(f"{name}: the header row lacks {', '.join(missing)} (columns: {', '.join(COLUMNS)})")
    if unknown:
        raise FormatError(f"{name}: unknown columns {', '.join(unknown)} (columns: {', '.join(COLUMNS)})")
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        values = {column: unescape_cell(cell) for column, cell in zip(header, cells) if column}
        label = f"{name}: row {number}" + (f" [{values['id']}]" if values.get("id") else "")
        try:
            parsed.terms.append(_term(values, label))
        except ValueError as error:
            parsed.skipped.append(str(error))
    return parsed


@dataclass(frozen=True)
class _Delimited:
    delimiter: str
    safe_by_default: bool

    def export(self, terms: Sequence[Term], options: ExportOptions) -> Exported:
        safe = self.safe_by_default if options.safe_cells is None else options.safe_cells
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=self.delimiter, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for term in terms:
            values = row(term)
            writer.writerow([escape_cell(values[c]) if safe else values[c] for c in COLUMNS])
        return Exported(buffer.getvalue().encode("utf-8"))

    def parse(self, data: bytes, *, name: str = "<input>") -> Parsed:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise FormatError(f"{name}: not UTF-8 (byte {error.start}); save it as UTF-8") from None
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter))
        except csv.Error as error:
            raise FormatError(f"{name}: malformed table: {error}") from None
        return _rows_to_terms(rows, name)


def _xlsx_export(terms: Sequence[Term], options: ExportOptions) -> Exported:
    openpyxl = require("openpyxl")
    safe = True if options.safe_cells is None else options.safe_cells
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "terms"
    sheet.append(list(COLUMNS))
    warnings = []
    illegal = openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE
    for term in terms:
        values = row(term)
        if any(illegal.search(value) for value in values.values()):
            warnings.append(f"[{term.id}] control characters XLSX cannot hold were replaced by U+FFFD")
            values = {column: illegal.sub("\ufffd", value) for column, value in values.items()}
        sheet.append([escape_cell(values[c]) if safe else values[c] for c in COLUMNS])
        if not safe:
            # openpyxl reads a string starting with "=" as a formula: keep it text.
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return Exported(buffer.getvalue(), warnings)


def _xlsx_parse(data: bytes, *, name: str = "<input>") -> Parsed:
    openpyxl = require("openpyxl")
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds (zipfile, KeyError, InvalidFileException)
        raise FormatError(f"{name}: not a readable XLSX workbook: {error}") from None
    sheet = workbook["terms"] if "terms" in workbook.sheetnames else workbook.worksheets[0]
    rows = [["" if value is None else str(value) for value in cells] for cells in sheet.iter_rows(values_only=True)]
    workbook.close()
    return _rows_to_terms(rows, name)


def _namespace(**fields: Any) -> SimpleNamespace:
    return SimpleNamespace(**fields)


_csv = _Delimited(",", safe_by_default=True)
_tsv = _Delimited("\t", safe_by_default=False)

CSV = _namespace(
    NAME="csv",
    EXTENSIONS=(".csv",),
    MEDIA_TYPE="text/csv",
    DESCRIPTION="every field, one row per entry (UTF-8, RFC 4180), for spreadsheets and scripts",
    export=_csv.export,
    parse=_csv.parse,
)
TSV = _namespace(
    NAME="tsv",
    EXTENSIONS=(".tsv", ".tab"),
    MEDIA_TYPE="text/tab-separated-values",
    DESCRIPTION="every field, one row per entry, tab-separated (UTF-8)",
    export=_tsv.export,
    parse=_tsv.parse,
)
XLSX = _namespace(
    NAME="xlsx",
    EXTENSIONS=(".xlsx",),
    MEDIA_TYPE="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    DESCRIPTION="every field, one row per entry, one sheet named 'terms' (Excel, LibreOffice)",
    export=_xlsx_export,
    parse=_xlsx_parse,
)
