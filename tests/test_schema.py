"""schema/terms.schema.json, the editor schema for terms.yaml, must agree with the loader.

The loader (``glossary validate``) is the authority; the schema lets editors
complete and check entries as they are typed. These tests keep the two from
drifting apart: same keys, same required keys, same categories, and the same
verdict on valid and broken term bases.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from glossary import default_termbase_path, validate_termbase
from glossary.loader import ALLOWED_KEYS, REQUIRED_KEYS
from glossary.model import CATEGORIES, LANGUAGES

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
