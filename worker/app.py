"""The worker's Celery app: Redis broker, late acks, one task prefetched, soft and hard time limits, and the
sweeper that re-sends lost jobs."""

from __future__ import annotations

import contextlib
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


def run_worker(app: Celery, argv: list[str]) -> None:
    """`celery worker ARGV` for `app` through Celery's own worker command (its options, defaults and checks), as
    `app.worker_main` runs it, but without the `celery` command group: that imports every other subcommand (the
    amqp shell's click_repl and prompt_toolkit among them), about 7 MiB in each worker process and again in each
    pool child that inherits it."""
    from celery.bin.base import CLIContext
    from celery.bin.worker import worker
    from click.exceptions import Exit

    context = CLIContext(app=app, no_color=bool(os.environ.get("NO_COLOR")), workdir=None, quiet=False)
    with contextlib.suppress(Exit):  # carries the worker's exit code, which `app.worker_main` drops too
        worker.main(args=argv, prog_name="celery worker", obj=context, standalone_mode=False)
