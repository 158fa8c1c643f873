"""Property tests for the temporal tagger: spans reproduce the text, values are TIMEX3, nothing raises."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.dates import find_dates
from extractor.dates.timex import TIMEX_VALUE
from extractor.text import Document

# Sentences built from date-bearing fragments and filler, so that most examples contain expressions.
FRAGMENTS = [
    "on Friday", "last week", "this Thursday", "February 24, 2022", "24 Feb. 2022", "in March", "May",
    "the third quarter", "third-quarter", "a year ago", "two years earlier", "1996", "1939-1945", "the 1990s",
    "next month", "yesterday", "tonight", "at 5 p.m. EST", "the past two months", "for years", "daily",
    "every Monday", "this summer", "last fall", "now", "the future", "10-year", "$27", "50%", "we", "may",
    "march", "second", "between 2001 and 2009", "from March to May 2021", "earlier this month", "the weekend",
    "3/4/87", "2022-02-24", "early next year", "the year-ago quarter", "esta quinta-feira", "ontem", "hier",
]  # fmt: skip
FILLER = st.sampled_from(["the", "ministry", "said", ",", ".", "shares", "rose", "\n", "Moscow", "will", "was"])
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), FILLER), max_size=25).map(" ".join)
REFS = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.dates())
LANGS = st.sampled_from(["en", "pt", "es", "fr", "de"])


@settings(max_examples=300, deadline=None)
@given(TEXTS, REFS, LANGS)
def test_records_are_grounded_ordered_and_timex(text: str, ref: date | None, lang: str) -> None:
    records = find_dates(Document(text), ref, lang)
    assert [r.id for r in records] == [f"d{i}" for i in range(1, len(records) + 1)]
    previous_end = 0
    for r in records:
        assert text[r.start : r.end] == r.text
        assert r.start >= previous_end  # in text order, never overlapping
        previous_end = r.end
        assert TIMEX_VALUE.match(r.value), r.value
        assert 0.0 <= r.confidence <= 1.0
        if r.resolved is not None:
            assert r.resolved.start <= r.resolved.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), REFS, LANGS)
def test_arbitrary_text_never_raises(text: str, ref: date | None, lang: str) -> None:
    for r in find_dates(Document(text), ref, lang):
        assert text[r.start : r.end] == r.text
