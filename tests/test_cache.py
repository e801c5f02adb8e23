"""The on-disk cache of loaded term bases and compiled matchers (glossary/cache.py)."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

import pytest

from glossary import cache, packed
from glossary.cache import cached_matcher, cached_termbase

from .conftest import DATA, SEED_TERMS


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_DIRECTORY_VARIABLE, str(directory))
    monkeypatch.delenv(cache.NO_CACHE_VARIABLE, raising=False)
    return directory


@pytest.fixture()
def terms(tmp_path: Path) -> Path:
    path = tmp_path / "terms.yaml"
    path.write_bytes(SEED_TERMS.read_bytes())
    return path


def matches(matcher: object, text: str = "Bộ Quốc phòng và ADMM-14; Bo Quoc phong") -> list[tuple[str, str, str]]:
    return [(m.text, m.term.id, m.method) for m in matcher.annotate(text)]  # type: ignore[attr-defined]


def test_second_run_reads_the_cache_and_matches_alike(cache_dir: Path, terms: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = cached_matcher(terms)
    assert len(list(cache_dir.glob("matcher-*.pickle"))) == 1
    compiled: list[object] = []
    monkeypatch.setattr("glossary.matcher.compile_matcher", lambda *a, **k: compiled.append(a))
    second = cached_matcher(terms)
    assert not compiled, "the second run compiles nothing"
    assert second is not first
    assert matches(second) == matches(first) and matches(first)
    assert [term.id for term in second.termbase] == [term.id for term in first.termbase]


def test_options_are_part_of_the_key(cache_dir: Path, terms: Path) -> None:
    assert matches(cached_matcher(terms, folded=False)) != matches(cached_matcher(terms))
    assert len(list(cache_dir.glob("matcher-*.pickle"))) == 2


def test_editing_the_term_base_invalidates_it(cache_dir: Path, terms: Path) -> None:
    assert "Bộ Quốc phòng" in [text for text, _id, _method in matches(cached_matcher(terms))]
    terms.write_text(terms.read_text(encoding="utf-8").replace("Bộ Quốc phòng", "Bộ Quốc Phòng Mới"), encoding="utf-8")
    assert "Bộ Quốc phòng" not in [text for text, _id, _method in matches(cached_matcher(terms))]
    assert len(list(cache_dir.glob("matcher-*.pickle"))) == 2


def test_a_new_package_version_invalidates_it(cache_dir: Path, terms: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cached_termbase(terms)
    monkeypatch.setattr("glossary.__version__", "99.0.0")
    cached_termbase(terms)
    names = sorted(path.name for path in cache_dir.glob("termbase-*.pickle"))
    assert len(names) == 2 and any("v99.0.0" in name for name in names)


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a pickle", pickle.dumps({"a": "dict, not a matcher"}), b"\x80\x05\x95truncated"],
    ids=["empty", "garbage", "wrong type", "truncated"],
)
def test_a_corrupt_cache_file_is_ignored_and_rebuilt(cache_dir: Path, terms: Path, damage: bytes) -> None:
    expected = matches(cached_matcher(terms))
    (cache_file,) = cache_dir.glob("matcher-*.pickle")
    cache_file.write_bytes(damage)
    assert matches(cached_matcher(terms)) == expected
    assert packed.load(cache_file).__class__.__name__ == "Matcher", "rebuilt in place"


def test_a_truncated_or_extended_matcher_cache_is_ignored_and_rebuilt(cache_dir: Path, terms: Path) -> None:
    expected = matches(cached_matcher(terms))
    (cache_file,) = cache_dir.glob("matcher-*.pickle")
    whole = cache_file.read_bytes()
    for damaged in (whole[:20], whole[:200], whole[: len(whole) // 2], whole[:-1], whole + b"\0" * 8):
        cache_file.write_bytes(damaged)
        assert matches(cached_matcher(terms)) == expected
        assert cache_file.read_bytes() == whole, "rebuilt in place, byte for byte"


def test_a_cached_matcher_reads_back_only_what_a_short_text_needs(cache_dir: Path) -> None:
    """Terms, patterns and forms are packed (glossary.packed): a sentence reads a few back, builds no automaton."""
    from glossary.packed import PackedItems, TermTable

    fresh = cached_matcher()
    matcher = cached_matcher()
    assert isinstance(matcher.termbase.terms, TermTable) and isinstance(matcher._names.patterns, PackedItems)
    text = "Thượng tướng Nguyễn Tân Cương dự ADMM-14 tại Hà Nội; Bo Quoc phong"
    assert matches(matcher, text) == matches(fresh, text) and matches(fresh, text)
    table = matcher.termbase.terms
    assert table.unpacked_count() < len(table)
    patterns = matcher._names.patterns
    assert isinstance(patterns, PackedItems) and patterns._chunks.read_count() < len(patterns) / 10
    assert matcher.termbase.get("admm") is table[[term.id for term in fresh.termbase].index("admm")]
    assert not matcher._names._automaton.built and isinstance(matcher._names.patterns, PackedItems)
    assert [term.id for term in matcher.termbase] == [term.id for term in fresh.termbase]
    assert table.unpacked_count() == len(table)
    assert all(term is table[index] for index, term in enumerate(matcher.termbase)), "one object per term"
    pattern = matcher._names.patterns[0]
    assert pattern.terms[0] is matcher.termbase.get(pattern.terms[0].id), "patterns name the table's terms"


def test_a_cached_matcher_on_a_long_text_unpacks_and_matches_alike(cache_dir: Path) -> None:
    from glossary.packed import PackedItems

    cached_matcher()
    matcher = cached_matcher()
    corpus = "\n".join(path.read_text(encoding="utf-8") for path in sorted((DATA / "corpus").glob("*.txt")))
    uncached = cached_matcher(cache=False)
    assert matches(matcher, corpus) == matches(uncached, corpus)
    assert isinstance(matcher._names.patterns, PackedItems), "a few hundred hits are read one by one"
    text = corpus * 20
    assert matches(matcher, text) == matches(uncached, text)
    assert matcher._names._automaton.built and isinstance(matcher._names.patterns, list), "many hits unpack"
    assert isinstance(matcher._fuzzy_forms, list), "the fuzzy stage's lists too"


def test_a_cached_matcher_pickles_as_a_plain_one(cache_dir: Path) -> None:
    """A process pool sends matchers to its workers by pickling them: packed parts travel unpacked."""
    from glossary.packed import PackedItems, PackedMapping

    cached_matcher()
    sent = pickle.loads(pickle.dumps(cached_matcher()))
    assert type(sent.termbase.terms) is tuple
    assert isinstance(sent._names.patterns, list) and isinstance(sent._fuzzy_forms, list)
    assert type(sent.acronym_owners) is dict and not isinstance(sent.acronym_owners, PackedMapping)
    assert not any(isinstance(value, PackedItems) for value in vars(sent).values())
    text = "Bộ Quốc phòng và ADMM-14; Bo Quoc phong"
    assert matches(sent, text) == matches(cached_matcher(cache=False), text)


def test_it_can_be_turned_off(cache_dir: Path, terms: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.NO_CACHE_VARIABLE, "1")
    cached_matcher(terms)
    cached_termbase(terms)
    assert not cache_dir.exists()
    monkeypatch.delenv(cache.NO_CACHE_VARIABLE)
    cached_matcher(terms, cache=False)
    assert not cache_dir.exists()


def test_an_unwritable_cache_directory_is_not_an_error(tmp_path: Path, terms: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(cache.CACHE_DIRECTORY_VARIABLE, str(blocker / "cache"))
    assert matches(cached_matcher(terms))


def test_errors_in_the_term_base_are_still_reported(cache_dir: Path, tmp_path: Path) -> None:
    from glossary import TermBaseError

    broken = Path(__file__).parent / "data" / "broken" / "malformed.yaml"
    with pytest.raises(TermBaseError):
        cached_matcher(broken)
    with pytest.raises(TermBaseError):
        cached_termbase(broken)
    assert not list(cache_dir.glob("*.pickle"))


def test_default_location_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.CACHE_DIRECTORY_VARIABLE, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_directory() == tmp_path / "glossary"


def test_lookup_reads_its_index_from_the_cache(cache_dir: Path, terms: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from glossary import lookup

    uncached = [(r.term.id, r.score) for r in lookup(cached_termbase(terms, cache=False), "ADMM")]
    cached_termbase(terms, for_lookup=True)
    assert len(list(cache_dir.glob("termbase-lookup-*.pickle"))) == 1
    built: list[object] = []
    lookup_module = sys.modules["glossary.lookup"]  # `glossary.lookup` names the function
    monkeypatch.setattr(lookup_module._LookupIndex, "__init__", lambda *a: built.append(a))
    termbase = cached_termbase(terms, for_lookup=True)
    assert [(r.term.id, r.score) for r in lookup(termbase, "ADMM")] == uncached and uncached
    assert not built, "the second run builds no index"


def _packed_bytes(value: object, terms: Path) -> bytes:
    import io

    from glossary import load_termbase

    buffer = io.BytesIO()
    packed.Packer(load_termbase(terms)).dump(value, buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "damage",
    [
        lambda terms: b"garbage",
        lambda terms: pickle.dumps((1, 2)),  # a plain pickle, not a packed one
        lambda terms: _packed_bytes(("a", "pair of the wrong things"), terms),
        lambda terms: _packed_bytes((1, 2, 3), terms),
    ],
    ids=["garbage", "plain pickle", "wrong types", "wrong length"],
)
def test_a_corrupt_lookup_cache_is_ignored_and_rebuilt(cache_dir: Path, terms: Path, damage: Any) -> None:
    from glossary import lookup

    expected = [(r.term.id, r.score) for r in lookup(cached_termbase(terms, for_lookup=True), "Bộ Quốc phòng")]
    (cache_file,) = cache_dir.glob("termbase-lookup-*.pickle")
    whole = cache_file.read_bytes()
    cache_file.write_bytes(damage(terms))
    assert [(r.term.id, r.score) for r in lookup(cached_termbase(terms, for_lookup=True), "Bộ Quốc phòng")] == expected
    assert cache_file.read_bytes() == whole, "rebuilt in place"


def test_a_cached_lookup_index_reads_back_only_what_a_query_needs(cache_dir: Path) -> None:
    from glossary import lookup
    from glossary.packed import PackedBuckets, TermTable

    fresh = cached_termbase(for_lookup=True)
    termbase = cached_termbase(for_lookup=True)
    assert isinstance(termbase.terms, TermTable)
    for query in ("ADMM-14", "Bo Quoc phong", "Senior Lieutenant General", "thuong ta", "Ministry of Defnce"):
        assert [(r.term.id, r.score, r.matched_form) for r in lookup(termbase, query)] == [
            (r.term.id, r.score, r.matched_form) for r in lookup(fresh, query)
        ]
    index = sys.modules["glossary.lookup"]._indexes[termbase]
    assert isinstance(index.by_name_key, PackedBuckets) and index.terms is termbase.terms
    assert termbase.terms.unpacked_count() < len(termbase) / 2
    assert [term.id for term in termbase] == [term.id for term in fresh]


def test_an_index_for_another_term_base_is_refused(terms: Path) -> None:
    from glossary.lookup import adopt_lookup_index, lookup_index

    first, second = cached_termbase(terms, cache=False), cached_termbase(terms, cache=False)
    with pytest.raises(ValueError):
        adopt_lookup_index(second, lookup_index(first))
