"""The engine's one entry point: text in, grounded ExtractionResult out. Pure: no I/O, no clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from extractor.dates import find_dates
from extractor.entities import find_entities
from extractor.language import detect_language
from extractor.meetings import find_meetings
from extractor.speech import find_speech
from extractor.text import Document
from extractor.version import EXTRACTOR_VERSION
from schemas import ExtractionResult

T = TypeVar("T")


class _Stopwatch:
    """Milliseconds per stage, reported in `timings_ms` and in the worker's metrics."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    def run(self, stage: str, fn: Callable[[], T]) -> T:
        t0 = time.perf_counter()
        out = fn()
        self.timings[stage] = round((time.perf_counter() - t0) * 1000, 3)
        return out


def extract(
    text: str,
    reference_date: date | None = None,
    language: str | None = None,
    document_id: str | None = None,
) -> ExtractionResult:
    """Extract entities, dates, quotes, statements and meetings from `text`.

    `reference_date` is the publication date that relative dates resolve against; without it they
    keep unresolved TIMEX3 values. `language` (ISO 639-1) is guessed from the text when absent.
    """
    watch = _Stopwatch()
    t0 = time.perf_counter()
    doc = watch.run("text", lambda: Document(text))
    lang = language or detect_language(text)
    dates = watch.run("dates", lambda: find_dates(doc, reference_date, lang))
    entities = watch.run("entities", lambda: find_entities(doc, lang))
    quotes, statements = watch.run("speech", lambda: find_speech(doc, entities, dates, lang))
    meetings = watch.run("meetings", lambda: find_meetings(doc, entities, dates, lang))
    watch.timings["total"] = round((time.perf_counter() - t0) * 1000, 3)
    return ExtractionResult(
        document_id=document_id,
        language=lang,
        reference_date=reference_date.isoformat() if reference_date else None,
        extractor_version=EXTRACTOR_VERSION,
        timings_ms=watch.timings,
        entities=entities.records(),
        dates=dates,
        quotes=quotes,
        statements=statements,
        meetings=meetings,
    )
