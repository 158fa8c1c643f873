"""'X and his wife, Y, met Z': a person's noun describes the name in apposition as a title does, and the subject
coordinated before it may be a pronoun."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

CASES = [
    ("Senator Robert Dole and his wife, Transportation Secretary Elizabeth Hanford, met with President Reagan.",
     {"Robert Dole", "Elizabeth Hanford", "Reagan"}),
    ("Senator Robert Dole spoke on Monday. He told reporters after he and his wife, Elizabeth Hanford, had met with "
     "President Reagan.", {"Robert Dole", "Elizabeth Hanford", "Reagan"}),
    ("Foreign Minister Sergei Lavrov spoke on Monday. He and his Danish counterpart, Kristian Jensen, met with "
     "President Reagan.", {"Sergei Lavrov", "Kristian Jensen", "Reagan"}),
]


@pytest.mark.parametrize(("text", "parties"), CASES)
def test_both_coordinated_sides_meet(text: str, parties: set[str]) -> None:
    assert meetings_of(text) == [("met", parties)]
