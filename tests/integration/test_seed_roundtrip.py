"""The whole path over real HTTP, Redis and a Celery worker: submit the seed article, long-poll, fetch."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import httpx
import jsonschema
import pytest

from client.embedded_redis import EmbeddedRedis
from extractor import extract
from schemas import ExtractionResult, SubmitRequest, check_spans
from store import Settings, Store
from tests.conftest import Proc

pytestmark = pytest.mark.integration

SCHEMA = json.loads((Path(__file__).parents[2] / "schemas/json/extraction-result.schema.json").read_text())
JOB_SCHEMA = json.loads((Path(__file__).parents[2] / "schemas/json/job.schema.json").read_text())


def wait_finished(client: httpx.Client, job_url: str, limit: float = 60.0) -> dict:
    deadline = time.monotonic() + limit
    while True:
        job = client.get(job_url, params={"wait": 10}).json()
        if job["status"] in ("succeeded", "failed") or time.monotonic() > deadline:
            return job


def test_seed_article_round_trip(alpha: httpx.Client, worker: Proc, seed_text: str) -> None:
    submitted = alpha.post("/v1/documents", json={"text": seed_text, "published_at": "2023-10-05",
                                                  "title": "CTBT"})
    assert submitted.status_code == 202, submitted.text
    links = submitted.json()["links"]

    job = wait_finished(alpha, links["job"])
    assert job["status"] == "succeeded", (job, worker.tail())
    jsonschema.validate(job, JOB_SCHEMA)
    assert job["attempts"] == 1 and job["started_at"] and job["finished_at"] and "error" not in job
    assert job["timings_ms"]["total"] >= 0

    r = alpha.get(links["result"])
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    jsonschema.validate(body, SCHEMA)
    result = ExtractionResult.model_validate(body)
    check_spans(result, seed_text)
    assert result.document_id == submitted.json()["document_id"]
    assert result.reference_date == "2023-10-05"

    # The service transports the engine faithfully: same records as a local run on the same text.
    local = extract(seed_text, date(2023, 10, 5), None, document_id=result.document_id)
    strip = {"timings_ms"}
    assert result.model_dump(exclude=strip) == local.model_dump(exclude=strip)


def test_long_poll_returns_early_when_the_job_finishes(alpha: httpx.Client, worker: Proc) -> None:
    submitted = alpha.post("/v1/documents", json={"text": "\"We will not back down,\" the minister said."}).json()
    t0 = time.monotonic()
    job = alpha.get(submitted["links"]["job"], params={"wait": 25}).json()
    assert job["status"] == "succeeded", worker.tail()
    assert time.monotonic() - t0 < 20


def test_long_poll_gives_up_after_wait_seconds_and_the_result_answers_409(alpha: httpx.Client,
                                                                           redis_server: EmbeddedRedis) -> None:
    # A job written to the store but never sent to the queue stays queued.
    store = Store.from_settings(Settings(redis_url=redis_server.url))
    job, _ = store.submit("alpha", SubmitRequest(text="Never queued."))
    t0 = time.monotonic()
    polled = alpha.get(f"/v1/jobs/{job.id}", params={"wait": 1.5}).json()
    elapsed = time.monotonic() - t0
    assert polled["status"] == "queued"
    assert 1.4 <= elapsed < 4
    r = alpha.get(f"/v1/documents/{job.document_id}/result")
    assert r.status_code == 409 and r.headers["content-type"] == "application/problem+json"
    assert r.json()["job_status"] == "queued" and r.json()["job"] == f"/v1/jobs/{job.id}"
    assert r.headers["retry-after"]
    store.close()


def test_many_documents_all_succeed(alpha: httpx.Client, worker: Proc) -> None:
    sentences = [f"\"Talks will resume on {day},\" the spokesman told reporters in Vienna." for day in
                 ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")] * 6
    jobs = [alpha.post("/v1/documents", json={"text": s}).json()["links"]["job"] for s in sentences]
    finished = [wait_finished(alpha, j) for j in jobs]
    assert [j["status"] for j in finished] == ["succeeded"] * len(jobs), worker.tail()
