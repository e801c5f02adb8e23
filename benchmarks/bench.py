"""Throughput, matches and peak memory of glossary next to plain keyword matchers, whole process.

    python benchmarks/bench.py            # 1 and 10 MB; bundled and 10k-entry term bases; about 5 minutes
    python benchmarks/bench.py --full     # adds 100 MB and a 100k-entry term base (an hour or more)
    make bench                            # installs the bench extra, then the default run

Every contender is one fresh process per measurement (``os.wait4`` gives its
CPU time and peak RSS), over the same corpus file and the same surface forms:

* glossary (full): ``glossary annotate --format json FILE``: normalisation with
  offsets, exact, acronyms, folded, fuzzy, resolution, JSON output. Run twice:
  the first run builds the on-disk cache of the compiled term base (its time is
  the ``1st run s`` column); the table reports the second, as users see it.
* glossary (no fuzzy): the same with ``--no-fuzzy``;
* glossary (exact only): ``--no-fuzzy --no-folded``;
* flashtext: ``KeywordProcessor(case_sensitive=False)`` with every letter of
  the corpus and forms declared a word character (its default is ASCII only);
* flashtext2: ``KeywordProcessor(case_sensitive=False)``;
* pyahocorasick: ``str.lower()``, one automaton, Unicode word boundaries and
  leftmost-longest selection in Python;
* ahocorasick-rs: ``str.lower()`` and a leftmost-longest scan, nothing else
  (no word boundaries, no offsets back, no normalisation): the floor;
* regex alternation: ``(?<!\\w)(?:form|...)(?!\\w)``, ``re.IGNORECASE``.

The peers read the forms from a plain text file (one per line) and the corpus in
the paragraph chunks ``annotate_source`` uses; they print their match count.
Glossary's JSON is counted by the benchmark as it streams (outside the timed
process). MB is 10^6 bytes of UTF-8; MB/s is over wall time, the CPU column over
user+system time of that process (on a busy machine it is the steadier one).

Corpora: the paragraphs of tests/data/corpus/*.txt shuffled with a fixed seed up
to N MB, and a "typo" variant of it where one occurrence in twenty of a name of
three words or more has two neighbouring letters swapped. Term bases: the
bundled one, and synthetic ones of 10k and 100k entries (benchmarks/synthetic.py:
the bundled entries plus generated ones from corpus vocabulary, valid in the
schema). Results go to stdout as one Markdown table; progress to stderr.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
MEGABYTE = 1_000_000
GLOSSARY_PEERS = {
    "glossary (full)": [],
    "glossary (no fuzzy)": ["--no-fuzzy"],
    "glossary (exact only)": ["--no-fuzzy", "--no-folded"],
}
OTHER_PEERS = ("flashtext", "flashtext2", "pyahocorasick", "ahocorasick-rs", "regex alternation")
# A typo in one long name in this many.
TYPO_EVERY = 20


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- inputs ---------------------------------------------------------------------


def build_corpus(megabytes: float, seed: int) -> str:
    """The corpus articles' paragraphs, shuffled by ``seed`` round after round, up to ``megabytes``."""
    paragraphs: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs.extend(part.strip("\n") for part in re.split(r"\n[ \t]*\n", text) if part.strip())
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


def with_typos(text: str, names: Sequence[str], seed: int) -> tuple[str, int]:
    """Swap two neighbouring letters in the longest word of one occurrence in TYPO_EVERY of ``names``."""
    pattern = re.compile("|".join(map(re.escape, sorted(set(names), key=lambda name: (-len(name), name)))))
    generator = random.Random(seed)
    seen = typos = 0

    def typo(match: re.Match[str]) -> str:
        nonlocal seen, typos
        seen += 1
        words = match.group().split(" ")
        index = max(range(len(words)), key=lambda i: len(words[i]))
        word = words[index]
        if seen % TYPO_EVERY or len(word) < 4:
            return match.group()
        position = generator.randrange(1, len(word) - 2)
        words[index] = word[:position] + word[position + 1] + word[position] + word[position + 2 :]
        typos += 1
        return " ".join(words)

    return pattern.sub(typo, text), typos


