"""Loading and validating ``terms.yaml``.

The YAML is parsed into nodes first (with the C parser when PyYAML has it), so
that every problem can name its file, line and entry. Validation collects every
problem rather than stopping at the first; :func:`load_termbase` raises one
:class:`TermBaseError` that lists them all.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    import yaml

from .errors import Problem, TermBaseError
from .model import CATEGORIES, LANGUAGES, FormUsage, NumberedBody, Term, TermBase
from .normalize import name_key

__all__ = [
    "ENVIRONMENT_VARIABLE",
    "default_termbase_path",
    "resolve_termbase_path",
    "load_termbase",
    "load_termbase_text",
    "validate_termbase",
]

ENVIRONMENT_VARIABLE = "GLOSSARY_TERMS"


REQUIRED_KEYS = ("id", "category", "vi", "en", "sources")
OPTIONAL_KEYS = (
    "acronyms",
    "variants",
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
)
ALLOWED_KEYS = REQUIRED_KEYS + OPTIONAL_KEYS
_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
# A variant or acronym written as a mapping: {form: ..., status: admitted|deprecated, usage: ...}.
FORM_KEYS = ("form", "status", "usage")
# "preferred" belongs to the entry's vi/en names alone.
DECLARABLE_STATUSES = ("admitted", "deprecated")
# How close an unknown key must be to a known one to be offered as "did you mean".
_KEY_SUGGESTION_MIN_SCORE = 70

# Bounds that keep a hostile or broken term base cheap to reject (docs/reliability.md).
#: A term base larger than this is refused before parsing (the bundled one is about 0.3 MB).
MAX_TERMBASE_BYTES = 64 * 1024 * 1024
#: Nesting deeper than this is refused (a term base needs 7 levels: terms, entry, variants, list, form).
MAX_NESTING_DEPTH = 16
#: Any single text value longer than this is refused (the longest note in the bundled file is ~500).
MAX_SCALAR_CHARACTERS = 10_000
#: A name, variant, acronym or cue longer than this is refused: no term name is a paragraph.
MAX_NAME_CHARACTERS = 300
# Keys whose text values are names matched in texts (checked by _name_problem).
_NAME_KEYS = frozenset(
    {"vi", "en", "acronyms", "variants", "numbered_forms", "modifier_forms", "ambiguous_forms", "context_cues", "default_for"}
)
# Control characters a text may not hold: C0 but tab and line breaks, DEL, C1. They cannot be seen, a
# name holding one never matches what people write, and they are what terminal escapes are made of.
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_STRING_TAG = "tag:yaml.org,2002:str"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
# Tags a term base may use explicitly: YAML's core schema, never object construction.
_ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "seq", "map", "null", "bool", "int", "float")
)


def default_termbase_path() -> Path:
    """The bundled term base: inside the installed package, else at the checkout's root."""
    package_directory = Path(__file__).resolve().parent
    packaged = package_directory / "data" / "terms.yaml"
    if packaged.is_file():
        return packaged
    return package_directory.parent / "terms.yaml"


def resolve_termbase_path(path: str | os.PathLike[str] | None = None) -> Path:
    """``path`` if given, else ``$GLOSSARY_TERMS`` if set, else the bundled term base."""
    if path is not None:
        return Path(path)
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return Path(from_environment)
    return default_termbase_path()


def load_termbase(path: str | os.PathLike[str] | None = None) -> TermBase:
    """Load and validate a term base; raise :class:`TermBaseError` listing every problem."""
    resolved = resolve_termbase_path(path)
    termbase, problems = _read(resolved)
    if problems or termbase is None:
        raise TermBaseError(problems)
    return termbase


def load_termbase_text(text: str, *, path: str | os.PathLike[str] = "<text>") -> TermBase:
    """Validate YAML ``text`` as a term base (``path`` names it in problems); raise :class:`TermBaseError`.

    For edits checked before they are written (:mod:`glossary.editing`): the same checks as
    :func:`load_termbase`, on text that is not (yet) a file.
    """
    collector = _Collector(Path(path))
    termbase = _read_text(text, collector)
    if collector.problems or termbase is None:
        raise TermBaseError(collector.problems)
    return termbase


def validate_termbase(path: str | os.PathLike[str] | None = None) -> list[Problem]:
    """Every problem in a term base (an empty list when it is valid)."""
    _termbase, problems = _read(resolve_termbase_path(path))
    return problems


