"""Celery tasks. Thin: load from the store, call the engine, check the result, save it, update the job.

Two tasks extract documents: `extract_document` (one document: a single submission, a sweeper re-send) and
`extract_batch` (the documents of one batch submission, `store.queue.extraction_tasks`). Both go through
`run_documents`, and every guarantee below holds for each document of a batch:

Failure policy (store.errors): Redis trouble (TransientError) is retried with capped exponential backoff;
anything the engine raises, a result that fails the span check, a `url` that cannot be fetched, HTML without
main text or the soft time limit end the job `failed` with the message, never retried. Every delivery is
counted on the job: a document whose task keeps killing its worker (redelivered by `task_reject_on_worker_lost`)
is failed after RECORDSMITH_MAX_ATTEMPTS deliveries of its own (a batch's may have had one more, shared: below). A
job that ends sends its webhook (worker.webhooks), if it has one, as a task of its own.

A batch, BATCH_SIZE documents at a time (`extractor.BATCH_SIZE`). The documents never started (their jobs still
`queued`, never in a run before) join a run: their starts go to Redis together, with the outcomes of the documents
before, in one round trip (`store.JobWrites.join`), and the engine reads them at once (`extract_many`: each stage
over all of them, 10-17% less CPU a document than one by one, the same records). A run is one delivery shared by
its documents (`shared_at` on each job): a worker lost in it cannot be laid on one of them, so it counts against
none. A run that raises, or overruns its soft limit, has its documents run again one by one within the same
delivery, each under its own soft limit, so that only the one at fault fails and every other keeps the outcome it
would have had alone; a document whose own time in a run that ended in time (its input, its stages, its check)
is over its soft limit fails as it would alone. A document started before (a redelivery's) runs alone, on a delivery
of its own, one at a time: a redelivered batch skips the finished documents, and runs each document of a run whose
worker was lost alone; from then on a lost worker counts one more delivery on the one document that was running,
and so a document that keeps killing its worker is failed once it has killed RECORDSMITH_MAX_ATTEMPTS workers
alone (at most one more, the run's, when it was one of a run's); the documents after it were never started and
keep their count. Time limits are each document's: alone, each has its own soft limit (`DocumentSoftLimit`,
RECORDSMITH_TASK_TIME_LIMIT's soft share, as a task of its own has); a run has its documents' own added up, ending
no later than a document started last would end its own. A batch starts documents and runs only during its first
`batch_time_limit - task_time_limit` seconds and hands the rest on in a new batch task, and its hard limit
(`Settings.batch_time_limit`, below the visibility timeout) is thus never shorter than a document's own (Celery's
soft limit of a batch, `batch_soft_time_limit`, comes after any document's or run's own). A document that ignores
its soft limit is killed by the batch's hard limit (`ExtractTask.on_failure`): running alone, that document fails;
in a run, any of the run's documents may be the one at fault, so they all go on in a new task with the unstarted
documents, where each runs alone and the one at fault meets the hard limit alone.
"""

from __future__ import annotations

import collections
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

from extractor import BATCH_SIZE, Request, extract, extract_many
from extractor import warm_up as warm_up_engine
from schemas import ExtractionResult, JobStatus, check_spans
from store import Settings, Store, StoredDocument, TransientError, get_settings
from store.queue import EXTRACT_BATCH, EXTRACT_DOCUMENT, extraction_tasks
from worker.fetch import FetchPolicy
from worker.inputs import InputFailed, Source, document_source
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
    whole task: a SIGALRM timer of this process, armed for each document in turn (`with limit:`) or for a run of
    documents (`with limit.lasting(seconds):`), its handler installed once for all of a task's documents
    (`installed`: installing it cost several times the timer itself). None, or outside the main thread: no timer
    of our own, the task's limit applies."""

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

    @contextlib.contextmanager
    def lasting(self, seconds: float) -> Iterator[None]:
        """The timer armed for `seconds` rather than a document's own limit (a run of documents)."""
        if self.seconds is None:
            yield
            return
        signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    def __enter__(self) -> None:
        if self.seconds is not None:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.seconds is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)


