"""Fixtures of the input-form and webhook tests: a local web server, and an API + worker allowed to reach it.

The session's own worker keeps the default SSRF guard (private addresses refused); `open_stack` is a second
API and worker, on their own queue and key prefix, with RECORDSMITH_ALLOW_PRIVATE_URLS set, webhook secrets,
small fetch limits and fast webhook retries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest

from tests.conftest import KEYS, Proc, start_api
from tests.localhttp import LocalServer

WEBHOOK_SECRETS = {"alpha": "whsec-alpha-5e1b0c", "beta": "whsec-beta-77a2d9"}
OPEN_LIMITS = {"fetch_max_bytes": 64 * 1024, "fetch_read_timeout": 1.0, "fetch_max_redirects": 2,
               "webhook_backoff": 0.5, "webhook_retries": 3, "webhook_timeout": 2.0}


@dataclass
class Stack:
    url: str
    api: Proc
    worker: Proc

    def client(self, tenant: str) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {KEYS[tenant]}"}, timeout=40.0)


@pytest.fixture(scope="session")
def web() -> Iterator[LocalServer]:
    server = LocalServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def open_stack(env: dict[str, str], web: LocalServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Beta's documents without a callback_url report to its default, `/hooks/beta-default` on `web`."""
    default_hook = web.route("/hooks/beta-default", (204, {}, b""))
    settings = {f"RECORDSMITH_{name.upper()}": str(value) for name, value in OPEN_LIMITS.items()}
    open_env = {**env, **settings, "RECORDSMITH_QUEUE": "open", "RECORDSMITH_KEY_PREFIX": "open",
                "RECORDSMITH_ALLOW_PRIVATE_URLS": "1", "RECORDSMITH_WEBHOOK_URLS": f"beta:{default_hook}",
                "RECORDSMITH_WEBHOOK_SECRETS": ",".join(f"{t}:{s}" for t, s in WEBHOOK_SECRETS.items())}
    logs = tmp_path_factory.mktemp("open")
    worker = Proc(["worker", "--concurrency", "2"], open_env, logs / "worker.log").start()
    api, url = start_api(open_env, logs / "api.log")
    yield Stack(url, api, worker)
    api.stop()
    worker.stop()


@pytest.fixture(scope="module")
def open_client(open_stack: Stack) -> Iterator[Callable[[str], httpx.Client]]:
    clients: dict[str, httpx.Client] = {}

    def make(tenant: str) -> httpx.Client:
        if tenant not in clients:
            clients[tenant] = open_stack.client(tenant)
        return clients[tenant]

    yield make
    for c in clients.values():
        c.close()
