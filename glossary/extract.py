"""Mining a corpus for new term-base entries (``glossary extract``).

Two kinds of candidates, ranked by how often they occur:

* **acronym definitions** ("long form (ACR)", "ACR (long form)", see
  :mod:`glossary.definitions`) whose acronym the term base does not have;
* **names** that look like institutions, meetings or documents: in Vietnamese,
  a run of capitalised compounds that starts with a head noun (Bộ, Cục, Học viện,
  Hội nghị, Hiệp định...); in English, a run of capitalised words joined by
  "of", "and", "for", "on", "the" that starts with a head noun (Ministry,
  Department, Academy, Conference...). Runs the matcher already resolves whole are known.

Each candidate carries its corpus frequency, one example context and a draft
entry in the term base's schema. A draft names only the language the corpus
shows: the other name must come from an official source before it is added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from .definitions import find_definitions
from .document_scope import known_acronyms_before_parentheses
from .errors import GlossaryError
from .matcher import Matcher
from .model import CATEGORIES, Term
from .normalize import acronym_key, fold_diacritics, name_key

__all__ = ["Candidate", "candidate_term", "draft_id", "extract_candidates"]

# Characters of context either side of the example occurrence.
EXAMPLE_CONTEXT = 80
# A name candidate must occur at least this often to be listed (definitions: once is enough).
DEFAULT_MIN_FREQUENCY = 2
# Runs longer than this many words are sentences in title case, not names.
NAME_MAX_WORDS = 14

VIETNAMESE_HEADS = (
    "Bộ", "Tổng cục", "Cục", "Vụ", "Viện", "Học viện", "Trường", "Ban", "Ủy ban", "Hội đồng", "Văn phòng",
    "Thanh tra", "Quân khu", "Quân đoàn", "Quân chủng", "Binh chủng", "Sư đoàn", "Lữ đoàn", "Trung đoàn",
    "Bộ Tư lệnh", "Bộ Chỉ huy", "Bệnh viện", "Trung tâm", "Hội nghị", "Diễn đàn", "Đối thoại", "Hiệp định",
    "Hiệp ước", "Công ước", "Tuyên bố", "Nghị quyết", "Nghị định", "Luật", "Chiến lược", "Sách trắng",
    "Tập đoàn", "Tổng công ty", "Hiệp hội", "Liên minh", "Tổ chức", "Quỹ", "Đại học", "Báo", "Tạp chí",
)  # fmt: skip
ENGLISH_HEADS = (
    "Ministry", "Department", "General Department", "Office", "Institute", "Academy", "School", "College",
    "University", "Committee", "Commission", "Council", "Command", "Corps", "Division", "Brigade", "Regiment",
    "Hospital", "Centre", "Center", "Conference", "Meeting", "Summit", "Forum", "Dialogue", "Agreement",
    "Treaty", "Convention", "Declaration", "Resolution", "Law", "Strategy", "Association", "Organisation",
    "Organization", "Union", "Fund", "Group", "Bureau", "Agency", "Authority", "Force", "Forces",
)  # fmt: skip
_ENGLISH_CONNECTORS = ("of", "and", "for", "on", "the", "in", "to", "&")

_UPPER = "A-ZĐÀ-ỸẠ-Ỹ"
_SYLLABLE = r"[\w'’-]+"
# Vietnamese names capitalise the first syllable of each compound: "Bộ Tư lệnh Hải quân".
_VIETNAMESE_NAME = re.compile(
    rf"(?<!\w)(?:[{_UPPER}]\w*(?: [^\W\d{_UPPER}]\w*)?)(?: (?:[{_UPPER}]\w*(?: [^\W\d{_UPPER}]\w*)?|\d+))+"
)
_ENGLISH_NAME = re.compile(
    rf"(?<!\w)[{_UPPER}][\w'’-]*(?: (?:(?:{'|'.join(_ENGLISH_CONNECTORS)}) )*(?:[{_UPPER}][\w'’-]*|\d+))+"
)
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u0323]|[à-ỹ]")


@dataclass
class Candidate:
    """A possible new entry found in a corpus."""

    kind: Literal["acronym", "name"]
    text: str  # the acronym, or the name
    language: Literal["vi", "en"]
    long_form: str | None = None
    frequency: int = 0
    example: str = ""
    example_source: str = ""
    known: str | None = None  # id of the entry that already covers it
    sources: list[str] = field(default_factory=list)

    def draft(self) -> dict[str, Any]:
        """A draft entry in the term base's schema, with only what the corpus shows."""
        name = self.long_form if self.kind == "acronym" and self.long_form else self.text
        entry: dict[str, Any] = {"id": draft_id(name), "category": _guess_category(name), self.language: name}
        if self.kind == "acronym":
            entry["acronyms"] = [self.text]
        entry["sources"] = list(dict.fromkeys(self.sources))
        return entry

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "language": self.language,
            "long_form": self.long_form,
            "frequency": self.frequency,
            "example": self.example,
            "example_source": self.example_source,
            "known": self.known,
            "draft": self.draft(),
        }