@dataclass
class Outcomes:
    """The documents' outcomes, queued on the store's writes and sent with the next round trip (the start of the
    next document or run, or `close`); a webhook goes once Redis has confirmed its job's outcome. Starts are posted
    (`post_start`, `post_joins`) and their answers read (`confirm`) in two steps."""

    store: Store
    settings: Settings
    tenant: str
    batch: bool = False  # stage timings observed in the histogram once, at `close` (`JobWrites`)

    def __post_init__(self) -> None:
        self.writes = self.store.writes(defer_observations=self.batch)
        self.queued: list[StoredDocument] = []  # the documents whose outcome is queued, in order
        self.posted: list[StoredDocument] = []  # those whose outcome was posted, not yet confirmed
        self.posted_starts = 0  # the starts posted after them

    def post_start(self, doc: StoredDocument) -> None:
        """Send the queued outcomes with the start of `doc`'s own delivery; `confirm` reads the answer."""
        self.writes.start(self.tenant, doc.job_id, brief=True)
        self._post(starts=1)

    def post_joins(self, docs: Sequence[StoredDocument]) -> None:
        """Send the queued outcomes with the start, as one run, of those of `docs` never started
        (`store.JobWrites.join`); `confirm` reads the answers."""
        for doc in docs:
            self.writes.join(self.tenant, doc.job_id)
        self._post(starts=len(docs))

    def confirm(self) -> list[Any]:
        """The answers of the starts posted, in order: a start's is `store.Started` (None when the job is gone), a
        join's (`store.Started` or None, whether the job joined the run)."""
        docs, self.posted = self.posted, []
        starts, self.posted_starts = self.posted_starts, 0
        answers = self.writes.collect()  # raising (Redis down), nothing is left posted: the task is retried
        started = answers[len(answers) - starts:] if starts else []
        self._notify(docs, answers[:len(answers) - starts])
        return started

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
            self._post(starts=0, flush=True)
            self.confirm()
            if self.writes.observed:
                self._post(starts=0, flush=True)
                self.confirm()
        finally:
            self.writes.release()

    def _post(self, starts: int, flush: bool = False) -> None:
        self.posted, self.queued = self.queued, []
        self.posted_starts = starts
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
        return checked_outcome(source, result, t0)
    except Exception as exc:
        return failure(settings, doc, exc, t0)


def run_outcomes(settings: Settings, docs: Sequence[StoredDocument], soft_limit: DocumentSoftLimit,
                 policy: FetchPolicy, seconds: float | None) -> list[Outcome] | None:
    """Run the engine on the documents of a run at once (`extract_many`: each stage over all of them), within
    `seconds` (a soft limit for the whole run, None: the task's): the outcome of each, as `extract_document_outcome`
    gives it, a document whose own time (its input, stages and check) passed its soft limit failed as it would be
    alone. None when the run raised or overran: one document made the engine raise, or ran too long, and which one
    only running them one by one can tell."""
    sources, spent = [], []
    try:
        with contextlib.ExitStack() as armed:
            if seconds is not None:
                armed.enter_context(soft_limit.lasting(seconds))
            for doc in docs:
                t0 = time.perf_counter()
                sources.append(document_source(doc.request, policy))
                spent.append(time.perf_counter() - t0)
            results = extract_many([Request(source.text, source.reference_date, doc.request.language, doc.id)
                                    for doc, source in zip(docs, sources, strict=True)])
    except Exception:  # SoftTimeLimitExceeded too
        return None
    outcomes = []
    for doc, source, result, source_s in zip(docs, sources, results, spent, strict=True):
        # the document's own clock: what it took alone, the other documents' stages left out
        t0 = time.perf_counter() - source_s - result.timings_ms["total"] / 1000
        try:
            if soft_limit.seconds is not None and time.perf_counter() - t0 > soft_limit.seconds:
                raise SoftTimeLimitExceeded()  # alone, its limit would have stopped it
            outcome = checked_outcome(source, result, t0)
        except Exception as exc:
            outcome = failure(settings, doc, exc, t0)
        outcomes.append(outcome)
    return outcomes


def checked_outcome(source: Source, result: ExtractionResult, t0: float) -> Outcome:
    """A result the engine gave for a document whose work started at `t0` (`time.perf_counter()`), checked and in
    JSON (raising if its spans do not hold)."""
    if source.derived:  # the offsets refer to the extracted text: the client needs it to read them
        result.text = source.text
    check_spans(result, source.text)
    payload = result_json(result)
    timings = dict(result.timings_ms)
    timings["task"] = _ms_since(t0)
    return "succeed", (payload, timings, result)


