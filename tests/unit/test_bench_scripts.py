"""The benchmark scripts run end to end on a tiny corpus of our own (CI checks they work, not their speed)."""

import json
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
    report = _run("bench.extract_throughput", tmp_path, "--limit", "5", "--baseline-sample", "2")
    engine = report["engine"]
    assert engine["docs"] == 5 and engine["docs_per_s"] > 0
    assert engine["p50_ms"] <= engine["p99_ms"] <= engine["max_ms"]
    assert set(engine["stage_ms_per_doc"]) >= {"text", "entities", "dates", "quotes", "statements", "meetings"}
    assert report["search_dates_baseline"]["docs"] == 2 and report["baseline_sample"]["seed"] == 8
    assert report["speedup_vs_search_dates"] > 0
    assert len(report["machine"]["load_average_start"]) == 3


@pytest.mark.integration  # a private redis-server, API and worker processes
def test_service_throughput_verifies_every_result_against_the_engine(tmp_path):
    report = _run("bench.service_throughput", tmp_path, "--limit", "4", "--warm-up", "1", timeout=180)
    checks = report["checks"]
    assert checks["expected"] == checks["results"] == 4 and checks["all_verified"]
    assert report["engine_2_processes"]["docs_per_s"] > 0 and report["ratio_to_engine"] > 0
    assert report["service_1_worker_concurrency_2"]["worker_memory"]["rss_mib"] > 0
