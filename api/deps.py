"""Request dependencies: the store, the registry, the write guard, shared query parameters."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Query, Request

from graph.model import ContactType
from graph.queries import Window
from graph.registry import Registry
from graph.store.base import GraphStore


def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


def get_registry(request: Request) -> Registry:
    registry: Registry = request.app.state.registry
    return registry


def require_key(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need `Authorization: Bearer <key>` whenever an API key is configured."""
    key: str | None = request.app.state.api_key
    if key and authorization != f"Bearer {key}":
        raise HTTPException(
            401,
            "a valid 'Authorization: Bearer <key>' header is required",
            headers={"WWW-Authenticate": "Bearer"},
        )


def get_window(
    since: Annotated[dt.date | None, Query(description="earliest day, YYYY-MM-DD")] = None,
    until: Annotated[dt.date | None, Query(description="latest day, YYYY-MM-DD")] = None,
    types: Annotated[
        list[ContactType] | None, Query(description="contact types; repeat the parameter for several")
    ] = None,
) -> Window:
    return Window(since, until, types or None)


def get_countries(
    country: Annotated[
        list[str] | None,
        Query(
            description="ISO 3166-1 alpha-2 code (UA, KZ, ...): only contacts with at least one participant "
            "from that country; repeat the parameter for several"
        ),
    ] = None,
) -> list[str] | None:
    return [c.strip().upper() for c in country if c.strip()] if country else None


Store = Annotated[GraphStore, Depends(get_store)]
Actors = Annotated[Registry, Depends(get_registry)]
DateWindow = Annotated[Window, Depends(get_window)]
Countries = Annotated[list[str] | None, Depends(get_countries)]
