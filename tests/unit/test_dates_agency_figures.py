"""Agency copy read in corpus articles (own sentences): fractions of years written with a hyphen, the week ended
yesterday, a time awaited, a newspaper called "the daily", the weekend just named, the second day of a range."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

REF = date(1987, 4, 2)  # a Thursday


def values(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in find_dates(Document(text), REF, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "4-1/2": a whole number and a half, not the "2" of the fraction
        ("Cocoa futures fell to 4-1/2 year lows.", [("4-1/2 year", "P4Y6M")]),
        ("Prices were the lowest for 5-1/2 years.", [("5-1/2 years", "P5Y6M")]),
        ("The bonds yield 11-1/2 pct.", []),
        ("Assets fell in the week ended yesterday.", [("the week", "1987-W14"), ("yesterday", "1987-04-01")]),
        # a time awaited lies ahead; a comparison or a plan of the past looks back
        ("A decision is expected in August, a spokesman said.", [("August", "1987-08")]),
        ("Profits were lower than expected in August.", [("August", "1986-08")]),
        ("The daily said prices rose.", []),
        ("Prices rose, the weekly said.", []),
        ("The daily limit was raised.", [("daily", "P1D")]),
        (
            "Ministers meet this weekend. He hoped for talks at the weekend meeting.",
            [("this weekend", "1987-W14-WE"), ("the weekend", "1987-W14-WE")],
        ),
        ("Shares fell. Over the weekend, talks failed.", [("the weekend", "1987-W13-WE")]),
        # a fiscal quarter by its name (TimeML), not the quarter the story reports
        (
            "Earnings rose in the second quarter. In the first fiscal quarter of 1987, it lost money.",
            [("the second quarter", "1987-Q2"), ("the first fiscal quarter", "1987-Q1"), ("1987", "1987")],
        ),
        ("Profits fell from the first quarter last year.", [("the first quarter last year", "1986-Q1")]),
        ("Net was 20 cts vs 15 cts in the prior first quarter.", [("the prior first quarter", "1986-Q1")]),
        # the second day of a range is a timex of its own, in the first day's month
        ("Lyng will visit Tokyo from April 16 to 27.", [("April 16", "1987-04-16"), ("27", "1987-04-27")]),
        ("The poll was conducted March 11-13, the paper said.", [("March 11", "1987-03-11"), ("13", "1987-03-13")]),
        ("Rates rose on April 16 to 27 pct.", [("April 16", "1987-04-16")]),
    ],
)
def test_agency_copy(text: str, expected: list) -> None:
    assert values(text) == expected