def draft_id(name: str) -> str:
    """A term-base id from a name: "Hội đồng nhân dân" -> "hoi-dong-nhan-dan"."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold_diacritics(name.lower()).replace("đ", "d")).strip("-")
    return slug[:60].rstrip("-") or "candidate"


def _guess_category(name: str) -> str:
    lowered = name.lower()
    for words, category in (
        (("hội nghị", "diễn đàn", "đối thoại", "meeting", "conference", "summit", "forum", "dialogue"), "meeting"),
        (("hiệp định", "tuyên bố", "luật", "công ước", "nghị quyết", "agreement", "declaration", "law", "treaty"), "document"),
    ):
        if any(word in lowered for word in words):
            return category
    return "institution"


def _language(text: str) -> Literal["vi", "en"]:
    return "vi" if _VIETNAMESE_LETTERS.search(text) else "en"


def _example(text: str, start: int, end: int) -> str:
    left = max(0, start - EXAMPLE_CONTEXT)
    right = min(len(text), end + EXAMPLE_CONTEXT)
    return " ".join(text[left:right].split())


def extract_candidates(
    documents: Iterable[tuple[str, str]],
    *,
    matcher: Matcher,
    include_known: bool = False,
    min_frequency: int = DEFAULT_MIN_FREQUENCY,
) -> list[Candidate]:
    """Candidates from ``documents`` ((name, text) pairs), most frequent first."""
    termbase = matcher.termbase
    acronym_owner = {acronym_key(form): term.id for term in termbase for form in term.acronyms}
    candidates: dict[tuple[str, str], Candidate] = {}
    known_prefixes = _name_prefixes(termbase)

    for name, text in documents:
        matches = matcher.annotate(text)
        resolved = {(match.start, match.end): match.term.id for match in matches}
        known_acronyms = known_acronyms_before_parentheses(text, matches)
        for definition in find_definitions(text, known_acronyms=known_acronyms):
            known = acronym_owner.get(acronym_key(definition.acronym))
            if definition.basis == "term" and known is None:
                known = next(iter(match.term.id for match in matcher.annotate(definition.long)), None)
            key = ("acronym", definition.acronym)
            candidate = candidates.get(key)
            if candidate is None:
                candidate = Candidate(
                    "acronym", definition.acronym, _language(definition.long), definition.long,
                    example=_example(text, definition.long_start, definition.short_end), example_source=name, known=known,
                )  # fmt: skip
                candidates[key] = candidate
            candidate.sources.append(name)
        for pattern, heads in ((_VIETNAMESE_NAME, VIETNAMESE_HEADS), (_ENGLISH_NAME, ENGLISH_HEADS)):
            for found in pattern.finditer(text):
                phrase = found.group()
                head = next((head for head in sorted(heads, key=len, reverse=True) if phrase.startswith(head + " ")), None)
                if head is None or len(phrase.split()) > NAME_MAX_WORDS:
                    continue
                language = _language(phrase)
                if (pattern is _ENGLISH_NAME) != (language == "en"):
                    continue
                if name_key(phrase) in known_prefixes:
                    continue  # the start of a known name: cut short ("Hội nghị Cấp ..."), or generic ("Hội nghị Cấp cao")
                known = resolved.get((found.start(), found.end()))
                if known is None and _covered_by_known_terms(found.start() + len(head), found.end(), text, matches):
                    # Known terms side by side ("Bộ Quốc phòng Việt Nam"), or a head noun and a known
                    # term ("Hội nghị ADMM" is the ADMM meeting): not a new name.
                    continue
                key = ("name", name_key(phrase))
                candidate = candidates.get(key)
                if candidate is None:
                    candidate = Candidate(
                        "name", phrase, language, example=_example(text, found.start(), found.end()),
                        example_source=name, known=known,
                    )  # fmt: skip
                    candidates[key] = candidate
                candidate.frequency += 1
                candidate.sources.append(name)
        # A defined acronym counts every use, in this document and the ones read after it.
        for candidate in candidates.values():
            if candidate.kind == "acronym":
                candidate.frequency += len(re.findall(rf"(?<!\w){re.escape(candidate.text)}(?!\w)", text))
    return _rank(candidates.values(), include_known=include_known, min_frequency=min_frequency)


def _name_prefixes(termbase: Iterable[Term]) -> frozenset[str]:
    """The keys of every proper word prefix of a known name: "hội nghị cấp", "hội nghị cấp cao" (of the ASEAN Summit)."""
    prefixes: set[str] = set()
    for term in termbase:
        for form in term.forms():
            if form.kind != "name":
                continue
            words = name_key(form.text).split(" ")
            prefixes.update(" ".join(words[:length]) for length in range(2, len(words)))
    return frozenset(prefixes)


def _covered_by_known_terms(start: int, end: int, text: str, matches: list[Any]) -> bool:
    """Every capitalised word of text[start:end] lies inside a term the matcher resolved."""
    inside = [(match.start, match.end) for match in matches if match.start < end and match.end > start]
    for word in re.finditer(r"\w+", text[start:end]):
        if not word.group()[0].isupper():
            continue
        position = start + word.start()
        if not any(span_start <= position < span_end for span_start, span_end in inside):
            return False
    return True


def _rank(candidates: Iterable[Candidate], *, include_known: bool, min_frequency: int) -> list[Candidate]:
    kept = [
        candidate
        for candidate in candidates
        if (include_known or candidate.known is None)
        and (candidate.kind == "acronym" or candidate.frequency >= min_frequency)
    ]
    return sorted(kept, key=lambda candidate: (-candidate.frequency, candidate.kind, candidate.text))


def candidate_term(
    candidate: Candidate,
    *,
    other_name: str,
    sources: list[str],
    category: str | None = None,
    entry_id: str | None = None,
    note: str | None = None,
) -> Term:
    """A full entry from a candidate: its draft, plus the name in the other language and real sources.

    The corpus shows one language; the other name must come from an official
    source, given here with ``sources`` (the corpus files are not sources).
    """
    if not other_name.strip():
        raise GlossaryError("give the name in the other language (from an official source) to add a candidate")
    if not sources:
        raise GlossaryError("give at least one --source URL where the names are used")
    draft = candidate.draft()
    chosen_category = category or draft["category"]
    if chosen_category not in CATEGORIES:
        raise GlossaryError(f"unknown category {chosen_category!r}; use one of: {', '.join(CATEGORIES)}")
    names = {candidate.language: draft[candidate.language], ("en" if candidate.language == "vi" else "vi"): other_name.strip()}
    return Term(
        id=entry_id or draft["id"],
        category=chosen_category,
        vi=names["vi"],
        en=names["en"],
        acronyms=tuple(draft.get("acronyms", ())),
        note=note,
        sources=tuple(sources),
    )
