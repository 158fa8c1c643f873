"""Memory of a worker (parent and pool children) after 1,000 and after 10,000 documents, and of the API.

    .venv/bin/python -m bench.worker_memory [CORPUS] [--first 1000] [--total 10000]

A private redis-server, `recordsmith api` and one `recordsmith worker --concurrency 2` (bench/service.py).
--first distinct articles are submitted in batches and processed, then memory is read; then articles up to
--total, and memory is read again. RSS is summed over the worker's processes (pages a forked child shares with
its parent count once per process) and PSS is reported beside it (shared pages split between the processes).
Growth is between the two readings. Prints a short table and, last, a JSON line; writes
bench/reports/worker_memory.json.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import tempfile
from pathlib import Path

from bench.corpus import DEFAULT_CORPUS, REPORTS, load_corpus, print_footer, write_report
from bench.machine import describe, load_average
from bench.service import Loader, Service
from bench.service_throughput import distinct

TARGET_WORKER_MIB, TARGET_GROWTH, TARGET_API_MIB = 250.0, 0.10, 120.0


def process(service: Service, docs: list[dict]) -> dict:
    run = asyncio.run(Loader(service.url).run(docs, collect=False))
    failed = service.wait_finished(list(run.submitted))
    return {"submitted": len(run.submitted), "failed": failed, "submit_errors": len(run.submit_errors)}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL with id, text, published_at")
    ap.add_argument("--corpus", dest="corpus_opt", type=Path, help="same as the positional argument")
    ap.add_argument("--first", type=int, default=1000, help="documents before the first reading")
    ap.add_argument("--total", type=int, default=10000, help="documents before the second reading")
    ap.add_argument("--reports", type=Path, default=REPORTS, help="directory for the JSON report")
    args = ap.parse_args(argv)

    machine = describe(cores_used=multiprocessing.cpu_count())
    docs = distinct(load_corpus(args.corpus_opt or args.corpus, args.total))
    readings = {}
    with tempfile.TemporaryDirectory(prefix="rs-bench-") as tmp, Service(Path(tmp), [2]) as service:
        for label, batch in ((f"after_{min(args.first, len(docs))}", docs[: args.first]),
                             (f"after_{len(docs)}", docs[args.first :])):
            outcome = process(service, batch) if batch else {"submitted": 0, "failed": 0, "submit_errors": 0}
            readings[label] = {**outcome, "worker": service.worker_memory(), "api": service.api_memory()}
    first, last = readings.values()
    growth = round(last["worker"]["rss_mib"] / first["worker"]["rss_mib"] - 1, 4)
    machine["load_average_end"] = load_average()
    report = {
        "benchmark": "worker_memory",
        "machine": machine,
        "readings": readings,
        "worker_rss_growth": growth,
        "targets": {"worker_rss_mib": TARGET_WORKER_MIB, "growth": TARGET_GROWTH, "api_rss_mib": TARGET_API_MIB},
        "meets_targets": last["worker"]["rss_mib"] <= TARGET_WORKER_MIB and growth < TARGET_GROWTH
        and last["api"]["rss_mib"] <= TARGET_API_MIB,
    }
    path = write_report("worker_memory", report, args.reports)
    print(f"{'reading':<16}{'worker RSS':>12}{'worker PSS':>12}{'API RSS':>10}  MiB")
    for label, r in readings.items():
        print(f"{label:<16}{r['worker']['rss_mib']:>12}{r['worker']['pss_mib']:>12}{r['api']['rss_mib']:>10}")
    print(f"{'growth':<16}{growth:>12.2%}")
    print_footer(report, path, 16)
    return report


if __name__ == "__main__":
    main()
