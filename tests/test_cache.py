"""The on-disk cache of loaded term bases and compiled matchers (glossary/cache.py)."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

from glossary import cache
from glossary.cache import cached_matcher, cached_termbase

from .conftest import SEED_TERMS


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
    assert pickle.loads(cache_file.read_bytes()).__class__.__name__ == "Matcher", "rebuilt in place"


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


@pytest.mark.parametrize(
    "damage",
    [b"garbage", pickle.dumps(("a", "pair of the wrong things")), pickle.dumps((1, 2, 3))],
    ids=["garbage", "wrong types", "wrong length"],
)
def test_a_corrupt_lookup_cache_is_ignored_and_rebuilt(cache_dir: Path, terms: Path, damage: bytes) -> None:
    from glossary import lookup

    expected = [(r.term.id, r.score) for r in lookup(cached_termbase(terms, for_lookup=True), "Bộ Quốc phòng")]
    (cache_file,) = cache_dir.glob("termbase-lookup-*.pickle")
    cache_file.write_bytes(damage)
    assert [(r.term.id, r.score) for r in lookup(cached_termbase(terms, for_lookup=True), "Bộ Quốc phòng")] == expected
    assert len(pickle.loads(cache_file.read_bytes())) == 2, "rebuilt in place"


def test_an_index_for_another_term_base_is_refused(terms: Path) -> None:
    from glossary.lookup import adopt_lookup_index, lookup_index

    first, second = cached_termbase(terms, cache=False), cached_termbase(terms, cache=False)
    with pytest.raises(ValueError):
        adopt_lookup_index(second, lookup_index(first))
