"""Submit latency: open-loop submissions at a fixed rate while the workers are busy, and idle submit-to-result.

    .venv/bin/python -m bench.submit_latency [CORPUS] [--rate 500] [--seconds 10] [--backlog 1500] [--idle 30]
                                             [--api-processes 1] [--shared-session]

A private redis-server, `recordsmith api` and one `recordsmith worker --concurrency 2` (bench/service.py), each
in a session of its own as `recordsmith serve` starts them (--shared-session: all in the benchmark's session, where
Linux's autogroup scheduling gives the API only a share of one session on a machine other jobs load).
Busy: --backlog articles are queued first (in batches) so both pool processes are extracting, then single
`POST /v1/documents` go out open-loop at --rate per second for --seconds (a small raw HTTP/1.1 client over 64
keep-alive connections, so the generator's own CPU does not crowd out the API): each request leaves at its
scheduled time whether or not earlier ones were answered, and its latency counts from that scheduled time (a slow
answer cannot hide the requests it delays). Any answer but 202, or a transport error, is an error.
Idle: once the queue has drained, the seed article is submitted --idle times, one after another; each time
is from the submission to its result fetched (`GET /v1/jobs/{id}?wait=30`, then the result).
Prints a short table and, last, a JSON line; writes bench/reports/submit_latency.json.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import orjson

from bench.corpus import DEFAULT_CORPUS, PROJECT, REPORTS, load_corpus, percentile, print_footer, write_report
from bench.machine import describe, load_average
from bench.service import API_PROCESSES, Loader, RawPoster, Service, submit_body
from bench.service_throughput import distinct


def service_nice(requested: int | None) -> int:
    from store.settings import Settings

    return Settings.model_fields["worker_nice"].default if requested is None else requested


SEED = PROJECT / "seeds" / "ctbt-russia-observador.txt"
TARGET_P99_MS, TARGET_IDLE_P50_MS = 50.0, 30.0


async def open_loop(url: str, docs: list[dict], rate: float, seconds: float) -> dict:
    """Requests leave on schedule; latency is answer time minus scheduled time."""
    latencies: list[float] = []
    errors: list[str] = []
    count = int(rate * seconds)
    poster = RawPoster(url)
    await poster.open()
    bodies = [poster.request("/v1/documents", orjson.dumps(submit_body(docs[i % len(docs)]))) for i in range(count)]

    async def one(i: int, due: float) -> None:
        try:
            status = await poster.post(bodies[i])
            if status != 202:
                errors.append(f"HTTP {status}")
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        latencies.append((time.perf_counter() - due) * 1000)

    t0 = time.perf_counter()
    tasks = []
    for i in range(count):
        due = t0 + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i, due)))
    sent_over = time.perf_counter() - t0
    await asyncio.gather(*tasks)
    await poster.close()
    return {
        "requests": count,
        "rate_per_s": rate,
        "achieved_rate_per_s": round(count / sent_over, 1),
        "errors": len(errors),
        "error_samples": errors[:5],
        "p50_ms": round(percentile(latencies, 0.50), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "max_ms": round(max(latencies), 2),
    }


async def idle_round_trips(loader: Loader, text: str, times: int) -> dict:
    totals: list[float] = []
    async with loader.client() as client:
        for i in range(times):
            # another publication date each time: the same content and date would be recognised as a duplicate
            # and answered from the first job
            body = {"text": text, "published_at": (date(2024, 2, 15) + timedelta(days=i)).isoformat()}
            t0 = time.perf_counter()
            sub = (await client.post("/v1/documents", json=body)).json()
            job = (await client.get(f"/v1/jobs/{sub['job_id']}", params={"wait": 30})).json()
            resp = await client.get(f"/v1/documents/{sub['document_id']}/result")
            totals.append((time.perf_counter() - t0) * 1000)
            if job["status"] != "succeeded" or resp.status_code != 200:
                raise RuntimeError(f"the seed article failed: {job}")
    return {"round_trips": times, "p50_ms": round(percentile(totals, 0.50), 2),
            "p99_ms": round(percentile(totals, 0.99), 2), "min_ms": round(min(totals), 2)}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL with id, text, published_at")
    ap.add_argument("--corpus", dest="corpus_opt", type=Path, help="same as the positional argument")
    ap.add_argument("--rate", type=float, default=500.0, help="submissions per second, open loop")
    ap.add_argument("--seconds", type=float, default=10.0, help="how long the open-loop phase lasts")
    ap.add_argument("--backlog", type=int, default=1500, help="articles queued first, to keep the workers busy")
    ap.add_argument("--idle", type=int, default=30, help="sequential seed-article round trips on the idle service")
    ap.add_argument("--worker-nice", type=int, help="RECORDSMITH_WORKER_NICE of the worker (default: the "
                                                    "service's default; 0: as the API)")
    ap.add_argument("--api-processes", type=int, default=API_PROCESSES,
                    help="`recordsmith api --workers N` (default: as docker-compose.yml runs it)")
    ap.add_argument("--shared-session", action="store_true",
                    help="run the API and the worker in the benchmark's own session (default: each in a session of "
                         "its own, as `recordsmith serve` and compose's containers run them)")
    ap.add_argument("--reports", type=Path, default=REPORTS, help="directory for the JSON report")
    args = ap.parse_args(argv)

    machine = describe(cores_used=multiprocessing.cpu_count())
    docs = distinct(load_corpus(args.corpus_opt or args.corpus, args.backlog + int(args.rate * args.seconds)))
    backlog, probes = docs[: args.backlog], docs[args.backlog :] or docs
    with (tempfile.TemporaryDirectory(prefix="rs-bench-") as tmp,
          Service(Path(tmp), [2], worker_nice=args.worker_nice, api_processes=args.api_processes,
                  own_sessions=not args.shared_session) as service):
        loader = Loader(service.url)

        async def busy() -> tuple[dict, int, float]:
            run_backlog = asyncio.create_task(loader.run(backlog, collect=False))
            await asyncio.sleep(1.0)  # the first batches are in and both pool processes are extracting
            api_cpu = service.cpu_seconds()["api"]
            busy = await open_loop(service.url, probes, args.rate, args.seconds)
            # CPU of the API processes while the open loop ran (with the backlog's last batches and its long-poll)
            api_cpu_ms = (service.cpu_seconds()["api"] - api_cpu) * 1000 / busy["requests"]
            return busy, len((await run_backlog).submitted), round(api_cpu_ms, 3)

        busy, queued, api_cpu_ms = asyncio.run(busy())
        service.wait_idle()
        idle = asyncio.run(idle_round_trips(loader, SEED.read_text(encoding="utf-8"), args.idle))
    machine["load_average_end"] = load_average()
    report = {
        "benchmark": "submit_latency",
        "machine": machine,
        "busy": {**busy, "backlog_queued": queued, "worker_nice": service_nice(args.worker_nice),
                 "api_processes": args.api_processes, "api_cpu_ms_per_request": api_cpu_ms,
                 "own_sessions": not args.shared_session},
        "idle_seed_round_trip": idle,
        "targets": {"busy_p99_ms": TARGET_P99_MS, "busy_errors": 0, "idle_p50_ms": TARGET_IDLE_P50_MS},
        "meets_targets": busy["p99_ms"] <= TARGET_P99_MS and busy["errors"] == 0
        and idle["p50_ms"] <= TARGET_IDLE_P50_MS,
    }
    path = write_report("submit_latency", report, args.reports)
    print(f"{'measure':<34}{'value':>10}")
    print(f"{'busy: rate asked / achieved':<34}{busy['rate_per_s']:>10} / {busy['achieved_rate_per_s']}")
    print(f"{'busy: submit p50 / p99 ms':<34}{busy['p50_ms']:>10} / {busy['p99_ms']}")
    print(f"{'busy: errors':<34}{busy['errors']:>10} of {busy['requests']}")
    print(f"{'busy: API CPU ms per request':<34}{api_cpu_ms:>10} ({args.api_processes} API process(es))")
    print(f"{'idle: seed submit-to-result p50':<34}{idle['p50_ms']:>10} ms")
    print_footer(report, path, 34)
    return report


if __name__ == "__main__":
    main()
