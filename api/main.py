"""The API's app factory: `uvicorn --factory api.main:create_app`."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from api import problems
from api.metrics import MeteredStore
from api.metrics import router as metrics_router
from api.queue import TaskQueue
from api.request_id import RequestIdMiddleware
from api.routers import documents, health, jobs, records, schemas, view
from api.viewer.tokens import ViewTokens
from client.logs import follow_requests_into_tasks, redact_access_log
from store import Settings, get_settings

log = logging.getLogger("recordsmith.api")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.queue.close()
        app.state.store.close()

    app = FastAPI(
        title="recordsmith",
        version="1",
        summary="Documents in, typed, schema-validated, source-grounded JSON records out.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.tenants_by_key = settings.tenants_by_key
    if not app.state.tenants_by_key:
        log.warning("RECORDSMITH_API_KEYS is empty: every request to /v1 will be refused (401)")
    app.state.store = MeteredStore.from_settings(settings)
    app.state.queue = TaskQueue(settings)
    problems.install(app, settings.retry_after)
    for router in (health.router, documents.router, jobs.router, records.router, schemas.router, view.router,
                   metrics_router):
        app.include_router(router)
    app.state.view_tokens = ViewTokens(app.state.store.redis, app.state.store.keys.view_secret)
    app.add_middleware(RequestIdMiddleware)
    follow_requests_into_tasks()
    redact_access_log()
    app.mount(view.STATIC_PATH, StaticFiles(packages=[("api.viewer", "static")]), name="viewer-static")
    return app
