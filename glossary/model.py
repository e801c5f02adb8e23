"""The term base's data types: plain, frozen, independent of YAML and of matching."""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from .ordinals import english_ordinal, vietnamese_with_ordinal

if TYPE_CHECKING:
    from .matcher import Matcher

__all__ = ["CATEGORIES", "FORM_STATUSES", "LANGUAGES", "Form", "FormStatus", "FormUsage", "Term", "TermBase"]

#: The documented categories (docs/termbase.md explains each).
CATEGORIES: tuple[str, ...] = (
    "mechanism",
    "meeting",
    "rank",
    "title",
    "institution",
    "organisation",
    "document",
    "concept",
    "country",
    "initiative",
)

LANGUAGES: tuple[str, ...] = ("vi", "en")

_COMPILE_LOCK = threading.Lock()

FormKind = Literal["name", "acronym", "numbered"]
FormStatus = Literal["preferred", "admitted", "deprecated"]

#: Term status as terminology databases (IATE, UNTERM, TBX administrativeStatus) record it:
#: the entry's ``vi``/``en`` names are preferred; other forms are admitted unless marked deprecated.
FORM_STATUSES: tuple[str, ...] = ("preferred", "admitted", "deprecated")

# British -> American spellings the loader adds as English variants, so that a
# term base lists "Defence" once and still matches "Defense".
_BRITISH_TO_AMERICAN = {
    "defence": "defense",
    "centre": "center",
    "centres": "centers",
    "organisation": "organization",
    "organisations": "organizations",
    "programme": "program",
    "programmes": "programs",
    "armoured": "armored",
    "armour": "armor",
    "militarisation": "militarization",
    "harbour": "harbor",
    "labour": "labor",
    "counselling": "counseling",
}
_SPELLING_WORD = re.compile(r"[A-Za-z]+")
# Vietnamese press writes ASEAN bodies with and without "các nước" ("of the
# countries"): "Hội nghị Quan chức Quốc phòng cấp cao (các nước) ASEAN".
_WITH_COUNTRIES = re.compile(r"(?<=\w) các nước (?=ASEAN\b)")
_WITHOUT_COUNTRIES = re.compile(r"(?<=\w)(?<!các nước) (?=ASEAN\b)")


# "Hội nghị trực tuyến ..." is an online session of the meeting ("Hội nghị ...").
_MEETING = re.compile(r"^(Hội nghị) (?!trực tuyến )", re.IGNORECASE)


def other_countries_form(text: str) -> str:
    """The form with "các nước" before ASEAN removed if present, else added."""
    if _WITH_COUNTRIES.search(text):
        return _WITH_COUNTRIES.sub(" ", text, count=1)
    return _WITHOUT_COUNTRIES.sub(" các nước ", text, count=1)


# A numbered unit or body is also written with "số" ("number") before its number: "Quân khu số 7".
# (1 to 3 digits: a four-digit number is a year, "Sách trắng Quốc phòng 2019".)
_NUMBER_AFTER_WORD = re.compile(r"(?<=[^\W\d]) (?=\d{1,3}(?: |$))")


def vietnamese_variants(text: str) -> list[str]:
    """Forms the press writes for a Vietnamese name: with or without "các nước", as an online meeting,
    with "số" before its number."""
    variants = [text, other_countries_form(text)]
    variants += [_MEETING.sub(r"\1 trực tuyến ", variant, count=1) for variant in variants]
    variants += [_NUMBER_AFTER_WORD.sub(" số ", variant, count=1) for variant in variants]
    return [variant for variant in dict.fromkeys(variants) if variant != text]


def american_spelling(text: str) -> str:
    """``text`` with British spellings turned American, keeping each word's capitalisation."""

    def replace(match: re.Match[str]) -> str:
        word = match.group()
        american = _BRITISH_TO_AMERICAN.get(word.lower())
        if american is None:
            return word
        if word.isupper():
            return american.upper()
        if word[0].isupper():
            return american.capitalize()
        return american

    return _SPELLING_WORD.sub(replace, text)


