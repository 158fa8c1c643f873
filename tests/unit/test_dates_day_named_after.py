# ruff: noqa: E501  (one table row per line reads best)
"""Days counted from another day than the reference date: a clock time on the day named right after it, and the
day words of a direct quote counted from the day its reporting clause names (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

REF = date(1987, 3, 2)  # a Monday


def values(text: str, ref: date | None = REF) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in find_dates(Document(text), ref, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks will resume at 10 a.m. on Thursday.",
            [("10 a.m.", "1987-03-05T10:00"), ("Thursday", "1987-03-05")],
        ),
        (
            "Trading will halt at 10:00 GMT Friday, the exchange said.",
            [("10:00 GMT", "1987-03-06T10:00"), ("Friday", "1987-03-06")],
        ),
        ("The vote is set for 10 a.m. tomorrow.", [("10 a.m.", "1987-03-03T10:00"), ("tomorrow", "1987-03-03")]),
        (
            "Talks run from 9 a.m. to noon on March 12.",
            [("9 a.m.", "1987-03-12T09:00"), ("noon", "1987-03-12T12:00"), ("March 12", "1987-03-12")],
        ),
        (
            "Talks resume at 10 a.m. (1500 GMT) on Thursday.",
            [("10 a.m.", "1987-03-05T10:00"), ("Thursday", "1987-03-05")],
        ),
        # a clock time with no day after it stays on the reference date; a day before it is its day already
        ("The market closed at 4 p.m., dealers said.", [("4 p.m.", "1987-03-02T16:00")]),
        ("The vote is on Thursday at 10 a.m.", [("Thursday", "1987-03-05"), ("10 a.m.", "1987-03-05T10:00")]),
    ],
)
def test_a_clock_time_takes_the_day_named_after_it(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Smith said on Tuesday: "We will sign the deal tomorrow."',
            [("Tuesday", "1987-02-24"), ("tomorrow", "1987-02-25")],
        ),
        (
            '"We will sign the deal tomorrow," Smith said on Tuesday.',
            [("tomorrow", "1987-02-25"), ("Tuesday", "1987-02-24")],
        ),
        ('The minister said yesterday: "The talks end today."', [("yesterday", "1987-03-01"), ("today", "1987-03-01")]),
        (
            '"We meet at 10 a.m. tomorrow," Smith told reporters on Friday.',
            [("10 a.m.", "1987-02-28T10:00"), ("tomorrow", "1987-02-28"), ("Friday", "1987-02-27")],
        ),
    ],
)
def test_day_words_of_a_quote_count_from_the_day_it_was_spoken(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paraphrase is the writer's: counted from the day of writing
        (
            "Jones told reporters on Friday that the bank would cut rates tomorrow.",
            [("Friday", "1987-02-27"), ("tomorrow", "1987-03-03")],
        ),
        # a day in a clause of its own is no day of the speech
        (
            '"We will sign the deal tomorrow," Smith said, adding that talks began on Tuesday.',
            [("tomorrow", "1987-03-03"), ("Tuesday", "1987-02-24")],
        ),
        (
            'Smith, who resigned on Tuesday, said: "We sign today."',
            [("Tuesday", "1987-02-24"), ("today", "1987-03-02")],
        ),
        # a quote said on the day of writing
        ('Smith said today: "We will sign tomorrow."', [("today", "1987-03-02"), ("tomorrow", "1987-03-03")]),
    ],
)
def test_day_words_counted_from_the_day_of_writing(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote's "tomorrow" does not make the reporting clause's Friday ahead, nor its "said" the quote's Friday past
        (
            '"We meet at 10 a.m. tomorrow," Smith told reporters on Friday.',
            [("10 a.m.", "1987-02-28T10:00"), ("tomorrow", "1987-02-28"), ("Friday", "1987-02-27")],
        ),
        ('"There is an election on Tuesday," she said in her office.', [("Tuesday", "1987-03-03")]),
        ('Smith said at a town hall on Friday, "we would lose the vote."', [("Friday", "1987-02-27")]),
        # a title in quotes between the day and the verb is no quote's edge
        ('Friday on CBS\'s "Face the Nation," Smith told the host he had quit.', [("Friday", "1987-02-27")]),
    ],
)
def test_a_quote_s_edge_parts_the_tense_of_its_words_and_of_its_reporting_clause(text: str, expected: list) -> None:
    assert values(text) == expected
