"""Engine work in instructions a document (valgrind's callgrind), a figure the machine's load does not move.

    .venv/bin/python -m bench.engine_instructions [CORPUS] [--limit 400] [--warm-up 150] [--callgrind-out FILE]
                                                  [--search-dates]

CORPUS defaults to ../shared/corpus/reuters21578.jsonl. The engine runs in a child process under
`valgrind --tool=callgrind --instr-atstart=no`, so nothing is counted while Python starts, imports the engine and
runs `warm_up()` and the --warm-up articles after the measured ones (lexicons, gazetteers and word caches load on
first use, as in a worker that has run a while). The child then waits; this process switches counting on with
`callgrind_control -i on`, the child extracts the first --limit articles, waits again, and counting goes off
before it exits. Wall-clock docs/s on this same machine wanders with its load by 10% and more; the instruction
count of the same code on the same articles stays within a few hundredths of a percent (PYTHONHASHSEED is
fixed, as set and dict order move it a little). --callgrind-out keeps the profile for `callgrind_annotate`.
--search-dates also counts `dateparser.search.search_dates(text, languages=["en"])` on the same articles, in a
child of its own warmed up the same way, and prints the ratio of the two counts: issue #8's ten times, in a figure
that does not wander with the machine (the wall-clock ratio of bench.extract_throughput moves by 10% between runs,
mostly on dateparser's side). What `warm_up()` loaded is frozen out of the garbage collector's sight
(`gc.freeze()`), as the worker freezes it before forking its pool.
Prints a short table and, last, a JSON line; writes bench/reports/engine_instructions.json.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.callgrind import counted_machine, handshake, require_tools, run_counted, totals, under_callgrind
from bench.corpus import DEFAULT_CORPUS, REPORTS, measured_and_warm_up, print_footer, reference_date, write_report
from bench.machine import load_average


def _engine() -> Callable[[str, date | None], int]:
    """The engine, lexicons loaded: a function from an article to the records it finds."""
    from extractor import extract
    from extractor import warm_up as load_lexicons

    load_lexicons()
    gc.freeze()  # as the worker does after loading, before its pool forks (worker.tasks.warm_up)

    def run(text: str, ref: date | None) -> int:
        result = extract(text, ref)
        return len(result.dates) + len(result.quotes) + len(result.statements) + len(result.meetings)

    return run


def _search_dates() -> Callable[[str, date | None], int]:
    """The baseline: dateparser's search alone, as bench.extract_throughput runs it (dates found)."""
    from dateparser.search import search_dates

    return lambda text, _ref: len(search_dates(text, languages=["en"]) or ())


def child(corpus: Path, limit: int, warm_up: int, which: str) -> None:
    """Runs under valgrind: warm up uncounted, then run the measured articles between two handshakes."""
    run = _search_dates() if which == "search_dates" else _engine()
    docs, warm = measured_and_warm_up(corpus, limit, warm_up)
    for doc in warm:
        run(doc["text"], reference_date(doc))
    prepared = [(d["text"], reference_date(d)) for d in docs]
    handshake("ready")  # the parent switches counting on
    records = sum(run(text, ref) for text, ref in prepared)
    handshake(f"done {len(prepared)} {records} {sum(len(t) for t, _ in prepared)}")  # counting goes off


def measure(corpus: Path, limit: int, warm_up: int, profile: Path, which: str = "engine") -> dict:
    command = under_callgrind(profile, sys.executable, "-m", "bench.engine_instructions", str(corpus),
                              "--limit", str(limit), "--warm-up", str(warm_up), "--child", which)
    t0 = time.perf_counter()
    done, counted = run_counted(command, {**os.environ, "PYTHONHASHSEED": "0"}, which.replace("_", " "))
    docs, records, chars = (int(x) for x in done)
    instructions = totals(profile)
    return {
        "docs": docs,
        "warm_up_docs": warm_up,
        "instructions": instructions,
        "m_instructions_per_doc": round(instructions / docs / 1e6, 3),
        "instructions_per_char": round(instructions / chars, 1),
        "records": records,
        "mean_chars": round(chars / docs),
        "seconds_counted_under_valgrind": round(counted, 1),
        "seconds_in_all": round(time.perf_counter() - t0, 1),
    }


def main(argv: list[str] | None = None) -> dict | None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL with id, text, published_at")
    ap.add_argument("--corpus", dest="corpus_opt", type=Path, help="same as the positional argument")
    ap.add_argument("--limit", type=int, default=400, help="articles counted")
    ap.add_argument("--warm-up", type=int, default=150, help="articles read before counting starts")
    ap.add_argument("--reports", type=Path, default=REPORTS, help="directory for the JSON report")
    ap.add_argument("--callgrind-out", type=Path, help="keep the callgrind profile here (for callgrind_annotate)")
    ap.add_argument("--search-dates", action="store_true", help="also count search_dates and print the ratio")
    ap.add_argument("--child", choices=("engine", "search_dates"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    corpus = (args.corpus_opt or args.corpus).resolve()
    if args.child:
        child(corpus, args.limit, args.warm_up, args.child)
        return None
    require_tools("engine_instructions")

    machine = counted_machine()
    with tempfile.TemporaryDirectory() as tmp:
        profile = args.callgrind_out.resolve() if args.callgrind_out else Path(tmp) / "callgrind.out"
        engine = measure(corpus, args.limit, args.warm_up, profile)
        baseline = measure(corpus, args.limit, args.warm_up, Path(tmp) / "baseline.out", "search_dates") \
            if args.search_dates else None
    machine["load_average_end"] = load_average()
    report: dict = {
        "benchmark": "engine_instructions",
        "machine": machine,
        "engine": engine,
    }
    if baseline is not None:
        report["search_dates"] = baseline
        report["ratio_in_instructions"] = round(baseline["instructions"] / engine["instructions"], 2)
    path = write_report("engine_instructions", report, args.reports)
    print(f"{'measure':<28}{'value':>14}")
    print(f"{'articles counted':<28}{engine['docs']:>14}  (after {args.warm_up} warm-up articles)")
    print(f"{'instructions':<28}{engine['instructions']:>14,}")
    print(f"{'M instructions / article':<28}{engine['m_instructions_per_doc']:>14}")
    print(f"{'instructions / character':<28}{engine['instructions_per_char']:>14}")
    print(f"{'records found':<28}{engine['records']:>14}")
    if baseline is not None:
        print(f"{'search_dates M instr./art.':<28}{baseline['m_instructions_per_doc']:>14}  "
              f"({baseline['records']} dates found)")
        print(f"{'ratio (search_dates/engine)':<28}{report['ratio_in_instructions']:>13}x  (target 10x)")
    print_footer(report, path, 28)
    return report


if __name__ == "__main__":
    main()
