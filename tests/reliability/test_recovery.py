"""store.recovery against a real Redis: which open jobs count as lost, and which do not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from api.queue import TaskQueue
from client.embedded_redis import EmbeddedRedis
from schemas import SubmitRequest
from store import Settings, Store
from store.queue import EXTRACT_DOCUMENT
from store.recovery import find_lost_jobs, referenced_documents
from store.store import now

pytestmark = pytest.mark.integration


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    redis = EmbeddedRedis(tmp_path / "redis").start()
    yield redis.url
    redis.kill()


@pytest.fixture
def parts(redis_url: str) -> Iterator[tuple[Store, TaskQueue]]:
    settings = Settings(redis_url=redis_url, key_prefix="recovery", queue="nobody-consumes")
    store, queue = Store.from_settings(settings), TaskQueue(settings)
    yield store, queue
    queue.close()
    store.close()


def lost(store: Store, grace: float = 60, later: float = 120) -> set[str]:
    found = find_lost_jobs(store.redis, store.keys, grace, now() + timedelta(seconds=later))
    return {job.job_id for job in found}


def test_open_jobs_without_a_message_are_lost(parts: tuple[Store, TaskQueue]) -> None:
    store, queue = parts
    sent, _ = store.submit("alpha", SubmitRequest(text="sent"))
    queue.send(EXTRACT_DOCUMENT, ["alpha", sent.document_id])
    never_sent, _ = store.submit("alpha", SubmitRequest(text="never sent"))
    running, _ = store.submit("beta", SubmitRequest(text="running, its message gone"))
    store.start_attempt("beta", running.id)
    done, _ = store.submit("alpha", SubmitRequest(text="done"))
    store.fail("alpha", done.id, "finished jobs are never lost")

    assert referenced_documents(store.redis, store.keys) == {("alpha", sent.document_id)}
    assert lost(store) == {never_sent.id, running.id}
    assert lost(store, later=0) == set()  # within the grace, a message may still be on its way


def test_unacknowledged_messages_count_as_referenced(parts: tuple[Store, TaskQueue]) -> None:
    """A message a worker has taken but not acknowledged is in kombu's `unacked` hash: its job is not lost,
    the broker redelivers it after the visibility timeout."""
    store, queue = parts
    job, _ = store.submit("alpha", SubmitRequest(text="taken by a worker"))
    queue.send(EXTRACT_DOCUMENT, ["alpha", job.document_id])
    raw = store.redis.rpop(store.keys.queue(store.queue))
    store.redis.hset(store.keys.celery_unacked, "tag-1", b'[' + raw + b', "", "nobody-consumes"]')
    assert store.redis.llen(store.keys.queue(store.queue)) == 0
    assert referenced_documents(store.redis, store.keys) == {("alpha", job.document_id)}
    assert lost(store) == set()


def test_messages_in_any_queue_count_as_referenced(parts: tuple[Store, TaskQueue], redis_url: str) -> None:
    """An API configured with another queue (another pool of workers) is not ours to second-guess."""
    store, _ = parts
    other = TaskQueue(Settings(redis_url=redis_url, key_prefix="recovery", queue="another-pool"))
    job, _ = store.submit("alpha", SubmitRequest(text="waiting for the other pool"))
    other.send(EXTRACT_DOCUMENT, ["alpha", job.document_id])
    other.close()
    assert referenced_documents(store.redis, store.keys) == {("alpha", job.document_id)}
    assert lost(store) == set()


def test_every_document_of_a_batch_message_counts_as_referenced(parts: tuple[Store, TaskQueue]) -> None:
    store, queue = parts
    jobs = [store.submit("alpha", SubmitRequest(text=f"batch document {i}"))[0] for i in range(3)]
    queue.send_extracts("alpha", [job.document_id for job in jobs])  # one batch task for the three
    assert store.redis.llen(store.keys.queue(store.queue)) == 1
    assert referenced_documents(store.redis, store.keys) == {("alpha", job.document_id) for job in jobs}
    assert lost(store) == set()