@dataclass
class _Entry:
    index: int
    line: int
    values: dict[str, Any] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        entry_id = self.values.get("id")
        return entry_id if isinstance(entry_id, str) and entry_id.strip() else f"entry #{self.index + 1}"


class _Collector:
    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self.problems: list[Problem] = []

    def add(self, line: int | None, entry_id: str | None, message: str) -> None:
        self.problems.append(Problem(self.path, line, entry_id, message))


def _read(path: Path) -> tuple[TermBase | None, list[Problem]]:
    collector = _Collector(path)
    try:
        raw = _read_bounded(path)
    except FileNotFoundError:
        collector.add(None, None, "term base not found (pass --terms PATH or set GLOSSARY_TERMS)")
        return None, collector.problems
    except OSError as error:
        collector.add(None, None, f"cannot read the term base: {error.strerror or error}")
        return None, collector.problems
    if raw is None:
        megabytes = MAX_TERMBASE_BYTES // (1024 * 1024)
        collector.add(None, None, f"the term base is larger than {megabytes} MB; split it or remove what is not terms")
        return None, collector.problems
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        collector.add(line, None, f"not valid UTF-8 (byte {error.start}); save the file as UTF-8")
        return None, collector.problems
    termbase = _read_text(text, collector)
    return (None, collector.problems) if collector.problems else (termbase, [])


def _read_text(text: str, collector: _Collector) -> TermBase | None:
    entries = _parse_entries(text, collector)
    if entries is None:
        return None
    terms = [term for entry in entries if (term := _check_entry(entry, collector)) is not None]
    _check_across_entries(entries, collector)
    if collector.problems:
        collector.problems.sort(key=lambda problem: problem.line or 0)
        return None
    return TermBase(collector.path, tuple(_with_numbered_bodies(terms)))


def _written_names(term: Term) -> Iterator[str]:
    """The names the term base writes for ``term`` (not its generated spellings: cheap for 100k entries)."""
    return (name for language in LANGUAGES for name in (term.name(language), *term.variants.get(language, ())))


def _with_numbered_bodies(terms: list[Term]) -> list[Term]:
    """``terms``, each whose name ends with a numbered body's name given that body (``Term.numbered_body``).

    A title or institution named after a series entry of two words or more takes that entry's number as the text
    writes it: "Bí thư Trung ương Đảng khóa XIII" (Trung ương Đảng), "Phó Chủ tịch Quốc hội khóa XV" (Quốc hội).
    A unit that takes a number (Sư đoàn) is not such a body; a law or a working group named after a body is not
    numbered by its term.
    """
    bodies: dict[str, Term] = {}
    for term in terms:
        if term.series and not term.takes_number:
            for name in _written_names(term):
                if " " in (key := name_key(name)):
                    bodies.setdefault(key, term)
    numbered: list[Term] = []
    for term in terms:
        body = None
        if bodies and term.category in ("title", "institution") and not term.takes_a_number:
            for name in _written_names(term):
                words = name_key(name).split(" ")
                body = next((bodies[suffix] for i in range(1, len(words) - 1) if (suffix := " ".join(words[i:])) in bodies), None)
                if body is not None:
                    break
        if body is None:
            numbered.append(term)
        else:
            english = (body.en, *body.variants.get("en", ()))
            numbered.append(replace(term, numbered_body=NumberedBody(english, body.numbered_by_term)))
    return numbered


