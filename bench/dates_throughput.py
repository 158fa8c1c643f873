"""Date stage throughput on one core over real Reuters articles (the engine's `find_dates` alone).

    .venv/bin/python -m bench.dates_throughput [CORPUS] [--limit 5000] [--repeat 3]

CORPUS defaults to ../shared/corpus/reuters21578.jsonl relative to the project root. Documents are
segmented (the pipeline's "text" stage) outside the clock. Time is the process's CPU time on one
pinned core, so other processes on a shared machine do not count against the stage (wall-clock
figures are reported too). With --repeat N the articles are tagged N times; docs_per_s is the mean
over all passes and best_pass_docs_per_s the fastest pass. Prints a short table and, last, a JSON line;
writes bench/reports/dates_throughput.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench.corpus import DEFAULT_CORPUS, REPORTS, load_corpus, percentile, reference_date, write_report
from bench.machine import describe, load_average, pin_to_one_core


def measure(docs: list[dict], repeat: int) -> dict:
    from extractor.dates import find_dates
    from extractor.text import Document

    prepared = [(Document(d["text"]), reference_date(d)) for d in docs]
    find_dates(*prepared[0], "en")  # compile patterns and read lexicons outside the clock
    per_doc_ms: list[float] = []
    records = 0
    passes: list[float] = []
    wall = 0.0
    for _ in range(repeat):
        t0, w0 = time.process_time(), time.perf_counter()
        for doc, ref in prepared:
            t = time.process_time()
            records += len(find_dates(doc, ref, "en"))
            per_doc_ms.append((time.process_time() - t) * 1000)
        passes.append(time.process_time() - t0)
        wall += time.perf_counter() - w0
    n = len(per_doc_ms)
    return {
        "docs": n,
        "docs_per_s": round(n / sum(passes), 1),
        "best_pass_docs_per_s": round(len(prepared) / min(passes), 1),
        "wall_docs_per_s": round(n / wall, 1),
        "p50_ms": round(percentile(per_doc_ms, 0.50), 3),
        "p99_ms": round(percentile(per_doc_ms, 0.99), 3),
        "max_ms": round(max(per_doc_ms), 3),
        "mean_chars": round(sum(len(doc.text) for doc, _ in prepared) / len(prepared)),
        "dates_per_doc": round(records / n, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL with id, text, published_at")
    ap.add_argument("--corpus", dest="corpus_opt", type=Path, help="same as the positional argument")
    ap.add_argument("--limit", type=int, default=5000, help="articles to read")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the articles")
    ap.add_argument("--reports", type=Path, default=REPORTS, help="directory for the JSON report")
    args = ap.parse_args()

    pin_to_one_core()
    machine = describe(cores_used=1)
    docs = load_corpus(args.corpus_opt or args.corpus, args.limit)
    result = measure(docs, max(1, args.repeat))
    machine["load_average_end"] = load_average()
    report = {
        "benchmark": "dates_throughput",
        "machine": machine,
        "dates": result,
        "target_docs_per_s": 1000,
        "meets_target": result["best_pass_docs_per_s"] >= 1000,
    }
    write_report("dates_throughput", report, args.reports)
    print(f"{'measure':<21} {'value':>10}")
    for key in (
        "docs",
        "docs_per_s",
        "best_pass_docs_per_s",
        "wall_docs_per_s",
        "p50_ms",
        "p99_ms",
        "max_ms",
        "mean_chars",
        "dates_per_doc",
    ):
        print(f"{key:<21} {result[key]:>10}")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
