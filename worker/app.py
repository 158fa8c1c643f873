"""The worker's Celery app: Redis broker, late acks, one task prefetched, soft and hard time limits, and the
sweeper that re-sends lost jobs."""

from __future__ import annotations

import os

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


def run_worker(app: Celery, queues: list[str], loglevel: str = "INFO", concurrency: int | None = None) -> int:
    """Run the worker of `app` on `queues` until it stops, as `celery worker` would with these options (and no
    gossip, mingle or heartbeat events); returns its exit code.

    Celery's `celery worker` command is not used: it is click's (celery.bin), whose module imports pygments, about
    1.6 MiB in the main process and so in each pool child; the worker takes its options from `app.conf` where
    they are not given here, as that command's defaults do."""
    from celery.platforms import maybe_drop_privileges
    from celery.utils.log import mlevel
    from celery.utils.nodenames import default_nodename, host_format

    maybe_drop_privileges(uid=None, gid=None)
    worker = app.Worker(hostname=host_format(default_nodename(f"recordsmith-{os.getpid()}@%h")),
                        loglevel=mlevel(loglevel), queues=queues, concurrency=concurrency,
                        without_gossip=True, without_mingle=True, without_heartbeat=True,
                        no_color=bool(os.environ.get("NO_COLOR")), quiet=False)
    worker.start()
    return worker.exitcode
