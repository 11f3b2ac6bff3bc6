"""Who spoke with whom."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import Actors, DateWindow, Store
from graph import queries

router = APIRouter(tags=["contacts"])


@router.get("/contacts")
def contacts(
    store: Store,
    registry: Actors,
    window: DateWindow,
    actor: str,
    with_: Annotated[str | None, Query(alias="with")] = None,
) -> dict[str, Any]:
    """With `with`: the events between the two; without: everyone the actor had contacts with."""
    if with_ is not None:
        events = queries.contacts_between(store, registry, actor, with_, window)
        return {"items": [e.model_dump(mode="json") for e in events]}
    summaries = queries.contacts(store, registry, actor, window)
    return {"items": [_plain(dataclasses.asdict(s)) for s in summaries]}


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()}
