"""The service end to end against the engine's own throughput, on the same articles, in the same run.

    .venv/bin/python -m bench.service_throughput [CORPUS] [--limit 4000] [--warm-up 300] [--rounds 2]

The engine alone: `extract_many()` over BATCH_SIZE articles at a time, as the worker runs a batch's new documents, in
2 processes (a fork pool, as many processes as the worker has children, niced as the worker is) over the articles,
wall clock; `extract()` one by one is measured beside it (each of its windows right after the baseline's) and
reported, with the service's ratio to it, for the figures before the worker ran batches. The service: a private
redis-server, `recordsmith api` and one `recordsmith worker --concurrency 2` as real processes; the load generator
(bench/service.py) submits every article over HTTP (`POST /v1/documents:batch` when the API has it, else one
`POST /v1/documents` each) and then fetches every result over HTTP. The two take turns, --rounds times, and the
engine has the last turn too (engine, service, engine, service, engine): on a machine other jobs load, the load
moves the engine alone by 6-30% from one minute to the next, so each service window is measured between two engine
windows and every rate is pooled over its windows (all the articles each time / all the seconds). Each service
round starts a fresh service (a text it has seen would be recognised, not extracted again).
Sustained docs/s is articles / (first submission -> the last job's `finished_at`); the results are fetched once
every job is done, so the client's own work does not share the two cores with the service while it is measured.
CPU per document is read per process at the end of the processing and, apart, for the collection (the mean of
the rounds). Every result is checked: it must be there and equal the engine's own result for that text.
Both sides first read --warm-up other articles (the ones after the measured ones) outside the clock.
Prints a short table and, last, a JSON line; writes bench/reports/service_throughput.json.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

from bench.corpus import DEFAULT_CORPUS, REPORTS, measured_and_warm_up, print_footer, reference_date, write_report
from bench.machine import describe, load_average
from bench.service import Loader, Run, Service, canonical, check_results
from extractor import BATCH_SIZE

TARGET_RATIO = 0.85


def _warm(docs: list[dict]) -> None:
    from extractor import extract, warm_up
    from store.settings import Settings

    # At the worker's niceness (`recordsmith worker` adds RECORDSMITH_WORKER_NICE, 10 by default): on a machine
    # that other jobs load, both sides then get the same share of the cores; on a quiet one it changes nothing.
    os.nice(Settings.model_fields["worker_nice"].default)
    warm_up()  # as the worker does before forking its pool
    for doc in docs:
        extract(doc["text"], reference_date(doc))


def _extract(doc: dict) -> float:
    """The CPU seconds `extract()` took on the article."""
    from extractor import extract

    t0 = time.process_time()
    extract(doc["text"], reference_date(doc))
    return time.process_time() - t0


def _extract_batch(docs: list[dict]) -> float:
    """The CPU seconds `extract_many()` took on the articles, as the worker runs a batch's new documents."""
    from extractor import Request, extract_many

    t0 = time.process_time()
    extract_many([Request(doc["text"], reference_date(doc)) for doc in docs])
    return time.process_time() - t0


def _canonical(doc: dict) -> bytes:
    from extractor import extract

    return canonical(orjson.loads(orjson.dumps(extract(doc["text"], reference_date(doc)).model_dump(mode="json"))))