def long_names(terms_path: Path) -> list[str]:
    from glossary import load_termbase

    return [
        form.text
        for term in load_termbase(terms_path)
        for form in term.forms()
        if form.kind == "name" and len(form.text.split()) >= 3 and not form.generated
    ]


def surface_forms(terms_path: Path) -> list[str]:
    """Every distinct ``term.forms()`` text: what every peer searches for."""
    from glossary import load_termbase

    seen: dict[str, None] = {}
    for term in load_termbase(terms_path):
        for form in term.forms():
            seen.setdefault(form.text, None)
    return list(seen)


# -- peers (run in a child process: ``bench.py --child PEER FORMS CORPUS``) --------


def _is_word(character: str) -> bool:
    return character.isalnum() or character == "_"


def run_child(peer: str, forms_path: Path, corpus_path: Path) -> int:
    from glossary.annotate import iter_paragraph_chunks

    forms = forms_path.read_text(encoding="utf-8").split("\n")
    with corpus_path.open(encoding="utf-8", newline="") as handle:
        chunks = iter_paragraph_chunks(handle)
        count = _counter(peer, forms, corpus_path)
        return sum(count(chunk) for chunk in chunks)


def _counter(peer: str, forms: list[str], corpus_path: Path):  # type: ignore[no-untyped-def]
    if peer == "flashtext":
        from flashtext import KeywordProcessor

        processor = KeywordProcessor(case_sensitive=False)
        letters = {c for c in corpus_path.read_text(encoding="utf-8") + "".join(forms) if c.isalnum() and not c.isascii()}
        processor.set_non_word_boundaries(set(processor.non_word_boundaries) | letters | {c.lower() for c in letters})
        for form in forms:
            processor.add_keyword(form)
        return lambda chunk: len(processor.extract_keywords(chunk))
    if peer == "flashtext2":
        from flashtext2 import KeywordProcessor as KeywordProcessor2

        processor2 = KeywordProcessor2(case_sensitive=False)
        for form in forms:
            processor2.add_keyword(form)
        return lambda chunk: len(processor2.extract_keywords(chunk))
    if peer == "pyahocorasick":
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for form in forms:
            key = form.lower()
            automaton.add_word(key, (len(key), _is_word(key[0]), _is_word(key[-1])))
        automaton.make_automaton()

        def count(chunk: str) -> int:
            text = chunk.lower()
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
    if peer == "ahocorasick-rs":
        import ahocorasick_rs

        lowered = sorted({form.lower() for form in forms})
        rs = ahocorasick_rs.AhoCorasick(lowered, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        return lambda chunk: len(rs.find_matches_as_indexes(chunk.lower()))
    if peer == "regex alternation":
        ordered = sorted(set(forms), key=lambda form: (-len(form), form))
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)", re.IGNORECASE)
        return lambda chunk: sum(1 for _ in pattern.finditer(chunk))
    raise SystemExit(f"unknown peer {peer!r}")


# -- measuring ---------------------------------------------------------------------


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    matches: int | None
    error: str = ""


def _glossary_command() -> list[str]:
    return [sys.executable, "-c", "from glossary.cli import app; app()"]


_TIME = "/usr/bin/time"
_TIME_MARK = "BENCH-RUSAGE"


