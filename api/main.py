"""The API's app factory: `uvicorn --factory api.main:create_app`."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from api import openapi_document, problems
from api.async_redis import LoopRedis
from api.metrics import router as metrics_router
from api.problems import Responses, problem_response
from api.queue import TaskQueue
from api.request_id import RequestIdMiddleware
from api.routers import documents, health, jobs, records, schemas, view
from api.viewer.tokens import ViewTokens
from client.logs import redact_access_log
from store import Settings, get_settings
from store.metrics import MeteredStore
from store.ratelimit import RateLimiter

log = logging.getLogger("recordsmith.api")

# What any authenticated route may answer besides its own statuses.
_AUTHENTICATED: Responses = {
    401: problem_response("no `Authorization: Bearer <api key>`, or not a valid key"),
    429: problem_response("the key's rate limit is exhausted: retry after `Retry-After` seconds"),
    503: problem_response("Redis unreachable: retry after `Retry-After` seconds"),
}


YOUNG_COLLECTION_THRESHOLD = 7000  # the garbage collector's first threshold in the API process (Python's: 700)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # What the process has loaded by now (FastAPI, pydantic, the routes and their models: about 75,000 objects)
        # lives as long as the process: out of the garbage collector's sight, a full collection no longer walks it.
        # Such a collection stops the event loop, every request in flight with it: 30 ms on an idle host, 55-125 ms
        # under a stream of submissions, a few times in 5,000 (issue #8, submit p99).
        gc.freeze()
        # A young collection every 7,000 container allocations, not 700: a request allocates hundreds, and each
        # collection walks the objects of the requests in flight (issue #8, submit p99: bench.submit_latency);
        # cycles of garbage wait a little longer, a few MB at most.
        gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])
        yield
        await app.state.async_redis.aclose()
        app.state.queue.close()
        app.state.store.close()

    app = FastAPI(
        title="recordsmith",
        version="1",
        summary="Documents in, typed, schema-validated, source-grounded JSON records out.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.tenants_by_digest = settings.tenants_by_key_digest
    if not app.state.tenants_by_digest:
        log.warning("RECORDSMITH_API_KEYS is empty: every request to /v1 will be refused (401)")
    app.state.store = MeteredStore.from_settings(settings)
    app.state.queue = TaskQueue(settings, app.state.store.redis)
    app.state.async_redis = LoopRedis(settings)
    app.state.rate_limiter = RateLimiter(app.state.store.redis, app.state.store.keys, settings.rate_limit,
                                         settings.burst) if settings.rate_limit > 0 else None
    if settings.allowed_origins:  # off by default: browsers then refuse cross-origin calls
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.allowed_origins, allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "X-Request-ID"],
            expose_headers=["Location", "Retry-After", "Idempotent-Replayed", "X-Request-ID"], max_age=600,
        )
    problems.install(app, settings.retry_after)
    app.include_router(health.router)
    app.include_router(metrics_router)
    routers = (documents.router, jobs.router, records.router, schemas.router, view.router)
    for router in routers:
        app.include_router(router, responses=_AUTHENTICATED)
    app.state.view_tokens = ViewTokens(app.state.store.redis, app.state.store.keys.view_secret)
    app.add_middleware(RequestIdMiddleware)
    redact_access_log()
    openapi_document.install(app, (health.router, metrics_router, *routers))
    app.mount(view.STATIC_PATH, StaticFiles(packages=[("api.viewer", "static")]), name="viewer-static")
    return app
