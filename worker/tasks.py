"""Celery tasks. Thin: load from the store, call the engine, check the result, save it, update the job.

Two tasks extract documents: `extract_document` (one document: a single submission, a sweeper re-send) and
`extract_batch` (the documents of one batch submission, `store.queue.extraction_tasks`). Both run the same
per-document steps (`run_documents`), and every guarantee below holds for each document of a batch:

Failure policy (store.errors): Redis trouble (TransientError) is retried with capped exponential backoff;
anything the engine raises, a result that fails the span check, a `url` that cannot be fetched, HTML without
main text or the soft time limit end the job `failed` with the message, never retried. Every delivery is
counted on the job: a document whose task keeps killing its worker (redelivered by `task_reject_on_worker_lost`)
is failed after RECORDSMITH_MAX_ATTEMPTS deliveries. A job that ends sends its webhook (worker.webhooks), if it
has one, as a task of its own.

A batch, one document after the other. Redis sees one round trip per document: the outcome of the previous
document goes with the start of the next (`store.JobWrites`), so at most one document of a batch is `running`,
and a delivery is counted on a document only when it is reached. That round trip also reads the state of the
next document's job: a document never started before runs in the engine while its start is in flight (sent
before the engine runs, read after), so the worker does not sit idle waiting for Redis. A redelivered batch
skips the finished documents, counts one more delivery on the one that was running when its worker died, and so
fails only that one once it has killed RECORDSMITH_MAX_ATTEMPTS workers; the documents after it were never
started and keep their count. Time limits are per document: each has its own soft limit (`DocumentSoftLimit`,
RECORDSMITH_TASK_TIME_LIMIT's soft share, as a task of its own has); a batch starts documents only during its
first `batch_time_limit - task_time_limit` seconds and hands the rest on in a new batch task, and its hard limit
(`Settings.batch_time_limit`, below the visibility timeout) is thus never shorter than a document's own
(Celery's soft limit of a batch, `batch_soft_time_limit`, comes after any document's own). A document that
ignores its soft limit is killed by the batch's hard limit: that document fails, the batch's unstarted documents
go on in a new task (`ExtractTask.on_failure`).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import operator
import random
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from billiard.einfo import ExceptionInfo
from billiard.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from celery import Task, shared_task
from celery.signals import celeryd_after_setup
from kombu.exceptions import OperationalError

from extractor import extract
from extractor import warm_up as warm_up_engine
from schemas import ExtractionResult, JobStatus, check_spans
from store import Settings, Store, StoredDocument, TransientError, get_settings
from store.queue import EXTRACT_BATCH, EXTRACT_DOCUMENT, extraction_tasks
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


class DocumentSoftLimit:
    """Raise SoftTimeLimitExceeded in the engine after `seconds` of wall time, as Celery's soft limit does for a
    whole task: a SIGALRM timer of this process, armed for each document in turn (`with limit:`), its handler
    installed once for all of a task's documents (`installed`: installing it cost several times the timer
    itself). None, or outside the main thread: no timer of our own, the task's limit applies."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds if threading.current_thread() is threading.main_thread() else None

    @contextlib.contextmanager
    def installed(self) -> Iterator[DocumentSoftLimit]:
        if self.seconds is None:
            yield self
            return

        def expire(signum: int, frame: Any) -> None:
            raise SoftTimeLimitExceeded()

        previous = signal.signal(signal.SIGALRM, expire)
        try:
            yield self
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    def __enter__(self) -> None:
        if self.seconds is not None:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.seconds is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)