def run_process(command: list[str], *, count_json: bool, env: dict[str, str]) -> Run:
    """Run ``command``; its wall and CPU time, peak RSS, and matches (counted from its stdout).

    The peak comes from GNU time when it is there: a child forked from this
    (large) benchmark process inherits its resident pages until exec, which
    ``wait4``'s maxrss would count; GNU time's own child starts small.
    """
    use_time = os.access(_TIME, os.X_OK)
    if use_time:
        command = [_TIME, "-f", f"{_TIME_MARK} %e %U %S %M", *command]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env)
        assert process.stdout is not None
        matches = 0
        output = b""
        tail = b""
        while True:
            block = process.stdout.read(1 << 20)
            if not block:
                break
            if count_json:
                matches += (tail + block).count(b'{"start": ')
                tail = block[-12:]
            else:
                output += block
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        errors.seek(0)
        lines = errors.read().decode("utf-8", "replace").strip().splitlines()
    cpu, peak = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
    measured = [line for line in lines if line.startswith(_TIME_MARK)]
    if measured:
        _mark, elapsed, user, system, kilobytes = measured[-1].split()
        cpu, peak = float(user) + float(system), int(kilobytes) / 1024
        lines = [line for line in lines if not line.startswith(_TIME_MARK)]
    if os.waitstatus_to_exitcode(status) != 0:
        return Run(wall, 0.0, 0.0, None, lines[-1] if lines else f"exit {os.waitstatus_to_exitcode(status)}")
    if not count_json:
        matches = int(output.decode().strip() or 0)
    return Run(wall, cpu, peak, matches)


def peer_installed(peer: str) -> bool:
    module = {"flashtext": "flashtext", "flashtext2": "flashtext2", "pyahocorasick": "ahocorasick"}.get(peer)
    if module is None:
        return True
    try:
        __import__(module)
    except ImportError:
        return False
    return True


@dataclass
class Row:
    corpus: str
    termbase: str
    peer: str
    megabytes: float
    run: Run | None
    first_run: float | None = None

    def cells(self) -> list[str]:
        if self.run is None:
            return [self.corpus, self.termbase, self.peer, "not installed", "", "", "", ""]
        if self.run.error:
            return [self.corpus, self.termbase, self.peer, f"failed: {self.run.error[:60]}", "", "", "", ""]
        first = f"{self.first_run:.1f}" if self.first_run is not None else ""
        return [
            self.corpus,
            self.termbase,
            self.peer,
            f"{self.megabytes / self.run.wall:.2f}",
            f"{self.megabytes / self.run.cpu:.2f}" if self.run.cpu else "",
            f"{self.run.matches:,}",
            f"{self.run.peak_mb:.0f}",
            first,
        ]


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(cell).ljust(width) for cell, width in zip(cells, widths)) + " |"

    return "\n".join([line(header), "|" + "|".join("-" * (width + 2) for width in widths) + "|", *map(line, rows)])


