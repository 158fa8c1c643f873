"""Bad input gets a precise RFC 9457 problem: 413, 415, 422 (with field errors), never a bare error."""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PROBLEM = "application/problem+json"


@pytest.fixture(scope="session")
def api_url(idle_api_url: str) -> str:
    return idle_api_url  # nothing here needs a worker


def assert_problem(r: httpx.Response, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == PROBLEM
    body = r.json()
    assert body["status"] == status
    assert body["title"] and body["detail"]
    assert body["instance"] == r.request.url.path
    return body


def test_body_over_the_limit_is_413(alpha: httpx.Client) -> None:
    body = assert_problem(alpha.post("/v1/documents", json={"text": "a" * (1024 * 1024 + 1)}), 413)
    assert body["limit"] == 1024 * 1024


def test_chunked_body_over_the_limit_is_413(alpha: httpx.Client) -> None:
    def chunks():  # no Content-Length: the limit is enforced while reading
        yield b'{"text": "'
        for _ in range(70):
            yield b"x" * 16384
        yield b'"}'

    assert_problem(alpha.post("/v1/documents", content=chunks(), headers={"Content-Type": "application/json"}), 413)


def test_body_just_under_the_limit_is_accepted(alpha: httpx.Client) -> None:
    text = "The talks went on. " * ((1024 * 1024 - 64) // 19)
    assert alpha.post("/v1/documents", json={"text": text}).status_code == 202


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                                          "application/xml", None])
def test_wrong_content_type_is_415(alpha: httpx.Client, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    assert_problem(alpha.post("/v1/documents", content=b'{"text": "Hello."}', headers=headers), 415)


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "application/merge+json"])
def test_json_content_types_are_accepted(alpha: httpx.Client, content_type: str) -> None:
    r = alpha.post("/v1/documents", content=b'{"text": "Hello."}', headers={"Content-Type": content_type})
    assert r.status_code == 202


@pytest.mark.parametrize("raw", [b"", b"{", b'{"text": "unterminated', b"\xff\xfe{}", b"[1, 2", b"nul\x00l"])
def test_invalid_json_is_422(alpha: httpx.Client, raw: bytes) -> None:
    body = assert_problem(alpha.post("/v1/documents", content=raw, headers={"Content-Type": "application/json"}), 422)
    assert body["errors"][0]["type"] == "json_invalid"


@pytest.mark.parametrize(
    ("payload", "loc"),
    [
        ({}, ["body"]),
        ([], ["body"]),
        ("just a string", ["body"]),
        ({"text": ""}, ["body", "text"]),
        ({"text": 42}, ["body", "text"]),
        ({"text": "ok", "language": "english"}, ["body", "language"]),
        ({"text": "ok", "published_at": "last Tuesday"}, ["body", "published_at"]),
        ({"text": "ok", "surprise": True}, ["body", "surprise"]),
        ({"text": "ok", "html": "<p>ok</p>"}, ["body"]),
        ({"text": "binary\u0000junk"}, ["body"]),
    ],
)
def test_invalid_fields_are_422_with_field_errors(alpha: httpx.Client, payload: object, loc: list[str]) -> None:
    body = assert_problem(alpha.post("/v1/documents", json=payload), 422)
    assert body["errors"], body
    assert any(e["loc"][: len(loc)] == loc for e in body["errors"]), body["errors"]
    assert all({"loc", "msg", "type"} <= set(e) for e in body["errors"])


@pytest.mark.parametrize("wait", ["-1", "31", "soon"])
def test_bad_wait_is_422(alpha: httpx.Client, wait: str) -> None:
    assert_problem(alpha.get("/v1/jobs/job_01m8g5s4tkz0yekzbyxjs27e4t", params={"wait": wait}), 422)


@pytest.mark.parametrize(("method", "path", "status"), [("GET", "/nowhere", 404), ("DELETE", "/v1/documents", 405),
                                                         ("PUT", "/healthz", 405)])
def test_unknown_routes_and_methods_are_problems(alpha: httpx.Client, method: str, path: str, status: int) -> None:
    assert_problem(alpha.request(method, path), status)


@pytest.mark.parametrize(("method", "path", "allowed"), [("DELETE", "/v1/documents", {"GET", "POST"}),
                                                         ("PUT", "/healthz", {"GET"})])
def test_405_names_every_method_of_the_path(alpha: httpx.Client, method: str, path: str, allowed: set[str]) -> None:
    # The path may be served by several routes (GET and POST /v1/documents): Allow lists them all (RFC 9110 15.5.6).
    r = alpha.request(method, path)
    assert_problem(r, 405)
    assert set(r.headers["allow"].replace(" ", "").split(",")) == allowed


def test_accepted_submission_shape(alpha: httpx.Client) -> None:
    r = alpha.post("/v1/documents", json={"text": "Officials met in Geneva on 3 March 2021.", "title": "Talks",
                                          "published_at": "2021-03-04", "language": "en", "external_id": "x-1",
                                          "metadata": {"desk": "world"}})
    assert r.status_code == 202
    body = r.json()
    assert body["status"] == "queued"
    assert body["document_id"].startswith("doc_") and body["job_id"].startswith("job_")
    assert body["links"] == {"job": f"/v1/jobs/{body['job_id']}", "document": f"/v1/documents/{body['document_id']}",
                             "result": f"/v1/documents/{body['document_id']}/result"}
    assert r.headers["location"] == body["links"]["job"]
    doc = alpha.get(body["links"]["document"]).json()
    assert doc["title"] == "Talks" and doc["external_id"] == "x-1" and doc["metadata"] == {"desk": "world"}
    assert doc["source"] == "text" and doc["length"] == 40


