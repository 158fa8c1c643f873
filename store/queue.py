"""The queue contract shared by the API (which only sends) and the worker: task names, their queues, the
message format, Celery settings.

Plain data, no Celery import: the API writes Celery's messages itself (`task_message`), the worker builds a full
Celery app from `celery_config`.
"""

from __future__ import annotations

import base64
import os
import socket
import uuid
from collections.abc import Sequence
from typing import Any

import orjson

from store.keys import Keys
from store.settings import Settings

EXTRACT_DOCUMENT = "recordsmith.extract_document"
EXTRACT_BATCH = "recordsmith.extract_batch"
DELIVER_WEBHOOK = "recordsmith.deliver_webhook"


def extraction_tasks(tenant: str, document_ids: Sequence[str], batch_task_size: int) -> list[tuple[str, list[Any]]]:
    """The tasks (name, args) that extract new documents: a lone document gets `extract_document`; more are
    split into `extract_batch` tasks of at most `batch_task_size` documents, of about equal size (50 documents
    with a size of 25 make two tasks of 25, 60 make three of 20), so a batch is spread over worker processes
    while each message still carries many documents."""
    if len(document_ids) <= 1:
        return [(EXTRACT_DOCUMENT, [tenant, d]) for d in document_ids]
    tasks = -(-len(document_ids) // batch_task_size)
    size = -(-len(document_ids) // tasks)
    return [(EXTRACT_BATCH, [tenant, list(document_ids[i:i + size])]) for i in range(0, len(document_ids), size)]


def webhook_queue(settings: Settings) -> str:
    """Webhook deliveries wait in a queue of their own, which workers read in turn with the documents' queue:
    a backlog of documents does not hold back the news of those already done."""
    return f"{settings.queue}.webhooks"


def task_queue(settings: Settings, name: str) -> str:
    """The queue a task is sent to: webhook deliveries to theirs, every other task to the documents' queue."""
    return webhook_queue(settings) if name == DELIVER_WEBHOOK else settings.queue


# Celery's message options that the worker reads and that we leave at Celery's defaults.
_NO_WORKFLOW = {"callbacks": None, "errbacks": None, "chain": None, "chord": None}


def task_message(name: str, args: Sequence[Any], queue: str, headers: dict[str, str] | None = None) -> bytes:
    """The message Celery's own client puts on a kombu Redis queue for `send_task(name, args)` (task protocol 2,
    a JSON body in base64), ready for an LPUSH onto `Keys.queue(queue)`: publishing takes one Redis command and no
    Celery import, and a worker cannot tell it from Celery's (tests/unit/test_task_message.py compares the two).
    `headers` are added to the task's headers, where a worker reads them as `task.request.<name>`."""
    task_id = str(uuid.uuid4())
    body = orjson.dumps([list(args), {}, _NO_WORKFLOW])
    return orjson.dumps({
        "body": base64.b64encode(body).decode(),
        "content-encoding": "utf-8",
        "content-type": "application/json",
        "headers": {
            "lang": "py", "task": name, "id": task_id, "shadow": None, "eta": None, "expires": None, "group": None,
            "group_index": None, "retries": 0, "timelimit": [None, None], "root_id": task_id, "parent_id": None,
            "argsrepr": repr(list(args)), "kwargsrepr": "{}", "origin": f"gen{os.getpid()}@{socket.gethostname()}",
            "ignore_result": None, "replaced_task_nesting": 0, "stamped_headers": None, "stamps": {},
            **(headers or {}),
        },
        "properties": {
            "correlation_id": task_id, "delivery_mode": 2, "delivery_info": {"exchange": "", "routing_key": queue},
            "priority": 0, "body_encoding": "base64", "delivery_tag": str(uuid.uuid4()),
        },
    })


def celery_config(settings: Settings) -> dict[str, Any]:
    keys = Keys(settings.key_prefix)
    restore_interval = max(1, min(10, int(settings.visibility_timeout / 4)))
    return {
        "broker_url": settings.broker_url,
        "broker_connection_retry_on_startup": True,
        "broker_transport_options": {
            # Above the hard time limit, or a task still running is redelivered and runs twice.
            "visibility_timeout": settings.visibility_timeout,
            # kombu sweeps for tasks of dead workers every interval x throttle seconds (100 s by default):
            # sweep a few times per visibility timeout, so a lost task is back within about 1.25 timeouts.
            "unacked_restore_interval": restore_interval,
            "unacked_restore_throttle": 1,
            # A worker killed during a sweep holds the sweep's mutex until it expires.
            "unacked_mutex_expire": int(max(10.0, min(300.0, settings.visibility_timeout))),
            "global_keyprefix": keys.celery_prefix,
            "socket_timeout": settings.redis_timeout,
            "socket_connect_timeout": settings.redis_timeout,
            "health_check_interval": 30,
        },
        # A worker's publishing (webhook deliveries, the sweeper's re-sends) must fail fast when Redis is down.
        "task_publish_retry_policy": {"max_retries": 2, "interval_start": 0.1, "interval_step": 0.2,
                                      "interval_max": 0.5},
        "task_default_queue": settings.queue,
        "task_routes": {name: {"queue": task_queue(settings, name)} for name in (EXTRACT_DOCUMENT, EXTRACT_BATCH,
                                                                                  DELIVER_WEBHOOK)},
        "task_serializer": "json",
        "accept_content": ["json"],
        "task_ignore_result": True,
        "result_backend": None,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1,
        "task_time_limit": settings.task_time_limit,
        "task_soft_time_limit": settings.soft_time_limit,
        # A batch times each document itself (worker/tasks.py); Celery's limits are the batch's.
        "task_annotations": {EXTRACT_BATCH: {"time_limit": settings.batch_time_limit,
                                             "soft_time_limit": settings.batch_soft_time_limit}},
        # Tasks running when the broker connection drops cannot be acknowledged: cancel them, they come back.
        "worker_cancel_long_running_tasks_on_connection_loss": True,
        "worker_send_task_events": False,
        "broker_connection_retry": True,
        "broker_connection_max_retries": None,
    }
