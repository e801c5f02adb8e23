"""Throughput of glossary's matcher side by side with plain keyword matchers.

    python benchmarks/bench.py [--megabytes N] [--terms PATH] [--synthetic-terms N] [--repeat R]

Every peer gets the same corpus (the Vietnamese articles of tests/data/corpus,
paragraphs shuffled with a fixed seed and repeated up to N MB, cut into the
paragraph chunks that ``annotate_source`` uses) and the same surface forms
(every ``term.forms()`` text of the term base, plus ``--synthetic-terms``
generated multi-word terms). The table goes to stdout as Markdown; progress
and diagnostics go to stderr. Peers that are not installed are reported as
such: ``pip install -e '.[bench]'`` installs flashtext and pyahocorasick.

Peers:

* glossary (full): exact + acronym + folded (accent-free) + fuzzy stages;
* glossary (exact stages): ``compile_matcher(..., folded=False, fuzzy=False)``;
* flashtext: ``KeywordProcessor(case_sensitive=False)`` with its default
  (ASCII) word characters, and once more with every letter of the corpus and
  the forms declared a word character;
* pyahocorasick: one automaton over the lower-cased text, all matches, then a
  Unicode word-boundary filter and leftmost-longest selection in Python;
* re: one compiled alternation of the escaped forms, longest first, with
  ``(?<!\\w)...(?!\\w)`` and ``re.IGNORECASE``;
* ahocorasick_rs raw: leftmost-longest over the text as it is (case-sensitive,
  no word boundaries, no normalisation): the floor.

A peer's timing stops early once it has used ``--budget`` seconds (checked
after each chunk); such a row is timed on a prefix of the corpus and the table
says how much. Match counts are also given on the prefix every peer completed,
so that they compare like for like.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import hashlib
import os
import platform
import random
import re
import sys
import tempfile
import time
import tracemalloc
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from glossary import GlossaryError, compile_matcher, load_termbase
from glossary.annotate import TARGET_CHUNK_CHARACTERS, Source, annotate_source, iter_paragraph_chunks
from glossary.model import Term, TermBase
from glossary.normalize import name_key

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
MEGABYTE = 1_000_000  # MB = 10^6 bytes of UTF-8 throughout


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- corpus -------------------------------------------------------------------


def build_corpus(megabytes: float, seed: int) -> str:
    """The corpus articles' paragraphs, shuffled by ``seed`` round after round, up to ``megabytes``."""
    paragraphs: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs.extend(part.strip("\n") for part in re.split(r"\n[ \t]*\n", text) if part.strip())
    if not paragraphs:
        raise SystemExit(f"no corpus articles in {CORPUS}")
    target = int(megabytes * MEGABYTE)
    generator = random.Random(seed)
    pieces: list[str] = []
    size = 0
    while size < target:
        order = paragraphs[:]
        generator.shuffle(order)
        for paragraph in order:
            piece = paragraph + "\n\n"
            pieces.append(piece)
            size += len(piece.encode("utf-8"))
            if size >= target:
                break
    return "".join(pieces)


# -- synthetic terms ----------------------------------------------------------

