"""How long extraction takes: the seed article, every dev-set article, and a long text.

Run with `.venv/bin/python benchmarks/bench_extract.py`; prints milliseconds per article and
the ratio of a typical article to the one-second budget.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from graph.registry import Registry
from ingest.extract import MAX_CHARS, extract_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_33d1ed684b20675d.txt"
DEV_SET = ROOT / "tests" / "data" / "articles"


def _timed(text: str, registry: Registry) -> float:
    start = time.perf_counter()
    extract_article(text, registry)
    return time.perf_counter() - start


def main() -> None:
    registry = Registry.load()
    seed = SEED.read_text(encoding="utf-8")
    cold = _timed(seed, registry)
    warm = min(_timed(seed, registry) for _ in range(5))
    print(f"seed article: first call {cold * 1000:.0f} ms (loads dictionaries), then {warm * 1000:.1f} ms")
    articles = [p.read_text(encoding="utf-8") for p in sorted(DEV_SET.rglob("*.txt"))]
    if articles:
        times = [_timed(text, registry) for text in articles]
        median, worst = statistics.median(times), max(times)
        print(f"dev set: {len(times)} articles, median {median * 1000:.1f} ms, worst {worst * 1000:.1f} ms")
        print(f"typical article / 1 s budget: {median:.3f}")
    long_text = ("\n".join(articles or [seed]) * 20)[: MAX_CHARS - 1]
    print(f"long text: {len(long_text):,} chars in {_timed(long_text, registry):.2f} s")


if __name__ == "__main__":
    main()
