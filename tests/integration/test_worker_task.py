"""The worker's failure policy, run in-process against the private Redis (the engine replaced where needed)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

import worker.tasks as tasks
from client.embedded_redis import EmbeddedRedis, free_port
from schemas import ExtractionResult, JobStatus, SubmitRequest
from store import Settings, Store, TransientError
from store.store import Lease
from worker.app import create_celery

pytestmark = pytest.mark.integration


@pytest.fixture
def settings(redis_server: EmbeddedRedis) -> Settings:
    return Settings(redis_url=redis_server.url, key_prefix="workertest", max_attempts=3, transient_retries=2)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    s = Store.from_settings(settings)
    yield s
    for key in s.redis.scan_iter("workertest:*"):
        s.redis.delete(key)
    s.close()


def submit(store: Store, text: str = "\"We are ready,\" the envoy said on 24 February 2022.") -> tuple[str, str]:
    job, _ = store.submit("alpha", SubmitRequest(text=text, published_at="2022-02-25"))
    return job.id, job.document_id


def test_success_saves_a_grounded_result(store: Store, settings: Settings) -> None:
    job_id, doc_id = submit(store)
    assert tasks.run_extraction(store, settings, "alpha", doc_id, retries=0) == "succeeded"
    job = store.get_job("alpha", job_id)
    assert job.status is JobStatus.succeeded and job.attempts == 1 and "task" in job.timings_ms
    result = ExtractionResult.model_validate_json(store.get_result_json("alpha", doc_id))
    assert result.document_id == doc_id and result.reference_date == "2022-02-25"


def test_a_redelivered_finished_job_is_not_run_again(store: Store, settings: Settings,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    job_id, doc_id = submit(store)
    tasks.run_extraction(store, settings, "alpha", doc_id, retries=0)
    monkeypatch.setattr(tasks, "extract", lambda *a, **k: pytest.fail("ran twice"))
    assert tasks.run_extraction(store, settings, "alpha", doc_id, retries=0) == "succeeded"
    assert store.get_job("alpha", job_id).attempts == 1


def test_an_engine_error_fails_the_job_with_its_message_and_is_not_retried(
        store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("the tokenizer choked")

    monkeypatch.setattr(tasks, "extract", broken)
    job_id, doc_id = submit(store)
    assert tasks.run_extraction(store, settings, "alpha", doc_id, retries=0) == "failed"
    job = store.get_job("alpha", job_id)
    assert job.status is JobStatus.failed and job.error == "ValueError: the tokenizer choked"
    assert store.get_result_json("alpha", doc_id) is None


def test_an_ungrounded_result_fails_the_job(store: Store, settings: Settings,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    real = tasks.extract

    def shifted(text: str, *args: object, **kwargs: object) -> ExtractionResult:
        result = real(text, *args, **kwargs)
        result.dates.append(result.dates[0].model_copy(update={"start": 0, "end": 3}) if result.dates else None)
        if result.dates[-1] is None:
            pytest.skip("the engine finds no date here yet")
        return result

    monkeypatch.setattr(tasks, "extract", shifted)
    job_id, doc_id = submit(store)
    assert tasks.run_extraction(store, settings, "alpha", doc_id, retries=0) == "failed"
    assert store.get_job("alpha", job_id).error.startswith("GroundingError")


def test_a_job_that_keeps_killing_its_worker_is_failed_after_max_attempts(store: Store, settings: Settings) -> None:
    job_id, doc_id = submit(store)
    for _ in range(settings.max_attempts):  # deliveries whose worker died mid-task
        store.start_attempt("alpha", job_id)
    assert tasks.run_extraction(store, settings, "alpha", doc_id, retries=0) == "failed"
    job = store.get_job("alpha", job_id)
    assert job.status is JobStatus.failed and "gave up after 3 deliveries" in job.error


def test_transient_retries_do_not_count_as_lost_deliveries(store: Store, settings: Settings) -> None:
    job_id, doc_id = submit(store)
    for _ in range(settings.max_attempts):
        store.start_attempt("alpha", job_id)
    assert tasks.run_extraction(store, settings, "alpha", doc_id, retries=1) == "succeeded"


def test_a_vanished_document_is_a_no_op(store: Store, settings: Settings) -> None:
    assert tasks.run_extraction(store, settings, "alpha", "doc_01m8g5s4tkz0yekzbyxjs27e4t", retries=0) == "missing"


def test_redis_errors_are_retried_with_backoff_then_surface(monkeypatch: pytest.MonkeyPatch) -> None:
    dead = Settings(redis_url=f"redis://127.0.0.1:{free_port()}/0", transient_retries=2, redis_retries=0,
                    redis_timeout=0.5)
    app = create_celery(dead)
    app.conf.task_always_eager = True
    calls: list[int] = []
    real_run = tasks.run_extraction

    def counting(*args: object, **kwargs: object) -> str:
        calls.append(1)
        return real_run(*args, **kwargs)

    monkeypatch.setattr(tasks, "get_settings", lambda: dead)
    monkeypatch.setattr(tasks, "_store", lambda: Store.from_settings(dead))
    monkeypatch.setattr(tasks, "run_extraction", counting)
    monkeypatch.setattr(tasks, "backoff", lambda retries: 0)
    outcome = tasks.extract_document.apply(args=["alpha", "doc_01m8g5s4tkz0yekzbyxjs27e4t"])
    assert outcome.state == "FAILURE" and isinstance(outcome.result, TransientError)
    assert len(calls) == 1 + dead.transient_retries


def test_redis_lost_when_a_start_is_posted_leaves_the_batch_to_its_retry(
        store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [submit(store, f"\"We are ready for round {i},\" the envoy said on 24 February 2022.") for i in range(2)]

    def unreachable(lease: Lease) -> None:
        raise redis.ConnectionError("Redis went away")

    monkeypatch.setattr(Lease, "take", unreachable)
    with pytest.raises(TransientError):  # the task's retry does the batch again; nothing else escapes
        tasks.run_documents(store, settings, "alpha", [d for _, d in ids], retries=0)
    monkeypatch.undo()
    assert [store.get_job("alpha", j).status for j, _ in ids] == [JobStatus.queued] * 2


@pytest.mark.parametrize("retries", [0, 1, 3, 10, 40])
def test_backoff_is_bounded_and_grows(retries: int) -> None:
    samples = [tasks.backoff(retries) for _ in range(200)]
    assert all(0 <= s <= min(30.0, 0.5 * 2**retries) for s in samples)


def test_a_batch_starts_and_finishes_each_document_once(store: Store, settings: Settings) -> None:
    ids = [submit(store, f"\"We are ready for round {i},\" the envoy said on 24 February 2022.") for i in range(4)]
    statuses = tasks.run_documents(store, settings, "alpha", [d for _, d in ids], retries=0)
    assert list(statuses.values()) == ["succeeded"] * 4
    jobs = [store.get_job("alpha", j) for j, _ in ids]
    assert [(job.status, job.attempts) for job in jobs] == [(JobStatus.succeeded, 1)] * 4
    assert all(store.get_result_json("alpha", d) is not None for _, d in ids)
    assert store.documents_waiting() == 0


def test_a_redelivered_batch_fails_its_poison_document_without_running_the_engine_on_it(
        store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch's worker died on its second document max_attempts times: the first is done, the second is
    failed without the engine, the ones after it run, each delivery counted once."""
    ids = [submit(store, f"\"Round {i} is on,\" the envoy said on 24 February 2022.") for i in range(4)]
    assert tasks.run_documents(store, settings, "alpha", [ids[0][1]], retries=0) == {ids[0][1]: "succeeded"}
    for _ in range(settings.max_attempts):
        store.start_attempt("alpha", ids[1][0])
    poison = ids[1][1]
    extract = tasks.extract

    def engine(text: str, *args: object, document_id: str | None = None, **kwargs: object) -> object:
        assert document_id != poison, "the engine ran on the poison document"
        return extract(text, *args, document_id=document_id, **kwargs)

    def engine_many(requests: list) -> list:
        assert poison not in [request.document_id for request in requests], "the engine ran on the poison document"
        return extract_many(requests)

    extract_many = tasks.extract_many
    monkeypatch.setattr(tasks, "extract", engine)
    monkeypatch.setattr(tasks, "extract_many", engine_many)
    statuses = tasks.run_documents(store, settings, "alpha", [d for _, d in ids], retries=0)
    assert list(statuses.values()) == ["succeeded", "failed", "succeeded", "succeeded"]
    jobs = [store.get_job("alpha", j) for j, _ in ids]
    assert [job.attempts for job in jobs] == [1, settings.max_attempts + 1, 1, 1]
    assert "gave up after 3 deliveries" in jobs[1].error


def test_a_batch_observes_its_stage_timings_once_at_its_end(redis_server: EmbeddedRedis, settings: Settings) -> None:
    from store.metrics import MeteredStore

    store = MeteredStore.from_settings(settings)
    try:
        ids = [submit(store, f"\"Round {i} is on,\" the envoy said on 24 February 2022.") for i in range(3)]
        histogram = store.keys.metric("extraction_seconds")
        assert tasks.run_documents(store, settings, "alpha", [d for _, d in ids], retries=0) == \
            dict.fromkeys([d for _, d in ids], "succeeded")
        fields = {k.decode(): int(v) for k, v in store.redis.hgetall(histogram).items()}
        stages = {field.rpartition("|")[0] for field in fields}
        assert "total" in stages and "task" in stages
        for stage in stages:  # every success observed once in each stage: its buckets add up to 3
            assert sum(n for f, n in fields.items() if f.startswith(f"{stage}|") and not f.endswith("sum_us")) == 3
        assert store.redis.hget(store.keys.metric("documents_succeeded"), "alpha") == b"3"
    finally:
        for key in store.redis.scan_iter("workertest:*"):
            store.redis.delete(key)
        store.close()
