"""Shared fixtures: a private redis-server, a real Celery worker and a real uvicorn API, per test session.

Nothing here touches a Redis the machine may already run: the server is ours, on a free port, with its
data in a temporary folder, and can be killed and restarted by tests. Processes write their output to
files in that folder (shown when a start-up fails), never to pipes that could fill up and block them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from client.embedded_redis import EmbeddedRedis, free_port

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ctbt-russia-observador.txt"
KEYS = {"alpha": "test-key-alpha-9f2c", "beta": "test-key-beta-41d7"}


def api_keys_setting(keys: dict[str, str] = KEYS) -> str:
    return ",".join(f"{tenant}:{key}" for tenant, key in keys.items())


@dataclass
class Proc:
    """A `recordsmith <command>` child process with its log file."""

    args: list[str]
    env: dict[str, str]
    log: Path
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self) -> Proc:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "client.cli", *self.args], env=self.env, cwd=ROOT,
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            )
        return self

    def stop(self, timeout: float = 15.0) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
        return self.process.wait()

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:]) if self.log.exists() else ""


def service_env(redis_url: str, **overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECORDSMITH_")}
    env.update({
        "RECORDSMITH_REDIS_URL": redis_url,
        "RECORDSMITH_API_KEYS": api_keys_setting(),
        "RECORDSMITH_TASK_TIME_LIMIT": "20",
        "RECORDSMITH_VISIBILITY_TIMEOUT": "30",
        "RECORDSMITH_REDIS_RETRIES": "1",
        "RECORDSMITH_REDIS_TIMEOUT": "2",
        "PYTHONUNBUFFERED": "1",
    })
    env.update(overrides)
    return env


def wait_http_ready(url: str, proc: Proc, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.process and proc.process.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.process.returncode}:\n{proc.tail()}")
        try:
            if httpx.get(f"{url}/readyz", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"the API at {url} was not ready within {timeout} s:\n{proc.tail()}")


def start_api(env: dict[str, str], log: Path) -> tuple[Proc, str]:
    port = free_port()
    proc = Proc(["api", "--host", "127.0.0.1", "--port", str(port)], env, log).start()
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http_ready(url, proc)
    except RuntimeError:
        proc.kill()
        raise
    return proc, url


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedRedis]:
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.kill()


@pytest.fixture(scope="session")
def env(redis_server: EmbeddedRedis) -> dict[str, str]:
    return service_env(redis_server.url)


@pytest.fixture(scope="session")
def api_url(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    proc, url = start_api(env, tmp_path_factory.mktemp("api") / "api.log")
    yield url
    proc.stop()


@pytest.fixture(scope="session")
def idle_api_url(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An API whose queue no worker consumes: its jobs stay `queued` (input, auth and not-ready tests),
    and its submissions never load the shared worker."""
    proc, url = start_api({**env, "RECORDSMITH_QUEUE": "unconsumed"}, tmp_path_factory.mktemp("api") / "idle.log")
    yield url
    proc.stop()


@pytest.fixture(scope="session")
def worker(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proc]:
    proc = Proc(["worker", "--concurrency", "2"], env, tmp_path_factory.mktemp("worker") / "worker.log").start()
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def client_for(api_url: str) -> Iterator[Callable[[str | None], httpx.Client]]:
    """`client_for("alpha")`: an httpx client authenticated as that tenant (None: anonymous). Cached per
    module, because building a client (its TLS context) costs more than most requests here."""
    clients: dict[str | None, httpx.Client] = {}

    def make(tenant: str | None) -> httpx.Client:
        if tenant not in clients:
            headers = {"Authorization": f"Bearer {KEYS[tenant]}"} if tenant else {}
            clients[tenant] = httpx.Client(base_url=api_url, headers=headers, timeout=40.0)
        return clients[tenant]

    yield make
    for c in clients.values():
        c.close()


@pytest.fixture
def anonymous(client_for: Callable[[str | None], httpx.Client]) -> httpx.Client:
    return client_for(None)


@pytest.fixture
def alpha(client_for: Callable[[str | None], httpx.Client]) -> httpx.Client:
    return client_for("alpha")


@pytest.fixture
def beta(client_for: Callable[[str | None], httpx.Client]) -> httpx.Client:
    return client_for("beta")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
