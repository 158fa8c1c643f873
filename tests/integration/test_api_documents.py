"""Documents over real HTTP, Redis and a worker: duplicates recognised (Idempotency-Key, external_id, content),
the list, delete, the schemas, and the result's 409 while a job is not done or after it failed."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import httpx
import jsonschema
import pytest

from api.queue import TaskQueue
from client.embedded_redis import EmbeddedRedis
from schemas import SubmitRequest
from schemas.export import EXPORTED
from store import Settings, Store
from store.queue import EXTRACT_DOCUMENT
from tests.conftest import Proc
from tests.integration.test_seed_roundtrip import wait_finished

pytestmark = pytest.mark.integration

PROBLEM = "application/problem+json"
SCHEMAS = Path(__file__).parents[2] / "schemas" / "json"


def unique(text: str = "The committee met in Geneva on Tuesday.") -> str:
    """Content no other test submitted: content deduplication must not join unrelated tests."""
    return f"{text} Reference {uuid.uuid4().hex}."


def problem_of(r: httpx.Response, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == PROBLEM
    return r.json()


def test_an_idempotency_key_with_another_body_is_refused(alpha: httpx.Client) -> None:
    headers = {"Idempotency-Key": f"k-{uuid.uuid4()}"}
    first = alpha.post("/v1/documents", json={"text": unique()}, headers=headers)
    assert first.status_code == 202
    body = problem_of(alpha.post("/v1/documents", json={"text": unique()}, headers=headers), 422)
    assert "Idempotency-Key" in body["detail"] and body["title"] == "Idempotency-Key reused"


def test_the_same_key_is_another_document_for_another_tenant(alpha: httpx.Client, beta: httpx.Client) -> None:
    headers, text = {"Idempotency-Key": f"k-{uuid.uuid4()}"}, unique()
    a = alpha.post("/v1/documents", json={"text": text}, headers=headers).json()
    b = beta.post("/v1/documents", json={"text": text}, headers=headers).json()
    assert a["document_id"] != b["document_id"] and "duplicate_of" not in b
    assert beta.get(a["links"]["document"]).status_code == 404


def test_external_id_returns_the_original_document(alpha: httpx.Client, beta: httpx.Client) -> None:
    external = f"wire-{uuid.uuid4()}"
    first = alpha.post("/v1/documents", json={"text": unique(), "external_id": external})
    again = alpha.post("/v1/documents", json={"text": unique(), "external_id": external, "title": "v2"})
    assert first.status_code == again.status_code == 202
    assert again.json()["document_id"] == first.json()["document_id"] == again.json()["duplicate_of"]
    assert again.json()["matched_on"] == "external_id" and "idempotent-replayed" not in again.headers
    assert "duplicate_of" not in first.json()
    # Another tenant's external ids are its own.
    other = beta.post("/v1/documents", json={"text": unique(), "external_id": external}).json()
    assert other["document_id"] != first.json()["document_id"] and "duplicate_of" not in other
    # ... and each finds its own by it.
    for client, expected in ((alpha, first.json()["document_id"]), (beta, other["document_id"])):
        page = client.get("/v1/documents", params={"external_id": external}).json()
        assert [d["id"] for d in page["documents"]] == [expected] and page["next_cursor"] is None
        assert page["documents"][0]["external_id"] == external
    assert alpha.get("/v1/documents", params={"external_id": f"none-{uuid.uuid4()}"}).json()["documents"] == []


def test_the_same_content_reuses_the_document_and_its_result(alpha: httpx.Client, worker: Proc) -> None:
    text = unique('"We will hold the line," the minister said on Monday.')
    first = alpha.post("/v1/documents", json={"text": text, "published_at": "2024-02-15"}).json()
    assert wait_finished(alpha, first["links"]["job"])["status"] == "succeeded", worker.tail()
    again = alpha.post("/v1/documents", json={"text": text, "published_at": "2024-02-15", "title": "copy"})
    assert again.status_code == 202
    body = again.json()
    assert body["matched_on"] == "content" and body["duplicate_of"] == first["document_id"]
    assert body["status"] == "succeeded"  # nothing new to wait for: the result is there
    assert alpha.get(body["links"]["result"]).json()["document_id"] == first["document_id"]
    # Another publication date or language is another content: its relative dates resolve differently.
    later = alpha.post("/v1/documents", json={"text": text, "published_at": "2024-03-15"}).json()
    assert later["document_id"] != first["document_id"] and "duplicate_of" not in later


def test_a_failed_document_does_not_block_its_resubmission(alpha: httpx.Client, worker: Proc,
                                                           redis_server: EmbeddedRedis) -> None:
    settings = Settings(redis_url=redis_server.url)
    store, queue = Store.from_settings(settings), TaskQueue(settings)
    try:
        # Stored as the API would, and failed by the real worker (a URL it may not fetch, or no URL support).
        external = f"feed-{uuid.uuid4()}"
        job, _ = store.submit("alpha", SubmitRequest(url="http://127.0.0.1:9/article", external_id=external))
        queue.send(EXTRACT_DOCUMENT, ["alpha", job.document_id])
        assert wait_finished(alpha, f"/v1/jobs/{job.id}")["status"] == "failed", worker.tail()
        result = problem_of(alpha.get(f"/v1/documents/{job.document_id}/result"), 409)
        assert result["job_status"] == "failed" and result["job"] == f"/v1/jobs/{job.id}"
        assert result["type"].endswith("/extraction-failed") and result["detail"].startswith("extraction failed: ")
        retried = alpha.post("/v1/documents", json={"text": unique(), "external_id": external}).json()
        assert retried["document_id"] != job.document_id and "duplicate_of" not in retried
    finally:
        store.close()
        queue.close()


def test_the_409_of_a_pending_result_is_in_the_openapi_document(anonymous: httpx.Client) -> None:
    spec = anonymous.get("/openapi.json").json()
    conflict = spec["paths"]["/v1/documents/{document_id}/result"]["get"]["responses"]["409"]
    schema = conflict["content"][PROBLEM]["schema"]
    assert {"job_status", "job"} <= set(schema["properties"]) and {"job_status", "job"} <= set(schema["required"])


def test_list_is_newest_first_and_paginates_without_gaps(beta: httpx.Client) -> None:
    batch = beta.post("/v1/documents:batch", json={"documents": [{"text": unique()} for _ in range(7)]}).json()
    single = beta.post("/v1/documents", json={"text": unique(), "title": "latest"}).json()
    mine = {item["submission"]["document_id"] for item in batch["items"]} | {single["document_id"]}
    seen, cursor = [], None
    while True:
        page = beta.get("/v1/documents", params={"limit": 3} | ({"cursor": cursor} if cursor else {})).json()
        assert len(page["documents"]) <= 3
        seen += page["documents"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    ids = [d["id"] for d in seen]
    assert len(ids) == len(set(ids)), "a document appeared twice"
    assert mine <= set(ids)
    assert ids[0] == single["document_id"] and seen[0]["title"] == "latest"  # the newest comes first
    created = [d["created_at"] for d in seen]
    assert created == sorted(created, reverse=True)
    assert all(d["status"] in ("queued", "running", "succeeded", "failed") for d in seen)


@pytest.mark.parametrize("params", [{"cursor": "not-a-cursor!"}, {"limit": 0}, {"limit": 101}])
def test_list_refuses_bad_parameters(alpha: httpx.Client, params: dict) -> None:
    problem_of(alpha.get("/v1/documents", params=params), 422)


def test_delete_removes_document_result_job_and_records(alpha: httpx.Client, beta: httpx.Client,
                                                        worker: Proc, redis_server: EmbeddedRedis) -> None:
    text = unique('"We will not sign," Minister Ottilie Fairweather said on Monday.')
    doc = alpha.post("/v1/documents", json={"text": text, "external_id": f"x-{uuid.uuid4()}",
                                            "published_at": "2024-02-15"}).json()
    assert wait_finished(alpha, doc["links"]["job"])["status"] == "succeeded", worker.tail()
    assert alpha.get("/v1/records", params={"speaker": "Fairweather"}).json()["records"]

    assert beta.delete(doc["links"]["document"]).status_code == 404  # not beta's to delete
    r = alpha.delete(doc["links"]["document"])
    assert r.status_code == 204 and r.content == b""
    for link in doc["links"].values():
        problem_of(alpha.get(link), 404)
    problem_of(alpha.delete(doc["links"]["document"]), 404)
    assert alpha.get("/v1/records", params={"speaker": "Fairweather"}).json() == {"records": [], "next_cursor": None}
    assert doc["document_id"] not in {d["id"] for d in alpha.get("/v1/documents", params={"limit": 100}).json()[
        "documents"]}
    client = Settings(redis_url=redis_server.url)
    store = Store.from_settings(client)
    try:
        leftovers = [k for k in store.redis.scan_iter("rs:t:alpha:*") if doc["document_id"].encode() in k
                     or doc["job_id"].encode() in k]
        assert leftovers == []
        assert not any(doc["document_id"].encode() in m for key in store.redis.scan_iter("rs:t:alpha:rx:*")
                       if store.redis.type(key) == b"zset" for m in store.redis.zrange(key, 0, -1))
    finally:
        store.close()
    # Its content is free again: submitting it creates a new document.
    again = alpha.post("/v1/documents", json={"text": text, "published_at": "2024-02-15"}).json()
    assert again["document_id"] != doc["document_id"] and "duplicate_of" not in again


@pytest.mark.parametrize("document_id", ["doc_01m8g5s4tkz0yekzbyxjs27e4t", "nonsense",
                                         "job_01m8g5s4tkz0yekzbyxjs27e4t"])
def test_deleting_an_unknown_document_is_404(alpha: httpx.Client, document_id: str) -> None:
    problem_of(alpha.delete(f"/v1/documents/{document_id}"), 404)


@pytest.mark.parametrize("name", sorted(EXPORTED))
def test_every_schema_is_served_as_committed(alpha: httpx.Client, name: str) -> None:
    r = alpha.get(f"/v1/schemas/{name}")
    assert r.status_code == 200 and r.headers["content-type"] == "application/schema+json"
    assert r.json() == json.loads((SCHEMAS / f"{name}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(r.json())
    assert alpha.get(f"/v1/schemas/{name}.schema.json").json() == r.json()


def test_schema_names_are_listed_and_unknown_ones_are_404(alpha: httpx.Client, anonymous: httpx.Client) -> None:
    assert alpha.get("/v1/schemas").json() == sorted(EXPORTED)
    for name in ("nope", "..%2F..%2Fpyproject.toml", "extraction-result.json"):
        problem_of(alpha.get(f"/v1/schemas/{name}"), 404)
    problem_of(anonymous.get("/v1/schemas/job"), 401)
