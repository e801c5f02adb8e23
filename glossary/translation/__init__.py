"""The translator plug-in API: MT constraints, protect/restore, terminology QA and term accuracy.

Every flow is one call that returns a plain result object with ``to_dict()`` (the
JSON contract of docs/json.md); every call takes the direction as ``source=`` and
``target=`` ("vi" or "en", either way round) and an optional compiled ``matcher=``
(default: the default term base's). See docs/library.md.

* :func:`constraints` -> :class:`ConstraintSet`: the terms of a text and the target
  form each must be translated as (for MT glossaries and constrained decoding);
  :func:`segment_constraints` the same per segment of a document or bilingual file;
* :func:`protect` (:func:`protect_segments` for a document) -> :class:`Protected`, then
  :func:`restore` -> :class:`Restored`: placeholders through an MT engine, target-language terms back;
* :func:`check` / :func:`check_segments` / :func:`check_bilingual` -> :class:`CheckReport`: missing, wrong,
  ordinal, ambiguous, count and deprecated findings;
* :func:`term_accuracy` -> :class:`AccuracyReport`: exact-match term accuracy of an MT
  output set, with or without references.
"""

from .check import (
    FINDING_KINDS,
    AccuracyReport,
    CheckReport,
    Finding,
    FindingKind,
    Span,
    TermScore,
    check,
    check_bilingual,
    check_segments,
    term_accuracy,
)
from .constraints import Constraint, ConstraintSet, constraints, segment_constraints
from .inputs import read_segment_pairs, read_text
from .placeholders import (
    PLACEHOLDER_STYLES,
    PlaceholderStyle,
    Protected,
    ProtectedSegment,
    Restored,
    Slot,
    protect,
    protect_segments,
    restore,
)
from .terms import Language, TranslationError

__all__ = [
    "FINDING_KINDS",
    "PLACEHOLDER_STYLES",
    "AccuracyReport",
    "CheckReport",
    "Constraint",
    "ConstraintSet",
    "Finding",
    "FindingKind",
    "Language",
    "PlaceholderStyle",
    "Protected",
    "ProtectedSegment",
    "Restored",
    "Slot",
    "Span",
    "TermScore",
    "TranslationError",
    "check",
    "check_bilingual",
    "check_segments",
    "constraints",
    "protect",
    "protect_segments",
    "read_segment_pairs",
    "read_text",
    "restore",
    "segment_constraints",
    "term_accuracy",
]
