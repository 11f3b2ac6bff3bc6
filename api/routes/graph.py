"""The (sub)graph for visualization and other tools, and the facets the page's filters offer."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response

from api.deps import Actors, Countries, DateWindow, Store
from graph import queries
from graph.export import MEDIA_TYPES, render

router = APIRouter(tags=["graph"])


@router.get("/graph", response_model=None)
def graph(
    store: Store,
    registry: Actors,
    window: DateWindow,
    country: Countries,
    center: str | None = None,
    depth: Annotated[int, Query(ge=0, le=6)] = 2,
    format: Annotated[str, Query(pattern="^(cytoscape|gexf|graphml|csv)$")] = "cytoscape",
) -> Response:
    """Cytoscape.js elements JSON by default; GEXF, GraphML or CSV on request.

    `country` keeps the contacts with at least one participant from the given countries.
    """
    actors, events = queries.subgraph(store, registry, center, depth, window, country)
    body = render(format, actors, events)
    if isinstance(body, dict):
        # Already plain JSON types: skipping FastAPI's jsonable_encoder saves most of the time
        # of a 50,000-event answer.
        return JSONResponse(body)
    return Response(body, media_type=MEDIA_TYPES[format])


@router.get("/graph/facets")
def facets(store: Store, registry: Actors) -> dict[str, Any]:
    """The data's span (`first`, `last` day mentioned) and the participants' countries with actor counts."""
    found = queries.facets(store, registry)
    return {
        "first": found.first.isoformat() if found.first else None,
        "last": found.last.isoformat() if found.last else None,
        "countries": [{"code": code, "actors": n} for code, n in found.countries.items()],
    }
