"""Load benchmark documents from the shared Reuters corpus (JSONL with id, text, published_at)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT.parent / "shared" / "corpus" / "reuters21578.jsonl"
REPORTS = Path(__file__).resolve().parent / "reports"


def load_corpus(path: Path = DEFAULT_CORPUS, limit: int | None = None, min_chars: int = 200) -> list[dict]:
    """Articles with a real body, in file order, so every run measures the same documents."""
    docs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if len(doc.get("text") or "") >= min_chars:
                docs.append(doc)
                if limit and len(docs) >= limit:
                    break
    return docs


def measured_and_warm_up(path: Path, limit: int, warm_up: int) -> tuple[list[dict], list[dict]]:
    """The first `limit` articles to measure, and the `warm_up` articles after them to run first, outside the
    clock: lexicons and gazetteers load on first use and word caches fill, as in a worker that has run a while,
    without the measured articles themselves being seen twice. A corpus too small for both warms on the first."""
    docs = load_corpus(path, limit + warm_up)
    measured, warm = docs[:limit], docs[limit:]
    return measured, warm or measured[:1]


def reference_date(doc: dict) -> date | None:
    value = doc.get("published_at")
    return date.fromisoformat(value[:10]) if value else None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def write_report(name: str, report: dict, directory: Path = REPORTS) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.json"
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return path


def print_footer(report: dict, path: Path, width: int) -> None:
    """The lines every benchmark ends its table with: the load it ran under, where the report went, the JSON."""
    machine = report["machine"]
    print(f"{'load average':<{width}}{machine['load_average_start']} -> {machine['load_average_end']}")
    print(f"report: {path}")
    print(json.dumps(report))
