"""Scenario 1: a worker SIGKILLed with tasks in flight loses nothing.

Its unacknowledged tasks come back after the visibility timeout and a new worker finishes every job, each
with exactly one result, the attempts showing the redelivery. And a job whose message is gone altogether
(left `running` by a dead worker) is found by the sweeper and finished too.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from extractor import BATCH_SIZE
from schemas import JobStatus, SubmitRequest
from store.queue import EXTRACT_DOCUMENT
from tests.reliability.cluster import Cluster, kill_group

pytestmark = [pytest.mark.integration, pytest.mark.slow]

VISIBILITY = 6.0
LIMIT = 4.0
DOCUMENTS = 200


@pytest.fixture
def cluster(tmp_path: Path):
    cluster = Cluster(tmp_path, RECORDSMITH_TASK_TIME_LIMIT=str(LIMIT), RECORDSMITH_VISIBILITY_TIMEOUT=str(VISIBILITY))
    yield cluster
    cluster.close()


def submit(cluster: Cluster, count: int) -> list[str]:
    ids = []
    for i in range(count):
        job, _ = cluster.store.submit("alpha", SubmitRequest(text=f"\"Talks resume on day {i},\" the envoy said."))
        cluster.queue.send(EXTRACT_DOCUMENT, ["alpha", job.document_id])
        ids.append(job.id)
    return ids


def test_killed_worker_loses_nothing(cluster: Cluster) -> None:
    job_ids = submit(cluster, DOCUMENTS)
    first = cluster.start_worker("first", concurrency=2, engine_delay=0.2)
    deadline = time.monotonic() + 90
    while True:  # some done, and a task surely inside the (slowed) engine right now
        statuses = [job.status for job in cluster.jobs(job_ids)]
        if statuses.count(JobStatus.succeeded) >= 10 and JobStatus.running in statuses:
            break
        assert time.monotonic() < deadline, first.tail()
        time.sleep(0.02)
    kill_group(first)
    killed_at = time.monotonic()
    statuses = [job.status for job in cluster.jobs(job_ids)]
    in_flight = [i for i, s in zip(job_ids, statuses, strict=True) if s is JobStatus.running]
    assert in_flight, "nothing was in flight when the worker died"
    assert statuses.count(JobStatus.queued) > 50, "the worker died too late to leave work waiting"

    cluster.start_worker("second", concurrency=2)
    # The visibility timeout, one kombu restore interval, worker start-up and the remaining work.
    jobs = cluster.wait_finished(job_ids, timeout=VISIBILITY * 1.25 + 30)
    recovered_in = time.monotonic() - killed_at
    assert [job.status for job in jobs] == [JobStatus.succeeded] * DOCUMENTS
    assert cluster.result_count() == DOCUMENTS  # exactly one result each: one key per document, none extra
    by_id = {job.id: job for job in jobs}
    assert all(by_id[i].attempts == 2 for i in in_flight), [by_id[i].attempts for i in in_flight]
    assert sum(job.attempts for job in jobs) == DOCUMENTS + len(in_flight)  # nothing else ran twice
    print(f"\n{DOCUMENTS}/{DOCUMENTS} succeeded, {len(in_flight)} redelivered, "
          f"all done {recovered_in:.1f} s after the kill (visibility timeout {VISIBILITY:g} s)")


def test_sweeper_finishes_a_job_left_running_without_a_message(cluster: Cluster) -> None:
    """The broker cannot redeliver what it no longer has: a job marked `running` whose message was lost
    (the worker died between taking it and recording it, or Redis lost the write) is re-sent by the sweeper."""
    lost, _ = cluster.store.submit("alpha", SubmitRequest(text="\"We are ready,\" she said on Monday."))
    assert cluster.store.start_attempt("alpha", lost.id).status is JobStatus.running  # and no message is sent
    [queued] = submit(cluster, 1)
    started = time.monotonic()
    worker = cluster.start_worker("worker", concurrency=1)
    jobs = cluster.wait_finished([lost.id, queued], timeout=VISIBILITY * 1.25 + 30)
    assert [job.status for job in jobs] == [JobStatus.succeeded] * 2
    assert jobs[0].attempts == 2 and jobs[1].attempts == 1
    assert cluster.store.get_result_json("alpha", lost.document_id) is not None
    assert f"job {lost.id} of tenant alpha was running with no message" in worker.log.read_text()
    print(f"\nthe lost job was re-sent and finished {time.monotonic() - started:.1f} s after the worker started")


def test_killed_worker_loses_nothing_of_a_batch(cluster: Cluster) -> None:
    """Batches submitted over HTTP travel as batch tasks (several documents a message), whose new documents run
    BATCH_SIZE at a time (one delivery shared by a run). A worker killed in the middle of them: its batches come
    back, the finished documents are skipped, the run running when it died is the only one delivered twice (each
    of its documents alone, the death laid on none of them), and the documents after it were never counted as
    started."""
    api, url = cluster.start_api()
    client = cluster.client(url)
    job_ids = []
    for first in range(0, DOCUMENTS, 50):
        documents = [{"text": f"\"Talks resume on day {i},\" the envoy said in a batch."} for i in
                     range(first, first + 50)]
        r = client.post("/v1/documents:batch", json={"documents": documents})
        assert r.status_code == 207 and r.json()["accepted"] == 50, r.text[:300]
        job_ids += [item["submission"]["job_id"] for item in r.json()["items"]]
    assert cluster.store.queue_depth() == DOCUMENTS // cluster.settings.batch_task_size  # one task a batch
    assert cluster.store.documents_waiting() == DOCUMENTS
    # a run of BATCH_SIZE documents takes 1.25 s, within the batch's starting time (LIMIT: 1.4 s)
    first = cluster.start_worker("first", concurrency=2, engine_delay=0.05)
    deadline = time.monotonic() + 90
    while True:
        statuses = [job.status for job in cluster.jobs(job_ids)]
        if statuses.count(JobStatus.succeeded) >= 10 and JobStatus.running in statuses:
            break
        assert time.monotonic() < deadline, first.tail()
        time.sleep(0.02)
    kill_group(first)
    statuses = [job.status for job in cluster.jobs(job_ids)]
    in_flight = [i for i, s in zip(job_ids, statuses, strict=True) if s is JobStatus.running]
    assert 1 <= len(in_flight) <= 2 * BATCH_SIZE, statuses  # one run at a time per batch, a batch per process
    assert statuses.count(JobStatus.queued) >= DOCUMENTS // 2, "the worker died too late to leave work waiting"

    cluster.start_worker("second", concurrency=2)
    jobs = cluster.wait_finished(job_ids, timeout=VISIBILITY * 1.25 + 40)
    assert [job.status for job in jobs] == [JobStatus.succeeded] * DOCUMENTS
    assert cluster.result_count() == DOCUMENTS
    by_id = {job.id: job for job in jobs}
    assert all(by_id[i].attempts == 2 for i in in_flight), [by_id[i].attempts for i in in_flight]
    assert sum(job.attempts for job in jobs) == DOCUMENTS + len(in_flight)
    assert cluster.store.documents_waiting() == 0
    client.close()
