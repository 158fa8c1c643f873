"""The worker's task body beside the engine, and Redis's share of it, in instructions a document (callgrind).

    .venv/bin/python -m bench.task_instructions [CORPUS] [--limit 300] [--warm-up 200] [--batch 50] [--no-redis]
                                                [--submit]

What the service spends beside the engine, counted so that the machine's load does not move it (wall clock and
CPU time on a shared machine wander by 10% and more). A private redis-server; the articles are submitted through
the store, then `worker.tasks.run_documents` runs them in batches of --batch, as a pool child runs a batch task
(Celery itself is not in it): read the documents, start each job, check and serialise the result, save it with
its records index, count the metrics. The engine is answered from a cache filled beforehand (each answer a fresh
copy of the engine's own result), so what is counted is the body beside it. The body runs in a child process
under `valgrind --tool=callgrind --instr-atstart=no`, and, unless --no-redis, so does redis-server: counting is
switched on (`callgrind_control`) for the measured batches only, after the warm-up articles ran the same way.
--callgrind-out PREFIX keeps the profiles (PREFIX.body, PREFIX.redis) for `callgrind_annotate`.
--submit counts the submission instead: the measured articles stored by `Store.submit_many` in batches of 50, as
the API's batch path stores them (without HTTP, FastAPI and the request's validation), after the warm-up ones.
Prints a short table and, last, a JSON line; writes bench/reports/task_instructions.json.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.callgrind import counted_machine, handshake, require_tools, run_counted, totals, under_callgrind
from bench.corpus import DEFAULT_CORPUS, REPORTS, measured_and_warm_up, print_footer, write_report
from bench.machine import load_average
from bench.service_throughput import distinct
from client.embedded_redis import EmbeddedRedis, find_redis_server
from store.settings import Settings

PROJECT = Path(__file__).resolve().parent.parent
TENANT = "bench"


SUBMIT_BATCH = 50  # documents a batch submission stores at once (the load generator's batches)


def child(corpus: Path, limit: int, warm_up: int, batch: int, count_submission: bool = False) -> None:
    """Runs under valgrind: submit, fill the engine's cache and run the warm-up articles uncounted, then the
    measured ones between two handshakes (`count_submission`: the measured articles' submission instead)."""
    from schemas import SubmitRequest
    from store import get_settings
    from worker import tasks
    from worker.fetch import FetchPolicy
    from worker.inputs import document_source
    from worker.resources import process_store

    docs, warm = measured_and_warm_up(corpus, limit, warm_up)
    docs = distinct(docs)  # a text seen before would be recognised at submission, not extracted again
    warm = [d for d in distinct(warm) if d["text"] not in {x["text"] for x in docs}]
    store, settings = process_store(), get_settings()

    def submit(articles: list[dict]) -> list[str]:
        requests = [SubmitRequest(text=d["text"], published_at=d.get("published_at")) for d in articles]
        ids = []
        for i in range(0, len(requests), SUBMIT_BATCH):
            part = requests[i:i + SUBMIT_BATCH]
            ids += [s.job.document_id for s in store.submit_many(TENANT, part, [None] * len(part))]
        return ids

    if count_submission:
        submit(warm)
        handshake("ready")
        ids = submit(docs)
        handshake(f"done {len(ids)} {len(ids)}")
        return

    def run(document_ids: list[str]) -> dict[str, str]:
        statuses: dict[str, str] = {}
        for i in range(0, len(document_ids), batch):
            statuses.update(tasks.run_documents(store, settings, TENANT, document_ids[i:i + batch], 0,
                                                soft_limit=settings.soft_time_limit,
                                                start_until=time.monotonic() + 3600))
        return statuses

    warm_ids, ids = submit(warm), submit(docs)
    tasks.warm_up()  # as the worker does before forking: the engine loaded, then frozen out of the collector's sight
    engine, answers = tasks.extract, {}
    policy = FetchPolicy.from_settings(settings)
    for doc in store.get_documents(TENANT, warm_ids + ids):
        source = document_source(doc.request, policy)
        answers[source.text] = engine(source.text, source.reference_date, doc.request.language, document_id=doc.id)
    tasks.extract = lambda text, *args, **kwargs: answers[text].model_copy()  # a fresh result, as the engine's
    tasks.extract_many = lambda requests: [answers[request.text].model_copy() for request in requests]  # a run's
    run(warm_ids)
    handshake("ready")  # the parent switches counting on
    statuses = run(ids)
    handshake(f"done {len(ids)} {sum(s == 'succeeded' for s in statuses.values())}")  # counting goes off


def _redis_under_callgrind(folder: Path, profile: Path) -> Path:
    """A redis-server command that runs the real one under callgrind, counting off until switched on."""
    wrapper = folder / "redis-server"
    wrapper.write_text(f"#!/bin/sh\nexec valgrind --tool=callgrind --instr-atstart=no -q "
                       f"--callgrind-out-file={profile} {find_redis_server()} \"$@\"\n")
    wrapper.chmod(0o755)
    return wrapper


def measure(corpus: Path, limit: int, warm_up: int, batch: int, profiles: Path, with_redis: bool,
            count_submission: bool = False) -> dict:
    body, redis_profile = profiles.with_suffix(".body"), profiles.with_suffix(".redis")
    with tempfile.TemporaryDirectory(prefix="rs-bench-") as tmp:
        redis = EmbeddedRedis(Path(tmp) / "redis")
        if with_redis:
            redis.binary = str(_redis_under_callgrind(Path(tmp), redis_profile))
        redis.start(timeout=120)
        try:
            command = under_callgrind(body, sys.executable, "-m", "bench.task_instructions", str(corpus),
                                      "--limit", str(limit), "--warm-up", str(warm_up), "--batch", str(batch),
                                      "--child", *(("--submit",) if count_submission else ()))
            env = {**os.environ, "PYTHONHASHSEED": "0", "RECORDSMITH_REDIS_URL": redis.url}
            counted = [redis.process.pid] if with_redis and redis.process else []
            done, _ = run_counted(command, env, "the task body", also_counted=counted, timeout=300)
        finally:
            redis.stop(120)  # under valgrind, writing the profile takes a while
    docs, succeeded = int(done[0]), int(done[1])
    out = {"docs": docs, "succeeded": succeeded, "batch": SUBMIT_BATCH if count_submission else batch,
           "counted": "submission" if count_submission else "task body",
           "body_m_instructions_per_doc": round(totals(body) / docs / 1e6, 3)}
    if with_redis:
        out["redis_m_instructions_per_doc"] = round(totals(redis_profile) / docs / 1e6, 3)
    return out


def main(argv: list[str] | None = None) -> dict | None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL with id, text, published_at")
    ap.add_argument("--corpus", dest="corpus_opt", type=Path, help="same as the positional argument")
    ap.add_argument("--limit", type=int, default=300, help="articles counted")
    ap.add_argument("--warm-up", type=int, default=200, help="articles run the same way before counting starts")
    ap.add_argument("--batch", type=int, default=Settings.model_fields["batch_task_size"].default,
                    help="documents a batch task (RECORDSMITH_BATCH_TASK_SIZE's default)")
    ap.add_argument("--no-redis", action="store_true", help="count the task body only, not redis-server")
    ap.add_argument("--reports", type=Path, default=REPORTS, help="directory for the JSON report")
    ap.add_argument("--callgrind-out", type=Path, help="keep the profiles as PREFIX.body and PREFIX.redis")
    ap.add_argument("--submit", action="store_true", help="count the submission (Store.submit_many, batches of "
                    f"{SUBMIT_BATCH}) instead of the task body")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    corpus = (args.corpus_opt or args.corpus).resolve()
    if args.child:
        child(corpus, args.limit, args.warm_up, args.batch, args.submit)
        return None
    require_tools("task_instructions")

    machine = counted_machine()
    with tempfile.TemporaryDirectory() as tmp:
        prefix = args.callgrind_out.resolve() if args.callgrind_out else Path(tmp) / "callgrind"
        task = measure(corpus, args.limit, args.warm_up, args.batch, prefix, not args.no_redis, args.submit)
    machine["load_average_end"] = load_average()
    name = "submit_instructions" if args.submit else "task_instructions"
    report = {"benchmark": name, "machine": machine, "task": task}
    path = write_report(name, report, args.reports)
    print(f"{'measure':<34}{'value':>10}")
    print(f"{'articles counted':<34}{task['docs']:>10}  (batches of {task['batch']}, after {args.warm_up} warm-up)")
    if args.submit:
        print(f"{'submission, M instructions / doc':<34}{task['body_m_instructions_per_doc']:>10}  "
              "(Store.submit_many)")
    else:
        print(f"{'succeeded':<34}{task['succeeded']:>10}")
        print(f"{'task body, M instructions / doc':<34}{task['body_m_instructions_per_doc']:>10}  (engine answered "
              "from a cache)")
    if "redis_m_instructions_per_doc" in task:
        print(f"{'redis-server, M instructions / doc':<34}{task['redis_m_instructions_per_doc']:>10}")
    print_footer(report, path, 34)
    return report


if __name__ == "__main__":
    main()