# How the English press abbreviates the words of rank names: MND "Lt. Gen.", VNA "Lieut. Gen.", "Sen."
# and "Sr." for Senior. Any mix names the same rank ("Senior Lt. Gen." is Thượng tướng, not Trung tướng
# after a stray word), so every combination of a rank's English forms is matched.
RANK_WORD_SPELLINGS = (
    ("Senior", "Sen.", "Sr.", "Snr."),
    ("Lieutenant", "Lieut.", "Lt."),
    ("General", "Gen."),
    ("Colonel", "Col."),
    ("Major", "Maj."),
    ("Captain", "Capt."),
    ("Admiral", "Adm."),
    ("Brigadier", "Brig."),
    ("Commander", "Cdr.", "Cmdr."),
    ("Sergeant", "Sgt."),
    ("Corporal", "Cpl."),
    ("Private", "Pvt."),
)
_RANK_WORD_GROUP = {spelling: group for group in RANK_WORD_SPELLINGS for spelling in group}
# A rank name is a few words; a hostile one of dozens must not generate an exponential number of forms.
# English plurals: the press writes "two protocols", "the border posts", "the defence ministries". The
# head noun takes the plural: the last word, or the last before "of"/"for"/"on" ("Ministries of ...").
_PLURAL_HEAD_END = re.compile(r" (?:of|for|on) ", re.IGNORECASE)
# Nouns the press does not pluralise in these names (a plural of them would only add keys).
_UNCOUNTABLE = frozenset(
    "aid assistance awareness commerce cooperation defence defense development diplomacy education equipment "
    "governance health independence information infrastructure integration intelligence justice knowledge "
    "leadership logistics management media militia news peace peacekeeping personnel police preparedness "
    "prosperity protection readiness research safety security sovereignty stability staff training welfare".split()
)
# Categories whose English names are not pluralised: countries are proper names; ranks go before names.
_NOT_PLURALISED = frozenset({"country", "rank"})


def english_plural(text: str) -> str | None:
    """``text`` with its head noun in the plural, or None when it has no regular plural to write."""
    head_end = _PLURAL_HEAD_END.search(text)
    end = head_end.start() if head_end else len(text)
    start = text.rfind(" ", 0, end) + 1
    word = text[start:end]
    lower = word.lower()
    if len(word) < 3 or not (word.isascii() and word.isalpha()) or word.isupper() or lower in _UNCOUNTABLE:
        return None
    if lower.endswith("s"):
        return None  # plural already ("Affairs", "Forces") or a plural of its own ("Congresses") is rare
    if lower.endswith("man"):
        plural = word[:-3] + "men"
    elif lower.endswith("y") and lower[-2] not in "aeiou":
        plural = word[:-1] + "ies"
    elif lower.endswith(("x", "z", "ch", "sh")):
        plural = word + "es"
    else:
        plural = word + "s"
    return text[:start] + plural + text[end:]


MAX_RANK_SPELLINGS = 64


def rank_spellings(text: str) -> list[str]:
    """The other spellings of an English rank name with its words abbreviated or written out.

    A name of several words is also written without the abbreviations' full stops ("Lt Gen", "Sr Col")
    or without the last one, dropped before the person's name ("Lt. Gen Nguyen"). A one-word rank is not:
    "Gen" and "Col" alone are other words ("Gen Z").
    """
    words = text.split(" ")
    choices = [_RANK_WORD_GROUP.get(word, (word,)) for word in words]
    if math.prod(len(choice) for choice in choices) > MAX_RANK_SPELLINGS:
        return []
    spellings = dict.fromkeys(map(" ".join, itertools.product(*choices)))
    if len(words) > 1:
        for spelling in list(spellings):
            if spelling.endswith("."):
                spellings.setdefault(spelling[:-1])
            spellings.setdefault(spelling.replace(".", ""))
    spellings.pop(text, None)
    return list(spellings)


@dataclass(frozen=True)
class Form:
    """One surface form of a term: a name, an acronym, or a form that needs a number after it."""

    text: str
    kind: FormKind
    language: str | None  # "vi", "en", or None for acronyms and numbered forms
    generated: bool = False  # added by the loader (American spelling), not written in the term base
    status: FormStatus = "admitted"


@dataclass(frozen=True)
class FormUsage:
    """The declared status of a variant or acronym, and which outlets use it (a usage note)."""

    status: FormStatus
    usage: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "usage": self.usage}


