"""The worker's main process loads only what every document needs: its modules are copied into each pool child,
so a library imported before the pool forks counts in every process (issue #8, worker memory)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

# httpx: only a `url` document or a webhook needs it; prometheus_client: only the API's `/metrics`.
LOADED_WHERE_USED = ("httpx", "prometheus_client")


def test_the_worker_tasks_import_no_library_they_only_sometimes_need() -> None:
    code = ("import sys, worker.app, worker.tasks, worker.webhooks\n"
            f"print(','.join(sorted({{m.split('.')[0] for m in sys.modules}} & {set(LOADED_WHERE_USED)!r})))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"the worker imports {out.stdout.strip()}"
