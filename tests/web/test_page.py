"""The web page in real headless Chromium over the seed: graph, search, chains, filters, exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route

pytestmark = pytest.mark.browser

Screenshot = Callable[[Page, str], Path]
SEED_ACTORS = {"kassym-jomart-tokayev", "steve-witkoff", "vladimir-putin", "volodymyr-zelensky"}

ZELENSKY_TOKAYEV_CALL = """() => window.dipgraph.cy.edges().some((e) =>
    e.data("type") === "call" &&
    [e.data("source"), e.data("target")].sort().join() === "kassym-jomart-tokayev,volodymyr-zelensky")"""


def test_page_loads_the_seed_graph(page: Page, screenshot: Screenshot) -> None:
    page.wait_for_selector("#status:has-text('4 actors')")
    assert set(page.evaluate("window.dipgraph.cy.nodes().map((n) => n.id())")) == SEED_ACTORS
    screenshot(page, "graph")


def test_node_size_follows_the_events_of_the_view(page: Page) -> None:
    page.wait_for_selector("body[data-layout=done]")
    nodes = page.evaluate("""window.dipgraph.cy.nodes().map((n) => ({
        id: n.id(), contacts: n.data("contacts"), size: n.data("size"),
        events: new Set(n.connectedEdges().map((e) => e.data("event"))).size}))""")
    assert all(n["contacts"] == n["events"] for n in nodes), nodes
    by_contacts = sorted(nodes, key=lambda n: n["contacts"])
    assert [n["size"] for n in by_contacts] == sorted(n["size"] for n in nodes)
    assert by_contacts[-1]["size"] > by_contacts[0]["size"]


def test_cyrillic_search_suggests_tokayev(page: Page, screenshot: Screenshot) -> None:
    page.locator("#search").press_sequentially("Токаєв")
    suggestion = page.locator("#suggestions li[data-id='kassym-jomart-tokayev']")
    suggestion.wait_for()
    assert "Tokayev" in suggestion.inner_text()
    screenshot(page, "suggestions")


def test_selected_actor_shows_timeline_with_honest_dates(page: Page, screenshot: Screenshot) -> None:
    page.goto(page.url.split("#")[0] + "#actor=vladimir-putin")
    page.wait_for_selector("#events li")
    events = page.locator("#events").inner_text()
    assert "undated, not after 2025-08-08" in events
    assert "Раніше, 8 серпня" in events  # the source quote
    assert page.locator("#timeline .vis-item").count() >= 3
    screenshot(page, "timeline")


def test_an_unknown_actor_in_the_url_is_said_and_leaves_no_earlier_timeline(page: Page) -> None:
    page.goto(page.url.split("#")[0] + "#actor=vladimir-putin")
    page.wait_for_selector("#events li")
    page.goto(page.url.split("#")[0] + "#actor=nobody-here")
    page.wait_for_selector("#actor-name:has-text('nobody-here')")
    assert "404" in page.inner_text("#actor-name")
    assert page.locator("#events li").count() == 0
    assert page.locator("#timeline .vis-item").count() == 0


def test_time_respecting_chain_from_witkoff_to_zelensky(page: Page, screenshot: Screenshot) -> None:
    page.fill("#path-source", "steve-witkoff")
    page.fill("#path-target", "volodymyr-zelensky")
    page.check("input[name=path-mode][value=temporal]")
    page.click("#path-form button[type=submit]")
    hops = page.locator("#hops li")
    hops.nth(2).wait_for()
    assert hops.count() == 3
    dates = [hops.nth(i).get_attribute("data-date") for i in range(3)]
    assert dates == ["≤ 2025-08-08", "2025-08-08", "2025-08-10"]
    assert "≤ 2025-08-08" in hops.nth(0).inner_text()
    assert page.evaluate("window.dipgraph.cy.nodes('.chain').length") == 4
    on_graph = page.evaluate("window.dipgraph.cy.edges('.chain').map((e) => e.data('hop'))")
    assert sorted(on_graph) == ["2025-08-08 call", "2025-08-10 call", "≤ 2025-08-08 meeting"]
    assert "mode=temporal" in page.url
    screenshot(page, "chain")


def test_no_chain_is_said_plainly(page: Page) -> None:
    page.goto(page.url.split("#")[0] + "#from=volodymyr-zelensky&to=steve-witkoff&mode=temporal")
    page.wait_for_selector(".no-chain")
    assert "No time-respecting chain" in page.inner_text("#path-result")


def test_a_late_answer_for_an_earlier_actor_does_not_replace_the_selected_one(page: Page) -> None:
    held: list[Route] = []
    page.route("**/actors/vladimir-putin/timeline*", lambda route: held.append(route))
    with page.expect_request("**/actors/vladimir-putin/timeline*"):
        page.goto(page.url.split("#")[0] + "#actor=vladimir-putin")
    page.goto(page.url.split("#")[0] + "#actor=steve-witkoff")
    page.wait_for_selector("#actor-name:has-text('Witkoff')")

    with page.expect_response("**/actors/vladimir-putin/timeline*"):
        held[0].continue_()
    page.wait_for_timeout(300)  # time for the page to handle the late answer

    assert "Witkoff" in page.inner_text("#actor-name")
    assert "actor=steve-witkoff" in page.url


def test_a_late_chain_for_an_earlier_query_does_not_replace_the_current_one(page: Page) -> None:
    held: list[Route] = []
    page.route("**/paths/temporal*", lambda route: route.continue_() if held else held.append(route))
    with page.expect_request("**/paths/temporal*"):
        page.goto(page.url.split("#")[0] + "#from=steve-witkoff&to=volodymyr-zelensky&mode=temporal")
    page.goto(page.url.split("#")[0] + "#from=volodymyr-zelensky&to=steve-witkoff&mode=temporal")
    page.wait_for_selector(".no-chain")

    with page.expect_response("**/paths/temporal*"):
        held[0].continue_()
    page.wait_for_timeout(300)  # time for the page to handle the late answer

    assert "No time-respecting chain" in page.inner_text("#path-result")
    assert page.evaluate("window.dipgraph.cy.elements('.chain').length") == 0


def test_date_slider_ending_2025_08_09_removes_the_later_call(page: Page, screenshot: Screenshot) -> None:
    assert page.evaluate(ZELENSKY_TOKAYEV_CALL)
    upper = page.locator("#date-slider .noUi-handle-upper")
    assert upper.get_attribute("aria-valuetext") == "2025-08-10"  # the slider spans the data
    upper.focus()
    page.keyboard.press("ArrowLeft")  # one day back, as a user would with the keyboard
    page.wait_for_function(f"() => !({ZELENSKY_TOKAYEV_CALL})()")
    assert "until=2025-08-09" in page.url
    assert page.input_value("#until") == "2025-08-09"  # the precise input follows the slider
    assert page.evaluate("window.dipgraph.cy.nodes('#kassym-jomart-tokayev').length") == 1
    screenshot(page, "until-2025-08-09")


def test_with_no_contact_type_chosen_exports_chains_and_timeline_are_empty_too(page: Page) -> None:
    page.goto(page.url.split("#")[0] + "#types=&from=steve-witkoff&to=volodymyr-zelensky&mode=temporal")
    page.wait_for_selector("#status:has-text('0 actors')")
    page.wait_for_selector(".no-chain")
    assert "No time-respecting chain" in page.inner_text("#path-result")
    for fmt in ("gexf", "graphml", "csv"):
        assert page.get_attribute(f"#export-{fmt}", "href") is None  # no `types` would export everything
    page.goto(page.url.split("#")[0] + "#types=&actor=vladimir-putin")
    page.wait_for_selector("#actor-name:has-text('Putin')")
    assert "0 contacts" in page.inner_text("#actor-name")
    assert page.locator("#events li").count() == 0


def test_a_window_the_api_refuses_is_said_and_leaves_no_earlier_graph(page: Page) -> None:
    page.goto(
        page.url.split("#")[0] + "#since=2025-08-10&until=2025-08-01&from=steve-witkoff&to=vladimir-putin"
    )
    page.wait_for_selector("#status:has-text('Could not load the graph')")
    assert "422" in page.inner_text("#status")
    assert page.evaluate("window.dipgraph.cy.elements().length") == 0
    page.wait_for_selector("#path-result:has-text('Could not look for a chain')")


def test_date_input_moves_the_slider(page: Page) -> None:
    page.fill("#since", "2025-08-09")
    page.dispatch_event("#since", "change")
    page.wait_for_function("() => location.hash.includes('since=2025-08-09')")
    lower = page.locator("#date-slider .noUi-handle-lower")
    assert lower.get_attribute("aria-valuetext") == "2025-08-09"


def test_country_filter_follows_graph_timeline_and_url(page: Page, screenshot: Screenshot) -> None:
    page.goto(page.url.split("#")[0] + "#actor=vladimir-putin")
    page.wait_for_selector("#events li")
    page.check("#countries input[value=US]")
    page.wait_for_function("() => window.dipgraph.cy.edges().length === 1")
    assert page.evaluate("window.dipgraph.cy.edges()[0].data('type')") == "meeting"
    assert "country=US" in page.url
    page.wait_for_function("() => document.querySelectorAll('#events li').length === 1")
    assert "meeting" in page.inner_text("#events")
    screenshot(page, "country-US")
    page.goto(page.url.split("#")[0] + "#country=KZ,UA")  # a shared link restores the filter
    page.wait_for_function("() => document.querySelector('#countries input[value=KZ]').checked")
    assert page.is_checked("#countries input[value=UA]") and not page.is_checked("#countries input[value=US]")
