"""The worker's main process loads only what every document needs: its modules are copied into each pool child,
so a library imported before the pool forks counts in every process (issue #8, worker memory)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

# httpx: only a `url` document or a webhook needs it; prometheus_client: only the API's `/metrics`; wordfreq (with
# langcodes, ftfy and wcwidth): only its data file is read (extractor.entities.word_frequency); typer and rich:
# the command line's, which `recordsmith worker` leaves (worker.main); pygments: Celery's `celery` command's
# (celery.bin), which the worker does not use (worker.app.run_worker).
LOADED_WHERE_USED = ("httpx", "prometheus_client", "wordfreq", "langcodes", "ftfy", "wcwidth", "typer", "rich",
                     "pygments", "celery.bin")


def test_the_worker_loads_only_what_every_document_needs() -> None:
    # What worker.main and worker.app.run_worker import before the pool forks.
    code = ("import sys, worker.main, worker.app, worker.tasks, worker.webhooks, client.logs, celery.apps.worker\n"
            "import celery.concurrency.prefork, celery.platforms, celery.utils.nodenames\n"
            "worker.tasks.warm_up_engine()\n"
            "names = {m.split('.')[0] for m in sys.modules} | {'.'.join(m.split('.')[:2]) for m in sys.modules}\n"
            f"print(','.join(sorted(names & {set(LOADED_WHERE_USED)!r})))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"the worker imports {out.stdout.strip()}"