class EngineWindows:
    """The engine alone in `processes` processes, timed window by window over the same articles: `extract_many()`
    over `batch` articles at a time, as the worker runs a batch's new documents (`batch` 1: `extract()` one by
    one). Each window has a fresh pool, warmed on the warm-up articles, so that it sees the measured articles for
    the first time, as a fresh service does (the engine's word caches would otherwise hold them). `expected`: each
    article's result, to check the service's against, computed after the first window's clock stops (`check`)."""

    def __init__(self, docs: list[dict], warm_up: list[dict], processes: int, batch: int = 1,
                 check: bool = False) -> None:
        self.docs, self.warm_up, self.processes, self.batch = docs, warm_up, processes, batch
        self.check = check
        self.seconds: list[float] = []
        self.cpu: list[float] = []
        self.expected: list[bytes] = []

    def window(self) -> None:
        processes = self.processes
        with multiprocessing.get_context("fork").Pool(processes, initializer=_warm, initargs=(self.warm_up,)) as pool:
            pool.map(_extract, self.docs[:processes], chunksize=1)  # every process is up and warm
            t0 = time.perf_counter()
            if self.batch > 1:
                batches = [self.docs[i:i + self.batch] for i in range(0, len(self.docs), self.batch)]
                cpu = sum(pool.map(_extract_batch, batches, chunksize=1))
            else:
                cpu = sum(pool.map(_extract, self.docs, chunksize=8))
            self.seconds.append(time.perf_counter() - t0)
            self.cpu.append(cpu)
            if self.check and not self.expected:
                self.expected = pool.map(_canonical, self.docs, chunksize=8)

    def report(self) -> dict:
        docs = len(self.docs) * len(self.seconds)
        return {"processes": self.processes, "batch": self.batch, "docs": len(self.docs),
                "windows": len(self.seconds),
                "docs_per_s": round(docs / sum(self.seconds), 1),
                "docs_per_s_each": [round(len(self.docs) / s, 1) for s in self.seconds],
                "cpu_ms_per_doc": round(sum(self.cpu) * 1000 / docs, 3)}


def engine_in_processes(docs: list[dict], warm_up: list[dict], processes: int) -> tuple[dict, list[bytes]]:
    """docs/s of `extract()` alone in `processes` processes (one window), and each article's result."""
    engine = EngineWindows(docs, warm_up, processes, check=True)
    engine.window()
    return engine.report(), engine.expected


def distinct(docs: list[dict]) -> list[dict]:
    """Articles with distinct texts: the service may recognise a text it has already seen and reuse its result."""
    seen: set[str] = set()
    out = []
    for doc in docs:
        if doc["text"] not in seen:
            seen.add(doc["text"])
            out.append(doc)
    return out


def commands_per_doc(start: dict[str, int], end: dict[str, int], docs: int) -> dict[str, float]:
    """Redis commands per document while the documents were submitted and processed, by name (those scripts run
    included) and in all; `scripts`: the script calls among them (each a whole write: a submission, a job's
    start, its outcome)."""
    used = {name: (calls - start.get(name, 0)) / docs for name, calls in end.items() if calls > start.get(name, 0)}
    used.pop("info", None)  # the benchmark's own readings
    out = {name: round(n, 2) for name, n in sorted(used.items(), key=lambda item: -item[1])}
    out["all"] = round(sum(used.values()), 2)
    out["scripts"] = round(used.get("evalsha", 0) + used.get("eval", 0), 2)
    return out


def run_service(service: Service, docs: list[dict], warm_up: list[dict], loader: Loader) -> tuple[dict, Run]:
    """Submit and process `docs`, then collect their results: CPU is read when the last job has finished and
    again after the collection, so what the service spends processing and what it spends serving results are
    reported apart."""
    asyncio.run(loader.run(warm_up))
    cpu0, commands0, usec0 = service.cpu_seconds(), service.redis_commands(), service.redis_commands("usec")
    run = asyncio.run(loader.run(docs, collect=False))
    jobs = list(run.submitted)
    service.wait_finished(jobs)
    run.last_finished = service.last_finished(jobs)
    cpu1, commands1, usec1 = service.cpu_seconds(), service.redis_commands(), service.redis_commands("usec")
    asyncio.run(loader.collect(run))
    cpu2 = service.cpu_seconds()
    seconds = run.processing_seconds

    def per_doc(start: dict[str, float], end: dict[str, float]) -> dict[str, float]:
        return {part: round((t - start[part]) * 1000 / len(docs), 3) for part, t in end.items()}

    return {
        "docs": len(docs),
        "docs_per_s": round(len(run.results) / seconds, 1) if seconds > 0 else 0.0,
        "seconds": round(seconds, 3),
        "submit_seconds": round(run.submitted_at - run.first_submit, 3),
        "collect_seconds": round(run.collected_at - run.last_finished, 3),
        "submission": f"batches of {run.batch_size}" if run.batch_size else "one document per request",
        "cpu_ms_per_doc": per_doc(cpu0, cpu1),
        "redis_commands_per_doc": commands_per_doc(commands0, commands1, len(docs)),
        # Redis's own time in the commands (a script's includes its commands'), beside its CPU above, which also
        # counts the network and the event loop
        "redis_usec_per_doc": {name: round((usec1[name] - usec0.get(name, 0)) / len(docs), 1)
                               for name in ("evalsha", "brpop", "lpush", "mget", "hmget")
                               if usec1.get(name, 0) > usec0.get(name, 0)},
        "collect_cpu_ms_per_doc": per_doc(cpu1, cpu2),
        "worker_memory": service.worker_memory(),
        "api_memory": service.api_memory(),
    }, run


