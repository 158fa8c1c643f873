"""`POST /v1/documents:batch` over real HTTP, Redis and a worker: one outcome per document, 207 always."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest
import redis

from client.embedded_redis import EmbeddedRedis
from schemas import BatchResponse
from tests.conftest import KEYS, Proc
from tests.integration.test_seed_roundtrip import wait_finished
from tests.localhttp import LocalServer

pytestmark = pytest.mark.integration

PROBLEM = "application/problem+json"


def texts(n: int, topic: str = "talks") -> list[str]:
    run = uuid.uuid4().hex[:8]
    return [f'"The {topic} will resume on day {i}," the envoy said in Vienna. Ref {run}-{i}.' for i in range(n)]


def test_each_document_gets_its_own_outcome(alpha: httpx.Client, worker: Proc) -> None:
    good = texts(3)
    documents = [{"text": good[0], "published_at": "2024-02-15"}, {"text": ""}, {"text": good[1], "bogus": 1},
                 {"text": good[2], "external_id": f"b-{uuid.uuid4()}"}, {"text": good[1], "language": "english"},
                 {"text": good[0], "published_at": "2024-02-15"}, "not an object"]
    r = alpha.post("/v1/documents:batch", json={"documents": documents})
    assert r.status_code == 207, r.text
    body = r.json()
    # written without models, it is what the documented model dumps
    assert body == BatchResponse.model_validate(body).model_dump(mode="json", exclude_none=True)
    assert r.headers["content-type"] == "application/json" and "retry-after" not in r.headers
    assert [item["index"] for item in body["items"]] == list(range(len(documents)))
    assert [item["status"] for item in body["items"]] == [202, 422, 422, 202, 422, 202, 422]
    assert body["accepted"] == 3 and body["rejected"] == 4
    first, empty, unknown = body["items"][0], body["items"][1], body["items"][2]
    assert first["submission"]["status"] == "queued" and "problem" not in first
    assert empty["problem"]["errors"][0]["loc"][:4] == ["body", "documents", 1, "text"]
    assert unknown["problem"]["errors"][0]["loc"] == ["body", "documents", 2, "bogus"]
    assert all(item["problem"]["status"] == item["status"] for item in body["items"] if item["status"] != 202)
    # The same content twice in one call: the second is recognised as the first.
    repeat = body["items"][5]["submission"]
    assert repeat["document_id"] == first["submission"]["document_id"] and repeat["matched_on"] == "content"
    for item in (body["items"][0], body["items"][3]):
        job = wait_finished(alpha, item["submission"]["links"]["job"])
        assert job["status"] == "succeeded", worker.tail()
        assert alpha.get(item["submission"]["links"]["result"]).status_code == 200


def test_a_retried_batch_with_its_key_returns_the_same_jobs(alpha: httpx.Client) -> None:
    headers = {"Idempotency-Key": f"batch-{uuid.uuid4()}"}
    documents = [{"text": t} for t in texts(4, "negotiations")]
    first = alpha.post("/v1/documents:batch", json={"documents": documents}, headers=headers).json()
    again = alpha.post("/v1/documents:batch", json={"documents": documents}, headers=headers).json()
    ids = [item["submission"]["job_id"] for item in first["items"]]
    assert [item["submission"]["job_id"] for item in again["items"]] == ids and len(set(ids)) == 4
    assert {item["submission"]["matched_on"] for item in again["items"]} == {"idempotency_key"}
    # Reusing the key for other documents is refused document by document.
    changed = alpha.post("/v1/documents:batch", json={"documents": [{"text": "Something else."}, documents[1]]},
                         headers=headers).json()
    assert [item["status"] for item in changed["items"]] == [422, 202]
    assert "Idempotency-Key" in changed["items"][0]["problem"]["detail"]
    assert changed["items"][1]["submission"]["job_id"] == ids[1]


def test_a_batch_of_which_no_document_is_accepted_is_one_problem(alpha: httpx.Client) -> None:
    r = alpha.post("/v1/documents:batch", json={"documents": [{"text": ""}, {"title": "no text"}, 7]})
    assert r.status_code == 422 and r.headers["content-type"] == PROBLEM
    body = r.json()
    assert body["title"] == "No document accepted" and [item["index"] for item in body["items"]] == [0, 1, 2]
    assert {tuple(e["loc"][:3]) for e in body["errors"]} == {("body", "documents", 0), ("body", "documents", 1),
                                                              ("body", "documents", 2)}
    too_big = alpha.post("/v1/documents:batch", json={"documents": [{"text": "a" * (1024 * 1024 + 10)}]})
    assert too_big.status_code == 413 and too_big.json()["items"][0]["status"] == 413


@pytest.mark.parametrize(("body", "fragment"), [
    ({"documents": []}, "documents"),
    ({"documents": "text"}, "documents"),
    ({}, "documents"),
    ({"documents": [{"text": "x"}], "extra": True}, "extra"),
    ({"documents": [{"text": f"Doc {i}."} for i in range(101)]}, "at most 100"),
])
def test_a_wrong_batch_as_a_whole_is_one_422(alpha: httpx.Client, body: dict, fragment: str) -> None:
    r = alpha.post("/v1/documents:batch", json=body)
    assert r.status_code == 422 and r.headers["content-type"] == PROBLEM
    assert fragment in r.text


def test_batches_need_a_key_and_json(anonymous: httpx.Client, alpha: httpx.Client) -> None:
    assert anonymous.post("/v1/documents:batch", json={"documents": [{"text": "x"}]}).status_code == 401
    assert alpha.post("/v1/documents:batch", content=b"documents", headers={"Content-Type": "text/plain"}
                      ).status_code == 415


def test_an_oversized_document_is_refused_alone(alpha: httpx.Client) -> None:
    documents = [{"text": "a" * (1024 * 1024 + 10)}, {"text": texts(1, "summit")[0]}]
    body = alpha.post("/v1/documents:batch", json={"documents": documents}).json()
    assert [item["status"] for item in body["items"]] == [413, 202]


def test_the_same_content_twice_in_a_batch_is_queued_once(idle_api_url: str, redis_server: EmbeddedRedis) -> None:
    client = redis.Redis.from_url(redis_server.url)
    before = client.llen("rs:celery:unconsumed")  # the idle API's queue: nobody takes from it
    text = texts(1, "repeat")[0]
    with httpx.Client(base_url=idle_api_url, headers={"Authorization": f"Bearer {KEYS['alpha']}"}) as api:
        body = api.post("/v1/documents:batch", json={"documents": [{"text": text}, {"text": text}]}).json()
    first, second = (item["submission"] for item in body["items"])
    assert second["duplicate_of"] == first["document_id"] and second["matched_on"] == "content"
    assert client.llen("rs:celery:unconsumed") == before + 1
    client.close()


def test_a_thousand_documents_enqueue_in_ten_calls(idle_api_url: str) -> None:
    """The flood path: 10 calls of 100 documents, each one pipelined Redis round trip plus the task sends.
    Measured against the idle API (no worker consumes its queue), so only enqueueing is timed."""
    with httpx.Client(base_url=idle_api_url, headers={"Authorization": f"Bearer {KEYS['alpha']}"},
                      timeout=60) as client:
        batches = [[{"text": t} for t in texts(100, f"flood {b}")] for b in range(10)]
        t0 = time.perf_counter()
        answers = [client.post("/v1/documents:batch", json={"documents": docs}) for docs in batches]
        elapsed = time.perf_counter() - t0
    assert all(r.status_code == 207 for r in answers)
    assert sum(r.json()["accepted"] for r in answers) == 1000
    print(f"\n1000 documents enqueued in {elapsed:.2f} s ({1000 / elapsed:.0f} documents/s)")
    assert elapsed < 30  # generous: ~1 s on an idle 2-core machine


def test_a_failing_document_fails_alone_in_its_batch_task(alpha: httpx.Client, worker: Proc, web: LocalServer) -> None:
    """The accepted documents of one call travel in one batch task: the one whose URL the worker refuses (a
    private address) ends `failed` with the reason, its siblings before and after it succeed, each in one
    delivery, each with its own result."""
    url = web.route("/batch-private.html", (200, {"Content-Type": "text/html"}, b"<p>Never fetched.</p>"))
    good = texts(4, "consultations")
    documents = [{"text": good[0]}, {"text": good[1]}, {"url": url}, {"text": good[2]}, {"text": good[3]}]
    items = alpha.post("/v1/documents:batch", json={"documents": documents}).json()["items"]
    jobs = [wait_finished(alpha, item["submission"]["links"]["job"]) for item in items]
    assert [job["status"] for job in jobs] == ["succeeded", "succeeded", "failed", "succeeded", "succeeded"], \
        worker.tail()
    assert "is not a public address" in jobs[2]["error"] and [job["attempts"] for job in jobs] == [1] * 5
    results = [alpha.get(item["submission"]["links"]["result"]) for item in items]
    assert [r.status_code for r in results] == [200, 200, 409, 200, 200]
    assert [r.json()["quotes"][0]["text"] for r in results if r.status_code == 200] == \
        [t.split('"')[1] for t in good]
