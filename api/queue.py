"""The API's side of the queue: Celery task messages written to the broker's Redis lists with redis-py alone.

Celery's client (kombu's producer) cost about 0.36 ms of CPU per message and 6 MiB of memory in every API
process; a message is one LPUSH of the JSON `store.queue.task_message` builds, the protocol the worker consumes.
A new document's message is pushed by the store's submit script itself (`message`), in the same round trip as
the job; `send` is for tasks sent on their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import redis

from client.logs import REQUEST_ID, TASK_HEADER
from store import Settings
from store.keys import Keys
from store.queue import extraction_tasks, task_message, task_queue
from store.store import redis_client, transient


class TaskQueue:
    def __init__(self, settings: Settings, client: redis.Redis | None = None) -> None:
        """`client`: the store's, to share its connections; by default one of its own."""
        self.settings = settings
        self.keys = Keys(settings.key_prefix)
        self.redis = client if client is not None else redis_client(settings)
        self._owns_client = client is None

    def message(self, name: str, args: Sequence[Any]) -> bytes:
        """A task's message, carrying the current request's id to the worker's log lines."""
        request_id = REQUEST_ID.get()
        return task_message(name, args, task_queue(self.settings, name),
                            {TASK_HEADER: request_id} if request_id else None)

    @transient
    def send(self, name: str, *calls: Sequence[Any]) -> None:
        """One task `name(*args)` for each `args` of `calls`, in that order, in one LPUSH (workers take from the
        other end). Raises TransientError when Redis is unreachable; a task sent twice is harmless (the worker
        skips finished jobs)."""
        if calls:
            self.redis.lpush(self.keys.queue(task_queue(self.settings, name)),
                             *(self.message(name, args) for args in calls))

    def send_extracts(self, tenant: str, document_ids: Sequence[str]) -> None:
        """The documents' extraction tasks (`store.queue.extraction_tasks`: a task of its own for a lone document,
        batch tasks of up to RECORDSMITH_BATCH_TASK_SIZE documents for more), in one LPUSH."""
        tasks = extraction_tasks(tenant, document_ids, self.settings.batch_task_size)
        if tasks:
            self.send(tasks[0][0], *(args for _, args in tasks))  # one kind of task: all single or all batch

    def close(self) -> None:
        if self._owns_client:
            self.redis.close()
