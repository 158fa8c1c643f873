"""The worker runs the engine over a batch's documents at once (`extract_many` over a run of documents never started,
`worker.tasks.run_documents`): the same records as one by one, and every document keeps the outcome, limits and
delivery count it would have alone. Against the private Redis; the first test through the session's real worker."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import httpx
import orjson
import pytest

import worker.tasks as tasks
from client.embedded_redis import EmbeddedRedis
from schemas import JobStatus, SubmitRequest
from store import Settings, Store
from tests.conftest import Proc
from tests.integration.test_seed_roundtrip import wait_finished

pytestmark = pytest.mark.integration

SENTENCES = [
    '"We will not sign this deal," Finance Minister Ola Brandt told reporters in Oslo on Monday.',
    "Acme Corp said on 3 March 2021 that its chief executive, Mara Lind, would meet union leaders next week.",
    'The envoy met his Chilean counterpart in Geneva. "Progress is slow," he said after the talks.',
    "Shares of Northwind Traders fell 4 pct after the company said profits would halve in 2022.",
    "Prime Minister Ruth Alder will visit Nairobi on Friday for talks with President Kimani, her office said.",
    '"Nothing has been decided," a spokeswoman for the central bank said.',
]


def tagged(texts: list[str]) -> list[str]:
    """New texts for this run (a text the service knows is recognised, not extracted again)."""
    run = uuid.uuid4().hex[:8]
    return [f"{text} Ref {run}-{i}." for i, text in enumerate(texts)]


def comparable(result: bytes) -> dict:
    """A result less what differs between two extractions of the same text: its document and its timings."""
    out = orjson.loads(result)
    out.pop("document_id")
    out.pop("timings_ms")
    return out


def test_a_batch_gives_the_records_of_single_submissions(alpha: httpx.Client, beta: httpx.Client,
                                                          worker: Proc) -> None:
    texts = tagged(SENTENCES)
    r = alpha.post("/v1/documents:batch",
                   json={"documents": [{"text": t, "published_at": "2021-03-04"} for t in texts]})
    assert r.status_code == 207 and r.json()["accepted"] == len(texts), r.text
    batched = [item["submission"]["links"] for item in r.json()["items"]]
    single = [beta.post("/v1/documents", json={"text": t, "published_at": "2021-03-04"}).json()["links"]
              for t in texts]
    for client, links in ((alpha, batched), (beta, single)):
        jobs = [wait_finished(client, link["job"]) for link in links]
        assert [job["status"] for job in jobs] == ["succeeded"] * len(texts), worker.tail()
        assert [job["attempts"] for job in jobs] == [1] * len(texts)
    assert [comparable(alpha.get(link["result"]).content) for link in batched] == \
        [comparable(beta.get(link["result"]).content) for link in single]


@pytest.fixture
def settings(redis_server: EmbeddedRedis) -> Settings:
    return Settings(redis_url=redis_server.url, key_prefix="batchtest", max_attempts=1)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    s = Store.from_settings(settings)
    yield s
    for key in s.redis.scan_iter("batchtest:*"):
        s.redis.delete(key)
    s.close()


def submit(store: Store, texts: list[str]) -> list[tuple[str, str]]:
    """(job id, document id) of each text, submitted as new documents."""
    jobs = [store.submit("alpha", SubmitRequest(text=text, published_at="2021-03-04"))[0] for text in tagged(texts)]
    return [(job.id, job.document_id) for job in jobs]


class StandIn:
    """The engine, but a text holding `BREAK` makes it raise and one holding `SLOW` sleeps for `sleep` seconds,
    alone or in a run; counts the engine's calls."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, sleep: float = 0.0) -> None:
        self.sleep, self.alone, self.runs = sleep, 0, []
        self.extract, self.extract_many = tasks.extract, tasks.extract_many
        monkeypatch.setattr(tasks, "extract", self.one)
        monkeypatch.setattr(tasks, "extract_many", self.many)

    def trouble(self, text: str) -> None:
        if "BREAK" in text:
            raise RuntimeError("the engine broke")
        if "SLOW" in text:
            time.sleep(self.sleep)

    def one(self, text: str, *args: object, **kwargs: object) -> object:
        self.alone += 1
        self.trouble(text)
        return self.extract(text, *args, **kwargs)

    def many(self, requests: list) -> list:
        self.runs.append(len(requests))
        for request in requests:
            self.trouble(request.text)
        return self.extract_many(requests)


def run(store: Store, settings: Settings, ids: list[tuple[str, str]], soft_limit: float | None = None
        ) -> list[tuple[str, int, str | None]]:
    tasks.run_documents(store, settings, "alpha", [d for _, d in ids], retries=0, soft_limit=soft_limit)
    jobs = [store.get_job("alpha", j) for j, _ in ids]
    return [(job.status.value, job.attempts, job.error) for job in jobs]


