"""The worker's Celery app: Redis broker, late acks, one task prefetched, soft and hard time limits, and the
sweeper that re-sends lost jobs."""

from __future__ import annotations

from celery import Celery

from store.queue import celery_config
from store.settings import Settings


def create_celery(settings: Settings) -> Celery:
    app = Celery("recordsmith-worker")
    app.conf.update(celery_config(settings))
    import worker.tasks  # noqa: F401  (registers the shared tasks with this app)
    from worker.sweeper import Sweeper

    app.steps["worker"].add(Sweeper)

    return app
