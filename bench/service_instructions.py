"""The whole service's instructions a document, process by process (callgrind): where a service run's CPU goes.

    .venv/bin/python -m bench.service_instructions [CORPUS] [--limit 300] [--warm-up 100] [--no-engine]
                                                   [--callgrind-out PREFIX]

`bench.service_throughput`'s run with every process under `valgrind --tool=callgrind --instr-atstart=no`: a
private redis-server, `recordsmith api`, one `recordsmith worker --concurrency 2` (its main process and the two
pool children it forks, each counted apart) and the load generator (`bench.service.Loader`'s batches of 50 over
its own keep-alive connections, in a child process). The --warm-up articles (the ones after the measured ones)
go through the service first, uncounted, so both children have run the engine before; then counting is switched
on in every process, the measured articles are submitted and processed, and counting goes off. The load
generator waits for the queue to drain (two Redis commands a second) and then reads the jobs' statuses, instead
of long-polling a job through the API.
Unless --no-engine, `bench.engine_instructions` then counts the engine alone on the same articles: the pool
children's count beyond it is the task body and Celery's handling in the child. Redis is counted without its
timer (`serverCron`), which runs ten times a second whatever the work and would weigh fifty times more under
valgrind than in a real run; the worker's main process and the load generator also do some work by the clock
(Celery's event loop, the sweeper, the polls), which valgrind stretches likewise: read their counts as upper
bounds. The ratio printed is the engine's count over the whole service's (the load generator apart): the
instruction counterpart of bench.service_throughput's ratio, which a loaded machine cannot move (it says nothing
of how fast each instruction runs: Redis, the kernel and cold caches are not the engine's loop).
Prints a short table and, last, a JSON line; writes bench/reports/service_instructions.json.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

import psutil
import redis

from bench import engine_instructions
from bench.callgrind import (
    counted_machine,
    handshake,
    inclusive,
    require_tools,
    run_counted,
    totals,
    under_callgrind,
)
from bench.corpus import DEFAULT_CORPUS, REPORTS, measured_and_warm_up, print_footer, write_report
from bench.machine import load_average
from bench.service import TENANT, Loader, Run, Service, wait_idle
from bench.service_throughput import distinct
from bench.task_instructions import _redis_under_callgrind
from store.keys import Keys

# Under valgrind a document takes the engine 50 times longer: limits far above what a batch then needs, so that
# nothing is handed on or killed (the limits' own cost is the same whatever their value).
SLOW_LIMITS = {"RECORDSMITH_TASK_TIME_LIMIT": "1800", "RECORDSMITH_VISIBILITY_TIMEOUT": "7200"}


def loader_child(url: str, redis_url: str, corpus: Path, limit: int, warm_up: int) -> None:
    """Runs under valgrind: the warm-up articles through the service, uncounted, then the measured ones between
    two handshakes, each time until every job has finished."""
    docs, warm = measured_and_warm_up(corpus, limit, warm_up)
    docs = distinct(docs)
    warm = [d for d in distinct(warm) if d["text"] not in {x["text"] for x in docs}]
    loader = Loader(url)
    wait_done(redis_url, asyncio.run(loader.run(warm, collect=False, follow=False)))
    handshake("ready")
    run = asyncio.run(loader.run(docs, collect=False, follow=False))
    wait_done(redis_url, run)
    handshake(f"done {len(run.submitted)} {len(run.submit_errors)}")


def wait_done(redis_url: str, run: Run, poll: float = 1.0) -> None:
    """Wait until the run's jobs have all finished. The job statuses are read only once the queue looks idle
    (`wait_idle`: two commands a poll): a task between the queue and kombu's `unacked` hash looks idle too."""
    client = redis.Redis.from_url(redis_url)
    keys = Keys()
    try:
        while True:
            wait_idle(redis_url, poll=poll)
            pipe = client.pipeline(transaction=False)
            for job_id in run.submitted:
                pipe.hget(keys.job(TENANT, job_id), "status")
            if all(status in (b"succeeded", b"failed") for status in pipe.execute()):
                return
            time.sleep(poll)
    finally:
        client.close()


