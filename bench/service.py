"""The service benchmarks' harness: a private redis-server, `recordsmith api` (one process) and workers as real
processes, and an asyncio HTTP client that submits corpus articles and collects every result.

Each process writes its output to a log file in the run's folder, so a failed start can be read afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import httpx
import orjson
import psutil
import redis

from bench.corpus import PROJECT
from client.embedded_redis import EmbeddedRedis, free_port
from client.processes import die_with_parent, terminate
from client.serve import wait_ready
from store.keys import Keys

TENANT, API_KEY = "bench", "bench-key-7d1e"
MIB = 1024 * 1024


def memory_mib(pid: int) -> dict[str, float]:
    """Memory of a process and all its children (a Celery worker's pool), in MiB: the sum of their RSS, which
    counts the pages a forked child still shares with its parent once per process, and of their PSS, which
    splits each shared page between the processes sharing it (what the group really occupies)."""
    rss = pss = 0
    procs = [psutil.Process(pid)]
    procs += procs[0].children(recursive=True)
    for proc in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            info = proc.memory_full_info()
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
    return {"rss_mib": round(rss / MIB, 1), "pss_mib": round(pss / MIB, 1), "processes": len(procs)}


API_PROCESSES = 1  # as docker-compose.yml runs it by default


class Service:
    """redis-server + one API + one worker process per entry of `workers` (its --concurrency)."""

    def __init__(self, root: Path, workers: list[int], loglevel: str = "INFO", worker_nice: int | None = None,
                 api_processes: int = API_PROCESSES, own_sessions: bool = False,
                 wrappers: dict[str, list[str]] | None = None, extra_env: dict[str, str] | None = None,
                 start_timeout: float = 10.0) -> None:
        self.root = root
        # A command line each `api` and `worker` process runs under (valgrind, for `bench.service_instructions`),
        # with the environment it adds and the time each may take to start.
        self.wrappers = wrappers or {}
        self.extra_env = extra_env or {}
        self.start_timeout = start_timeout
        self.own_sessions = own_sessions  # the API and each worker in a session of its own, as `serve` starts them
        self.api_processes = api_processes
        self.worker_nice = worker_nice  # None: the service's default (RECORDSMITH_WORKER_NICE's)
        self.workers_concurrency = workers
        self.loglevel = loglevel
        self.redis = EmbeddedRedis(root / "redis")
        self.port = free_port()
        self.api: subprocess.Popen[bytes] | None = None
        self.workers: list[subprocess.Popen[bytes]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _spawn(self, args: list[str], log_name: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
        """The API or a worker, by default in the benchmark's own session. Linux's autogroup scheduling (on by
        default) shares the cores between sessions first and applies nice only inside a session: in sessions of
        their own, the API and the worker would each take a full session's share of a machine other jobs load, where
        the engine baseline (a pool of this process) gets one, and the worker's nice would not yield to the API.
        `own_sessions` starts them as `recordsmith serve` does (and compose, one container each): what a client of
        the API meets, for the submit latency."""
        with (self.root / log_name).open("ab") as log:
            return subprocess.Popen(
                [*self.wrappers.get(args[0], ()), sys.executable, "-m", "client.cli", *args],
                env=env, cwd=PROJECT, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=self.own_sessions,
                preexec_fn=die_with_parent if sys.platform.startswith("linux") else None,
            )

    def start(self) -> Service:
        self.root.mkdir(parents=True, exist_ok=True)
        self.redis.start(self.start_timeout)
        env = {k: v for k, v in os.environ.items() if not k.startswith("RECORDSMITH_")}
        env.update({"RECORDSMITH_REDIS_URL": self.redis.url, "RECORDSMITH_API_KEYS": f"{TENANT}:{API_KEY}",
                    "RECORDSMITH_MAX_BATCH": "100", "PYTHONUNBUFFERED": "1", **self.extra_env})
        if self.worker_nice is not None:
            env["RECORDSMITH_WORKER_NICE"] = str(self.worker_nice)
        api_args = ["api", "--host", "127.0.0.1", "--port", str(self.port), "--workers", str(self.api_processes)]
        self.api = self._spawn(api_args, "api.log", env)
        wait_ready(self.url, [self.api], timeout=max(self.start_timeout, 60.0))
        for i, concurrency in enumerate(self.workers_concurrency):
            args = ["worker", "--concurrency", str(concurrency), "--loglevel", self.loglevel]
            self.workers.append(self._spawn(args, f"worker{i}.log", env))
        return self

    def stop(self) -> None:
        if self.api:
            terminate(self.api, 15)
        for worker in self.workers:
            terminate(worker, 30)
        self.redis.stop()

    def cpu_seconds(self) -> dict[str, float]:
        """CPU time used so far by each part (the API or a worker with its children), to see where a document's
        time goes."""
        def used(pid: int, children: bool) -> float:
            procs = [psutil.Process(pid)]
            procs += procs[0].children(recursive=True) if children else []
            total = 0.0
            for proc in procs:
                with contextlib.suppress(psutil.NoSuchProcess):
                    t = proc.cpu_times()
                    total += t.user + t.system
            return total

        assert self.api is not None and self.redis.process is not None
        out = {"api": used(self.api.pid, True), "redis": used(self.redis.process.pid, False)}
        for i, w in enumerate(self.workers):
            out[f"worker{i}_main"] = used(w.pid, False)
            out[f"worker{i}_pool"] = used(w.pid, True) - out[f"worker{i}_main"]
        t = psutil.Process().cpu_times()
        out["load_generator"] = t.user + t.system
        return out

    def redis_commands(self, measure: str = "calls") -> dict[str, int]:
        """Commands Redis has run so far, by name (`INFO commandstats`): the commands a script runs count under
        their own names too, so a script call is counted once as `evalsha` and once for each command inside.
        `measure="usec"`: the microseconds Redis spent in them instead (a script's own include its commands')."""
        client = redis.Redis.from_url(self.redis.url)
        try:
            stats = client.info("commandstats")
            return {name.removeprefix("cmdstat_"): command[measure] for name, command in stats.items()}
        finally:
            client.close()

    def wait_finished(self, job_ids: list[str], timeout: float = 600.0) -> int:
        """Wait, reading the job records in Redis (cheaper than thousands of HTTP polls), until every job has
        finished; returns how many failed."""
        client = redis.Redis.from_url(self.redis.url)
        keys = Keys()
        deadline = time.monotonic() + timeout
        try:
            while True:
                pipe = client.pipeline(transaction=False)
                for job_id in job_ids:
                    pipe.hget(keys.job(TENANT, job_id), "status")
                statuses = pipe.execute()
                if all(s in (b"succeeded", b"failed") for s in statuses):
                    return statuses.count(b"failed")
                if time.monotonic() > deadline:
                    raise TimeoutError(f"jobs still unfinished after {timeout} s")
                time.sleep(0.2)
        finally:
            client.close()

    def last_finished(self, job_ids: list[str]) -> float:
        """The latest `finished_at` of these (finished) jobs, epoch seconds, as the worker wrote it."""
        client = redis.Redis.from_url(self.redis.url)
        try:
            pipe = client.pipeline(transaction=False)
            for job_id in job_ids:
                pipe.hget(Keys().job(TENANT, job_id), "finished_at")
            return max((datetime.fromisoformat(at.decode()).timestamp() for at in pipe.execute() if at), default=0.0)
        finally:
            client.close()

    def wait_idle(self, queue: str = "recordsmith", timeout: float = 900.0) -> None:
        wait_idle(self.redis.url, queue, timeout)

    def worker_memory(self) -> dict[str, float]:
        each = [memory_mib(w.pid) for w in self.workers]
        return {key: round(sum(m[key] for m in each), 1) for key in ("rss_mib", "pss_mib", "processes")}

    def api_memory(self) -> dict[str, float]:
        assert self.api is not None
        return memory_mib(self.api.pid)

    def __enter__(self) -> Service:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()


def wait_idle(redis_url: str, queue: str = "recordsmith", timeout: float = 900.0, poll: float = 0.2) -> None:
    """Wait until the task queue is empty and no delivered task is still unacknowledged (kombu's `unacked`
    hash, under the broker's key prefix): every submitted job has been worked on."""
    client = redis.Redis.from_url(redis_url)
    keys = Keys()
    deadline = time.monotonic() + timeout
    try:
        while client.llen(keys.queue(queue)) or client.hlen(keys.celery_prefix + "unacked"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"the queue was still busy after {timeout} s")
            time.sleep(poll)
    finally:
        client.close()


class RawPoster:
    """Minimal HTTP/1.1 keep-alive client for open-loop load: a pool of connections, bodies encoded up front.
    httpx costs about a millisecond of CPU per request, which on a two-core machine would measure the load
    generator rather than the API; this costs a few dozen microseconds."""

    def __init__(self, url: str, connections: int = 64) -> None:
        self.host, port = url.removeprefix("http://").split(":")
        self.port = int(port)
        self.size = connections
        self.pool: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = asyncio.Queue()

    async def open(self) -> None:
        for _ in range(self.size):
            self.pool.put_nowait(await asyncio.open_connection(self.host, self.port))

    def request(self, path: str, body: bytes) -> bytes:
        head = (f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nAuthorization: Bearer {API_KEY}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
        return head.encode() + body

    async def post(self, raw_request: bytes) -> int:
        """Send one prepared request; returns the status code."""
        return (await self.exchange(raw_request))[0]

    async def exchange(self, raw_request: bytes) -> tuple[int, bytes]:
        """Send one prepared request; returns the status code and the response body."""
        reader, writer = await self.pool.get()
        try:
            writer.write(raw_request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            body = await reader.readexactly(length)
        except BaseException:
            writer.close()
            self.pool.put_nowait(await asyncio.open_connection(self.host, self.port))
            raise
        self.pool.put_nowait((reader, writer))
        return status, body

    async def close(self) -> None:
        while not self.pool.empty():
            _, writer = self.pool.get_nowait()
            writer.close()


def canonical(result: dict) -> bytes:
    """A result without what differs between two runs of the same text (timings, the document id)."""
    return orjson.dumps({k: v for k, v in result.items() if k not in ("timings_ms", "document_id")},
                        option=orjson.OPT_SORT_KEYS)


def submit_body(doc: dict) -> dict:
    body = {"text": doc["text"], "external_id": doc["id"]}
    if doc.get("published_at"):
        body["published_at"] = doc["published_at"]
    return body


@dataclass
class Run:
    """What a load run saw: the jobs it created, every result, and when processing started and ended."""

    batch_size: int = 0  # 0: one document per request
    submitted: dict[str, int] = field(default_factory=dict)  # job id -> index of the article
    document_of: dict[str, str] = field(default_factory=dict)  # job id -> document id
    results: dict[int, bytes] = field(default_factory=dict)  # article index -> canonical result
    failed: dict[int, str] = field(default_factory=dict)
    submit_errors: list[str] = field(default_factory=list)
    first_submit: float = 0.0  # epoch seconds, the clock the service's job timestamps use
    submitted_at: float = 0.0  # every submission answered
    last_finished: float = 0.0  # the last job's `finished_at`, as the worker wrote it
    collected_at: float = 0.0  # every result fetched

    @property
    def processing_seconds(self) -> float:
        return self.last_finished - self.first_submit


class Loader:
    """Submits articles (in batches when the API has `POST /v1/documents:batch`) and waits, long-polling the last
    submitted job; then, apart, fetches every result. Collection comes once every job has finished, so fetching
    results does not compete with the service for the CPU while it works: the service's throughput is measured
    from the first submission to the last job's `finished_at`, and collection is timed apart."""

    def __init__(self, url: str, batch_size: int = 50, submitters: int = 4, collectors: int = 16) -> None:
        self.url = url
        self.batch_size = batch_size
        self.submitters = submitters
        self.collectors = collectors
        self.batches: bool | None = None  # whether the API has the batch route, asked once (`has_batch`)

    def client(self) -> httpx.AsyncClient:
        limits = httpx.Limits(max_connections=self.submitters + self.collectors + 8, max_keepalive_connections=64)
        return httpx.AsyncClient(base_url=self.url, headers={"Authorization": f"Bearer {API_KEY}"},
                                 timeout=60.0, limits=limits)

    async def has_batch(self, client: httpx.AsyncClient) -> bool:
        """Read from the OpenAPI document the first time only: the API writes its 79 KB with the standard library's
        JSON encoder each time, work a measured run would count as the service's."""
        if self.batches is None:
            spec = (await client.get("/openapi.json")).json()
            self.batches = "/v1/documents:batch" in spec.get("paths", {})
        return self.batches

    async def run(self, docs: list[dict], collect: bool = True, follow: bool = True) -> Run:
        """Submit `docs` and, with `follow`, long-poll the last job submitted; with `collect`, then fetch every
        result (a caller measuring the service waits for every job first: `Service.wait_finished`,
        `Service.last_finished`).
        Batches are posted as requests encoded before the clock starts, over a few keep-alive connections of our
        own (`RawPoster`): httpx costs about a millisecond of CPU a request and encodes each body as it sends it,
        work of the client that would take the cores from the service while it is measured."""
        async with self.client() as client:
            run = Run(batch_size=self.batch_size if await self.has_batch(client) else 0)
            poster = RawPoster(self.url, self.submitters) if run.batch_size else None
            requests = [poster.request("/v1/documents:batch", orjson.dumps(
                {"documents": [submit_body(docs[i]) for i in chunk]})) for chunk in self._chunks(docs, run)
                        ] if poster is not None else []
            if poster is not None:
                await poster.open()
            run.first_submit = time.time()
            try:
                await self._submit_all(client, poster, requests, docs, run)
            finally:
                if poster is not None:
                    await poster.close()
            run.submitted_at = time.time()
            if run.submitted and follow:
                await self._finished(client, next(reversed(run.submitted)))
        if collect:
            await self.collect(run)
        return run

    async def collect(self, run: Run) -> None:
        """Fetch every job's result over HTTP: 200 with the result, or a 409 problem carrying the job's error."""
        async with self.client() as client:
            gate = asyncio.Semaphore(self.collectors)

            async def collect(job_id: str, index: int) -> None:
                async with gate:
                    await self._collect(client, job_id, index, run)

            await asyncio.gather(*(collect(job_id, index) for job_id, index in run.submitted.items()))
        run.collected_at = time.time()

    @staticmethod
    def _chunks(docs: list[dict], run: Run) -> list[list[int]]:
        size = run.batch_size or 1
        return [list(range(i, min(i + size, len(docs)))) for i in range(0, len(docs), size)]

    async def _submit_all(self, client: httpx.AsyncClient, poster: RawPoster | None, requests: list[bytes],
                          docs: list[dict], run: Run) -> None:
        """Submit every article: the prepared batch `requests` through `poster`, else one request each (httpx)."""
        chunks = self._chunks(docs, run)
        gate = asyncio.Semaphore(self.submitters)

        async def send(position: int, chunk: list[int]) -> None:
            async with gate:
                try:
                    if poster is not None:
                        status, body = await poster.exchange(requests[position])
                        if status != 207:
                            run.submit_errors.append(f"{status}: {body[:200]!r}")
                            return
                        answers = [(chunk[item["index"]], item) for item in orjson.loads(body)["items"]]
                    else:
                        resp = await client.post("/v1/documents", json=submit_body(docs[chunk[0]]))
                        answers = [(chunk[0], {"status": resp.status_code, "submission": resp.json()})]
                except (httpx.HTTPError, OSError, asyncio.IncompleteReadError) as exc:
                    run.submit_errors.append(f"{type(exc).__name__}: {exc}")
                    return
                for index, item in answers:
                    if item["status"] != 202:
                        run.submit_errors.append(f"{item['status']}: {str(item)[:200]}")
                        continue
                    job_id = item["submission"]["job_id"]
                    run.submitted[job_id] = index
                    run.document_of[job_id] = item["submission"]["document_id"]

        await asyncio.gather(*(send(position, chunk) for position, chunk in enumerate(chunks)))

    async def _finished(self, client: httpx.AsyncClient, job_id: str) -> dict:
        while True:
            job = (await client.get(f"/v1/jobs/{job_id}", params={"wait": 30})).json()
            if job["status"] in ("succeeded", "failed"):
                return job

    async def _collect(self, client: httpx.AsyncClient, job_id: str, index: int, run: Run) -> None:
        resp = await client.get(f"/v1/documents/{run.document_of[job_id]}/result")
        if resp.status_code == 200:
            run.results[index] = canonical(orjson.loads(resp.content))
        elif resp.status_code == 409 and resp.json().get("job_status") == "failed":
            run.failed[index] = resp.json().get("detail") or "failed"
        else:
            run.failed[index] = f"result {resp.status_code}"


def check_results(run: Run, expected: list[bytes]) -> dict:
    """Every article must come back, with exactly the engine's own result for its text."""
    missing = [i for i in range(len(expected)) if i not in run.results and i not in run.failed]
    different = [i for i, got in run.results.items() if got != expected[i]]
    return {"expected": len(expected), "results": len(run.results), "failed": len(run.failed),
            "missing": len(missing), "different_from_engine": len(different),
            "submit_errors": len(run.submit_errors), "all_verified": not (missing or different or run.failed
                                                                          or run.submit_errors)}
