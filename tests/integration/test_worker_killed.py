"""A worker SIGKILLed with tasks in flight: its unacknowledged tasks come back after the visibility timeout
and a new worker finishes every job, each with one result, attempts showing the redelivery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from api.queue import TaskQueue
from client.embedded_redis import EmbeddedRedis
from schemas import SubmitRequest
from store import Settings, Store
from tests.conftest import ROOT, service_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]

# A slower engine, so that tasks are surely in flight when the worker dies.
HARNESS = '''
import time
import worker.tasks
from client.cli import app

real = worker.tasks.extract

def slow(text, *args, **kwargs):
    time.sleep(0.3)
    return real(text, *args, **kwargs)

worker.tasks.extract = slow
app(["worker", "--concurrency", "2"])
'''
VISIBILITY = 6.0


def start_worker(folder: Path, env: dict[str, str], name: str) -> subprocess.Popen[bytes]:
    with (folder / f"{name}.log").open("ab") as out:
        return subprocess.Popen([sys.executable, str(folder / "harness.py")], env=env, cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def test_killed_worker_loses_nothing(tmp_path: Path) -> None:
    redis = EmbeddedRedis(tmp_path / "redis").start()
    env = service_env(redis.url, RECORDSMITH_TASK_TIME_LIMIT="4", RECORDSMITH_VISIBILITY_TIMEOUT=str(VISIBILITY))
    settings = Settings(redis_url=redis.url, task_time_limit=4, visibility_timeout=VISIBILITY)
    (tmp_path / "harness.py").write_text(HARNESS)
    store, queue = Store.from_settings(settings), TaskQueue(settings)
    first = second = None
    try:
        jobs = []
        for i in range(40):
            job, _ = store.submit("alpha", SubmitRequest(text=f"\"Talks resume on day {i},\" the envoy said."))
            queue.send_extract("alpha", job.document_id)
            jobs.append(job)

        first = start_worker(tmp_path, env, "first")
        deadline = time.monotonic() + 30
        while not any(store.get_job("alpha", j.id).status == "succeeded" for j in jobs):
            assert time.monotonic() < deadline, (tmp_path / "first.log").read_text()
            time.sleep(0.05)
        time.sleep(0.5)  # well inside the run: some done, two in flight, most waiting
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        killed_at = time.monotonic()
        in_flight = [j.id for j in jobs if store.get_job("alpha", j.id).status == "running"]
        assert in_flight, "nothing was in flight when the worker died"

        second = start_worker(tmp_path, env, "second")
        deadline = killed_at + VISIBILITY * 1.25 + 15  # the timeout, one sweep, worker start-up and the rest
        while True:
            statuses = [store.get_job("alpha", j.id).status for j in jobs]
            if all(s == "succeeded" for s in statuses):
                break
            assert time.monotonic() < deadline, (statuses, (tmp_path / "second.log").read_text()[-3000:])
            time.sleep(0.2)
        for j in jobs:
            assert store.get_result_json("alpha", j.document_id) is not None
        assert all(store.get_job("alpha", i).attempts == 2 for i in in_flight)
    finally:
        for proc in (first, second):
            if proc and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
        queue.close()
        store.close()
        redis.kill()
    harness = str(tmp_path / "harness.py")
    assert not [p for p in psutil.process_iter(["cmdline"]) if harness in (p.info["cmdline"] or [])]
