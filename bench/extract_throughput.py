"""Engine throughput on one core over real Reuters articles, against dateparser's search_dates on the same articles.

    .venv/bin/python -m bench.extract_throughput [CORPUS] [--limit 2000] [--baseline-sample 0] [--seed 8] [--turn 100]
                                                 [--batch 25]

CORPUS defaults to ../shared/corpus/reuters21578.jsonl. The process is pinned to one core and every figure is
CPU time of that process (time.process_time), so other processes on a shared machine do not count against it;
wall-clock docs/s is reported too. Before the clock starts the engine is warmed up as the worker warms it up before
forking its pool (`warm_up()`, then `gc.freeze()`: what was loaded is out of the collector's sight), then reads
--warm-up other articles (the ones after the measured ones): lexicons and gazetteers load lazily on first use,
which a running worker paid long ago. The engine reads --batch articles at a time (`extract_many`, as the CLI and
the worker's batch tasks call it; --batch 1 is `extract` one by one): its docs/s is CPU time over whole batches,
and its p50/p99 are each document's own stages (`timings_ms["total"]`, wall clock) when batched, its CPU time
when not.

The baseline, `search_dates(text, languages=["en"])`, runs on the same articles; with --baseline-sample N it
runs on a random sample of N of them (seeded by --seed, so every run picks the same ones), since it is about ten
times slower. The two take turns, --turn articles at a time (engine, then the baseline on the same articles), so
that both are timed in the same minutes of a machine whose speed drifts. Stage times are the engine's own
`timings_ms` (wall clock; text includes language detection; records is the entity table's output), also given as
shares of the total. Prints a short table and, last, a JSON line; writes bench/reports/extract_throughput.json.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections import defaultdict
from pathlib import Path

from bench.corpus import (
    DEFAULT_CORPUS,
    REPORTS,
    measured_and_warm_up,
    percentile,
    print_footer,
    reference_date,
    write_report,
)
from bench.machine import describe, load_average, pin_to_one_core
from extractor import BATCH_SIZE, Request, extract_many
from extractor import warm_up as load_lexicons

STAGES = ("text", "dates", "entities", "quotes", "statements", "meetings", "records")
TARGET_RATIO = 10.0
TARGET_P99_MS = 20.0


class EngineRun:
    """The engine, lexicons loaded and warmed up, timed batch by batch over the chunks it is given."""

    def __init__(self, warm_up: list[dict], batch: int) -> None:
        load_lexicons()
        gc.freeze()  # as the worker does after loading, before its pool forks (worker.tasks.warm_up)
        self.batch = batch
        for requests in self._batches(warm_up):
            extract_many(requests)
        self.per_doc_ms: list[float] = []
        self.stages: dict[str, float] = defaultdict(float)
        self.records = self.chars = 0
        self.cpu = self.wall = 0.0

    def _batches(self, docs: list[dict]) -> list[list[Request]]:
        return [[Request(d["text"], reference_date(d)) for d in docs[i : i + self.batch]]
                for i in range(0, len(docs), self.batch)]

    def run(self, docs: list[dict]) -> None:
        batches = self._batches(docs)
        w0 = time.perf_counter()
        for requests in batches:
            t = time.process_time()
            results = extract_many(requests)
            cpu = time.process_time() - t
            self.cpu += cpu
            if len(results) == 1:
                self.per_doc_ms.append(cpu * 1000)
            else:
                self.per_doc_ms += [result.timings_ms["total"] for result in results]
            for result in results:
                for stage, ms in result.timings_ms.items():
                    self.stages[stage] += ms
                self.records += len(result.dates) + len(result.quotes) + len(result.statements) + len(result.meetings)
        self.wall += time.perf_counter() - w0
        self.chars += sum(len(d["text"]) for d in docs)

    def report(self) -> dict:
        per_doc_ms, stages, n = self.per_doc_ms, self.stages, len(self.per_doc_ms)
        return {
            "docs": n,
            "batch": self.batch,
            "docs_per_s": round(n / self.cpu, 1),
            "wall_docs_per_s": round(n / self.wall, 1),
            "p50_ms": round(percentile(per_doc_ms, 0.50), 3),
            "p99_ms": round(percentile(per_doc_ms, 0.99), 3),
            "max_ms": round(max(per_doc_ms), 3),
            "stage_ms_per_doc": {k: round(stages[k] / n, 4) for k in (*STAGES, "total") if k in stages},
            # the stage clocks are wall time: on a busy machine their shares say more than their milliseconds
            "stage_share": {k: round(stages[k] / stages["total"], 3) for k in STAGES if k in stages},
            "records": self.records,
            "mean_chars": round(self.chars / n),
        }


class SearchDatesRun:
    """The baseline, `search_dates(text, languages=["en"])`, timed over the chunks it is given."""

    def __init__(self, first: dict) -> None:
        from dateparser.search import search_dates

        search_dates(first["text"], languages=["en"])  # dateparser loads its language data on first use
        self._search_dates = search_dates
        self.docs = self.found = self.chars = 0
        self.cpu = self.wall = 0.0

    def run(self, docs: list[dict]) -> None:
        w0, t0 = time.perf_counter(), time.process_time()
        for doc in docs:
            self.found += len(self._search_dates(doc["text"], languages=["en"]) or ())
        self.cpu += time.process_time() - t0
        self.wall += time.perf_counter() - w0
        self.docs += len(docs)
        self.chars += sum(len(d["text"]) for d in docs)

    def report(self) -> dict:
        return {
            "docs": self.docs,
            "docs_per_s": round(self.docs / self.cpu, 1),
            "wall_docs_per_s": round(self.docs / self.wall, 1),
            "dates_found": self.found,
            "mean_chars": round(self.chars / self.docs),
        }


def measure_in_turns(docs: list[dict], warm_up: list[dict], baseline: list[dict], turn: int, batch: int
                     ) -> tuple[dict, dict]:
    """The engine and the baseline take turns over the articles, `turn` of them at a time, each running on the
    same stretch of the corpus in the same minute of the machine's life: a virtual machine's speed drifts by 10-25%
    over minutes, and an engine measured in one 4-second window against a baseline measured over the next 40 s
    read that drift as a ratio."""
    engine, dateparser = EngineRun(warm_up, batch), SearchDatesRun(docs[0])
    in_baseline = {id(d) for d in baseline}
    for i in range(0, len(docs), turn):
        chunk = docs[i : i + turn]
        engine.run(chunk)
        if picked := [d for d in chunk if id(d) in in_baseline]:
            dateparser.run(picked)
    return engine.report(), dateparser.report()


def baseline_docs(docs: list[dict], sample: int, seed: int) -> list[dict]:
    """All the engine's documents, or a seeded random sample of them kept in corpus order."""
    if not sample or sample >= len(docs):
        return docs
    picked = sorted(random.Random(seed).sample(range(len(docs)), sample))
    return [docs[i] for i in picked]


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL with id, text, published_at")
    ap.add_argument("--corpus", dest="corpus_opt", type=Path, help="same as the positional argument")
    ap.add_argument("--limit", type=int, default=2000, help="articles for the engine")
    ap.add_argument("--baseline-sample", type=int, default=0,
                    help="search_dates on a seeded random sample of this many of them (0: on all of them)")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--warm-up", type=int, default=500, help="articles read before the clock starts")
    ap.add_argument("--turn", type=int, default=100, help="articles each side reads before the other takes its turn")
    ap.add_argument("--batch", type=int, default=BATCH_SIZE,
                    help="articles the engine reads at once (extract_many; 1: extract one by one)")
    ap.add_argument("--reports", type=Path, default=REPORTS, help="directory for the JSON report")
    args = ap.parse_args(argv)

    pin_to_one_core()
    machine = describe(cores_used=1)
    docs, warm_up = measured_and_warm_up(args.corpus_opt or args.corpus, args.limit, args.warm_up)
    engine, baseline = measure_in_turns(docs, warm_up, baseline_docs(docs, args.baseline_sample, args.seed), args.turn,
                                        args.batch)
    ratio = round(engine["docs_per_s"] / baseline["docs_per_s"], 2)
    machine["load_average_end"] = load_average()
    report = {
        "benchmark": "extract_throughput",
        "machine": machine,
        "engine": engine,
        "search_dates_baseline": baseline,
        "baseline_sample": {"size": baseline["docs"], "seed": args.seed if baseline["docs"] < len(docs) else None},
        "turn": args.turn,
        "speedup_vs_search_dates": ratio,
        "targets": {"speedup": TARGET_RATIO, "p99_ms": TARGET_P99_MS},
        "meets_targets": ratio >= TARGET_RATIO and engine["p99_ms"] <= TARGET_P99_MS,
    }
    path = write_report("extract_throughput", report, args.reports)
    print(f"{'measure':<24}{'value':>12}")
    print(f"{'engine docs/s (1 core)':<24}{engine['docs_per_s']:>12}  (batches of {args.batch})")
    print(f"{'engine p50 / p99 ms':<24}{engine['p50_ms']:>6} / {engine['p99_ms']}")
    print(f"{'search_dates docs/s':<24}{baseline['docs_per_s']:>12}  ({baseline['docs']} docs)")
    print(f"{'ratio':<24}{ratio:>11}x  (target {TARGET_RATIO}x)")
    for stage, ms in engine["stage_ms_per_doc"].items():
        share = engine["stage_share"].get(stage)
        print(f"  {stage:<22}{ms:>10.4f} ms/doc" + (f"  {share:6.1%}" if share is not None else ""))
    print_footer(report, path, 24)
    return report


if __name__ == "__main__":
    main()