def _parse_entries(text: str, collector: _Collector) -> list[_Entry] | None:
    import yaml  # here, not at import: `glossary lookup` reads a cached term base and never needs it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        root = _compose_bounded(loader, collector)
        if collector.problems:
            return None
        if root is None:
            collector.add(1, None, "the term base is empty; it needs a top-level 'terms:' list")
            return None
        _check_structure(root, collector)
        if not isinstance(root, yaml.MappingNode):
            collector.add(_line(root), None, "the top level must be a mapping with a 'terms:' list")
            return None
        top = _mapping_items(root, collector, None)
        for key, (key_node, _value) in top.items():
            if key != "terms":
                collector.add(_line(key_node), None, f"unknown top-level key {key!r}; only 'terms' is allowed")
        if "terms" not in top:
            collector.add(_line(root), None, "missing the top-level 'terms:' list")
            return None
        terms_node = top["terms"][1]
        if not isinstance(terms_node, yaml.SequenceNode):
            collector.add(_line(terms_node), None, "'terms' must be a list of entries")
            return None
        entries = []
        for index, entry_node in enumerate(terms_node.value):
            if not isinstance(entry_node, yaml.MappingNode):
                collector.add(_line(entry_node), None, f"entry #{index + 1} must be a mapping of keys to values")
                continue
            entry = _Entry(index, _line(entry_node))
            for key, (key_node, value_node) in _mapping_items(entry_node, collector, entry).items():
                try:
                    entry.values[key] = loader.construct_object(value_node, deep=True)
                except (ValueError, OverflowError, TypeError) as error:  # e.g. an int of 5,000 digits
                    collector.add(_line(value_node), entry.label, f"cannot read the value of {key!r}: {error}")
                    continue
                entry.key_lines[key] = _line(key_node)
            entries.append(entry)
        return entries
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = f", column {mark.column + 1}" if mark else ""
        reason = error.problem or error.context or "malformed YAML"
        context = ""
        if error.context and error.context_mark and error.problem:
            start = error.context_mark
            context = f" ({error.context} that starts on line {start.line + 1}, column {start.column + 1})"
        collector.add(line, None, f"malformed YAML: {reason}{column}{context}")
        return None
    except yaml.YAMLError as error:
        collector.add(None, None, f"malformed YAML: {error}")
        return None
    finally:
        loader.dispose()


def _read_bounded(path: Path) -> bytes | None:
    """The file's bytes, or None when it is larger than MAX_TERMBASE_BYTES (read once: pipes work)."""
    with path.open("rb") as handle:
        raw = handle.read(MAX_TERMBASE_BYTES + 1)
    return None if len(raw) > MAX_TERMBASE_BYTES else raw


def _compose_bounded(loader: Any, collector: _Collector) -> yaml.Node | None:
    """Build the node tree from parser events, refusing what could blow up later.

    PyYAML's own composer is recursive and accepts aliases. Here aliases
    (``*name``, and so merge keys that use them) are refused before any is
    expanded anywhere (values, keys, merge keys), nesting is bounded, any one
    text is bounded, and only the core schema's tags are allowed, so time and
    memory stay linear in the file's size. Problems go to ``collector``.
    """
    import yaml

    root: yaml.Node | None = None
    open_nodes: list[yaml.Node] = []
    pending_keys: list[yaml.Node | None] = []
    documents = 0

    def attach(node: yaml.Node) -> None:
        nonlocal root
        if not open_nodes:
            root = node
            return
        parent = open_nodes[-1]
        if isinstance(parent, yaml.SequenceNode):
            parent.value.append(node)
        elif pending_keys[-1] is None:
            pending_keys[-1] = node
        else:
            parent.value.append((pending_keys[-1], node))
            pending_keys[-1] = None

    def tag_of(event: Any, kind: type, value: str | None) -> str | None:
        tag = event.tag
        if tag is None or tag == "!":
            resolved = str(loader.resolve(kind, value, event.implicit))
            # YAML 1.2's core schema has no timestamps: "2020-02-31" is text, not a date that fails to construct.
            return _STRING_TAG if resolved == _TIMESTAMP_TAG else resolved
        if tag not in _ALLOWED_TAGS:
            collector.add(
                event.start_mark.line + 1,
                None,
                f"the YAML tag {tag!r} is not allowed; a term base holds only text, lists and mappings",
            )
            return None
        return str(tag)

    while True:
        event = loader.get_event()
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, yaml.StreamEndEvent):
            return root
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                collector.add(line, None, "a term base is one YAML document; remove the second '---' document")
                return None
        elif isinstance(event, yaml.AliasEvent):
            collector.add(
                line,
                None,
                f"alias *{event.anchor} is not allowed (aliases and merge keys can expand without bound); "
                "write the value out",
            )
            return None
        elif isinstance(event, yaml.ScalarEvent):
            if len(event.value) > MAX_SCALAR_CHARACTERS:
                collector.add(
                    line, None, f"a text of {len(event.value):,} characters; the limit is {MAX_SCALAR_CHARACTERS:,}"
                )
                return None
            tag = tag_of(event, yaml.ScalarNode, event.value)
            attach(yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style))
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(open_nodes) >= MAX_NESTING_DEPTH:
                collector.add(line, None, f"nested more than {MAX_NESTING_DEPTH} levels deep; a term base needs 7")
                return None
            node_class = yaml.SequenceNode if isinstance(event, yaml.SequenceStartEvent) else yaml.MappingNode
            tag = tag_of(event, node_class, None)
            node = node_class(tag, [], event.start_mark, None, flow_style=event.flow_style)
            attach(node)
            open_nodes.append(node)
            pending_keys.append(None)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            open_nodes.pop().end_mark = event.end_mark
            pending_keys.pop()


