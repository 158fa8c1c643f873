"""Temporal expressions: found, typed and normalized to TIMEX3 values, resolved against the reference date.

`candidates` finds expressions with one compiled pattern per family (`grammar`, words from the
`dates_*` lexicons); the family handlers (`absolute`, `relative`, `amounts`) normalize them in text
order, so that a weekday or "the quarter" can lean on the time mentioned before it (`context`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from re import Match

from extractor.dates import absolute, amounts, candidates, clock_day, holidays, languages, quoted, relative, timex
from extractor.dates.anchor import Found, Norm
from extractor.dates.context import Anchors, Context
from extractor.text import Document
from schemas import DateRecord, DateType, trusted

Handler = Callable[[Context, Match[str]], Norm | None]

HANDLERS: dict[str, Handler] = {
    "month_day": absolute.month_day,
    "month_spelled_day": absolute.month_spelled_day,
    "second_day": absolute.second_day,
    "week_of": absolute.week_of,
    "day_month": absolute.month_day,
    "month_year": absolute.month_year,
    "month_range": absolute.month_range,
    "month": absolute.month,
    "iso": absolute.iso,
    "numeric": absolute.numeric,
    "year_range": absolute.year_range,
    "year": absolute.year,
    "decade": absolute.decade,
    "century": absolute.century,
    "quarter": absolute.quarter,
    "quarter_list": absolute.quarter_list,
    "two_quarters": absolute.two_quarters,
    "this_period": relative.this_period,
    "year_ago": relative.year_ago,
    "season": absolute.season,
    "rel_unit": relative.rel_unit,
    "ago": relative.ago,
    "ago_before": relative.ago,
    "duration": amounts.duration,
    "vague": amounts.vague,
    "day_word": relative.day_word,
    "part_of_day": relative.part_of_day,
    "weekday": relative.weekday,
    "nth_weekday": absolute.nth_weekday,
    "clock": absolute.clock,
    "clock24": absolute.clock,
    "noon": absolute.noon,
    "set": amounts.recurrence,
    "ref": relative.ref_word,
    "weekend": relative.weekend,
    "nth_day": relative.nth_day,
    "holiday": holidays.holiday,
    "spelled_year": absolute.spelled_year,
    "year_end": absolute.year_end,
    "day_after": relative.day_after,
    "period_edge": relative.period_edge,
    "long": amounts.long_adjective,
    "around_event": relative.around_event,
}

# the families of Portuguese, Spanish, French and German (`languages`) normalize as their English kin
HANDLERS.update(
    decade_ml=absolute.decade,
    century_ml=absolute.century,
    clock_ml=absolute.clock,
    numeric_ml=absolute.numeric,
    season_ml=absolute.season,
    weekday_set_ml=languages.weekday_set,
    quarter_ml=absolute.quarter_words,
    range_start_ml=absolute.range_start,
    day_of_month_ml=absolute.day_of_month,
)


# a record's type given as the member itself, which the record's constructor then need not look up by its value
_DATE_TYPES = {member.value: member for member in DateType}


def _first_normalized(
    ctx: Context, group: list[tuple[str, Match[str]]], free_from: int
) -> Found | None:
    """The best candidate of an overlapping group that yields a value (a shorter reading stands in when
    the longest cannot be normalized: "ended a year-long strike")."""
    for family, m in group:
        if m.start() < free_from:
            continue
        try:
            norm = HANDLERS[family](ctx, m)
        except (ValueError, OverflowError):
            continue  # calendar arithmetic past year 1 or 9999: no value to give
        if norm is not None and not timex.before_year_one(norm.value):
            start = m.start() if norm.start is None else norm.start
            return start, m.end() if norm.end is None else norm.end, norm
    return None


def find_dates(doc: Document, reference_date: date | None, language: str) -> list[DateRecord]:
    lang = language if language in ("en", "pt", "es", "fr", "de") else "en"
    ctx = Context(doc=doc, ref=reference_date, lang=lang, anchors=Anchors())
    text = doc.text
    found: list[Found] = []
    for group in candidates.find(text, lang):
        hit = _first_normalized(ctx, group, found[-1][1] if found else 0)
        if hit is not None:
            found.append(hit)
    found = clock_day.take_days_after(text, found)
    if reference_date is not None:
        found = quoted.count_from_speech_day(doc, reference_date, found)
    return [
        trusted(DateRecord)(
            id=f"d{i}",
            start=start,
            end=end,
            text=text[start:end],
            type=_DATE_TYPES[norm.type],
            value=norm.value,
            granularity=timex.granularity(norm.value),
            resolved=timex.resolve(norm.value),
            confidence=norm.confidence,
        )
        for i, (start, end, norm) in enumerate(found, 1)
    ]
