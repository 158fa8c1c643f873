"""The date throughput benchmark runs end to end on the project's tiny corpus (its speed is not tested here)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_dates_throughput_reports_speed_and_percentiles() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bench.dates_throughput", str(ROOT / "tests" / "fixtures" / "mini_corpus.jsonl"),
         "--limit", "3", "--repeat", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["dates"]["docs"] == 3
    assert report["dates"]["docs_per_s"] > 0
    assert report["dates"]["p50_ms"] <= report["dates"]["p99_ms"]
