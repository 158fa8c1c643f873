"""The store against a private redis-server: submission, idempotency, attempts, outcomes."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime

import orjson
import pytest
import redis

from client.embedded_redis import EmbeddedRedis
from schemas import Job, JobStatus, SubmitRequest
from store import QueueFull, Settings, Store
from store.fingerprints import content_digest
from store.metrics import MeteredStore
from store.store import StoredDocument, document_json, read_document

TEXT = SubmitRequest(text="The committee met in Vienna on Tuesday.", published_at="2024-02-13")


@pytest.fixture
def store(redis_server: EmbeddedRedis) -> Iterator[Store]:
    s = Store.from_settings(Settings(redis_url=redis_server.url, key_prefix="storetest"))
    yield s
    for key in s.redis.scan_iter("storetest:*"):
        s.redis.delete(key)
    s.close()


def test_submit_writes_document_job_and_index_under_the_tenant(store: Store) -> None:
    job, created = store.submit("alpha", TEXT)
    assert created and job.status is JobStatus.queued and job.attempts == 0
    keys = {k.decode() for k in store.redis.scan_iter("storetest:*")}
    assert keys == {f"storetest:t:alpha:doc:{job.document_id}", f"storetest:t:alpha:job:{job.id}",
                    "storetest:t:alpha:docs", f"storetest:t:alpha:content:{content_digest(TEXT)}",
                    "storetest:waiting:recordsmith"}
    assert store.documents_waiting() == 1
    doc = store.get_document("alpha", job.document_id)
    assert doc and doc.job_id == job.id and doc.request == TEXT
    assert store.get_job("alpha", job.id) == job


def test_tenants_do_not_see_each_other(store: Store) -> None:
    job, _ = store.submit("alpha", TEXT)
    assert store.get_job("beta", job.id) is None
    assert store.get_document("beta", job.document_id) is None


def test_idempotency_key_returns_the_existing_job_even_under_concurrency(store: Store) -> None:
    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(lambda _: store.submit("alpha", TEXT, "same-key"), range(16)))
    assert sum(created for _, created in outcomes) == 1
    assert len({job.id for job, _ in outcomes}) == 1
    assert store.redis.zcard("storetest:t:alpha:docs") == 1


def test_attempts_are_counted_and_finished_jobs_stay_finished(store: Store) -> None:
    job, _ = store.submit("alpha", TEXT)
    assert store.start_attempt("alpha", job.id).attempts == 1
    running = store.start_attempt("alpha", job.id)
    assert running.status is JobStatus.running and running.attempts == 2 and running.started_at
    assert store.succeed("alpha", job.id, store.get_document("alpha", job.document_id), b'{"ok": true}',
                         {"total": 1.5})
    done = store.start_attempt("alpha", job.id)  # a redelivery after success changes nothing
    assert done.status is JobStatus.succeeded and done.attempts == 2 and done.timings_ms == {"total": 1.5}
    assert orjson.loads(store.get_result_json("alpha", job.document_id)) == {"ok": True}


def test_failure_keeps_the_error_and_no_result(store: Store) -> None:
    job, _ = store.submit("alpha", TEXT)
    store.start_attempt("alpha", job.id)
    assert store.fail("alpha", job.id, "ValueError: boom")
    failed = store.get_job("alpha", job.id)
    assert failed.status is JobStatus.failed and failed.error == "ValueError: boom" and failed.finished_at
    assert store.get_result_json("alpha", job.document_id) is None


def test_an_outcome_written_again_replaces_the_first_ones_error(store: Store) -> None:
    """The finish script clears what an earlier outcome wrote only when there was one (the job's finished_at)."""
    job, _ = store.submit("alpha", TEXT)
    store.start_attempt("alpha", job.id)
    assert store.fail("alpha", job.id, "ValueError: boom")
    assert store.succeed("alpha", job.id, store.get_document("alpha", job.document_id), b'{"ok": true}', {})
    done = store.get_job("alpha", job.id)
    assert done.status is JobStatus.succeeded and done.error is None and done.attempts == 1


def test_outcomes_of_unknown_jobs_are_refused(store: Store) -> None:
    assert store.start_attempt("alpha", "job_01m8g5s4tkz0yekzbyxjs27e4t") is None
    unknown = StoredDocument(id="doc_01m8g5s4tkz0yekzbyxjs27e4t", job_id="job_01m8g5s4tkz0yekzbyxjs27e4t",
                             created_at=datetime.now(UTC), request=TEXT)
    assert not store.succeed("alpha", unknown.job_id, unknown, b"{}", {})
    assert not list(store.redis.scan_iter("storetest:*result*"))


def test_enqueued_flag(store: Store) -> None:
    job, _ = store.submit("alpha", TEXT)
    assert not store.is_enqueued("alpha", job.id)
    store.mark_enqueued("alpha", job.id)
    assert store.is_enqueued("alpha", job.id)


def test_a_new_job_is_stored_with_its_task_message_and_counted_in_one_script(store: Store) -> None:
    store.submitted_counter = store.keys.metric("documents_submitted")
    task_for = lambda document_id: orjson.dumps(["task of", document_id])  # noqa: E731
    (new,) = store.submit_many("alpha", [TEXT], ["k-7"], task_for)
    assert new.created and new.enqueued and store.is_enqueued("alpha", new.job.id)
    queued = store.redis.lrange(store.keys.queue(store.queue), 0, -1)
    assert [orjson.loads(raw) for raw in queued] == [["task of", new.job.document_id]]
    # A replay and a duplicate of the content push nothing and count nothing.
    (replay,) = store.submit_many("alpha", [TEXT], ["k-7"], task_for)
    (same,) = store.submit_many("alpha", [TEXT], [None], task_for)
    assert replay.matched_on == "idempotency_key" and same.matched_on == "content" and replay.enqueued
    assert store.redis.llen(store.keys.queue(store.queue)) == 1
    assert store.redis.hgetall(store.keys.metric("documents_submitted")) == {b"alpha": b"1"}
    # Several documents in one pipeline: each new one gets its own message, in order.
    others = [SubmitRequest(text=f"Talks resumed on day {i}.") for i in range(3)]
    outcomes = store.submit_many("beta", others, [None] * 3, task_for)
    assert [orjson.loads(raw)[1] for raw in reversed(store.redis.lrange(store.keys.queue(store.queue), 0, 2))] == \
        [o.job.document_id for o in outcomes]
    assert store.redis.hget(store.keys.metric("documents_submitted"), "beta") == b"3"


def test_backpressure_refuses_new_documents_but_answers_retries(redis_server: EmbeddedRedis) -> None:
    store = Store.from_settings(Settings(redis_url=redis_server.url, key_prefix="storetest", queue="bp",
                                         max_queue_depth=2))
    try:
        first, _ = store.submit("alpha", TEXT, "k-1")
        second, _ = store.submit("alpha", SubmitRequest(text="A second text."))
        assert store.documents_waiting() == 2
        other = SubmitRequest(text="Another text.")
        with pytest.raises(QueueFull):
            store.submit("alpha", other)
        assert store.submit("alpha", TEXT, "k-1") == (first, False)
        assert store.submit("alpha", TEXT) == (first, False)  # known content adds no work either
        store.start_attempt("alpha", second.id)  # a worker took it: one document waits
        assert store.submit("alpha", other)[1]
    finally:
        for key in store.redis.scan_iter("storetest:*"):
            store.redis.delete(key)
        store.close()


def test_a_document_waits_until_its_job_starts_ends_or_goes(store: Store) -> None:
    started, ended, deleted, kept = (store.submit("alpha", SubmitRequest(text=f"Text number {i}."))[0]
                                     for i in range(4))
    assert store.documents_waiting() == 4
    store.start_attempt("alpha", started.id)
    store.start_attempt("alpha", started.id)  # a redelivery is not counted off twice
    store.fail("alpha", ended.id, "could not be queued")
    store.delete_document("alpha", deleted.document_id)
    assert store.documents_waiting() == 1
    store.fail("alpha", started.id, "boom")  # a running job no longer waited
    store.delete_document("alpha", started.document_id)
    assert store.documents_waiting() == 1 and store.get_job("alpha", kept.id).status is JobStatus.queued


def test_writes_of_several_jobs_go_in_one_round_trip_and_answer_in_order(store: Store) -> None:
    one, two = (store.submit("alpha", SubmitRequest(text=f"Text number {i}."))[0] for i in range(2))
    doc = store.get_documents("alpha", [one.document_id, "doc_01m8g5s4tkz0yekzbyxjs27e4t", two.document_id])
    assert [d.id if d else None for d in doc] == [one.document_id, None, two.document_id]
    writes = store.writes()
    writes.start("alpha", one.id)
    assert store.get_job("alpha", one.id).status is JobStatus.queued  # nothing is sent before send()
    started, = writes.send()
    assert started.status is JobStatus.running and started.attempts == 1
    writes.succeed("alpha", one.id, doc[0], b'{"quotes": []}', {"total": 2.0})
    writes.start("alpha", two.id)
    writes.fail("alpha", "job_01m8g5s4tkz0yekzbyxjs27e4t", "gone")
    done, second, gone = writes.send()
    assert done is True and second.status is JobStatus.running and gone is False
    assert store.get_job("alpha", one.id).status is JobStatus.succeeded
    assert writes.send() == []


def test_the_same_content_or_external_id_makes_one_document_even_under_concurrency(store: Store) -> None:
    with ThreadPoolExecutor(8) as pool:
        by_content = list(pool.map(lambda i: store.submit("alpha", TEXT.model_copy(update={"title": str(i)})),
                                   range(16)))
        by_external = list(pool.map(lambda i: store.submit("alpha", SubmitRequest(text=f"Text {i}.",
                                                                                  external_id="wire-7")), range(16)))
    for outcomes in (by_content, by_external):
        assert sum(created for _, created in outcomes) == 1 and len({job.id for job, _ in outcomes}) == 1
    assert store.redis.zcard("storetest:t:alpha:docs") == 2


def test_a_failed_job_is_not_matched_again(store: Store) -> None:
    job, _ = store.submit("alpha", TEXT)
    store.fail("alpha", job.id, "could not be queued")
    again, created = store.submit("alpha", TEXT)
    assert created and again.id != job.id
    assert store.submit("alpha", TEXT) == (again, False)


def test_content_deduplication_can_be_turned_off(redis_server: EmbeddedRedis) -> None:
    store = Store.from_settings(Settings(redis_url=redis_server.url, key_prefix="storetest",
                                         deduplicate_content=False))
    try:
        assert store.submit("alpha", TEXT)[1] and store.submit("alpha", TEXT)[1]
    finally:
        for key in store.redis.scan_iter("storetest:*"):
            store.redis.delete(key)
        store.close()


def test_metered_writes_count_an_outcome_in_the_script_that_writes_it(redis_server: EmbeddedRedis) -> None:
    store = MeteredStore.from_settings(Settings(redis_url=redis_server.url, key_prefix="storetest"))
    try:
        one, two = (store.submit("alpha", SubmitRequest(text=f"Text number {i}."))[0] for i in range(2))
        doc = store.get_document("alpha", one.document_id)
        succeeded, failed = store.keys.metric("documents_succeeded"), store.keys.metric("documents_failed")
        histogram = store.keys.metric("extraction_seconds")
        writes = store.writes()
        writes.start("alpha", one.id)
        writes.send()
        writes.succeed("alpha", one.id, doc, b"{}", {"total": 2.0, "dates": 0.5})
        writes.start("alpha", two.id)
        assert [type(a) for a in writes.send()] == [bool, Job]
        assert store.redis.hget(succeeded, "alpha") == b"1"  # with the outcome, in the same script
        assert store.redis.hgetall(histogram) == {b"total|1": b"1", b"total|sum_us": b"2000",
                                                  b"dates|0": b"1", b"dates|sum_us": b"500"}
        writes.fail("alpha", two.id, "boom")
        writes.fail("alpha", "job_01m8g5s4tkz0yekzbyxjs27e4t", "gone")  # not written: not counted
        assert writes.send() == [True, False]
        assert store.redis.hget(failed, "alpha") == b"1"
        assert store.redis.hget(succeeded, "alpha") == b"1"
        assert writes.send() == []
    finally:
        for key in store.redis.scan_iter("storetest:*"):
            store.redis.delete(key)
        store.close()


def test_writes_load_their_scripts_again_after_redis_forgot_them(store: Store) -> None:
    job, _ = store.submit("alpha", TEXT)
    store.redis.script_flush()  # as a restarted Redis without the scripts in its cache
    writes = store.writes()
    writes.start("alpha", job.id)
    writes.fail("alpha", "job_01m8g5s4tkz0yekzbyxjs27e4t", "gone")
    started, gone = writes.send()
    assert started.status is JobStatus.running and started.attempts == 1 and gone is False


def test_an_error_reply_raises_after_every_reply_was_read(store: Store) -> None:
    """The writes read each reply of their round trip even when one is an error: the connection goes back to the
    pool with nothing left unread, and the next command gets its own reply."""
    job, _ = store.submit("alpha", TEXT)
    store.redis.set(store.keys.job("alpha", "job_01m8g5s4tkz0yekzbyxjs27e4t"), "not a hash")
    writes = store.writes()
    writes.start("alpha", "job_01m8g5s4tkz0yekzbyxjs27e4t")  # WRONGTYPE inside the script
    writes.start("alpha", job.id)
    with pytest.raises(redis.ResponseError, match="WRONGTYPE"):
        writes.send()
    assert store.get_job("alpha", job.id).status is JobStatus.running  # the second write ran all the same
    assert store.redis.ping() and store.documents_waiting() == 0


def test_writes_are_sent_again_on_a_new_connection_when_theirs_was_closed(store: Store) -> None:
    job, _ = store.submit("alpha", TEXT)
    store.redis.client_kill_filter(_type="normal", skipme=False)  # every connection of the pool is now dead
    writes = store.writes()
    writes.start("alpha", job.id)
    started, = writes.send()
    assert started.status is JobStatus.running and started.attempts == 1


def test_submissions_load_the_script_again_after_redis_forgot_it(store: Store) -> None:
    store.redis.script_flush()
    outcomes = store.submit_many("alpha", [SubmitRequest(text=f"Text number {i}.") for i in range(3)], [None] * 3)
    assert [o.created for o in outcomes] == [True] * 3 and store.documents_waiting() == 3


def test_posted_writes_run_while_the_poster_works_and_answer_on_collect(store: Store) -> None:
    zero, one, two = (store.submit("alpha", SubmitRequest(text=f"Posted text {i}."))[0] for i in range(3))
    writes = store.writes()
    writes.start("alpha", zero.id)
    writes.send()  # Redis now has the script (a posted call it did not know would run only on collect)
    writes.start("alpha", one.id, brief=True)
    writes.start("alpha", zero.id, brief=True)
    writes.post()
    with pytest.raises(RuntimeError):  # the answers of a post are collected before the next
        writes.post()
    deadline = time.monotonic() + 5  # Redis runs it without waiting for collect() (another connection may be first)
    while store.get_job("alpha", one.id).status is not JobStatus.running:
        assert time.monotonic() < deadline
        time.sleep(0.001)
    started, again = writes.collect()
    assert started.attempts == 1 and again.attempts == 2
    assert store.get_job("alpha", two.id).status is JobStatus.queued
    assert writes.collect() == []
    writes.post()  # nothing queued: nothing sent
    assert writes.collect() == []


def test_posted_writes_are_sent_again_when_their_connection_died_before_collect(store: Store) -> None:
    writes = store.writes()
    gone = "job_01m8g5s4tkz0yekzbyxjs27e4t"  # its start writes nothing: sending it twice is harmless
    writes.start("alpha", gone, brief=True)
    writes.send()  # Redis now has the script
    writes.start("alpha", gone, brief=True)
    writes.post()
    store.redis.client_kill_filter(_type="normal", skipme=False)  # the posted round trip's connection with them
    assert writes.collect() == [None]


def test_a_brief_start_answers_the_status_and_attempts_only(store: Store) -> None:
    job, _ = store.submit("alpha", TEXT)
    writes = store.writes()
    writes.start("alpha", job.id, brief=True)
    writes.start("alpha", job.id, brief=True)  # a redelivery: counted again
    writes.start("alpha", "job_01m8g5s4tkz0yekzbyxjs27e4t", brief=True)
    assert writes.send() == [(JobStatus.running, 1, 0), (JobStatus.running, 2, 0), None]
    assert store.documents_waiting() == 0
    store.fail("alpha", job.id, "boom")
    writes.start("alpha", job.id, brief=True)  # finished: untouched
    assert writes.send() == [(JobStatus.failed, 2, 0)]
    assert store.get_job("alpha", job.id).attempts == 2


def test_a_round_trip_answers_each_command_in_order_with_its_error_replies(store: Store) -> None:
    """Replies hiredis has already parsed are taken from its reader: many of them, errors among them, in order,
    and the connection is left with nothing unread."""
    from store.store import round_trip

    key = "storetest:rt"
    commands = [("SET", f"{key}:{i}", "x" * (i * 97)) for i in range(200)]
    commands[50] = ("INCR", f"{key}:1")  # an error reply (not an integer) in the middle
    commands += [("GET", f"{key}:{i}") for i in range(200)]
    answers = round_trip(store.redis, commands)
    assert isinstance(answers[50], redis.ResponseError) and answers[51] == b"OK"
    assert answers[200 + 3] == b"x" * 291 and answers[-1] == b"x" * (199 * 97) and answers[200 + 50] is None
    assert store.redis.ping() and store.redis.get(f"{key}:2") == b"x" * 194


STORED_REQUESTS = [
    TEXT,
    SubmitRequest(text="Zürich said \"no\"\u0001\u2028 \\ ok", published_at=datetime(2024, 2, 13, 9, 30, tzinfo=UTC),
                  title="t", language="de", external_id="e-1", metadata={"a": [1, 2.5, None, True], "b": {"c": "é"}}),
    SubmitRequest(url="https://example.org/a?b=c", callback_url="https://example.org/hook"),
    SubmitRequest(html="<p>x</p>", published_at="2024-02-13T09:30:00+02:00"),
]


@pytest.mark.parametrize("request_", STORED_REQUESTS)
@pytest.mark.parametrize("millisecond", [0, 5, 999])
def test_a_stored_document_reads_back_as_pydantic_validates_it(request_: SubmitRequest, millisecond: int) -> None:
    created = datetime(2026, 12, 6, 22, 0, 1, millisecond * 1000, tzinfo=UTC)
    written = document_json("doc_1", "job_1", created, request_, request_.model_dump(mode="json"))
    validated, read = StoredDocument.model_validate_json(written), read_document(written)
    assert read == validated and read.model_dump_json() == validated.model_dump_json()
    assert type(read.request.published_at) is type(validated.request.published_at)
    assert read.model_fields_set == validated.model_fields_set
    assert read.request.model_fields_set == validated.request.model_fields_set


@pytest.mark.parametrize("published_at", [None, "2024-02-13", "2024-02-13T09:30:00", "2024-02-13T00:00:00Z",
                                          "2024-02-13T09:30:00.123456-05:30", date(1987, 2, 26)])
def test_a_stored_publication_time_reads_back_as_pydantic_validates_it(published_at: object) -> None:
    request_ = SubmitRequest(text="x", published_at=published_at)
    written = document_json("doc_1", "job_1", datetime(2026, 12, 6, tzinfo=UTC), request_,
                            request_.model_dump(mode="json"))
    validated, read = StoredDocument.model_validate_json(written), read_document(written)
    assert read == validated and read.request.published_at == validated.request.published_at
    assert type(read.request.published_at) is type(validated.request.published_at)
    assert read.request.reference_date() == validated.request.reference_date()


@pytest.mark.parametrize("request_", STORED_REQUESTS)
@pytest.mark.parametrize("millisecond", [0, 5, 999])
def test_the_stored_document_is_the_json_pydantic_writes(request_: SubmitRequest, millisecond: int) -> None:
    created = datetime(2026, 12, 6, 22, 0, 1, millisecond * 1000, tzinfo=UTC)
    expected = StoredDocument(id="doc_1", job_id="job_1", created_at=created, request=request_).model_dump_json()
    written = document_json("doc_1", "job_1", created, request_, request_.model_dump(mode="json"))
    assert written == expected.encode()


def test_a_stored_document_lacking_a_field_reads_back_with_its_default() -> None:
    """A document stored by a version whose request had fewer fields is built by pydantic's `model_construct`."""
    written = orjson.dumps({"id": "doc_1", "job_id": "job_1", "created_at": "2026-12-06T22:00:01.005Z",
                            "request": {"text": "x", "published_at": "2024-02-13", "language": None}})
    validated, read = StoredDocument.model_validate_json(written), read_document(written)
    assert read == validated and read.request.metadata == {} and read.request.callback_url is None
    assert read.request.model_fields_set == {"text", "published_at", "language"}


def test_stored_documents_are_models_read_back_by_setting_their_fields() -> None:
    """`read_document` sets a model's fields itself: only for models without extra fields, root or post-init."""
    for model in (StoredDocument, SubmitRequest):
        assert model.model_config.get("extra") != "allow" and not model.__pydantic_root_model__
        assert model.__pydantic_post_init__ is None and not model.__private_attributes__


def test_a_document_orjson_cannot_write_is_written_by_pydantic() -> None:
    request_ = SubmitRequest(text="x", metadata={"big": 1 << 70})
    created = datetime(2026, 12, 6, tzinfo=UTC)
    written = document_json("doc_1", "job_1", created, request_, request_.model_dump(mode="json"))
    assert StoredDocument.model_validate_json(written).request.metadata == {"big": 1 << 70}
    assert read_document(written).request.metadata == {"big": 1 << 70}


def test_the_store_scripts_have_the_digests_redis_py_gives(store: Store) -> None:
    from redis.commands.core import Script

    from store.store import STORE_SCRIPTS, StoreScript

    for text in STORE_SCRIPTS:
        assert StoreScript(store.redis, text).sha == Script(store.redis, text).sha


def test_async_reads_answer_as_the_blocking_ones_and_a_result_only_with_its_document(store: Store,
                                                                                    redis_server: EmbeddedRedis
                                                                                    ) -> None:
    from store.store import async_redis_client

    job, _ = store.submit("alpha", TEXT)
    doc = store.get_document("alpha", job.document_id)

    async def reads() -> tuple:
        client = async_redis_client(Settings(redis_url=redis_server.url))
        try:
            return (await store.get_job_async(client, "alpha", job.id),
                    await store.job_status_async(client, "alpha", job.id),
                    await store.result_async(client, "alpha", job.document_id),
                    await store.get_job_async(client, "beta", job.id),  # another tenant's: not there
                    await store.result_async(client, "beta", job.document_id))
        finally:
            await client.aclose()

    queued = asyncio.run(reads())
    assert queued == (store.get_job("alpha", job.id), JobStatus.queued, (True, None), None, (False, None))
    store.start_attempt("alpha", job.id)
    assert store.succeed("alpha", job.id, doc, b'{"ok": true}', {})
    done = asyncio.run(reads())
    assert done[:3] == (store.get_job("alpha", job.id), JobStatus.succeeded, (True, b'{"ok": true}'))
    assert done[3:] == (None, (False, None))
    # a result whose document is gone (written in the instant a deletion ran) is not one to serve
    store.redis.delete(f"storetest:t:alpha:doc:{job.document_id}")
    assert asyncio.run(reads())[2] == (False, b'{"ok": true}')