def failure(settings: Settings, doc: StoredDocument, exc: Exception, t0: float) -> Outcome:
    """The outcome of a document whose work (started at `t0`) raised `exc`."""
    if isinstance(exc, SoftTimeLimitExceeded):
        return "fail", (f"extraction exceeded the soft time limit of {settings.soft_time_limit:g} s",)
    if isinstance(exc, InputFailed):
        return "fail", (str(exc), {"total": _ms_since(t0)})
    # The engine's failure is the document's outcome, not the worker's. The type only in the log: messages may
    # quote the document, and document text stays out of the logs.
    log.warning("job %s failed: %s", doc.job_id, type(exc).__name__)
    return "fail", (f"{type(exc).__name__}: {exc}", {"total": _ms_since(t0)})


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


# How a document of a delivery is still to be done: `new` (not looked at yet: it joins a run if it was never
# started), `alone` (its own start, then the engine on it alone), `again` (it joined this delivery's run, which
# raised or overran: the engine on it alone, with no new start).
Todo = tuple[str, str, StoredDocument | None]


class Delivery:
    """One delivery of a task's documents (`run_documents`)."""

    def __init__(self, store: Store, settings: Settings, tenant: str, retries: int, batch: bool,
                 soft_limit: float | None, start_until: float | None) -> None:
        self.store, self.settings, self.tenant, self.retries = store, settings, tenant, retries
        self.outcomes = Outcomes(store, settings, tenant, batch=batch)
        self.limit = DocumentSoftLimit(soft_limit)
        self.policy = FetchPolicy.from_settings(settings)
        self.start_until = start_until
        self.statuses: dict[str, str] = {}

    def due(self, how: str) -> bool:
        """Whether the batch's starting time is over: once a document is done (so that a task always does one),
        or at once for a run's documents to run again (their first, alone, might not have its hard limit's time)."""
        return self.start_until is not None and (bool(self.statuses) or how == "again") and \
            time.monotonic() >= self.start_until

    def alone(self, document_id: str, doc: StoredDocument) -> None:
        """The document's own delivery: its start, then the engine on it alone unless its job is done or gone, or
        its own deliveries have reached RECORDSMITH_MAX_ATTEMPTS (a worker lost each time it ran alone)."""
        self.outcomes.post_start(doc)
        started = self.outcomes.confirm()
        job = started[0] if started else None
        if job is None:
            self.statuses[document_id] = "missing"
        elif job.status.finished:  # a redelivery of work already done: tasks are idempotent
            self.statuses[document_id] = job.status.value
        elif job.own_attempts - self.retries > self.settings.max_attempts:
            self.statuses[document_id] = self.outcomes.fail(
                doc, f"gave up after {job.attempts - 1} deliveries: the worker was lost each time")
        else:
            self.again(document_id, doc)

    def again(self, document_id: str, doc: StoredDocument) -> None:
        """The engine on a started document alone, under its own soft limit."""
        self.statuses[document_id] = record(self.outcomes, doc, extract_document_outcome(
            self.settings, doc, self.limit, self.policy))

    def run(self, group: list[tuple[str, StoredDocument]]) -> list[Todo]:
        """Start the group's documents never started as one run, in one round trip, and run the engine on them
        at once; what is left to do alone: the documents that did not join (a redelivery's: started before), and
        the run's own if it raised or overran."""
        self.outcomes.post_joins([doc for _, doc in group])
        joined: list[tuple[str, StoredDocument]] = []
        left: list[Todo] = []
        for (document_id, doc), (job, now) in zip(group, self.outcomes.confirm(), strict=True):
            if now:
                joined.append((document_id, doc))
            elif job is None:
                self.statuses[document_id] = "missing"
            elif job.status.finished:
                self.statuses[document_id] = job.status.value
            else:
                left.append(("alone", document_id, doc))
        if not joined:
            return left
        outcomes = run_outcomes(self.settings, [doc for _, doc in joined], self.limit, self.policy,
                                self.run_seconds(len(joined)))
        if outcomes is None:
            again: list[Todo] = [("again", document_id, doc) for document_id, doc in joined]
            return again + left
        for (document_id, doc), outcome in zip(joined, outcomes, strict=True):
            self.statuses[document_id] = record(self.outcomes, doc, outcome)
        return left

    def run_seconds(self, documents: int) -> float | None:
        """A run's soft limit: each document's own, added up, but over by the time a document started last
        (at `start_until`) would have its own soft limit over, so that the batch's hard limit never comes first."""
        own = self.limit.seconds
        if own is None:
            return None
        if self.start_until is None:
            return documents * own
        return min(documents * own, self.start_until + own - time.monotonic())


