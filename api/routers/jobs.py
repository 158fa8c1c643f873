"""`GET /v1/jobs/{id}`: a job's status, with `?wait=S` long-polling until it finishes."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Query, Request

from api.deps import SettingsDep, StoreDep, TenantDep
from api.links import links
from api.problems import ApiProblem
from schemas import Job
from store import Store
from store.keys import is_id

router = APIRouter(prefix="/v1/jobs", tags=["jobs"])


async def load_job(request: Request, store: Store, tenant: str, job_id: str) -> Job:
    # Unknown, malformed and other tenants' ids all look the same: 404. Read from the event loop: a hop to a
    # worker thread costs more than the read.
    client = request.app.state.async_redis.client()
    job = await store.get_job_async(client, tenant, job_id) if is_id(job_id, "job") else None
    if job is None:
        raise ApiProblem(404, f"no job {job_id}", slug="not-found")
    return job.model_copy(update={"links": links(job.document_id, job.id)})


def pauses(first: float = 0.002, growth: float = 1.25, longest: float = 0.5) -> Iterator[float]:
    """A long poll's pauses: short at first, since a small document is done within a few tens of milliseconds and
    a pause's overshoot adds to what the client waits (with 5 ms growing by half each time, a job done at 24 ms
    was seen at 41); growing by a quarter, a job done t seconds into the wait is seen by 1.25 t + 2 ms; then up to
    half a second, for long waits. Each pause ends in one HGET of the job's status."""
    pause = first
    while True:
        yield pause
        pause = min(pause * growth, longest)


@router.get("/{job_id}", operation_id="getJob", response_model=Job, response_model_exclude_none=True)
async def get_job(
    request: Request,
    job_id: str,
    tenant: TenantDep,
    store: StoreDep,
    settings: SettingsDep,
    wait: Annotated[float, Query(ge=0, le=30, description="seconds to wait for the job to finish (long-poll)")] = 0,
) -> Job:
    deadline = time.monotonic() + min(wait, settings.max_wait)
    job = await load_job(request, store, tenant, job_id)
    if job.status.finished or time.monotonic() >= deadline:
        return job
    # Polling the job's status is cheap and survives Redis restarts, unlike a pub/sub subscription; the whole job
    # is read again once it has finished (or is gone: 404), or the wait is over.
    client = request.app.state.async_redis.client()
    for pause in pauses():
        if time.monotonic() >= deadline:
            break
        await asyncio.sleep(min(pause, max(0.0, deadline - time.monotonic())))
        status = await store.job_status_async(client, tenant, job_id)
        if status is None or status.finished:
            break
    return await load_job(request, store, tenant, job_id)
