"""Direction-aware terms: which target-language forms render a match, and what a matched surface is.

Everything here is built on the public matcher API (:class:`Match`, ``Match.gloss``) and on the
term base's forms, statuses and numbering (``Term.forms()``, ``Term.status()``, ``Term.with_number()``): the plug-in API never looks inside the matcher.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal, cast

from ..errors import GlossaryError
from ..matcher import Match
from ..model import Form, FormStatus, Term, TermBase
from ..normalize import acronym_key, fold_diacritics, folded_key, name_key
from ..ordinals import has_leading_ordinal, strip_ordinal

__all__ = ["Language", "TranslationError", "check_direction", "rendering", "FormIndex", "form_index"]

Language = Literal["vi", "en"]
_LANGUAGES: tuple[str, ...] = ("vi", "en")


class TranslationError(GlossaryError):
    """A plug-in call was given something it cannot work with: a bad direction, style, slots or segments."""


def check_direction(source: str, target: str) -> tuple[Language, Language]:
    """Validate a translation direction: two different languages among "vi" and "en"."""
    for name, value in (("source", source), ("target", target)):
        if value not in _LANGUAGES:
            raise TranslationError(f"unknown {name} language {value!r}; use 'vi' or 'en'")
    if source == target:
        raise TranslationError(f"source and target are both {source!r}; translate vi -> en or en -> vi")
    return cast(Language, source), cast(Language, target)


_ENGLISH_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to"})
_INITIAL_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def bare_surface(match: Match) -> str:
    """The matched text without its ordinal ("ADMM-14" -> "ADMM", "14th ADMM" -> "ADMM")."""
    if match.ordinal is None:
        return match.text
    return strip_ordinal(match.text)


def _initials(name: str, *, skip_stopwords: bool) -> str:
    words = _INITIAL_WORD.findall(fold_diacritics(name))
    return "".join(word[0] for word in words if not (skip_stopwords and word.lower() in _ENGLISH_STOPWORDS)).upper()


def is_vietnamese_acronym(term: Term, acronym: str) -> bool:
    """Whether ``acronym`` abbreviates the Vietnamese name (BQP = Bộ Quốc phòng, QĐND) rather than the English one.

    Vietnamese press abbreviations do not belong in an English translation; ASEAN
    acronyms (ADMM, ADSOM) and English ones (MND, MPS) are used in both languages.
    """
    if not acronym.isascii():
        return True
    letters = "".join(character for character in acronym if character.isalpha()).upper()
    vietnamese = {_initials(name, skip_stopwords=False) for name in (term.vi, *term.variants.get("vi", ()))}
    english = {
        _initials(name, skip_stopwords=skip)
        for name in (term.en, *term.variants.get("en", ()))
        for skip in (True, False)
    }
    return letters in vietnamese and letters not in english


def _with_ordinal(form: str, ordinal: int | None, language: str, term: Term, *, acronym: bool) -> str:
    return form if ordinal is None else term.with_number(form, ordinal, language, acronym=acronym)


@dataclass(frozen=True)
class Rendering:
    """How one source match must be translated: the preferred target form and the admitted alternatives."""

    target: str
    alternatives: tuple[str, ...]


@dataclass(frozen=True)
class SurfaceForm:
    """What a matched surface is for one entry: which of its forms, in which language, with which status."""

    text: str
    kind: str  # "name", "acronym" or "numbered"
    language: str | None  # "vi"/"en" for names, None for acronyms and numbered forms
    status: FormStatus
    vietnamese_acronym: bool = False

    def usable_in(self, language: str) -> bool:
        """Whether this form may stand in a text in ``language`` (a name of that language, or a shared acronym)."""
        if self.kind == "name":
            return self.language == language
        return not (language == "en" and self.vietnamese_acronym)


class FormIndex:
    """The term base's forms by normalised key: senses of a surface, preferred names, statuses."""

    def __init__(self, termbase: TermBase) -> None:
        self.termbase = termbase
        self._by_term: dict[str, dict[str, list[SurfaceForm]]] = defaultdict(lambda: defaultdict(list))
        self._senses: dict[str, set[str]] = defaultdict(set)
        self._preferred: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.renderings: dict[tuple[str, str, int | None, str, str], Rendering] = {}
        for term in termbase:
            forms = list(term.forms())
            # Term.forms() yields a text once even when both languages write it ("Australia",
            # "New Zealand"): add the other language's name so each language knows it.
            listed = {(form.text, form.language) for form in forms}
            for language in _LANGUAGES:
                for text in (term.name(language), *term.variants.get(language, ())):
                    if (text, language) not in listed:
                        forms.append(Form(text, "name", language, status=term.status(text)))
            for form in forms:
                surface = self._surface(term, form)
                for key in self._keys(form):
                    self._by_term[term.id][key].append(surface)
                    self._senses[key].add(term.id)
            for language in _LANGUAGES:
                self._preferred[(language, name_key(term.name(language)))].add(term.id)

    @staticmethod
    def _surface(term: Term, form: Form) -> SurfaceForm:
        vietnamese = form.kind == "acronym" and is_vietnamese_acronym(term, form.text)
        return SurfaceForm(form.text, form.kind, form.language, form.status, vietnamese)

    @staticmethod
    def _keys(form: Form) -> tuple[str, ...]:
        if form.kind == "name":
            return ("n:" + name_key(form.text), "f:" + folded_key(form.text))
        return ("a:" + acronym_key(form.text),)

    @staticmethod
    def _lookup_keys(surface: str) -> tuple[str, ...]:
        return ("a:" + acronym_key(surface), "n:" + name_key(surface), "f:" + folded_key(surface))

    def classify(self, term: Term, surface: str) -> list[SurfaceForm]:
        """The forms of ``term`` that ``surface`` (without its ordinal) is, best key first; [] for a typo."""
        forms = self._by_term.get(term.id, {})
        for key in self._lookup_keys(surface):
            if key in forms:
                return list(forms[key])
        return []

    def senses(self, surface: str) -> set[str]:
        """Ids of every entry that has ``surface`` as one of its forms."""
        for key in self._lookup_keys(surface):
            if key in self._senses:
                return set(self._senses[key])
        return set()

    def preferred_by(self, surface: str, language: str) -> set[str]:
        """Ids of the entries whose preferred name in ``language`` is ``surface``."""
        return set(self._preferred.get((language, name_key(surface)), set()))


