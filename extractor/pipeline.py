"""The engine's entry points: text in, grounded ExtractionResult out (`extract`; `extract_many` for several
documents). Pure: no I/O, no clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from time import perf_counter
from typing import NamedTuple

from extractor.dates import find_dates
from extractor.entities import find_entities
from extractor.language import SUPPORTED, detect_language
from extractor.meetings import find_meetings
from extractor.meetings.places import cities
from extractor.speech import find_speech
from extractor.text import Document
from extractor.version import EXTRACTOR_VERSION
from schemas import ExtractionResult, trusted

# Touches every stage: names, a title, a place, an organisation, dates, a quote and a meeting.
_WARM_UP = ("Foreign Minister Anna Berg of Sweden met her Russian counterpart Sergei Lavrov in Vienna on "
            "Tuesday, February 13, 2024. \"Talks will resume next week,\" Berg told Reuters, adding that "
            "the United Nations had been informed since 1996.")


class _Stopwatch:
    """Milliseconds per stage of one document, reported in `timings_ms` and in the worker's metrics.

    `lap(stage)` charges the time since the previous lap to `stage`, so a stage that runs in pieces
    (the speech stage reads quotes, then statements) can split its time without nesting timers. `resume()` starts
    the clock again after other documents' work (`extract_many`), which is charged to none of this document's
    stages nor to its total.
    """

    __slots__ = ("_last", "_ms", "_total")

    def __init__(self) -> None:
        self._last = perf_counter()
        self._ms: dict[str, float] = {}
        self._total = 0.0

    def resume(self) -> None:
        self._last = perf_counter()

    def lap(self, stage: str) -> None:
        now = perf_counter()
        spent = (now - self._last) * 1000
        ms = self._ms
        ms[stage] = ms.get(stage, 0.0) + spent
        self._total += spent
        self._last = now

    def timings(self) -> dict[str, float]:
        out = {stage: round(ms, 3) for stage, ms in self._ms.items()}
        out["total"] = round(self._total + (perf_counter() - self._last) * 1000, 3)
        return out


# Documents a caller hands `extract_many` at once: its gain levels off from about 25 (the speed of 25 to 100 is
# within the noise, 10 at a time gains half as much) while a batch's documents wait for its last one.
BATCH_SIZE = 25


class Request(NamedTuple):
    """One document for `extract_many`: `extract`'s arguments."""

    text: str
    reference_date: date | None = None
    language: str | None = None
    document_id: str | None = None


class _Job:
    """A document on its way through the stages: what each stage found, for the stages after it."""

    __slots__ = ("request", "watch", "doc", "lang", "dates", "entities", "quotes", "statements", "meetings")

    def __init__(self, request: Request) -> None:
        self.request = request
        self.watch = _Stopwatch()

    def segment(self) -> None:
        self.doc = Document(self.request.text)
        self.lang = self.request.language or detect_language(self.request.text)
        self.watch.lap("text")

    def read_dates(self) -> None:
        self.dates = find_dates(self.doc, self.request.reference_date, self.lang)
        self.watch.lap("dates")

    def read_entities(self) -> None:
        self.entities = find_entities(self.doc, self.lang)
        self.watch.lap("entities")

    def read_speech(self) -> None:  # laps "quotes" and "statements"
        self.quotes, self.statements = find_speech(self.doc, self.entities, self.dates, self.lang, lap=self.watch.lap)

    def read_meetings(self) -> None:
        self.meetings = find_meetings(self.doc, self.entities, self.dates, self.lang)
        self.watch.lap("meetings")

    def result(self) -> ExtractionResult:
        entity_records = self.entities.records()
        self.watch.lap("records")
        ref = self.request.reference_date
        return trusted(ExtractionResult)(
            document_id=self.request.document_id,
            language=self.lang,
            reference_date=ref.isoformat() if ref else None,
            extractor_version=EXTRACTOR_VERSION,
            timings_ms=self.watch.timings(),
            entities=entity_records,
            dates=self.dates,
            quotes=self.quotes,
            statements=self.statements,
            meetings=self.meetings,
        )


_STAGES = (_Job.segment, _Job.read_dates, _Job.read_entities, _Job.read_speech, _Job.read_meetings)


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
    return extract_many([Request(text, reference_date, language, document_id)])[0]


def extract_many(requests: Sequence[Request]) -> list[ExtractionResult]:
    """`extract` of each document, stage by stage: a stage reads every document before the next stage starts.

    The records are those `extract` gives each document alone (a stage keeps nothing from one document to the
    next); only the order of the work changes. Each stage's code, patterns and word lists are then read again while
    the processor still holds them in its caches, where one document after another passes through all of them and
    evicts each stage's before it comes back: on the 2-core AMD EPYC VM, 20 to 100 corpus articles at a time cost
    12-19% less CPU a document than the same articles one by one. Each document's `timings_ms` counts its own work.
    A document that makes a stage raise ends the whole call, the others' records unreturned: a caller that must fail
    one document and keep the rest runs them again one by one to tell which (as the worker does with a run of a
    batch's documents: worker.tasks.run_outcomes).
    """
    jobs = [_Job(request) for request in requests]
    for stage in _STAGES:
        for job in jobs:
            job.watch.resume()
            stage(job)
    results = []
    for job in jobs:
        job.watch.resume()
        results.append(job.result())
    return results


def warm_up() -> None:
    """Read every lexicon, gazetteer and pattern the stages load lazily on first use, for every supported
    language. A worker calls it before forking its pool: the children share what was read (copy-on-write)
    instead of each reading it again, and no document pays the loading time (the city gazetteer alone,
    30,000 names, takes about half a second and is read only by the rare sentence about a visit)."""
    for language in SUPPORTED:
        extract(_WARM_UP, date(2024, 2, 15), language)
    cities()
