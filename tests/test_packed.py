"""glossary.packed: terms and large lists pickled item by item, read back on first use, mapped from disk."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from glossary import load_termbase
from glossary.model import TermBase
from glossary.packed import PackedBuckets, PackedItems, PackedMapping, Packer, TermTable, load

from .conftest import SEED_TERMS


@pytest.fixture(scope="module")
def termbase() -> TermBase:
    return load_termbase(SEED_TERMS)


def _round_trip(value: object, termbase: TermBase, path: Path) -> object:
    packer = Packer(termbase)
    with path.open("wb") as file:
        packer.dump(value(packer) if callable(value) else value, file)
    return load(path)


def test_items_mappings_and_buckets_read_back_as_written(termbase: TermBase, tmp_path: Path) -> None:
    terms = list(termbase)
    by_id = {term.id: (term, index) for index, term in enumerate(terms)}
    by_words = {tuple(term.vi.lower().split()): term.id for term in terms}
    back = _round_trip(
        lambda packer: {
            "termbase": packer.termbase(),
            "items": packer.items([(term, term.en) for term in terms]),
            "mapping": packer.mapping(by_id),
            "buckets": packer.buckets(by_words, bucket_size=3),
            "plain": [terms[0], "text"],
        },
        termbase,
        tmp_path / "packed",
    )
    assert isinstance(back, dict)
    table = back["termbase"].terms
    assert isinstance(table, TermTable) and table.unpacked_count() == TermTable.CHUNK  # "plain" names the first term
    items, mapping, buckets = back["items"], back["mapping"], back["buckets"]
    assert isinstance(items, PackedItems) and isinstance(mapping, PackedMapping) and isinstance(buckets, PackedBuckets)
    assert items[2] == (terms[2], terms[2].en) and items[2][0] is table[2], "one object per term"
    assert items[-1][1] == terms[-1].en and items[1:3] == [(terms[1], terms[1].en), (terms[2], terms[2].en)]
    assert mapping["admm"][0] is table[mapping["admm"][1]] and len(mapping) == len(terms)
    assert len(buckets) == len(by_words) and dict(buckets.items()) == by_words
    key = next(iter(by_words))
    assert buckets[key] == by_words[key] and key in buckets and buckets.get(("no", "such")) is None
    assert ("no", "such") not in buckets
    assert list(back["termbase"]) == terms and back["termbase"].get("admm") == termbase.get("admm")
    assert back["plain"][0] is table[0]


def test_pickled_by_ordinary_means_they_become_plain(termbase: TermBase, tmp_path: Path) -> None:
    terms = list(termbase)
    back = _round_trip(
        lambda packer: (packer.termbase(), packer.items(terms), packer.mapping({"a": 1}), packer.buckets({"b": 2})),
        termbase,
        tmp_path / "packed",
    )
    plain_termbase, items, mapping, buckets = pickle.loads(pickle.dumps(back))
    assert type(plain_termbase.terms) is tuple and plain_termbase.terms == tuple(terms)
    assert type(items) is list and items == terms
    assert (mapping, buckets) == ({"a": 1}, {"b": 2}) and type(mapping) is dict and type(buckets) is dict


def test_a_term_from_outside_the_term_base_is_refused(termbase: TermBase) -> None:
    import dataclasses
    import io

    stranger = dataclasses.replace(next(iter(termbase)), id="stranger")
    with pytest.raises(ValueError, match="stranger"):
        packer = Packer(termbase)
        packer.dump(packer.items([stranger]), io.BytesIO())


def test_a_mapped_file_replaced_while_in_use_keeps_its_contents(termbase: TermBase, tmp_path: Path) -> None:
    """The cache replaces files (os.replace), never rewrites them: a reader's mapping keeps the old file."""
    path = tmp_path / "packed"
    back = _round_trip(lambda packer: packer.items([term.id for term in termbase]), termbase, path)
    replacement = tmp_path / "new"
    replacement.write_bytes(b"something else entirely")
    os.replace(replacement, path)
    assert list(back) == [term.id for term in termbase]


@pytest.mark.parametrize("damage", [b"", b"GLOSPAK1" + b"\0" * 40, b"not packed at all, but long enough to read"])
def test_what_is_not_a_whole_packed_file_is_refused(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "damaged"
    path.write_bytes(damage)
    with pytest.raises((pickle.UnpicklingError, ValueError, EOFError)):
        load(path)