@dataclass
class Outcomes:
    """The documents' outcomes, queued on the store's writes and sent with the next round trip (the start of the
    next document, or `close`); a webhook goes once Redis has confirmed its job's outcome. A start is posted
    (`post_start`) and confirmed (`confirm`) in two steps, so the engine can run between them."""

    store: Store
    settings: Settings
    tenant: str
    batch: bool = False  # stage timings observed in the histogram once, at `close` (`JobWrites`)

    def __post_init__(self) -> None:
        self.writes = self.store.writes(defer_observations=self.batch)
        self.queued: list[StoredDocument] = []  # the documents whose outcome is queued, in order
        self.posted: list[StoredDocument] = []  # those whose outcome was posted, not yet confirmed
        self.posted_start = False

    def post_start(self, doc: StoredDocument, peek: StoredDocument | None = None) -> None:
        """Send the queued outcomes with the start of `doc`'s delivery, and, given `peek`, a read of that
        document's job state (for the next round of `run_documents`); `confirm` reads the answers."""
        self.writes.start(self.tenant, doc.job_id, brief=True, peek=peek.job_id if peek is not None else None)
        self._post(start=True)

    def confirm(self) -> tuple[Any, tuple[str, int] | None]:
        """The answers of what was posted: the started job's status and attempts (`store.Started`, None when it
        is gone) and the peeked job's (status, attempts), None when it is gone or was not asked for."""
        docs, self.posted = self.posted, []
        start, self.posted_start = self.posted_start, False
        answers = self.writes.collect()  # raising (Redis down), nothing is left posted: the task is retried
        if not answers:  # nothing was posted (or posting failed: Redis down)
            return None, None
        job, peeked = answers.pop() if start else (None, None)
        self._notify(docs, answers)
        return job, peeked

    def succeed(self, doc: StoredDocument, payload: bytes, timings: dict[str, float], result: ExtractionResult
                ) -> str:
        self.writes.succeed(self.tenant, doc.job_id, doc, payload, timings, result)
        self.queued.append(doc)
        return "succeeded"

    def fail(self, doc: StoredDocument, error: str, timings: dict[str, float] | None = None) -> str:
        self.writes.fail(self.tenant, doc.job_id, error, timings)
        self.queued.append(doc)
        return "failed"

    def close(self) -> None:
        """Confirm what is posted, send what is queued, and the stage timings observed (a batch: one more round
        trip for those of the outcomes just confirmed), then give the writes' connection back."""
        try:
            self.confirm()
            self._post(start=False, flush=True)
            self.confirm()
            if self.writes.observed:
                self._post(start=False, flush=True)
                self.confirm()
        finally:
            self.writes.release()

    def _post(self, start: bool, flush: bool = False) -> None:
        self.posted, self.queued = self.queued, []
        self.posted_start = start
        self.writes.post(flush)

    def _notify(self, docs: list[StoredDocument], written: list[bool]) -> None:
        for doc, done in zip(docs, written, strict=True):
            if done:
                notify(self.store, self.settings, self.tenant, doc.job_id, doc.request.callback_url,
                       doc.request.external_id)


# What `extract_document_outcome` makes of a document: the outcome to queue (Outcomes.succeed's or .fail's arguments
# after the document).
Outcome = tuple[str, tuple[Any, ...]]


def extract_document_outcome(settings: Settings, doc: StoredDocument, soft_limit: DocumentSoftLimit,
                             policy: FetchPolicy | None = None) -> Outcome:
    """Run the engine on one document, within `soft_limit` (installed): the outcome to record for it (nothing is
    written here). `policy`: the settings' fetch policy, when the caller has it (a batch makes it once)."""
    t0 = time.perf_counter()
    try:
        with soft_limit:
            source = document_source(doc.request, policy or FetchPolicy.from_settings(settings))
            result = extract(source.text, source.reference_date, doc.request.language, document_id=doc.id)
        if source.derived:  # the offsets refer to the extracted text: the client needs it to read them
            result.text = source.text
        check_spans(result, source.text)
        payload = result_json(result)
    except SoftTimeLimitExceeded:
        return "fail", (f"extraction exceeded the soft time limit of {settings.soft_time_limit:g} s",)
    except InputFailed as exc:
        return "fail", (str(exc), {"total": _ms_since(t0)})
    except Exception as exc:  # the engine's failure is the document's outcome, not the worker's
        # The type only: messages may quote the document, and document text stays out of the logs.
        log.warning("job %s failed: %s", doc.job_id, type(exc).__name__)
        return "fail", (f"{type(exc).__name__}: {exc}", {"total": _ms_since(t0)})
    timings = dict(result.timings_ms)
    timings["task"] = _ms_since(t0)
    return "succeed", (payload, timings, result)


