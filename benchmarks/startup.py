"""Start-up of the ``glossary`` command next to the floors it cannot go below, whole process.

    python benchmarks/startup.py [--runs N] [--terms PATH]

Each row is one command run N times (default 15) as a fresh process after one
warm-up run (which fills the on-disk cache, as a user's second run finds it);
``os.wait4`` gives each run's CPU time (user + system) and the wall clock is
taken around it. The table gives the best and the median of both, in seconds:
on a busy machine the best CPU figure is the steadier one. The floors are the
interpreter alone and ``import typer`` (every typer command pays it). The
package is byte-compiled first, as installing a wheel does. The target of issue
11 is ``glossary lookup ADMM`` under 0.2 s wall on the bundled term base.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import compile_package, markdown_table  # noqa: E402


def measure(command: Sequence[str], *, runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``runs`` runs of ``command`` after one warm-up run."""
    walls: list[float] = []
    cpus: list[float] = []
    for attempt in range(runs + 1):
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed (exit {os.waitstatus_to_exitcode(status)})")
        if attempt:  # the first run fills the cache
            walls.append(wall)
            cpus.append(usage.ru_utime + usage.ru_stime)
    return walls, cpus


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command (default 15)")
    parser.add_argument("--terms", type=Path, help="term base (default: the bundled one)")
    options = parser.parse_args(argv)
    compile_package()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    glossary = [sys.executable, "-m", "glossary"]
    terms = ["--terms", str(options.terms)] if options.terms else []
    commands = [
        ("python -c pass (floor)", [sys.executable, "-c", "pass"]),
        ("python -c 'import typer' (floor)", [sys.executable, "-c", "import typer"]),
        ("glossary --version", [*glossary, "--version"]),
        ("glossary lookup ADMM", [*glossary, "lookup", "ADMM", *terms]),
        ("glossary lookup ADMM -f json", [*glossary, "lookup", "ADMM", "-f", "json", *terms]),
        ("glossary show admm", [*glossary, "show", "admm", *terms]),
    ]
    rows = []
    for label, command in commands:
        print(f"startup: {label}", file=sys.stderr)
        walls, cpus = measure(command, runs=options.runs, env=env)
        rows.append([label, f"{min(walls):.3f}", f"{statistics.median(walls):.3f}", f"{min(cpus):.3f}", f"{statistics.median(cpus):.3f}"])
    header = ["command", "best wall s", "median wall s", "best CPU s", "median CPU s"]
    print(markdown_table(header, rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
