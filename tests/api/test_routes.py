"""Every route over real HTTP, on the seed data (CONTRACT.md)."""

from __future__ import annotations

from pathlib import Path

import httpx

from graph.store import GraphStore

ZELENSKY, TOKAYEV, PUTIN, WITKOFF = (
    "volodymyr-zelensky",
    "kassym-jomart-tokayev",
    "vladimir-putin",
    "steve-witkoff",
)
PROBLEM = "application/problem+json"


def test_health_counts_the_seed(http: httpx.Client, store: GraphStore) -> None:
    body = http.get("/health").json()
    assert body == {"status": "ok", "store": store.kind, "events": 5, "actors": 4}


def test_actor_search_finds_inflected_ukrainian_form(http: httpx.Client) -> None:
    ids = [a["id"] for a in http.get("/actors", params={"q": "Токаєвим"}).json()["items"]]
    assert ids[0] == TOKAYEV


def test_actor_search_finds_russian_genitive(http: httpx.Client) -> None:
    ids = [a["id"] for a in http.get("/actors", params={"q": "Путина"}).json()["items"]]
    assert ids[0] == PUTIN


def test_one_actor(http: httpx.Client) -> None:
    actor = http.get(f"/actors/{WITKOFF}").json()
    assert actor["id"] == WITKOFF and actor["country"] == "US"


def test_unknown_actor_is_a_404_problem(http: httpx.Client) -> None:
    response = http.get("/actors/nobody-at-all")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM
    assert "nobody-at-all" in response.json()["detail"]


def test_timeline_is_chronological(http: httpx.Client) -> None:
    body = http.get(f"/actors/{TOKAYEV}/timeline").json()
    dates = [e["date"] for e in body["items"]]
    assert body["actor"] == TOKAYEV
    assert dates == ["2025-08-08", "2025-08-08", "2025-08-10", "2025-08-10"]


def test_bad_date_is_a_422_problem_naming_the_parameter(http: httpx.Client) -> None:
    response = http.get(f"/actors/{TOKAYEV}/timeline", params={"since": "2025-13-45"})
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    assert "since" in response.json()["detail"]


def test_since_after_until_is_a_422_problem(http: httpx.Client) -> None:
    response = http.get(f"/actors/{TOKAYEV}/timeline", params={"since": "2025-09-01", "until": "2025-08-01"})
    assert response.status_code == 422 and "since" in response.json()["detail"]


def test_contacts_of_tokayev(http: httpx.Client) -> None:
    items = http.get("/contacts", params={"actor": TOKAYEV}).json()["items"]
    assert {i["actor"]: i["count"] for i in items} == {PUTIN: 2, ZELENSKY: 2}
    putin = next(i for i in items if i["actor"] == PUTIN)
    assert putin["first"] == putin["last"] == "2025-08-08"
    assert putin["types"] == ["briefing", "call"]


def test_contacts_between_two(http: httpx.Client) -> None:
    items = http.get("/contacts", params={"actor": PUTIN, "with": WITKOFF}).json()["items"]
    assert [(e["type"], e["date"], e["not_after"]) for e in items] == [("meeting", None, "2025-08-08")]


def test_contacts_of_an_actor_with_itself_are_none(http: httpx.Client) -> None:
    assert http.get("/contacts", params={"actor": PUTIN, "with": PUTIN}).json()["items"] == []


