"""Every route of the OpenAPI document keeps tenants apart: tenant beta, with a valid key of its own, gets
404 for each of tenant alpha's ids, on every method of every route that takes one, and never sees alpha's
ids in any listing. Routes are read from the served OpenAPI document, so a new route is covered (or the test
fails on a path parameter it does not know) without anyone remembering to add it here."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

import httpx
import pytest

from tests.conftest import Proc
from tests.integration.test_seed_roundtrip import wait_finished

pytestmark = pytest.mark.integration

PARAM = re.compile(r"\{([^}]+)\}")
# Path parameters that are not a tenant's data: the same for every tenant (the published JSON Schemas).
SHARED_PARAMETERS = {"name"}
NOWHERE = {"document_id": "doc_01m8g5s4tk0j6s04d305nhzmc5", "job_id": "job_01m8g5s4tkz0yekzbyxjs27e4t"}


@pytest.fixture(scope="module")
def owned(client_for: Callable[[str | None], httpx.Client], worker: Proc) -> dict[str, str]:
    """Ids of one of alpha's documents, extracted, by the path parameter names that carry them."""
    alpha = client_for("alpha")
    text = f'"The port will reopen," the harbour master Ilse Drummond said on Monday. Ref {uuid.uuid4().hex}.'
    submitted = alpha.post("/v1/documents", json={"text": text, "published_at": "2021-05-04"}).json()
    assert wait_finished(alpha, submitted["links"]["job"])["status"] == "succeeded", worker.tail()
    return {"document_id": submitted["document_id"], "job_id": submitted["job_id"]}


def operations(client: httpx.Client) -> list[tuple[str, str, list[str]]]:
    spec = client.get("/openapi.json").json()
    found = []
    for path, item in spec["paths"].items():
        for method in item:
            if method in ("get", "post", "put", "patch", "delete"):
                found.append((method.upper(), path, PARAM.findall(path)))
    return sorted(found, key=lambda op: op[0] == "DELETE")  # deletions last: the document must still be there


def test_every_route_with_an_id_answers_404_to_another_tenant(alpha: httpx.Client, beta: httpx.Client,
                                                            owned: dict[str, str]) -> None:
    checked = []
    for method, path, params in operations(alpha):
        unknown = set(params) - set(owned) - SHARED_PARAMETERS
        assert not unknown, f"{method} {path}: teach this test which ids {unknown} are (or that they are shared)"
        if not set(params) & set(owned):
            continue
        url = PARAM.sub(lambda m: owned.get(m.group(1), "extraction-result"), path)
        r = beta.request(method, url, json={} if method == "POST" else None)
        assert r.status_code == 404, f"beta on {method} {url}: {r.status_code} {r.text[:200]}"
        assert r.headers["content-type"] == "application/problem+json"
        # Indistinguishable from an id that exists nowhere: no oracle for whether another tenant has it.
        unknown_url = PARAM.sub(lambda m: NOWHERE.get(m.group(1), "extraction-result"), path)
        nowhere = beta.request(method, unknown_url, json={} if method == "POST" else None)
        assert nowhere.status_code == 404
        assert r.text.replace(url, "").replace(owned["document_id"], "ID").replace(owned["job_id"], "ID") == \
            nowhere.text.replace(unknown_url, "").replace(NOWHERE["document_id"], "ID").replace(NOWHERE["job_id"], "ID")
        if method != "DELETE":  # the id is real: its owner is answered
            mine = alpha.request(method, url, json={} if method == "POST" else None)
            assert mine.status_code != 404, f"alpha on {method} {url}: {mine.status_code} {mine.text[:200]}"
        checked.append(f"{method} {path}")
    assert alpha.get(f"/v1/documents/{owned['document_id']}").status_code == 200  # beta's DELETE did nothing
    known = {"GET /v1/jobs/{job_id}", "GET /v1/documents/{document_id}", "DELETE /v1/documents/{document_id}",
             "GET /v1/documents/{document_id}/result"}
    assert known <= set(checked), checked


def test_no_listing_shows_another_tenants_ids(alpha: httpx.Client, beta: httpx.Client,
                                              owned: dict[str, str]) -> None:
    listings = [path for method, path, params in operations(alpha)
                if method == "GET" and not params and path.startswith("/v1/")]
    assert "/v1/documents" in listings and "/v1/records" in listings
    for path in listings:
        for query in ({}, {"speaker": "Ilse Drummond"}, {"q": "port"}):
            r = beta.get(path, params=query)
            assert r.status_code in (200, 422), f"{path} {query}: {r.status_code}"
            assert owned["document_id"] not in r.text and owned["job_id"] not in r.text, (path, query)
    mine = alpha.get("/v1/records", params={"speaker": "Ilse Drummond"}).json()["records"]
    assert any(hit["document_id"] == owned["document_id"] for hit in mine)  # the owner does see them
