"""Actors: search by any name form, one actor, an actor's timeline."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import Actors, Countries, DateWindow, Store
from graph import queries

router = APIRouter(prefix="/actors", tags=["actors"])


@router.get("")
def search(registry: Actors, q: Annotated[str, Query(min_length=1)], limit: int = 20) -> dict[str, Any]:
    """Actors whose names or aliases match, in any supported language and grammatical form."""
    return {"items": [a.model_dump(mode="json") for a in queries.search_actors(registry, q, limit)]}


@router.get("/{actor_id}")
def one(registry: Actors, actor_id: str) -> dict[str, Any]:
    return registry.get(actor_id).model_dump(mode="json")


@router.get("/{actor_id}/timeline")
def timeline(
    store: Store, registry: Actors, actor_id: str, window: DateWindow, country: Countries
) -> dict[str, Any]:
    """The actor's contacts in chronological order; `country` keeps those involving these countries."""
    events = queries.timeline(store, registry, actor_id, window, country)
    return {"actor": actor_id, "items": [e.model_dump(mode="json") for e in events]}
