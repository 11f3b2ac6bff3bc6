"""Stores: the embedded one by default, Neo4j when NEO4J_URI is set."""

from __future__ import annotations

from graph.settings import Settings
from graph.store.base import EventFilter, GraphStore
from graph.store.embedded import EmbeddedStore

__all__ = ["EmbeddedStore", "EventFilter", "GraphStore", "open_store"]


def open_store(settings: Settings, *, wait_for_server: bool = False) -> GraphStore:
    """The store the settings select.

    With `wait_for_server` (the service), a Neo4j that is down is connected to on first use
    instead of failing now.
    """
    if settings.neo4j_uri:
        from graph.store.neo4j import Neo4jStore  # the driver loads only when asked
        from graph.store.reconnecting import ReconnectingNeo4jStore

        return ReconnectingNeo4jStore(settings) if wait_for_server else Neo4jStore.connect(settings)
    return EmbeddedStore(settings.dipgraph_db)
