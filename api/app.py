"""The FastAPI application: routers, error handling, the page, and the store's lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles

from api import errors
from api.routes import actors, articles, contacts, events, graph, health, paths
from graph.registry import Registry
from graph.settings import Settings
from graph.store import GraphStore, open_store

# The page is built from api/web/ by `make web` (npm ci && npm run build) into api/web/dist/.
DIST = Path(__file__).parent / "web" / "dist"


def create_app(
    store: GraphStore | None = None, registry: Registry | None = None, settings: Settings | None = None
) -> FastAPI:
    """The app over the given store (or the one the settings select, opened at start-up)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = store is None
        app.state.store = store or open_store(settings, wait_for_server=True)
        app.state.registry = registry or Registry.load()
        app.state.api_key = settings.dipgraph_api_key
        try:
            yield
        finally:
            if own:
                app.state.store.close()

    app = FastAPI(title="dipgraph", summary="Who spoke with whom, and when", lifespan=lifespan)
    errors.install(app)
    # The whole graph at 50,000 events is about 15 MB of JSON; compressed it is a fraction of that.
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    for module in (health, actors, contacts, events, paths, graph, articles):
        app.include_router(module.router)

    # check_dir=False: the app starts without a built page and says how to build it.
    app.mount("/assets", StaticFiles(directory=DIST / "assets", check_dir=False), name="assets")

    @app.get("/", include_in_schema=False)
    def page() -> Response:
        index = DIST / "index.html"
        if not index.is_file():
            return PlainTextResponse(
                "The web page is not built: run `make web` (npm ci && npm run build in api/web).\n",
                status_code=503,
            )
        return FileResponse(index, media_type="text/html")

    return app
