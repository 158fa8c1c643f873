"""Scenario 3: Redis goes away and comes back. /healthz stays 200, /readyz and every Redis-backed request
answer 503 problem+json with Retry-After, and when Redis returns the same API and worker serve again,
without a restart, the work accepted before the outage intact (AOF)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from schemas import JobStatus
from tests.reliability.cluster import Cluster

pytestmark = pytest.mark.integration

OUTAGE = 4.0  # longer than the Redis timeouts (2 s): clients and the worker see it as down, not slow


def test_redis_down_then_back(tmp_path: Path) -> None:
    cluster = Cluster(tmp_path)
    try:
        api, url = cluster.start_api()
        worker = cluster.start_worker(concurrency=1)
        client = cluster.client(url, timeout=20)
        before = client.post("/v1/documents", json={"text": "\"Talks went well,\" she said before the outage."})
        assert before.status_code == 202
        assert client.get(before.json()["links"]["job"], params={"wait": 20}).json()["status"] == "succeeded"

        cluster.redis.kill()
        down_at = time.monotonic()
        assert client.get("/healthz").status_code == 200
        for r in (client.get("/readyz"),
                  client.post("/v1/documents", json={"text": "During the outage."}),
                  client.get(before.json()["links"]["job"]),
                  client.get(before.json()["links"]["result"])):
            assert r.status_code == 503, (r.request.url, r.text)
            assert r.headers["content-type"] == "application/problem+json"
            assert int(r.headers["retry-after"]) >= 1
            assert r.json()["status"] == 503
        time.sleep(max(0.0, OUTAGE - (time.monotonic() - down_at)))
        assert worker.process.poll() is None, "the worker died with Redis:\n" + worker.tail()

        cluster.redis.start()  # same port, AOF replayed: what was accepted before the outage is still there
        back_at = time.monotonic()
        assert client.get("/readyz").status_code == 200
        assert client.get(before.json()["links"]["result"]).status_code == 200
        after = client.post("/v1/documents", json={"text": "\"We are back,\" the operator said on Monday."})
        assert after.status_code == 202
        job = client.get(after.json()["links"]["job"], params={"wait": 30}).json()
        assert job["status"] == JobStatus.succeeded, (job, worker.tail())
        assert api.process.poll() is None and worker.process.poll() is None
        print(f"\nRedis down {back_at - down_at:.1f} s; a new document succeeded {time.monotonic() - back_at:.1f} s "
              "after it returned, on the same API and worker")
        client.close()
    finally:
        cluster.close()