def _check_structure(root: yaml.Node, collector: _Collector) -> None:
    import yaml

    """Report, at any depth, keys that are not text, merge keys, and keys that appear twice (with both lines)."""
    stack: list[tuple[yaml.Node, str | None, str]] = [(root, None, "root")]
    while stack:
        node, label, role = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            child_role = "entry" if role == "terms" else "inner"
            stack.extend((child, label, child_role) for child in node.value)
            continue
        if not isinstance(node, yaml.MappingNode):
            continue
        if role == "entry":
            label = next(
                (value.value for key, value in node.value if isinstance(key, yaml.ScalarNode) and key.value == "id"
                 and isinstance(value, yaml.ScalarNode) and value.value.strip()),
                None,
            )
        first_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                collector.add(_line(key_node), label, "a key must be text, not a list or a mapping")
                continue
            key = key_node.value
            if key_node.tag == "tag:yaml.org,2002:merge":
                collector.add(_line(key_node), label, "merge keys ('<<') are not allowed; write the keys out")
            elif key in first_lines:
                collector.add(
                    _line(key_node), label, f"key {_shorten(key)!r} appears twice (first on line {first_lines[key]})"
                )
            else:
                first_lines[key] = _line(key_node)
            child_role = "terms" if role == "root" and key == "terms" else "inner"
            stack.append((value_node, label, child_role))


def _name_problem(value: str) -> str | None:
    """Why ``value`` cannot be a name matched in texts, or None when it can."""
    if len(value) > MAX_NAME_CHARACTERS:
        return f"is {len(value):,} characters long; a name has at most {MAX_NAME_CHARACTERS}"
    if not any(character.isalnum() for character in name_key(value)):
        return "has no letter or digit once normalised (dashes, apostrophes, invisible characters); it cannot be matched"
    return None


def _shorten(value: str, limit: int = 80) -> str:
    return value if len(value) <= limit else f"{value[:limit]}..."


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _mapping_items(
    node: yaml.MappingNode, collector: _Collector, entry: _Entry | None
) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    import yaml

    items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue  # reported by _check_structure
        items.setdefault(key_node.value, (key_node, value_node))  # a repeated key is reported by _check_structure
    return items


