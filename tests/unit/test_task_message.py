"""The API writes Celery's task messages itself (store.queue.task_message): they must be what Celery's own client
sends for the same task, field for field, so a worker cannot tell the two apart. Compared on a real Redis with the
installed Celery; that a worker runs them is shown by the integration tests (HTTP -> Redis -> Celery worker)."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import orjson
import pytest
from celery import Celery

from api.queue import TaskQueue
from client.embedded_redis import EmbeddedRedis
from client.logs import REQUEST_ID, TASK_HEADER
from store import Settings
from store.keys import Keys
from store.queue import DELIVER_WEBHOOK, EXTRACT_DOCUMENT, celery_config, task_queue
from store.recovery import message_documents

# Different in every message (ids, the sending process) or set by Celery only for its result backend.
_PER_MESSAGE = {"id", "root_id", "origin", "correlation_id", "delivery_tag", "reply_to"}


@pytest.fixture
def settings(redis_server: EmbeddedRedis) -> Iterator[Settings]:
    settings = Settings(redis_url=redis_server.url, key_prefix="taskmsg")
    yield settings
    client = TaskQueue(settings)
    for key in client.redis.scan_iter("taskmsg:*"):
        client.redis.delete(key)
    client.close()


def _pop(queue: TaskQueue, settings: Settings, name: str) -> dict:
    raw = queue.redis.rpop(Keys(settings.key_prefix).queue(task_queue(settings, name)))
    assert raw is not None, f"nothing on the queue of {name}"
    return orjson.loads(raw)


def _comparable(message: dict) -> dict:
    return {
        **message,
        "body": orjson.loads(base64.b64decode(message["body"])),
        "headers": {k: v for k, v in message["headers"].items() if k not in _PER_MESSAGE},
        "properties": {k: v for k, v in message["properties"].items() if k not in _PER_MESSAGE},
    }


@pytest.mark.parametrize("name", [EXTRACT_DOCUMENT, DELIVER_WEBHOOK])
def test_our_message_is_celerys_message(settings: Settings, name: str) -> None:
    celery = Celery("reference", set_as_current=False)
    celery.conf.update(celery_config(settings))
    queue = TaskQueue(settings)
    try:
        celery.send_task(name, args=["alpha", "doc_01m8g5s4tkz0yekzbyxjs27e4t"])
        theirs = _pop(queue, settings, name)
        queue.send(name, ["alpha", "doc_01m8g5s4tkz0yekzbyxjs27e4t"])
        ours = _pop(queue, settings, name)
    finally:
        celery.close()
        queue.close()
    assert _comparable(ours) == _comparable(theirs)
    assert ours["headers"]["id"] == ours["headers"]["root_id"] == ours["properties"]["correlation_id"]
    assert ours["properties"]["delivery_tag"] != theirs["properties"]["delivery_tag"]


def test_tasks_are_taken_in_the_order_sent_and_carry_the_request_id(settings: Settings) -> None:
    queue = TaskQueue(settings)
    token = REQUEST_ID.set("req-42")
    try:
        queue.send(EXTRACT_DOCUMENT, ["alpha", "doc_a"], ["alpha", "doc_b"])
        first, second = _pop(queue, settings, EXTRACT_DOCUMENT), _pop(queue, settings, EXTRACT_DOCUMENT)
    finally:
        REQUEST_ID.reset(token)
        queue.close()
    assert [*message_documents(first), *message_documents(second)] == [("alpha", "doc_a"), ("alpha", "doc_b")]
    assert first["headers"][TASK_HEADER] == "req-42" and first["headers"]["id"] != second["headers"]["id"]
