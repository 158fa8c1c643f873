"""The finishing touches of the served OpenAPI document, so that it describes what the API really answers:

- FastAPI documents its 422 as `application/json` (`HTTPValidationError`); ours is a problem+json with the
  field errors in `errors` (api.problems).
- Every route with an id in its path answers 404 for an unknown id (or another tenant's, which looks the same).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from api.openapi_schema import inline_schema
from api.problems import PROBLEM_JSON
from schemas import Problem

_FASTAPI_ONLY = ("HTTPValidationError", "ValidationError")


def _finish(document: dict[str, Any]) -> dict[str, Any]:
    problem = {PROBLEM_JSON: {"schema": inline_schema(Problem)}}
    for path, item in document.get("paths", {}).items():
        for operation in item.values():
            responses = operation.get("responses", {})
            if "422" in responses:
                responses["422"]["content"] = problem
            if "{" in path and "404" not in responses:
                responses["404"] = {"description": "no such resource for this tenant", "content": problem}
    schemas = document.get("components", {}).get("schemas", {})
    for name in _FASTAPI_ONLY:
        schemas.pop(name, None)
    return document


def install(app: FastAPI) -> None:
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _finish(build())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
