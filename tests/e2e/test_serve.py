"""`recordsmith serve` as a user runs it: embedded Redis, API, worker; the seed article over HTTP; a clean
SIGTERM; and, started again on the same data folder, the same key and the earlier result still there."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import jsonschema
import psutil
import pytest

from client.embedded_redis import free_port
from schemas import ExtractionResult, check_spans
from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.integration

SCHEMA = json.loads((ROOT / "schemas/json/extraction-result.schema.json").read_text())


def start_serve(data_dir: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECORDSMITH_")}
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "client.cli", "serve", "--port", str(port), "--data-dir", str(data_dir),
             "--concurrency", "1"], env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
        )


def wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200 and "API key" in log.read_text():
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"serve not ready:\n{log.read_text()}")


def stop(process: subprocess.Popen[bytes], log: Path) -> None:
    children = psutil.Process(process.pid).children(recursive=True)
    assert len(children) >= 3  # redis-server, api, worker (and the worker's pool)
    process.send_signal(signal.SIGTERM)
    assert process.wait(60) == 0, log.read_text()
    gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, f"left behind: {alive}"


def test_serve_round_trip_and_restart(tmp_path: Path) -> None:
    data_dir, log, port = tmp_path / "data", tmp_path / "serve.log", free_port()
    url = f"http://127.0.0.1:{port}"
    text = SEED.read_text(encoding="utf-8")

    process = start_serve(data_dir, port, log)
    try:
        wait_ready(url, process, log)
        key = (data_dir / "api-key").read_text().strip()
        assert key in log.read_text() and url in log.read_text()
        client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=40)
        submitted = client.post("/v1/documents", json={"text": text, "published_at": "2023-10-05"}).json()
        job = client.get(submitted["links"]["job"], params={"wait": 30}).json()
        assert job["status"] == "succeeded", log.read_text()
        result = client.get(submitted["links"]["result"]).json()
        jsonschema.validate(result, SCHEMA)
        check_spans(ExtractionResult.model_validate(result), text)
        client.close()
    finally:
        stop(process, log)
    assert (data_dir / "redis" / "appendonlydir").is_dir() or (data_dir / "redis" / "appendonly.aof").exists()

    process = start_serve(data_dir, port, log)
    try:
        wait_ready(url, process, log)
        assert (data_dir / "api-key").read_text().strip() == key
        client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=10)
        assert client.get(submitted["links"]["result"]).json() == result
        client.close()
    finally:
        stop(process, log)
