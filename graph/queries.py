"""What the API and the command line ask: one function per question, over any store."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Collection
from dataclasses import dataclass
from itertools import pairwise

import networkx as nx

from graph.algorithms.contacts import ContactSummary
from graph.algorithms.temporal import TemporalChain, earliest_arrival
from graph.errors import InvalidQuery
from graph.model import Actor, ContactType, Event
from graph.registry import Registry
from graph.store.base import MAX_HOPS, EventFilter, GraphStore

__all__ = [
    "ContactSummary",
    "Hop",
    "Window",
    "contacts",
    "contacts_between",
    "event_feed",
    "search_actors",
    "shortest_paths",
    "subgraph",
    "temporal_path",
    "timeline",
]


@dataclass(frozen=True)
class Window:
    """A date window and contact types, checked once at the edge."""

    since: dt.date | None = None
    until: dt.date | None = None
    types: Collection[ContactType] | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise InvalidQuery("since", f"{self.since} is after until {self.until}")

    def filter(self, actor: str | None = None) -> EventFilter:
        return EventFilter(self.since, self.until, self.types, actor)


def search_actors(registry: Registry, query: str, limit: int = 20) -> list[Actor]:
    """Actors whose names match the query in any language and word form."""
    if not query.strip():
        raise InvalidQuery("q", "must not be empty")
    return registry.search(query, limit=limit)


def timeline(store: GraphStore, registry: Registry, actor: str, window: Window = Window()) -> list[Event]:
    """The actor's contacts in chronological order."""
    registry.get(actor)
    return store.events(window.filter(actor))


def contacts(
    store: GraphStore, registry: Registry, actor: str, window: Window = Window()
) -> list[ContactSummary]:
    """Who the actor had contacts with: counts, first and last dates, types; most contacts first."""
    registry.get(actor)
    return store.contacts(actor, window.filter())


def contacts_between(
    store: GraphStore, registry: Registry, actor: str, other: str, window: Window = Window()
) -> list[Event]:
    """Every contact between two actors, in chronological order."""
    registry.get(actor)
    registry.get(other)
    return [e for e in store.events(window.filter(actor)) if other in e.participants]


def _encode_cursor(event: Event) -> str:
    key = [event.sort_key[0].isoformat(), event.sort_key[1].isoformat(), event.id]
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode()


def _decode_cursor(cursor: str) -> tuple[dt.date, dt.date, str]:
    try:
        first, lower, event_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        return dt.date.fromisoformat(first), dt.date.fromisoformat(lower), str(event_id)
    except (ValueError, TypeError, binascii.Error) as exc:
        raise InvalidQuery("cursor", "is not a cursor this service gave out") from exc


def event_feed(
    store: GraphStore, where: EventFilter, limit: int = 100, cursor: str | None = None
) -> tuple[list[Event], str | None]:
    """A page of events in chronological order, and the cursor of the next page (None at the end).

    The cursor is the position of the last item, so pages stay stable while data is added.
    """
    if not 1 <= limit <= 1000:
        raise InvalidQuery("limit", f"must be between 1 and 1000, got {limit}")
    after = None if cursor is None else _decode_cursor(cursor)
    events = store.events(where, after=after, limit=limit + 1)
    page = events[:limit]
    return page, (_encode_cursor(page[-1]) if len(events) > limit else None)


@dataclass(frozen=True)
class Hop:
    source: str
    target: str
    events: list[Event]


def shortest_paths(
    store: GraphStore,
    registry: Registry,
    source: str,
    target: str,
    window: Window = Window(),
    max_hops: int | None = None,
    all_paths: bool = False,
) -> list[tuple[list[str], list[Hop]]]:
    """Fewest-hop contact chains (at most MAX_HOPS hops), each hop with the events that make it.

    The store finds the chains (Neo4j in Cypher); each hop's events are fetched once per pair.
    """
    registry.get(source)
    registry.get(target)
    if max_hops is not None and not 1 <= max_hops <= MAX_HOPS:
        raise InvalidQuery("max_hops", f"must be between 1 and {MAX_HOPS}, got {max_hops}")
    where = window.filter()
    chains = store.shortest_chains(source, target, where, max_hops=max_hops or MAX_HOPS, all_paths=all_paths)
    hop_events: dict[tuple[str, str], list[Event]] = {}
    for chain in chains:
        for a, b in pairwise(chain):
            if (a, b) not in hop_events:
                hop_events[a, b] = store.events_between(a, b, where)
    return [(chain, [Hop(a, b, hop_events[a, b]) for a, b in pairwise(chain)]) for chain in chains]


def temporal_path(
    store: GraphStore, registry: Registry, source: str, target: str, window: Window = Window()
) -> TemporalChain | None:
    """The earliest-arrival, time-respecting chain from source to target, or None."""
    registry.get(source)
    registry.get(target)
    return earliest_arrival(
        store.events(window.filter()), source, target, since=window.since, until=window.until
    )


def subgraph(
    store: GraphStore, registry: Registry, center: str | None, depth: int, window: Window = Window()
) -> tuple[list[Actor], list[Event]]:
    """The actors and events within `depth` hops of `center` (the whole graph without one)."""
    if not 0 <= depth <= 6:
        raise InvalidQuery("depth", f"must be between 0 and 6, got {depth}")
    events = store.events(window.filter())
    graph: nx.Graph[str] = nx.Graph()
    for event in events:
        graph.add_nodes_from(event.participants)
        graph.add_edges_from(event.pairs())
    if center is not None:
        registry.get(center)
        if center not in graph:
            return [registry.get(center)], []
        keep = set(nx.single_source_shortest_path_length(graph, center, cutoff=depth))
        events = [e for e in events if set(e.participants) <= keep]
    actor_ids = sorted({p for e in events for p in e.participants} | ({center} if center else set()))
    return [registry.get(a) for a in actor_ids if a in registry], events
