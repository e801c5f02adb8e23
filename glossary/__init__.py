"""glossary: a Vietnamese <-> English glossary and acronym resolver for defence and diplomatic text.

    >>> from glossary import annotate, load_termbase, compile_matcher
    >>> matcher = compile_matcher(load_termbase())
    >>> [m.term.en for m in matcher.annotate("Thượng tướng Nguyễn Tân Cương")]
    ['Senior Lieutenant General']
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# `annotate`, `lookup` and `normalize` are both submodules and functions: import
# them now, so that the function, not the submodule, is what `glossary.annotate`
# names (as before). They are light; the loader and the matcher are not.
from .annotate import AnnotatedChunk, Source, annotate, annotate_document, annotate_source, default_matcher, find_sources
from .errors import GlossaryError, InputError, Problem, TermBaseError
from .lookup import LookupResult, lookup, suggest
from .normalize import NormalizedText, normalize

if TYPE_CHECKING:
    from .loader import default_termbase_path, load_termbase, validate_termbase
    from .matcher import Match, Matcher, compile_matcher
    from .model import CATEGORIES, Term, TermBase
    from .translation import TranslationError, check, check_segments, constraints, protect, restore, term_accuracy

# Imported on first use (PEP 562), so that `import glossary` and a command that
# needs only part of the package do not pay for the rest (YAML, the automata,
# the translation checks).
_LAZY = {
    "default_termbase_path": "loader",
    "load_termbase": "loader",
    "validate_termbase": "loader",
    "Match": "matcher",
    "Matcher": "matcher",
    "compile_matcher": "matcher",
    "CATEGORIES": "model",
    "Term": "model",
    "TermBase": "model",
    "TranslationError": "translation",
    "check": "translation",
    "check_segments": "translation",
    "constraints": "translation",
    "protect": "translation",
    "restore": "translation",
    "term_accuracy": "translation",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'glossary' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__version__ = "0.1.0"

__all__ = [
    "CATEGORIES",
    "AnnotatedChunk",
    "GlossaryError",
    "InputError",
    "LookupResult",
    "Match",
    "Matcher",
    "NormalizedText",
    "Problem",
    "Source",
    "Term",
    "TermBase",
    "TermBaseError",
    "TranslationError",
    "annotate",
    "annotate_document",
    "annotate_source",
    "check",
    "check_segments",
    "compile_matcher",
    "constraints",
    "default_matcher",
    "default_termbase_path",
    "find_sources",
    "load_termbase",
    "lookup",
    "normalize",
    "protect",
    "restore",
    "suggest",
    "term_accuracy",
    "validate_termbase",
]
