"""The Redis key layout: every tenant's data under its own prefix, ids well-formed and unguessable."""

from __future__ import annotations

import random

import pytest

from store.keys import Keys, _b32, idempotent_id, is_id, new_id
from store.queue import EXTRACT_BATCH, EXTRACT_DOCUMENT, extraction_tasks
from store.settings import Settings, parse_api_keys

KEYS = Keys("rs")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (KEYS.document("alpha", "doc_1"), "rs:t:alpha:doc:doc_1"),
        (KEYS.job("alpha", "job_1"), "rs:t:alpha:job:job_1"),
        (KEYS.result("alpha", "doc_1"), "rs:t:alpha:result:doc_1"),
        (KEYS.documents_index("alpha"), "rs:t:alpha:docs"),
        (KEYS.queue("recordsmith"), "rs:celery:recordsmith"),
        (KEYS.external_id("alpha", "ab12"), "rs:t:alpha:ext:ab12"),
        (KEYS.content("alpha", "cd34"), "rs:t:alpha:content:cd34"),
        (KEYS.records("alpha", "doc_1"), "rs:t:alpha:records:doc_1"),
        (KEYS.record_entries("alpha", "doc_1"), "rs:t:alpha:rx:doc:doc_1"),
        (KEYS.record_index("alpha"), "rs:t:alpha:rx:all"),
        (KEYS.record_index("alpha", "type", "quote"), "rs:t:alpha:rx:type:quote"),
        (KEYS.record_index("alpha", "speaker", "sergei-riabkov"), "rs:t:alpha:rx:speaker:sergei-riabkov"),
        (Keys("prod").job("beta", "job_2"), "prod:t:beta:job:job_2"),
    ],
)
def test_key_layout(key: str, expected: str) -> None:
    assert key == expected


@pytest.mark.parametrize("build", [KEYS.document, KEYS.job, KEYS.result, KEYS.external_id, KEYS.content, KEYS.records,
                                   KEYS.record_entries, KEYS.record_index])
def test_every_tenant_key_sits_under_the_tenant_prefix(build) -> None:
    assert build("alpha", "x_1").startswith(KEYS.tenant("alpha"))
    assert not build("alpha", "x_1").startswith(KEYS.tenant("alph"))


def test_broker_keys_share_the_namespace_but_not_a_tenant_prefix() -> None:
    assert KEYS.celery_prefix.startswith("rs:") and ":t:" not in KEYS.celery_prefix


@pytest.mark.parametrize("kind", ["doc", "job"])
def test_new_ids_are_well_formed_unique_and_sorted_by_time(kind: str) -> None:
    ids = [new_id(kind) for _ in range(500)]
    assert all(is_id(i, kind) for i in ids)
    assert len(set(ids)) == 500
    assert [i[:14] for i in ids] == sorted(i[:14] for i in ids)  # the time part never goes backwards


def test_idempotent_ids_are_stable_per_tenant_and_key() -> None:
    assert idempotent_id("job", "alpha", "k1") == idempotent_id("job", "alpha", "k1")
    assert idempotent_id("job", "alpha", "k1") != idempotent_id("job", "beta", "k1")
    assert idempotent_id("job", "alpha", "k1") != idempotent_id("job", "alpha", "k2")
    assert idempotent_id("job", "alpha", "k1")[4:] != idempotent_id("doc", "alpha", "k1")[4:]
    assert is_id(idempotent_id("job", "alpha", "any key: even / and :"), "job")


@pytest.mark.parametrize("value", ["", "job_", "job_01m8g5s4tkz0yekzbyxjs27e4", "job_01M8G5S4TKZ0YEKZBYXJS27E4T",
                                   "doc_01m8g5s4tkz0yekzbyxjs27e4t", "job_01m8g5s4tkz0yekzbyxjs27e4t:x",
                                   "job_01m8g5s4tkz0yekzbyxjs27e4t\n"])
def test_is_id_rejects_anything_else(value: str) -> None:
    assert not is_id(value, "job")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("alpha:k1,beta:k2", {"k1": "alpha", "k2": "beta"}),
        (" alpha:k1 , ,beta:k:with:colons ", {"k1": "alpha", "k:with:colons": "beta"}),
        ("", {}),
    ],
)
def test_api_keys_parse(raw: str, expected: dict[str, str]) -> None:
    assert parse_api_keys(raw) == expected


