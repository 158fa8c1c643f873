"""Temporal tagger: small precision rules found on the TimeBank error classes (issue #3)."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

REF = date(1998, 4, 18)


def values(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in find_dates(Document(text), REF, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "The two firms set up a joint venture called Orion 1980, which makes pumps.",
        "The program, dubbed Vision 2000, was unveiled by the ministry.",
        "A fund named Growth Partners 1990 bought the stake.",
    ],
)
def test_year_closing_a_given_name_is_no_date(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks were called off in 1987.", [("1987", "1987")]),
        ("A man named Smith was hired in 1995.", [("1995", "1995")]),
        ("He was named chairman in May 1996.", [("May 1996", "1996-05")]),
    ],
)
def test_years_after_naming_verbs_stay_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rights let holders buy shares at half the then current market price.",
        "They agreed to hold currencies around their then-current levels.",
    ],
)
def test_then_current_is_a_past_time(text: str) -> None:
    found = values(text)
    assert len(found) == 1 and found[0][0].lower().startswith("then") and found[0][1] == "PAST_REF", found


@pytest.mark.parametrize(
    "text",
    [
        "The current price is high.",
        "Since then current prices have risen.",
        "Prices fell and then current sales slowed.",
    ],
)
def test_current_without_a_past_then_stays_present(text: str) -> None:
    assert values(text) == [("current", "PRESENT_REF")]


MARCH = date(1998, 3, 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two helicopters crashed last February.", "1997-02"),  # written in March: 'last month' would be February
        ("Sales were up from 40,000 the previous February.", "1997-02"),
        ("Stocks stand at 500,000 tonnes against 800,000 last March.", "1997-03"),  # written in March
        ("The bill was introduced last February 19.", "1998-02"),  # a day follows: the February just gone
        ("Prices rose in February.", "1998-02"),
        ("The plant closed last January.", "1998-01"),
    ],
)
def test_last_month_name_of_the_month_just_gone_is_a_year_back(text: str, value: str) -> None:
    found = [(r.text, r.value) for r in find_dates(Document(text), MARCH, "en")]
    assert [v for _, v in found] == [value], found
