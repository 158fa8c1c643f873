"""Documents, jobs and results in Redis (redis-py, orjson), shared by the API and the worker.

Writes that must happen together (a submission, a job's start, its outcome) run as Lua scripts, so
a crash or a concurrent duplicate never leaves half a record behind. The job record is written at
submit time and is the source of truth for progress: Celery's own task state is never consulted.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, ParamSpec, TypeVar

import orjson
import redis
from pydantic import BaseModel
from redis.backoff import ExponentialWithJitterBackoff
from redis.retry import Retry

from schemas import Job, JobStatus, SubmitRequest
from store.errors import QueueFull, TransientError
from store.keys import Keys, idempotent_id, new_id
from store.settings import Settings

P = ParamSpec("P")
R = TypeVar("R")

_TRANSIENT = (redis.ConnectionError, redis.TimeoutError, redis.exceptions.BusyLoadingError)

# KEYS: job, document, documents index, queue. ARGV: document json, score, document id, queue limit (0: none),
# job field/value pairs. A retried submission is answered even when the queue is full: it adds no work.
_SUBMIT = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local limit = tonumber(ARGV[4])
if limit > 0 and redis.call('LLEN', KEYS[4]) >= limit then return -1 end
redis.call('SET', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[3])
redis.call('HSET', KEYS[1], unpack(ARGV, 5))
return 1
"""

# KEYS: job. ARGV: now. A finished job is returned untouched: redelivered tasks must not redo work.
_START = """
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return false end
if status ~= 'succeeded' and status ~= 'failed' then
  redis.call('HINCRBY', KEYS[1], 'attempts', 1)
  redis.call('HSET', KEYS[1], 'status', 'running', 'started_at', ARGV[1])
end
return redis.call('HGETALL', KEYS[1])
"""

# KEYS: job, result. ARGV: status, now, error, timings json, result json (empty: keep none).
_FINISH = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if ARGV[5] ~= '' then redis.call('SET', KEYS[2], ARGV[5]) end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'finished_at', ARGV[2], 'timings_ms', ARGV[4])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'error', ARGV[3]) else redis.call('HDEL', KEYS[1], 'error') end
return 1
"""


def now() -> datetime:
    """UTC, to the millisecond: what is stored is exactly what was returned."""
    moment = datetime.now(UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def transient(fn: Callable[P, R]) -> Callable[P, R]:
    """Redis client errors leave the store as TransientError (503 in the API, a retry in the worker)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except _TRANSIENT as exc:
            raise TransientError(f"Redis is unavailable: {exc}") from exc

    return wrapper


class StoredDocument(BaseModel):
    """A submitted document as kept in Redis: the request, plus its ids and arrival time."""

    id: str
    job_id: str
    created_at: datetime
    request: SubmitRequest


def _job_from_hash(raw: dict[bytes, bytes] | list[bytes]) -> Job:
    if isinstance(raw, list):  # HGETALL inside Lua comes back flat
        raw = dict(zip(raw[::2], raw[1::2], strict=True))
    fields = {k.decode(): v.decode() for k, v in raw.items()}
    return Job(
        id=fields["id"],
        document_id=fields["document_id"],
        status=JobStatus(fields["status"]),
        created_at=fields["created_at"],
        started_at=fields.get("started_at") or None,
        finished_at=fields.get("finished_at") or None,
        attempts=int(fields.get("attempts", 0)),
        error=fields.get("error") or None,
        timings_ms=orjson.loads(fields["timings_ms"]) if fields.get("timings_ms") else {},
    )


