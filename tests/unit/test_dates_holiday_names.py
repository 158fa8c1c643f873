"""A holiday's name before a word for a thing names the thing, no day ('Christmas Island', 'Easter eggs'); before
other words it stays the day ('Christmas sales', 'Easter week'). Own sentences."""

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
