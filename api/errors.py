"""Errors as application/problem+json (RFC 9457), turned from graph errors in one place."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from graph.errors import InvalidData, InvalidQuery, StoreUnavailable, UnknownActor, UnknownEvent


def problem(status: int, title: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        {"type": "about:blank", "title": title, "status": status, "detail": detail},
        status_code=status,
        media_type="application/problem+json",
        headers=headers,
    )


def install(app: FastAPI) -> None:
    """Register the handlers that turn exceptions into problem responses."""

    @app.exception_handler(UnknownActor)
    async def _unknown_actor(_: Request, exc: UnknownActor) -> JSONResponse:
        return problem(404, "Unknown actor", str(exc))

    @app.exception_handler(UnknownEvent)
    async def _unknown_event(_: Request, exc: UnknownEvent) -> JSONResponse:
        return problem(404, "Unknown event", str(exc))

    @app.exception_handler(InvalidQuery)
    async def _invalid_query(_: Request, exc: InvalidQuery) -> JSONResponse:
        return problem(422, "Invalid parameter", str(exc))

    @app.exception_handler(InvalidData)
    async def _invalid_data(_: Request, exc: InvalidData) -> JSONResponse:
        return problem(422, "Invalid data", str(exc))

    @app.exception_handler(StoreUnavailable)
    async def _unavailable(_: Request, exc: StoreUnavailable) -> JSONResponse:
        return problem(503, "Store unavailable", str(exc), {"Retry-After": "5"})

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        details = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']} (got {err.get('input')!r})"
            for err in exc.errors()
        )
        return problem(422, "Invalid request", details)

    @app.exception_handler(HTTPException)
    async def _http(_: Request, exc: HTTPException) -> JSONResponse:
        return problem(exc.status_code, "Error", str(exc.detail), dict(exc.headers or {}))
