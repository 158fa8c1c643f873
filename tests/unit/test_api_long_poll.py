"""`GET /v1/jobs/{id}?wait=S` answers soon after the job finishes: its pauses start short, so a document done
within a few tens of milliseconds is not held back by a long pause (the idle submit-to-result time of issue #8),
and it answers with the whole job as it is then. Runs the app in-process (httpx ASGI transport) against a real
Redis; the job is finished by the store, as a worker would finish it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from itertools import islice

import httpx
import pytest

from api.main import create_app
from api.routers.jobs import pauses
from client.embedded_redis import EmbeddedRedis
from store import Settings
from tests.conftest import KEYS, api_keys_setting


@pytest.fixture
def app(redis_server: EmbeddedRedis) -> Iterator[object]:
    settings = Settings(redis_url=redis_server.url, api_keys=api_keys_setting(), key_prefix="longpoll")
    app = create_app(settings)
    yield app
    for key in app.state.store.redis.scan_iter("longpoll:*"):
        app.state.store.redis.delete(key)
    app.state.queue.close()
    app.state.store.close()


def test_a_job_done_t_into_the_wait_is_seen_by_one_and_a_quarter_t() -> None:
    """The poll that follows a job's end comes at most a quarter of the time waited so far after it (plus the
    first pause), until pauses reach half a second: 5 ms pauses growing by half each time saw a job done at 24 ms
    at 41 ms, one done at 41 ms at 66 ms."""
    polls, waited = [], 0.0
    for pause in islice(pauses(), 60):
        waited += pause
        polls.append(waited)
    for done in (0.001 * ms for ms in range(1, 2000)):
        seen = next(moment for moment in polls if moment >= done)
        assert seen <= max(1.25 * done + 0.002, done + 0.5) + 1e-9, (done, seen)


async def _post(client: httpx.AsyncClient, text: str) -> dict:
    return (await client.post("/v1/documents", json={"text": text})).json()


def _client(app: object) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test",
                             headers={"Authorization": f"Bearer {KEYS['alpha']}"})


def test_a_job_that_ends_or_goes_while_polled_is_answered_as_it_is_then(app: object) -> None:
    store = app.state.store  # type: ignore[attr-defined]

    async def run() -> tuple[dict, int, float, dict]:
        async with _client(app) as client:
            done, gone = await _post(client, "Talks resumed in Geneva."), await _post(client, "Talks stalled.")
            doc = store.get_document("alpha", done["document_id"])

            def finish() -> None:
                time.sleep(0.03)
                store.start_attempt("alpha", done["job_id"])
                store.succeed("alpha", done["job_id"], doc, b"{}", {"total": 1.0})
                store.delete_document("alpha", gone["document_id"])

            finisher = asyncio.create_task(asyncio.to_thread(finish))
            t0 = time.monotonic()
            job = (await client.get(f"/v1/jobs/{done['job_id']}", params={"wait": 5})).json()
            missing = (await client.get(f"/v1/jobs/{gone['job_id']}", params={"wait": 5})).status_code
            waited = time.monotonic() - t0
            await finisher
            unfinished = await _post(client, "Talks went on.")
            t1 = time.monotonic()
            still = (await client.get(f"/v1/jobs/{unfinished['job_id']}", params={"wait": 0.1})).json()
            return job, missing, waited, {**still, "waited": time.monotonic() - t1}

    job, missing, waited, still = asyncio.run(run())
    # the whole job as it ended, links included; the deleted one is gone; nobody waited for the 5 s
    assert job["status"] == "succeeded" and job["finished_at"] and job["timings_ms"] == {"total": 1.0}
    assert job["attempts"] == 1 and job["links"]["result"].endswith("/result")
    assert missing == 404 and waited < 2
    # a job that does not end within the wait is answered as it is once the wait is over
    assert still["status"] == "queued" and 0.1 <= still["waited"] < 2
