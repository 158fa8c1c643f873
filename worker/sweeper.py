"""The stuck-job sweeper: a worker bootstep that re-sends lost jobs (store/recovery.py) on a timer.

It runs in the worker's main process, on Celery's own timer (the event loop; no thread next to the
prefork pool). Every worker has one, but a Redis lock lets one sweep per interval. Timing, from the
visibility timeout V: a sweep every V/4 (at most a minute), and a job counts as lost after V seconds
without a message and without progress, so a lost job is running again within about 1.25 V.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import bootsteps
from kombu.exceptions import OperationalError

from store import Keys, Settings, Store, TransientError, get_settings
from store.queue import EXTRACT_DOCUMENT
from store.recovery import find_lost_jobs
from store.store import now, transient

log = logging.getLogger("recordsmith.sweeper")


def sweep_interval(settings: Settings) -> float:
    return max(1.0, min(60.0, settings.visibility_timeout / 4))


@transient
def sweep_once(app: Any, settings: Settings, client: Any) -> int:
    """One sweep, if no other worker holds the lock: re-send every lost job; returns how many."""
    keys = Keys(settings.key_prefix)
    interval = sweep_interval(settings)
    # The lock expires a little before the next tick, so the sweeps of all workers together run once per interval.
    if not client.set(keys.sweeper_lock, "1", nx=True, px=int(interval * 900)):
        return 0
    lost = find_lost_jobs(client, keys, settings.visibility_timeout, now())
    for job in lost:
        log.warning("job %s of tenant %s was %s with no message for %.0f s: sending it again",
                    job.job_id, job.tenant, job.status, job.idle_seconds)
        app.send_task(EXTRACT_DOCUMENT, args=[job.tenant, job.document_id], queue=settings.queue)
    return len(lost)


class Sweeper(bootsteps.StartStopStep):
    requires = {"celery.worker.components:Timer"}

    def __init__(self, worker: Any, **kwargs: Any) -> None:
        super().__init__(worker, **kwargs)
        self.timer_entry: Any = None
        self.store: Store | None = None

    def start(self, worker: Any) -> None:
        settings = get_settings()
        self.store = Store.from_settings(settings)
        self.timer_entry = worker.timer.call_repeatedly(sweep_interval(settings), self.tick, (worker.app, settings))

    def tick(self, app: Any, settings: Settings) -> None:
        assert self.store is not None  # the timer that calls tick is armed by start, after the store is made
        try:
            sweep_once(app, settings, self.store.redis)
        except (TransientError, OperationalError) as exc:  # Redis is down: the next tick tries again
            log.warning("sweep skipped: %s", exc)
        except Exception:  # the sweeper must never take the worker down with it
            log.exception("sweep failed")

    def stop(self, worker: Any) -> None:
        if self.timer_entry is not None:
            self.timer_entry.cancel()
        if self.store is not None:
            self.store.close()
