"""Scenario 2: Redis restarted in the middle of a run of 500 submissions, with AOF on.

SIGTERM (Redis writes its AOF and exits), and SIGKILL with `appendfsync always` (nothing acknowledged is
lost). Clients submit with an Idempotency-Key and retry after `Retry-After` on a 503, as the README tells
them. Every submission that got a 202 must end with a result; every error must be a 503 problem+json with
Retry-After, never a 500; the same API and worker processes carry on, reconnected.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from schemas import JobStatus
from tests.reliability.cluster import Cluster

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SUBMISSIONS = 500
CLIENTS = 8
VISIBILITY = 8.0


class Run:
    """The clients' side of the run: what every response was, and which submissions were accepted."""

    def __init__(self, url: str, cluster: Cluster) -> None:
        self.url, self.cluster = url, cluster
        self.statuses: Counter[int] = Counter()
        self.accepted: dict[int, str] = {}
        self.bad: list[str] = []
        self.lock = threading.Lock()
        self.local = threading.local()

    def client(self) -> httpx.Client:
        if not hasattr(self.local, "client"):
            self.local.client = self.cluster.client(self.url)
        return self.local.client

    def submit(self, i: int) -> None:
        body = {"text": f"\"We will meet again on Monday,\" the minister said about round {i}."}
        for _ in range(100):
            r = self.client().post("/v1/documents", json=body, headers={"Idempotency-Key": f"run-{i}"})
            with self.lock:
                self.statuses[r.status_code] += 1
                if r.status_code == 202:
                    self.accepted[i] = r.json()["job_id"]
                    return
                if not (r.status_code == 503 and r.headers.get("content-type") == "application/problem+json"
                        and int(r.headers.get("retry-after", "0")) >= 1 and r.json()["status"] == 503):
                    self.bad.append(f"{r.status_code} {r.headers.get('content-type')} {r.text[:200]}")
                    return
            time.sleep(int(r.headers["retry-after"]))
        self.bad.append(f"submission {i} never accepted")


@pytest.mark.parametrize("how", ["sigterm", "sigkill"])
def test_redis_restart_mid_run_loses_nothing(tmp_path: Path, how: str) -> None:
    cluster = Cluster(tmp_path, appendfsync="always" if how == "sigkill" else "everysec",
                      RECORDSMITH_TASK_TIME_LIMIT="5", RECORDSMITH_VISIBILITY_TIMEOUT=str(VISIBILITY))
    try:
        api, url = cluster.start_api()
        worker = cluster.start_worker(concurrency=2)
        run = Run(url, cluster)

        started = time.monotonic()
        with ThreadPoolExecutor(CLIENTS) as pool:
            submissions = pool.map(run.submit, range(SUBMISSIONS))
            # From this thread: Redis is started with PR_SET_PDEATHSIG, which fires when the starting
            # *thread* ends, so a pool thread would take the new Redis down with it.
            while len(run.accepted) < SUBMISSIONS * 0.3:
                time.sleep(0.01)
            down_at = time.monotonic()
            cluster.redis.kill() if how == "sigkill" else cluster.redis.stop()
            time.sleep(2.0)
            cluster.redis.start()
            outage_seconds = time.monotonic() - down_at
            list(submissions)
        submitted_in = time.monotonic() - started

        assert not run.bad, run.bad[:5]
        assert run.statuses[500] == 0 and set(run.statuses) <= {202, 503}, run.statuses
        assert run.statuses[503] > 0, "no client saw the outage"
        assert len(run.accepted) == SUBMISSIONS
        jobs = cluster.wait_finished(list(run.accepted.values()), timeout=VISIBILITY * 1.25 + 60)
        finished_in = time.monotonic() - started
        assert Counter(job.status for job in jobs) == {JobStatus.succeeded: SUBMISSIONS}, \
            [(job.id, job.error) for job in jobs if job.status is not JobStatus.succeeded][:5]
        assert cluster.result_count() == SUBMISSIONS
        # Reconnected, not restarted: the processes that saw the outage are the ones that finished the run.
        assert api.process.poll() is None and worker.process.poll() is None
        redelivered = sum(job.attempts > 1 for job in jobs)
        print(f"\n{how}: {SUBMISSIONS}/{SUBMISSIONS} accepted and succeeded; responses {dict(run.statuses)}; "
              f"Redis down {outage_seconds:.1f} s; submitted in {submitted_in:.1f} s, all done in {finished_in:.1f} s; "
              f"{redelivered} jobs delivered more than once")
    finally:
        cluster.close()
