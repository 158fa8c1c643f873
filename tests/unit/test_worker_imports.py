"""The worker's main process loads only what every document needs: its modules are copied into each pool child,
so a library imported before the pool forks counts in every process (issue #8, worker memory)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

# httpx: only a `url` document or a webhook needs it; prometheus_client: only the API's `/metrics`; wordfreq (with
# langcodes, ftfy and wcwidth): only its data file is read (extractor.entities.word_frequency).
LOADED_WHERE_USED = ("httpx", "prometheus_client", "wordfreq", "langcodes", "ftfy", "wcwidth")


def test_the_worker_loads_only_what_every_document_needs() -> None:
    code = ("import sys, worker.app, worker.tasks, worker.webhooks\n"
            "worker.tasks.warm_up_engine()\n"
            f"print(','.join(sorted({{m.split('.')[0] for m in sys.modules}} & {set(LOADED_WHERE_USED)!r})))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"the worker imports {out.stdout.strip()}"
