"""Security through real HTTP: keys kept as digests, the per-key rate limit (429 + Retry-After), CORS off
unless configured, and no secret or document text in the logs of a run."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from store.settings import key_digest
from tests.conftest import KEYS, start_api
from tests.integration.conftest import WEBHOOK_SECRETS, Stack
from tests.integration.test_seed_roundtrip import wait_finished
from tests.localhttp import LocalServer

pytestmark = pytest.mark.integration
ORIGIN = "https://newsroom.example"


@pytest.fixture(scope="module")
def limited_url(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An API limiting each key to 2 requests per second with a burst of 4, allowing one CORS origin, and
    knowing alpha's key only by its digest."""
    keys = f"alpha:sha256:{key_digest(KEYS['alpha'])},beta:{KEYS['beta']}"
    proc, url = start_api({**env, "RECORDSMITH_QUEUE": "unconsumed", "RECORDSMITH_RATE_LIMIT": "2",
                           "RECORDSMITH_RATE_BURST": "4", "RECORDSMITH_CORS_ORIGINS": ORIGIN,
                           "RECORDSMITH_API_KEYS": keys, "RECORDSMITH_KEY_PREFIX": "limited"},
                          tmp_path_factory.mktemp("limited") / "api.log")
    yield url
    proc.stop()


def as_tenant(url: str, tenant: str) -> httpx.Client:
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEYS[tenant]}"}, timeout=10)


def test_a_key_configured_as_a_digest_authenticates(limited_url: str) -> None:
    with as_tenant(limited_url, "alpha") as alpha:
        time.sleep(2.1)  # a full bucket
        assert alpha.get("/v1/documents").status_code == 200
    r = httpx.get(limited_url + "/v1/documents", headers={"Authorization": f"Bearer {key_digest(KEYS['alpha'])}"})
    assert r.status_code == 401  # the digest itself is not a key


def test_the_rate_limit_answers_429_with_retry_after_per_key(limited_url: str) -> None:
    with as_tenant(limited_url, "alpha") as alpha, as_tenant(limited_url, "beta") as beta:
        time.sleep(2.1)  # both buckets full again (4 tokens at 2 per second)
        statuses = [alpha.get("/v1/documents").status_code for _ in range(6)]
        assert statuses[:4] == [200] * 4 and 429 in statuses[4:], statuses
        r = alpha.get("/v1/documents")
        assert r.status_code == 429 and r.headers["content-type"] == "application/problem+json"
        assert r.headers["retry-after"] == "1" and r.json()["title"] == "Too many requests"
        assert "2 requests per second" in r.json()["detail"]
        assert beta.get("/v1/documents").status_code == 200  # another key has its own bucket
        time.sleep(0.6)  # one token back
        assert alpha.get("/v1/documents").status_code == 200
    assert httpx.get(limited_url + "/healthz").status_code == 200  # unauthenticated routes are not limited


def test_cors_answers_the_configured_origin_only(limited_url: str) -> None:
    preflight = {"Origin": ORIGIN, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization, content-type"}
    r = httpx.options(limited_url + "/v1/documents", headers=preflight)
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == ORIGIN
    r = httpx.options(limited_url + "/v1/documents", headers={**preflight, "Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_cors_is_off_by_default(api_url: str) -> None:
    r = httpx.options(api_url + "/v1/documents", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in r.headers
    r = httpx.get(api_url + "/healthz", headers={"Origin": ORIGIN})
    assert "access-control-allow-origin" not in r.headers


def test_no_secret_or_document_text_in_the_logs(open_stack: Stack, open_client: Callable[[str], httpx.Client],
                                                web: LocalServer) -> None:
    alpha = open_client("alpha")
    marker = "Quillfeather Zandvoort-Okonkwo"  # a name found nowhere else
    text = f'"The vault code is 7731," {marker} said on Tuesday.'
    page = web.route("/secret-page.html", (200, {"Content-Type": "text/html"},
                                           f"<html><body><article><p>{text}</p></article></body></html>".encode()))
    hook = web.route("/hooks/log-check", (500, {}, b"no"))  # failed deliveries are logged: without secrets
    jobs = [alpha.post("/v1/documents", json=payload).json()["links"]["job"] for payload in (
        {"text": text, "callback_url": hook},
        {"url": page, "callback_url": hook},
        {"html": f"<html><body><script>var s = '{marker}';</script></body></html>"},  # fails: no main text
    )]
    for job in jobs:
        wait_finished(alpha, job)
    assert alpha.post("/v1/documents", json={"text": text, "language": "english"}).status_code == 422
    time.sleep(2)  # a retry or two of the failing webhook
    logs = open_stack.api.log.read_text(errors="replace") + open_stack.worker.log.read_text(errors="replace")
    assert "webhook of job" in logs  # the run did log
    for secret in (marker, "vault code", *KEYS.values(), *WEBHOOK_SECRETS.values()):
        assert secret not in logs, secret
