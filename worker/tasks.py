"""Celery tasks. Thin: load from the store, call the engine, check the result, save it, update the job.

Failure policy (store.errors): Redis trouble (TransientError) is retried with capped exponential backoff;
anything the engine raises, a result that fails the span check, a `url` that cannot be fetched, HTML without
main text or the soft time limit end the job `failed` with the message, never retried. Every delivery is
counted on the job: a document whose task keeps killing its worker (redelivered by `task_reject_on_worker_lost`)
is failed after RECORDSMITH_MAX_ATTEMPTS deliveries. A job that ends sends its webhook (worker.webhooks), if it
has one, as a task of its own.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import random
import time
from typing import Any

import orjson
from billiard.einfo import ExceptionInfo
from billiard.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from celery import Task, shared_task
from celery.signals import celeryd_after_setup

from extractor import extract
from extractor import warm_up as warm_up_engine
from schemas import check_spans
from store import Settings, Store, StoredDocument, TransientError, get_settings
from store.queue import EXTRACT_DOCUMENT
from worker.fetch import FetchPolicy
from worker.inputs import InputFailed, document_source
from worker.resources import process_store as _store
from worker.webhooks import notify

log = logging.getLogger("recordsmith.worker")


@celeryd_after_setup.connect
def warm_up(**_: Any) -> None:
    """Load the engine's lexicons once in the main process, before the pool forks: the children share them
    (copy-on-write) and the first document does not pay the loading time."""
    t0 = time.perf_counter()
    warm_up_engine()
    # Out of the collector's sight: its passes would write to every object's header and so copy the pages the
    # pool's children share with this process into each of them.
    gc.freeze()
    release_free_heap()
    log.info("engine ready in %.0f ms", (time.perf_counter() - t0) * 1000)


def release_free_heap() -> None:
    """Give the C heap that loading freed back to the OS (glibc keeps it otherwise: building the lexicons' tries
    leaves about 10 MB), so the pool's children do not inherit it as resident pages."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


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
                    _fail(_store(), get_settings(), tenant, doc, doc.job_id,
                          f"extraction exceeded the hard time limit of {exc} s")
            except TransientError:
                log.exception("could not record the hard time limit of task %s", task_id)


def _fail(store: Store, settings: Settings, tenant: str, doc: StoredDocument, job_id: str, error: str,
          timings_ms: dict[str, float] | None = None) -> str:
    if store.fail(tenant, job_id, error, timings_ms):
        notify(store, settings, tenant, job_id, doc.request.callback_url, doc.request.external_id)
    return "failed"


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
        return _fail(store, settings, tenant, doc, job.id,
                     f"gave up after {job.attempts - 1} deliveries: the worker was lost each time")
    t0 = time.perf_counter()
    try:
        source = document_source(doc.request, FetchPolicy.from_settings(settings))
        result = extract(source.text, source.reference_date, doc.request.language, document_id=doc.id)
        if source.derived:  # the offsets refer to the extracted text: the client needs it to read them
            result.text = source.text
        check_spans(result, source.text)
        data = result.model_dump(mode="json")
        payload = orjson.dumps(data)
    except SoftTimeLimitExceeded:
        return _fail(store, settings, tenant, doc, job.id,
                     f"extraction exceeded the soft time limit of {settings.soft_time_limit:g} s")
    except InputFailed as exc:
        return _fail(store, settings, tenant, doc, job.id, str(exc), {"total": _ms_since(t0)})
    except Exception as exc:  # the engine's failure is the document's outcome, not the worker's
        # The type only: messages may quote the document, and document text stays out of the logs.
        log.warning("job %s failed: %s", job.id, type(exc).__name__)
        return _fail(store, settings, tenant, doc, job.id, f"{type(exc).__name__}: {exc}", {"total": _ms_since(t0)})
    timings = dict(result.timings_ms)
    timings["task"] = _ms_since(t0)
    if store.succeed(tenant, job.id, doc, payload, timings, data):
        notify(store, settings, tenant, job.id, doc.request.callback_url, doc.request.external_id)
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
