"""glossary: a Vietnamese <-> English glossary and acronym resolver for defence and diplomatic text.

    >>> from glossary import annotate, load_termbase, compile_matcher
    >>> matcher = compile_matcher(load_termbase())
    >>> [m.term.en for m in matcher.annotate("Thượng tướng Nguyễn Tân Cương")]
    ['Senior Lieutenant General']
"""

from .annotate import AnnotatedChunk, Source, annotate, annotate_source, default_matcher, find_sources
from .errors import GlossaryError, InputError, Problem, TermBaseError
from .loader import default_termbase_path, load_termbase, validate_termbase
from .lookup import LookupResult, lookup, suggest
from .matcher import Match, Matcher, compile_matcher
from .model import CATEGORIES, Term, TermBase
from .normalize import NormalizedText, normalize
from .translation import TranslationError, check, check_segments, constraints, protect, restore, term_accuracy

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
