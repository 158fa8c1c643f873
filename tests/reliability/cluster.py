"""A private recordsmith for one reliability test: its own redis-server, API and workers, all real
processes that the test may kill, restart or flood. Everything is stopped at the end, by process id."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import httpx
import psutil

from api.queue import TaskQueue
from client.embedded_redis import EmbeddedRedis
from schemas import Job
from store import Settings, Store
from tests.conftest import KEYS, ROOT, Proc, service_env, start_api

SLOW_WORKER = Path(__file__).with_name("slow_worker.py")


class Cluster:
    def __init__(self, folder: Path, appendfsync: str = "everysec", **env: str) -> None:
        self.folder = folder
        self.redis = EmbeddedRedis(folder / "redis", appendfsync=appendfsync).start()
        self.env = service_env(self.redis.url, **env)
        self.settings = Settings(**{k.removeprefix("RECORDSMITH_").lower(): v for k, v in self.env.items()
                                    if k.startswith("RECORDSMITH_")})
        self.store = Store.from_settings(self.settings)
        self.procs: list[Proc] = []
        self._queue: TaskQueue | None = None

    @property
    def queue(self) -> TaskQueue:
        if self._queue is None:
            self._queue = TaskQueue(self.settings)
        return self._queue

    def start_api(self, name: str = "api") -> tuple[Proc, str]:
        proc, url = start_api(self.env, self.folder / f"{name}.log")
        self.procs.append(proc)
        return proc, url

    def start_worker(self, name: str = "worker", concurrency: int = 2, engine_delay: float = 0.0) -> Proc:
        """A worker in its own session (a SIGKILL to its group takes the pool children too), running the real
        engine, optionally slowed down per document."""
        env = {**self.env, "RECORDSMITH_TEST_ENGINE_DELAY": str(engine_delay)}
        proc = Proc([], env, self.folder / f"{name}.log")
        with proc.log.open("ab") as out:
            proc.process = subprocess.Popen(
                [sys.executable, str(SLOW_WORKER), "--concurrency", str(concurrency)], env=env, cwd=ROOT,
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(proc)
        return proc

    def client(self, url: str, tenant: str = "alpha", timeout: float = 30.0) -> httpx.Client:
        return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEYS[tenant]}"}, timeout=timeout)

    def jobs(self, job_ids: Iterable[str], tenant: str = "alpha") -> list[Job]:
        found = [self.store.get_job(tenant, job_id) for job_id in job_ids]
        assert all(found), "a job record disappeared"
        return found  # type: ignore[return-value]

    def wait_finished(self, job_ids: list[str], timeout: float, tenant: str = "alpha") -> list[Job]:
        """Every job finished (succeeded or failed) within `timeout` seconds, else the statuses and log tails."""
        deadline = time.monotonic() + timeout
        while True:
            jobs = self.jobs(job_ids, tenant)
            if all(job.status.finished for job in jobs):
                return jobs
            if time.monotonic() > deadline:
                counts: dict[str, int] = {}
                for job in jobs:
                    counts[job.status.value] = counts.get(job.status.value, 0) + 1
                tails = "\n".join(f"--- {p.log.name}\n{p.tail(15)}" for p in self.procs)
                raise AssertionError(f"not finished after {timeout} s: {counts}\n{tails}")
            time.sleep(0.2)

    def result_count(self, tenant: str = "alpha") -> int:
        return sum(1 for _ in self.store.redis.scan_iter(match=self.store.keys.result(tenant, "*"), count=1000))

    def close(self) -> None:
        for proc in reversed(self.procs):
            stop_group(proc)
        if self._queue:
            self._queue.close()
        self.store.close()
        self.redis.kill()


def stop_group(proc: Proc, timeout: float = 20.0) -> None:
    """SIGTERM, then SIGKILL to the process and its children (a worker's pool), by the ids we started."""
    if proc.process is None:
        return
    children = []
    if proc.process.poll() is None:
        children = psutil.Process(proc.process.pid).children(recursive=True)
    proc.stop(timeout)
    for child in children:
        if child.is_running():
            child.kill()


def kill_group(proc: Proc) -> None:
    """SIGKILL a worker and its pool at once: what a crashed container or an OOM kill looks like."""
    assert proc.process is not None
    os.killpg(proc.process.pid, signal.SIGKILL)
    proc.process.wait()


def tree_rss(pid: int) -> int:
    """Resident memory of a process and its children, bytes."""
    root = psutil.Process(pid)
    total = 0
    for p in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += p.memory_info().rss
    return total
