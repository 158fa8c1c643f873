"""Scenario 4: a flood, and backpressure.

10,000 documents through `POST /v1/documents:batch` as fast as a few clients can send them: 10,000 results,
no 5xx, and the memory of the API and of the worker (with its pool) stays bounded while they work through it.
With RECORDSMITH_MAX_QUEUE_DEPTH set and no worker draining the queue, what is beyond the limit is refused
with 503 and Retry-After instead of piling up in Redis, and accepted again once the queue drains.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from schemas import JobStatus
from tests.reliability.cluster import Cluster, tree_rss

pytestmark = [pytest.mark.integration, pytest.mark.slow]

DOCUMENTS = 10_000
BATCH = 250
CLIENTS = 4
MB = 1 << 20


def text(i: int) -> str:
    return f"\"We will meet again on Monday,\" the minister told reporters in Vienna about round {i}."


class MemoryWatch:
    """Samples the resident memory of process trees in the background: peak per phase, in bytes."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self.phase = "submit"
        self.peaks: dict[tuple[str, str], int] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.done.wait(0.25):
            for name, pid in self.pids.items():
                key = (name, self.phase)
                self.peaks[key] = max(self.peaks.get(key, 0), tree_rss(pid))

    def __enter__(self) -> MemoryWatch:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()

    def peak(self, name: str, phase: str | None = None) -> int:
        return max(v for (n, p), v in self.peaks.items() if n == name and phase in (None, p))


@pytest.mark.timeout(900)  # about 1.5 min on an idle 2-core machine, 3 when it is shared
def test_flood_of_10000_documents(tmp_path: Path) -> None:
    cluster = Cluster(tmp_path, RECORDSMITH_MAX_BATCH=str(BATCH))
    try:
        api, url = cluster.start_api()
        worker = cluster.start_worker(concurrency=2)
        client = cluster.client(url)
        warm = client.post("/v1/documents", json={"text": "\"Ready,\" she said on Monday."}).json()
        assert client.get(warm["links"]["job"], params={"wait": 30}).json()["status"] == "succeeded"
        start_rss = {"api": tree_rss(api.process.pid), "worker": tree_rss(worker.process.pid)}

        statuses: Counter[int] = Counter()
        job_ids: list[str] = []
        lock = threading.Lock()
        local = threading.local()

        def send(first: int) -> None:
            if not hasattr(local, "client"):
                local.client = cluster.client(url, timeout=120)
            documents = [{"text": text(i)} for i in range(first, min(first + BATCH, DOCUMENTS))]
            r = local.client.post("/v1/documents:batch", json={"documents": documents})
            with lock:
                statuses[r.status_code] += 1
                if r.status_code == 207:
                    for item in r.json()["items"]:
                        statuses[item["status"]] += 1
                        if item["status"] == 202:
                            job_ids.append(item["submission"]["job_id"])

        with MemoryWatch({"api": api.process.pid, "worker": worker.process.pid}) as memory:
            t0 = time.monotonic()
            with ThreadPoolExecutor(CLIENTS) as pool:
                list(pool.map(send, range(0, DOCUMENTS, BATCH)))
            submitted_in = time.monotonic() - t0
            assert not [s for s in statuses if s >= 500], statuses
            assert statuses[207] == DOCUMENTS // BATCH and statuses[202] == DOCUMENTS, statuses
            memory.phase = "first half"
            while sum(j.status.finished for j in cluster.jobs(job_ids[::50])) < len(job_ids[::50]) // 2:
                time.sleep(0.5)
            memory.phase = "second half"
            jobs = cluster.wait_finished(job_ids, timeout=900)
            finished_in = time.monotonic() - t0

        assert Counter(job.status for job in jobs) == {JobStatus.succeeded: DOCUMENTS}
        assert cluster.result_count() == DOCUMENTS + 1  # and the warm-up document
        api_peak, worker_peak = memory.peak("api"), memory.peak("worker")
        # Bounded: the API holds at most a few batches at a time, the worker one task per child.
        assert api_peak < start_rss["api"] + 150 * MB, (start_rss, api_peak)
        assert worker_peak < start_rss["worker"] + 150 * MB, (start_rss, worker_peak)
        # And not creeping up: working through the second half needs no more than the first did, plus noise.
        assert memory.peak("worker", "second half") < memory.peak("worker", "first half") + 30 * MB, memory.peaks
        print(f"\n{DOCUMENTS} documents in {DOCUMENTS // BATCH} batches of {BATCH} from {CLIENTS} clients: "
              f"accepted in {submitted_in:.1f} s ({DOCUMENTS / submitted_in:.0f}/s), all {DOCUMENTS} results in "
              f"{finished_in:.1f} s ({DOCUMENTS / finished_in:.0f}/s); responses {dict(statuses)}; RSS MB "
              f"api {start_rss['api'] / MB:.0f} -> peak {api_peak / MB:.0f}, "
              f"worker+pool {start_rss['worker'] / MB:.0f} -> peak {worker_peak / MB:.0f} "
              f"(first half {memory.peak('worker', 'first half') / MB:.0f}, "
              f"second half {memory.peak('worker', 'second half') / MB:.0f})")
        client.close()
    finally:
        cluster.close()


