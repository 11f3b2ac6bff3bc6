"""The (sub)graph for visualization and other tools."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import Actors, DateWindow, Store
from graph import queries
from graph.export import MEDIA_TYPES, render

router = APIRouter(tags=["graph"])


@router.get("/graph", response_model=None)
def graph(
    store: Store,
    registry: Actors,
    window: DateWindow,
    center: str | None = None,
    depth: Annotated[int, Query(ge=0, le=6)] = 2,
    format: Annotated[str, Query(pattern="^(cytoscape|gexf|graphml|csv)$")] = "cytoscape",
) -> dict[str, Any] | Response:
    """Cytoscape.js elements JSON by default; GEXF, GraphML or CSV on request."""
    actors, events = queries.subgraph(store, registry, center, depth, window)
    body = render(format, actors, events)
    if isinstance(body, dict):
        return body
    return Response(body, media_type=MEDIA_TYPES[format])
