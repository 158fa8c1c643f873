"""A reported clause with a subject of its own that no name gives ("X said the company held talks with Y") does not
take the speaker as that side: the speaker only reports the meeting."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

DESCRIBED = [
    "Rand Mines spokesman Peter Olsen said the company held talks with the Mineworkers Union on Tuesday.",
    "Mark Ellison said the union has also begun talks with Ford Motor Co about a new contract.",
    "In Madrid, Carlos Ferrer said his company had raised prices following talks with Minas de Almaden.",
    "Peter Olsen said that the bank would negotiate with Brazil on the loans.",
]


SPEAKERS = {"Peter Olsen", "Mark Ellison", "Carlos Ferrer"}


@pytest.mark.parametrize("text", DESCRIBED)
def test_the_speaker_is_not_the_described_subject(text: str) -> None:
    assert not any(parties & SPEAKERS for _, parties in meetings_of(text))


KEPT = [
    # the speaker after a meeting of his own: the adjunct has no subject ("said after talks with")
    ("Belgian Foreign Minister Leo Tindemans said after talks with King Hussein that Syria was flexible.",
     {"Leo Tindemans", "Hussein"}),
    # the meeting noun is the subject itself: whose talks the sentence does not say otherwise
    ("Peter Olsen said the talks with Ford Motor Co were useful.", {"Peter Olsen", "Ford Motor"}),
]


@pytest.mark.parametrize(("text", "parties"), KEPT)
def test_the_speaker_still_is_a_side_without_a_subject(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


SPOKEN_FOR = [
    # the speaker's own company
    ("USX Corp chairman David Roderick said the company had ended talks with British Petroleum Co about the sale.",
     {"USX", "British Petroleum"}),
    # the body that speaks
    ("Anglo American Corp said on Monday that the company held talks with the Mineworkers Union.",
     {"Anglo American", "Mineworkers Union"}),
]


@pytest.mark.parametrize(("text", "parties"), SPOKEN_FOR)
def test_the_body_the_speaker_stands_for_is_the_side(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]
