"""The benchmark scripts run end to end on a tiny corpus of our own (CI checks they work, not their speed)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MINI_CORPUS = ROOT / "tests" / "fixtures" / "mini_corpus.jsonl"


def _run(module: str, reports: Path, *args: str, timeout: int = 300) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", module, str(MINI_CORPUS), "--reports", str(reports), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=True,
    )  # fmt: skip
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert json.loads((reports / f"{report['benchmark']}.json").read_text()) == report
    return report


def test_extract_throughput_reports_engine_stages_and_baseline(tmp_path):
    report = _run("bench.extract_throughput", tmp_path, "--limit", "5", "--baseline-sample", "2", "--batch", "2")
    engine = report["engine"]
    assert engine["docs"] == 5 and engine["batch"] == 2 and engine["docs_per_s"] > 0
    assert engine["p50_ms"] <= engine["p99_ms"] <= engine["max_ms"]
    assert set(engine["stage_ms_per_doc"]) >= {"text", "entities", "dates", "quotes", "statements", "meetings"}
    assert report["search_dates_baseline"]["docs"] == 2 and report["baseline_sample"]["seed"] == 8
    assert report["speedup_vs_search_dates"] > 0
    assert len(report["machine"]["load_average_start"]) == 3


@pytest.mark.skipif(not (shutil.which("valgrind") and shutil.which("callgrind_control")), reason="needs valgrind")
def test_engine_instructions_counts_only_the_measured_articles(tmp_path):
    report = _run("bench.engine_instructions", tmp_path, "--limit", "2", "--warm-up", "1", "--search-dates")
    engine, baseline = report["engine"], report["search_dates"]
    assert engine["docs"] == 2 and engine["warm_up_docs"] == 1 and engine["records"] > 0
    # two short articles take a few million instructions; Python's start, imports and warm-up take billions
    assert 1e5 < engine["instructions"] < 1e9
    assert engine["m_instructions_per_doc"] == round(engine["instructions"] / 2 / 1e6, 3)
    assert report["machine"]["valgrind"].startswith("valgrind")
    # the baseline on the same articles, counted the same way
    assert baseline["docs"] == 2 and 1e5 < baseline["instructions"] < 1e10
    assert report["ratio_in_instructions"] == round(baseline["instructions"] / engine["instructions"], 2)


@pytest.mark.integration  # a private redis-server
@pytest.mark.skipif(not (shutil.which("valgrind") and shutil.which("callgrind_control")), reason="needs valgrind")
def test_task_instructions_counts_the_task_body_and_redis_for_the_measured_batches(tmp_path):
    report = _run("bench.task_instructions", tmp_path, "--limit", "3", "--warm-up", "1", "--batch", "2",
                  timeout=600)
    task = report["task"]
    assert task["docs"] == task["succeeded"] == 3 and task["batch"] == 2
    # three documents' writes take a few million instructions; Python's start, imports and warm-up take billions
    assert 0.01 < task["body_m_instructions_per_doc"] < 100 and 0.01 < task["redis_m_instructions_per_doc"] < 100


@pytest.mark.integration  # a private redis-server and API process
@pytest.mark.skipif(not (shutil.which("valgrind") and shutil.which("callgrind_control")), reason="needs valgrind")
def test_api_instructions_counts_the_api_for_the_measured_submissions(tmp_path):
    report = _run("bench.api_instructions", tmp_path, "--limit", "3", "--warm-up", "1", "--connections", "2",
                  timeout=600)
    api = report["api"]
    assert api["submissions"] == 3 and api["connections"] == 2
    # a submission takes a few hundred thousand instructions; the API's start takes billions
    assert 10 < api["k_instructions_per_submission"] < 100_000


@pytest.mark.integration  # a private redis-server, API and worker processes, all under valgrind
@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("valgrind") and shutil.which("callgrind_control")), reason="needs valgrind")
def test_service_instructions_counts_every_process_of_the_service_for_the_measured_articles(tmp_path):
    report = _run("bench.service_instructions", tmp_path, "--limit", "3", "--warm-up", "2", "--no-engine",
                  timeout=1200)
    service = report["service"]
    assert service["docs"] == 3
    parts = service["m_instructions_per_doc"]
    assert set(parts) == {"redis", "api", "worker_main", "worker_pool", "load_generator"}
    # three documents take the pool some tens of millions of instructions; the worker's start and warm-up billions
    assert all(0 < n < 1000 for n in parts.values()) and parts["worker_pool"] > parts["api"]


@pytest.mark.integration  # a private redis-server, API and worker processes
def test_service_throughput_verifies_every_result_against_the_engine_between_engine_windows(tmp_path):
    report = _run("bench.service_throughput", tmp_path, "--limit", "4", "--warm-up", "1", "--rounds", "2",
                  timeout=240)
    checks = report["checks"]
    assert checks["expected"] == checks["results"] == 2 * 4 and checks["all_verified"]  # 4 in each round
    # engine, service, engine, service, engine: each service round between two engine windows
    engine, service = report["engine_2_processes"], report["service_1_worker_concurrency_2"]
    assert engine["windows"] == 3 and len(engine["docs_per_s_each"]) == 3 and engine["docs_per_s"] > 0
    assert service["rounds"] == 2 and service["docs"] == 4 and len(service["docs_per_s_each"]) == 2
    assert report["ratio_to_engine"] > 0 and len(report["ratio_each_round"]) == 2
    assert not (report["machine_busy"] and report["meets_target"])  # a busy machine's ratio meets nothing
    assert report["service_1_worker_concurrency_2"]["worker_memory"]["rss_mib"] > 0
    commands = report["service_1_worker_concurrency_2"]["redis_commands_per_doc"]
    assert commands["all"] >= commands["scripts"] >= 2  # at least a submission and an outcome per document


@pytest.mark.integration  # a private redis-server
def test_task_overhead_splits_the_task_body_into_engine_and_the_rest(tmp_path):
    report = _run("bench.task_overhead", tmp_path, "--limit", "3", "--warm-up", "1", timeout=120)
    assert report["docs"] == report["succeeded"] == 3
    assert 0 < report["engine_cpu_ms_per_doc"] < report["body_cpu_ms_per_doc"]
    assert report["outside_engine_cpu_ms_per_doc"] == pytest.approx(
        report["body_cpu_ms_per_doc"] - report["engine_cpu_ms_per_doc"], abs=0.002)


@pytest.mark.integration
@pytest.mark.slow  # each starts Redis, an API and workers (twice for scale-out)
def test_submit_latency_measures_busy_open_loop_and_idle_round_trips(tmp_path):
    report = _run("bench.submit_latency", tmp_path, "--rate", "20", "--seconds", "1", "--backlog", "3", "--idle", "2",
                  timeout=180)
    busy = report["busy"]
    assert busy["requests"] == 20 and busy["errors"] == 0 and 0 < busy["p50_ms"] <= busy["p99_ms"]
    assert report["idle_seed_round_trip"]["round_trips"] == 2 and report["idle_seed_round_trip"]["p50_ms"] > 0


@pytest.mark.integration
@pytest.mark.slow  # each starts Redis, an API and workers (twice for scale-out)
def test_scale_out_compares_one_and_two_worker_processes(tmp_path):
    report = _run("bench.scale_out", tmp_path, "--limit", "3", "--warm-up", "1", timeout=240)
    assert set(report["runs"]) == {"1_worker_x1", "2_workers_x1"} and report["all_verified"]
    assert report["ratio_2_to_1"] > 0


@pytest.mark.integration
@pytest.mark.slow  # each starts Redis, an API and workers (twice for scale-out)
def test_worker_memory_reads_after_both_counts(tmp_path):
    report = _run("bench.worker_memory", tmp_path, "--first", "2", "--total", "4", timeout=180)
    first, last = report["readings"].values()
    assert first["submitted"] == 2 and last["submitted"] == 2 and last["failed"] == 0
    assert last["worker"]["processes"] == 3 and last["worker"]["rss_mib"] >= last["worker"]["pss_mib"] > 0
    assert last["api"]["rss_mib"] > 0
