"""Celery tasks. Thin: load from the store, call the engine, check the result, save it, update the job.

Failure policy (store.errors): Redis trouble (TransientError) is retried with capped exponential backoff;
anything the engine raises, a result that fails the span check or the soft time limit end the job `failed`
with the message, never retried. Every delivery is counted on the job: a document whose task keeps killing
its worker (redelivered by `task_reject_on_worker_lost`) is failed after RECORDSMITH_MAX_ATTEMPTS deliveries.
"""

from __future__ import annotations

import logging
import os
import random
import time
from typing import Any

import orjson
from billiard.einfo import ExceptionInfo
from billiard.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from celery import Task, shared_task
from celery.signals import celeryd_after_setup

from api.metrics import MeteredStore
from extractor import extract
from extractor import warm_up as warm_up_engine
from schemas import check_spans
from store import Settings, Store, TransientError, get_settings
from store.queue import EXTRACT_DOCUMENT

log = logging.getLogger("recordsmith.worker")

_stores: dict[int, Store] = {}


def _store() -> Store:
    """One store per process: prefork children must not share the parent's sockets."""
    pid = os.getpid()
    if pid not in _stores:
        _stores[pid] = MeteredStore.from_settings(get_settings())
    return _stores[pid]


@celeryd_after_setup.connect
def warm_up(**_: Any) -> None:
    """Load the engine's lexicons once in the main process, before the pool forks: the children share them
    (copy-on-write) and the first document does not pay the loading time."""
    t0 = time.perf_counter()
    warm_up_engine()
    log.info("engine ready in %.0f ms", (time.perf_counter() - t0) * 1000)


def backoff(retries: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Full-jitter exponential backoff: spreads a crowd of retrying workers after Redis comes back."""
    return random.uniform(0, min(cap, base * 2**retries))


class ExtractTask(Task):
    def on_failure(self, exc: Exception, task_id: str, args: Any, kwargs: Any, einfo: ExceptionInfo) -> None:
        # The hard time limit killed the child; the main process reports it here. The job must not stay
        # `running`. (Other failures were already recorded by the task itself, or could not be: Redis down.)
        if isinstance(exc, TimeLimitExceeded):
            tenant, document_id = args
            try:
                doc = _store().get_document(tenant, document_id)
                if doc:
                    _store().fail(tenant, doc.job_id, f"extraction exceeded the hard time limit of {exc} s")
            except TransientError:
                log.exception("could not record the hard time limit of task %s", task_id)


def run_extraction(store: Store, settings: Settings, tenant: str, document_id: str, retries: int) -> str:
    """Do one delivery of a job; returns the job's final status (or why nothing was done)."""
    doc = store.get_document(tenant, document_id)
    if doc is None:
        log.warning("document %s of tenant %s is gone; nothing to do", document_id, tenant)
        return "missing"
    job = store.start_attempt(tenant, doc.job_id)
    if job is None:
        return "missing"
    if job.status.finished:  # a redelivery of work already done: tasks are idempotent
        return job.status.value
    if job.attempts - retries > settings.max_attempts:
        store.fail(tenant, job.id, f"gave up after {job.attempts - 1} deliveries: the worker was lost each time")
        return "failed"
    text = doc.request.text
    if text is None:
        store.fail(tenant, job.id, "only `text` input is supported by this worker")
        return "failed"
    t0 = time.perf_counter()
    try:
        result = extract(text, doc.request.reference_date(), doc.request.language, document_id=doc.id)
        check_spans(result, text)
        payload = orjson.dumps(result.model_dump(mode="json"))
    except SoftTimeLimitExceeded:
        store.fail(tenant, job.id, f"extraction exceeded the soft time limit of {settings.soft_time_limit:g} s")
        return "failed"
    except Exception as exc:  # the engine's failure is the document's outcome, not the worker's
        log.warning("job %s failed: %s: %s", job.id, type(exc).__name__, exc)
        store.fail(tenant, job.id, f"{type(exc).__name__}: {exc}", {"total": _ms_since(t0)})
        return "failed"
    timings = dict(result.timings_ms)
    timings["task"] = _ms_since(t0)
    store.succeed(tenant, job.id, doc.id, payload, timings)
    return "succeeded"


def _ms_since(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 3)


@shared_task(name=EXTRACT_DOCUMENT, bind=True, base=ExtractTask)
def extract_document(self: Task, tenant: str, document_id: str) -> str:
    settings = get_settings()
    try:
        return run_extraction(_store(), settings, tenant, document_id, self.request.retries)
    except TransientError as exc:
        log.warning("Redis unavailable for %s (retry %d): %s", document_id, self.request.retries, exc)
        raise self.retry(exc=exc, countdown=backoff(self.request.retries),
                         max_retries=settings.transient_retries) from exc
