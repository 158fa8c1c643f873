"""A verb's object may add what it includes between commas before the with-phrase that names the other side."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

CASES = [
    "Prime Minister Yasuhiro Nakasone will visit Washington on April 29 to discuss bilateral issues, including the "
    "trade imbalance, with President Reagan.",
    "Prime Minister Yasuhiro Nakasone will discuss bilateral issues, notably the trade imbalance, with President "
    "Reagan.",
]


@pytest.mark.parametrize("text", CASES)
def test_with_phrase_after_an_inclusion(text: str) -> None:
    assert meetings_of(text) == [("discuss", {"Yasuhiro Nakasone", "Reagan"})]
