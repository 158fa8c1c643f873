"""The API process's instructions per single submission (`POST /v1/documents`), counted by callgrind.

    .venv/bin/python -m bench.api_instructions [CORPUS] [--limit 1000] [--warm-up 300] [--connections 8]

What `bench.submit_latency` asks of the API, counted so that the machine's load does not move it: a private
redis-server, `recordsmith api` run under `valgrind --tool=callgrind --instr-atstart=no` (uvicorn, the middleware,
the route, the Redis round trip, the access log: the whole process), and single submissions of distinct corpus
articles sent over --connections keep-alive connections (`bench.service.RawPoster`, requests encoded before).
Counting is switched on for the measured submissions only, after the warm-up ones. Every answer must be 202.
Prints a short table and, last, a JSON line; writes bench/reports/api_instructions.json.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson

from bench.callgrind import counted_machine, require_tools, switch, totals, under_callgrind
from bench.corpus import DEFAULT_CORPUS, PROJECT, REPORTS, load_corpus, print_footer, write_report
from bench.machine import load_average
from bench.service import API_KEY, TENANT, RawPoster, submit_body
from bench.service_throughput import distinct
from client.embedded_redis import EmbeddedRedis, free_port
from client.serve import wait_ready


async def submit(url: str, docs: list[dict], connections: int) -> None:
    """Each article in a POST of its own, `connections` in flight; any answer but 202 stops the run."""
    poster = RawPoster(url, connections)
    await poster.open()
    requests = iter([poster.request("/v1/documents", orjson.dumps(submit_body(doc))) for doc in docs])

    async def lane() -> None:
        for raw in requests:
            status, body = await poster.exchange(raw)
            if status != 202:
                raise RuntimeError(f"submission answered {status}: {body[:200]!r}")

    try:
        await asyncio.gather(*(lane() for _ in range(connections)))
    finally:
        await poster.close()


def measure(corpus: Path, limit: int, warm_up: int, connections: int, profile: Path) -> dict:
    docs = distinct(load_corpus(corpus, limit + warm_up))
    warm, counted = docs[:warm_up], docs[warm_up:]
    with tempfile.TemporaryDirectory(prefix="rs-bench-") as tmp:
        redis = EmbeddedRedis(Path(tmp) / "redis")
        redis.start()
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("RECORDSMITH_")}
        env.update({"RECORDSMITH_REDIS_URL": redis.url, "RECORDSMITH_API_KEYS": f"{TENANT}:{API_KEY}",
                    "PYTHONHASHSEED": "0"})
        command = under_callgrind(profile, sys.executable, "-m", "client.cli", "api", "--port", str(port))
        with (Path(tmp) / "api.log").open("wb") as log:
            api = subprocess.Popen(command, env=env, cwd=PROJECT, stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            wait_ready(url, [api], timeout=300)
            asyncio.run(submit(url, warm, connections))
            switch(api.pid, "on")
            asyncio.run(submit(url, counted, connections))
            switch(api.pid, "off")
        finally:
            api.terminate()
            api.wait(120)  # under valgrind, writing the profile takes a while
            redis.stop()
    return {"submissions": len(counted), "connections": connections,
            "k_instructions_per_submission": round(totals(profile) / len(counted) / 1e3, 1)}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL with id, text, published_at")
    ap.add_argument("--limit", type=int, default=1000, help="submissions counted")
    ap.add_argument("--warm-up", type=int, default=300, help="submissions sent the same way before counting starts")
    ap.add_argument("--connections", type=int, default=8, help="keep-alive connections, one request in flight each")
    ap.add_argument("--reports", type=Path, default=REPORTS, help="directory for the JSON report")
    ap.add_argument("--callgrind-out", type=Path, help="keep the API's profile there, for `callgrind_annotate`")
    args = ap.parse_args(argv)
    require_tools("api_instructions")
    machine = counted_machine()
    with tempfile.TemporaryDirectory() as tmp:
        profile = args.callgrind_out.resolve() if args.callgrind_out else Path(tmp) / "callgrind.api"
        api = measure(args.corpus.resolve(), args.limit, args.warm_up, args.connections, profile)
    machine["load_average_end"] = load_average()
    report = {"benchmark": "api_instructions", "machine": machine, "api": api}
    path = write_report("api_instructions", report, args.reports)
    print(f"{'measure':<34}{'value':>10}")
    print(f"{'submissions counted':<34}{api['submissions']:>10}  (after {args.warm_up} warm-up, "
          f"{api['connections']} connections)")
    print(f"{'API, K instructions / submission':<34}{api['k_instructions_per_submission']:>10}")
    print_footer(report, path, 34)
    return report


if __name__ == "__main__":
    main()
