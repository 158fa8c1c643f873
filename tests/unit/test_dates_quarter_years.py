# ruff: noqa: E501  (one table row per line reads best)
"""Which year a quarter named without one is of, written early in the year: this year's unless the sentence looks
back, a past year of another clause left aside (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

END_OF_MARCH = date(1987, 3, 31)


def values(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in find_dates(Document(text), END_OF_MARCH, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter not begun yet, whose namesake of last year is long over: this year's unless the sentence looks back
        ("He expects a slowdown in the second quarter.", [("the second quarter", "1987-Q2")]),
        ("The firm sees a loss in the third quarter compared to a profit in the first quarter.", [("the third quarter", "1987-Q3"), ("the first quarter", "1987-Q1")]),
        ("Sales rose 5 pct in the second quarter.", [("the second quarter", "1986-Q2")]),
        # a number after "to" makes no infinitive looking ahead
        ("Net was cut by losses equal to six cts a share in the second quarter.", [("the second quarter", "1986-Q2")]),
        # a past year of another clause does not give its year to a quarter the sentence looks ahead to
        ("The easing, begun with four rate cuts in 1986, will likely end with a final rate drop in the second quarter.", [("1986", "1986"), ("the second quarter", "1987-Q2")]),
    ],
)
def test_year_of_a_quarter(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
