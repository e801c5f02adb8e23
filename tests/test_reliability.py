"""Reliability (issue 13): invisible characters in one rule, the library under load, and fuzz targets.

The fuzz targets run for a bounded number of examples in the normal suite;
``GLOSSARY_FUZZ_EXAMPLES=N`` runs them longer (docs/reliability.md gives the
figures of the long run).
"""

from __future__ import annotations

import gc
import os
import random
import sys
import threading
import tracemalloc
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary import GlossaryError, Matcher, annotate, normalize
from glossary.normalize import name_key

from .conftest import CORPUS

FUZZ_EXAMPLES = int(os.environ.get("GLOSSARY_FUZZ_EXAMPLES", "200"))
ARTICLES = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]

# -- invisible characters: one rule in normalize.py, checked as a property ----------

# Dropped inside a word; absorbed into a neighbouring separator run.
INVISIBLE = ["\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff"]
ZERO_WIDTH_SPACE = "\u200b"
_WORDS = st.lists(st.sampled_from(["Thượng", "tướng", "Bộ", "Quốc", "phòng", "ADMM", "Plus", "hòa", "bình"]), min_size=1, max_size=5)


def _sprinkle(text: str, positions: list[int], characters: list[str]) -> str:
    pieces = list(text)
    for position, character in sorted(zip(positions, characters), reverse=True):
        pieces.insert(position % (len(pieces) + 1), character)
    return "".join(pieces)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(words=_WORDS, data=st.data())
def test_invisible_characters_anywhere_leave_the_key_unchanged(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    count = data.draw(st.integers(min_value=1, max_value=6))
    positions = data.draw(st.lists(st.integers(min_value=0, max_value=200), min_size=count, max_size=count))
    characters = data.draw(st.lists(st.sampled_from(INVISIBLE), min_size=count, max_size=count))
    assert name_key(_sprinkle(text, positions, characters)) == name_key(text)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(words=_WORDS, data=st.data())
def test_zero_width_space_is_a_word_separator(words: list[str], data: st.DataObject) -> None:
    joined = [data.draw(st.sampled_from([" ", ZERO_WIDTH_SPACE, f" {ZERO_WIDTH_SPACE}", "\u00ad "])) for _ in words[1:]]
    text = words[0] + "".join(separator + word for separator, word in zip(joined, words[1:]))
    assert name_key(text) == name_key(" ".join(words))


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.text(st.sampled_from(["a", "ô", " ", "-", ZERO_WIDTH_SPACE, *INVISIBLE, "\n"]), max_size=40), st.data())
def test_offset_map_stays_intact_around_invisible_characters(text: str, data: st.DataObject) -> None:
    normalized = normalize(text)
    length = len(normalized.canonical)
    start = data.draw(st.integers(min_value=0, max_value=length))
    end = data.draw(st.integers(min_value=start, max_value=length))
    original_start, original_end = normalized.original_span(start, end)
    assert 0 <= original_start <= original_end <= len(text)
    if start < end:
        # The original span normalises back to what the normalised span holds (modulo edge separators).
        assert name_key(text[original_start:original_end]) == name_key(normalized.canonical[start:end])


# -- the library under load ---------------------------------------------------------


def _signature(matcher: Matcher, text: str) -> list[tuple[int, int, str, str, float]]:
    return [(m.start, m.end, m.term.id, m.method, m.score) for m in matcher.annotate(text, overlaps=True)]


def test_one_matcher_shared_by_many_threads_gives_sequential_results(bundled_matcher: Matcher) -> None:
    texts = [paragraph for article in ARTICLES for paragraph in article.split("\n\n") if paragraph.strip()]
    texts = (texts * 4)[:400]
    expected = [_signature(bundled_matcher, text) for text in texts]
    threads = 16
    barrier = threading.Barrier(threads)

    def work(offset: int) -> list[list[tuple[int, int, str, str, float]]]:
        barrier.wait()  # all threads start together
        order = list(range(len(texts)))
        random.Random(offset).shuffle(order)
        results: dict[int, list[tuple[int, int, str, str, float]]] = {}
        for index in order:
            results[index] = _signature(bundled_matcher, texts[index])
        return [results[index] for index in range(len(texts))]

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads as often as possible
    try:
        with ThreadPoolExecutor(max_workers=threads) as pool:
            outcomes = list(pool.map(work, range(threads)))
    finally:
        sys.setswitchinterval(interval)
    for outcome in outcomes:
        assert outcome == expected


