"""The embedded store: a SQLite file is the record, an in-memory index answers queries.

Zero set-up: one local file. Each batch is one transaction (WAL mode, so readers never
block). The index (events by id and identity, and a networkx multigraph of actors with an
edge per event and pair) is rebuilt at start, kept current on ingest, and rebuilt whenever
another process has changed the file.
"""

from __future__ import annotations

import bisect
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import replace
from pathlib import Path

import networkx as nx

from graph.algorithms.chains import shortest_chains_in
from graph.algorithms.contacts import ContactSummary, contact_summaries
from graph.errors import StoreUnavailable, UnknownEvent
from graph.merge import identity, plan_upsert
from graph.model import Event, UpsertSummary
from graph.store.base import EVERYTHING, MAX_HOPS, EventFilter, SortKey

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX IF NOT EXISTS participants_actor ON participants(actor_id);
"""


class EmbeddedStore:
    """Events in a SQLite file, indexed in memory by id, identity and actor."""

    kind = "embedded"

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)
        self._lock = threading.RLock()
        self._version = -1
        self._by_id: dict[str, Event] = {}
        self._by_identity: dict[tuple[object, ...], list[str]] = defaultdict(list)
        self._graph: nx.MultiGraph[str] = nx.MultiGraph()
        self._refresh()

    def _refresh(self) -> None:
        """Reload the index when the file changed under us (another process wrote)."""
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if version == self._version:
            return
        rows = self._db.execute("SELECT body FROM events").fetchall()
        self._by_id = {}
        self._by_identity = defaultdict(list)
        self._graph = nx.MultiGraph()
        for (body,) in rows:
            self._index(Event.model_validate_json(body))
        self._version = version

    def _index(self, event: Event) -> None:
        if event.id not in self._by_id:
            self._by_identity[identity(event)].append(event.id)
            for a, b in event.pairs():
                self._graph.add_edge(a, b, key=event.id)
        self._by_id[event.id] = event

    def upsert(self, events: Sequence[Event]) -> UpsertSummary:
        with self._lock:
            self._refresh()
            to_write, summary = plan_upsert(
                events, lambda e: [self._by_id[i] for i in self._by_identity.get(identity(e), [])]
            )
            if not to_write:
                return summary
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "INSERT INTO events(id, body) VALUES (?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET body = excluded.body",
                    [(e.id, e.model_dump_json()) for e in to_write],
                )
                self._db.executemany(
                    "INSERT OR IGNORE INTO participants(event_id, actor_id) VALUES (?, ?)",
                    [(e.id, p) for e in to_write for p in e.participants],
                )
                self._db.execute("COMMIT")
            except BaseException as error:
                self._db.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise StoreUnavailable(f"the embedded store could not write: {error}") from error
                raise
            for event in to_write:
                self._index(event)
            self._version = self._db.execute("PRAGMA data_version").fetchone()[0]
            return summary

    def events(
        self, where: EventFilter = EVERYTHING, *, after: SortKey | None = None, limit: int | None = None
    ) -> list[Event]:
        with self._lock:
            self._refresh()
            candidates = self._by_id.values() if where.actor is None else self._events_of(where.actor)
            found = sorted((e for e in candidates if where.admits(e)), key=lambda e: e.sort_key)
        if after is not None:
            found = found[bisect.bisect_right(found, after, key=lambda e: e.sort_key) :]
        return found if limit is None else found[:limit]

    def _events_of(self, actor: str) -> list[Event]:
        if actor not in self._graph:
            return []
        return [self._by_id[key] for key in {key for _, _, key in self._graph.edges(actor, keys=True)}]

    def contacts(self, actor: str, where: EventFilter = EVERYTHING) -> list[ContactSummary]:
        return contact_summaries(actor, self.events(replace(where, actor=actor)))

    def events_between(self, a: str, b: str, where: EventFilter = EVERYTHING) -> list[Event]:
        with self._lock:
            self._refresh()
            keys: dict[Hashable, object] = self._graph.get_edge_data(a, b, default={}) if a != b else {}
            found = [self._by_id[str(key)] for key in keys]
        unanchored = replace(where, actor=None)
        return sorted((e for e in found if unanchored.admits(e)), key=lambda e: e.sort_key)

    def shortest_chains(
        self, source: str, target: str, where: EventFilter, *, max_hops: int, all_paths: bool
    ) -> list[list[str]]:
        if not 1 <= max_hops <= MAX_HOPS:
            raise ValueError(f"max_hops must be between 1 and {MAX_HOPS}, got {max_hops}")
        with self._lock:
            self._refresh()
            by_id = self._by_id
            # The edge keys are event ids (see _index); the stubs type multigraph keys as int.
            admitted: nx.MultiGraph[str] = nx.subgraph_view(
                self._graph, filter_edge=lambda _u, _v, key: where.admits(by_id[str(key)])
            )
            return shortest_chains_in(admitted, source, target, max_hops=max_hops, all_paths=all_paths)

    def event(self, event_id: str) -> Event:
        with self._lock:
            self._refresh()
            try:
                return self._by_id[event_id]
            except KeyError:
                raise UnknownEvent(event_id) from None

    def counts(self) -> tuple[int, int]:
        with self._lock:
            self._refresh()
            return len(self._by_id), self._graph.number_of_nodes()

    def close(self) -> None:
        self._db.close()
