"""Redis goes away and comes back: 503 problem+json with Retry-After, /healthz stays up, all recovers.

Uses its own redis-server and API, so killing Redis does not disturb the other tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from client.embedded_redis import EmbeddedRedis
from tests.conftest import KEYS, Proc, service_env, start_api

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def private(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[EmbeddedRedis, str]]:
    folder: Path = tmp_path_factory.mktemp("redis-down")
    redis = EmbeddedRedis(folder / "redis").start()
    api: Proc | None = None
    try:
        api, url = start_api(service_env(redis.url), folder / "api.log")
        yield redis, url
    finally:
        if api:
            api.stop()
        redis.kill()


def test_redis_down_then_back(private: tuple[EmbeddedRedis, str]) -> None:
    redis, url = private
    client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEYS['alpha']}"}, timeout=20)
    before = client.post("/v1/documents", json={"text": "Before the outage."})
    assert before.status_code == 202

    redis.kill()
    assert client.get("/healthz").status_code == 200
    for r in (client.get("/readyz"),
              client.post("/v1/documents", json={"text": "During the outage."}),
              client.get(before.json()["links"]["job"]),
              client.get(before.json()["links"]["result"])):
        assert r.status_code == 503, (r.request.url, r.text)
        assert r.headers["content-type"] == "application/problem+json"
        assert int(r.headers["retry-after"]) >= 1
        assert r.json()["status"] == 503

    redis.start()  # same port, AOF replayed: the document accepted before the outage is still there
    assert client.get("/readyz").status_code == 200
    assert client.get(before.json()["links"]["job"]).json()["status"] == "queued"
    assert client.post("/v1/documents", json={"text": "After the outage."}).status_code == 202
    client.close()
