"""Soft and hard time limits, engine errors and a document that kills its worker process, in a real worker: each
job ends `failed` with a clear error, and the worker keeps serving. In a batch task the limits and failures are
the document's own: its siblings succeed (a batch's new documents run at once, `extract_many`, and one that
fails or overruns the run is found by running them again one by one). The worker runs a stand-in engine chosen
by the document's text."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.queue import TaskQueue
from client.embedded_redis import EmbeddedRedis
from schemas import Job, SubmitRequest
from store import Settings, Store
from tests.conftest import ROOT, Proc, service_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]

# Runs as the worker's main module: replaces the engine, then starts `recordsmith worker` as usual.
HARNESS = '''
import os
import time
from billiard.exceptions import SoftTimeLimitExceeded
import worker.tasks
from worker.main import main

real = worker.tasks.extract

def stand_in(text, *args, **kwargs):
    text = text.split(" #", 1)[0]  # what follows is the run's tag (texts must differ, or they are deduplicated)
    if text == "take most of a second":
        time.sleep(0.9)
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
    if text == "kill the worker":
        os._exit(1)
    return real(text[:200], *args, **kwargs)

def stand_in_many(requests):
    return [stand_in(r.text, r.reference_date, r.language, document_id=r.document_id) for r in requests]

worker.tasks.extract = stand_in
worker.tasks.extract_many = stand_in_many
main(["--concurrency", "1"])
'''


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, TaskQueue, Proc]]:
    folder: Path = tmp_path_factory.mktemp("limits")
    redis = EmbeddedRedis(folder / "redis").start()
    env = service_env(redis.url, RECORDSMITH_TASK_TIME_LIMIT="3", RECORDSMITH_VISIBILITY_TIMEOUT="10",
                      RECORDSMITH_MAX_ATTEMPTS="2")
    settings = Settings(redis_url=redis.url, task_time_limit=3, visibility_timeout=10, max_attempts=2)
    (folder / "harness.py").write_text(HARNESS)
    proc = Proc([], env, folder / "worker.log")
    with proc.log.open("ab") as out:
        proc.process = subprocess.Popen([sys.executable, str(folder / "harness.py")], env=env, cwd=ROOT,
                                        stdout=out, stderr=subprocess.STDOUT)
    store, queue = Store.from_settings(settings), TaskQueue(settings)
    try:
        # One ordinary document first, with time to spare: the worker starts (imports, lexicons) before the tests'
        # own deadlines run, which on a loaded machine it may not do within them.
        run_batch((store, queue, proc), ["the worker is up"], limit=_STARTUP_LIMIT)
        yield store, queue, proc
    finally:
        proc.stop()
        queue.close()
        store.close()
        redis.kill()


_STARTUP_LIMIT = 180.0


def run(limited: tuple[Store, TaskQueue, Proc], text: str, limit: float = 30.0) -> Job:
    return run_batch(limited, [text], limit)[0]


def run_batch(limited: tuple[Store, TaskQueue, Proc], texts: list[str], limit: float = 30.0) -> list[Job]:
    """Submit the texts as new documents, sent as the API sends them (one task for one, a batch task for more),
    and wait for every job to finish."""
    store, queue, proc = limited
    run_id = uuid.uuid4().hex[:8]
    # A tag keeps each document new (texts repeat across tests, and a known text is not extracted again).
    outcomes = store.submit_many("alpha", [SubmitRequest(text=f"{t} #{run_id}-{i}") for i, t in enumerate(texts)],
                                 [None] * len(texts))
    jobs = [outcome.job for outcome in outcomes]
    queue.send_extracts("alpha", [job.document_id for job in jobs])
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        current = [store.get_job("alpha", job.id) for job in jobs]
        if all(job.status.finished for job in current):
            return current
        time.sleep(0.1)
    raise AssertionError(f"jobs still {[j.status.value for j in current]} after {limit} s:\n{proc.tail()}")


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


def test_in_a_batch_each_document_has_its_own_outcome_and_limits(limited: tuple[Store, TaskQueue, Proc]) -> None:
    jobs = run_batch(limited, ["raise", "\"We are ready,\" she said.", "sleep past the soft limit",
                               "Talks resumed on Monday."])
    assert [job.status for job in jobs] == ["failed", "succeeded", "failed", "succeeded"], jobs
    assert jobs[0].error == "RuntimeError: the engine broke" and "soft time limit" in jobs[2].error
    assert [job.attempts for job in jobs] == [1, 1, 1, 1]


def test_a_document_ignoring_its_soft_limit_fails_alone_and_the_batch_goes_on(
        limited: tuple[Store, TaskQueue, Proc]) -> None:
    """The batch's hard limit (6 s here: Settings.batch_time_limit) stops it. Its four documents ran as one run
    (one delivery shared), which may hold the one at fault: all four go on in a new task, where each runs alone
    (a second delivery each) and the one ignoring its limit meets the hard limit alone: it fails, and the
    documents after it go on in a new task again."""
    jobs = run_batch(limited, ["Talks resumed on Monday.", "ignore the soft limit", "\"We are ready,\" she said.",
                               "The envoy spoke on Tuesday."])
    assert [job.status for job in jobs] == ["succeeded", "failed", "succeeded", "succeeded"], jobs
    assert "hard time limit" in jobs[1].error and [job.attempts for job in jobs] == [2, 2, 2, 2]


def test_a_document_that_kills_its_worker_fails_alone_after_the_max_attempts(
        limited: tuple[Store, TaskQueue, Proc]) -> None:
    """Each death returns the batch to the queue (task_reject_on_worker_lost). The first kills the run of all three
    (one delivery shared, laid on none of them); the redelivery runs each alone, and from then on a death counts
    against the document that was running, and no other: it is failed once it has killed the worker alone
    RECORDSMITH_MAX_ATTEMPTS (2) times."""
    jobs = run_batch(limited, ["Talks resumed on Monday.", "kill the worker", "\"We are ready,\" she said."], 60)
    assert [job.status for job in jobs] == ["succeeded", "failed", "succeeded"], jobs
    assert jobs[1].error == "gave up after 3 deliveries: the worker was lost each time"
    assert [job.attempts for job in jobs] == [2, 4, 2]


def test_a_batch_longer_than_one_document_limit_is_not_cut(limited: tuple[Store, TaskQueue, Proc]) -> None:
    """Five documents of 0.9 s: 4.5 s in all, past a document's soft limit (2 s) and the batch's starting time
    (3 s). None fails: the limits are each document's, and the fifth goes on in a new task."""
    jobs = run_batch(limited, ["take most of a second"] * 5)
    assert [job.status for job in jobs] == ["succeeded"] * 5, jobs
    assert [job.attempts for job in jobs] == [1] * 5
