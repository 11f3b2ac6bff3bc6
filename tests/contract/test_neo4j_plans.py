"""The Neo4j reads run the plans they were written for: no fallback, no scan of every event.

Plans are read with EXPLAIN on a loaded database; nothing is timed.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any, LiteralString

import pytest
from neo4j import Driver, GraphDatabase, NotificationDisabledClassification

from graph.model import ContactType, Event
from graph.store import cypher
from graph.store.base import MAX_HOPS, EventFilter
from graph.store.neo4j import Neo4jStore, _window

pytestmark = pytest.mark.neo4j

ACTORS = [f"actor-{i}" for i in range(len(ContactType) + 2)]


@pytest.fixture
def driver(neo4j_store: Neo4jStore, neo4j_uri: str) -> Iterator[Driver]:
    """A driver on a database holding one event of every type, so every label and key exists."""
    neo4j_store.upsert(
        [
            Event(
                type=t,
                participants=[ACTORS[i], ACTORS[i + 1], ACTORS[i + 2]],
                initiator=ACTORS[i],
                date=dt.date(2025, 1, 1 + i) if i % 2 else None,
                not_after=None if i % 2 else dt.date(2025, 1, 9),
            )
            for i, t in enumerate(ContactType)
        ]
    )
    with GraphDatabase.driver(neo4j_uri) as driver:
        yield driver


def _explain(
    driver: Driver, statement: LiteralString, parameters: dict[str, Any]
) -> tuple[list[str], list[str]]:
    """The plan's operators (with details) from root to leaves, and the server's notifications."""
    with driver.session(
        database="neo4j",
        notifications_disabled_classifications=[NotificationDisabledClassification.UNRECOGNIZED],
    ) as session:
        summary = session.run("EXPLAIN " + statement, parameters).consume()
    assert summary.plan is not None
    operators: list[str] = []
    stack = [summary.plan]
    while stack:
        node = stack.pop()
        operators.append(f"{node['operatorType'].split('@')[0]}: {node['args'].get('Details', '')}")
        stack.extend(node.get("children", []))
    notes = [f"{n.gql_status} {n.status_description}" for n in summary.gql_status_objects]
    return operators, [n for n in notes if not n.startswith(("00", "02"))]


def _parameters(**extra: Any) -> dict[str, Any]:
    where = EventFilter(since=dt.date(2025, 1, 2), types={ContactType.CALL, ContactType.TALKS})
    return {**_window(where), **extra}


def test_there_is_a_chain_statement_for_every_hop_cap() -> None:
    assert sorted(cypher.SHORTEST_CHAINS) == list(range(1, MAX_HOPS + 1))


@pytest.mark.parametrize("limit", [1, 2**63 - 1])
def test_one_hop_chain_expands_from_an_actor_node(driver: Driver, limit: int) -> None:
    operators, notes = _explain(
        driver, cypher.SHORTEST_CHAINS[1], _parameters(source=ACTORS[0], target=ACTORS[5], limit=limit)
    )

    assert notes == []
    assert any(op.startswith("NodeUniqueIndexSeek") and ":Actor(id)" in op for op in operators), operators
    assert any(op.startswith(("Expand(Into)", "Expand(All)")) and "CONTACTS" in op for op in operators)
    assert not [op for op in operators if "Scan" in op or "RelationshipIndexSeek" in op]


@pytest.mark.parametrize("max_hops", range(2, MAX_HOPS + 1))
@pytest.mark.parametrize("limit", [1, 2**63 - 1])
def test_shortest_chains_use_the_shortest_path_operator_with_inlined_predicates(
    driver: Driver, max_hops: int, limit: int
) -> None:
    statement = cypher.SHORTEST_CHAINS[max_hops]
    operators, notes = _explain(
        driver, statement, _parameters(source=ACTORS[0], target=ACTORS[5], limit=limit)
    )

    assert notes == []
    [search] = [op for op in operators if op.startswith("StatefulShortestPath(Into)")]
    assert f"{{1, {max_hops}}}" in search
    assert "inlined predicates" in search
    for predicate in ("k.lowers]", "k.uppers]", "k.relationships]", "$since", "$until", "$relationships"):
        assert predicate in search
    assert not [op for op in operators if "VarLengthExpand" in op or op.startswith("ShortestPath")]


def test_event_feed_seeks_the_order_index_and_stops_at_the_limit(driver: Driver) -> None:
    operators, notes = _explain(driver, cypher.MATCH_EVENTS, _parameters(actor=None, after="", limit=10))

    assert notes == []
    assert any(op.startswith("NodeIndexSeekByRange") and "order_key" in op for op in operators)
    assert any(op.startswith("Limit") for op in operators)
    assert not [op for op in operators if op.startswith(("Sort", "Top", "NodeByLabelScan"))]


@pytest.mark.parametrize(
    ("statement", "parameters"),
    [
        (cypher.MATCH_ACTOR_EVENTS, _parameters(actor=ACTORS[1], after="", limit=10)),
        (cypher.MATCH_CONTACTS, _parameters(actor=ACTORS[1])),
        (cypher.MATCH_EVENTS_BETWEEN, _parameters(a=ACTORS[1], b=ACTORS[2])),
    ],
    ids=["timeline", "contacts", "events_between"],
)
def test_actor_reads_start_at_the_actor_node(
    driver: Driver, statement: LiteralString, parameters: dict[str, Any]
) -> None:
    operators, notes = _explain(driver, statement, parameters)

    assert notes == []
    assert any(op.startswith("NodeUniqueIndexSeek") and ":Actor(id)" in op for op in operators), operators
    assert not [op for op in operators if op.startswith(("NodeByLabelScan", "AllNodesScan"))]


def test_parallel_events_do_not_multiply_the_paths_the_search_lists(
    neo4j_store: Neo4jStore, neo4j_uri: str
) -> None:
    chain = ["p0", "p1", "p2", "p3", "p4"]
    neo4j_store.upsert(
        [
            Event(type=t, participants=[a, b], date=dt.date(2025, 1, 1 + day))
            for a, b in itertools.pairwise(chain)
            for day in range(3)
            for t in (ContactType.CALL, ContactType.MEETING)
        ]
    )
    parameters = {**_window(EventFilter()), "source": "p0", "target": "p4", "limit": 2**63 - 1}

    with GraphDatabase.driver(neo4j_uri) as driver, driver.session(database="neo4j") as session:
        result = session.run("PROFILE " + cypher.SHORTEST_CHAINS[6], parameters)
        rows = [record["chain"] for record in result]
        profile = result.consume().profile

    assert rows == [chain]
    assert profile is not None
    [search_rows] = [
        op["rows"] for op in _operators(profile) if op["operatorType"].startswith("StatefulShortestPath")
    ]
    assert search_rows == 1  # 6**4 paths over the typed edges


def _operators(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [plan, *(op for child in plan.get("children", []) for op in _operators(child))]
