"""When Neo4j cannot be reached, the service still answers: 503 problems with Retry-After."""

from __future__ import annotations

import httpx
import pytest


@pytest.mark.parametrize("route", ["/health", "/actors/vladimir-putin/timeline", "/events"])
def test_routes_answer_503_with_retry_after(neo4j_down: httpx.Client, route: str) -> None:
    response = neo4j_down.get(route)
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "5"
    assert "Neo4j is unavailable" in response.json()["detail"]


def test_ingest_fails_clearly(neo4j_down: httpx.Client) -> None:
    event = {"type": "call", "participants": ["vladimir-putin", "donald-trump"], "date": "2025-08-11"}
    response = neo4j_down.post("/events", json=[event])
    assert response.status_code == 503 and "Neo4j is unavailable" in response.json()["detail"]
