"""`Annotated` dependency aliases: what a route needs, resolved once per request."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPBearer
from starlette.concurrency import run_in_threadpool

from api.auth import bearer_key, tenant_for
from api.problems import ApiProblem
from api.queue import TaskQueue
from store import Settings, Store

# The bearer scheme the OpenAPI document declares (`api.openapi_document`); the checks and their 401 problems are
# ours.
BEARER = HTTPBearer(auto_error=False, description="an API key of RECORDSMITH_API_KEYS")


# The dependencies are coroutines: FastAPI runs a plain `def` dependency in a worker thread, and each such hop
# costs more CPU than a small request's whole work.
async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_store(request: Request) -> Store:
    return request.app.state.store


async def get_queue(request: Request) -> TaskQueue:
    return request.app.state.queue


async def authenticate(request: Request, authorization: str | None) -> str:
    """The tenant of an `Authorization` header value; each call also takes a token from its key's bucket
    (429 when it is empty), in a worker thread (Redis) only when a rate limit is configured."""
    tenant, digest = tenant_for(bearer_key(authorization), request.app.state.tenants_by_digest)
    limiter = request.app.state.rate_limiter
    if limiter is not None:
        verdict = await run_in_threadpool(limiter.take, digest)
        if not verdict.allowed:
            raise ApiProblem(429, f"more than {limiter.rate:g} requests per second (burst {limiter.burst}) with "
                                  f"this API key; retry in {verdict.retry_after} s", slug="rate-limited",
                             title="Too many requests", headers={"Retry-After": str(verdict.retry_after)})
    return tenant


async def get_tenant(request: Request) -> str:
    """The header is read here rather than by FastAPI's `HTTPBearer` as a sub-dependency (about 70 K instructions
    each request): `api.openapi_document` declares the bearer scheme for every route that depends on this."""
    return await authenticate(request, request.headers.get("authorization"))


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
QueueDep = Annotated[TaskQueue, Depends(get_queue)]
TenantDep = Annotated[str, Depends(get_tenant)]