_ONSETS = [
    "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n",
    "ng", "nh", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
]
_VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
_CODAS = ["", "", "c", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"]
_TONE_MARKS = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
_EN_PARTS = [
    "ka", "lo", "mer", "tan", "vis", "dor", "ren", "sol", "bra", "quin", "tel", "mon", "zar", "pel", "gor",
    "fin",
]
_EN_HEADS = [
    "Committee", "Council", "Network", "Forum", "Working Group",
    "Centre", "Programme", "Initiative", "Agreement", "Office",
]


def _syllable(generator: random.Random) -> str:
    vowel = unicodedata.normalize("NFC", generator.choice(_VOWELS) + generator.choice(_TONE_MARKS))
    return generator.choice(_ONSETS) + vowel + generator.choice(_CODAS)


def synthetic_terms(count: int, taken: set[str], seed: int) -> list[Term]:
    """``count`` deterministic multi-word Vietnamese-like terms, none sharing a form with ``taken``."""
    generator = random.Random(seed)
    terms: list[Term] = []
    while len(terms) < count:
        words = [_syllable(generator) for _ in range(generator.randint(2, 6))]
        vi = " ".join(words).capitalize()
        en_words = [
            "".join(generator.choice(_EN_PARTS) for _ in range(generator.randint(2, 3))).capitalize()
            for _ in range(generator.randint(1, 2))
        ]
        en = " ".join([*en_words, generator.choice(_EN_HEADS)])
        keys = {name_key(vi), name_key(en)}
        if keys & taken or len(keys) < 2:
            continue
        taken |= keys
        number = len(terms) + 1
        terms.append(Term(id=f"synthetic-{number:05d}", category="concept", vi=vi, en=en, sources=("synthetic",)))
    return terms


def surface_forms(termbase: TermBase) -> list[str]:
    """Every distinct surface form of the term base (names, acronyms, numbered forms), in order."""
    seen: dict[str, None] = {}
    for term in termbase:
        for form in term.forms():
            seen.setdefault(form.text, None)
    return list(seen)


# -- peers --------------------------------------------------------------------

Counter = Callable[[str], int]


@dataclass
class Peer:
    name: str
    build: Callable[[], Counter] | None  # None: not installed


def _is_word(character: str) -> bool:
    return character.isalnum() or character == "_"


def _clear_glossary_caches() -> None:
    # name_key() memoises; clear it so that each glossary build pays its own normalisation.
    from glossary import normalize

    cache = getattr(normalize, "_canonical_form", None)
    if cache is not None and hasattr(cache, "cache_clear"):
        cache.cache_clear()


def glossary_peer(name: str, termbase: TermBase, *, folded: bool, fuzzy: bool) -> Peer:
    def build() -> Callable[[str], int]:
        _clear_glossary_caches()
        matcher = compile_matcher(termbase, folded=folded, fuzzy=fuzzy)
        return lambda chunk: len(matcher.annotate(chunk))

    return Peer(name, build)


def flashtext_peer(name: str, forms: Sequence[str], extra_word_characters: set[str] | None) -> Peer:
    try:
        from flashtext import KeywordProcessor
    except ImportError:
        return Peer(name, None)

    def build() -> Callable[[str], int]:
        processor = KeywordProcessor(case_sensitive=False)
        if extra_word_characters:
            processor.set_non_word_boundaries(set(processor.non_word_boundaries) | extra_word_characters)
        for form in forms:
            processor.add_keyword(form)
        return lambda chunk: len(processor.extract_keywords(chunk))

    return Peer(name, build)


def pyahocorasick_peer(name: str, forms: Sequence[str]) -> Peer:
    try:
        import ahocorasick
    except ImportError:
        return Peer(name, None)

    def build() -> Callable[[str], int]:
        automaton = ahocorasick.Automaton()
        for form in forms:
            key = form.lower()
            # value: (length, whether the form starts / ends with a word character)
            automaton.add_word(key, (len(key), _is_word(key[0]), _is_word(key[-1])))
        automaton.make_automaton()

        def count(chunk: str) -> int:
            text = chunk.lower()
            if len(text) != len(chunk):
                text = "".join(c.lower() if len(c.lower()) == 1 else c for c in chunk)
            size = len(text)
            spans = []
            for last, (length, word_start, word_end) in automaton.iter(text):
                start, end = last - length + 1, last + 1
                if word_start and start > 0 and _is_word(text[start - 1]):
                    continue
                if word_end and end < size and _is_word(text[end]):
                    continue
                spans.append((start, -end))
            spans.sort()
            found, reach = 0, 0
            for start, negative_end in spans:  # leftmost-longest, non-overlapping
                if start >= reach:
                    found += 1
                    reach = -negative_end
            return found

        return count

    return Peer(name, build)


def regex_peer(name: str, forms: Sequence[str]) -> Peer:
    def build() -> Callable[[str], int]:
        re.purge()
        ordered = sorted(set(forms), key=lambda form: (-len(form), form))
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)", re.IGNORECASE)
        return lambda chunk: sum(1 for _ in pattern.finditer(chunk))

    return Peer(name, build)


