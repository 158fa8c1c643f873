"""The benchmark scripts run end to end on a tiny corpus of our own (CI checks they work, not their speed)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MINI_CORPUS = ROOT / "tests" / "fixtures" / "mini_corpus.jsonl"


def _run(module: str, *args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", module, "--corpus", str(MINI_CORPUS), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_extract_throughput_reports_engine_and_baseline():
    report = _run("bench.extract_throughput", "--limit", "5", "--baseline-limit", "2")
    assert report["engine"]["docs"] == 5
    assert report["engine"]["docs_per_s"] > 0
    assert set(report["engine"]["stage_ms_per_doc"]) >= {"text", "dates", "entities", "speech", "meetings"}
    assert report["search_dates_baseline"]["docs"] == 2
