"""Events: the dashboard feed, one event, and ingest."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query

from api.deps import Actors, DateWindow, Store, require_key
from graph import queries
from ingest.load import ingest_records

router = APIRouter(prefix="/events", tags=["events"])


@router.get("")
def feed(
    store: Store,
    window: DateWindow,
    actor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: str | None = None,
) -> dict[str, Any]:
    """Events in chronological order, a page at a time; pass `next_cursor` back for the next."""
    items, next_cursor = queries.event_feed(store, window.filter(actor), limit, cursor)
    return {"items": [e.model_dump(mode="json") for e in items], "next_cursor": next_cursor}


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
