"""What the API and the command line ask: one function per question, over any store."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from collections import defaultdict
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
    "Facets",
    "Hop",
    "Window",
    "contacts",
    "contacts_between",
    "event_feed",
    "facets",
    "involving_countries",
    "search_actors",
    "shortest_paths",
    "subgraph",
    "temporal_path",
    "timeline",
]

_COUNTRY = re.compile(r"^[A-Z]{2}$")


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


def timeline(
    store: GraphStore,
    registry: Registry,
    actor: str,
    window: Window = Window(),
    countries: Collection[str] | None = None,
) -> list[Event]:
    """The actor's contacts in chronological order (only those involving `countries`, when given)."""
    registry.get(actor)
    return involving_countries(registry, store.events(window.filter(actor)), countries)


def involving_countries(
    registry: Registry, events: list[Event], countries: Collection[str] | None
) -> list[Event]:
    """The events with at least one participant from one of the countries (all events without any).

    Countries are ISO 3166-1 alpha-2 codes, as in the registry; actors with no country (such as
    organizations) and actors the registry does not know match none.

    >>> reg = Registry([Actor(id="a-kz", name="A", country="KZ"), Actor(id="b-ua", name="B", country="UA")])
    >>> call = Event(type="call", participants=["a-kz", "b-ua"], date="2025-08-10")
    >>> [len(involving_countries(reg, [call], c)) for c in (None, ["UA"], ["US"])]
    [1, 1, 0]
    """
    if not countries:
        return events
    wanted = set(countries)
    for code in wanted:
        if not _COUNTRY.match(code):
            raise InvalidQuery("country", f"{code!r} is not an ISO 3166-1 alpha-2 code such as UA")
    of = {actor.id: actor.country for actor in registry}
    return [e for e in events if any(of.get(p) in wanted for p in e.participants)]


@dataclass(frozen=True)
class Facets:
    """What the data spans, for the page's controls: the first and last day, and the countries."""

    first: dt.date | None
    last: dt.date | None
    countries: dict[str, int]  # ISO code -> number of actors with contacts


def facets(store: GraphStore, registry: Registry) -> Facets:
    """The days every event mentions (date or bounds) span, and the countries of the participants."""
    events = store.events()
    days = [d for e in events for d in (e.date, e.not_before, e.not_after) if d]
    actors = {p for e in events for p in e.participants}
    countries: dict[str, int] = defaultdict(int)
    for actor in registry:
        if actor.country and actor.id in actors:
            countries[actor.country] += 1
    return Facets(min(days, default=None), max(days, default=None), dict(sorted(countries.items())))


def contacts(
    store: GraphStore, registry: Registry, actor: str, window: Window = Window()
) -> list[ContactSummary]:
    """Who the actor had contacts with: counts, first and last dates, types; most contacts first."""
    registry.get(actor)
    return store.contacts(actor, window.filter())


def contacts_between(
    store: GraphStore, registry: Registry, actor: str, other: str, window: Window = Window()
) -> list[Event]:
    """Every contact between two actors, in chronological order: the events `contacts` counts
    for the pair (so none for an actor with itself)."""
    registry.get(actor)
    registry.get(other)
    if other == actor:
        return []
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
    store: GraphStore,
    registry: Registry,
    center: str | None,
    depth: int,
    window: Window = Window(),
    countries: Collection[str] | None = None,
) -> tuple[list[Actor], list[Event]]:
    """The actors and events within `depth` hops of `center` (the whole graph without one).

    With `countries`, only the events involving an actor of one of them (involving_countries).
    The networkx graph is built only when there is a center to walk from: the whole graph is
    just the filtered events, and at 50,000 events building it would be most of the answer's time.
    """
    if not 0 <= depth <= 6:
        raise InvalidQuery("depth", f"must be between 0 and 6, got {depth}")
    if center is not None:
        registry.get(center)
    events = involving_countries(registry, store.events(window.filter()), countries)
    if center is not None:
        graph: nx.Graph[str] = nx.Graph()
        graph.add_node(center)
        for event in events:
            graph.add_edges_from(event.pairs())
        keep = set(nx.single_source_shortest_path_length(graph, center, cutoff=depth))
        events = [e for e in events if keep.issuperset(e.participants)]
    actor_ids = sorted({p for e in events for p in e.participants} | ({center} if center else set()))
    return [registry.get(a) for a in actor_ids if a in registry], events
