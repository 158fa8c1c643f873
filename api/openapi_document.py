"""The finishing touches of the served OpenAPI document, so that it describes what the API really answers:

- FastAPI documents its 422 as `application/json` (`HTTPValidationError`); ours is a problem+json with the
  field errors in `errors` (api.problems).
- Every route with an id in its path answers 404 for an unknown id (or another tenant's, which looks the same).
- Every route that depends on `api.deps.get_tenant` needs the bearer key (`api.deps.BEARER`), which FastAPI would
  declare only for a route that runs `HTTPBearer` as a dependency of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, APIRouter

from api.deps import BEARER, get_tenant
from api.openapi_schema import inline_schema
from api.problems import PROBLEM_JSON
from schemas import Problem

_FASTAPI_ONLY = ("HTTPValidationError", "ValidationError")


def _needs_key(dependant: Dependant) -> bool:
    return any(d.call is get_tenant or _needs_key(d) for d in dependant.dependencies)


def _keyed_operations(routers: Iterable[APIRouter]) -> set[tuple[str, str]]:
    """(path, method) of every operation whose route authenticates with the bearer key."""
    return {(route.path_format, method.lower()) for router in routers for route in router.routes
            if isinstance(route, APIRoute) and _needs_key(route.dependant) for method in route.methods or ()}


def _finish(document: dict[str, Any], keyed: set[tuple[str, str]]) -> dict[str, Any]:
    problem = {PROBLEM_JSON: {"schema": inline_schema(Problem)}}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if (path, method) in keyed:
                operation["security"] = [{BEARER.scheme_name: []}]
            responses = operation.get("responses", {})
            if "422" in responses:
                responses["422"]["content"] = problem
            if "{" in path and "404" not in responses:
                responses["404"] = {"description": "no such resource for this tenant", "content": problem}
    components = document.setdefault("components", {})
    if keyed:
        components.setdefault("securitySchemes", {})[BEARER.scheme_name] = BEARER.model.model_dump(
            mode="json", by_alias=True, exclude_none=True)
    schemas = components.get("schemas", {})
    for name in _FASTAPI_ONLY:
        schemas.pop(name, None)
    return document


def install(app: FastAPI, routers: Iterable[APIRouter]) -> None:
    """`routers`: those included in the app (with no prefix of their own there)."""
    build = app.openapi
    keyed = _keyed_operations(routers)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _finish(build(), keyed)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
