# ruff: noqa: E501  (one table row per line reads best)
"""Which year a month written without one lands in, when a year was written nearby: "last August" after a year
named for something else, "the same month last year", a range of years a plan begins in (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

APR = date(1987, 4, 6)


def values(text: str, ref: date) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in find_dates(Document(text), ref, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last"/"next" count from the time of writing, not from a year just named
        ("The first exchange since 1949 opened last August in Harbin.", [("1949", "1949"), ("last August", "1986-08")]),
        ("The fund, set up in 1982, will float next March.", [("1982", "1982"), ("next March", "1988-03")]),
        # "last year" after "the same month" is the year before the time of writing, whatever month was named before
        ("Output was 9,000 in March 1986. It was 10,000 last month, up from 8,000 in the same month last year.", [("March 1986", "1986-03"), ("last month", "1987-03"), ("the same month last year", "1986-03")]),
        # a range of years begins in its first year
        ("Funds will back the 1987-1992 development plan, which begins in July.", [("1987-1992", "1987/1992"), ("July", "1987-07")]),
    ],
)
def test_year_of_a_month_near_another_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of months closed by a year: each of them is of that year, or of the one before across a turn of the calendar
        ("Output rose in April and May 1986.", [("April", "1986-04"), ("May 1986", "1986-05")]),
        ("The record was matched in April, August and December last year.", [("April", "1986-04"), ("August", "1986-08"), ("December last year", "1986-12")]),
        ("Shipments in November/January 1987 were high.", [("November", "1986-11"), ("January 1987", "1987-01")]),
        # months joined by "and" go on into the next year only in a short run
        ("Sales will be for April/May and April/June shipment.", [("April", "1987-04"), ("May", "1987-05"), ("April", "1987-04"), ("June", "1987-06")]),
        ("The jobless rate in February and January was 6.7 pct.", [("February", "1987-02"), ("January", "1987-01")]),
        ("Shipments in November, December and January were high.", [("November", "1986-11"), ("December", "1986-12"), ("January", "1987-01")]),
    ],
)
def test_year_of_a_month_in_a_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, APR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a futures contract named by its month lies ahead: "near July", "new crop December"
        ("Near July traded at its session low of 1,300 stg.", [("July", "1987-07")]),
        ("A local house bought new crop December, brokers said.", [("December", "1987-12")]),
        # a deadline at the end of a month lies ahead
        ("The group has asked for the capital increase by end July, its chairman said.", [("July", "1987-07")]),
    ],
)
def test_months_that_lie_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, date(1987, 3, 31)) == expected
