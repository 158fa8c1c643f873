"""Export the public models as JSON Schema files (`recordsmith schemas export`)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from schemas.api import BatchRequest, BatchResponse, Job, Problem, RecordPage, SubmitRequest, SubmitResponse
from schemas.records import ExtractionResult

EXPORTED: dict[str, type[BaseModel]] = {
    "extraction-result": ExtractionResult,
    "submit-request": SubmitRequest,
    "submit-response": SubmitResponse,
    "job": Job,
    "problem": Problem,
    "batch-request": BatchRequest,
    "batch-response": BatchResponse,
    "record-page": RecordPage,
}
JSON_DIR = Path(__file__).parent / "json"


def render(name: str) -> str:
    """The schema file's exact text, so that a drift test can compare bytes."""
    schema = EXPORTED[name].model_json_schema()
    schema["$id"] = f"https://recordsmith.dev/schemas/{name}.schema.json"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def export(directory: Path = JSON_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in EXPORTED:
        path = directory / f"{name}.schema.json"
        path.write_text(render(name), encoding="utf-8")
        written.append(path)
    return written