@pytest.mark.parametrize("raw", ["alpha", "alpha:", ":key", "al pha:k", "a*b:k", "t:a:" + "x" * 0 + ",x"])
def test_bad_api_keys_are_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_api_keys(raw)


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECORDSMITH_REDIS_URL", "redis://example:6379/2")
    monkeypatch.setenv("RECORDSMITH_TASK_TIME_LIMIT", "10")
    monkeypatch.setenv("RECORDSMITH_VISIBILITY_TIMEOUT", "25")
    monkeypatch.setenv("RECORDSMITH_API_KEYS", "alpha:k1")
    settings = Settings()
    assert settings.broker_url == "redis://example:6379/2"
    assert settings.task_time_limit == 10 and settings.visibility_timeout == 25
    assert 0 < settings.soft_time_limit < settings.task_time_limit
    assert settings.tenants_by_key == {"k1": "alpha"}
    assert settings.max_body_bytes == 1024 * 1024


def test_visibility_timeout_must_exceed_the_hard_limit() -> None:
    with pytest.raises(ValueError, match="VISIBILITY_TIMEOUT"):
        Settings(task_time_limit=60, visibility_timeout=60)


@pytest.mark.parametrize("hard", [1, 2, 10, 60, 600])
def test_soft_limit_leaves_time_before_the_hard_kill(hard: float) -> None:
    settings = Settings(task_time_limit=hard, visibility_timeout=hard + 1)
    assert hard / 2 <= settings.soft_time_limit < hard


@pytest.mark.parametrize(("documents", "size", "sizes"), [
    (1, 25, [None]), (2, 25, [2]), (25, 25, [25]), (50, 25, [25, 25]), (60, 25, [20, 20, 20]), (7, 3, [3, 3, 1]),
])
def test_extraction_tasks_split_a_batch_into_tasks_of_about_equal_size(documents: int, size: int,
                                                                       sizes: list[int | None]) -> None:
    ids = [f"doc-{i}" for i in range(documents)]
    tasks = extraction_tasks("alpha", ids, size)
    if sizes == [None]:  # a lone document keeps the task of its own
        assert tasks == [(EXTRACT_DOCUMENT, ["alpha", "doc-0"])]
        return
    assert [name for name, _ in tasks] == [EXTRACT_BATCH] * len(sizes)
    assert [len(args[1]) for _, args in tasks] == sizes
    assert [i for _, (tenant, chunk) in tasks for i in chunk] == ids and {t for _, (t, _) in tasks} == {"alpha"}


@pytest.mark.parametrize(("hard", "visibility", "batch"), [(60, 300, 120), (20, 30, 27), (3, 10, 6), (10, 10.5, 10)])
def test_a_batch_gives_every_document_the_hard_limit_and_ends_before_the_visibility_timeout(
        hard: float, visibility: float, batch: float) -> None:
    settings = Settings(task_time_limit=hard, visibility_timeout=visibility)
    assert settings.batch_time_limit == batch
    assert hard <= settings.batch_time_limit < visibility
    latest_document_soft_limit = settings.batch_time_limit - hard + settings.soft_time_limit
    assert latest_document_soft_limit < settings.batch_soft_time_limit < settings.batch_time_limit


def _digits_one_by_one(data: int, length: int) -> str:
    """The encoding as first written: a digit at a time, least significant first."""
    out = []
    for _ in range(length):
        out.append("0123456789abcdefghjkmnpqrstvwxyz"[data & 31])
        data >>= 5
    return "".join(reversed(out))


@pytest.mark.parametrize("length", [1, 2, 3, 9, 10, 16, 26, 27])
def test_ids_are_encoded_as_they_always_were(length: int) -> None:
    # Ids already stored (an Idempotency-Key's job id) must come out the same.
    rng = random.Random(length)
    values = [0, 1, 31, 32, 1023, 1024, (1 << 130) - 1, 1 << 130, *(rng.getrandbits(rng.choice([8, 50, 80, 130, 160]))
                                                                     for _ in range(500))]
    for value in values:
        assert _b32(value, length) == _digits_one_by_one(value, length)


def test_an_idempotency_keys_id_is_the_one_earlier_versions_gave() -> None:
    assert idempotent_id("job", "alpha", "k1") == "job_m5srhxhs3p14wp11y4wzm08qvt"
