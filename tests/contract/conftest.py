"""The `store` fixture: every contract test runs against both stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.settings import Settings
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore
from graph.store.neo4j import Neo4jStore


@pytest.fixture
def neo4j_store(neo4j_uri: str) -> Iterator[Neo4jStore]:
    """A Neo4j store on the session's server, emptied before the test."""
    store = Neo4jStore.connect(Settings(neo4j_uri=neo4j_uri))
    store.clear()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "neo4j":
        yield request.getfixturevalue("neo4j_store")
        return
    embedded = EmbeddedStore(tmp_path / "db.sqlite")
    try:
        yield embedded
    finally:
        embedded.close()


@pytest.fixture
def reference() -> Iterator[EmbeddedStore]:
    """An embedded store in memory: the answers every store must give."""
    embedded = EmbeddedStore(":memory:")
    try:
        yield embedded
    finally:
        embedded.close()
