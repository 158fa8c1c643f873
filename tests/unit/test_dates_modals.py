# ruff: noqa: E501  (one table row per line reads best)
"""A modal of possibility before a weekday looks ahead ('could come Monday'); its negation, its perfect and a
'could' after the date look back ('could not be reached on Thursday', 'could have left Monday', 'fell on Monday,
for which it could give no reason'). Own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

FRI = date(1987, 4, 3)  # a Friday in April


def values(text: str, ref: date = FRI) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in find_dates(Document(text), ref, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A decision on the merger could come on Monday, a banker said.", [("Monday", "1987-04-06")]),
        ("The vote could be Tuesday at the earliest.", [("Tuesday", "1987-04-07")]),
        ("Output fell on Wednesday, for which the firm could give no reason.", [("Wednesday", "1987-04-01")]),
        ("Company officials could not be reached for comment on Thursday.", [("Thursday", "1987-04-02")]),
        ("Neither the owner nor his lawyer could be located on Thursday.", [("Thursday", "1987-04-02")]),
        ("The ship could have sailed on Monday, the port said.", [("Monday", "1987-03-30")]),
    ],
)
def test_a_modal_of_possibility(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