@dataclass(frozen=True)
class NumberedBody:
    """The numbered body a name ends with, whose number the name takes: "Bí thư Trung ương Đảng khóa XIII",
    "Secretary of the 13th Party Central Committee" (the loader finds it: ``glossary.loader``)."""

    en: tuple[str, ...]  # the body's English names, preferred first: where an English ordinal goes
    by_term: bool  # numbered by term of office ("khóa XIII"), not by occurrence ("lần thứ 14")


@dataclass(frozen=True)
class Term:
    """One entry of the term base."""

    id: str
    category: str
    vi: str
    en: str
    acronyms: tuple[str, ...] = ()
    variants: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    series: bool = False
    numbered_forms: tuple[str, ...] = ()
    # English forms (demonyms) that name the entry only right before another term, matched as written: "Lao" in "Lao Defence
    # Minister"; alone ("Lao Cai", "Thai Nguyen") they are other words.
    modifier_forms: tuple[str, ...] = ()
    # A kind of unit told apart by the number after its name: "Sư đoàn 346" is "Division 346".
    takes_number: bool = False
    # Viet Nam's own post or body named in generic words ("Prime Minister", "Bộ Quốc phòng"): qualified by
    # another country ("US President", "Thủ tướng Thái Lan") the words name that country's, not this entry.
    domestic: bool = False
    # The id of the entry these words name when a province qualifies them ("Lao Cai Border Guard Command",
    # "the Border Guard Command of Ha Giang province" are a Provincial Border Guard Command).
    provincial: str | None = None
    # Set by the loader, not written in the term base: the numbered body (a series entry) this entry's name
    # ends with, whose number it takes ("Phó Chủ tịch Quốc hội khóa XV"). Derived from other entries, so not
    # part of what makes two entries equal (an entry read back from an export is the same entry).
    numbered_body: NumberedBody | None = field(default=None, compare=False)
    ambiguous_forms: tuple[str, ...] = ()
    context_cues: tuple[str, ...] = ()
    # Ambiguous forms this entry is the sense of when no evidence (definition, cue) decides.
    default_for: tuple[str, ...] = ()
    # Forms written in the term base with an explicit status or usage note (variants and acronyms).
    form_usage: Mapping[str, FormUsage] = field(default_factory=dict)
    note: str | None = None
    sources: tuple[str, ...] = ()
    line: int | None = field(default=None, compare=False)

    def name(self, language: str) -> str:
        """The preferred name in ``language`` ("vi" or "en")."""
        return self.vi if language == "vi" else self.en

    def with_number(self, form: str, number: int, language: str, *, acronym: bool = False) -> str:
        """``form`` of this entry with the number the text gave it.

        A meeting takes an ordinal ("14th ADMM", "Hội nghị ADMM lần thứ 14"), a body elected for a term its
        term ("15th National Assembly", "Quốc hội khóa XV"); a numbered unit keeps its number as a label in both
        languages ("Division 346", "Sư đoàn 346"), as MND's English does.
        """
        if self.takes_number:
            return f"{form} {number}"
        body = self.numbered_body if not self.series else None
        if body is not None:
            if language == "vi":
                return vietnamese_with_ordinal(form, number, by_term=body.by_term)
            # The ordinal goes before the body's name inside the title: "Secretary of the 13th Party Central Committee".
            for name in body.en:
                found = [*re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", form, flags=re.IGNORECASE)]
                if found:
                    start = found[-1].start()
                    return f"{form[:start]}{english_ordinal(number)} {form[start:]}"
            return f"{form} ({english_ordinal(number)} {body.en[0]})"
        if language == "en":
            return f"{english_ordinal(number)} {form}"
        if acronym and self.vi.startswith("Hội nghị") and not form.startswith("Hội nghị"):
            form = f"Hội nghị {form}"
        return vietnamese_with_ordinal(form, number, by_term=self.numbered_by_term)

    @property
    def takes_a_number(self) -> bool:
        """Whether a number in the text belongs to the match: a meeting's ordinal, a unit's number, or the number
        of the body the name ends with."""
        return self.series or self.takes_number or self.numbered_body is not None

    @property
    def numbered_by_term(self) -> bool:
        """Whether the entry's ordinal is a term of office ("Quốc hội khóa XV", "13th Politburo") rather than the
        occurrence of a meeting ("ADMM lần thứ 14"): a body elected for a term, not a meeting."""
        return self.category == "institution"

    def status(self, text: str) -> FormStatus:
        """The status of one of this entry's written forms: preferred names, else as declared, else admitted."""
        if text in (self.vi, self.en):
            return "preferred"
        usage = self.form_usage.get(text)
        return usage.status if usage else "admitted"

    def forms(self) -> Iterator[Form]:
        """Every surface form: preferred names, variants, generated spellings, acronyms."""
        seen: set[tuple[str, str]] = set()
        written = [(language, text) for language in LANGUAGES for text in (self.name(language), *self.variants.get(language, ()))]
        for language, text in written:
            if (text, "name") not in seen:
                seen.add((text, "name"))
                yield Form(text, "name", language, status=self.status(text))
        # Generated spellings after every written form, so a written form is never taken for a generated one.
        for language, text in written:
            if language == "en":
                generated = [american_spelling(text), *(rank_spellings(text) if self.category == "rank" else ())]
                if self.category not in _NOT_PLURALISED and not any(character.isdigit() for character in text):
                    generated += [plural for base in dict.fromkeys(generated[:1] + [text]) if (plural := english_plural(base))]
            else:
                generated = vietnamese_variants(text)
            # A generated spelling of the preferred name is admitted; of a deprecated form, deprecated.
            generated_status: FormStatus = "deprecated" if self.status(text) == "deprecated" else "admitted"
            for generated_text in generated:
                if (generated_text, "name") not in seen:
                    seen.add((generated_text, "name"))
                    yield Form(generated_text, "name", language, generated=True, status=generated_status)
        for text in self.acronyms:
            if (text, "acronym") not in seen:
                seen.add((text, "acronym"))
                yield Form(text, "acronym", None, status=self.status(text))
        for text in self.numbered_forms:
            yield Form(text, "numbered", None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of a term (the stable contract documented in docs/json.md)."""
        return {
            "id": self.id,
            "category": self.category,
            "vi": self.vi,
            "en": self.en,
            "acronyms": list(self.acronyms),
            "variants": {language: list(forms) for language, forms in self.variants.items()},
            "form_status": {text: usage.to_dict() for text, usage in self.form_usage.items()},
            "note": self.note,
            "sources": list(self.sources),
        }


@dataclass(frozen=True, eq=False)
class TermBase:
    """A loaded, validated term base (compared and hashed by identity)."""

    path: str
    # A tuple; read back from the cache, a sequence that unpickles each term on first use (glossary.packed).
    terms: Sequence[Term]

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def statistics(self) -> dict[str, Any]:
        """Counts: entries per category, acronyms, surface forms, series, sourced and annotated entries."""
        categories = {category: 0 for category in CATEGORIES}
        for term in self.terms:
            categories[term.category] = categories.get(term.category, 0) + 1
        return {
            "entries": len(self.terms),
            "categories": categories,
            "acronyms": sum(len(term.acronyms) for term in self.terms),
            "forms": sum(1 for term in self.terms for _form in term.forms()),
            "series": sum(1 for term in self.terms if term.series),
            "with_sources": sum(1 for term in self.terms if term.sources),
            "with_note": sum(1 for term in self.terms if term.note),
        }

    def compile(self, *, folded: bool = True, fuzzy: bool = True) -> Matcher:
        """The compiled, thread-safe matcher of this term base (built once per set of options, then reused)."""
        from .matcher import compile_matcher  # the matcher layer sits above the model: import on use

        options = (folded, fuzzy)
        with _COMPILE_LOCK:
            compiled: dict[tuple[bool, bool], Matcher] = self.__dict__.setdefault("_compiled", {})
            if options not in compiled:
                compiled[options] = compile_matcher(self, folded=folded, fuzzy=fuzzy)
            return compiled[options]

    def get(self, term_id: str) -> Term | None:
        """The term with id ``term_id``, or None."""
        positions: dict[str, int] | None = self.__dict__.get("_positions")
        if positions is None:
            # Made on first use, from the ids alone where the terms are packed (not every term unpickled).
            ids = getattr(self.terms, "ids", None) or [term.id for term in self.terms]
            positions = {term_id: position for position, term_id in enumerate(ids)}
            object.__setattr__(self, "_positions", positions)
        position = positions.get(term_id)
        return None if position is None else self.terms[position]
