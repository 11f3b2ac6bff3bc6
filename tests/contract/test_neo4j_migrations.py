"""An old database (no `order_key`, edge bounds or CONTACTS edges) is brought up to date at start."""

from __future__ import annotations

from pathlib import Path

import pytest
from neo4j import GraphDatabase

from graph.model import Event
from graph.settings import Settings
from graph.store.base import EventFilter
from graph.store.embedded import EmbeddedStore
from graph.store.neo4j import Neo4jStore
from ingest.readers import read_event_records

pytestmark = pytest.mark.neo4j

SEED = Path(__file__).resolve().parents[2] / "seeds" / "events" / "000_33d1ed684b20675d.yaml"

# Test set-up only: strips what older versions of the store did not write.
STRIP_NEW_PROPERTIES = """
MATCH (e:Event) REMOVE e.order_key
WITH count(*) AS done
MATCH ()-[r:CALL|VIDEO_CALL|MEETING|VISIT|TALKS|MESSAGE|BRIEFING]->() REMOVE r.lower, r.upper
WITH count(*) AS done
MATCH ()-[k:CONTACTS]->() DELETE k
"""


def test_reconnecting_fills_in_the_new_properties(
    neo4j_store: Neo4jStore, reference: EmbeddedStore, neo4j_uri: str
) -> None:
    seed = [Event.model_validate(r) for r in read_event_records(SEED)]
    neo4j_store.upsert(seed)
    reference.upsert(seed)
    with GraphDatabase.driver(neo4j_uri) as driver, driver.session(database="neo4j") as session:
        session.run(STRIP_NEW_PROPERTIES).consume()
    assert neo4j_store.events() == []

    reopened = Neo4jStore.connect(Settings(neo4j_uri=neo4j_uri))
    try:
        assert reopened.events() == reference.events()
        chains = reopened.shortest_chains(
            "volodymyr-zelensky", "steve-witkoff", EventFilter(), max_hops=3, all_paths=True
        )
        assert chains == reference.shortest_chains(
            "volodymyr-zelensky", "steve-witkoff", EventFilter(), max_hops=3, all_paths=True
        )
        assert chains != []
    finally:
        reopened.close()


def test_reconnecting_drops_the_indexes_no_read_uses(neo4j_store: Neo4jStore, neo4j_uri: str) -> None:
    with GraphDatabase.driver(neo4j_uri) as driver, driver.session(database="neo4j") as session:
        session.run(
            "CREATE INDEX call_bounds IF NOT EXISTS FOR ()-[r:CALL]-() ON (r.lower, r.upper)"
        ).consume()

        Neo4jStore.connect(Settings(neo4j_uri=neo4j_uri)).close()

        names = {record["name"] for record in session.run("SHOW INDEXES YIELD name")}
    assert not {name for name in names if name.endswith("_bounds")}
    assert {"event_order_key", "event_date", "call_date"} <= names
