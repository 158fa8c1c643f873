"""The engine's one entry point: text in, grounded ExtractionResult out. Pure: no I/O, no clock."""

from __future__ import annotations

from datetime import date
from time import perf_counter

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
    """Milliseconds per stage, reported in `timings_ms` and in the worker's metrics.

    `lap(stage)` charges the time since the previous lap to `stage`, so a stage that runs in pieces
    (the speech stage reads quotes, then statements) can split its time without nesting timers.
    """

    __slots__ = ("_t0", "_last", "_ms")

    def __init__(self) -> None:
        self._t0 = self._last = perf_counter()
        self._ms: dict[str, float] = {}

    def lap(self, stage: str) -> None:
        now = perf_counter()
        ms = self._ms
        ms[stage] = ms.get(stage, 0.0) + (now - self._last) * 1000
        self._last = now

    def timings(self) -> dict[str, float]:
        out = {stage: round(ms, 3) for stage, ms in self._ms.items()}
        out["total"] = round((perf_counter() - self._t0) * 1000, 3)
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
    doc = Document(text)
    lang = language or detect_language(text)
    watch.lap("text")
    dates = find_dates(doc, reference_date, lang)
    watch.lap("dates")
    entities = find_entities(doc, lang)
    watch.lap("entities")
    quotes, statements = find_speech(doc, entities, dates, lang, lap=watch.lap)  # laps "quotes", "statements"
    meetings = find_meetings(doc, entities, dates, lang)
    watch.lap("meetings")
    entity_records = entities.records()
    watch.lap("records")
    return trusted(ExtractionResult)(
        document_id=document_id,
        language=lang,
        reference_date=reference_date.isoformat() if reference_date else None,
        extractor_version=EXTRACTOR_VERSION,
        timings_ms=watch.timings(),
        entities=entity_records,
        dates=dates,
        quotes=quotes,
        statements=statements,
        meetings=meetings,
    )


def warm_up() -> None:
    """Read every lexicon, gazetteer and pattern the stages load lazily on first use, for every supported
    language. A worker calls it before forking its pool: the children share what was read (copy-on-write)
    instead of each reading it again, and no document pays the loading time (the city gazetteer alone,
    30,000 names, takes about half a second and is read only by the rare sentence about a visit)."""
    for language in SUPPORTED:
        extract(_WARM_UP, date(2024, 2, 15), language)
    cities()
