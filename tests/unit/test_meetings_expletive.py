"""An "it" that holds the place of a clause ("It is doubtful that the talks with China ...") is nobody who talks."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

EXPLETIVE = [
    'The Soviet Union spoke on Monday. "It is also doubtful that the talks with China and Iraq will succeed," he said.',
    "The Soviet Union spoke on Monday. It is likely that talks with China will resume soon.",
]


@pytest.mark.parametrize("text", EXPLETIVE)
def test_an_expletive_it_is_no_side(text: str) -> None:
    assert meetings_of(text) == []


def test_a_subject_it_still_is() -> None:
    text = "The Soviet Union spoke on Monday. It said that talks with China will resume soon."
    assert meetings_of(text) == [("talks", {"Soviet Union", "China"})]
