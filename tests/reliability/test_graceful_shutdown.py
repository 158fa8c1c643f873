"""Scenario 6: SIGTERM is a graceful stop. A worker finishes the task it is running (result saved, job
succeeded) and hands back the one it had prefetched; the API finishes the requests it has open."""

from __future__ import annotations

import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from schemas import JobStatus, SubmitRequest
from store.queue import EXTRACT_DOCUMENT
from tests.reliability.cluster import Cluster

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ENGINE_DELAY = 3.0


def test_sigterm_to_a_worker_finishes_its_task(tmp_path: Path) -> None:
    # A long visibility timeout: the prefetched task must come back because the worker returned it, not because
    # the timeout ran out.
    cluster = Cluster(tmp_path, RECORDSMITH_TASK_TIME_LIMIT="20", RECORDSMITH_VISIBILITY_TIMEOUT="300")
    try:
        job_ids = []
        for i in range(3):
            job, _ = cluster.store.submit("alpha", SubmitRequest(text=f"\"We agree,\" the envoy said on day {i}."))
            cluster.queue.send(EXTRACT_DOCUMENT, ["alpha", job.document_id])
            job_ids.append(job.id)
        worker = cluster.start_worker("first", concurrency=1, engine_delay=ENGINE_DELAY)
        deadline = time.monotonic() + 60
        while cluster.jobs(job_ids[:1])[0].status is not JobStatus.running:
            assert time.monotonic() < deadline, worker.tail()
            time.sleep(0.05)
        time.sleep(0.5)  # inside the engine now
        t0 = time.monotonic()
        worker.process.terminate()
        code = worker.process.wait(30)
        stopped_in = time.monotonic() - t0
        first, *rest = cluster.jobs(job_ids)
        assert code == 0, worker.tail()
        assert first.status is JobStatus.succeeded and first.attempts == 1, first
        assert cluster.store.get_result_json("alpha", first.document_id) is not None
        assert [job.status for job in rest] == [JobStatus.queued] * 2  # the prefetched one went back, untouched
        assert cluster.store.queue_depth() == 2

        t1 = time.monotonic()
        cluster.start_worker("second", concurrency=1)
        jobs = cluster.wait_finished(job_ids, timeout=60)
        assert [job.status for job in jobs] == [JobStatus.succeeded] * 3
        print(f"\nworker stopped {stopped_in:.1f} s after SIGTERM with its task done; the next worker finished the "
              f"other two {time.monotonic() - t1:.1f} s after starting")
    finally:
        cluster.close()


def test_sigterm_to_the_api_drains_open_requests(tmp_path: Path) -> None:
    cluster = Cluster(tmp_path, RECORDSMITH_QUEUE="unconsumed")  # no worker: the job stays queued
    try:
        api, url = cluster.start_api()
        client = cluster.client(url)
        submitted = client.post("/v1/documents", json={"text": "Nobody will process this today."})
        assert submitted.status_code == 202
        with ThreadPoolExecutor(1) as pool:
            t0 = time.monotonic()
            long_poll = pool.submit(client.get, submitted.json()["links"]["job"], params={"wait": 4})
            time.sleep(0.5)  # the request is inside the handler, waiting
            api.process.terminate()
            response = long_poll.result(timeout=30)
            answered_in = time.monotonic() - t0
        assert response.status_code == 200 and response.json()["status"] == "queued"
        assert answered_in >= 4.0  # it ran its full wait: the API drained it rather than cutting it off
        # uvicorn re-raises the signal once it has shut down cleanly: the exit status is "terminated by SIGTERM".
        assert api.process.wait(15) in (0, -signal.SIGTERM), api.tail()
        assert "Application shutdown complete" in api.log.read_text()
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{url}/healthz", timeout=2)
        print(f"\nthe long-poll in flight at SIGTERM completed after {answered_in:.1f} s; then the API shut down")
        client.close()
    finally:
        cluster.close()