def _check_entry(entry: _Entry, collector: _Collector) -> Term | None:
    label = entry.label
    before = len(collector.problems)

    def report(key: str | None, message: str) -> None:
        # "variants.vi" and "acronyms.form" are reported at the line of their top-level key.
        line = entry.key_lines.get(key, entry.key_lines.get(key.split(".")[0], entry.line)) if key else entry.line
        collector.add(line, label, message)

    for key in entry.values:
        if key not in ALLOWED_KEYS:
            suggestion = process.extractOne(key, ALLOWED_KEYS, scorer=fuzz.ratio, score_cutoff=_KEY_SUGGESTION_MIN_SCORE)
            hint = f" (did you mean {suggestion[0]!r}?)" if suggestion else ""
            report(key, f"unknown key {key!r}{hint}")
    for key in REQUIRED_KEYS:
        if key not in entry.values:
            report(None, f"missing required key {key!r}")

    values = entry.values

    def text(key: str, value: Any) -> str | None:
        if not isinstance(value, str):
            report(key, f"{key} must be text, not {_type_name(value)}")
            return None
        if not value.strip():
            report(key, f"{key} is empty")
            return None
        if value != value.strip():
            report(key, f"{key} has leading or trailing whitespace: {_shorten(value)!r}")
        if not unicodedata.is_normalized("NFC", value):
            report(key, f"{key} is not NFC-normalised: {_shorten(value)!r} (re-save it as NFC)")
        control = _CONTROL_CHARACTER.search(value)
        if control:
            code = f"U+{ord(control.group()):04X}"
            report(key, f"{key} {_shorten(value)!r} holds the control character {code}; remove it (it cannot be seen or matched)")
            return None
        if key.split(".")[0] in _NAME_KEYS and not key.endswith(".usage"):
            problem = _name_problem(value)
            if problem:
                report(key, f"{key} {_shorten(value)!r} {problem}")
                return None
        return value

    def text_list(key: str, allow_empty: bool = True) -> tuple[str, ...]:
        value = values.get(key)
        if value is None:
            if key in values and not allow_empty:
                report(key, f"{key} must be a non-empty list")
            return ()
        if not isinstance(value, list):
            report(key, f"{key} must be a list of text, not {_type_name(value)}")
            return ()
        if not value and not allow_empty:
            report(key, f"{key} must not be empty")
        checked = [text(key, item) for item in value]
        return tuple(item for item in checked if item is not None)

    for key in OPTIONAL_KEYS:
        if key in values and values[key] is None:
            report(key, f"{key} is empty; give it a value or remove the key")
    term_id = values.get("id")
    if "id" in values:
        if text("id", term_id) is not None and not _ID_PATTERN.fullmatch(term_id):
            report("id", f"id {term_id!r} must use only a-z, 0-9 and '-', starting with a letter or digit")
    category = values.get("category")
    if "category" in values and text("category", category) is not None and category not in CATEGORIES:
        report("category", f"unknown category {category!r}; use one of: {', '.join(CATEGORIES)}")
    vi = text("vi", values["vi"]) if "vi" in values else None
    en = text("en", values["en"]) if "en" in values else None
    form_usage: dict[str, FormUsage] = {}

    def form_item(key: str, item: Any) -> str | None:
        """A written form: plain text, or a mapping with its status and usage note."""
        if not isinstance(item, dict):
            return text(key, item)
        for item_key in item:
            if item_key not in FORM_KEYS:
                report(key, f"{key}: unknown key {item_key!r} in a form mapping; use {', '.join(FORM_KEYS)}")
        if "form" not in item:
            report(key, f"{key}: a form written as a mapping needs 'form' (the text), with 'status' and/or 'usage'")
            return None
        form = text(f"{key}.form", item["form"])
        status = item.get("status", "admitted")
        if status not in DECLARABLE_STATUSES:
            hint = " (only the entry's vi/en names are preferred)" if status == "preferred" else ""
            report(key, f"{key}: status of {item.get('form')!r} must be one of {', '.join(DECLARABLE_STATUSES)}, not {status!r}{hint}")
            return None
        usage = item.get("usage")
        if usage is not None:
            usage = text(f"{key}.usage", usage)
        if form is not None:
            if form in form_usage:
                report(key, f"{key}: form {form!r} is given a status twice")
            form_usage[form] = FormUsage(status, usage)
        return form

    def form_list(key: str, raw: Any) -> tuple[str, ...]:
        if not isinstance(raw, list):
            report(key.split(".")[0], f"{key} must be a list of text, not {_type_name(raw)}")
            return ()
        checked = [form_item(key, item) for item in raw]
        return tuple(item for item in checked if item is not None)

    acronyms = form_list("acronyms", values["acronyms"]) if values.get("acronyms") is not None else ()
    sources = text_list("sources", allow_empty=False) if "sources" in values else ()

    variants: dict[str, tuple[str, ...]] = {}
    raw_variants = values.get("variants")
    if raw_variants is not None:
        if not isinstance(raw_variants, dict):
            report("variants", "variants must be a mapping with 'vi' and/or 'en' lists")
        else:
            for language, forms in raw_variants.items():
                if language not in LANGUAGES:
                    report("variants", f"unknown variants language {language!r}; use 'vi' or 'en'")
                    continue
                if not isinstance(forms, list):
                    report("variants", f"variants.{language} must be a list of text")
                    continue
                variants[language] = form_list(f"variants.{language}", forms)

    series = values.get("series", False)
    if not isinstance(series, bool):
        report("series", f"series must be true or false, not {_type_name(series)}")
        series = False
    numbered_forms = text_list("numbered_forms")
    modifier_forms = text_list("modifier_forms")
    takes_number = values.get("takes_number", False)
    if not isinstance(takes_number, bool):
        report("takes_number", f"takes_number must be true or false, not {_type_name(takes_number)}")
        takes_number = False
    elif takes_number and (series or numbered_forms):
        report("takes_number", "takes_number (a numbered unit) and series/numbered_forms (a numbered meeting) exclude each other")
    domestic = values.get("domestic", False)
    if not isinstance(domestic, bool):
        report("domestic", f"domestic must be true or false, not {_type_name(domestic)}")
        domestic = False
    provincial = values.get("provincial")
    if provincial is not None and (not isinstance(provincial, str) or not _ID_PATTERN.fullmatch(provincial)):
        report("provincial", f"provincial must be the id of another entry, not {_shorten(str(provincial))!r}")
        provincial = None
    elif provincial == term_id:
        report("provincial", "provincial names another entry, not this one")
        provincial = None
    ambiguous_forms = text_list("ambiguous_forms")
    context_cues = text_list("context_cues")
    default_for = text_list("default_for")
    note = values.get("note")
    if note is not None:
        note = text("note", note)

    own_keys = {name_key(form) for form in (vi, en, *acronyms, *(f for fs in variants.values() for f in fs)) if form}
    for form in ambiguous_forms:
        if name_key(form) not in own_keys:
            report("ambiguous_forms", f"ambiguous form {form!r} is not one of this entry's names, variants or acronyms")
    if context_cues and not ambiguous_forms:
        report("context_cues", "context_cues only make sense with ambiguous_forms")
    ambiguous_keys = {name_key(form) for form in ambiguous_forms}
    for form in default_for:
        if name_key(form) not in ambiguous_keys:
            report("default_for", f"default_for {form!r} is not one of this entry's ambiguous_forms")

    if len(collector.problems) > before:
        return None
    assert isinstance(term_id, str) and isinstance(category, str) and vi and en
    return Term(
        id=term_id,
        category=category,
        vi=vi,
        en=en,
        acronyms=acronyms,
        variants=variants,
        series=series or bool(numbered_forms),
        numbered_forms=numbered_forms,
        modifier_forms=modifier_forms,
        takes_number=takes_number,
        domestic=domestic,
        provincial=provincial,
        ambiguous_forms=ambiguous_forms,
        context_cues=context_cues,
        default_for=default_for,
        form_usage=form_usage,
        note=note,
        sources=sources,
        line=entry.line,
    )


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a mapping"}.get(
        type(value), type(value).__name__
    )