LIMIT = 200
LIMIT_BATCH = 100


def test_backpressure_refuses_beyond_the_queue_limit_and_recovers(tmp_path: Path) -> None:
    """The limit is checked per document against the documents waiting as each one is stored (a batch's own
    count too), so the count never passes the limit: a batch arriving below it is accepted up to the limit and
    refused beyond, and everything after that is refused until a worker drains the queue."""
    cluster = Cluster(tmp_path, RECORDSMITH_MAX_QUEUE_DEPTH=str(LIMIT), RECORDSMITH_MAX_BATCH=str(LIMIT_BATCH))
    try:
        _, url = cluster.start_api()
        client = cluster.client(url)
        singles: Counter[int] = Counter()
        items: Counter[int] = Counter()

        def single(i: int) -> None:
            r = client.post("/v1/documents", json={"text": text(i)})
            singles[r.status_code] += 1
            if r.status_code != 202:
                assert r.status_code == 503 and r.headers["content-type"] == "application/problem+json", r.text
                assert int(r.headers["retry-after"]) >= 1 and "waiting" in r.json()["detail"]

        def batch(first: int) -> None:
            documents = [{"text": text(i)} for i in range(first, first + LIMIT_BATCH)]
            r = client.post("/v1/documents:batch", json={"documents": documents})
            # 207 when some were accepted; a batch of which none was is one 503 problem listing the items
            assert r.status_code == 207 or (r.status_code == 503 and
                                            r.headers["content-type"] == "application/problem+json"), r.text[:300]
            items.update(item["status"] for item in r.json()["items"])
            if any(item["status"] == 503 for item in r.json()["items"]):
                assert int(r.headers["retry-after"]) >= 1
                assert all(item["problem"]["title"] == "Queue full" for item in r.json()["items"]
                           if item["status"] == 503)

        for i in range(LIMIT - 50):  # no worker yet: the queue only grows
            single(i)
        batch(1000)  # arrives 50 below the limit: its first 50 accepted, the rest refused
        for i in range(2000, 2100):
            single(i)
        for first in range(3000, 4000, LIMIT_BATCH):
            batch(first)
        depth = cluster.store.documents_waiting()  # documents, not tasks: a batch's travel many to a task
        jobs_stored = sum(1 for _ in cluster.store.redis.scan_iter(match=cluster.store.keys.job("alpha", "*")))
        assert singles == {202: LIMIT - 50, 503: 100}, singles
        assert items == {202: 50, 503: 1050}, items
        assert depth == LIMIT
        assert jobs_stored == depth  # refused submissions left nothing behind

        worker = cluster.start_worker(concurrency=2)
        deadline = time.monotonic() + 120
        while cluster.store.documents_waiting() > 0:
            assert time.monotonic() < deadline, worker.tail()
            time.sleep(0.2)
        again = client.post("/v1/documents:batch", json={"documents": [{"text": text(i)} for i in range(5000, 5100)]})
        assert Counter(item["status"] for item in again.json()["items"]) == {202: 100}
        print(f"\nqueue limit {LIMIT}: singles {dict(singles)}, batch items {dict(items)}; the queue peaked at "
              f"{depth} ({jobs_stored} jobs stored); accepted again once a worker drained it")
        client.close()
    finally:
        cluster.close()
