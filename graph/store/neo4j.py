"""The Neo4j store: events as a property graph, with the typed actor-to-actor edges.

Beside the typed edges (one per event and pair), one CONTACTS edge per pair of actors sums them
up for the chain search (cypher.REFRESH_PAIR_SUMMARIES says why); both are derived from the
events in the transaction that writes them.

Each event node keeps its exact JSON (`body`), so reads return the very Event that was
written; the nodes and relationships around it are what path queries traverse. Merging uses
graph.merge.plan_upsert, like the embedded store, inside the write transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any, LiteralString

from neo4j import Driver, GraphDatabase, ManagedTransaction, NotificationDisabledClassification
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from graph.algorithms.contacts import ContactSummary
from graph.errors import StoreUnavailable, UnknownEvent
from graph.merge import identity, plan_upsert
from graph.model import ContactType, Event, UpsertSummary
from graph.settings import Settings
from graph.store import cypher
from graph.store.base import EVERYTHING, MAX_HOPS, EventFilter, SortKey

_Identity = tuple[str, tuple[str, ...], str | None]
_NO_LIMIT = 2**63 - 1  # LIMIT takes no null: "all rows" is the largest Cypher integer


def _order_key(key: SortKey) -> str:
    """Event.sort_key as one string with the same order (cypher.py says why)."""
    first, lower, event_id = key
    return f"{first.isoformat()}|{lower.isoformat()}|{event_id}"


def _window(where: EventFilter) -> dict[str, Any]:
    """The date window and types of a filter as the statements' parameters (ISO strings)."""
    types = [ContactType(t) for t in where.types] if where.types else None
    return {
        "since": (where.since or dt.date.min).isoformat(),
        "until": (where.until or dt.date.max).isoformat(),
        "types": [t.value for t in types] if types else None,
        "relationships": [t.relationship for t in (types or ContactType)],
    }


@contextlib.contextmanager
def _reachable() -> Iterator[None]:
    """Turn the driver's "cannot reach the server" errors into StoreUnavailable."""
    try:
        yield
    except (ServiceUnavailable, SessionExpired) as error:
        raise StoreUnavailable(f"Neo4j is unavailable: {error}") from error


class Neo4jStore:
    """Events in a Neo4j database, behind one driver."""

    kind = "neo4j"

    def __init__(self, driver: Driver, database: str) -> None:
        self._driver = driver
        self._database = database

    @classmethod
    def connect(cls, settings: Settings) -> Neo4jStore:
        """Open the driver, check the server answers, and apply the schema (idempotent)."""
        if not settings.neo4j_uri:
            raise ValueError("Neo4jStore needs settings.neo4j_uri")
        auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password else None
        # A fresh database lacks the labels and keys the reads name; that is not worth a log line.
        driver = GraphDatabase.driver(
            settings.neo4j_uri,
            auth=auth,
            notifications_disabled_classifications=[NotificationDisabledClassification.UNRECOGNIZED],
        )
        store = cls(driver, settings.neo4j_database)
        try:
            with _reachable():
                driver.verify_connectivity()
                store._apply_schema()
        except BaseException:
            driver.close()
            raise
        return store

    def _apply_schema(self) -> None:
        with self._driver.session(database=self._database) as session:
            for statement in (*cypher.SCHEMA, *cypher.MIGRATIONS):
                session.run(statement).consume()

    def upsert(self, events: Sequence[Event]) -> UpsertSummary:
        with _reachable(), self._driver.session(database=self._database) as session:
            return session.execute_write(_upsert, list(events))

    def events(
        self, where: EventFilter = EVERYTHING, *, after: SortKey | None = None, limit: int | None = None
    ) -> list[Event]:
        parameters = {
            **_window(where),
            "actor": where.actor,
            "after": _order_key(after) if after else "",
            "limit": _NO_LIMIT if limit is None else limit,
        }
        query = cypher.MATCH_EVENTS if where.actor is None else cypher.MATCH_ACTOR_EVENTS
        return self._read_events(query, parameters)

    def contacts(self, actor: str, where: EventFilter = EVERYTHING) -> list[ContactSummary]:
        parameters = {**_window(where), "actor": actor}
        with _reachable(), self._driver.session(database=self._database) as session:
            return session.execute_read(_contacts, parameters)

    def events_between(self, a: str, b: str, where: EventFilter = EVERYTHING) -> list[Event]:
        return self._read_events(cypher.MATCH_EVENTS_BETWEEN, {**_window(where), "a": a, "b": b})

    def shortest_chains(
        self, source: str, target: str, where: EventFilter, *, max_hops: int, all_paths: bool
    ) -> list[list[str]]:
        if not 1 <= max_hops <= MAX_HOPS:
            raise ValueError(f"max_hops must be between 1 and {MAX_HOPS}, got {max_hops}")
        if source == target:
            return [[source]]
        parameters = {
            **_window(where),
            "source": source,
            "target": target,
            "limit": _NO_LIMIT if all_paths else 1,
        }
        with _reachable(), self._driver.session(database=self._database) as session:
            return session.execute_read(_chains, cypher.SHORTEST_CHAINS[max_hops], parameters)

    def _read_events(self, query: LiteralString, parameters: dict[str, Any]) -> list[Event]:
        """Events in the order the statement returns them (ORDER BY the sort key)."""
        with _reachable(), self._driver.session(database=self._database) as session:
            bodies = session.execute_read(_bodies, query, parameters)
        return [Event.model_validate_json(b) for b in bodies]

    def event(self, event_id: str) -> Event:
        with _reachable(), self._driver.session(database=self._database) as session:
            bodies = session.execute_read(_bodies, cypher.MATCH_EVENT, {"id": event_id})
        if not bodies:
            raise UnknownEvent(event_id)
        return Event.model_validate_json(bodies[0])

    def counts(self) -> tuple[int, int]:
        with _reachable(), self._driver.session(database=self._database) as session:
            return session.execute_read(_counts)

    def clear(self) -> None:
        """Delete every node and relationship (for tests); the schema stays."""
        with _reachable(), self._driver.session(database=self._database) as session:
            session.execute_write(lambda tx: tx.run(cypher.DELETE_EVERYTHING).consume())

    def close(self) -> None:
        self._driver.close()


