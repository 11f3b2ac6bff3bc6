"""A real HTTP server (uvicorn on a free loopback port) over each store, loaded with the seed."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from api.app import create_app
from graph.registry import Registry
from graph.settings import Settings
from graph.store import EmbeddedStore, GraphStore
from graph.store.neo4j import Neo4jStore
from graph.store.reconnecting import ReconnectingNeo4jStore
from ingest.load import ingest_file

SEED_EVENTS = Path(__file__).resolve().parents[2] / "seeds" / "events"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Run the app under uvicorn on a free loopback port; yields its base URL."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the API server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="session")
def registry() -> Registry:
    return Registry.load()


@pytest.fixture(scope="module", params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """Each store in turn, empty; the API tests run once per store."""
    if request.param == "neo4j":
        neo4j = Neo4jStore.connect(Settings(neo4j_uri=request.getfixturevalue("neo4j_uri")))
        neo4j.clear()
        yield neo4j
        neo4j.close()
        return
    embedded = EmbeddedStore(tmp_path_factory.mktemp("api") / "dipgraph.db")
    yield embedded
    embedded.close()


@pytest.fixture(scope="module")
def base_url(store: GraphStore, registry: Registry) -> Iterator[str]:
    for path in sorted(SEED_EVENTS.glob("*.yaml")):
        ingest_file(store, registry, path)
    with serving(create_app(store, registry)) as url:
        yield url


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=10) as client:
        yield client


@pytest.fixture
def neo4j_down(registry: Registry) -> Iterator[httpx.Client]:
    """A client of the service configured for a Neo4j that nobody listens for."""
    app = create_app(ReconnectingNeo4jStore(Settings(neo4j_uri="bolt://127.0.0.1:9")), registry)
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        yield client


@pytest.fixture
def guarded(registry: Registry) -> Iterator[httpx.Client]:
    """A client of a service whose writes need the API key 'secret'."""
    app = create_app(EmbeddedStore(":memory:"), registry, Settings(dipgraph_api_key="secret"))
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        yield client
