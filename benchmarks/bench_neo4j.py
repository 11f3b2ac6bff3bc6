"""Neo4j store speed on a synthetic graph, as ratios against baselines measured in the same run.

    .venv/bin/python benchmarks/bench_neo4j.py [--actors 1000] [--events 10000] [--repeat 5]
    .venv/bin/python benchmarks/bench_neo4j.py --compare-python OTHER_VENV/bin/python

Uses NEO4J_URI when set (the database is emptied!), else starts a server with scripts/neo4j-local.
Contacts repeat (about five events per pair of actors), as between real officials, so the chain
searches meet parallel edges.

Baselines: the shortest chain the way queries ran it before the Cypher search (read the
window's events, run graph.algorithms.chains in Python); and, with --compare-python, the same
reads from another interpreter (say one with neo4j-rust-ext installed) on the same database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path
from typing import LiteralString

from neo4j import GraphDatabase
from neo4j._codec.packstream import RUST_AVAILABLE

from graph import queries
from graph.algorithms.chains import events_between, shortest_chains
from graph.model import Actor, ContactType, Event
from graph.registry import Registry
from graph.settings import Settings
from graph.store.base import MAX_HOPS, EventFilter
from graph.store.neo4j import Neo4jStore

REPO = Path(__file__).resolve().parents[1]
BATCH = 1000
ROUNDS = 2
READ_NODES: LiteralString = "MATCH (e:Event) RETURN e"


def _events(actors: int, count: int) -> list[Event]:
    rng = random.Random(7)
    ids = _actor_ids(actors)
    pairs = [rng.sample(ids, 2) for _ in range(max(1, count // 5))]
    day0 = dt.date(2024, 1, 1)
    return [
        Event(
            type=rng.choice(list(ContactType)[:6]),
            participants=rng.choice(pairs),
            date=day0 + dt.timedelta(days=rng.randrange(900)),
        )
        for _ in range(count)
    ]


def _actor_ids(actors: int) -> list[str]:
    return [f"actor-{i}" for i in range(actors)]


def _timed(run: Callable[[], object], repeat: int) -> float:
    run()  # warm-up: plan caches, connection pool
    start = time.perf_counter()
    for _ in range(repeat):
        run()
    return (time.perf_counter() - start) / repeat


def _driver_read(uri: str) -> object:
    """The driver alone (no pydantic): every event node with its properties, dates and lists."""
    with GraphDatabase.driver(uri) as driver:
        return driver.execute_query(READ_NODES, database_="neo4j").records


def _python_chain(store: Neo4jStore, source: str, target: str) -> object:
    """The shortest chain as queries ran it before the Cypher search: read every event, then Python."""
    events = store.events(EventFilter())
    chains = shortest_chains(events, source, target, max_hops=MAX_HOPS)
    return [[events_between(events, a, b) for a, b in pairwise(chain)] for chain in chains]


def measure(uri: str, actors: int, repeat: int) -> dict[str, float]:
    """Seconds per call of each read, on the database at `uri`."""
    store = Neo4jStore.connect(Settings(neo4j_uri=uri))
    ids = _actor_ids(actors)
    registry = Registry([Actor(id=i, name=i) for i in ids])
    rng = random.Random(11)
    pairs = [(rng.choice(ids), rng.choice(ids)) for _ in range(repeat)]
    busiest = queries.contacts(store, registry, ids[0])[0].actor
    _, cursor = queries.event_feed(store, EventFilter(), 1000)  # a cursor past the first 1000
    window = queries.Window(dt.date(2024, 6, 1), dt.date(2024, 12, 31))

    def each_pair(run: Callable[[str, str], object]) -> Callable[[], object]:
        it = iter(pairs * (repeat + 1))
        return lambda: run(*next(it))

    try:
        return {
            "driver only: every event's node": _timed(lambda: _driver_read(uri), repeat),
            "read all events": _timed(store.events, repeat),
            "feed page of 100 (cursor)": _timed(
                lambda: queries.event_feed(store, EventFilter(), 100, cursor), repeat
            ),
            "timeline": _timed(lambda: queries.timeline(store, registry, busiest), repeat),
            "contacts": _timed(lambda: queries.contacts(store, registry, busiest), repeat),
            "shortest chain, Cypher": _timed(
                each_pair(lambda a, b: queries.shortest_paths(store, registry, a, b)), repeat
            ),
            "shortest chain, Cypher, all": _timed(
                each_pair(lambda a, b: queries.shortest_paths(store, registry, a, b, all_paths=True)), repeat
            ),
            "shortest chain, Cypher, window": _timed(
                each_pair(lambda a, b: queries.shortest_paths(store, registry, a, b, window)), repeat
            ),
            "shortest chain, Python over events()": _timed(
                each_pair(lambda a, b: _python_chain(store, a, b)), repeat
            ),
        }
    finally:
        store.close()


@contextmanager
def _server() -> Iterator[str]:
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield uri
        return
    sys.path.insert(0, str(REPO / "tests"))
    from neo4j_server import running_neo4j

    with tempfile.TemporaryDirectory() as tmp, running_neo4j(Path(tmp)) as started:
        yield started


def _load(uri: str, events: list[Event]) -> float:
    store = Neo4jStore.connect(Settings(neo4j_uri=uri))
    try:
        store.clear()
        start = time.perf_counter()
        for i in range(0, len(events), BATCH):
            store.upsert(events[i : i + BATCH])
        return time.perf_counter() - start
    finally:
        store.close()


def _measured_by(python: str, uri: str, args: argparse.Namespace) -> tuple[bool, dict[str, float]]:
    """One measuring run in a fresh process of `python`: whether Rust was in use, seconds per read."""
    command = [
        python,
        __file__,
        "--measure-only",
        uri,
        "--actors",
        str(args.actors),
        "--repeat",
        str(args.repeat),
    ]
    answer = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    return bool(answer["rust"]), answer["seconds"]


def _best_of_alternating_runs(
    pythons: list[str], uri: str, args: argparse.Namespace
) -> list[tuple[bool, dict[str, float]]]:
    """Each interpreter measured ROUNDS times, taking turns so neither gets the warmer server."""
    runs: list[list[tuple[bool, dict[str, float]]]] = [[] for _ in pythons]
    for _ in range(ROUNDS):
        for i, python in enumerate(pythons):
            runs[i].append(_measured_by(python, uri, args))
    return [(r[0][0], {k: min(s[k] for _, s in r) for k in r[0][1]}) for r in runs]


def _report(label: str, rust: bool, seconds: dict[str, float], baseline: dict[str, float] | None) -> None:
    print(f"{label}: neo4j-rust-ext {'in use' if rust else 'not installed'}")
    python_chain = seconds["shortest chain, Python over events()"]
    for name, value in seconds.items():
        line = f"  {name}: {value * 1000:.1f} ms"
        if name.startswith("shortest chain, Cypher"):
            line += f" = {value / python_chain:.3f}x the Python chain"
        if baseline is not None:
            line += f"; {value / baseline[name]:.2f}x the first interpreter"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=1000)
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--compare-python", help="another interpreter to measure the same reads with")
    parser.add_argument("--measure-only", metavar="URI", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_only:
        seconds = measure(args.measure_only, args.actors, args.repeat)
        print(json.dumps({"rust": RUST_AVAILABLE, "seconds": seconds}))
        return
    with _server() as uri:
        loaded = _load(uri, _events(args.actors, args.events))
        print(f"ingest {args.events} events ({args.actors} actors) into Neo4j: {loaded:.1f} s")
        if args.compare_python:
            results = _best_of_alternating_runs([sys.executable, args.compare_python], uri, args)
        else:
            results = [(RUST_AVAILABLE, measure(uri, args.actors, args.repeat))]
    (rust, mine), *others = results
    _report(sys.executable, rust, mine, None)
    for rust, theirs in others:
        _report(args.compare_python, rust, theirs, mine)


if __name__ == "__main__":
    main()
