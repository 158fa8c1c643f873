"""Submission and the queue: a new job and its task message are written by one script, so there is no moment
when one exists without the other; a job stored without its task (by a batch cut short, or an older version) is
sent when it is submitted again, once. Runs the app in-process (httpx ASGI transport) against a real Redis."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import orjson
import pytest

from api.main import create_app
from api.queue import TaskQueue
from client.embedded_redis import EmbeddedRedis, free_port
from schemas import BatchResponse, SubmitRequest, SubmitResponse
from store import Settings, Store
from store.recovery import message_documents
from tests.conftest import KEYS, api_keys_setting


@pytest.fixture
def app(redis_server: EmbeddedRedis) -> Iterator[object]:
    settings = Settings(redis_url=redis_server.url, api_keys=api_keys_setting(), key_prefix="submitq",
                        batch_task_size=25)
    app = create_app(settings)
    yield app
    for key in app.state.store.redis.scan_iter("submitq:*"):
        app.state.store.redis.delete(key)
    app.state.queue.close()
    app.state.store.close()


def post(app: object, key: str | None, text: str = "Talks resumed.", path: str = "/v1/documents",
         body: object = None) -> httpx.Response:
    async def go() -> httpx.Response:
        headers = {"Authorization": f"Bearer {KEYS['alpha']}"} | ({"Idempotency-Key": key} if key else {})
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            return await client.post(path, json={"text": text} if body is None else body, headers=headers)

    return asyncio.run(go())


def queued(store: Store) -> list[tuple[str, str]]:
    """(tenant, document id) of every document of the tasks waiting, oldest first."""
    return [found for raw in reversed(store.redis.lrange(store.keys.queue(store.queue), 0, -1))
            for found in message_documents(orjson.loads(raw))]


def test_each_submission_is_queued_once_with_its_job(app) -> None:
    store = app.state.store
    first = post(app, "order-66").json()
    assert store.is_enqueued("alpha", first["job_id"]) and queued(store) == [("alpha", first["document_id"])]
    assert post(app, "order-66").json()["job_id"] == first["job_id"]  # a replay sends nothing
    ids = [post(app, None, f"Talks resumed on day {i}.").json()["document_id"] for i in range(3)]
    batch = post(app, None, path="/v1/documents:batch", body={"documents": [{"text": "Talks ended."}, {"text": ""}]})
    assert [item["status"] for item in batch.json()["items"]] == [202, 422]
    assert queued(store) == [("alpha", d) for d in [first["document_id"], *ids,
                                                     batch.json()["items"][0]["submission"]["document_id"]]]


def test_a_job_stored_without_its_task_is_sent_when_submitted_again(app) -> None:
    store = app.state.store
    job, _ = store.submit("alpha", SubmitRequest(text="Talks resumed."), "order-67")  # no task_for: never sent
    assert queued(store) == [] and not store.is_enqueued("alpha", job.id)
    # The queue cannot be reached: 503, and the job stays as it was, for the next retry.
    reachable = app.state.queue
    app.state.queue = TaskQueue(Settings(redis_url=f"redis://127.0.0.1:{free_port()}/0", key_prefix="submitq",
                                         redis_retries=0, redis_timeout=1))
    try:
        failed = post(app, "order-67")
    finally:
        app.state.queue.close()
        app.state.queue = reachable
    assert failed.status_code == 503 and failed.headers["retry-after"]
    assert failed.headers["content-type"] == "application/problem+json" and not store.is_enqueued("alpha", job.id)
    retried = post(app, "order-67")
    assert retried.status_code == 202 and retried.json()["job_id"] == job.id
    assert queued(store) == [("alpha", job.document_id)] and store.is_enqueued("alpha", job.id)
    post(app, "order-67")
    assert len(queued(store)) == 1  # sent: a replay sends nothing


def test_a_batch_whose_tasks_cannot_be_sent_answers_503_items_with_retry_after(app) -> None:
    post(app, None, "Talks resumed on day 9.")  # stored and sent
    reachable = app.state.queue
    app.state.queue = TaskQueue(Settings(redis_url=f"redis://127.0.0.1:{free_port()}/0", key_prefix="submitq",
                                         redis_retries=0, redis_timeout=1))
    try:
        some = post(app, None, path="/v1/documents:batch",
                    body={"documents": [{"text": "Talks resumed on day 9."}, {"text": "Talks ended on day 10."}]})
        none = post(app, None, path="/v1/documents:batch",
                    body={"documents": [{"text": "Talks ended on day 11."}, {"text": "Talks ended on day 12."},
                                        {"text": ""}]})
    finally:
        app.state.queue.close()
        app.state.queue = reachable
    retry_after = str(app.state.settings.retry_after)
    assert some.status_code == 207 and some.headers["retry-after"] == retry_after
    body = some.json()
    assert body == BatchResponse.model_validate(body).model_dump(mode="json", exclude_none=True)
    assert [item["status"] for item in body["items"]] == [202, 503] and (body["accepted"], body["rejected"]) == (1, 1)
    assert body["items"][0]["submission"]["matched_on"] == "content" and body["items"][1]["problem"]["status"] == 503
    # none accepted: one problem, 503 since a retry may help, each item's own in `items`
    assert none.status_code == 503 and none.headers["retry-after"] == retry_after
    problem = none.json()
    assert [item["status"] for item in problem["items"]] == [503, 503, 422]
    assert problem["errors"][0]["loc"][:4] == ["body", "documents", 2, "text"]


def test_the_result_of_a_failed_job_is_a_409_naming_the_error(app) -> None:
    store = app.state.store
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


def test_a_batch_travels_in_batch_tasks_sent_once(app) -> None:
    """The new documents of one call go in batch tasks of up to RECORDSMITH_BATCH_TASK_SIZE documents (25 here); a
    known one is not sent again, and a replay of the call sends nothing."""
    store = app.state.store
    known = post(app, None, "Talks resumed on day 0.").json()
    documents = [{"text": f"Talks resumed on day {i}."} for i in range(30)]
    body = post(app, "feed-1", path="/v1/documents:batch", body={"documents": documents}).json()
    new = [item["submission"]["document_id"] for item in body["items"][1:]]
    messages = [orjson.loads(raw) for raw in reversed(store.redis.lrange(store.keys.queue(store.queue), 0, -1))]
    assert [m["headers"]["task"] for m in messages] == ["recordsmith.extract_document"] + \
        ["recordsmith.extract_batch"] * 2
    assert [len(message_documents(m)) for m in messages] == [1, 15, 14]  # day 0 is known: 29 new
    assert queued(store) == [("alpha", known["document_id"])] + [("alpha", d) for d in new]
    assert all(store.is_enqueued("alpha", item["submission"]["job_id"]) for item in body["items"])
    post(app, "feed-1", path="/v1/documents:batch", body={"documents": documents})
    assert store.queue_depth() == 3 and store.documents_waiting() == 30


def test_a_single_submission_answers_what_its_model_would_write(app) -> None:
    new = post(app, "order-68")
    replayed = post(app, "order-68")
    for answer in (new, replayed):
        body = answer.json()
        assert answer.status_code == 202 and answer.headers["content-type"] == "application/json"
        assert body == SubmitResponse.model_validate(body).model_dump(mode="json", exclude_none=True)
        assert answer.headers["location"] == body["links"]["job"] == f"/v1/jobs/{body['job_id']}"
    assert "idempotent-replayed" not in new.headers and replayed.headers["idempotent-replayed"] == "true"
    assert replayed.json() == {**new.json(), "duplicate_of": new.json()["document_id"],
                               "matched_on": "idempotency_key"}


def test_a_single_submission_loads_its_script_again_when_redis_has_forgotten_it(app) -> None:
    app.state.store.redis.script_flush()  # as after a restart without the scripts
    answer = post(app, None, "Talks resumed after the flush.")
    assert answer.status_code == 202
    assert queued(app.state.store) == [("alpha", answer.json()["document_id"])]
