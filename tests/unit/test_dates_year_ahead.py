# ruff: noqa: E501  (one table row per line reads best)
"""A year still ahead, named before a month in a clause that looks back, is another clause's: the month is the one
gone by ('the plan to end subsidies by the year 2000, proposed at GATT in July'). Own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

REF = date(1987, 10, 19)


def values(text: str, ref: date = REF) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in find_dates(Document(text), ref, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers called the plan to end farm subsidies by the year 2000, tabled at the talks in July, a serious one.", [("the year 2000", "2000"), ("July", "1987-07")]),
        ("The government announced export taxes for the 1987/88 season in July.", [("1987/88", "1987/1988"), ("July", "1987-07")]),
        # the year still governs a month the clause looks ahead to
        ("The 1988 budget will take effect in January.", [("1988", "1988"), ("January", "1988-01")]),
    ],
)
def test_a_year_ahead_in_a_clause_looking_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first jet is due in April 1989, the others arriving in May and June of that year, he said.", [("April 1989", "1989-04"), ("May", "1989-05"), ("June", "1989-06"), ("that year", "1989")]),
        ("Output in the 1987/88 crop year ending August has been set at 1.6 mln tonnes.", [("1987/88", "1987/1988"), ("August", "1988-08")]),
    ],
)
def test_a_year_ahead_still_holds_its_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, date(1987, 4, 2)) == expected
