"""The one error family of the library.

Every error the library raises is a :class:`GlossaryError`. The CLI catches that
one class, prints ``Error: <message>`` on stderr and exits 1; the library itself
never prints and never exits.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class GlossaryError(Exception):
    """Base class of every error raised by the glossary library."""


@dataclass(frozen=True)
class Problem:
    """One problem found in a term base: where it is and what is wrong."""

    path: str
    line: int | None
    entry_id: str | None
    message: str

    def __str__(self) -> str:
        location = f"{self.path}:{self.line}" if self.line is not None else self.path
        entry = f" [{self.entry_id}]" if self.entry_id else ""
        return f"{location}:{entry} {self.message}"


class TermBaseError(GlossaryError):
    """A term base could not be loaded: unreadable, malformed YAML, or invalid entries.

    ``problems`` lists every problem found, each with file, line and entry id.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        if len(self.problems) == 1:
            super().__init__(str(self.problems[0]))
        else:
            summary = "\n".join(str(problem) for problem in self.problems)
            super().__init__(f"{len(self.problems)} problems in the term base:\n{summary}")


class InputError(GlossaryError):
    """An input text could not be read: missing, binary, or not in the expected encoding."""

    def __init__(self, path: str | Path, message: str) -> None:
        self.path = str(path)
        super().__init__(f"{self.path}: {message}")