# A model's fields, for orjson: a C callable, no Python frame for each of a result's fifty-odd models (15 K
# instructions a document fewer than a function returning `model.__dict__`).
_fields = operator.attrgetter("__dict__")


def result_json(result: ExtractionResult) -> bytes:
    """The result as JSON: the bytes `orjson.dumps(result.model_dump(mode="json"))` gives (the result's models
    declare no serialisers, aliases or exclusions, so a model's JSON is its fields in order: a test compares the
    two), with orjson reading each model's fields itself, at half the cost of pydantic's dump."""
    return orjson.dumps(result, default=_fields)


def record(outcomes: Outcomes, doc: StoredDocument, outcome: Outcome) -> str:
    """Queue a document's outcome; returns the job's final status."""
    kind, args = outcome
    return outcomes.succeed(doc, *args) if kind == "succeed" else outcomes.fail(doc, *args)


def fresh(state: tuple[str, int] | None, retries: int, settings: Settings) -> bool:
    """Whether a job peeked at (status, attempts) is one this delivery will surely run: never started (`queued`)
    and, once this delivery is counted, within RECORDSMITH_MAX_ATTEMPTS. Its engine may then run before Redis has
    confirmed the start (a delivery that dies in it is counted all the same: the start was sent first)."""
    return state is not None and state[0] == JobStatus.queued.value and \
        state[1] + 1 - retries <= settings.max_attempts


def run_documents(store: Store, settings: Settings, tenant: str, document_ids: Sequence[str], retries: int,
                  soft_limit: float | None = None, start_until: float | None = None) -> dict[str, str]:
    """Do one delivery of the documents' jobs, in order: each document's final status (or why nothing was done:
    `missing`; `handed on` for those left for a new task because the batch reached `start_until`, a
    `time.monotonic()` deadline after which no document is started, once one has been).

    Each round trip also peeks at the next document's job: when it is fresh (never started), the next round
    trip is not waited for before the engine runs on that document: its answers are read once the engine is
    done, and the outcome is queued only if the start is confirmed (the job still there, not finished). A
    document that is not fresh (a redelivered batch's running or finished one) waits for its start's answer, so
    that one whose deliveries keep killing the worker is failed without running the engine again. (Right after
    a Redis restart, a start script Redis does not know yet runs only once its answer is read: that one delivery
    goes uncounted if it kills the worker.)"""
    statuses: dict[str, str] = {}
    docs = store.get_documents(tenant, document_ids)
    outcomes = Outcomes(store, settings, tenant, batch=len(document_ids) > 1)
    peeked: tuple[str, int] | None = None  # the state of the job of the document about to start, if known
    limit = DocumentSoftLimit(soft_limit)
    policy = FetchPolicy.from_settings(settings)
    try:
        with limit.installed():
            for position, (document_id, doc) in enumerate(zip(document_ids, docs, strict=True)):
                if start_until is not None and statuses and time.monotonic() >= start_until:
                    rest = list(document_ids[position:])
                    hand_on(tenant, rest)
                    statuses.update(dict.fromkeys(rest, "handed on"))
                    break
                if doc is None:
                    log.warning("document %s of tenant %s is gone; nothing to do", document_id, tenant)
                    statuses[document_id] = "missing"
                    peeked = None
                    continue
                following = docs[position + 1] if position + 1 < len(docs) else None
                outcomes.post_start(doc, peek=following)
                ahead = extract_document_outcome(settings, doc, limit, policy) if fresh(peeked, retries, settings) \
                    else None
                job, peeked = outcomes.confirm()
                if job is None:
                    statuses[document_id] = "missing"
                elif job.status.finished:  # a redelivery of work already done: tasks are idempotent
                    statuses[document_id] = job.status.value
                elif job.attempts - retries > settings.max_attempts:
                    statuses[document_id] = outcomes.fail(
                        doc, f"gave up after {job.attempts - 1} deliveries: the worker was lost each time")
                else:
                    statuses[document_id] = record(outcomes, doc, ahead or extract_document_outcome(
                        settings, doc, limit, policy))
    finally:
        with contextlib.suppress(TransientError):  # Redis is down: the task's retry does these documents again
            outcomes.close()
    return statuses


