"""Scenario 5: poison documents through the real API and worker.

What the API cannot accept (empty text, binary junk, invalid UTF-8, NUL characters, more than the body limit)
gets a clear 4xx problem; everything it accepts ends `succeeded`, or `failed` with a message, inside the soft
time limit, and the same worker serves a normal document afterwards. The engine's own time on each of these
inputs (under 2 s) is tested without processes in tests/unit/test_engine_properties.py.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator

import httpx
import pytest

from schemas import JobStatus
from tests.reliability.cluster import Cluster

pytestmark = [pytest.mark.integration, pytest.mark.slow]

LIMIT = 20.0
SOFT_LIMIT_MS = (LIMIT - 2) * 1000  # store.Settings.soft_time_limit for a 20 s hard limit


def every_category(seed: int = 7) -> str:
    """Characters of every Unicode general category but surrogates (which no UTF-8 text can carry), mixed."""
    rng = random.Random(seed)
    by_category: dict[str, list[str]] = {}
    for code in range(0x110000):
        category = unicodedata.category(chr(code))
        if category not in ("Cs", "Cc") or code in (9, 10, 13, 0x85):
            by_category.setdefault(category, []).append(chr(code))
    return "".join(rng.choice(chars) for _ in range(300) for chars in by_category.values())


def accepted_poison() -> dict[str, str]:
    rng = random.Random(11)
    return {
        "1 MB on one line": ("The minister said on Thursday that talks with Russia would resume " * 20_000)[:1_000_000],
        "1 MB of one letter": "a" * 1_000_000,
        "100k quotation marks": '"' * 100_000,
        "unbalanced quotes": 'He said: "we will ' * 5_000 + "“never " * 5_000,
        "repeated name-like words": " ".join(rng.choice(["John", "Smith", "Minister", "of", "the"])
                                             for _ in range(60_000)),
        "repeated initials": "J. " * 60_000 + "Smith said.",
        "repeated dates": "on Monday, May 1, 2020 to " * 10_000,
        "nested brackets": "(" * 50_000 + ")" * 50_000,
        "a row of 200,000 dots": "." * 200_000,
        "every Unicode category": every_category(),
        "binary junk as Latin-1": bytes(rng.randrange(1, 256) for _ in range(100_000)).decode("latin-1"),
        "only whitespace": " \n\t" * 10_000,
    }


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Cluster, httpx.Client]]:
    cluster = Cluster(tmp_path_factory.mktemp("poison"), RECORDSMITH_TASK_TIME_LIMIT=str(LIMIT),
                      RECORDSMITH_VISIBILITY_TIMEOUT=str(LIMIT + 10))
    try:
        _, url = cluster.start_api()
        cluster.start_worker(concurrency=2)
        client = cluster.client(url, timeout=60)
        yield cluster, client
        client.close()
    finally:
        cluster.close()


@pytest.mark.parametrize(("name", "body"), [
    ("empty text", b'{"text": ""}'),
    ("binary junk", bytes(random.Random(3).randrange(256) for _ in range(4096))),
    ("invalid UTF-8", b'{"text": "caf\xe9 \xff\xfe"}'),
    ("a lone surrogate", b'{"text": "\\ud800 alone"}'),
    ("NUL characters", b'{"text": "binary\\u0000data"}'),
])
def test_unacceptable_input_gets_a_clear_4xx(service: tuple[Cluster, httpx.Client], name: str, body: bytes) -> None:
    _, client = service
    r = client.post("/v1/documents", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 422, (name, r.status_code, r.text[:300])
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["detail"]


def test_text_over_the_body_limit_gets_413(service: tuple[Cluster, httpx.Client]) -> None:
    _, client = service
    r = client.post("/v1/documents", json={"text": "x" * (1 << 20)})
    assert r.status_code == 413 and r.headers["content-type"] == "application/problem+json", r.text[:300]


def test_accepted_poison_ends_inside_the_soft_limit_and_the_worker_survives(
        service: tuple[Cluster, httpx.Client]) -> None:
    cluster, client = service
    worker = cluster.procs[-1]
    job_ids = {}
    for name, text in accepted_poison().items():
        r = client.post("/v1/documents", json={"text": text})
        assert r.status_code == 202, (name, r.text[:300])
        job_ids[name] = r.json()["job_id"]
    jobs = dict(zip(job_ids, cluster.wait_finished(list(job_ids.values()), timeout=180), strict=True))
    report = []
    for name, job in jobs.items():
        assert job.status is JobStatus.succeeded or job.error, (name, job)
        task_ms = job.timings_ms.get("task", job.timings_ms.get("total", 0))
        assert task_ms < SOFT_LIMIT_MS, (name, job.timings_ms)
        report.append(f"{name}: {job.status.value} in {task_ms / 1000:.2f} s")
    assert worker.process.poll() is None, worker.tail()
    normal = client.post("/v1/documents", json={"text": "\"We are ready,\" she said on Monday."})
    done = client.get(normal.json()["links"]["job"], params={"wait": 30}).json()
    assert done["status"] == "succeeded" and done["attempts"] == 1
    print("\n" + "\n".join(report))
