"""Scale-out: one worker process of concurrency 1 against two worker processes of concurrency 1.

    .venv/bin/python -m bench.scale_out [CORPUS] [--limit 1500] [--warm-up 200]

Each configuration gets a fresh private redis-server and API (bench/service.py), reads --warm-up articles
first, then processes the same --limit articles; docs/s is measured as in bench.service_throughput (first
submission to the last job's finished_at) and every result is checked against the engine's own. The figure is
the ratio of the two rates: two processes that share nothing but Redis, as two hosts would. Prints a short table
and, last, a JSON line; writes bench/reports/scale_out.json.
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
from pathlib import Path

from bench.corpus import DEFAULT_CORPUS, REPORTS, measured_and_warm_up, print_footer, write_report
from bench.machine import describe, load_average
from bench.service import Loader, Service, check_results
from bench.service_throughput import distinct, engine_in_processes, run_service

CONFIGURATIONS = {"1_worker_x1": [1], "2_workers_x1": [1, 1]}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL with id, text, published_at")
    ap.add_argument("--corpus", dest="corpus_opt", type=Path, help="same as the positional argument")
    ap.add_argument("--limit", type=int, default=1500, help="articles to submit to each configuration")
    ap.add_argument("--warm-up", type=int, default=200, help="articles read before the clock starts")
    ap.add_argument("--reports", type=Path, default=REPORTS, help="directory for the JSON report")
    args = ap.parse_args(argv)

    machine = describe(cores_used=multiprocessing.cpu_count())
    docs, warm_up = measured_and_warm_up(args.corpus_opt or args.corpus, args.limit, args.warm_up)
    docs = distinct(docs)
    _, expected = engine_in_processes(docs, warm_up[:1], processes=2)
    runs = {}
    for name, workers in CONFIGURATIONS.items():
        with tempfile.TemporaryDirectory(prefix="rs-bench-") as tmp, Service(Path(tmp), workers) as service:
            measured, run = run_service(service, docs, warm_up, Loader(service.url))
        runs[name] = {**measured, "checks": check_results(run, expected)}
    ratio = round(runs["2_workers_x1"]["docs_per_s"] / runs["1_worker_x1"]["docs_per_s"], 3)
    machine["load_average_end"] = load_average()
    report = {
        "benchmark": "scale_out",
        "machine": machine,
        "runs": runs,
        "ratio_2_to_1": ratio,
        "all_verified": all(r["checks"]["all_verified"] for r in runs.values()),
    }
    path = write_report("scale_out", report, args.reports)
    print(f"{'configuration':<26}{'docs/s':>10}")
    for name, measured in runs.items():
        print(f"{name:<26}{measured['docs_per_s']:>10}")
    print(f"{'ratio 2 : 1':<26}{ratio:>10}")
    print_footer(report, path, 26)
    return report


if __name__ == "__main__":
    main()
