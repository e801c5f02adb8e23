"""Terminology check and term accuracy reports: a terminal table, and the JSON contract (docs/json.md)."""

from __future__ import annotations

from typing import TextIO

from rich.table import Table
from rich.text import Text

from ..translation import AccuracyReport, CheckReport
from .json_format import dumps
from .terminal import console_for

__all__ = ["print_accuracy", "print_check", "write_check_json"]

_SEVERITY_STYLES = {"error": "bold red", "warning": "yellow"}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f}%"


def print_check(out: TextIO, report: CheckReport) -> None:
    """A table of findings (segment, kind, source term, expected, found), then a one-line summary."""
    console = console_for(out)
    summary = report.summary()
    if report.findings:
        table = Table(title="Terminology problems", title_justify="left")
        for column in ("Seg", "Kind", "Source term", "Expected", "Found"):
            table.add_column(column)
        for finding in report.findings:
            table.add_row(
                finding.segment_id or ("-" if finding.segment is None else str(finding.segment)),
                Text(finding.kind, style=_SEVERITY_STYLES[finding.severity]),
                _one_line(finding.source.text),
                finding.expected[0] if finding.expected else "-",
                _one_line(finding.found.text) if finding.found else "-",
            )
        console.print(table)
    noun = "segment" if summary["segments"] == 1 else "segments"
    counts = f"{_plural(summary['errors'], 'error')}, {_plural(summary['warnings'], 'warning')}"
    if not report.findings:
        counts = "No terminology problems"
    console.print(
        f"{counts}: {summary['rendered']} of {summary['source_terms']} source terms rendered "
        f"({_percent(summary['term_accuracy'])}) in {summary['segments']} {noun}."
    )
    if report.untranslated:
        shown = ", ".join(report.untranslated[:20]) + (" ..." if len(report.untranslated) > 20 else "")
        console.print(Text(f"Untranslated, not checked: {_plural(len(report.untranslated), 'segment')} ({shown})."))


def write_check_json(out: TextIO, report: CheckReport) -> None:
    """``{"problems": [...], "summary": {...}}`` on one line."""
    out.write(dumps(report.to_dict()) + "\n")


def print_accuracy(out: TextIO, report: AccuracyReport) -> None:
    """Per-term accuracy (most frequent first), then the overall score."""
    console = console_for(out)
    if report.terms:
        table = Table(title="Term accuracy", title_justify="left")
        table.add_column("Vietnamese")
        table.add_column("English")
        for column in ("Correct", "Of", "Accuracy"):
            table.add_column(column, justify="right")
        for score in report.terms:
            table.add_row(score.term.vi, score.term.en, str(score.correct), str(score.occurrences), _percent(score.accuracy))
        console.print(table)
    basis = "against the references" if report.with_references else "against the term base"
    console.print(
        f"Term accuracy {basis}: {report.correct} of {report.occurrences} ({_percent(report.accuracy)}) "
        f"in {report.segments} segments."
    )
