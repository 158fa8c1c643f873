# ruff: noqa: E501  (one table row per line reads best)
"""A holiday's name before a word for a thing names the thing, no day ('Christmas Island', 'Easter eggs'); before
other words it stays the day ('Christmas sales', 'Easter week'). 'Daily' after a paper's name is the paper ('the
Handelsblatt daily that'); an index level is no year ('fell 508 points to 1738'). Own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

REF = date(1987, 10, 20)


def values(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in find_dates(Document(text), REF, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rigs were lit up like Christmas trees.", []),
        ("Phosphate from Christmas Island was shipped.", []),
        ("Sales of Easter eggs fell.", []),
        ("Christmas sales rose.", [("Christmas", "1987-12-25")]),
        ("Shops closed in Easter week.", [("Easter week", "1987-W16")]),
    ],
)
def test_a_holiday_naming_a_thing(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    ["He cited a report in the Handelsblatt daily that Ford might pull out.", "The Kuwait daily al-Qabas said output rose.", "The Frankfurter Rundschau daily, quoting officials, said so."],
)
def test_a_named_daily_is_a_paper(text: str) -> None:
    assert values(text) == []


def test_a_daily_after_a_name_in_another_sense_stays_a_recurrence() -> None:
    assert values("The House of Commons daily question time was cut.") == [("daily", "P1D")]


def test_a_month_before_monthly_is_no_paper() -> None:
    assert values("Forecasts vary for the February monthly U.S. budget deficit.") == [("February", "1987-02"), ("monthly", "P1M")]


@pytest.mark.parametrize(
    "text",
    ["The index fell 508 points to 1738 in heavy trading.", "It recovered 102 points to a preliminary closing figure of 1841.", "The average was up almost 115 points at 1854."],
)
def test_an_index_level_is_no_year(text: str) -> None:
    assert values(text) == []
