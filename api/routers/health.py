"""Liveness (`/healthz`: the process answers) and readiness (`/readyz`: Redis answers too)."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep
from api.models import Health
from api.problems import ApiProblem
from store import TransientError

router = APIRouter(tags=["health"])


@router.get("/healthz", operation_id="healthz", response_model=Health)
async def healthz() -> Health:
    return Health(status="ok")


@router.get("/readyz", operation_id="readyz", response_model=Health,
            responses={503: {"description": "Redis is unreachable"}})
async def readyz(store: StoreDep, settings: SettingsDep) -> Health:
    try:
        await run_in_threadpool(store.ping)
    except TransientError as exc:
        raise ApiProblem(503, str(exc), slug="unavailable", headers={"Retry-After": str(settings.retry_after)}) \
            from exc
    return Health(status="ready")
