"""Travel for talks: the one who arrives, departs or visits, named by the travel noun's of-phrase ("the arrival of X
for talks with Y"), is a side of the talks; a trip to a capital "to discuss" something is a visit with talks there."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

TRAVELLERS = [
    (
        "The tariff cut came two days before the scheduled arrival of Commerce Secretary Paul Hagen for talks with "
        "Trade Minister Kim Sung-ho.",
        {"Paul Hagen", "Kim Sung-ho"},
    ),
    (
        "Prices rose ahead of the visit of Finance Minister Pedro Alves to Bonn for talks with Chancellor Erich "
        "Brandt.",
        {"Pedro Alves", "Erich Brandt"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), TRAVELLERS)
def test_the_traveller_named_by_of_is_a_side(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


NO_MEETING = [
    # an of-phrase that names no traveller, and travel nouns whose of-phrase is not the one who goes to the talks
    "The arrival of spring brought new talks with Trade Minister Kim Sung-ho.",
    "The visit of the Pope overshadowed talks with Chancellor Erich Brandt on Monday.",
    # talks attended in a capital are held there, not with its government
    "Agriculture Minister Denis Kouame, chairman of the cocoa council, was expected to arrive in London on Monday to "
    "attend the talks.",
    # talks with people who do not stand for the state travelled to
    "Finance Minister Pedro Alves travelled to the United States for debt negotiations with creditors on Monday.",
]


def test_talks_with_government_officials_are_with_the_state_travelled_to() -> None:
    text = "Finance Minister Pedro Alves flew to Japan on Monday for talks with government officials."
    assert [p for _, p in meetings_of(text)] == [{"Pedro Alves", "Japan"}]


@pytest.mark.parametrize("text", NO_MEETING)
def test_no_traveller(text: str) -> None:
    assert meetings_of(text) == []


DISCUSS_TRIPS = [
    (
        "Energy Minister Pedro Alves, who arrived in Caracas last night to discuss an aid plan, did not comment.",
        {"Pedro Alves", "Venezuela"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), DISCUSS_TRIPS)
def test_a_trip_to_discuss(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a visit to a place whose purpose names whom the visitor meets: the purpose is the meeting
        ("Chancellor Erich Brandt visited Lisbon on Monday to discuss farm policy with Prime Minister Pedro Alves.",
         {"Erich Brandt", "Pedro Alves"}),
        # ... a purpose that names nobody to meet is none
        ("Envoy Pedro Alves will visit the big exporters - Canada, Chile and Peru - to talk to producers.", None),
    ],
)
def test_the_purpose_of_a_visit(text: str, parties: set[str] | None) -> None:
    assert [p for _, p in meetings_of(text)] == ([parties] if parties else [])


def test_who_after_a_title_apposition_is_the_person_it_describes() -> None:
    # "X, a senior adviser to Y, who visited ...": the relative clause hangs on X, not on the name inside the apposition
    text = ("Officials said the plan was handed to Paulo Reis, a senior adviser to President Jose Neves, who visited "
            "Portugal last week for official talks.")
    assert [p for _, p in meetings_of(text)] == [{"Paulo Reis", "Portugal"}]
