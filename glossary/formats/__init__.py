"""Terminology exchange formats: one small module per format, and this registry.

Every format module declares ``NAME``, ``EXTENSIONS`` (the first is the default), ``MEDIA_TYPE``,
``DESCRIPTION`` and ``export(terms, options) -> Exported``; the formats that can be read back also
declare ``parse(data, *, name) -> Parsed``. docs/formats.md documents each one, its conformance and
its limits. Exporters and parsers never print: warnings and skipped entries travel in their results.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..errors import GlossaryError
from ..model import LANGUAGES, Term

if TYPE_CHECKING:
    from ..editing import EditResult

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "ExportOptions",
    "Exported",
    "FormatError",
    "ImportReport",
    "Parsed",
    "export_terms",
    "format_module",
    "guess_format",
    "import_terms",
    "read_terms",
]


class FormatError(GlossaryError):
    """A file in an exchange format could not be written or read: unknown format, missing extra, malformed file."""


@dataclass(frozen=True)
class ExportOptions:
    """How to export: the language pair (for bilingual formats) and per-format switches."""

    source: str = "vi"
    target: str = "en"
    # Escape cells starting with =, +, -, @ (spreadsheet formula injection); None = the format's default.
    safe_cells: bool | None = None
    # google: the two-column source,target form instead of equivalent-term sets.
    unidirectional: bool = False


@dataclass
class Exported:
    """An export: the file's bytes, and warnings (entries left out, limits exceeded) for stderr."""

    data: bytes
    warnings: list[str] = field(default_factory=list)


@dataclass
class Parsed:
    """Entries read from a file, and what was skipped and why."""

    terms: list[Term] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    """An import: what was read and skipped, and what the edit of the term base did."""

    parsed: Parsed
    edit: EditResult

    def to_dict(self) -> dict[str, Any]:
        return {"read": len(self.parsed.terms), "skipped": self.parsed.skipped, **self.edit.to_dict()}


_MODULES = ("tbx", "csv", "tsv", "xlsx", "deepl", "google", "amazon", "omegat")
#: Every format ``glossary export`` writes, by name.
EXPORT_FORMATS: tuple[str, ...] = _MODULES
#: The formats ``glossary import`` reads.
IMPORT_FORMATS: tuple[str, ...] = ("tbx", "csv", "tsv", "xlsx")


def format_module(name: str) -> ModuleType:
    """The module of format ``name``; :class:`FormatError` names the formats when it is unknown."""
    if name not in _MODULES:
        raise FormatError(f"unknown format {name!r}; use one of: {', '.join(_MODULES)}")
    if name in ("csv", "tsv", "xlsx"):
        from . import tables

        return getattr(tables, name.upper())  # type: ignore[no-any-return]
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


def guess_format(path: str | os.PathLike[str]) -> str:
    """The import format that reads ``path``, from its extension."""
    suffix = Path(path).suffix.lower()
    for name in IMPORT_FORMATS:
        if suffix in format_module(name).EXTENSIONS:
            return name
    raise FormatError(f"{path}: cannot tell the format from {suffix or 'no extension'!r}; pass --format")


def _check_languages(source: str, target: str) -> None:
    for language in (source, target):
        if language not in LANGUAGES:
            raise FormatError(f"unknown language {language!r}; use vi or en")
    if source == target:
        raise FormatError("the source and target languages must differ")


def export_terms(terms: Iterable[Term], format_name: str, *, options: ExportOptions | None = None) -> Exported:
    """Export ``terms`` in ``format_name``; the bytes to write, and warnings."""
    options = options or ExportOptions()
    _check_languages(options.source, options.target)
    return format_module(format_name).export(list(terms), options)  # type: ignore[no-any-return]


def read_terms(data: bytes, format_name: str, *, name: str = "<input>") -> Parsed:
    """Read entries from ``data`` in ``format_name`` (one of :data:`IMPORT_FORMATS`)."""
    if format_name not in IMPORT_FORMATS:
        raise FormatError(f"cannot import {format_name!r}; import reads: {', '.join(IMPORT_FORMATS)}")
    return format_module(format_name).parse(data, name=name)  # type: ignore[no-any-return]


def import_terms(
    path: str | os.PathLike[str],
    *,
    format_name: str | None = None,
    terms_path: str | os.PathLike[str] | None = None,
    replace: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """Read ``path`` and add its entries to the term base (see :func:`glossary.editing.add_entries`)."""
    chosen = format_name or guess_format(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise FormatError(f"{path}: cannot read: {error.strerror or error}") from None
    parsed = _valid_only(read_terms(data, chosen, name=str(path)), name=str(path))
    from ..editing import add_entries  # with YAML; `glossary lookup` imports this package but never edits

    edit = add_entries(parsed.terms, path=terms_path, replace=replace, dry_run=dry_run)
    return ImportReport(parsed, edit)


def _valid_only(parsed: Parsed, *, name: str) -> Parsed:
    """The entries that are valid on their own (an unknown category, text that is not NFC...); the others are skipped.

    Checks that involve the other entries (ids and forms already used) are the edit's conflicts.
    """
    from ..editing import render_entry
    from ..errors import TermBaseError
    from ..loader import load_termbase_text

    kept = Parsed(skipped=list(parsed.skipped))
    for term in parsed.terms:
        try:
            load_termbase_text("terms:\n" + render_entry(term), path=name)
        except TermBaseError as error:
            kept.skipped += [f"{name}: [{term.id}] {problem.message}" for problem in error.problems]
            continue
        kept.terms.append(term)
    return kept


def require(module: str, extra: str = "formats") -> Any:
    """Import an optional dependency, or say which extra installs it."""
    from importlib import import_module

    try:
        return import_module(module)
    except ImportError:
        package = module.split(".")[0]
        raise FormatError(f"this format needs {package}: pip install 'glossary[{extra}]'") from None
