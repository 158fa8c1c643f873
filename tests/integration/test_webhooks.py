"""Webhooks through a real API, worker and receiver: signed deliveries (checked with the README's own code),
retries with backoff, the record of attempts on the job, and the SSRF guard on callback URLs."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import orjson
import pytest

from schemas import JobStatus, SubmitRequest
from store import Settings, Store
from tests.integration.conftest import OPEN_LIMITS, WEBHOOK_SECRETS
from tests.integration.test_seed_roundtrip import wait_finished
from tests.localhttp import LocalServer, Seen
from worker.webhooks import delay, deliver

pytestmark = pytest.mark.integration


def readme_verify() -> Callable[[str, str, bytes], bool]:
    """The receiver's check as the README prints it: the test verifies with the documented code."""
    section = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = section.split("## Webhooks and security", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    namespace: dict = {}
    exec(block, namespace)  # noqa: S102 (our own README)
    return namespace["verify"]


VERIFY = readme_verify()


def verified(seen: Seen, secret: str) -> bool:
    return VERIFY(secret, seen.headers["recordsmith-signature"], seen.body)


def receiver(secret: str, failures: int = 0) -> Callable:
    """Answers 500 `failures` times, then 204 to a correctly signed delivery (401 to a wrongly signed one)."""
    calls = []

    def handle(_handler: object, seen: Seen) -> tuple[int, dict, bytes]:
        calls.append(time.monotonic())
        if len(calls) <= failures:
            return 500, {}, b"not now"
        return (204 if verified(seen, secret) else 401), {}, b""

    handle.calls = calls  # type: ignore[attr-defined]
    return handle


def webhook_settled(client: httpx.Client, job_url: str, limit: float = 30.0) -> dict:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        job = client.get(job_url).json()
        if job.get("webhook", {}).get("status") in ("delivered", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"the webhook did not settle: {job}")


def submit(client: httpx.Client, payload: dict) -> dict:
    r = client.post("/v1/documents", json=payload)
    assert r.status_code == 202, r.text
    return r.json()


def test_success_is_posted_signed_and_recorded(open_client: Callable[[str], httpx.Client], web: LocalServer) -> None:
    alpha = open_client("alpha")
    hook = web.route("/hooks/alpha-ok", receiver(WEBHOOK_SECRETS["alpha"]))
    submitted = submit(alpha, {"text": '"We are ready," the envoy Maren Holt said.', "external_id": "wh-ok-1",
                               "callback_url": hook})
    job = webhook_settled(alpha, submitted["links"]["job"])
    assert job["status"] == "succeeded"
    assert job["webhook"]["status"] == "delivered" and job["webhook"]["attempts"] == 1
    assert job["webhook"]["last_status_code"] == 204 and job["webhook"]["url"] == hook
    (seen,) = web.requests_to("/hooks/alpha-ok")
    assert seen.method == "POST" and seen.headers["content-type"] == "application/json"
    assert verified(seen, WEBHOOK_SECRETS["alpha"]) and not verified(seen, WEBHOOK_SECRETS["beta"])
    header = seen.headers["recordsmith-signature"]
    assert not VERIFY(WEBHOOK_SECRETS["alpha"], header, seen.body + b" ")  # a changed body
    stale = f"t={int(header.split(',')[0][2:]) - 3600},{header.split(',')[1]}"
    assert not VERIFY(WEBHOOK_SECRETS["alpha"], stale, seen.body)  # another (old) timestamp
    event = orjson.loads(seen.body)
    assert event["type"] == "job.succeeded" and event["id"] == f"{job['id']}.succeeded"
    assert event["external_id"] == "wh-ok-1" and event["job"]["id"] == job["id"]
    assert event["job"]["links"] == submitted["links"] and "text" not in event["job"]


def test_a_failed_job_is_posted_too(open_client: Callable[[str], httpx.Client], web: LocalServer) -> None:
    alpha = open_client("alpha")
    hook = web.route("/hooks/alpha-failed", receiver(WEBHOOK_SECRETS["alpha"]))
    submitted = submit(alpha, {"html": "<html><body><script>x()</script></body></html>", "callback_url": hook})
    job = webhook_settled(alpha, submitted["links"]["job"])
    assert job["status"] == "failed" and job["webhook"]["status"] == "delivered"
    event = orjson.loads(web.requests_to("/hooks/alpha-failed")[0].body)
    assert event["type"] == "job.failed" and "holds no main text" in event["job"]["error"]


def test_a_receiver_that_fails_first_gets_retries_with_exponential_backoff(
        open_client: Callable[[str], httpx.Client], web: LocalServer) -> None:
    beta = open_client("beta")
    flaky = receiver(WEBHOOK_SECRETS["beta"], failures=2)
    hook = web.route("/hooks/beta-flaky", flaky)
    job = webhook_settled(beta, submit(beta, {"text": "The ministry said talks would resume.",
                                              "callback_url": hook})["links"]["job"])
    assert job["webhook"]["status"] == "delivered" and job["webhook"]["attempts"] == 3
    assert job["webhook"]["last_status_code"] == 204 and "last_error" not in job["webhook"]
    gaps = [b - a for a, b in zip(flaky.calls, flaky.calls[1:], strict=False)]
    base = OPEN_LIMITS["webhook_backoff"]
    assert gaps[0] >= base * 0.9 and gaps[1] >= 2 * base * 0.9, gaps  # 0.5 s, then 1 s
    assert gaps[1] > gaps[0], gaps
    print(f"webhook retry gaps: {', '.join(f'{g:.2f} s' for g in gaps)}")
    bodies = {s.body for s in web.requests_to("/hooks/beta-flaky")}
    assert len(bodies) == 1  # every attempt carries the same event


def test_a_receiver_that_never_answers_2xx_is_given_up_after_the_retries(
        open_client: Callable[[str], httpx.Client], web: LocalServer) -> None:
    alpha = open_client("alpha")
    hook = web.route("/hooks/alpha-down", (503, {}, b"down"))
    submitted = submit(alpha, {"text": "The ministry said talks would resume on Monday.", "callback_url": hook})
    job = webhook_settled(alpha, submitted["links"]["job"])
    attempts = OPEN_LIMITS["webhook_retries"] + 1
    assert job["status"] == "succeeded"  # the job's outcome does not depend on its webhook
    assert job["webhook"] == {**job["webhook"], "status": "failed", "attempts": attempts, "last_status_code": 503,
                              "last_error": "the receiver answered HTTP 503"}
    assert len(web.requests_to("/hooks/alpha-down")) == attempts


@pytest.fixture
def guarded_store(redis_server) -> Iterator[tuple[Store, Settings]]:
    settings = Settings(redis_url=redis_server.url, key_prefix="whguard", webhook_secrets="alpha:s3cret")
    store = Store.from_settings(settings)
    yield store, settings
    for key in store.redis.scan_iter("whguard:*"):
        store.redis.delete(key)
    store.close()


def test_the_ssrf_guard_refuses_private_callback_urls_without_retrying(
        guarded_store: tuple[Store, Settings], web: LocalServer) -> None:
    store, settings = guarded_store
    hook = web.route("/hooks/private", (204, {}, b""))
    job, _ = store.submit("alpha", SubmitRequest(text="The envoy spoke.", callback_url=hook))
    assert deliver(store, settings, "alpha", job.id, hook, b"{}", retries=0, previous=0) is None  # no retry
    recorded = store.get_job("alpha", job.id).webhook
    assert recorded.status == "failed" and recorded.attempts == 1 and recorded.last_status_code is None
    assert "refused: 127.0.0.1 is not a public address (loopback" in recorded.last_error
    assert not web.requests_to("/hooks/private")
    assert store.get_job("alpha", job.id).status is JobStatus.queued


def test_backoff_doubles_and_stays_below_the_visibility_timeout() -> None:
    settings = Settings(webhook_backoff=2, webhook_backoff_max=120, visibility_timeout=100, task_time_limit=60)
    assert [delay(n, settings) for n in range(7)] == [2, 4, 8, 16, 32, 50, 50]


def test_the_tenant_default_callback_needs_a_secret() -> None:
    with pytest.raises(ValueError, match="without a secret"):
        Settings(webhook_urls="alpha:https://hooks.example.org/x")
    settings = Settings(webhook_urls="alpha:https://hooks.example.org/x", webhook_secrets="alpha:s")
    assert settings.tenant_webhook_urls == {"alpha": "https://hooks.example.org/x"}


def test_a_tenant_without_callback_url_reports_to_its_default(
        open_client: Callable[[str], httpx.Client], web: LocalServer) -> None:
    beta, alpha = open_client("beta"), open_client("alpha")
    job = webhook_settled(beta, submit(beta, {"text": "The envoy spoke on Friday."})["links"]["job"])
    assert job["webhook"]["url"].endswith("/hooks/beta-default") and job["webhook"]["status"] == "delivered"
    event_ids = [orjson.loads(s.body)["job"]["id"] for s in web.requests_to("/hooks/beta-default")]
    assert job["id"] in event_ids
    assert verified(web.requests_to("/hooks/beta-default")[-1], WEBHOOK_SECRETS["beta"])
    plain = wait_finished(alpha, submit(alpha, {"text": "The envoy spoke on Saturday."})["links"]["job"])
    assert "webhook" not in plain  # alpha has no default