def compile_package() -> None:
    """Write glossary's bytecode files, as installing a wheel does.

    In an editable checkout under ``PYTHONDONTWRITEBYTECODE=1`` every process
    would otherwise compile the package's sources again at start-up, which no
    installed copy does; the peers' libraries are installed and compiled.
    """
    import compileall

    import glossary

    compileall.compile_dir(Path(glossary.__file__).parent, quiet=1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10", help="corpus sizes in MB, comma-separated (default 1,10)")
    parser.add_argument("--termbases", default="real,10k", help="real, 10k, 100k; comma-separated (default real,10k)")
    parser.add_argument("--large-termbase-sizes", default="1", help="corpus sizes (MB) run with the 10k/100k bases")
    parser.add_argument("--full", action="store_true", help="sizes 1,10,100 and term bases real,10k,100k")
    parser.add_argument("--peers", default="", help="only these peers (comma-separated names as in the table)")
    parser.add_argument("--no-typo", action="store_true", help="skip the typo corpus variant")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--work", type=Path, help="where corpora and term bases are written (default: a temp dir)")
    parser.add_argument("--child", nargs=3, metavar=("PEER", "FORMS", "CORPUS"), help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child:
        peer, forms, corpus = options.child
        print(run_child(peer, Path(forms), Path(corpus)))
        return 0
    if options.full:
        options.sizes, options.termbases, options.large_termbase_sizes = "1,10,100", "real,10k,100k", "1,10"
    sizes = [float(size) for size in options.sizes.split(",")]
    large_sizes = {float(size) for size in options.large_termbase_sizes.split(",")}
    wanted = {name.strip() for name in options.peers.split(",") if name.strip()}
    peers = [name for name in [*GLOSSARY_PEERS, *OTHER_PEERS] if not wanted or name in wanted]

    compile_package()
    work = options.work or Path(tempfile.mkdtemp(prefix="glossary-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, GLOSSARY_CACHE_DIR=str(work / "cache"))
    env.pop("GLOSSARY_NO_CACHE", None)
    from glossary.loader import default_termbase_path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synthetic import write_synthetic_termbase

    termbases: dict[str, Path] = {}
    for name in options.termbases.split(","):
        if name == "real":
            termbases[name] = default_termbase_path()
        else:
            count = int(name.rstrip("k")) * 1000
            path = work / f"terms-{name}-{options.seed}.yaml"
            if not path.exists():
                log(f"writing a {count:,}-entry synthetic term base to {path}")
                write_synthetic_termbase(count, path, seed=options.seed)
            termbases[name] = path
    names = long_names(termbases["real"]) if "real" in termbases else long_names(default_termbase_path())

    rows: list[Row] = []
    for size in sizes:
        text = build_corpus(size, options.seed)
        variants = {f"{size:g} MB": text}
        if not options.no_typo:
            typo_text, typos = with_typos(text, names, options.seed)
            variants[f"{size:g} MB typo"] = typo_text
            log(f"{size:g} MB typo variant: {typos:,} names with a typo")
        for corpus_name, corpus_text in variants.items():
            corpus_path = work / f"corpus-{corpus_name.replace(' ', '-')}.txt"
            corpus_path.write_text(corpus_text, encoding="utf-8")
            megabytes = len(corpus_text.encode("utf-8")) / MEGABYTE
            for termbase_name, terms_path in termbases.items():
                if termbase_name != "real" and (size not in large_sizes or "typo" in corpus_name):
                    continue
                forms_path = work / f"forms-{termbase_name}.txt"
                if not forms_path.exists():
                    forms_path.write_text("\n".join(surface_forms(terms_path)), encoding="utf-8")
                for peer in peers:
                    label = f"[{corpus_name} / {termbase_name} / {peer}]"
                    if not peer_installed(peer):
                        rows.append(Row(corpus_name, termbase_name, peer, megabytes, None))
                        continue
                    first: float | None = None
                    if peer in GLOSSARY_PEERS:
                        command = [
                            *_glossary_command(), "annotate", "--format", "json", "--terms", str(terms_path),
                            *GLOSSARY_PEERS[peer], str(corpus_path),
                        ]  # fmt: skip
                        cache_files = list((work / "cache").glob("matcher-*")) if (work / "cache").exists() else []
                        for stale in cache_files:
                            stale.unlink()  # the first run pays for load and compile
                        warm = run_process(command, count_json=True, env=env)
                        first = warm.wall
                        log(f"{label} first run {warm.wall:.1f} s {warm.error}")
                        run = run_process(command, count_json=True, env=env) if not warm.error else warm
                    else:
                        command = [sys.executable, __file__, "--child", peer, str(forms_path), str(corpus_path)]
                        run = run_process(command, count_json=False, env=env)
                    log(f"{label} {run.wall:.1f} s wall, {run.cpu:.1f} s CPU, {run.matches} matches, {run.peak_mb:.0f} MB {run.error}")
                    rows.append(Row(corpus_name, termbase_name, peer, megabytes, run, first))

    print(f"Machine: {os.cpu_count()} cores, {platform.machine()}, {platform.system()}, Python {platform.python_version()}; "
          f"load average at the end {', '.join(f'{value:.1f}' for value in os.getloadavg())}; "
          f"{datetime.date.today().isoformat()}")
    print(f"Command: python benchmarks/bench.py {' '.join(argv if argv is not None else sys.argv[1:])}".rstrip())
    print()
    header = ["corpus", "term base", "contender", "MB/s", "MB/s CPU", "matches", "peak MB", "1st run s"]
    print(markdown_table(header, [row.cells() for row in rows]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
