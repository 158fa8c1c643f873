"""The worker's result JSON (`worker.tasks.result_json`, orjson reading the models' fields) is byte for byte
what pydantic's dump gives: the engine's results, and one holding every optional field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson

from extractor import extract
from schemas import ExtractionResult
from worker.tasks import result_json

SEED = Path(__file__).parents[2] / "seeds"

EVERY_FIELD = {
    "document_id": "doc_1", "language": "en", "reference_date": "2024-02-15", "extractor_version": "t",
    "timings_ms": {"total": 1.25, "dates": 0.5},
    "text": "Ana Lima met Rui Costa in Porto on Monday. \u00abS\u00edm\u00bb",
    "entities": [{"id": "e1", "name": "Ana Lima", "type": "PERSON", "mentions": [{"start": 0, "end": 8,
                  "text": "Ana Lima"}], "roles": ["minister"], "affiliation": "e3"},
                 {"id": "e3", "name": "Porto", "type": "GPE", "mentions": [], "roles": [], "affiliation": None}],
    "dates": [{"id": "d1", "start": 35, "end": 41, "text": "Monday", "type": "DATE", "value": "2024-02-12",
               "granularity": "day", "resolved": {"start": "2024-02-12", "end": "2024-02-12"}, "confidence": 0.9}],
    "quotes": [{"id": "q1", "start": 44, "end": 47, "text": "S\u00edm", "speaker": {"entity_id": "e1",
                "name": "Ana Lima", "start": 0, "end": 8}, "cue": {"start": 0, "end": 3, "text": "Ana"},
                "statement_id": "s1", "confidence": 0.5}],
    "statements": [{"id": "s1", "speaker": None, "cue": {"start": 0, "end": 3, "text": "Ana"},
                    "content": {"start": 44, "end": 47, "text": "S\u00edm"}, "kind": "direct", "date_id": "d1",
                    "date_value": "2024-02-12", "quote_ids": ["q1"], "confidence": 1.0}],
    "meetings": [{"id": "m1", "participants": [{"entity_id": "e1", "name": "Ana Lima", "start": 0, "end": 8}],
                  "trigger": {"start": 9, "end": 12, "text": "met"}, "date_id": "d1", "date_value": "2024-02-12",
                  "location": {"name": "Porto", "entity_id": "e3", "start": 26, "end": 31},
                  "topic": None, "evidence": {"start": 0, "end": 42, "text": "Ana Lima met Rui Costa in Porto on "
                                                                             "Monday."}, "confidence": 0.75}],
}


def pydantic_json(result: ExtractionResult) -> bytes:
    return orjson.dumps(result.model_dump(mode="json"))


def test_a_result_with_every_field_serialises_as_pydantic_dumps_it() -> None:
    result = ExtractionResult.model_validate(EVERY_FIELD)
    assert result_json(result) == pydantic_json(result)
    assert orjson.loads(result_json(result)) == {"schema_version": "1", **EVERY_FIELD}


def test_the_engine_results_serialise_as_pydantic_dumps_them() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEED.glob("*.txt"))]
    texts.append('"The bridge will open in May," Transport Minister Lena Varga said on Tuesday. Varga met the '
                 "mayor of Szeged, Peter Kovacs, last week to discuss the budget.")
    for text in texts:
        result = extract(text, date(2024, 2, 15))
        result.text = text  # as the worker sets it for HTML and URL input
        assert result_json(result) == pydantic_json(result)
