"""A coordinated subject whose second side is a description with the name in apposition: "X and his West German
counterpart, Y, met", "X and the head of Mexico's central bank, Y, met": Y is a side, the description's own names
(Mexico) are not."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

APPOSED = [
    (
        "Treasury Secretary Paul Hagen and his Danish counterpart, Erich Brandt, met on Monday.",
        {"Paul Hagen", "Erich Brandt"},
    ),
    (
        "Central bank president Leonel Ortega and the head of Mexico's central bank, Miguel Sandoval, met in Mexico "
        "City.",
        {"Leonel Ortega", "Miguel Sandoval"},
    ),
    (
        "Trade Minister Arne Olsen and the Swedish trade minister, Bent Holm, will hold talks in Oslo.",
        {"Arne Olsen", "Bent Holm"},
    ),
    # the other side named by its part in a visit
    (
        "Chancellor Greta Lindqvist and her host, Polish President Marek Zielinski, held talks in Warsaw on Friday.",
        {"Greta Lindqvist", "Marek Zielinski"},
    ),
    (
        "Prime Minister Arne Olsen and his guest, Icelandic Foreign Minister Jon Einarsson, met in Oslo.",
        {"Arne Olsen", "Jon Einarsson"},
    ),
    # the comma closing the apposition left out
    (
        "Last week, central bank president Leonel Ortega and the head of the central bank of Mexico, Miguel Sandoval "
        "met in Mexico City in private talks.",
        {"Leonel Ortega", "Miguel Sandoval"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), APPOSED)
def test_the_name_in_apposition_is_a_side(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


NO_MEETING = [
    # the apposition is no name, or no title introduces it
    "Treasury Secretary Paul Hagen and his wife, who was ill, met on Monday.",
    "Treasury Secretary Paul Hagen and the committee, Erich Brandt said, met on Monday.",
]


@pytest.mark.parametrize("text", NO_MEETING)
def test_no_apposed_side(text: str) -> None:
    assert meetings_of(text) == []
