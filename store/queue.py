"""The queue contract shared by the API (which only sends) and the worker: task names, Celery settings.

Plain data, no Celery import: the API builds a send-only Celery app from it, the worker a full one.
"""

from __future__ import annotations

from typing import Any

from store.keys import Keys
from store.settings import Settings

EXTRACT_DOCUMENT = "recordsmith.extract_document"
DELIVER_WEBHOOK = "recordsmith.deliver_webhook"


def webhook_queue(settings: Settings) -> str:
    """Webhook deliveries wait in a queue of their own, which workers read in turn with the documents' queue:
    a backlog of documents does not hold back the news of those already done."""
    return f"{settings.queue}.webhooks"


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
        # Publishing must fail fast when Redis is down, so the API can answer 503 instead of hanging.
        "task_publish_retry_policy": {"max_retries": 2, "interval_start": 0.1, "interval_step": 0.2,
                                      "interval_max": 0.5},
        "task_default_queue": settings.queue,
        "task_routes": {EXTRACT_DOCUMENT: {"queue": settings.queue},
                        DELIVER_WEBHOOK: {"queue": webhook_queue(settings)}},
        "task_serializer": "json",
        "accept_content": ["json"],
        "task_ignore_result": True,
        "result_backend": None,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1,
        "task_time_limit": settings.task_time_limit,
        "task_soft_time_limit": settings.soft_time_limit,
        # Tasks running when the broker connection drops cannot be acknowledged: cancel them, they come back.
        "worker_cancel_long_running_tasks_on_connection_loss": True,
        "worker_send_task_events": False,
        "broker_connection_retry": True,
        "broker_connection_max_retries": None,
    }
