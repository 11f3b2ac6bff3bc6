"""GET /events as a dashboard feed: CSV, the cursor in headers, ETag and 304."""

from __future__ import annotations

import csv
import io

import httpx

from graph.export import CSV_COLUMNS


def _rows(response: httpx.Response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.text)))


def test_csv_has_the_header_and_a_row_per_event_participant(http: httpx.Client) -> None:
    response = http.get("/events", params={"format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert next(csv.reader(io.StringIO(response.text))) == list(CSV_COLUMNS)
    events = http.get("/events").json()["items"]
    rows = _rows(response)
    assert [(r["event_id"], r["actor"]) for r in rows] == [
        (e["id"], p) for e in events for p in e["participants"]
    ]
    assert all(r["actor_name"] for r in rows)
    assert {r["type"] for r in rows} == {e["type"] for e in events}


def test_etag_is_stable_and_if_none_match_gives_304(http: httpx.Client) -> None:
    first = http.get("/events", params={"limit": 2})
    second = http.get("/events", params={"limit": 2})
    etag = first.headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    assert second.headers["etag"] == etag
    cached = http.get("/events", params={"limit": 2}, headers={"If-None-Match": etag})
    assert cached.status_code == 304 and cached.content == b"" and cached.headers["etag"] == etag
    stale = http.get("/events", params={"limit": 2}, headers={"If-None-Match": '"other"'})
    assert stale.status_code == 200 and stale.json() == first.json()


def test_etag_changes_with_the_query(http: httpx.Client) -> None:
    tags = {
        http.get("/events", params=params).headers["etag"]
        for params in (
            {"limit": 2},
            {"limit": 3},
            {"limit": 2, "types": "meeting"},
            {"limit": 2, "format": "csv"},
        )
    }
    assert len(tags) == 4


def test_csv_pages_through_all_events_by_the_cursor_header(http: httpx.Client) -> None:
    seen: list[str] = []
    params: dict[str, str | int] = {"format": "csv", "limit": 2}
    for _ in range(10):
        response = http.get("/events", params=params)
        seen += list(dict.fromkeys(r["event_id"] for r in _rows(response)))
        cursor = response.headers.get("x-next-cursor")
        if not cursor:
            assert "link" not in response.headers
            break
        assert response.links["next"]["url"].endswith(str(httpx.QueryParams(cursor=cursor)))
        params = {**params, "cursor": cursor}
    assert len(seen) == len(set(seen)) == 5
