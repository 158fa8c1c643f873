"""A meeting verb's on-phrase that is only a place's name says where the meeting was, not what it was about; so does
a venue's name after any trigger ("a meeting on Capitol Hill")."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.pipeline import extract

PLACES = [
    ("Suharto and Lee Kuan Yew agreed on the plan when they met on Bali last week.", "Bali"),
    ("Reagan and Gorbachev will meet on Malta in December.", "Malta"),
    ("George Shultz had a meeting on Capitol Hill with Robert Byrd on Tuesday.", "Capitol Hill"),
    ("Donald Trump met with Mitch McConnell and Paul Ryan on the Hill.", "the Hill"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_on_a_place_is_where(text: str, place: str) -> None:
    (meeting,) = extract(text, date(1987, 4, 7)).meetings
    assert meeting.location is not None and meeting.location.name == place
    assert meeting.topic is None


def test_talks_on_a_place_are_about_it() -> None:
    (meeting,) = extract("Greece and Turkey held talks on Cyprus.", date(1987, 4, 7)).meetings
    assert meeting.topic is not None and meeting.topic.text == "Cyprus"