class Store:
    def __init__(self, client: redis.Redis, keys: Keys, queue: str = "recordsmith", max_queue_depth: int = 0) -> None:
        self.redis = client
        self.keys = keys
        self.queue = queue
        self.max_queue_depth = max_queue_depth
        self._submit = client.register_script(_SUBMIT)
        self._start = client.register_script(_START)
        self._finish = client.register_script(_FINISH)

    @classmethod
    def from_settings(cls, settings: Settings) -> Store:
        client = redis.Redis.from_url(
            settings.broker_url,
            socket_timeout=settings.redis_timeout,
            socket_connect_timeout=settings.redis_timeout,
            health_check_interval=30,
            # Fail fast: callers turn the error into a 503 or a Celery retry with its own backoff.
            retry=Retry(ExponentialWithJitterBackoff(cap=0.25, base=0.02), settings.redis_retries),
        )
        return cls(client, Keys(settings.key_prefix), settings.queue, settings.max_queue_depth)

    def close(self) -> None:
        self.redis.close()

    @transient
    def ping(self) -> bool:
        return bool(self.redis.ping())

    @transient
    def submit(self, tenant: str, request: SubmitRequest, idempotency_key: str | None = None) -> tuple[Job, bool]:
        """Store a document and its queued job; (job, True) when new, (the existing job, False) on a retry."""
        if idempotency_key is None:
            document_id, job_id = new_id("doc"), new_id("job")
        else:
            document_id = idempotent_id("doc", tenant, idempotency_key)
            job_id = idempotent_id("job", tenant, idempotency_key)
        created = now()
        doc = StoredDocument(id=document_id, job_id=job_id, created_at=created, request=request)
        job = Job(id=job_id, document_id=document_id, status=JobStatus.queued, created_at=created)
        fields = {"id": job_id, "document_id": document_id, "status": job.status.value, "created_at": _iso(created),
                  "attempts": 0}
        args: list[Any] = [doc.model_dump_json(), int(created.timestamp() * 1000), document_id, self.max_queue_depth]
        for name, value in fields.items():
            args += [name, value]
        keys = [self.keys.job(tenant, job_id), self.keys.document(tenant, document_id),
                self.keys.documents_index(tenant), self.keys.queue(self.queue)]
        outcome = self._submit(keys=keys, args=args)
        if outcome == -1:
            raise QueueFull(f"more than {self.max_queue_depth} documents are waiting; retry later")
        if outcome == 1:
            return job, True
        existing = self.get_job(tenant, job_id)
        if existing is None:  # deleted between the two calls: treat as new next time
            raise TransientError("the job changed during submission; retry")
        return existing, False

    @transient
    def queue_depth(self) -> int:
        """Tasks waiting in the broker's list (not counting those a worker has taken)."""
        return int(self.redis.llen(self.keys.queue(self.queue)))

    @transient
    def mark_enqueued(self, tenant: str, job_id: str) -> None:
        self.redis.hset(self.keys.job(tenant, job_id), "enqueued_at", _iso(now()))

    @transient
    def is_enqueued(self, tenant: str, job_id: str) -> bool:
        return bool(self.redis.hexists(self.keys.job(tenant, job_id), "enqueued_at"))

    @transient
    def get_job(self, tenant: str, job_id: str) -> Job | None:
        raw = self.redis.hgetall(self.keys.job(tenant, job_id))
        return _job_from_hash(raw) if raw else None

    @transient
    def get_document(self, tenant: str, document_id: str) -> StoredDocument | None:
        raw = self.redis.get(self.keys.document(tenant, document_id))
        return StoredDocument.model_validate_json(raw) if raw else None

    @transient
    def get_result_json(self, tenant: str, document_id: str) -> bytes | None:
        """The stored ExtractionResult, as the JSON bytes the worker wrote (served without re-parsing)."""
        return self.redis.get(self.keys.result(tenant, document_id))

    @transient
    def start_attempt(self, tenant: str, job_id: str) -> Job | None:
        """Mark the job running and count the delivery; a finished job comes back unchanged; None if gone."""
        raw = self._start(keys=[self.keys.job(tenant, job_id)], args=[_iso(now())])
        return _job_from_hash(raw) if raw else None

    @transient
    def succeed(self, tenant: str, job_id: str, document_id: str, result_json: bytes,
                timings_ms: dict[str, float]) -> bool:
        """Save the result and mark the job succeeded, together; False when the job no longer exists."""
        return bool(self._finish(
            keys=[self.keys.job(tenant, job_id), self.keys.result(tenant, document_id)],
            args=[JobStatus.succeeded.value, _iso(now()), "", orjson.dumps(timings_ms), result_json],
        ))

    @transient
    def fail(self, tenant: str, job_id: str, error: str, timings_ms: dict[str, float] | None = None) -> bool:
        return bool(self._finish(
            keys=[self.keys.job(tenant, job_id), self.keys.result(tenant, "-")],
            args=[JobStatus.failed.value, _iso(now()), error[:2000] or "failed", orjson.dumps(timings_ms or {}), ""],
        ))
