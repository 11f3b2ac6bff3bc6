"""Query speed on a synthetic graph, as ratios against baselines measured in the same run.

    .venv/bin/python benchmarks/bench_queries.py [--actors 2000] [--events 20000]

Baselines: reading every event from the store (the floor any query pays today), and a plain
networkx shortest path on a prebuilt graph (what the chain search is built on).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from graph import queries
from graph.model import Actor, ContactType, Event
from graph.registry import Registry
from graph.store import EmbeddedStore


def _timed(run: Callable[[], object], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        run()
    return (time.perf_counter() - start) / repeat


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    ids = [f"actor-{i}" for i in range(args.actors)]
    registry = Registry([Actor(id=i, name=i) for i in ids])
    day0 = dt.date(2024, 1, 1)
    events = [
        Event(
            type=rng.choice(list(ContactType)[:6]),
            participants=rng.sample(ids, 2),
            date=day0 + dt.timedelta(days=rng.randrange(900)),
        )
        for _ in range(args.events)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "bench.db")
        start = time.perf_counter()
        store.upsert(events)
        print(f"ingest {len(events)} events: {time.perf_counter() - start:.2f} s")
        graph: nx.Graph[str] = nx.Graph()
        graph.add_edges_from(p for e in events for p in e.pairs())
        pairs = [(rng.choice(ids), rng.choice(ids)) for _ in range(args.repeat)]
        it = iter(pairs * 3)

        read_all = _timed(lambda: store.events(), args.repeat)
        nx_path = _timed(lambda: nx.has_path(graph, *next(it)), args.repeat)
        shortest = _timed(lambda: queries.shortest_paths(store, registry, *next(it)), args.repeat)
        temporal = _timed(lambda: queries.temporal_path(store, registry, *next(it)), args.repeat)
    print(
        f"baseline: read all events {read_all * 1000:.1f} ms; networkx path on a prebuilt graph "
        f"{nx_path * 1000:.2f} ms"
    )
    for name, seconds in (("shortest chain", shortest), ("temporal chain", temporal)):
        print(
            f"{name}: {seconds * 1000:.1f} ms = {seconds / read_all:.2f}x read-all, "
            f"{seconds / nx_path:.0f}x networkx-on-prebuilt"
        )


if __name__ == "__main__":
    main()