def ahocorasick_rs_peer(name: str, forms: Sequence[str]) -> Peer:
    try:
        import ahocorasick_rs
    except ImportError:
        return Peer(name, None)

    def build() -> Callable[[str], int]:
        automaton = ahocorasick_rs.AhoCorasick(list(forms), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        return lambda chunk: len(automaton.find_matches_as_indexes(chunk))

    return Peer(name, build)


# -- measuring ----------------------------------------------------------------


@dataclass
class Result:
    name: str
    installed: bool = True
    build_seconds: float = 0.0
    best_seconds: float = float("inf")  # best run over the bytes of the first run
    runs: int = 0
    timed_bytes: int = 0
    chunks_done: int = 0
    per_chunk: list[int] = field(default_factory=list)
    error: str = ""

    @property
    def throughput(self) -> float:
        return self.timed_bytes / MEGABYTE / self.best_seconds if self.runs and self.best_seconds > 0 else 0.0


def measure(peer: Peer, chunks: list[str], chunk_bytes: list[int], repeat: int, budget: float) -> Result:
    result = Result(peer.name)
    if peer.build is None:
        result.installed = False
        return result
    log(f"[{peer.name}] building")
    gc.collect()
    started = time.perf_counter()
    try:
        count = peer.build()
    except Exception as error:  # a peer that cannot take these forms is reported, not fatal
        result.error = f"{type(error).__name__}: {error}"
        log(f"[{peer.name}] build failed: {result.error}")
        return result
    result.build_seconds = time.perf_counter() - started
    spent = 0.0
    for run in range(repeat):
        if run and spent >= budget:
            break
        gc.collect()
        limit = len(chunks) if run == 0 else result.chunks_done
        per_chunk: list[int] = []
        started = time.perf_counter()
        for index in range(limit):
            per_chunk.append(count(chunks[index]))
            if run == 0 and time.perf_counter() - started >= budget and index + 1 < limit:
                break
        elapsed = time.perf_counter() - started
        spent += elapsed
        if run == 0:
            result.per_chunk = per_chunk
            result.chunks_done = len(per_chunk)
            result.timed_bytes = sum(chunk_bytes[: result.chunks_done])
        result.runs += 1
        result.best_seconds = min(result.best_seconds, elapsed)
        log(
            f"[{peer.name}] run {run + 1}: {result.timed_bytes / MEGABYTE:.2f} MB in {elapsed:.2f} s, "
            f"{sum(per_chunk)} matches"
        )
    return result


def stream_peak(matcher, path: Path) -> tuple[int, int, float]:  # type: ignore[no-untyped-def]
    """Peak traced memory (bytes) and matches while ``annotate_source`` streams ``path``."""
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    matches = 0
    for chunk in annotate_source(Source(str(path), path), matcher=matcher):
        matches += len(chunk.matches)
    elapsed = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, matches, elapsed


def whole_text_peak(matcher, text: str) -> tuple[int, int, float]:  # type: ignore[no-untyped-def]
    """Peak traced memory (bytes) of one ``annotate()`` call over the whole text, for contrast."""
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    matches = len(matcher.annotate(text))
    elapsed = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, matches, elapsed


# -- output -------------------------------------------------------------------


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[bool]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]

    def line(cells: Sequence[str]) -> str:
        padded = [str(c).rjust(w) if r else str(c).ljust(w) for c, w, r in zip(cells, widths, right)]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if r else ("-" * (w + 2)) for w, r in zip(widths, right)) + "|"
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--megabytes", type=float, default=4.0, help="corpus size in MB of UTF-8 (default 4)")
    parser.add_argument("--terms", help="term base YAML (default: the bundled term base)")
    parser.add_argument("--synthetic-terms", type=int, default=0, metavar="N", help="add N generated multi-word terms")
    parser.add_argument("--repeat", type=int, default=3, metavar="R", help="timed runs per peer, best kept (default 3)")
    parser.add_argument(
        "--budget", type=float, default=15.0, metavar="SECONDS",
        help="time per peer: stop its first run after the chunk that exceeds it, start no run after it (default 15)",
    )
    parser.add_argument(
        "--chunk-chars", type=int, default=TARGET_CHUNK_CHARACTERS, metavar="N",
        help="paragraph chunk target, as in iter_paragraph_chunks "
        f"(default {TARGET_CHUNK_CHARACTERS}, what annotate_source uses; 0: one paragraph per chunk)",
    )
    parser.add_argument("--seed", type=int, default=2026, help="seed of the paragraph shuffle and the synthetic terms")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc measurements")
    args = parser.parse_args(argv)

    log(f"loading term base {args.terms or '(bundled)'}")
    started = time.perf_counter()
    try:
        termbase = load_termbase(args.terms)
    except GlossaryError as error:
        log(f"cannot load the term base: {error}")
        return 2
    load_seconds = time.perf_counter() - started
    base_terms = len(termbase)
    if args.synthetic_terms > 0:
        taken = {name_key(form.text) for term in termbase for form in term.forms()}
        extra = synthetic_terms(args.synthetic_terms, taken, args.seed)
        termbase = TermBase(f"{termbase.path} + {len(extra)} synthetic", termbase.terms + tuple(extra))
    forms = surface_forms(termbase)

    log(f"building a {args.megabytes:g} MB corpus (seed {args.seed})")
    corpus = build_corpus(args.megabytes, args.seed)
    corpus_bytes = len(corpus.encode("utf-8"))
    digest = hashlib.sha256(corpus.encode("utf-8")).hexdigest()[:12]
    chunks = list(iter_paragraph_chunks(corpus.splitlines(keepends=True), target=args.chunk_chars))
    chunk_bytes = [len(chunk.encode("utf-8")) for chunk in chunks]

    word_characters = {c for c in corpus + "".join(forms) if c.isalnum() and not c.isascii()}
    peers = [
        glossary_peer("glossary (full: exact+folded+fuzzy)", termbase, folded=True, fuzzy=True),
        glossary_peer("glossary (exact stages only)", termbase, folded=False, fuzzy=False),
        flashtext_peer("flashtext (case-insensitive)", forms, None),
        flashtext_peer("flashtext (+ Unicode word chars)", forms, word_characters),
        pyahocorasick_peer("pyahocorasick (lower + boundaries)", forms),
        regex_peer("re alternation (IGNORECASE, \\w bounds)", forms),
        ahocorasick_rs_peer("ahocorasick_rs raw (floor)", forms),
    ]
    results = [measure(peer, chunks, chunk_bytes, max(1, args.repeat), args.budget) for peer in peers]

    # Matches on the prefix of chunks every measured peer completed: like for like.
    measured = [result for result in results if result.installed and not result.error]
    common = min((result.chunks_done for result in measured), default=0)
    common_bytes = sum(chunk_bytes[:common])
    partial = any(result.chunks_done < len(chunks) for result in measured)
    floor = next((r for r in measured if r.name.startswith("ahocorasick_rs") and r.throughput), None)

    cores = os.cpu_count()
    print(f"# glossary benchmark, {datetime.date.today().isoformat()}")
    print()
    print(f"- machine: {platform.machine()}, {cores} cores, Python {platform.python_version()} ({platform.system()})")
    synthetic = len(termbase) - base_terms
    print(f"- term base: {termbase.path}: {len(termbase)} terms ({base_terms} real, {synthetic} synthetic), "
          f"{len(forms)} distinct surface forms; loaded in {load_seconds:.2f} s")
    print(f"- corpus: {corpus_bytes / MEGABYTE:.2f} MB ({len(corpus)} characters, sha256 {digest}), "
          f"{len(chunks)} chunks (paragraph chunks, target {args.chunk_chars} characters), seed {args.seed}")
    print(f"- throughput: best of up to {args.repeat} runs; budget {args.budget:g} s per peer")
    print()
    header = ["peer", "build s", "MB/s", "x floor", "runs", "MB timed", "matches"]
    right = [False, True, True, True, True, True, True]
    if partial:
        header.append(f"matches in first {common_bytes / MEGABYTE:.2f} MB")
        right.append(True)
    rows = []
    for result in results:
        if not result.installed:
            rows.append([result.name, "not installed", *["-"] * (len(header) - 2)])
            continue
        if result.error:
            rows.append([result.name, "failed", *["-"] * (len(header) - 2)])
            continue
        slower = f"{floor.throughput / result.throughput:.1f}" if floor and result.throughput else "-"
        timed = f"{result.timed_bytes / MEGABYTE:.2f}" + ("" if result.chunks_done == len(chunks) else " (partial)")
        row = [
            result.name,
            f"{result.build_seconds:.3f}",
            f"{result.throughput:.3g}",
            slower,
            str(result.runs),
            timed,
            str(sum(result.per_chunk)) if result.chunks_done == len(chunks) else "-",
        ]
        if partial:
            row.append(str(sum(result.per_chunk[:common])))
        rows.append(row)
    print(markdown_table(header, rows, right))
    for result in results:
        if result.error:
            print(f"\n{result.name}: {result.error}")

    if not args.no_memory:
        print()
        log("memory: streaming through annotate_source under tracemalloc (exact-stage matcher)")
        _clear_glossary_caches()
        matcher = compile_matcher(termbase, folded=False, fuzzy=False)
        memory_rows = []
        with tempfile.TemporaryDirectory(prefix="glossary-bench-") as directory:
            for fraction in (0.25, 1.0):
                text = corpus if fraction == 1.0 else build_corpus(args.megabytes * fraction, args.seed)
                path = Path(directory) / f"corpus-{fraction}.txt"
                path.write_text(text, encoding="utf-8", newline="")
                size = path.stat().st_size
                log(f"[memory] streaming {size / MEGABYTE:.2f} MB")
                peak, matches, elapsed = stream_peak(matcher, path)
                label = f"annotate_source, {size / MEGABYTE:.2f} MB file"
                memory_rows.append([label, f"{peak / MEGABYTE:.1f}", str(matches), f"{elapsed:.1f}"])
            log(f"[memory] one annotate() call over the whole {corpus_bytes / MEGABYTE:.2f} MB text")
            peak, matches, elapsed = whole_text_peak(matcher, corpus)
            label = f"annotate(), whole {corpus_bytes / MEGABYTE:.2f} MB text at once"
            memory_rows.append([label, f"{peak / MEGABYTE:.1f}", str(matches), f"{elapsed:.1f}"])
        header = ["glossary exact-stage matcher", "peak traced MB", "matches", "s (traced)"]
        print(markdown_table(header, memory_rows, [False, True, True, True]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
