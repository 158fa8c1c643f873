"""The API's side of the queue: a send-only Celery app (no result backend, no engine import)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext

from celery import Celery
from kombu.exceptions import OperationalError

from store import Settings, TransientError
from store.queue import EXTRACT_DOCUMENT, celery_config

try:  # kombu >= 5.7 can pipeline a producer's publishes into one Redis round trip
    from kombu.exceptions import BatchPublishError
except ImportError:  # pragma: no cover - older kombu publishes one by one
    BatchPublishError = OperationalError


class TaskQueue:
    def __init__(self, settings: Settings) -> None:
        self.celery = Celery("recordsmith-api", set_as_current=False)
        self.celery.conf.update(celery_config(settings))

    def send_extract(self, tenant: str, document_id: str) -> None:
        self.send_extracts(tenant, [document_id])

    def send_extracts(self, tenant: str, document_ids: Sequence[str]) -> None:
        """One task per document, all over one connection and, where kombu supports it, one pipelined round
        trip. A failure fails them all (TransientError): the caller cannot know which were delivered, and a
        task delivered twice is harmless (the worker skips finished jobs)."""
        try:
            with self.celery.producer_or_acquire() as producer:
                batched = getattr(producer, "supports_batch_publish", False)
                with producer.batch(max_size=max(1, len(document_ids))) if batched else nullcontext():
                    for document_id in document_ids:
                        self.celery.send_task(EXTRACT_DOCUMENT, args=[tenant, document_id], producer=producer)
        except (OperationalError, BatchPublishError) as exc:
            raise TransientError(f"the queue is unreachable: {exc}") from exc

    def close(self) -> None:
        self.celery.close()
