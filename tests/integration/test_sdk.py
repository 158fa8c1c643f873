"""The Python SDK against a real API, Redis and worker: submit, wait, typed results, submit_many, records
pages, errors from problem+json, and retries that honour Retry-After (a real queue-full 503)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator

import pytest

from client.sdk import (
    AsyncClient,
    AuthenticationError,
    Client,
    InvalidRequestError,
    Job,
    NotFoundError,
    RecordsmithError,
    ResultNotReadyError,
    UnavailableError,
)
from schemas import ExtractionResult, RecordHit, check_spans
from tests.conftest import KEYS, Proc, start_api

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def sdk(api_url: str, worker: Proc) -> Iterator[Client]:
    with Client(api_url, KEYS["alpha"]) as client:
        yield client


def unique(text: str) -> str:
    return f"{text}\n\nRef {uuid.uuid4()}."


def test_submit_wait_result_is_typed_and_grounded(sdk: Client, seed_text: str) -> None:
    text = unique(seed_text)
    job = sdk.submit(text=text, published_at="2023-10-05", title="CTBT")
    assert isinstance(job, Job) and job.id.startswith("job_") and not job.status.finished
    assert job.wait(timeout=60) is job and job.status.value == "succeeded"
    result = job.result()
    assert isinstance(result, ExtractionResult)
    check_spans(result, text)
    assert any(q.speaker and q.speaker.name == "Sergei Riabkov" for q in result.quotes)
    assert job.view_url().startswith(sdk.base_url + f"/v1/documents/{job.document_id}/view?token=")


def test_submit_many_keeps_order_bounds_concurrency_and_reports_refusals(sdk: Client, seed_text: str) -> None:
    items = [unique("Sergei Riabkov said on Monday that talks would resume."),
             {"text": unique(seed_text), "published_at": "2023-10-05", "idempotency_key": uuid.uuid4().hex},
             {"text": "x", "language": "not a language"},
             unique("The minister met his counterpart in Vienna on Tuesday.")]
    outcomes = list(sdk.submit_many(iter(items), concurrency=2))
    assert [type(o) for o in outcomes] == [Job, Job, InvalidRequestError, Job]
    assert outcomes[2].status == 422 and outcomes[2].errors
    for job in (o for o in outcomes if isinstance(o, Job)):
        assert job.wait(60).status.value == "succeeded"


def test_records_follow_the_pages(sdk: Client, seed_text: str) -> None:
    sdk.submit(text=unique(seed_text), published_at="2023-10-05").wait(60)
    hits = list(sdk.records(type="quote", speaker="Riabkov", page_size=1))
    assert len(hits) >= 2 and all(isinstance(h, RecordHit) for h in hits)
    assert {h.speaker.name for h in hits} == {"Sergei Riabkov"}
    assert len({(h.document_id, h.id) for h in hits}) == len(hits)  # no page repeats a record
    assert list(sdk.records(type=["quote"], speaker="Nobody Atall")) == []


def test_errors_are_mapped_from_problem_json(api_url: str, idle_api_url: str, sdk: Client) -> None:
    with Client(api_url, "not-a-key") as stranger, pytest.raises(AuthenticationError) as denied:
        stranger.submit(text="hello")
    assert denied.value.status == 401 and "key" in denied.value.detail
    with pytest.raises(NotFoundError):
        sdk.result("doc_00000000000000000000000000")
    with pytest.raises(InvalidRequestError) as invalid:
        sdk.submit(text="a", html="<p>b</p>")
    assert invalid.value.status == 422
    with Client(idle_api_url, KEYS["alpha"]) as idle:
        job = idle.submit(text=unique("Nobody extracts this."))
        with pytest.raises(ResultNotReadyError) as not_ready:
            job.result()
        assert not_ready.value.job_status == "queued"
        with pytest.raises(TimeoutError):
            job.wait(timeout=0.5)
    with Client("http://127.0.0.1:9", "k", max_retries=1, backoff=0.01) as nowhere, \
            pytest.raises(RecordsmithError) as unreachable:
        nowhere.job("job_00000000000000000000000000")
    assert unreachable.value.status == 0


@pytest.fixture(scope="module")
def full_api(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An API whose queue nobody consumes and holds one task at most: the next submission gets 503."""
    proc, url = start_api({**env, "RECORDSMITH_QUEUE": f"full-{uuid.uuid4().hex[:6]}",
                           "RECORDSMITH_MAX_QUEUE_DEPTH": "1", "RECORDSMITH_RETRY_AFTER": "1"},
                          tmp_path_factory.mktemp("api") / "full.log")
    yield url
    proc.stop()


def test_503_is_retried_after_retry_after_then_raised(full_api: str) -> None:
    with Client(full_api, KEYS["alpha"], max_retries=2, backoff=0.01) as client:
        with pytest.raises(UnavailableError):
            for n in range(5):
                client.submit(text=f"filler {n} {uuid.uuid4()}")
        t0 = time.monotonic()
        with pytest.raises(UnavailableError) as refused:
            client.submit(text=f"one more {uuid.uuid4()}")
        elapsed = time.monotonic() - t0
    # Two retries, each after the server's Retry-After of 1 s (not the 0.01 s backoff).
    assert 2.0 <= elapsed < 15, elapsed
    assert refused.value.status == 503


def test_async_client(api_url: str, worker: Proc, seed_text: str) -> None:
    async def scenario() -> tuple[list, ExtractionResult, list[RecordHit]]:
        async with AsyncClient(api_url, KEYS["beta"]) as client:
            jobs = [job async for job in client.submit_many([unique(seed_text), unique("Talks resumed.")], 2)]
            for job in jobs:
                await job.wait(60)
            result = await jobs[0].result()
            hits = [hit async for hit in client.records(type="quote", speaker="Riabkov", page_size=1)]
            return jobs, result, hits

    jobs, result, hits = asyncio.run(scenario())
    assert [job.status.value for job in jobs] == ["succeeded", "succeeded"]
    assert any(q.speaker and q.speaker.name == "Sergei Riabkov" for q in result.quotes)
    assert hits and {h.speaker.name for h in hits} == {"Sergei Riabkov"}
