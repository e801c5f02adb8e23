"""Load test of `glossary serve` on loopback: concurrent annotate requests, bounded in count and time.

    python benchmarks/load.py [--requests 2000] [--concurrency 16] [--seconds 60]

Starts the server on a free 127.0.0.1 port in this process, sends corpus paragraphs
to POST /api/annotate from a thread pool, and prints errors and latency percentiles.
It targets loopback only and stops by itself.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.server.testing import running_server  # noqa: E402


def paragraphs() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt")):
        texts.extend(part for part in path.read_text(encoding="utf-8").split("\n\n") if part.strip())
    return texts


def run(requests: int, concurrency: int, seconds: float) -> dict[str, float]:
    texts = paragraphs()
    latencies: list[float] = []
    errors = 0
    with running_server() as base, httpx.Client(base_url=base, timeout=30) as client:
        deadline = time.monotonic() + seconds

        def one(index: int) -> tuple[bool, float]:
            if time.monotonic() > deadline:
                return True, -1.0
            started = time.perf_counter()
            response = client.post("/api/annotate", json={"text": texts[index % len(texts)]})
            elapsed = time.perf_counter() - started
            return response.status_code == 200 and "matches" in response.json(), elapsed

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            for ok, elapsed in pool.map(one, range(requests)):
                if elapsed < 0:
                    continue
                latencies.append(elapsed)
                errors += not ok
        wall = time.perf_counter() - started
    latencies.sort()

    def percentile(share: float) -> float:
        return latencies[min(len(latencies) - 1, int(share * len(latencies)))] * 1000

    return {
        "requests": len(latencies),
        "errors": errors,
        "concurrency": concurrency,
        "wall_s": wall,
        "requests_per_s": len(latencies) / wall,
        "p50_ms": percentile(0.50),
        "p95_ms": percentile(0.95),
        "p99_ms": percentile(0.99),
        "mean_ms": statistics.fmean(latencies) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60.0)
    arguments = parser.parse_args()
    figures = run(arguments.requests, arguments.concurrency, arguments.seconds)
    print("| requests | concurrency | errors | req/s | p50 ms | p95 ms | p99 ms |")
    print("|---|---|---|---|---|---|---|")
    print(
        f"| {figures['requests']} | {figures['concurrency']} | {figures['errors']} | {figures['requests_per_s']:.0f} "
        f"| {figures['p50_ms']:.1f} | {figures['p95_ms']:.1f} | {figures['p99_ms']:.1f} |"
    )


if __name__ == "__main__":
    main()