def _mean(values: list[Any]) -> Any:
    """The mean of the rounds' readings, key by key (numbers averaged, the first round's for anything else)."""
    first = values[0]
    if isinstance(first, dict):  # a key a round lacks counted 0 there (Redis commands it did not run)
        keys = dict.fromkeys(key for v in values for key in v)
        return {key: _mean([v.get(key, 0) for v in values]) for key in keys}
    if isinstance(first, (int, float)) and not isinstance(first, bool):
        return round(sum(values) / len(values), 3)
    return first


def pooled_service(rounds: list[dict]) -> dict:
    """The service's rounds as one reading: docs/s over all the rounds' seconds, the rest averaged."""
    out = _mean(rounds)
    seconds = sum(r["seconds"] for r in rounds)
    out.update(rounds=len(rounds), docs=rounds[0]["docs"], seconds=round(seconds, 3),
               docs_per_s=round(sum(r["docs"] for r in rounds) / seconds, 1) if seconds > 0 else 0.0,
               docs_per_s_each=[r["docs_per_s"] for r in rounds])
    return out


def pooled_checks(checks: list[dict]) -> dict:
    out = {key: sum(c[key] for c in checks) for key in checks[0] if key != "all_verified"}
    out["all_verified"] = all(c["all_verified"] for c in checks)
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL with id, text, published_at")
    ap.add_argument("--corpus", dest="corpus_opt", type=Path, help="same as the positional argument")
    ap.add_argument("--limit", type=int, default=4000, help="articles to submit")
    ap.add_argument("--warm-up", type=int, default=300, help="articles each side reads before the clock starts")
    ap.add_argument("--rounds", type=int, default=2, help="service windows, each between two engine windows")
    ap.add_argument("--loglevel", default="INFO", help="the worker's log level")
    ap.add_argument("--reports", type=Path, default=REPORTS, help="directory for the JSON report")
    args = ap.parse_args(argv)

    machine = describe(cores_used=multiprocessing.cpu_count())
    docs, warm_up = measured_and_warm_up(args.corpus_opt or args.corpus, args.limit, args.warm_up)
    docs, warm_up = distinct(docs), [d for d in distinct(warm_up) if d["text"] not in {x["text"] for x in docs}]
    rounds, checks = [], []
    # The baseline is the engine as the worker runs it (a batch's new documents BATCH_SIZE at a time); the engine
    # one by one is measured beside it, each engine window right after the other, for the figures before the
    # worker ran batches.
    windows = EngineWindows(docs, warm_up, processes=2, batch=BATCH_SIZE, check=True)
    one_by_one = EngineWindows(docs, warm_up, processes=2)
    windows.window()
    one_by_one.window()
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="rs-bench-") as tmp, Service(Path(tmp), [2], args.loglevel) as service:
            measured, run = run_service(service, docs, warm_up, Loader(service.url))
        rounds.append(measured)
        checks.append(check_results(run, windows.expected))
        windows.window()
        one_by_one.window()
    engine, measured, checks = windows.report(), pooled_service(rounds), pooled_checks(checks)
    alone = one_by_one.report()
    ratio = round(measured["docs_per_s"] / engine["docs_per_s"], 3)
    # each round against the engine windows before and after it
    each = [round(r["docs"] / r["seconds"] * (windows.seconds[i] + windows.seconds[i + 1]) / (2 * len(docs)), 3)
            for i, r in enumerate(rounds)]
    service_cpu = sum(ms for part, ms in measured["cpu_ms_per_doc"].items() if part != "load_generator")
    measured["cpu_ms_per_doc_outside_engine"] = round(service_cpu - engine["cpu_ms_per_doc"], 3)
    machine["load_average_end"] = load_average()
    # Other sessions' jobs (more runnable processes than cores): Redis, in a session of its own, then takes a
    # session's share of the cores beside the service's, which the engine baseline has no counterpart of
    # (bench/service.py, `Service._spawn`), and the load moves between windows: the ratio reads high
    busy = max(machine["load_average_start"][:1] + machine["load_average_end"][:1], default=0) > machine["cores"]
    report = {
        "benchmark": "service_throughput",
        "machine": machine,
        "engine_2_processes": engine,
        "engine_2_processes_one_by_one": alone,
        "service_1_worker_concurrency_2": measured,
        "ratio_to_engine": ratio,
        "ratio_to_engine_one_by_one": round(measured["docs_per_s"] / alone["docs_per_s"], 3),
        "ratio_each_round": each,
        "checks": checks,
        "target_ratio": TARGET_RATIO,
        "meets_target": ratio >= TARGET_RATIO and checks["all_verified"] and not busy,
        "machine_busy": busy,
    }
    path = write_report("service_throughput", report, args.reports)
    print(f"{'measure':<34}{'value':>12}")
    print(f"{'engine, 2 processes, docs/s':<34}{engine['docs_per_s']:>12}  (batches of {BATCH_SIZE}, as the worker; "
          f"windows: {engine['docs_per_s_each']})")
    print(f"{'engine one by one, docs/s':<34}{alone['docs_per_s']:>12}  (windows: {alone['docs_per_s_each']}; "
          f"ratio to it {report['ratio_to_engine_one_by_one']})")
    print(f"{'service, 1 worker x2, docs/s':<34}{measured['docs_per_s']:>12}  ({measured['submission']}; rounds: "
          f"{measured['docs_per_s_each']})")
    print(f"{'ratio':<34}{ratio:>12}  (target {TARGET_RATIO}; each round: {each})")
    print(f"{'CPU ms/doc: engine alone':<34}{engine['cpu_ms_per_doc']:>12}  (one by one: {alone['cpu_ms_per_doc']})")
    for part, ms in measured["cpu_ms_per_doc"].items():
        print(f"{'CPU ms/doc: service, ' + part:<34}{ms:>12}  (collection: {measured['collect_cpu_ms_per_doc'][part]})")
    commands = measured["redis_commands_per_doc"]
    print(f"{'Redis commands/doc':<34}{commands['all']:>12}  (script calls {commands['scripts']}; each command a "
          "script runs counted too)")
    print(f"{'Redis us/doc in commands':<34}{measured['redis_usec_per_doc']}")
    print(f"{'CPU ms/doc outside the engine':<34}{measured['cpu_ms_per_doc_outside_engine']:>12}  (API, Redis, "
          "worker main and pool, less the engine's own)")
    print(f"{'results verified':<34}{checks['results']:>12} / {checks['expected']}  all ok: {checks['all_verified']}"
          f"  ({args.rounds} rounds)")
    if busy:
        print("WARNING: load average above the machine's cores: other jobs shared the cores unevenly between the "
              "windows; do not read the ratio as the service's")
    print_footer(report, path, 34)
    return report


if __name__ == "__main__":
    main()
