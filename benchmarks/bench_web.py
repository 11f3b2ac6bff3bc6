"""The web page and /graph at 5,000 actors and 50,000 events, as ratios against same-run baselines.

    .venv/bin/python benchmarks/bench_web.py [--actors 5000] [--events 50000] [--repeat 3]

Server baselines: reading every event from the store, and json.dumps of the /graph answer (the
floor any JSON route pays). Page baseline: fetching and parsing /graph inside the page (the floor
any drawing pays). Measured over real HTTP in Debian's headless Chromium, like tests/web.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))

from conftest import CHROMIUM, CHROMIUM_ARGS, serving  # noqa: E402
from synthetic import generate  # noqa: E402

from api.app import create_app  # noqa: E402
from graph.store import EmbeddedStore  # noqa: E402

LONG_TASKS = """window.__longTasks = [];
new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push(e.duration)))
  .observe({ type: "longtask", buffered: true });"""
FETCH_FLOOR = """async () => {
  const t = performance.now();
  await (await fetch("/graph")).json();
  return performance.now() - t;
}"""


def _median(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _server(url: str, store: EmbeddedStore, repeat: int) -> None:
    with httpx.Client(base_url=url, timeout=120) as http:
        body = http.get("/graph").json()
        read_all = _median(store.events, repeat)
        dumps = _median(lambda: json.dumps(body), repeat)
        print(
            f"baseline: read all events {read_all * 1000:.0f} ms; json.dumps of /graph {dumps * 1000:.0f} ms"
        )
        for name, params in (
            ("/graph", {}),
            ("/graph?country=KZ", {"country": "KZ"}),
            ("/graph?since&until (a quarter)", {"since": "2025-01-01", "until": "2025-03-31"}),
            ("/graph/facets", None),
        ):
            path = "/graph/facets" if params is None else "/graph"
            seconds = _median(lambda p=path, q=params: http.get(p, params=q).raise_for_status(), repeat)
            print(
                f"{name}: {seconds * 1000:.0f} ms = {seconds / read_all:.1f}x read-all, "
                f"{seconds / dumps:.1f}x json.dumps"
            )


def _page(url: str, repeat: int) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.add_init_script(LONG_TASKS)
            start = time.perf_counter()
            page.goto(url + "/")
            page.wait_for_selector("body[data-layout=done]", timeout=300_000)
            drawn = time.perf_counter() - start
            longest = max(page.evaluate("window.__longTasks"), default=0) / 1000
            floor = page.evaluate(FETCH_FLOOR) / 1000
            print(
                f"page: fetch+parse /graph {floor:.2f} s (baseline); laid out (fcose in a worker) and drawn "
                f"{drawn:.2f} s = {drawn / floor:.1f}x; longest main-thread task {longest:.2f} s "
                f"= {longest / floor:.1f}x"
            )
            page.close()
        browser.close()


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=5_000)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = generate(args.actors, args.events)
    with tempfile.TemporaryDirectory() as tmp:
        registry = data.write_registry(Path(tmp) / "actors")
        store = EmbeddedStore(Path(tmp) / "bench.db")
        data.load_into(store)
        print(f"{len(registry)} actors, {store.counts()[0]} events")
        with serving(create_app(store, registry)) as url:
            _server(url, store, args.repeat)
            _page(url, args.repeat)
        store.close()


if __name__ == "__main__":
    main()