def run_documents(store: Store, settings: Settings, tenant: str, document_ids: Sequence[str], retries: int,
                  soft_limit: float | None = None, start_until: float | None = None) -> dict[str, str]:
    """Do one delivery of the documents' jobs, in order: each document's final status (or why nothing was done:
    `missing`; `handed on` for those left for a new task because the batch reached `start_until`, a
    `time.monotonic()` deadline after which no document or run is started, once one has been).

    A batch's documents go BATCH_SIZE at a time: those never started join a run (their starts in one round trip,
    with the outcomes before), and the engine reads them at once (`run_outcomes`); a run that raises or overruns
    its soft limit has its documents run again one by one, so that only the one at fault fails. A document that
    was started before (a redelivery's, or a run's whose worker was lost) has its own start and runs alone, so
    that one whose deliveries keep killing the worker is failed without running the engine again."""
    docs = store.get_documents(tenant, document_ids)
    delivery = Delivery(store, settings, tenant, retries, len(document_ids) > 1, soft_limit, start_until)
    todo: collections.deque[Todo] = collections.deque(
        ("new", document_id, doc) for document_id, doc in zip(document_ids, docs, strict=True))
    statuses = delivery.statuses
    try:
        with delivery.limit.installed():
            while todo:
                how, document_id, doc = todo[0]
                if delivery.due(how):
                    rest = [document_id for _, document_id, _ in todo]
                    hand_on(tenant, rest)
                    statuses.update(dict.fromkeys(rest, "handed on"))
                    break
                if doc is None:
                    log.warning("document %s of tenant %s is gone; nothing to do", document_id, tenant)
                    statuses[document_id] = "missing"
                    todo.popleft()
                elif how == "new" and len(todo) > 1 and todo[1][0] == "new":
                    todo.extendleft(reversed(delivery.run(next_group(todo))))
                else:
                    todo.popleft()
                    (delivery.alone if how != "again" else delivery.again)(document_id, doc)
    finally:
        with contextlib.suppress(TransientError):  # Redis is down: the task's retry does these documents again
            delivery.outcomes.close()
    return {document_id: statuses[document_id] for document_id in document_ids if document_id in statuses}


def next_group(todo: collections.deque[Todo]) -> list[tuple[str, StoredDocument]]:
    """Take the next documents not looked at yet, up to BATCH_SIZE, off the front of `todo` (a gone one stays)."""
    group: list[tuple[str, StoredDocument]] = []
    while todo and len(group) < BATCH_SIZE:
        how, document_id, doc = todo[0]
        if how != "new" or doc is None:
            break
        todo.popleft()
        group.append((document_id, doc))
    return group


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
    """After a task was killed at its hard limit: fail the document that was running alone, hand on those not
    started and those of a run (any of them may be the one at fault: alone, the next task will tell)."""
    docs = [doc for doc in store.get_documents(tenant, document_ids) if doc is not None]
    outcomes = Outcomes(store, settings, tenant)
    waiting = []
    for doc, job in zip(docs, store.deliveries(tenant, [doc.job_id for doc in docs]), strict=True):
        if job is not None and job.status is JobStatus.running and not job.in_run:
            outcomes.fail(doc, error)
        elif job is not None and job.status in (JobStatus.queued, JobStatus.running):
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

    try:
        return _retry_on_redis_trouble(self, f"a batch of {len(document_ids)} documents", run)
    finally:
        # A run holds 25 documents' stages and records at once; the C heap they leave free goes back to the OS
        # after each batch, not kept at the run's peak (bench.worker_memory: 251 -> 249 MiB for the worker and
        # its 2 children after 9,784 articles; malloc_trim costs well under a millisecond a batch).
        release_free_heap()
