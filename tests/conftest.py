"""Session fixtures shared by the whole suite."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from neo4j_server import running_neo4j


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The Bolt URI of a real Neo4j: NEO4J_URI when set, else a server started for this session.

    Never skips: if Java or Maven is missing or the server does not come up, the error propagates
    and every test that needs Neo4j fails with the reason.
    """
    configured = os.environ.get("NEO4J_URI")
    if configured:
        yield configured
        return
    with running_neo4j(tmp_path_factory.mktemp("neo4j")) as uri:
        yield uri
