"""Engine throughput on one core over real Reuters articles, against dateparser's search_dates.

    .venv/bin/python -m bench.extract_throughput [--corpus PATH] [--limit 2000] [--baseline-limit 300]

Prints a table and a JSON line; writes bench/reports/extract_throughput.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from collections import defaultdict
from pathlib import Path

from bench.corpus import DEFAULT_CORPUS, load_corpus, percentile, reference_date, write_report


def _pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def measure_engine(docs: list[dict]) -> dict:
    from extractor import extract

    extract(docs[0]["text"], reference_date(docs[0]))  # warm caches and lexicons outside the clock
    per_doc_ms, stages = [], defaultdict(float)
    records = 0
    t0 = time.perf_counter()
    for doc in docs:
        t = time.perf_counter()
        result = extract(doc["text"], reference_date(doc))
        per_doc_ms.append((time.perf_counter() - t) * 1000)
        for stage, ms in result.timings_ms.items():
            stages[stage] += ms
        records += len(result.dates) + len(result.quotes) + len(result.statements) + len(result.meetings)
    seconds = time.perf_counter() - t0
    return {
        "docs": len(docs),
        "docs_per_s": round(len(docs) / seconds, 1),
        "p50_ms": round(percentile(per_doc_ms, 0.50), 3),
        "p99_ms": round(percentile(per_doc_ms, 0.99), 3),
        "max_ms": round(max(per_doc_ms), 3),
        "stage_ms_per_doc": {k: round(v / len(docs), 4) for k, v in stages.items()},
        "records": records,
    }


def measure_search_dates(docs: list[dict]) -> dict:
    from dateparser.search import search_dates

    search_dates(docs[0]["text"], languages=["en"])
    t0 = time.perf_counter()
    for doc in docs:
        search_dates(doc["text"], languages=["en"])
    seconds = time.perf_counter() - t0
    return {"docs": len(docs), "docs_per_s": round(len(docs) / seconds, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=2000, help="articles for the engine")
    ap.add_argument("--baseline-limit", type=int, default=300, help="articles for search_dates (slow)")
    args = ap.parse_args()

    _pin_to_one_core()
    docs = load_corpus(args.corpus, args.limit)
    engine = measure_engine(docs)
    baseline = measure_search_dates(docs[: args.baseline_limit])
    report = {
        "benchmark": "extract_throughput",
        "machine": {"cpu": platform.processor() or platform.machine(), "cores_used": 1,
                    "python": platform.python_version()},
        "engine": engine,
        "search_dates_baseline": baseline,
        "speedup_vs_search_dates": round(engine["docs_per_s"] / baseline["docs_per_s"], 2),
    }
    path = write_report("extract_throughput", report)
    print(f"{'engine':<22}{engine['docs_per_s']:>10} docs/s  p50 {engine['p50_ms']} ms  p99 {engine['p99_ms']} ms")
    print(f"{'search_dates':<22}{baseline['docs_per_s']:>10} docs/s")
    print(f"{'ratio':<22}{report['speedup_vs_search_dates']:>10}x")
    for stage, ms in engine["stage_ms_per_doc"].items():
        print(f"  {stage:<20}{ms:>10.4f} ms/doc")
    print(f"report: {path}")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