def _form_text(item: Any) -> Any:
    """The text of a written form, whether plain or a {form, status, usage} mapping."""
    return item.get("form") if isinstance(item, dict) else item


def _written_forms(entry: _Entry) -> Iterable[str]:
    values = entry.values
    for key in ("vi", "en"):
        if isinstance(values.get(key), str):
            yield values[key]
    if isinstance(values.get("acronyms"), list):
        yield from (form for item in values["acronyms"] if isinstance(form := _form_text(item), str))
    variants = values.get("variants")
    if isinstance(variants, dict):
        for forms in variants.values():
            if isinstance(forms, list):
                yield from (form for item in forms if isinstance(form := _form_text(item), str))


def _check_across_entries(entries: list[_Entry], collector: _Collector) -> None:
    first_with_id: dict[str, _Entry] = {}
    for entry in entries:
        entry_id = entry.values.get("id")
        if not isinstance(entry_id, str):
            continue
        if entry_id in first_with_id:
            first = first_with_id[entry_id]
            collector.add(entry.key_lines.get("id", entry.line), entry_id, f"duplicate id (first used on line {first.line})")
        else:
            first_with_id[entry_id] = entry

    for entry in entries:
        provincial = entry.values.get("provincial")
        if isinstance(provincial, str) and provincial not in first_with_id:
            label = entry.values.get("id") if isinstance(entry.values.get("id"), str) else None
            collector.add(entry.key_lines.get("provincial", entry.line), label, f"provincial names {provincial!r}, which is no entry's id")

    holders: dict[str, list[tuple[_Entry, str]]] = defaultdict(list)
    for entry in entries:
        seen_in_entry: set[str] = set()
        for form in _written_forms(entry):
            if not form.strip():
                continue
            key = name_key(form)
            if key not in seen_in_entry:
                seen_in_entry.add(key)
                holders[key].append((entry, form))
    for key, holding in holders.items():
        if len(holding) < 2:
            continue
        declared = all(
            key in {name_key(f) for f in entry.values.get("ambiguous_forms") or [] if isinstance(f, str)}
            for entry, _form in holding
        )
        if declared:
            defaults = [
                entry
                for entry, _form in holding
                if key in {name_key(f) for f in entry.values.get("default_for") or [] if isinstance(f, str)}
            ]
            for entry in defaults[1:]:
                collector.add(
                    entry.key_lines.get("default_for", entry.line),
                    entry.label,
                    f"default_for {holding[0][1]!r}: entry {defaults[0].label!r} (line {defaults[0].line}) "
                    "is already its default sense; keep one",
                )
            continue
        first_entry, _first_form = holding[0]
        for entry, form in holding[1:]:
            collector.add(
                entry.line,
                entry.label,
                f"form {form!r} is also in entry {first_entry.label!r} (line {first_entry.line}); "
                "if both are senses of one form, list it in ambiguous_forms of each",
            )
