"""The store protocol: what every store (embedded, Neo4j) answers, identically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from graph.algorithms.contacts import ContactSummary
from graph.model import ContactType, Event, UpsertSummary

# The longest chain a shortest-chain search looks for (the Cypher quantifier's cap).
MAX_HOPS = 12

# A position in chronological order: Event.sort_key of the last event already seen.
SortKey = tuple[dt.date, dt.date, str]


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

    def events(
        self, where: EventFilter = EVERYTHING, *, after: SortKey | None = None, limit: int | None = None
    ) -> list[Event]:
        """Matching events in chronological order (Event.sort_key): those after `after`, at most `limit`."""
        ...

    def contacts(self, actor: str, where: EventFilter = EVERYTHING) -> list[ContactSummary]:
        """Who `actor` shares events with (`where.actor` is ignored); see contact_summaries."""
        ...

    def events_between(self, a: str, b: str, where: EventFilter = EVERYTHING) -> list[Event]:
        """The matching events joining `a` and `b` directly (Event.pairs), chronologically."""
        ...

    def shortest_chains(
        self, source: str, target: str, where: EventFilter, *, max_hops: int, all_paths: bool
    ) -> list[list[str]]:
        """Fewest-hop chains over the matching events, as chains.shortest_chains answers them.

        `max_hops` is 1..MAX_HOPS; raises ValueError otherwise.
        """
        ...

    def event(self, event_id: str) -> Event:
        """One event; raises UnknownEvent."""
        ...

    def counts(self) -> tuple[int, int]:
        """(number of events, number of distinct participating actors)."""
        ...

    def close(self) -> None: ...
