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