def test_event_feed_pages_with_a_cursor(http: httpx.Client) -> None:
    first = http.get("/events", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    seen = [e["id"] for e in first["items"]]
    cursor = first["next_cursor"]
    while cursor:
        page = http.get("/events", params={"limit": 2, "cursor": cursor}).json()
        seen += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
    assert len(seen) == len(set(seen)) == 5


def test_bad_cursor_is_a_422_problem(http: httpx.Client) -> None:
    response = http.get("/events", params={"cursor": "garbage!"})
    assert response.status_code == 422 and "cursor" in response.json()["detail"]


def test_one_event_with_its_sources(http: httpx.Client) -> None:
    event = http.get("/events", params={"types": "meeting"}).json()["items"][0]
    again = http.get(f"/events/{event['id']}").json()
    assert again == event and again["sources"][0]["quote"].startswith("Раніше, 8 серпня")
    assert http.get("/events/ev-missing").status_code == 404


def test_shortest_chain_zelensky_to_witkoff(http: httpx.Client) -> None:
    paths = http.get("/paths/shortest", params={"source": ZELENSKY, "target": WITKOFF}).json()["paths"]
    assert [p["actors"] for p in paths] == [[ZELENSKY, TOKAYEV, PUTIN, WITKOFF]]
    hops = paths[0]["hops"]
    assert [(h["from"], h["to"]) for h in hops] == [(ZELENSKY, TOKAYEV), (TOKAYEV, PUTIN), (PUTIN, WITKOFF)]
    assert all(h["events"] and all(e["sources"] for e in h["events"]) for h in hops)


def test_shortest_chain_respects_max_hops(http: httpx.Client) -> None:
    body = http.get("/paths/shortest", params={"source": ZELENSKY, "target": WITKOFF, "max_hops": 2}).json()
    assert body == {"paths": []}


def test_temporal_chain_witkoff_to_zelensky_arrives_on_the_10th(http: httpx.Client) -> None:
    body = http.get("/paths/temporal", params={"source": WITKOFF, "target": ZELENSKY}).json()
    assert body["arrival"] == "2025-08-10"
    assert [(h["from"], h["to"]) for h in body["hops"]] == [
        (WITKOFF, PUTIN),
        (PUTIN, TOKAYEV),
        (TOKAYEV, ZELENSKY),
    ]


def test_no_temporal_chain_backwards_in_time(http: httpx.Client) -> None:
    body = http.get("/paths/temporal", params={"source": ZELENSKY, "target": WITKOFF}).json()
    assert body == {"arrival": None, "hops": []}


def test_graph_as_cytoscape_elements(http: httpx.Client) -> None:
    elements = http.get("/graph", params={"center": TOKAYEV, "depth": 1}).json()["elements"]
    assert {n["data"]["id"] for n in elements["nodes"]} == {TOKAYEV, PUTIN, ZELENSKY}
    assert {e["data"]["type"] for e in elements["edges"]} == {"call", "briefing"}


def test_graph_as_gexf_and_graphml(http: httpx.Client) -> None:
    gexf = http.get("/graph", params={"format": "gexf"})
    graphml = http.get("/graph", params={"format": "graphml"})
    assert "<gexf" in gexf.text and gexf.headers["content-type"].startswith("application/gexf+xml")
    assert "<graphml" in graphml.text


def test_graph_is_sent_compressed_to_clients_that_accept_gzip(http: httpx.Client) -> None:
    response = http.get("/graph", params={"format": "graphml"}, headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert "<graphml" in response.text


def test_post_events_is_idempotent_and_rejects_with_reasons(http: httpx.Client) -> None:
    event = {
        "type": "call",
        "participants": [PUTIN, "donald-trump"],
        "date": "2025-08-11",
        "sources": [{"source_id": "test", "quote": "Putin and Trump spoke."}],
    }
    bad = {"type": "call", "participants": [PUTIN, "no-such-person"], "date": "2025-08-11"}
    first = http.post("/events", json=[event, bad]).json()
    assert first["created"] == 1 and first["rejected"][0]["index"] == 1
    assert "no-such-person" in first["rejected"][0]["errors"][0]
    assert http.post("/events", json=[event]).json() == {
        "created": 0,
        "merged": 0,
        "unchanged": 1,
        "rejected": [],
    }


def test_openapi_docs_and_page(http: httpx.Client) -> None:
    assert http.get("/docs").status_code == 200
    assert "/paths/temporal" in http.get("/openapi.json").json()["paths"]
    assert "dipgraph" in http.get("/").text


def test_post_article_yields_the_curated_seed_events(http: httpx.Client) -> None:
    text = (Path(__file__).resolve().parents[2] / "seeds" / "000_33d1ed684b20675d.txt").read_text(
        encoding="utf-8"
    )
    body = http.post("/articles", json={"text": text}).json()
    assert len(body["extraction"]["events"]) == 5
    assert body["extraction"]["unresolved"][0]["mention"] == "зустріч безпекових радників"
    assert body["ingest"] == {"created": 0, "merged": 0, "unchanged": 5, "rejected": []}


def test_post_article_with_empty_text_is_a_422_problem(http: httpx.Client) -> None:
    response = http.post("/articles", json={"text": ""})
    assert response.status_code == 422 and "text" in response.json()["detail"]


def test_graph_country_filter_keeps_contacts_involving_the_country(http: httpx.Client) -> None:
    edges = http.get("/graph", params={"country": "KZ"}).json()["elements"]["edges"]
    assert edges and all(TOKAYEV in (e["data"]["source"], e["data"]["target"]) for e in edges)
    assert http.get("/graph", params={"country": "FR"}).json()["elements"] == {"nodes": [], "edges": []}


def test_graph_several_countries_and_a_bad_code(http: httpx.Client) -> None:
    types = {
        e["data"]["type"]
        for e in http.get("/graph", params=[("country", "US"), ("country", "ua")]).json()["elements"]["edges"]
    }
    assert types == {"meeting", "briefing", "call"}
    bad = http.get("/graph", params={"country": "Ukraine"})
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"


def test_timeline_follows_the_country_filter(http: httpx.Client) -> None:
    params = {"country": "US", "until": "2025-08-10"}  # the seed's days, before other tests add contacts
    items = http.get(f"/actors/{PUTIN}/timeline", params=params).json()["items"]
    assert [e["type"] for e in items] == ["meeting"]


def test_graph_facets_give_the_span_and_countries(http: httpx.Client) -> None:
    facets = http.get("/graph/facets").json()
    assert facets["first"] == "2025-08-08" and facets["last"] >= "2025-08-10"
    countries = {c["code"]: c["actors"] for c in facets["countries"]}
    assert {"KZ", "RU", "UA", "US"} <= countries.keys() and countries["KZ"] == 1
