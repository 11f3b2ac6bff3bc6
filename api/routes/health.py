"""Liveness and store status."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import Store

router = APIRouter(tags=["health"])


@router.get("/health")
def health(store: Store) -> dict[str, Any]:
    events, actors = store.counts()
    return {"status": "ok", "store": store.kind, "events": events, "actors": actors}
