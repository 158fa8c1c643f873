"""The API's side of the queue: a send-only Celery app (no result backend, no engine import)."""

from __future__ import annotations

from celery import Celery
from kombu.exceptions import OperationalError

from store import Settings, TransientError
from store.queue import EXTRACT_DOCUMENT, celery_config


class TaskQueue:
    def __init__(self, settings: Settings) -> None:
        self.celery = Celery("recordsmith-api", set_as_current=False)
        self.celery.conf.update(celery_config(settings))

    def send_extract(self, tenant: str, document_id: str) -> None:
        try:
            self.celery.send_task(EXTRACT_DOCUMENT, args=[tenant, document_id])
        except OperationalError as exc:
            raise TransientError(f"the queue is unreachable: {exc}") from exc

    def close(self) -> None:
        self.celery.close()
