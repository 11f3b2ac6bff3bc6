"""A Neo4j store for a long-running service: it may start before Neo4j does, and outlive a restart."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.algorithms.contacts import ContactSummary
from graph.errors import StoreUnavailable
from graph.model import Event, UpsertSummary
from graph.settings import Settings
from graph.store.base import EVERYTHING, EventFilter, SortKey
from graph.store.neo4j import Neo4jStore


class ReconnectingNeo4jStore:
    """A Neo4j store for a long-running service: connects on first use, and again after a failure.

    The service can start while Neo4j is down; until it is up, every call raises
    StoreUnavailable (503 with Retry-After over HTTP).
    """

    kind = "neo4j"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._store: Neo4jStore | None = None

    def _live(self) -> Neo4jStore:
        if self._store is None:
            self._store = Neo4jStore.connect(self._settings)
        return self._store

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        try:
            return getattr(self._live(), method)(*args, **kwargs)
        except StoreUnavailable:
            self.close()
            raise

    def upsert(self, events: Sequence[Event]) -> UpsertSummary:
        result: UpsertSummary = self._call("upsert", events)
        return result

    def events(
        self, where: EventFilter = EVERYTHING, *, after: SortKey | None = None, limit: int | None = None
    ) -> list[Event]:
        result: list[Event] = self._call("events", where, after=after, limit=limit)
        return result

    def contacts(self, actor: str, where: EventFilter = EVERYTHING) -> list[ContactSummary]:
        result: list[ContactSummary] = self._call("contacts", actor, where)
        return result

    def events_between(self, a: str, b: str, where: EventFilter = EVERYTHING) -> list[Event]:
        result: list[Event] = self._call("events_between", a, b, where)
        return result

    def shortest_chains(
        self, source: str, target: str, where: EventFilter, *, max_hops: int, all_paths: bool
    ) -> list[list[str]]:
        result: list[list[str]] = self._call(
            "shortest_chains", source, target, where, max_hops=max_hops, all_paths=all_paths
        )
        return result

    def event(self, event_id: str) -> Event:
        result: Event = self._call("event", event_id)
        return result

    def counts(self) -> tuple[int, int]:
        result: tuple[int, int] = self._call("counts")
        return result

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
