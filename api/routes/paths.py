"""Contact chains: fewest hops, and time-respecting earliest arrival."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import Actors, DateWindow, Store
from graph import queries
from graph.store.base import MAX_HOPS

router = APIRouter(prefix="/paths", tags=["paths"])


@router.get("/shortest")
def shortest(
    store: Store,
    registry: Actors,
    window: DateWindow,
    source: str,
    target: str,
    max_hops: Annotated[int | None, Query(ge=1, le=MAX_HOPS)] = None,
    all: bool = False,
) -> dict[str, Any]:
    """Fewest-hop chains (one, or all of them with `all=true`), each hop with its events."""
    paths = queries.shortest_paths(store, registry, source, target, window, max_hops, all)
    return {
        "paths": [
            {
                "actors": actors,
                "hops": [
                    {
                        "from": h.source,
                        "to": h.target,
                        "events": [e.model_dump(mode="json") for e in h.events],
                    }
                    for h in hops
                ],
            }
            for actors, hops in paths
        ]
    }


@router.get("/temporal")
def temporal(store: Store, registry: Actors, window: DateWindow, source: str, target: str) -> dict[str, Any]:
    """The earliest-arrival chain in which each hop is on or after the previous one."""
    chain = queries.temporal_path(store, registry, source, target, window)
    if chain is None:
        return {"arrival": None, "hops": []}
    return {
        "arrival": chain.arrival.isoformat(),
        "hops": [{"from": a, "to": b, "event": e.model_dump(mode="json")} for a, b, e in chain.hops],
    }
