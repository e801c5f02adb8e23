"""schema/terms.schema.json, the editor schema for terms.yaml, must agree with the loader.

The loader (``glossary validate``) is the authority; the schema lets editors
complete and check entries as they are typed. These tests keep the two from
drifting apart: same keys, same required keys, same categories, and the same
verdict on valid and broken term bases.
"""

from __future__ import annotations

import copy
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from glossary import default_termbase_path, validate_termbase
from glossary.loader import _NAME_KEYS, ALLOWED_KEYS, MAX_NAME_CHARACTERS, MAX_SCALAR_CHARACTERS, REQUIRED_KEYS
from glossary.model import CATEGORIES, LANGUAGES
from glossary.normalize import name_key

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "terms.schema.json"
SEED_TERMS = Path(__file__).resolve().parent / "data" / "seed-terms.yaml"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def schema_validator(validator: Any) -> Callable[[], Any]:
    """The validator behind a call, so that hypothesis does not print the whole schema with a failing case."""
    return lambda: validator


def _entry_schema(schema: dict[str, Any]) -> dict[str, Any]:
    return schema["$defs"]["entry"]


# -- (a) the schema mirrors the code ------------------------------------------------


def test_schema_is_draft_2020_12_with_terms_at_top(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "object"
    assert schema["required"] == ["terms"]
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == {"terms"}


def test_category_enum_is_model_categories(schema: dict[str, Any]) -> None:
    assert _entry_schema(schema)["properties"]["category"]["enum"] == list(CATEGORIES)


def test_entry_keys_are_loader_keys(schema: dict[str, Any]) -> None:
    entry = _entry_schema(schema)
    assert set(entry["properties"]) == set(ALLOWED_KEYS)
    assert entry["required"] == list(REQUIRED_KEYS)
    assert entry["additionalProperties"] is False


def test_variant_languages_are_model_languages(schema: dict[str, Any]) -> None:
    variants = _entry_schema(schema)["properties"]["variants"]
    assert set(variants["properties"]) == set(LANGUAGES)
    assert variants["additionalProperties"] is False


def test_every_property_has_a_description(schema: dict[str, Any]) -> None:
    entry = _entry_schema(schema)
    variants = entry["properties"]["variants"]["properties"]
    described = {**entry["properties"], **{f"variants.{key}": value for key, value in variants.items()}}
    missing = [name for name, definition in described.items() if not definition.get("description")]
    assert missing == []


# -- (b) the schema and the loader give the same verdict --------------------------------


def _load(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def test_bundled_termbase_matches_schema(validator: Any) -> None:
    path = default_termbase_path()
    if not path.is_file():
        pytest.skip(f"no bundled term base at {path}")
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(_load(path))]
    assert errors == []


def test_seed_termbase_matches_schema(validator: Any) -> None:
    assert list(validator.iter_errors(_load(SEED_TERMS))) == []


VALID_ENTRY: dict[str, Any] = {
    "id": "admm",
    "category": "mechanism",
    "vi": "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN",
    "en": "ASEAN Defence Ministers' Meeting",
    "acronyms": ["ADMM"],
    "variants": {"vi": ["Hội nghị Bộ trưởng Quốc phòng ASEAN"]},
    "series": True,
    "sources": ["https://admm.asean.org/index.php/about-admm/about-admm.html"],
}


def _broken(change: Any) -> dict[str, Any]:
    entry = copy.deepcopy(VALID_ENTRY)
    change(entry)
    return entry


BROKEN_ENTRIES = {
    "misspelt key": _broken(lambda e: e.update(acronymns=e.pop("acronyms"))),
    "missing sources": _broken(lambda e: e.pop("sources")),
    "empty sources": _broken(lambda e: e.update(sources=[])),
    "unknown category": _broken(lambda e: e.update(category="meetings")),
    "upper-case id": _broken(lambda e: e.update(id="ADMM")),
    "blank en": _broken(lambda e: e.update(en="  ")),
    "padded vi": _broken(lambda e: e.update(vi=" Hội nghị ")),
    "acronyms not a list": _broken(lambda e: e.update(acronyms="ADMM")),
    "series as text": _broken(lambda e: e.update(series="yes please")),
    "takes_number as text": _broken(lambda e: e.update(series=False, takes_number="yes")),
    "takes_number with series": _broken(lambda e: e.update(takes_number=True)),
    "domestic as text": _broken(lambda e: e.update(domestic="yes")),
    "modifier_forms as text": _broken(lambda e: e.update(modifier_forms="Lao")),
    "provincial not an id": _broken(lambda e: e.update(provincial="Provincial Command")),
    "takes_number with numbered_forms": _broken(lambda e: e.update(series=False, takes_number=True, numbered_forms=["ADMM"])),
    "variants language": _broken(lambda e: e.update(variants={"fr": ["Réunion"]})),
    "cues without ambiguity": _broken(lambda e: e.update(context_cues=["EU"])),
    "form mapping without form": _broken(lambda e: e.update(variants={"en": [{"status": "deprecated"}]})),
    "form status preferred": _broken(lambda e: e.update(variants={"en": [{"form": "ADM Meeting", "status": "preferred"}]})),
    "form status unknown": _broken(lambda e: e.update(acronyms=[{"form": "ADMM", "status": "obsolete"}])),
    "form mapping unknown key": _broken(lambda e: e.update(variants={"en": [{"form": "ADM Meeting", "outlet": "VNA"}]})),
}


def test_forms_with_status_pass_schema_and_loader(validator: Any, tmp_path: Path) -> None:
    entry = _broken(
        lambda e: e.update(
            acronyms=["ADMM", {"form": "ADMMs", "status": "deprecated", "usage": "Plural seen in some copy."}],
            variants={"en": ["ASEAN Defence Ministers Meeting", {"form": "ASEAN Defense Minister Meeting", "usage": "VNA 2019."}]},
        )
    )
    assert list(validator.iter_errors({"terms": [entry]})) == []
    assert validate_termbase(_write(tmp_path, [entry])) == []


def _write(tmp_path: Path, entries: list[dict[str, Any]]) -> Path:
    path = tmp_path / "terms.yaml"
    path.write_text(yaml.safe_dump({"terms": entries}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_valid_entry_passes_schema_and_loader(validator: Any, tmp_path: Path) -> None:
    assert list(validator.iter_errors({"terms": [VALID_ENTRY]})) == []
    assert validate_termbase(_write(tmp_path, [VALID_ENTRY])) == []


@pytest.mark.parametrize("entry", BROKEN_ENTRIES.values(), ids=BROKEN_ENTRIES.keys())
def test_broken_entry_fails_schema_and_loader(validator: Any, tmp_path: Path, entry: dict[str, Any]) -> None:
    assert list(validator.iter_errors({"terms": [entry]})) != []
    assert validate_termbase(_write(tmp_path, [entry])) != []


@pytest.mark.parametrize(
    "document",
    [{}, {"terms": "admm"}, {"terms": [VALID_ENTRY], "term": []}],
    ids=["no terms", "terms not a list", "unknown top-level key"],
)
def test_broken_top_level_fails_schema(validator: Any, document: dict[str, Any]) -> None:
    assert list(validator.iter_errors(document)) != []


# -- (c) the schema enforces the loader's limits on names and texts (issue 13) ------------
#
# The same hostile files go to both. Files whose hostility lives in the YAML itself
# (aliases, tags, merge keys, duplicate or non-text keys, several documents) never reach
# a JSON Schema: an editor's YAML parser sees them first, and only the loader refuses them.

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
UPDATE = os.environ.get("GLOSSARY_UPDATE_DOCS") == "1"
# Examples of the schema-versus-loader property; GLOSSARY_FUZZ_EXAMPLES=N runs it longer.
FUZZ_EXAMPLES = int(os.environ.get("GLOSSARY_FUZZ_EXAMPLES", "300"))
# Hostile files the schema sees as data: it must refuse them as the loader does.
HOSTILE_DATA_FILES = (
    "empty-names.yaml",
    "punctuation-names.yaml",
    "non-string-values-plain.yaml",
    "long-name.yaml",
    "huge-note.yaml",
    "control-characters.yaml",
)
# Hostile files made hostile by YAML syntax, beyond a schema's reach.
HOSTILE_YAML_FILES = {
    "billion-laughs-key.yaml": "aliases",
    "billion-laughs-value.yaml": "aliases",
    "merge-key.yaml": "an alias and a merge key",
    "duplicate-variant-keys.yaml": "a duplicate key (a YAML parser keeps one)",
    "python-tags.yaml": "object-construction tags",
    "non-string-values.yaml": "a merge key and a list as a key",
    "fuzz-invalid-date.yaml": "a merge key and a list as a key",
}


# Surrogates, private-use and unassigned code points: neither letters nor digits, before or after normalising.
_NEVER_LETTERS = frozenset({"Cs", "Co", "Cn"})


class _Yaml12Loader(yaml.SafeLoader):
    """Reads scalars as YAML 1.2's core schema does, like editors and the loader: a date is text."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_as_editor(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Yaml12Loader)  # noqa: S506 - a SafeLoader subclass


def _name_character_class() -> str:
    """The regex class of the characters that keep a name matchable: a letter or digit once normalised.

    Generated from the loader's own rule, character by character (`name_key`, then
    `str.isalnum`). BMP characters are written as regex escapes (``\\uXXXX``), which
    Python's re and ECMA-262 read alike; astral ones as themselves.
    """
    name_key_uncached = name_key.__wrapped__  # type: ignore[attr-defined]
    ranges: list[tuple[int, int]] = []
    for code_point in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code_point)) in _NEVER_LETTERS:
            continue
        if any(character.isalnum() for character in name_key_uncached(chr(code_point))):
            if ranges and ranges[-1][1] == code_point - 1:
                ranges[-1] = (ranges[-1][0], code_point)
            else:
                ranges.append((code_point, code_point))

    def written(code_point: int) -> str:
        return f"\\u{code_point:04X}" if code_point <= 0xFFFF else chr(code_point)

    return "[" + "".join(written(a) if a == b else f"{written(a)}-{written(b)}" for a, b in ranges) + "]"


def test_name_pattern_is_the_loaders_letter_or_digit_rule(schema: dict[str, Any]) -> None:
    expected = _name_character_class()
    if UPDATE and schema["$defs"]["name"]["pattern"] != expected:
        schema["$defs"]["name"]["pattern"] = expected
        SCHEMA_PATH.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert schema["$defs"]["name"]["pattern"] == expected, (
        "the schema's name pattern differs from the loader's rule: rerun with GLOSSARY_UPDATE_DOCS=1"
    )


def test_schema_limits_are_the_loaders(schema: dict[str, Any]) -> None:
    assert schema["$defs"]["name"]["maxLength"] == MAX_NAME_CHARACTERS
    assert schema["$defs"]["text"]["maxLength"] == MAX_SCALAR_CHARACTERS
    entry = _entry_schema(schema)["properties"]
    names = {key for key in entry if "#/$defs/name" in _references(schema, entry[key])}
    assert names == set(_NAME_KEYS)


def _references(schema: dict[str, Any], node: Any) -> set[str]:
    """Every $ref reached from ``node``, following references through $defs."""
    found: set[str] = set()
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, dict):
            reference = current.get("$ref")
            if isinstance(reference, str) and reference not in found:
                found.add(reference)
                pending.append(schema["$defs"][reference.removeprefix("#/$defs/")])
            pending.extend(value for key, value in current.items() if key != "$ref")
        elif isinstance(current, list):
            pending.extend(current)
    return found


def test_every_hostile_file_is_classified() -> None:
    assert {path.name for path in HOSTILE.glob("*.yaml")} == set(HOSTILE_DATA_FILES) | set(HOSTILE_YAML_FILES)


@pytest.mark.parametrize("name", HOSTILE_DATA_FILES)
def test_issue13_hostile_term_bases_are_refused_by_schema_and_loader(validator: Any, name: str) -> None:
    path = HOSTILE / name
    assert validate_termbase(path) != []
    assert list(validator.iter_errors(_load_as_editor(path))) != []


@pytest.mark.parametrize("name", sorted(HOSTILE_YAML_FILES))
def test_hostile_yaml_is_refused_by_the_loader(name: str) -> None:
    assert validate_termbase(HOSTILE / name) != []


# One name slot of an otherwise valid entry; the rest stays valid, so a verdict is about that name.
_NAME_SLOTS = {
    "vi": lambda entry, name: entry.update(vi=name),
    "en": lambda entry, name: entry.update(en=name),
    "acronyms": lambda entry, name: entry.update(acronyms=[name]),
    "acronyms.form": lambda entry, name: entry.update(acronyms=[{"form": name, "status": "deprecated"}]),
    "variants.vi": lambda entry, name: entry.update(variants={"vi": [name]}),
    "variants.en.form": lambda entry, name: entry.update(variants={"en": [{"form": name, "usage": "VNA."}]}),
    "numbered_forms": lambda entry, name: entry.update(numbered_forms=[name]),
    "context_cues": lambda entry, name: entry.update(ambiguous_forms=["ADMM"], context_cues=[name]),
}
# Separators, invisible and control characters, apostrophes, markup, combining marks, letters and digits.
_NAME_ALPHABET = st.sampled_from(
    list("aĐô1٣ ʼ’'-–—.…·/[]*&|<>\\\"\t\n\r\x1b\x07\x0b\x7f\x85\x00") + ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u0301", "\u2028", "\U0001d400", "\U0001f600"]
)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(slot=st.sampled_from(sorted(_NAME_SLOTS)), name=st.text(_NAME_ALPHABET, max_size=12))
def test_schema_and_loader_give_the_same_verdict_on_any_name(
    schema_validator: Callable[[], Any], tmp_path: Path, slot: str, name: str
) -> None:
    """Whatever a name holds, the schema accepts it exactly when the loader does (NFC aside)."""
    validator = schema_validator()
    assume(unicodedata.is_normalized("NFC", name))
    entry = copy.deepcopy(VALID_ENTRY)
    _NAME_SLOTS[slot](entry, name)
    path = _write(tmp_path, [entry])  # both judge the file, as read by a YAML parser (NEL is a line break there)
    schema_accepts = not list(validator.iter_errors(_load_as_editor(path)))
    loader_accepts = validate_termbase(path) == []
    assert schema_accepts == loader_accepts


@pytest.mark.parametrize(
    ("name", "accepted"),
    [
        ("A" * MAX_NAME_CHARACTERS, True),
        ("A" * (MAX_NAME_CHARACTERS + 1), False),
        ("7", True),
        ("\U0001d400", True),  # MATHEMATICAL BOLD CAPITAL A: astral, still a letter
        ("\u02bc", False),  # MODIFIER LETTER APOSTROPHE: a letter to Unicode, an apostrophe to the matcher
        ("ADMM\n", False),  # a trailing newline is trailing whitespace (Python's `$` matches before it)
        ("AD\x1b[1mMM", False),  # an escape sequence
        ("Bộ\tQuốc phòng", True),  # a tab is whitespace, not a control character to refuse
    ],
    ids=["300 characters", "301 characters", "a digit", "astral letter", "modifier apostrophe", "trailing newline", "escape", "tab"],
)
def test_schema_and_loader_agree_at_the_edges(validator: Any, tmp_path: Path, name: str, accepted: bool) -> None:
    entry = _broken(lambda e: e.update(en=name))
    assert (not list(validator.iter_errors({"terms": [entry]}))) is accepted
    assert (validate_termbase(_write(tmp_path, [entry])) == []) is accepted
