"""Stores: the embedded one by default, Neo4j when NEO4J_URI is set."""

from __future__ import annotations

from graph.settings import Settings
from graph.store.base import EventFilter, GraphStore
from graph.store.embedded import EmbeddedStore

__all__ = ["EmbeddedStore", "EventFilter", "GraphStore", "open_store"]


def open_store(settings: Settings) -> GraphStore:
    """The store the settings select."""
    if settings.neo4j_uri:
        from graph.store.neo4j import Neo4jStore  # the driver is only loaded when asked for

        return Neo4jStore.connect(settings)
    return EmbeddedStore(settings.dipgraph_db)
