"""A side named by no name leaves no meeting: not the name of a clause inside it, nor the clause's subject."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

UNNAMED = [
    # the relative clause hangs on no name; "they" inside it is not the subject of "held"
    "Striking Brazilian seamen, who say they have made idle 158 ships, today held pay talks in Rio de Janeiro with "
    "Labour Minister Almir Pazzianotto.",
    # the meeting noun's owner is the side, whoever the clause's subject is
    "United Auto Workers vice president Marc Stepp said he will meet with reporters this afternoon on the union's "
    "negotiations with American Motors Corp.",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_unnamed_side_no_meeting(text: str) -> None:
    assert meetings_of(text) == []


NAMED = [
    ("Chancellor Angela Merkel, whom Obama praised, met Putin on Monday.", "met", {"Angela Merkel", "Putin"}),
    ("Japan said its talks with the United States went well.", "talks", {"Japan", "United States"}),
]


@pytest.mark.parametrize(("text", "trigger", "parties"), NAMED)
def test_named_side_still_meets(text: str, trigger: str, parties: set[str]) -> None:
    assert meetings_of(text) == [(trigger, parties)]
