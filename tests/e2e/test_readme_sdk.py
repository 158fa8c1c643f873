"""The README's Python SDK example, run as written against `recordsmith serve`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from client.embedded_redis import free_port
from tests.conftest import ROOT
from tests.e2e.test_serve import start_serve, wait_ready

pytestmark = pytest.mark.integration


def readme_sdk_example() -> str:
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Python SDK", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    return block


def test_the_readme_sdk_example_runs_against_recordsmith_serve(tmp_path: Path) -> None:
    data_dir, log, port = tmp_path / "data", tmp_path / "serve.log", free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_serve(data_dir, port, log)
    try:
        wait_ready(url, process, log)
        env = {k: v for k, v in os.environ.items() if not k.startswith("RECORDSMITH_")}
        env.update(RECORDSMITH_URL=url, RECORDSMITH_API_KEY=(data_dir / "api-key").read_text().strip())
        run = subprocess.run([sys.executable, "-c", readme_sdk_example()], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=120)
    finally:
        process.terminate()
        process.wait(60)
    assert run.returncode == 0, run.stderr + log.read_text()
    lines = run.stdout.splitlines()
    assert any(line.startswith("Sergei Riabkov |") for line in lines), run.stdout
    assert any(line.startswith("2023-10-05 doc_") for line in lines), run.stdout  # a records hit
    assert any(line.startswith(f"viewer: {url}/v1/documents/doc_") for line in lines), run.stdout
    assert lines[-1].startswith("Job('job_"), run.stdout
