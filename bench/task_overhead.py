"""CPU the worker's task body spends beside the engine, per document, in one process (no Celery, no HTTP).

    .venv/bin/python -m bench.task_overhead [CORPUS] [--limit 1000] [--warm-up 200]

A private redis-server; the articles are submitted through the store, then `worker.tasks.run_extraction` runs
each, as a pool child would: read the document, start the job, extract, check and serialise the result, save it
with its records index, count the metrics. CPU time (`time.process_time`) of the whole body and of `extract()`
inside it; the difference is the body's own overhead. Redis's CPU and Celery's are not in it (see
bench.service_throughput for those). CPU time, not wall clock: it holds up on a shared machine.
Prints a short table and, last, a JSON line; writes bench/reports/task_overhead.json.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench.corpus import DEFAULT_CORPUS, REPORTS, measured_and_warm_up, print_footer, write_report
from bench.machine import describe, load_average
from bench.service_throughput import distinct
from client.embedded_redis import EmbeddedRedis

TENANT = "bench"


def measure(docs: list[dict], warm_up: list[dict]) -> dict:
    from schemas import SubmitRequest
    from store import get_settings
    from worker import tasks
    from worker.resources import process_store

    store, settings = process_store(), get_settings()
    ids = [store.submit(TENANT, SubmitRequest(text=d["text"], published_at=d.get("published_at")))[0].document_id
           for d in warm_up + docs]
    tasks.warm_up_engine()
    for document_id in ids[: len(warm_up)]:
        tasks.run_extraction(store, settings, TENANT, document_id, 0)
    engine_cpu = 0.0
    extract = tasks.extract

    def timed_extract(*args, **kwargs):  # the engine's own share of the body
        nonlocal engine_cpu
        t0 = time.process_time()
        try:
            return extract(*args, **kwargs)
        finally:
            engine_cpu += time.process_time() - t0

    tasks.extract = timed_extract
    try:
        t0 = time.process_time()
        outcomes = [tasks.run_extraction(store, settings, TENANT, i, 0) for i in ids[len(warm_up) :]]
        body_cpu = time.process_time() - t0
    finally:
        tasks.extract = extract
    n = len(docs)
    return {
        "docs": n,
        "succeeded": outcomes.count("succeeded"),
        "body_cpu_ms_per_doc": round(body_cpu * 1000 / n, 3),
        "engine_cpu_ms_per_doc": round(engine_cpu * 1000 / n, 3),
        "outside_engine_cpu_ms_per_doc": round((body_cpu - engine_cpu) * 1000 / n, 3),
    }


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL with id, text, published_at")
    ap.add_argument("--corpus", dest="corpus_opt", type=Path, help="same as the positional argument")
    ap.add_argument("--limit", type=int, default=1000, help="articles to measure")
    ap.add_argument("--warm-up", type=int, default=200, help="articles run before the clock starts")
    ap.add_argument("--reports", type=Path, default=REPORTS, help="directory for the JSON report")
    args = ap.parse_args(argv)

    machine = describe(cores_used=1)
    docs, warm_up = measured_and_warm_up(args.corpus_opt or args.corpus, args.limit, args.warm_up)
    docs = distinct(docs)  # a text seen before would be recognised at submission, not extracted again
    warm_up = [d for d in distinct(warm_up) if d["text"] not in {x["text"] for x in docs}]
    with tempfile.TemporaryDirectory(prefix="rs-bench-") as tmp:
        redis = EmbeddedRedis(Path(tmp) / "redis").start()
        os.environ["RECORDSMITH_REDIS_URL"] = redis.url
        try:
            result = measure(docs, warm_up)
        finally:
            redis.stop()
    machine["load_average_end"] = load_average()
    report = {"benchmark": "task_overhead", "machine": machine, **result}
    path = write_report("task_overhead", report, args.reports)
    print(f"{'CPU ms per document':<34}{'value':>10}")
    for key in ("body_cpu_ms_per_doc", "engine_cpu_ms_per_doc", "outside_engine_cpu_ms_per_doc"):
        print(f"{key.removesuffix('_cpu_ms_per_doc').replace('_', ' '):<34}{result[key]:>10}")
    print(f"{'succeeded':<34}{result['succeeded']:>10} / {result['docs']}")
    print_footer(report, path, 34)
    return report


if __name__ == "__main__":
    main()
