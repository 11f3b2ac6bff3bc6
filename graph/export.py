"""The graph for other tools: Cytoscape.js elements, GEXF and GraphML (dated edges), CSV."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import Any

import networkx as nx

from graph.model import Actor, Event

FORMATS = ("cytoscape", "gexf", "graphml", "csv")
_GRAPH_NAME = re.compile(r'(<graph\b[^>]*?) name="[^"]*"')
MEDIA_TYPES = {
    "cytoscape": "application/json",
    "gexf": "application/gexf+xml",
    "graphml": "application/graphml+xml",
    "csv": "text/csv; charset=utf-8",
}


def to_cytoscape(actors: Sequence[Actor], events: Sequence[Event]) -> dict[str, Any]:
    """Cytoscape.js elements JSON: a node per actor, an edge per event and actor pair."""
    degree: dict[str, int] = {}
    for event in events:
        for p in event.participants:
            degree[p] = degree.get(p, 0) + 1
    nodes = [
        {"data": {"id": a.id, "label": a.name, "country": a.country, "contacts": degree.get(a.id, 0)}}
        for a in actors
    ]
    edges = [
        {
            "data": {
                "id": f"{e.id}:{a}:{b}",
                "source": a,
                "target": b,
                "event": e.id,
                "type": e.type.value,
                "date": e.date.isoformat() if e.date else None,
                "date_precision": e.date_precision.value,
                "not_before": e.not_before.isoformat() if e.not_before else None,
                "not_after": e.not_after.isoformat() if e.not_after else None,
            }
        }
        for e in events
        for a, b in e.pairs()
    ]
    return {"elements": {"nodes": nodes, "edges": edges}}


def to_networkx(actors: Sequence[Actor], events: Sequence[Event]) -> nx.MultiDiGraph[str]:
    """A directed multigraph with an edge per event and actor pair, attributes as plain strings."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for actor in actors:
        graph.add_node(actor.id, label=actor.name, country=actor.country or "")
    for e in events:
        for a, b in e.pairs():
            attrs = {"type": e.type.value, "event": e.id, "date_precision": e.date_precision.value}
            if e.date:
                attrs["date"] = e.date.isoformat()
            if e.lower.year > 1:
                attrs["start"] = e.lower.isoformat()
            if e.upper.year < 9999:
                attrs["end"] = e.upper.isoformat()
            graph.add_edge(a, b, key=f"{e.id}:{a}:{b}", **attrs)
    return graph


def to_gexf(actors: Sequence[Actor], events: Sequence[Event]) -> str:
    """GEXF 1.2 with each edge's start/end so Gephi's timeline works.

    Valid against the published GEXF 1.2 schema (tests/web/test_exports.py): the contact type is
    the `contact_type` attribute, as GEXF's own edge `type` means directed, undirected or mutual;
    and the `name` networkx puts on `<graph>`, which the schema does not allow, is left out.
    """
    graph = to_networkx(actors, events)
    for _, _, attrs in graph.edges(data=True):
        attrs["contact_type"] = attrs.pop("type")
    text = "\n".join(nx.generate_gexf(graph))
    return _GRAPH_NAME.sub(r"\1", text, count=1)


def to_graphml(actors: Sequence[Actor], events: Sequence[Event]) -> str:
    return "\n".join(nx.generate_graphml(to_networkx(actors, events)))


CSV_COLUMNS = (
    "event_id",
    "type",
    "date",
    "date_precision",
    "not_before",
    "not_after",
    "initiator",
    "actor",
    "actor_name",
    "participants",
    "about",
    "confidence",
    "sources",
    "quotes",
)


def to_csv(actors: Sequence[Actor], events: Sequence[Event]) -> str:
    """One row per event and participant, with every event field."""
    names = {a.id: a.name for a in actors}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for e in events:
        for p in e.participants:
            writer.writerow(
                [
                    e.id,
                    e.type.value,
                    e.date or "",
                    e.date_precision.value,
                    e.not_before or "",
                    e.not_after or "",
                    e.initiator or "",
                    p,
                    names.get(p, ""),
                    " ".join(e.participants),
                    " ".join(e.about),
                    e.confidence,
                    " ".join(s.source_id for s in e.sources),
                    " | ".join(s.quote for s in e.sources),
                ]
            )
    return out.getvalue()


def render(fmt: str, actors: Sequence[Actor], events: Sequence[Event]) -> str | dict[str, Any]:
    """The graph in one of FORMATS."""
    if fmt == "cytoscape":
        return to_cytoscape(actors, events)
    return {"gexf": to_gexf, "graphml": to_graphml, "csv": to_csv}[fmt](actors, events)
