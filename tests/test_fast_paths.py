"""Each fast path agrees with the plain reference it replaces (hypothesis)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import DamerauLevenshtein

from glossary import Matcher, TermBase, compile_matcher
from glossary.matcher import _pigeonhole_pieces, _select
from glossary.normalize import _canonical_form, normalize

_TEXT = st.text(
    alphabet=st.sampled_from(
        list("aăâbcdđeêghiklmnoôơqtuưyAĐƠƯ")
        + ["\u0300", "\u0301", "\u0309", "\u0323", "\u0302", "\u031b", "\u212b"]
        + [" ", "\t", "\n", "\u00a0", "-", "–", "'", "’", "`", "\u200b", "\u00ad", ",", "1", "İ", "_"]
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_keys_are_built_as_normalize_builds_texts(text: str) -> None:
    """Keys skip the offset map; the text they produce is the same."""
    _canonical_form.cache_clear()
    assert _canonical_form(text) == normalize(text.strip()).canonical.strip()


_WORDS = st.lists(st.text(alphabet="abcdeghiklmnopqrstuvxy", min_size=1, max_size=8), min_size=4, max_size=9)


def _edit(key: str, data: st.DataObject) -> str:
    for _ in range(data.draw(st.integers(0, 2))):
        position = data.draw(st.integers(0, max(0, len(key) - 2)))
        kind = data.draw(st.sampled_from(["insert", "delete", "substitute", "swap"]))
        letter = data.draw(st.sampled_from("abz "))
        if kind == "insert":
            key = key[:position] + letter + key[position:]
        elif kind == "delete":
            key = key[:position] + key[position + 1 :]
        elif kind == "substitute":
            key = key[:position] + letter + key[position + 1 :]
        else:
            key = key[:position] + key[position + 1 : position + 2] + key[position : position + 1] + key[position + 2 :]
    return key


@settings(max_examples=500, deadline=None)
@given(_WORDS, st.data())
def test_a_string_within_the_allowed_edits_holds_a_pigeonhole_piece(words: list[str], data: st.DataObject) -> None:
    key = " ".join(words)
    edits = data.draw(st.integers(1, 2))
    variant = _edit(key, data)
    if DamerauLevenshtein.distance(variant, key) > edits:
        return
    pieces = _pigeonhole_pieces(key, edits, None) + _pigeonhole_pieces(key, edits, _frequencies(words))
    for offset, piece in pieces:
        assert key[offset : offset + len(piece)] == piece
    split_by_length = _pigeonhole_pieces(key, edits, None)
    split_by_words = _pigeonhole_pieces(key, edits, _frequencies(words))
    assert any(piece in variant for _offset, piece in split_by_length)
    assert any(piece in variant for _offset, piece in split_by_words)


def _frequencies(words: list[str]) -> dict[str, int]:
    from collections import Counter

    return Counter(words)


_NAME_WORDS = ["Hội", "nghị", "Bộ", "trưởng", "Quốc", "phòng", "các", "nước", "ASEAN", "mở", "rộng", "an", "ninh"]


def _brute_force_fuzzy(matcher: Matcher, text: str) -> set[tuple[int, int, str]]:
    """Every word-aligned window within a long name's allowed edits: what the fuzzy stage may score."""
    normalized = normalize(text)
    folded = normalized.folded
    words = list(re.finditer(r"\w+", folded))
    found = set()
    for first in words:
        for last in words:
            start, end = first.start(), last.end()
            if end <= start:
                continue
            for form in matcher._fuzzy_forms:
                if abs((end - start) - len(form.key)) > form.allowed_edits:
                    continue
                if DamerauLevenshtein.distance(folded[start:end], form.key) <= form.allowed_edits:
                    found.add((start, end, form.key))
    return found


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_NAME_WORDS + ["Hội", "ngị", "trửong", "Quôc", "phogn", "xx"]), max_size=14))
def test_fuzzy_windows_find_every_window_brute_force_finds(words: list[str]) -> None:
    matcher = _bundled()
    text = " ".join(words)
    normalized = normalize(text)
    covered = _select(matcher._exact_candidates(normalized) + list(matcher._folded_candidates(normalized)))
    windows = matcher._fuzzy_windows(normalized.folded, covered, [candidate.start for candidate in covered])
    proposed = {(start, end, matcher._fuzzy_forms[index].key) for start, pairs in windows.items() for index, end in pairs}
    for start, end, key in _brute_force_fuzzy(matcher, text):
        # The scoring skips windows inside an exact match or starting inside one (they would cut it).
        inside = any(c.start <= start and end <= c.end or c.start < start < c.end for c in covered)
        assert inside or (start, end, key) in proposed, (text, start, end, key)


_MATCHER: list[Matcher] = []


def _bundled() -> Matcher:
    if not _MATCHER:
        from glossary import load_termbase

        _MATCHER.append(compile_matcher(load_termbase()))
    return _MATCHER[0]


_KEYS = st.lists(st.text(alphabet=st.sampled_from(list("aăbđ ô-'") + ["\u0301", "\x00"]), min_size=1, max_size=6), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_KEYS, st.text(alphabet=st.sampled_from(list("aăbđ ô-'x") + ["\u0301", "\U0001f600", "\x00"]), max_size=40))
def test_scanning_a_short_text_finds_what_the_automaton_finds(keys: list[str], text: str) -> None:
    """The dict scan that stands in for an unbuilt automaton reports the same hits in the same order."""
    import pickle

    import ahocorasick_rs

    from glossary.matcher import _LazyAutomaton

    keys = list(dict.fromkeys(keys))
    built = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard)
    lazy = _LazyAutomaton(keys)
    assert lazy._scan(text) == built.find_matches_as_indexes(text, overlapping=True)
    # Pickled (as the cache writes it), the keys of each length come back when a text needs them.
    revived = pickle.loads(pickle.dumps(lazy))
    assert revived._scan(text) == built.find_matches_as_indexes(text, overlapping=True)
    assert revived.keys() == keys and all(key in revived for key in keys)
    assert text in revived if text in keys else text not in revived
    # ... looked up by bisection in the sorted keys until a dict pays; here, never.
    bisecting = pickle.loads(pickle.dumps(lazy))
    for sorted_keys in bisecting._by_length.values():
        sorted_keys.LOOKUPS_PER_BISECTION = 0
    assert bisecting._scan(text) == built.find_matches_as_indexes(text, overlapping=True)
    assert all(key in bisecting for key in keys) and (text in bisecting) == (text in keys)
    assert all(type(sorted_keys).__name__ == "_SortedKeys" for sorted_keys in bisecting._by_length.values())


def test_an_automaton_is_built_once_scanning_would_cost_more(bundled_matcher) -> None:  # type: ignore[no-untyped-def]
    """Short texts are scanned; a long one, or enough short ones, build the automaton (and agree)."""
    import pickle

    text = "Thượng tướng Nguyễn Tân Cương dự ADMM-14 tại Hà Nội."
    fresh = pickle.loads(pickle.dumps(bundled_matcher))
    names = fresh._names._automaton
    assert names._automaton is None
    assert fresh.annotate(text) == bundled_matcher.annotate(text)
    assert names._automaton is None, "a sentence is scanned, not built for"
    long_text = text * 200
    assert fresh.annotate(long_text) == bundled_matcher.annotate(long_text)
    assert names._automaton is not None, "a long text builds the automaton"
