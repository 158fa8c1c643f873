"""People who take or leave an office at a meeting did not meet each other there; read through the whole engine."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

OFFICE_TAKEN = [
    # each leaves or takes the office there, on their own
    "Two members of the board, John Smith and Peter Brown, will retire at the meeting, the company said.",
    "John Smith and Peter Brown were elected to the board at the annual meeting on Friday.",
    # words of more of a thing are no occasion the clause is timed by
    "Follow John Smith or Peter Brown on Twitter for more of this discussion.",
]


@pytest.mark.parametrize("text", OFFICE_TAKEN)
def test_no_meeting_of_people_taking_office_there(text: str) -> None:
    assert meetings_of(text) == []


def test_a_word_of_office_before_a_name_describes_it() -> None:
    text = "Donald Trump and Mike Pence greet retired Marine General James Mattis for a meeting at the clubhouse."
    assert meetings_of(text) == [("meeting", {"Donald Trump", "Mike Pence", "James Mattis"})]
