"""The token bucket (store.ratelimit) against the private Redis, and the API key digests of the settings."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from api.auth import tenant_for
from api.problems import ApiProblem
from client.embedded_redis import EmbeddedRedis
from store import Keys, Settings, Store
from store.ratelimit import RateLimiter
from store.settings import key_digest


@pytest.fixture
def store(redis_server: EmbeddedRedis) -> Iterator[Store]:
    s = Store.from_settings(Settings(redis_url=redis_server.url, key_prefix="ratetest"))
    yield s
    for key in s.redis.scan_iter("ratetest:*"):
        s.redis.delete(key)
    s.close()


def test_a_full_bucket_allows_the_burst_then_refuses_with_the_wait(store: Store) -> None:
    limiter = RateLimiter(store.redis, Keys("ratetest"), rate=4, burst=3)
    verdicts = [limiter.take("k1") for _ in range(4)]
    assert [v.allowed for v in verdicts] == [True, True, True, False]
    assert 150 <= verdicts[-1].retry_after_ms <= 250  # a quarter second for one token at 4 per second
    assert verdicts[-1].retry_after == 1  # whole seconds for the header, never 0
    assert limiter.take("k2").allowed  # another key, another bucket


def test_tokens_come_back_at_the_rate_with_fractions_kept(store: Store) -> None:
    limiter = RateLimiter(store.redis, Keys("ratetest"), rate=2, burst=1)
    assert limiter.take("k").allowed
    first = limiter.take("k")
    assert not first.allowed and 400 <= first.retry_after_ms <= 500
    time.sleep(0.2)
    second = limiter.take("k")  # part of a token has come back: the wait shrank by the time slept
    assert not second.allowed and second.retry_after_ms <= first.retry_after_ms - 150
    time.sleep(second.retry_after_ms / 1000 + 0.05)
    assert limiter.take("k").allowed


def test_idle_buckets_expire(store: Store) -> None:
    RateLimiter(store.redis, Keys("ratetest"), rate=100, burst=5).take("idle")
    ttl = store.redis.pttl(Keys("ratetest").rate_limit("idle"))
    assert 0 < ttl <= 1050


def test_keys_are_kept_as_digests_and_either_form_authenticates() -> None:
    settings = Settings(api_keys=f"alpha:k-alpha,beta:sha256:{key_digest('k-beta')}")
    digests = settings.tenants_by_key_digest
    assert "k-alpha" not in digests and set(digests.values()) == {"alpha", "beta"}
    assert settings.tenants_by_key == {"k-alpha": "alpha"}  # digest-only keys cannot be shown
    assert tenant_for("k-alpha", digests) == ("alpha", key_digest("k-alpha"))
    assert tenant_for("k-beta", digests)[0] == "beta"
    for wrong in ("k-alph", key_digest("k-beta"), "sha256:" + key_digest("k-beta")):
        with pytest.raises(ApiProblem) as refused:
            tenant_for(wrong, digests)
        assert refused.value.status == 401
