"""The store protocol: what every store (embedded, Neo4j) answers, identically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from graph.model import ContactType, Event, UpsertSummary


@dataclass(frozen=True)
class EventFilter:
    """Which events a query looks at: a date window, contact types, an actor."""

    since: dt.date | None = None
    until: dt.date | None = None
    types: Collection[ContactType] | None = None
    actor: str | None = None

    def admits(self, event: Event) -> bool:
        """True when the event can have happened inside the window and matches the rest."""
        return (
            (self.since is None or event.upper >= self.since)
            and (self.until is None or event.lower <= self.until)
            and (not self.types or event.type in self.types)
            and (self.actor is None or self.actor in event.participants)
        )


EVERYTHING = EventFilter()


class GraphStore(Protocol):
    """A place that keeps events; the algorithms run over what it returns."""

    kind: str

    def upsert(self, events: Sequence[Event]) -> UpsertSummary:
        """Store a batch atomically and idempotently, merging reports of the same contact."""
        ...

    def events(self, where: EventFilter = EVERYTHING) -> list[Event]:
        """Matching events in chronological order (Event.sort_key)."""
        ...

    def event(self, event_id: str) -> Event:
        """One event; raises UnknownEvent."""
        ...

    def counts(self) -> tuple[int, int]:
        """(number of events, number of distinct participating actors)."""
        ...

    def close(self) -> None: ...
