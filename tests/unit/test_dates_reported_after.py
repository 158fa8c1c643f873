# ruff: noqa: E501  (one table row per line reads best)
"""A date between a reporting verb and the "that" of what it reports tells when the words were said: a modal in the
reported clause after it is not its tense ('told reporters on Saturday that he would'). Own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

TUE = date(1987, 10, 20)


def values(text: str, ref: date = TUE) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in find_dates(Document(text), ref, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said in a television interview on Sunday that the government would review the pact.", [("Sunday", "1987-10-18")]),
        ("The bank told shareholders on Friday that it will not pay a dividend.", [("Friday", "1987-10-16")]),
        # no reporting verb before the date: the modal after it still tells its time
        ("The board meets on Friday so that it will have the figures.", [("Friday", "1987-10-23")]),
    ],
)
def test_a_reported_clause_after_the_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
