"""Groups that never stand for a state ("businessmen", "business leaders", "executives") are no side of the state
their nationality adjective names: "talks with Brazilian business leaders" are no talks with Brazil. Officials are,
and a company before such a group is its side."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

NO_STATE = [
    "President Jose Ribeiro held private talks with Brazilian business leaders worried about the recession.",
    "President Daniel Okoth told a conference of American businessmen in Nairobi that debt payments would resume.",
    "Finance Minister Pedro Alves met Japanese executives in Tokyo on Monday.",
]


@pytest.mark.parametrize("text", NO_STATE)
def test_a_private_group_is_no_state(text: str) -> None:
    assert meetings_of(text) == []


SIDES = [
    ("Finance Minister Pedro Alves met Japanese officials in Tokyo on Monday.", {"Pedro Alves", "Japan"}),
    ("Finance Minister Pedro Alves met Citibank executives in New York on Monday.", {"Pedro Alves", "Citibank"}),
]


@pytest.mark.parametrize(("text", "parties"), SIDES)
def test_officials_and_companies_stay_sides(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


ADJECTIVES = [
    # a nationality word before a common noun that is no group of the state: no side
    "Japanese firms plan to buy more coal and hold another round of talks with Gregg River Coal Ltd in late May.",
    "Italian companies held talks with Gregg River Coal Ltd in Rome on Monday.",
]


@pytest.mark.parametrize("text", ADJECTIVES)
def test_a_nationality_before_a_common_noun_is_no_side(text: str) -> None:
    assert meetings_of(text) == []


STATE_GROUPS = [
    # ... but a group of the state after modifiers, or modifiers of the meeting noun itself, keep the state a side
    (
        "A Ugandan goodwill mission led by Minister Balaki Kirya will visit Kenya tomorrow for talks on trade.",
        {"Uganda", "Kenya"},
    ),
    ("Canadian and Egyptian wheat negotiators failed to agree during talks in Cairo.", {"Canada", "Egypt"}),
    ("The U.S. and Japanese trade talks will not delay the tariffs, officials said.", {"United States", "Japan"}),
]


@pytest.mark.parametrize(("text", "parties"), STATE_GROUPS)
def test_groups_of_the_state_stay_sides(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]
