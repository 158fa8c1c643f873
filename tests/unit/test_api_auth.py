"""Authentication and tenant isolation, through a real uvicorn server."""

from __future__ import annotations

import httpx
import pytest


@pytest.fixture(scope="session")
def api_url(idle_api_url: str) -> str:
    return idle_api_url  # nothing here needs a worker


PROTECTED = [
    ("POST", "/v1/documents"),
    ("GET", "/v1/jobs/job_01m8g5s4tkz0yekzbyxjs27e4t"),
    ("GET", "/v1/documents/doc_01m8g5s4tk0j6s04d305nhzmc5"),
    ("GET", "/v1/documents/doc_01m8g5s4tk0j6s04d305nhzmc5/result"),
]
BAD_AUTH = [
    None,
    "Bearer",
    "Bearer not-a-key",
    "Basic dGVzdDp0ZXN0",
    "test-key-alpha-9f2c",  # the right key without the scheme
    "Bearer test-key-alpha-9f2",  # a prefix of a real key
]


@pytest.mark.parametrize(("method", "path"), PROTECTED)
@pytest.mark.parametrize("authorization", BAD_AUTH)
def test_missing_or_wrong_key_is_401_problem(anonymous: httpx.Client, method: str, path: str,
                                             authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    r = anonymous.request(method, path, headers=headers, json={"text": "Hello."})
    assert r.status_code == 401
    assert r.headers["content-type"] == "application/problem+json"
    assert r.headers["www-authenticate"].startswith("Bearer")
    body = r.json()
    assert body["status"] == 401 and body["title"] and body["detail"]


def test_bearer_scheme_is_case_insensitive(anonymous: httpx.Client) -> None:
    r = anonymous.post("/v1/documents", json={"text": "The minister spoke on Monday."},
                       headers={"Authorization": "bearer test-key-alpha-9f2c"})
    assert r.status_code == 202


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/openapi.json"])
def test_health_and_openapi_need_no_key(anonymous: httpx.Client, path: str) -> None:
    assert anonymous.get(path).status_code == 200


def test_a_tenant_gets_404_for_another_tenants_ids(alpha: httpx.Client, beta: httpx.Client) -> None:
    submitted = alpha.post("/v1/documents", json={"text": "The ministry said the talks would resume."}).json()
    for path in (submitted["links"]["job"], submitted["links"]["document"], submitted["links"]["result"]):
        assert alpha.get(path).status_code in (200, 409), path  # the owner sees it
        r = beta.get(path)
        assert r.status_code == 404, path
        assert r.headers["content-type"] == "application/problem+json"
        assert submitted["document_id"] not in r.text or submitted["job_id"] not in r.text


def test_the_same_idempotency_key_in_two_tenants_makes_two_jobs(alpha: httpx.Client, beta: httpx.Client) -> None:
    headers = {"Idempotency-Key": "shared-key-7"}
    a = alpha.post("/v1/documents", json={"text": "Alpha's article."}, headers=headers).json()
    b = beta.post("/v1/documents", json={"text": "Beta's article."}, headers=headers).json()
    assert a["job_id"] != b["job_id"] and a["document_id"] != b["document_id"]
    assert beta.get(a["links"]["job"]).status_code == 404


@pytest.mark.parametrize("job_id", ["nope", "job_", "job_../../x", "doc_01m8g5s4tk0j6s04d305nhzmc5", "job_" + "z" * 26])
def test_malformed_or_unknown_ids_are_404(alpha: httpx.Client, job_id: str) -> None:
    r = alpha.get(f"/v1/jobs/{job_id}")
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/problem+json"