def test_idempotency_key_returns_the_original_job(alpha: httpx.Client) -> None:
    headers = {"Idempotency-Key": "retry-me-1"}
    first = alpha.post("/v1/documents", json={"text": "Once."}, headers=headers)
    again = alpha.post("/v1/documents", json={"text": "Once."}, headers=headers)
    assert first.status_code == again.status_code == 202
    assert first.json()["job_id"] == again.json()["job_id"]
    assert first.json()["document_id"] == again.json()["document_id"]
    assert again.headers["idempotent-replayed"] == "true" and "idempotent-replayed" not in first.headers


def test_openapi_has_stable_operation_ids_and_the_request_body(anonymous: httpx.Client) -> None:
    spec = anonymous.get("/openapi.json").json()
    ops = {op["operationId"] for path in spec["paths"].values() for op in path.values()}
    assert {"submitDocument", "getJob", "getDocument", "getResult", "healthz", "readyz"} <= ops
    body = spec["paths"]["/v1/documents"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "text" in body["properties"]


def test_openapi_declares_the_bearer_key_on_exactly_the_routes_that_need_it(anonymous: httpx.Client) -> None:
    spec = anonymous.get("/openapi.json").json()
    keyed = {op["operationId"] for path in spec["paths"].values() for op in path.values() if "security" in op}
    ops = {op["operationId"] for path in spec["paths"].values() for op in path.values()}
    assert {"submitDocument", "submitDocuments", "getJob", "listRecords", "deleteDocument"} <= keyed
    assert ops - keyed == {"healthz", "readyz", "viewDocument"}  # the view also takes a signed link instead
    assert all(op["security"] == [{"HTTPBearer": []}] for path in spec["paths"].values() for op in path.values()
               if "security" in op)
    assert spec["components"]["securitySchemes"]["HTTPBearer"] == {
        "type": "http", "scheme": "bearer", "description": "an API key of RECORDSMITH_API_KEYS"}


def test_result_not_ready_is_409_with_the_job_status_and_link(alpha: httpx.Client) -> None:
    submitted = alpha.post("/v1/documents", json={"text": "Nobody will process this one."}).json()
    body = assert_problem(alpha.get(submitted["links"]["result"]), 409)
    assert body["job_status"] == "queued" and body["job"] == submitted["links"]["job"]
    job = alpha.get(submitted["links"]["job"]).json()
    assert job["status"] == "queued" and job["attempts"] == 0 and job["links"] == submitted["links"]


@pytest.mark.parametrize("payload", [{"html": "<p>The minister spoke.</p>"}, {"url": "https://example.org/a"}])
def test_html_and_url_documents_are_accepted(alpha: httpx.Client, payload: dict) -> None:
    assert alpha.post("/v1/documents", json=payload).status_code == 202


@pytest.mark.parametrize("url", ["ftp://example.org/a", "example.org/a", "https://user:pw@example.org/",
                                 "https:///nohost", "https://example.org/a b"])
@pytest.mark.parametrize("field", ["url", "callback_url"])
def test_urls_must_be_absolute_http(alpha: httpx.Client, field: str, url: str) -> None:
    payload = {"text": "The minister spoke.", field: url} if field == "callback_url" else {field: url}
    body = assert_problem(alpha.post("/v1/documents", json=payload), 422)
    assert any(e["loc"][:2] == ["body", field] for e in body["errors"]), body["errors"]


def test_a_callback_url_without_a_tenant_secret_is_refused_up_front(alpha: httpx.Client) -> None:
    r = alpha.post("/v1/documents", json={"text": "The minister spoke.", "callback_url": "https://example.org/hook"})
    body = assert_problem(r, 422)
    assert "RECORDSMITH_WEBHOOK_SECRETS" in body["detail"] and body["errors"][0]["loc"] == ["body", "callback_url"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
field_names = st.sampled_from(["text", "html", "url", "title", "published_at", "language", "external_id",
                               "metadata", "callback_url"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(json_values, st.dictionaries(field_names, json_values, max_size=5)))
def test_any_json_body_gets_202_or_a_4xx_problem(alpha: httpx.Client, body: object) -> None:
    r = alpha.post("/v1/documents", content=json.dumps(body), headers={"Content-Type": "application/json"})
    assert r.status_code in (202, 422), r.text
    if r.status_code != 202:
        assert r.headers["content-type"] == PROBLEM and r.json()["status"] == r.status_code


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300), content_type=st.sampled_from(["application/json", "text/plain", ""]))
def test_any_bytes_get_a_4xx_problem_never_a_5xx(alpha: httpx.Client, raw: bytes, content_type: str) -> None:
    r = alpha.post("/v1/documents", content=raw, headers={"Content-Type": content_type} if content_type else {})
    assert r.status_code in (202, 415, 422), r.text
    assert r.status_code == 202 or r.headers["content-type"] == PROBLEM
