"""Errors as application/problem+json (RFC 9457), turned from graph errors in one place."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

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


_STATUS: dict[type[Exception], tuple[int, str]] = {
    UnknownActor: (404, "Unknown actor"),
    UnknownEvent: (404, "Unknown event"),
    InvalidQuery: (422, "Invalid parameter"),
    InvalidData: (422, "Invalid data"),
    StoreUnavailable: (503, "Store unavailable"),
}


def _handler(status: int, title: str) -> Callable[[Request, Exception], Awaitable[JSONResponse]]:
    headers = {"Retry-After": "5"} if status == 503 else None

    async def handle(_: Request, exc: Exception) -> JSONResponse:
        return problem(status, title, str(exc), headers)

    return handle


def install(app: FastAPI) -> None:
    """Register the handlers that turn exceptions into problem responses."""

    for error_type, (status, title) in _STATUS.items():
        app.add_exception_handler(error_type, _handler(status, title))

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
