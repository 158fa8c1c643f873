"""Submission when the queue fails after the job was stored: 503, and a retry with the same Idempotency-Key
sends the task exactly once. Runs the app in-process (httpx ASGI transport) with a stand-in queue."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from api.main import create_app
from client.embedded_redis import EmbeddedRedis
from store import Settings, Store, TransientError
from tests.conftest import KEYS, api_keys_setting


class FlakyQueue:
    def __init__(self) -> None:
        self.down = True
        self.sent: list[tuple[str, str]] = []

    def send_extracts(self, tenant: str, document_ids: list[str]) -> None:
        if self.down:
            raise TransientError("the queue is unreachable")
        self.sent += [(tenant, document_id) for document_id in document_ids]

    def close(self) -> None:
        pass


@pytest.fixture
def app_and_queue(redis_server: EmbeddedRedis) -> Iterator[tuple[object, FlakyQueue, Store]]:
    settings = Settings(redis_url=redis_server.url, api_keys=api_keys_setting(), key_prefix="submitq")
    app = create_app(settings)
    app.state.queue.close()
    app.state.queue = queue = FlakyQueue()
    yield app, queue, app.state.store
    for key in app.state.store.redis.scan_iter("submitq:*"):
        app.state.store.redis.delete(key)
    app.state.store.close()


def post(app: object, key: str | None, text: str = "Talks resumed.", path: str = "/v1/documents",
         body: object = None) -> httpx.Response:
    async def go() -> httpx.Response:
        headers = {"Authorization": f"Bearer {KEYS['alpha']}"} | ({"Idempotency-Key": key} if key else {})
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            return await client.post(path, json={"text": text} if body is None else body, headers=headers)

    return asyncio.run(go())


def test_a_batch_that_cannot_be_queued_answers_503_per_document_and_a_keyed_retry_sends_once(app_and_queue) -> None:
    app, queue, store = app_and_queue
    batch = {"documents": [{"text": f"Talks resumed on day {i}."} for i in range(3)] + [{"text": ""}]}
    failed = post(app, "batch-66", path="/v1/documents:batch", body=batch)
    assert failed.status_code == 503 and failed.headers["retry-after"]  # nothing accepted, a retry may help
    assert [item["status"] for item in failed.json()["items"]] == [503, 503, 503, 422]
    queue.down = False
    retried = post(app, "batch-66", path="/v1/documents:batch", body=batch).json()
    assert [item["status"] for item in retried["items"]] == [202, 202, 202, 422]
    assert sorted(d for _, d in queue.sent) == sorted(i["submission"]["document_id"] for i in retried["items"][:3])
    post(app, "batch-66", path="/v1/documents:batch", body=batch)
    assert len(queue.sent) == 3  # sent: a replay sends nothing
    # Without a key, the stored jobs that could not be queued are closed rather than left queued.
    queue.down = True
    unkeyed = post(app, None, path="/v1/documents:batch", body={"documents": [{"text": "Never queued."}]})
    assert unkeyed.status_code == 503 and unkeyed.json()["items"][0]["status"] == 503
    assert [store.get_job("alpha", k.decode().rsplit(":", 1)[1]).status for k in
            store.redis.scan_iter("submitq:t:alpha:job:*")].count("failed") == 1


def test_a_retry_sends_the_task_that_the_first_attempt_could_not(app_and_queue) -> None:
    app, queue, store = app_and_queue
    failed = post(app, "order-66")
    assert failed.status_code == 503 and failed.headers["retry-after"]
    assert failed.headers["content-type"] == "application/problem+json"

    queue.down = False
    retried = post(app, "order-66")
    assert retried.status_code == 202
    assert queue.sent == [("alpha", retried.json()["document_id"])]
    assert store.is_enqueued("alpha", retried.json()["job_id"])

    assert post(app, "order-66").json()["job_id"] == retried.json()["job_id"]
    assert len(queue.sent) == 1  # already sent: a replay sends nothing


def test_without_a_key_every_submission_is_sent_once(app_and_queue) -> None:
    app, queue, _ = app_and_queue
    queue.down = False
    ids = {post(app, None, f"Talks resumed on day {i}.").json()["document_id"] for i in range(3)}
    assert len(ids) == 3 and sorted(d for _, d in queue.sent) == sorted(ids)


def test_a_send_failure_without_a_key_closes_the_job_instead_of_leaving_it_queued(app_and_queue) -> None:
    app, queue, store = app_and_queue
    assert post(app, None).status_code == 503
    (job_key,) = list(store.redis.scan_iter("submitq:t:alpha:job:*"))
    job = store.get_job("alpha", job_key.decode().rsplit(":", 1)[1])
    assert job.status == "failed" and "submit it again" in job.error


def test_the_result_of_a_failed_job_is_a_409_naming_the_error(app_and_queue) -> None:
    app, queue, store = app_and_queue
    queue.down = False
    submitted = post(app, None).json()
    store.start_attempt("alpha", submitted["job_id"])
    store.fail("alpha", submitted["job_id"], "RuntimeError: the engine broke")

    async def get(path: str) -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test",
                                     headers={"Authorization": f"Bearer {KEYS['alpha']}"}) as client:
            return await client.get(path)

    r = asyncio.run(get(submitted["links"]["result"]))
    assert r.status_code == 409 and r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["job_status"] == "failed" and "the engine broke" in problem["detail"]
    assert problem["type"].endswith("/extraction-failed")
    job = asyncio.run(get(submitted["links"]["job"])).json()
    assert job["status"] == "failed" and job["error"] == "RuntimeError: the engine broke" and job["attempts"] == 1