def test_a_batch_runs_its_new_documents_at_once(store: Store, settings: Settings,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    engine = StandIn(monkeypatch)
    ids = submit(store, SENTENCES)
    assert run(store, settings, ids, soft_limit=20) == [("succeeded", 1, None)] * len(ids)
    assert engine.runs == [len(ids)] and engine.alone == 0
    assert store.documents_waiting() == 0


def test_a_document_that_makes_the_run_raise_fails_alone(store: Store, settings: Settings,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    engine = StandIn(monkeypatch)
    ids = submit(store, [SENTENCES[0], f"BREAK {SENTENCES[1]}", SENTENCES[2], SENTENCES[3]])
    assert run(store, settings, ids, soft_limit=20) == [
        ("succeeded", 1, None), ("failed", 1, "RuntimeError: the engine broke"), ("succeeded", 1, None),
        ("succeeded", 1, None)]
    assert engine.runs == [4] and engine.alone == 4  # the run, then each document alone to tell which


def test_a_document_that_overruns_its_soft_limit_fails_alone(store: Store, settings: Settings,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The run's limit is its documents' own added up (3 x 0.5 s): the sleeper overruns it, then its own alone."""
    engine = StandIn(monkeypatch, sleep=5.0)
    ids = submit(store, [SENTENCES[0], f"SLOW {SENTENCES[1]}", SENTENCES[2]])
    t0 = time.monotonic()
    outcomes = run(store, settings, ids, soft_limit=0.5)
    assert time.monotonic() - t0 < 4.0
    assert [o[:2] for o in outcomes] == [("succeeded", 1), ("failed", 1), ("succeeded", 1)], outcomes
    assert "soft time limit" in outcomes[1][2]
    assert engine.runs == [3] and engine.alone == 3


def test_a_document_slower_than_its_own_limit_in_a_run_in_time_fails_as_alone(
        store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its own time (its stages, not its run-mates') is over its soft limit: alone, that limit would have stopped
    it, though the run as a whole was within its own."""
    real = tasks.extract_many

    def one_slow(requests: list) -> list:
        results = real(requests)
        results[1].timings_ms["total"] = 3000.0
        return results

    monkeypatch.setattr(tasks, "extract_many", one_slow)
    ids = submit(store, SENTENCES[:3])
    outcomes = run(store, settings, ids, soft_limit=2)
    assert [o[:2] for o in outcomes] == [("succeeded", 1), ("failed", 1), ("succeeded", 1)], outcomes
    assert "soft time limit" in outcomes[1][2]


def lost_run(store: Store, ids: list[tuple[str, str]]) -> None:
    """A delivery that started the documents as a run, and whose worker was lost."""
    writes = store.writes()
    for job_id, _ in ids:
        writes.join("alpha", job_id)
    assert [joined for _, joined in writes.send()] == [True] * len(ids)


def test_a_run_whose_worker_was_lost_runs_again_one_by_one_and_none_is_failed(
        store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its worker lost, a run cannot say which document was at fault: none is counted, even at max_attempts=1;
    the next delivery runs each alone, on its own delivery."""
    engine = StandIn(monkeypatch)
    ids = submit(store, SENTENCES[:3])
    lost_run(store, ids)
    assert run(store, settings, ids, soft_limit=20) == [("succeeded", 2, None)] * 3
    assert engine.runs == [] and engine.alone == 3


def test_a_document_that_kills_its_worker_alone_after_a_lost_run_is_failed_at_max_attempts(
        store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = StandIn(monkeypatch)
    ids = submit(store, SENTENCES[:3])
    lost_run(store, ids)
    store.start_attempt("alpha", ids[1][0])  # it ran alone next, and that worker was lost too
    outcomes = run(store, settings, ids, soft_limit=20)
    assert outcomes == [("succeeded", 2, None), ("failed", 3, "gave up after 2 deliveries: the worker was lost "
                                                            "each time"), ("succeeded", 2, None)]
    assert engine.alone == 2


def test_a_document_joins_one_run_at_most(store: Store) -> None:
    ids = submit(store, SENTENCES[:2])
    lost_run(store, ids[:1])
    store.start_attempt("alpha", ids[1][0])
    writes = store.writes()
    for job_id, _ in ids:
        writes.join("alpha", job_id)
    assert [(started.status, started.attempts, joined) for started, joined in writes.send()] == [
        (JobStatus.running, 1, False), (JobStatus.running, 1, False)]


def test_a_hard_limit_hands_on_a_run_and_fails_the_document_running_alone(
        store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed at its hard limit: a document running alone is the one at fault; of a run, any might be."""
    handed: list[list[str]] = []
    monkeypatch.setattr(tasks, "hand_on", lambda tenant, document_ids: handed.append(document_ids))
    ids = submit(store, SENTENCES[:4])
    lost_run(store, ids[:2])
    store.start_attempt("alpha", ids[2][0])
    tasks.stopped(store, settings, "alpha", [d for _, d in ids], "extraction exceeded the hard time limit of 6 s")
    jobs = [store.get_job("alpha", j) for j, _ in ids]
    assert [job.status for job in jobs] == [JobStatus.running, JobStatus.running, JobStatus.failed, JobStatus.queued]
    assert "hard time limit" in jobs[2].error
    assert handed == [[ids[0][1], ids[1][1], ids[3][1]]]
