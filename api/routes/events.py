"""Events: the dashboard feed, one event, and ingest."""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response

from api.deps import Actors, DateWindow, Store, require_key
from graph import queries
from graph.export import MEDIA_TYPES, to_csv
from ingest.load import ingest_records

router = APIRouter(prefix="/events", tags=["events"])


def _etag(fmt: str, items: list[dict[str, Any]], next_cursor: str | None) -> str:
    payload = json.dumps([fmt, items, next_cursor], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return '"' + hashlib.sha256(payload.encode()).hexdigest()[:32] + '"'


def _matches(if_none_match: str | None, etag: str) -> bool:
    """If-None-Match uses the weak comparison: `W/` is ignored, `*` matches anything."""
    if not if_none_match:
        return False
    tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
    return "*" in tags or etag in tags


@router.get("", response_model=None)
def feed(
    request: Request,
    store: Store,
    registry: Actors,
    window: DateWindow,
    actor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: str | None = None,
    format: Literal["json", "csv"] = "json",
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    """Events in chronological order, a page at a time; pass `next_cursor` back for the next.

    `format=csv` gives one row per event and participant, with the next cursor in the `Link`
    (rel="next") and `X-Next-Cursor` headers. Every response has a strong `ETag` of the page;
    a matching `If-None-Match` gets 304.
    """
    events, next_cursor = queries.event_feed(store, window.filter(actor), limit, cursor)
    items = [e.model_dump(mode="json") for e in events]
    headers = {"ETag": _etag(format, items, next_cursor)}
    if next_cursor:
        next_url = request.url.include_query_params(cursor=next_cursor)
        headers["Link"] = f'<{next_url}>; rel="next"'
        headers["X-Next-Cursor"] = next_cursor
    if _matches(if_none_match, headers["ETag"]):
        return Response(status_code=304, headers=headers)
    if format == "csv":
        ids = {p for e in events for p in e.participants if p in registry}
        actors = [registry.get(i) for i in sorted(ids)]
        return Response(to_csv(actors, events), media_type=MEDIA_TYPES["csv"], headers=headers)
    return JSONResponse({"items": items, "next_cursor": next_cursor}, headers=headers)


@router.get("/{event_id}")
def one(store: Store, event_id: str) -> dict[str, Any]:
    return store.event(event_id).model_dump(mode="json")


@router.post("", dependencies=[Depends(require_key)])
def ingest(store: Store, registry: Actors, body: Annotated[list[Any], Body()]) -> dict[str, Any]:
    """Ingest a list of events (`id` optional); re-sending the same events changes nothing."""
    summary = ingest_records(store, registry, body)
    return {
        "created": summary.created,
        "merged": summary.merged,
        "unchanged": summary.unchanged,
        "rejected": [{"index": r.index, "errors": r.errors} for r in summary.rejected],
    }
