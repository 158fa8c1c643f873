"""Finding lost jobs: open (`queued`/`running`) jobs that no broker message will ever deliver again.

Late acks and redelivery already bring back the task of a worker that died: its message waits in the
broker's `unacked` hash and kombu returns it to the queue after the visibility timeout. A job is *lost*
only when its message is gone from both places, which the broker cannot see and cannot repair:

- Redis was SIGKILLed with `appendfsync everysec` and lost the last second of writes;
- a worker took a message off the queue (BRPOP) and died, or lost Redis, before writing it to `unacked`
  (kombu does the two in separate commands);
- a task gave up retrying while Redis was unreachable, so its message was acknowledged but the job stays open.

So: take one atomic snapshot of every message waiting or unacknowledged, then list the open jobs whose
document no message mentions and that have not moved for `grace` seconds (the grace covers a message
that is on its way: between the API's store write and its publish, or inside a worker's BRPOP).
Re-sending such a job is safe: tasks are idempotent and every delivery is counted against
RECORDSMITH_MAX_ATTEMPTS, so a job cannot loop.

The job scan is a SCAN over the keyspace: its cost grows with the number of stored keys, which is why the
worker runs it every few minutes under a lock (worker/sweeper.py), not per task.
"""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
import redis

from schemas import JobStatus
from store.keys import Keys
from store.queue import EXTRACT_BATCH, EXTRACT_DOCUMENT
from store.store import raise_first_error, round_trip

_OPEN = {JobStatus.queued.value.encode(), JobStatus.running.value.encode()}
_FIELDS = ("status", "document_id", "created_at", "enqueued_at", "started_at")


@dataclass(frozen=True)
class LostJob:
    tenant: str
    job_id: str
    document_id: str
    status: str
    idle_seconds: float


def message_documents(message: Any) -> list[tuple[str, str]]:
    """(tenant, document_id) of each document an extraction task's kombu message, as stored in Redis, carries
    (one, or a batch's); none for any other message."""
    with contextlib.suppress(ValueError, TypeError, KeyError, IndexError, AttributeError):
        task = message["headers"]["task"]
        if task not in (EXTRACT_DOCUMENT, EXTRACT_BATCH):
            return []
        body = message["body"]
        if message.get("properties", {}).get("body_encoding") == "base64":
            body = base64.b64decode(body)
        tenant, documents = orjson.loads(body)[0]
        return [(str(tenant), str(d)) for d in (documents if task == EXTRACT_BATCH else [documents])]
    return []


def referenced_documents(client: redis.Redis, keys: Keys) -> set[tuple[str, str]]:
    """Documents of every extraction message waiting in any queue (not only ours: an API may send to a queue
    that another pool of workers reads) or delivered and not yet acknowledged. Read in one MULTI, so that a
    message moving between a queue and `unacked` is seen in one of them."""
    queues = list(client.scan_iter(match=f"{keys.celery_prefix}*", count=1000, _type="list"))
    pipe = client.pipeline(transaction=True)
    for queue in queues:
        pipe.lrange(queue, 0, -1)
    pipe.hvals(keys.celery_unacked)
    *waiting, unacked = pipe.execute()
    messages = [_loads(raw) for listed in waiting for raw in listed]
    messages += [entry[0] for entry in map(_loads, unacked) if isinstance(entry, list) and entry]  # [msg, ex, rk]
    return {found for message in messages for found in message_documents(message)}


def _loads(raw: bytes) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None


def _open_jobs(client: redis.Redis, keys: Keys, batch: int = 1000) -> Iterator[tuple[str, str, list[bytes | None]]]:
    """(tenant, job id, fields) of every job whose status is open, in SCAN batches with one round trip each
    (`round_trip`: a sweep reads every stored job, and redis-py's pipeline cost about 20 us of Python a job)."""
    names: list[bytes] = []

    def flush() -> Iterator[tuple[str, str, list[bytes | None]]]:
        answers = round_trip(client, [("HMGET", name, *_FIELDS) for name in names])
        raise_first_error(answers)
        for name, values in zip(names, answers, strict=True):
            if values[0] in _OPEN:
                tenant, job_id = keys.parse_job(name.decode())
                yield tenant, job_id, values
        names.clear()

    for name in client.scan_iter(match=keys.job_pattern, count=batch, _type="hash"):
        names.append(name)
        if len(names) >= batch:
            yield from flush()
    if names:
        yield from flush()


def _last_moved(values: list[bytes | None]) -> datetime:
    return max(datetime.fromisoformat(v.decode()) for v in values[2:] if v)


def find_lost_jobs(client: redis.Redis, keys: Keys, grace: float, now: datetime) -> list[LostJob]:
    """Open jobs idle for more than `grace` seconds whose document no broker message mentions."""
    referenced = referenced_documents(client, keys)
    lost = []
    for tenant, job_id, values in _open_jobs(client, keys):
        status, document = values[0], values[1]
        assert status is not None  # _open_jobs yields only jobs with an open status
        document_id = document.decode() if document else ""
        idle = (now - _last_moved(values)).total_seconds()
        if idle > grace and (tenant, document_id) not in referenced:
            lost.append(LostJob(tenant, job_id, document_id, status.decode(), idle))
    return lost
