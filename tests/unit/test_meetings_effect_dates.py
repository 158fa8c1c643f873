"""The date on which something the meeting is about takes effect or runs out is not the meeting's date."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.pipeline import extract

REF = date(1987, 4, 7)

CASES = [
    ("A senior Japanese trade official met U.S. negotiators to head off new tariffs set to go into effect on April 17.",
     None),
    ("Japan and the United States will hold talks before the pact expires on March 31.", None),
    # the meeting's own date before the thing's still counts
    ("Japan and the United States will hold talks on Friday before the pact expires on March 31.", "1987-04-10"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_effect_date_is_not_the_meetings(text: str, value: str | None) -> None:
    (meeting,) = extract(text, REF).meetings
    assert meeting.date_value == value
