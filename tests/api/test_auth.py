"""Writes need `Authorization: Bearer <key>` whenever DIPGRAPH_API_KEY is set; reads do not."""

from __future__ import annotations

import httpx

EVENT = {"type": "call", "participants": ["vladimir-putin", "donald-trump"], "date": "2025-08-11"}


def test_write_without_key_is_a_401_problem(guarded: httpx.Client) -> None:
    response = guarded.post("/events", json=[EVENT])
    assert response.status_code == 401 and response.headers["content-type"] == "application/problem+json"


def test_write_with_wrong_key_is_refused(guarded: httpx.Client) -> None:
    assert guarded.post("/events", json=[EVENT], headers={"Authorization": "Bearer nope"}).status_code == 401


def test_write_with_key_is_accepted(guarded: httpx.Client) -> None:
    response = guarded.post("/events", json=[EVENT], headers={"Authorization": "Bearer secret"})
    assert response.status_code == 200 and response.json()["created"] == 1


def test_reads_need_no_key(guarded: httpx.Client) -> None:
    assert guarded.get("/health").status_code == 200
