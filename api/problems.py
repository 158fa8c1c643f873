"""RFC 9457 problem details for every error the API returns: never a bare 500, never HTML.

One place maps exceptions to statuses: `store.errors` classes carry their own `http_status`; Redis and
broker connection errors are transient (503 + Retry-After); anything unexpected is a 500 problem.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

import redis
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from kombu.exceptions import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from api.openapi_schema import inline_schema
from schemas import Problem
from store import RecordsmithError, TransientError

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "https://recordsmith.dev/problems/"
log = logging.getLogger("recordsmith.api")


# An operation's `responses`, for the OpenAPI document: status -> description and content.
Responses = dict[int | str, dict[str, Any]]


def problem_response(description: str) -> dict[str, Any]:
    """A `responses` entry of a status answered with a problem+json body."""
    return {"description": description, "content": {PROBLEM_JSON: {"schema": inline_schema(Problem)}}}


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_JSON


class ApiProblem(Exception):
    """Raise from a route to answer with a problem; `extra` becomes RFC 9457 extension members."""

    def __init__(self, status: int, detail: str, *, slug: str | None = None, title: str | None = None,
                 headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status, self.detail, self.slug, self.title = status, detail, slug, title
        self.headers = headers or {}
        self.extra = extra


def problem(request: Request, status: int, detail: str | None, *, slug: str | None = None, title: str | None = None,
            headers: dict[str, str] | None = None, **extra: Any) -> ProblemResponse:
    body = Problem(
        type=PROBLEM_BASE + slug if slug else "about:blank",
        title=title or HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=request.url.path,
    ).model_dump(exclude_none=True)
    body.update({k: v for k, v in extra.items() if v is not None})
    return ProblemResponse(body, status_code=status, headers=headers)


def _field_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()]


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _methods_of_path(request: Request) -> list[str]:
    """Every method some route fully serves at this path. Starlette's own Allow names only the first route
    that matched the path (GET /v1/documents hid behind POST), so each method is tried against the router."""
    routes = request.app.router.routes
    return [method for method in _METHODS
            if any(route.matches({**request.scope, "method": method})[0] == Match.FULL for route in routes)]


def install(app: FastAPI, retry_after: int) -> None:
    transient_headers = {"Retry-After": str(retry_after)}

    @app.exception_handler(ApiProblem)
    async def _api_problem(request: Request, exc: ApiProblem) -> ProblemResponse:
        return problem(request, exc.status, exc.detail, slug=exc.slug, title=exc.title, headers=exc.headers,
                       **exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> ProblemResponse:
        detail = exc.detail if isinstance(exc.detail, str) else None
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:
            headers = {**(headers or {}), "Allow": ", ".join(_methods_of_path(request))}
        return problem(request, exc.status_code, detail, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> ProblemResponse:
        errors = _field_errors(exc)
        first: dict[str, Any] = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"])
        return problem(request, 422, f"{where}: {first['msg']}" if where else first["msg"], slug="invalid-request",
                       title="Invalid request", errors=errors)

    @app.exception_handler(RecordsmithError)
    async def _ours(request: Request, exc: RecordsmithError) -> ProblemResponse:
        headers = transient_headers if exc.retryable else None
        return problem(request, exc.http_status, str(exc), title=exc.title, headers=headers)

    async def _unavailable(request: Request, exc: Exception) -> ProblemResponse:
        log.warning("Redis or broker unavailable: %s", exc)
        return problem(request, 503, "the store or the queue is unreachable; retry later", slug="unavailable",
                       title=TransientError.title, headers=transient_headers)

    for cls in (redis.ConnectionError, redis.TimeoutError, OperationalError):
        app.add_exception_handler(cls, _unavailable)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> ProblemResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem(request, 500, "an unexpected error occurred; it has been logged", slug="internal")
