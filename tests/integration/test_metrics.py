"""`/metrics` through HTTP after real extractions by a prefork worker: the counts of every process (API,
worker children) add up in Redis, and a second API process reports the same deployment-wide values."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from schemas import SubmitRequest
from store import Settings
from store.metrics import MeteredStore
from tests.conftest import Proc, start_api

pytestmark = pytest.mark.integration


def scrape(url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = httpx.get(f"{url}/metrics", timeout=10)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(response.text) for s in family.samples}


def delta(after: dict, before: dict, name: str, **labels: str) -> float:
    key = (name, tuple(sorted(labels.items())))
    return after.get(key, 0.0) - before.get(key, 0.0)


@pytest.fixture(scope="module")
def second_api(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    proc, url = start_api(env, tmp_path_factory.mktemp("api") / "second.log")
    yield url
    proc.stop()


def test_documents_and_stage_timings_are_counted_once_across_processes(
        api_url: str, second_api: str, worker: Proc, client_for, seed_text: str) -> None:
    before = scrape(api_url)
    alpha, beta = client_for("alpha"), client_for("beta")
    texts = [f"{seed_text}\n\nNote {uuid.uuid4()}." for _ in range(3)]
    jobs = [alpha.post("/v1/documents", json={"text": t}).json() for t in texts]
    jobs.append(beta.post("/v1/documents", json={"text": texts[0]}).json())
    replay = alpha.post("/v1/documents", json={"text": texts[0]}).json()  # recognised: not a new document
    assert replay["document_id"] == jobs[0]["document_id"]
    for job in jobs:
        client = beta if job is jobs[-1] else alpha
        assert client.get(job["links"]["job"], params={"wait": 30}).json()["status"] == "succeeded", worker.tail()

    after = scrape(api_url)
    assert delta(after, before, "recordsmith_documents_submitted_total", tenant="alpha") == 3
    assert delta(after, before, "recordsmith_documents_submitted_total", tenant="beta") == 1
    assert delta(after, before, "recordsmith_documents_succeeded_total", tenant="alpha") == 3
    assert delta(after, before, "recordsmith_documents_succeeded_total", tenant="beta") == 1
    assert delta(after, before, "recordsmith_documents_failed_total", tenant="alpha") == 0
    # One observation per document for each stage; buckets are cumulative and end at the count.
    for stage in ("task", "quotes", "dates"):
        assert delta(after, before, "recordsmith_extraction_seconds_count", stage=stage) == 4
        assert delta(after, before, "recordsmith_extraction_seconds_bucket", stage=stage, le="+Inf") == 4
        assert delta(after, before, "recordsmith_extraction_seconds_sum", stage=stage) > 0
    assert after[("recordsmith_queue_depth", ())] == 0
    # Another API process (another host, as far as the counters know) reports the same values.
    other = scrape(second_api)
    for key, value in after.items():
        if key[0].startswith("recordsmith_documents_"):
            assert other[key] == value


def test_queue_depth_counts_waiting_tasks(idle_api_url: str) -> None:
    headers = {"Authorization": "Bearer test-key-alpha-9f2c"}
    before = scrape(idle_api_url)[("recordsmith_queue_depth", ())]
    for _ in range(2):
        assert httpx.post(f"{idle_api_url}/v1/documents", headers=headers,
                          json={"text": f"Nobody extracts this {uuid.uuid4()}."}).status_code == 202
    assert scrape(idle_api_url)[("recordsmith_queue_depth", ())] == before + 2


def test_failed_jobs_and_webhook_deliveries_by_outcome(redis_server, tmp_path: Path) -> None:
    settings = Settings(redis_url=redis_server.url, key_prefix=f"m{uuid.uuid4().hex[:8]}")
    store = MeteredStore.from_settings(settings)
    job, created = store.submit("gamma", SubmitRequest(text="A short text."))
    assert created
    assert store.fail("gamma", job.id, "broken on purpose")
    store.metrics.count("webhook_deliveries", "delivered")
    store.metrics.count("webhook_deliveries", "failed", 2)
    samples = {(m.name, tuple(s.labels.items())): s.value for m in store.metrics.families() for s in m.samples}
    assert samples[("recordsmith_documents_submitted", (("tenant", "gamma"),))] == 1
    assert samples[("recordsmith_documents_failed", (("tenant", "gamma"),))] == 1
    assert samples[("recordsmith_webhook_deliveries", (("outcome", "failed"),))] == 2
    with pytest.raises(KeyError):
        store.metrics.count("no_such_counter", "x")
    store.close()


def test_webhook_deliveries_by_outcome_through_http(open_stack, web) -> None:
    from tests.integration.conftest import WEBHOOK_SECRETS
    from tests.integration.test_webhooks import receiver, webhook_settled

    before = scrape(open_stack.url)
    hook = web.route(f"/hooks/metrics-{uuid.uuid4().hex[:6]}", receiver(WEBHOOK_SECRETS["alpha"], failures=1))
    with open_stack.client("alpha") as alpha:
        submitted = alpha.post("/v1/documents", json={"text": f"Talks resumed. {uuid.uuid4()}",
                                                      "callback_url": hook}).json()
        job = webhook_settled(alpha, submitted["links"]["job"])
    assert job["webhook"]["status"] == "delivered" and job["webhook"]["attempts"] == 2
    after = scrape(open_stack.url)
    assert delta(after, before, "recordsmith_webhook_deliveries_total", outcome="retrying") == 1
    assert delta(after, before, "recordsmith_webhook_deliveries_total", outcome="delivered") == 1
