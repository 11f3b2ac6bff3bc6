"""Headless Debian Chromium driven by Playwright, over the API test server (tests/api/conftest.py)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from synthetic import Dataset, generate

from api.app import create_app
from graph.store import EmbeddedStore, GraphStore

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _load_api_fixtures() -> object:
    # Without __init__.py files both conftests are "conftest"; load the API one under its own name.
    spec = importlib.util.spec_from_file_location("api_test_server", ROOT / "tests" / "api" / "conftest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_api = _load_api_fixtures()
registry = _api.registry  # type: ignore[attr-defined]
base_url = _api.base_url  # type: ignore[attr-defined]
serving = _api.serving  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """The page is tested over the embedded store; the API tests cover both stores."""
    embedded = EmbeddedStore(tmp_path_factory.mktemp("web") / "dipgraph.db")
    yield embedded
    embedded.close()


@pytest.fixture(scope="session")
def large_dataset() -> Dataset:
    """5,000 actors and 50,000 events, as issue 5 asks the page to handle."""
    return generate(actors=5_000, events=50_000)


@pytest.fixture(scope="module")
def large_url(large_dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app over HTTP, its registry written from the synthetic actors, its store loaded."""
    tmp = tmp_path_factory.mktemp("large")
    registry = large_dataset.write_registry(tmp / "actors")
    store = EmbeddedStore(tmp / "dipgraph.db")
    large_dataset.load_into(store)
    with serving(create_app(store, registry)) as url:
        yield url
    store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's chromium; its absence is a failure with the fix, never a skip."""
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run `apt-get install chromium` (or `make system-deps`)")
    if not (ROOT / "api" / "web" / "dist" / "index.html").is_file():
        pytest.fail("the web page is not built: run `make web`")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A fresh page on `/`, with the seed graph drawn."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.goto(base_url + "/")
    page.wait_for_function("() => window.dipgraph && window.dipgraph.cy.nodes().length > 0")
    yield page
    context.close()


@pytest.fixture
def screenshot(request: pytest.FixtureRequest) -> Callable[[Page, str], Path]:
    """Saves a screenshot of the page's state into test-artifacts/, named for the test."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page: Page, state: str) -> Path:
        path = ARTIFACTS / f"{request.node.name}-{state}.png"
        page.wait_for_selector("body[data-layout=done]", timeout=120_000)  # fcose has placed the nodes
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