def test_ten_thousand_documents_do_not_grow_memory(bundled_matcher: Matcher) -> None:
    """tracemalloc: after a warm-up, 10,000 more distinct documents leave memory where it was."""
    words = [word for article in ARTICLES for word in article.split()]
    rng = random.Random(13)

    def document(number: int) -> str:
        # Distinct short documents: a random run of corpus words, a number, a numbered meeting.
        start = rng.randrange(len(words) - 8)
        return f"Bản tin số {number}: {' '.join(words[start : start + 8])} ADMM-{number % 90 + 1}, mã {number:x}."

    def run(count: int, start: int) -> None:
        for number in range(start, start + count):
            annotate(document(number), matcher=bundled_matcher)

    tracemalloc.start()
    try:
        run(1_000, 0)  # warm-up: caches fill to their bound
        gc.collect()
        before, _peak = tracemalloc.get_traced_memory()
        run(10_000, 1_000)
        gc.collect()
        after, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    growth = after - before
    assert growth < 1024 * 1024, f"memory grew by {growth / 1024:.0f} KiB over 10,000 documents"


# -- fuzz target: annotate ------------------------------------------------------------

_FRAGMENTS = [
    "ADMM", "ADMM-14", "ADMM+", "Bộ Quốc phòng", "Thượng tướng", "thuong tuong", "Hội nghị", "lần thứ", "14th",
    "ASEAN", "PCA", "COC", " ", "\n", "\r\n", "\r", "\t", "-", "–", "’", "'", "[/]", "[bold]", "\x1b[31m", "\x1b]0;x\x07",
    "<script>", "**", "|", "=cmd", "\x00", "\u200b", "\u00ad", "\ufeff", "\u0301", "\u0323", "İ", "ß", "ﬁ", "😀", "\u2028",
    "\x85", "Hoà", "Uỷ", "đ", "Đ", "1", "99", ".", ",",
]


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=4)), max_size=40).map("".join))
def test_fuzz_annotate_never_raises_and_offsets_slice_the_original(bundled_matcher: Matcher, text: str) -> None:
    try:
        matches = bundled_matcher.annotate(text, overlaps=True)
    except GlossaryError:
        assert any(0xD800 <= ord(character) <= 0xDFFF for character in text), "only lone surrogates are refused"
        return
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        assert 0 <= match.score <= 100
    chosen = bundled_matcher.annotate(text)
    for left, right in zip(chosen, chosen[1:]):
        assert left.end <= right.start, "without --overlaps, matches do not overlap"


# -- item 6: the streaming formats hold a bounded amount of memory, whatever the input's size ------

# Peak resident memory may grow by this much from a 0.2 MB input to a 3 MB one. Before the fix,
# JSON Lines held the whole file (2 GB for 10 MB) and one 100 MB line took 4.8 GB: 3 MB would be
# hundreds of MB. (Speed is measured in benchmarks; this measures memory only.)
ALLOWED_GROWTH_KIB = 24 * 1024


def _peak_rss_kib(arguments: list[str], path: "os.PathLike[str]") -> int:
    """The child's own peak resident memory (os.wait4), annotating ``path`` to /dev/null."""
    import subprocess

    from .conftest import SEED_TERMS

    command = [sys.executable, "-c", "from glossary.cli import app; app()", "annotate", *arguments, "--terms", str(SEED_TERMS), str(path)]
    with open(os.devnull, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE, env={**os.environ, "GLOSSARY_NO_CACHE": "1"})
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        errors = process.stderr.read().decode("utf-8") if process.stderr else ""
        if process.stderr:
            process.stderr.close()
    assert process.returncode == 0, errors
    return int(usage.ru_maxrss)  # KiB on Linux


@pytest.mark.skipif(not hasattr(os, "wait4"), reason="needs os.wait4 for a child's own peak memory")
@pytest.mark.parametrize(
    ("arguments", "one_line"),
    [(["--format", "jsonl"], False), (["--format", "json"], False), (["--format", "jsonl", "--by-line"], True)],
    ids=["jsonl keeps a whole file", "json keeps a whole file", "one long line by line"],
)
def test_issue13_memory_does_not_grow_with_the_input(tmp_path, arguments: list[str], one_line: bool) -> None:
    article = "\n\n".join(ARTICLES)
    if one_line:
        article = article.replace("\n", " ")

    def input_of(size: int, name: str):
        path = tmp_path / name
        text = article * (size // len(article.encode("utf-8")) + 1)
        path.write_text(text + "\n", encoding="utf-8")
        return path

    small = _peak_rss_kib(arguments, input_of(200_000, "small.txt"))
    large = _peak_rss_kib(arguments, input_of(3_000_000, "large.txt"))
    assert large - small < ALLOWED_GROWTH_KIB, f"peak memory grew from {small} KiB to {large} KiB"