def measure(corpus: Path, limit: int, warm_up: int, prefix: Path) -> dict:
    wrappers = {"api": under_callgrind(prefix.with_suffix(".api")),
                # `recordsmith worker` execs `python -m worker`, which forks the pool: all of them counted
                "worker": [*under_callgrind(prefix.with_suffix(".worker.%p")), "--trace-children=yes"]}
    with tempfile.TemporaryDirectory(prefix="rs-bench-") as tmp:
        service = Service(Path(tmp) / "service", [2], wrappers=wrappers,
                          extra_env={**SLOW_LIMITS, "PYTHONHASHSEED": "0"}, start_timeout=600)
        service.redis.binary = str(_redis_under_callgrind(Path(tmp), prefix.with_suffix(".redis")))
        with service:
            assert service.redis.process is not None and service.api is not None
            worker = psutil.Process(service.workers[0].pid)
            children = _pool(worker)
            counted = [service.redis.process.pid, service.api.pid, worker.pid, *(c.pid for c in children)]
            command = under_callgrind(prefix.with_suffix(".loader"), sys.executable, "-m",
                                      "bench.service_instructions", str(corpus), "--limit", str(limit),
                                      "--warm-up", str(warm_up), "--child", service.url, service.redis.url)
            env = {**os.environ, "PYTHONHASHSEED": "0"}
            done, seconds = run_counted(command, env, "the load generator", also_counted=counted, timeout=600)
            if [c.pid for c in _pool(worker)] != [c.pid for c in children]:
                raise RuntimeError("the worker replaced a pool child while counting: its count is lost")
        docs, errors = int(done[0]), int(done[1])
        if errors:
            raise RuntimeError(f"{errors} submissions failed")
        worker_profile = prefix.with_suffix(".worker")
        redis = prefix.with_suffix(".redis")
        per_doc = {"redis": totals(redis) - inclusive(redis, "serverCron"), "api": totals(prefix.with_suffix(".api")),
                   "worker_main": totals(Path(f"{worker_profile}.{worker.pid}")),
                   "worker_pool": sum(totals(Path(f"{worker_profile}.{c.pid}")) for c in children),
                   "load_generator": totals(prefix.with_suffix(".loader"))}
    return {"docs": docs, "seconds_counted_under_valgrind": round(seconds, 1),
            "m_instructions_per_doc": {part: round(n / docs / 1e6, 3) for part, n in per_doc.items()}}


def _pool(worker: psutil.Process, timeout: float = 600) -> list[psutil.Process]:
    """The worker's pool children, once both are up (under valgrind, forking and starting them takes a while)."""
    deadline = time.monotonic() + timeout
    while True:
        children = sorted(worker.children(), key=lambda c: c.pid)
        if len(children) >= 2:
            return children
        if time.monotonic() > deadline:
            raise RuntimeError("the worker's pool did not start")
        time.sleep(1)


def main(argv: list[str] | None = None) -> dict | None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL with id, text, published_at")
    ap.add_argument("--limit", type=int, default=300, help="articles counted")
    ap.add_argument("--warm-up", type=int, default=100, help="articles through the service before counting")
    ap.add_argument("--no-engine", action="store_true", help="do not count the engine alone on the same articles")
    ap.add_argument("--reports", type=Path, default=REPORTS, help="directory for the JSON report")
    ap.add_argument("--callgrind-out", type=Path, help="keep the profiles as PREFIX.redis, .api, .worker.PID, .loader")
    ap.add_argument("--child", nargs=2, metavar=("API_URL", "REDIS_URL"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    corpus = args.corpus.resolve()
    if args.child:
        loader_child(args.child[0], args.child[1], corpus, args.limit, args.warm_up)
        return None
    require_tools("service_instructions")
    machine = counted_machine()
    with tempfile.TemporaryDirectory() as tmp:
        prefix = args.callgrind_out.resolve() if args.callgrind_out else Path(tmp) / "callgrind"
        service = measure(corpus, args.limit, args.warm_up, prefix)
        engine = None if args.no_engine else engine_instructions.measure(
            corpus, args.limit, args.warm_up, Path(tmp) / "engine.out")
    parts = service["m_instructions_per_doc"]
    in_service = sum(n for part, n in parts.items() if part != "load_generator")
    report: dict = {"benchmark": "service_instructions", "machine": machine, "service": service}
    if engine is not None:
        report["engine_m_instructions_per_doc"] = engine["m_instructions_per_doc"]
        report["beside_engine_m_instructions_per_doc"] = round(in_service - engine["m_instructions_per_doc"], 3)
        report["ratio_in_instructions"] = round(engine["m_instructions_per_doc"] / in_service, 3)
    machine["load_average_end"] = load_average()
    path = write_report("service_instructions", report, args.reports)
    print(f"{'measure':<34}{'value':>10}")
    print(f"{'articles counted':<34}{service['docs']:>10}  (after {args.warm_up} warm-up, batches of 50)")
    for part, n in parts.items():
        print(f"{'M instructions / doc: ' + part:<34}{n:>10}")
    if engine is not None:
        print(f"{'M instructions / doc: engine alone':<34}{report['engine_m_instructions_per_doc']:>10}")
        print(f"{'beside the engine (no load gen.)':<34}{report['beside_engine_m_instructions_per_doc']:>10}")
        print(f"{'engine / service':<34}{report['ratio_in_instructions']:>10}")
    print_footer(report, path, 34)
    return report


if __name__ == "__main__":
    main()