def run_extraction(store: Store, settings: Settings, tenant: str, document_id: str, retries: int) -> str:
    """Do one delivery of a document's job (Celery's soft limit applies); returns the job's final status."""
    return run_documents(store, settings, tenant, [document_id], retries)[document_id]


def hand_on(tenant: str, document_ids: list[str]) -> None:
    """Send documents a batch could not start in its time as new tasks (the broker down: a TransientError, and
    the batch is retried)."""
    try:
        for name, args in extraction_tasks(tenant, document_ids, len(document_ids)):
            (extract_batch if name == EXTRACT_BATCH else extract_document).apply_async(args=args)
    except OperationalError as exc:
        raise TransientError(f"the queue is unreachable: {exc}") from exc


def _ms_since(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 3)


class ExtractTask(Task):
    def on_failure(self, exc: Exception, task_id: str, args: Any, kwargs: Any, einfo: ExceptionInfo) -> None:
        # The hard time limit killed the child; the main process reports it here. The job must not stay
        # `running`, and a batch's documents not started yet must go on. (Other failures were already recorded
        # by the task itself, or could not be: Redis down.)
        if not isinstance(exc, TimeLimitExceeded):
            return
        tenant, documents = args
        document_ids = documents if self.name == EXTRACT_BATCH else [documents]
        settings, store = get_settings(), _store()
        try:
            stopped(store, settings, tenant, document_ids, f"extraction exceeded the hard time limit of {exc} s")
        except TransientError:
            log.exception("could not record the hard time limit of task %s", task_id)


def stopped(store: Store, settings: Settings, tenant: str, document_ids: Sequence[str], error: str) -> None:
    """After a task was killed at its hard limit: fail the document that was running, hand on those not started."""
    docs = [doc for doc in store.get_documents(tenant, document_ids) if doc is not None]
    outcomes = Outcomes(store, settings, tenant)
    waiting = []
    for doc in docs:
        job = store.get_job(tenant, doc.job_id)
        if job is not None and job.status is JobStatus.running:
            outcomes.fail(doc, error)
        elif job is not None and job.status is JobStatus.queued:
            waiting.append(doc.id)
    outcomes.close()
    if waiting:
        hand_on(tenant, waiting)


def _retry_on_redis_trouble(task: Task, what: str, run: Any) -> Any:
    settings = get_settings()
    try:
        return run(settings)
    except TransientError as exc:
        log.warning("Redis unavailable for %s (retry %d): %s", what, task.request.retries, exc)
        raise task.retry(exc=exc, countdown=backoff(task.request.retries),
                         max_retries=settings.transient_retries) from exc


@shared_task(name=EXTRACT_DOCUMENT, bind=True, base=ExtractTask)
def extract_document(self: Task, tenant: str, document_id: str) -> str:
    return _retry_on_redis_trouble(self, document_id, lambda settings: run_extraction(
        _store(), settings, tenant, document_id, self.request.retries))


@shared_task(name=EXTRACT_BATCH, bind=True, base=ExtractTask)
def extract_batch(self: Task, tenant: str, document_ids: list[str]) -> dict[str, int]:
    """Returns how many documents ended in each status: Celery writes the return value's repr for every task
    (about 250 us for the statuses of 25 documents, 17 us for their counts); each job's own is in Redis."""
    started = time.monotonic()

    def run(settings: Settings) -> dict[str, int]:
        budget = settings.batch_time_limit - settings.task_time_limit
        return dict(Counter(run_documents(_store(), settings, tenant, document_ids, self.request.retries,
                                          soft_limit=settings.soft_time_limit, start_until=started + budget
                                          ).values()))

    return _retry_on_redis_trouble(self, f"a batch of {len(document_ids)} documents", run)