_INDEXES: weakref.WeakKeyDictionary[TermBase, FormIndex] = weakref.WeakKeyDictionary()
_INDEX_LOCK = threading.Lock()


def form_index(termbase: TermBase) -> FormIndex:
    """The :class:`FormIndex` of ``termbase``, built once per term base (thread-safe)."""
    with _INDEX_LOCK:
        index = _INDEXES.get(termbase)
        if index is None:
            index = FormIndex(termbase)
            _INDEXES[termbase] = index
        return index


def _acceptable_acronyms(term: Term, target: str) -> list[str]:
    return [
        acronym
        for acronym in term.acronyms
        if term.status(acronym) != "deprecated" and not (target == "en" and is_vietnamese_acronym(term, acronym))
    ]


def rendering(match: Match, *, target: str, index: FormIndex) -> Rendering:
    """The target-language form ``match`` must be translated as, and the admitted alternatives (memoised)."""
    key = (match.term.id, match.text, match.ordinal, match.method, target)
    cached = index.renderings.get(key)
    if cached is None:
        if len(index.renderings) >= RENDERING_CACHE_SIZE:
            index.renderings.clear()
        cached = index.renderings[key] = _rendering(match, target=target, index=index)
    return cached


#: Renderings kept per term base before the memo starts again (a server's memory stays bounded).
RENDERING_CACHE_SIZE = 65536


def _rendering(match: Match, *, target: str, index: FormIndex) -> Rendering:
    """The target-language form ``match`` must be translated as, and the admitted alternatives.

    A name is rendered as the entry's preferred name in ``target``; an acronym stays
    an acronym (ADMM stays ADMM), except a Vietnamese press abbreviation going into
    English (BQP -> Ministry of National Defence). Ordinals are rendered the way each
    language writes them: "14th ADMM"; "Hội nghị ADMM lần thứ 14" for an acronym,
    "<Vietnamese name> lần thứ 14" for a name. Alternatives are the entry's other
    target-language forms that are neither deprecated nor shared with another entry.
    """
    term = match.term
    ordinal = match.ordinal
    bare = bare_surface(match)
    written = index.classify(term, bare)
    acronyms = _acceptable_acronyms(term, target)
    as_acronym = next((form for form in written if form.kind == "acronym"), None)
    # An entry with a Vietnamese press acronym (BQP) is written in Vietnamese with that or
    # its name: its English acronyms (MND, MOD) are English only.
    english_only = target == "vi" and any(is_vietnamese_acronym(term, acronym) for acronym in term.acronyms)
    if as_acronym is not None and not (target == "en" and as_acronym.vietnamese_acronym) and not (
        english_only and not as_acronym.vietnamese_acronym
    ):
        chosen = acronyms[0] if target == "en" and acronyms else as_acronym.text
        preferred = _with_ordinal(chosen, ordinal, target, term, acronym=True)
        if target == "vi" and ordinal is not None and not has_leading_ordinal(match.text):
            preferred = " ".join(match.text.split())  # "ADMM-14", "ADMM+ lần thứ 7": Vietnamese writes them so
    elif match.method == "acronym" and ordinal is not None and not as_acronym:
        preferred = match.gloss(target)  # a numbered form ("ASEAN 37"): the name with its ordinal
    elif ordinal is not None and target == "vi":
        preferred = match.gloss("vi")
    else:
        preferred = _with_ordinal(term.name(target), ordinal, target, term, acronym=False)
    candidates: list[str] = [_with_ordinal(term.name(target), ordinal, target, term, acronym=False)]
    ambiguous = set(term.ambiguous_forms)
    for variant in term.variants.get(target, ()):
        if term.status(variant) != "deprecated" and variant not in ambiguous:
            candidates.append(_with_ordinal(variant, ordinal, target, term, acronym=False))
    if as_acronym is not None and not english_only:
        candidates.append(_with_ordinal(as_acronym.text, ordinal, target, term, acronym=True))
    candidates += [_with_ordinal(acronym, ordinal, target, term, acronym=True) for acronym in acronyms]
    alternatives = tuple(dict.fromkeys(candidate for candidate in candidates if candidate != preferred))
    return Rendering(preferred, alternatives)
