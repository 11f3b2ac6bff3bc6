"""The page's export buttons in real headless Chromium: what downloads is a valid file of the view."""

from __future__ import annotations

import csv
import struct
from collections.abc import Callable
from pathlib import Path

import httpx
import igraph
import networkx as nx
import pytest
from lxml import etree
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

Screenshot = Callable[[Page, str], Path]
SEED_ACTORS = {"kassym-jomart-tokayev", "steve-witkoff", "vladimir-putin", "volodymyr-zelensky"}
GEXF_XSD = Path(__file__).resolve().parents[1] / "data" / "gexf-1.2"
EVENT_FIELDS = ("type", "date", "date_precision", "not_before", "not_after", "initiator", "confidence")


def download(page: Page, selector: str, to: Path) -> Path:
    with page.expect_download() as started:
        page.click(selector)
    started.value.save_as(to)
    return to


@pytest.fixture(scope="module")
def gexf_schema(tmp_path_factory: pytest.TempPathFactory) -> etree.XMLSchema:
    """The published GEXF 1.2 schema, in the 1.2draft namespace that networkx writes (README there)."""
    folder = tmp_path_factory.mktemp("gexf-xsd")
    for xsd in GEXF_XSD.glob("*.xsd"):
        text = xsd.read_text(encoding="utf-8").replace(
            "http://www.gexf.net/1.2", "http://www.gexf.net/1.2draft"
        )
        (folder / xsd.name).write_text(text, encoding="utf-8")
    return etree.XMLSchema(etree.parse(str(folder / "gexf.xsd")))


def test_png_of_the_view_downloads(page: Page, tmp_path: Path) -> None:
    page.wait_for_selector("body[data-layout=done]")
    png = download(page, "#export-png", tmp_path / "view.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    assert width > 100 and height > 100
    assert len(png) > 2_000  # four labelled nodes and their edges, not an empty canvas


def test_gexf_is_valid_against_the_schema_and_dated(
    page: Page, tmp_path: Path, gexf_schema: etree.XMLSchema
) -> None:
    path = download(page, "#export-gexf", tmp_path / "graph.gexf")
    document = etree.parse(str(path))
    assert gexf_schema.validate(document), gexf_schema.error_log
    graph = nx.read_gexf(path)
    assert set(graph.nodes) == SEED_ACTORS
    calls = [d for _, _, d in graph.edges(data=True) if d["contact_type"] == "call"]
    # Gephi's timeline reads each edge's interval; the dated calls have one.
    assert {(d["start"], d["end"]) for d in calls} == {
        ("2025-08-08", "2025-08-08"),
        ("2025-08-10", "2025-08-10"),
    }


def test_graphml_parses_with_networkx_and_igraph(page: Page, tmp_path: Path) -> None:
    path = download(page, "#export-graphml", tmp_path / "graph.graphml")
    by_networkx = nx.read_graphml(path)
    by_igraph = igraph.Graph.Read_GraphML(str(path))
    assert set(by_networkx.nodes) == set(by_igraph.vs["id"]) == SEED_ACTORS
    assert by_networkx.number_of_edges() == by_igraph.ecount() == 5
    assert sorted(by_igraph.es["type"]) == sorted(d["type"] for _, _, d in by_networkx.edges(data=True))


def test_csv_has_a_row_per_event_and_participant_of_the_view(
    page: Page, base_url: str, tmp_path: Path, screenshot: Screenshot
) -> None:
    page.goto(page.url.split("#")[0] + "#until=2025-08-09")
    page.wait_for_function("() => document.querySelector('#export-csv').href.includes('until=2025-08-09')")
    page.wait_for_selector("body[data-layout=done]")
    screenshot(page, "exports-until-2025-08-09")
    with download(page, "#export-csv", tmp_path / "graph.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    events = httpx.get(f"{base_url}/events", params={"until": "2025-08-09"}).json()["items"]
    assert len(events) == 3  # the seed up to 2025-08-09: no Zelensky–Tokayev call, no later briefing
    assert sorted((r["event_id"], r["actor"]) for r in rows) == sorted(
        (e["id"], p) for e in events for p in e["participants"]
    )
    for row in rows:
        event = next(e for e in events if e["id"] == row["event_id"])
        for field in EVENT_FIELDS:
            assert row[field] == ("" if event[field] is None else str(event[field])), field
        assert row["participants"].split() == event["participants"]
        assert row["about"].split() == event["about"]
        assert row["quotes"] == " | ".join(s["quote"] for s in event["sources"])