def _bodies(tx: ManagedTransaction, query: LiteralString, parameters: dict[str, Any]) -> list[str]:
    return [record["body"] for record in tx.run(query, parameters)]


def _chains(tx: ManagedTransaction, query: LiteralString, parameters: dict[str, Any]) -> list[list[str]]:
    return [list(record["chain"]) for record in tx.run(query, parameters)]


def _contacts(tx: ManagedTransaction, parameters: dict[str, Any]) -> list[ContactSummary]:
    return [
        ContactSummary(
            actor=record["actor"],
            count=record["count"],
            first=record["first"].to_native() if record["first"] is not None else None,
            last=record["last"].to_native() if record["last"] is not None else None,
            types=sorted(record["types"]),
        )
        for record in tx.run(cypher.MATCH_CONTACTS, parameters)
    ]


def _counts(tx: ManagedTransaction) -> tuple[int, int]:
    record = tx.run(cypher.COUNTS).single(strict=True)
    return int(record["events"]), int(record["actors"])


def _upsert(tx: ManagedTransaction, batch: list[Event]) -> UpsertSummary:
    """Plan against what is stored now, then write; the driver retries the whole function.

    The participants' Actor nodes are write-locked first, so concurrent upserts touching the
    same actors serialize and never both create one contact under different ids.
    """
    actor_ids = sorted({p for event in batch for p in event.participants})
    tx.run(cypher.LOCK_ACTORS, {"actor_ids": actor_ids}).consume()
    stored = _stored_by_identity(tx, batch)
    to_write, summary = plan_upsert(batch, lambda e: stored.get(identity(e), []))
    if not to_write:
        return summary
    tx.run(cypher.DELETE_EVENT_LINKS, {"ids": [e.id for e in to_write]}).consume()
    tx.run(cypher.MERGE_EVENTS, {"rows": [_event_row(e) for e in to_write]}).consume()
    edges: dict[ContactType, list[dict[str, Any]]] = defaultdict(list)
    for event in to_write:
        edges[event.type].extend(_edge_rows(event))
    for contact_type, rows in edges.items():
        tx.run(cypher.MERGE_CONTACT_EDGES[contact_type], {"rows": rows}).consume()
    pairs = sorted({tuple(sorted(pair)) for event in to_write for pair in event.pairs()})
    tx.run(cypher.REFRESH_PAIR_SUMMARIES, {"pairs": [list(p) for p in pairs]}).consume()
    return summary


def _stored_by_identity(tx: ManagedTransaction, batch: Sequence[Event]) -> dict[_Identity, list[Event]]:
    keys = list(dict.fromkeys(identity(e) for e in batch))
    rows = [
        {"index": i, "type": key[0], "participants": list(key[1]), "initiator": key[2]}
        for i, key in enumerate(keys)
    ]
    stored: dict[_Identity, list[Event]] = defaultdict(list)
    for record in tx.run(cypher.MATCH_SAME_IDENTITY, {"keys": rows}):
        stored[keys[record["index"]]].append(Event.model_validate_json(record["body"]))
    return stored


def _event_row(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "props": {
            "type": event.type.value,
            "date": event.date,
            "date_precision": event.date_precision.value,
            "not_before": event.not_before,
            "not_after": event.not_after,
            "lower": event.lower.isoformat(),
            "upper": event.upper.isoformat(),
            "order_key": _order_key(event.sort_key),
            "confidence": event.confidence,
            "participants": event.participants,
            "initiator": event.initiator,
            "body": event.model_dump_json(),
        },
        "participants": event.participants,
        "sources": [
            {
                "id": s.source_id,
                "url": s.url,
                "title": s.title,
                "published": s.published,
                "lang": s.lang.value if s.lang else None,
                "quote": s.quote,
                "start": s.start,
                "end": s.end,
            }
            for s in event.sources
        ],
        "about": event.about,
    }


def _edge_rows(event: Event) -> list[dict[str, Any]]:
    return [
        {
            "source": a,
            "target": b,
            "event_id": event.id,
            "date": event.date,
            "not_before": event.not_before,
            "not_after": event.not_after,
            "lower": event.lower.isoformat(),
            "upper": event.upper.isoformat(),
        }
        for a, b in event.pairs()
    ]
