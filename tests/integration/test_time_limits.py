"""Soft and hard time limits and engine errors in a real worker process: each job ends `failed` with a clear
error, and the worker keeps serving. The worker runs a stand-in engine chosen by the document's text."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.queue import TaskQueue
from client.embedded_redis import EmbeddedRedis
from schemas import Job, SubmitRequest
from store import Settings, Store
from store.queue import EXTRACT_DOCUMENT
from tests.conftest import ROOT, Proc, service_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]

# Runs as the worker's main module: replaces the engine, then starts `recordsmith worker` as usual.
HARNESS = '''
import time
from billiard.exceptions import SoftTimeLimitExceeded
import worker.tasks
from client.cli import app

real = worker.tasks.extract

def stand_in(text, *args, **kwargs):
    if text == "sleep past the soft limit":
        time.sleep(30)
    if text == "ignore the soft limit":
        while True:
            try:
                time.sleep(30)
            except SoftTimeLimitExceeded:
                pass
    if text == "raise":
        raise RuntimeError("the engine broke")
    return real(text[:200], *args, **kwargs)

worker.tasks.extract = stand_in
app(["worker", "--concurrency", "1"])
'''


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, TaskQueue, Proc]]:
    folder: Path = tmp_path_factory.mktemp("limits")
    redis = EmbeddedRedis(folder / "redis").start()
    env = service_env(redis.url, RECORDSMITH_TASK_TIME_LIMIT="3", RECORDSMITH_VISIBILITY_TIMEOUT="10")
    settings = Settings(redis_url=redis.url, task_time_limit=3, visibility_timeout=10)
    (folder / "harness.py").write_text(HARNESS)
    proc = Proc([], env, folder / "worker.log")
    with proc.log.open("ab") as out:
        proc.process = subprocess.Popen([sys.executable, str(folder / "harness.py")], env=env, cwd=ROOT,
                                        stdout=out, stderr=subprocess.STDOUT)
    store, queue = Store.from_settings(settings), TaskQueue(settings)
    try:
        yield store, queue, proc
    finally:
        proc.stop()
        queue.close()
        store.close()
        redis.kill()


def run(limited: tuple[Store, TaskQueue, Proc], text: str, limit: float = 30.0) -> Job:
    store, queue, proc = limited
    job, _ = store.submit("alpha", SubmitRequest(text=text))
    queue.send(EXTRACT_DOCUMENT, ["alpha", job.document_id])
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        current = store.get_job("alpha", job.id)
        if current.status.finished:
            return current
        time.sleep(0.1)
    raise AssertionError(f"job still {current.status} after {limit} s:\n{proc.tail()}")


def test_soft_limit_fails_the_job(limited: tuple[Store, TaskQueue, Proc]) -> None:
    job = run(limited, "sleep past the soft limit")
    assert job.status == "failed" and "soft time limit" in job.error, job
    assert job.attempts == 1


def test_hard_limit_fails_the_job_and_the_worker_survives(limited: tuple[Store, TaskQueue, Proc]) -> None:
    job = run(limited, "ignore the soft limit")
    assert job.status == "failed" and "hard time limit" in job.error, job
    assert run(limited, "\"We are ready,\" she said.").status == "succeeded"


def test_engine_error_fails_the_job_once(limited: tuple[Store, TaskQueue, Proc]) -> None:
    job = run(limited, "raise")
    assert job.status == "failed" and job.error == "RuntimeError: the engine broke" and job.attempts == 1
    assert run(limited, "Talks resumed on Monday.").status == "succeeded"
