"""`recordsmith serve`: Redis (embedded unless RECORDSMITH_REDIS_URL is set) + API + worker, one command."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import httpx

from client.embedded_redis import EmbeddedRedis
from client.processes import spawn_cli, terminate
from store import Settings

LOCAL_TENANT = "local"


def local_api_key(data_dir: Path) -> str:
    """The key of the `local` tenant, created once and kept in the data folder so it survives restarts."""
    path = data_dir / "api-key"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = "rs_" + secrets.token_urlsafe(24)
    path.touch(mode=0o600)
    path.write_text(key + "\n", encoding="utf-8")
    return key


def wait_ready(url: str, processes: list[subprocess.Popen[bytes]], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in processes):
            raise RuntimeError("a child process exited during start-up (see its output above)")
        try:
            if httpx.get(f"{url}/readyz", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the API did not become ready at {url} within {timeout} s")


class Service:
    """The running trio; `run()` blocks until SIGINT/SIGTERM or a child dies, then stops everything in order."""

    def __init__(self, settings: Settings, host: str, port: int, data_dir: Path, concurrency: int | None) -> None:
        self.settings, self.host, self.port, self.data_dir = settings, host, port, data_dir.resolve()
        self.concurrency = concurrency
        self.redis: EmbeddedRedis | None = None
        self.api: subprocess.Popen[bytes] | None = None
        self.worker: subprocess.Popen[bytes] | None = None
        self.api_key = ""
        self._stop = False

    @property
    def url(self) -> str:
        shown = "127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host
        return f"http://{shown}:{self.port}"

    def start(self) -> None:
        env = dict(os.environ)
        if not self.settings.redis_url:
            self.redis = EmbeddedRedis(self.data_dir / "redis").start()
            env["RECORDSMITH_REDIS_URL"] = self.redis.url
        if self.settings.api_keys:
            # Keys given only as digests cannot be shown: the operator holds them.
            self.api_key = next(iter(self.settings.tenants_by_key), "<the key whose digest is configured>")
        else:
            self.api_key = local_api_key(self.data_dir)
            env["RECORDSMITH_API_KEYS"] = f"{LOCAL_TENANT}:{self.api_key}"
        worker_args = ["worker"] + (["--concurrency", str(self.concurrency)] if self.concurrency else [])
        self.worker = spawn_cli(worker_args, env)
        self.api = spawn_cli(["api", "--host", self.host, "--port", str(self.port)], env)
        wait_ready(self.url, [self.api, self.worker])

    def run(self, on_ready: Callable[[Service], None]) -> int:
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            self.start()
            on_ready(self)
            while not self._stop:
                for name, child in (("api", self.api), ("worker", self.worker)):
                    if child and child.poll() is not None:
                        raise RuntimeError(f"the {name} process exited with {child.returncode}")
                if self.redis and not self.redis.running:
                    raise RuntimeError("the embedded Redis exited")
                time.sleep(0.2)
            return 0
        finally:
            self.shutdown()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self._stop = True

    def shutdown(self) -> None:
        # API first (no new work), then the worker (finishes its current task), then Redis (flushes its AOF).
        if self.api:
            terminate(self.api, 15)
        if self.worker:
            terminate(self.worker, self.settings.batch_time_limit + 5)
        if self.redis:
            self.redis.stop()
