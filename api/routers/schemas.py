"""`GET /v1/schemas/{name}`: the JSON Schemas of the public contract, as committed in `schemas/json/`."""

from __future__ import annotations

from fastapi import APIRouter, Response

from api.deps import TenantDep
from api.problems import PROBLEM_JSON, ApiProblem
from schemas import Problem
from schemas.export import EXPORTED, JSON_DIR

router = APIRouter(prefix="/v1/schemas", tags=["schemas"])

_SCHEMA_JSON = "application/schema+json"


@router.get("", operation_id="listSchemas", response_model=list[str])
async def list_schemas(tenant: TenantDep) -> list[str]:
    """The names `GET /v1/schemas/{name}` serves."""
    return sorted(EXPORTED)


@router.get("/{name}", operation_id="getSchema", response_class=Response,
            responses={200: {"description": "a JSON Schema (draft 2020-12)", "content": {_SCHEMA_JSON: {}}},
                       404: {"description": "no schema of that name",
                             "content": {PROBLEM_JSON: {"schema": Problem.model_json_schema()}}}})
async def get_schema(name: str, tenant: TenantDep) -> Response:
    """One schema by name, e.g. `extraction-result` (the `.schema.json` suffix may be given too)."""
    name = name.removesuffix(".schema.json")
    if name not in EXPORTED:  # only the exported names: the name never reaches the file system otherwise
        raise ApiProblem(404, f"no schema {name!r}; known: {', '.join(sorted(EXPORTED))}", slug="not-found")
    return Response((JSON_DIR / f"{name}.schema.json").read_bytes(), media_type=_SCHEMA_JSON)
