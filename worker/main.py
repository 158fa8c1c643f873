"""`python -m worker`: the worker process, what `recordsmith worker` execs into.

The command line (typer, rich, their own copy of click) and Celery's `celery worker` command (celery.bin, which
imports pygments to colour its help) are not loaded here: a module the main process imports before the pool
forks is resident in every pool child too, so each MiB of it counts three times in a worker of concurrency 2
(issue #8, worker memory). The options are those `recordsmith worker` takes; Celery's own are set here.
"""

from __future__ import annotations

import argparse
import os
import sys

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL", "FATAL")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="recordsmith worker", description="Run a Celery worker only, against "
                                 "RECORDSMITH_REDIS_URL (start as many as you like, anywhere).")
    ap.add_argument("--concurrency", type=int, help="worker processes (default: one per CPU)")
    ap.add_argument("--loglevel", default="INFO", type=str.upper, choices=LOG_LEVELS, help="Celery log level")
    return ap


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    from store import get_settings

    settings = get_settings()
    if not settings.redis_url:
        sys.exit("recordsmith worker: set RECORDSMITH_REDIS_URL (or use `recordsmith serve`, which embeds Redis)")
    from celery.signals import setup_logging

    from client.logs import configure_json, follow_requests_into_tasks
    from store.queue import webhook_queue
    from worker.app import create_celery, run_worker

    if settings.log_format == "json":  # with a receiver connected, Celery leaves logging to us
        setup_logging.connect(lambda **_: configure_json(args.loglevel), weak=False)
    follow_requests_into_tasks()
    # Before the pool forks, so every child inherits it: extraction yields the CPU to an API sharing the host.
    os.nice(settings.worker_nice)
    queues = [settings.queue, webhook_queue(settings)]  # documents, and webhooks in turn with them
    sys.exit(run_worker(create_celery(settings), queues, args.loglevel, args.concurrency))


if __name__ == "__main__":
    main()
