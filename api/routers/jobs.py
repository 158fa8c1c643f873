"""`GET /v1/jobs/{id}`: a job's status, with `?wait=S` long-polling until it finishes."""

from __future__ import annotations

import asyncio
import time
from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep, TenantDep
from api.links import links
from api.problems import ApiProblem
from schemas import Job
from store import Store
from store.keys import is_id

router = APIRouter(prefix="/v1/jobs", tags=["jobs"])


async def load_job(store: Store, tenant: str, job_id: str) -> Job:
    # Unknown, malformed and other tenants' ids all look the same: 404.
    job = await run_in_threadpool(store.get_job, tenant, job_id) if is_id(job_id, "job") else None
    if job is None:
        raise ApiProblem(404, f"no job {job_id}", slug="not-found")
    return job.model_copy(update={"links": links(job.document_id, job.id)})


@router.get("/{job_id}", operation_id="getJob", response_model=Job, response_model_exclude_none=True)
async def get_job(
    job_id: str,
    tenant: TenantDep,
    store: StoreDep,
    settings: SettingsDep,
    wait: Annotated[float, Query(ge=0, le=30, description="seconds to wait for the job to finish (long-poll)")] = 0,
) -> Job:
    deadline = time.monotonic() + min(wait, settings.max_wait)
    job = await load_job(store, tenant, job_id)
    # Short first pauses: a small document is done within a few milliseconds, and a first pause of 50 ms
    # was most of an idle submit-to-result time; the pause grows to 0.5 s for long waits.
    pause = 0.005
    # Polling the job hash is cheap and survives Redis restarts, unlike a pub/sub subscription.
    while not job.status.finished and time.monotonic() < deadline:
        await asyncio.sleep(min(pause, max(0.0, deadline - time.monotonic())))
        pause = min(pause * 1.5, 0.5)
        job = await load_job(store, tenant, job_id)
    return job
