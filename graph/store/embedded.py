"""The embedded store: a SQLite file is the record, an in-memory index answers queries.

Zero set-up: one local file. Each batch is one transaction (WAL mode, so readers never
block). The index is rebuilt at start and whenever another process has changed the file.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from graph.errors import UnknownEvent
from graph.merge import identity, plan_upsert
from graph.model import Event, UpsertSummary
from graph.store.base import EVERYTHING, EventFilter

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
        self._refresh()

    def _refresh(self) -> None:
        """Reload the index when the file changed under us (another process wrote)."""
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if version == self._version:
            return
        rows = self._db.execute("SELECT body FROM events").fetchall()
        self._by_id = {}
        self._by_identity = defaultdict(list)
        for (body,) in rows:
            self._index(Event.model_validate_json(body))
        self._version = version

    def _index(self, event: Event) -> None:
        if event.id not in self._by_id:
            self._by_identity[identity(event)].append(event.id)
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
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            for event in to_write:
                self._index(event)
            self._version = self._db.execute("PRAGMA data_version").fetchone()[0]
            return summary

    def events(self, where: EventFilter = EVERYTHING) -> list[Event]:
        with self._lock:
            self._refresh()
            return sorted((e for e in self._by_id.values() if where.admits(e)), key=lambda e: e.sort_key)

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
            actors = {p for e in self._by_id.values() for p in e.participants}
            return len(self._by_id), len(actors)

    def close(self) -> None:
        self._db.close()
