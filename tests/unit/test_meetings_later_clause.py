"""A subordinate clause after the meeting's own ("met Bush on Monday after U.S. forces raided a platform in the
Gulf") gives the meeting no place or topic."""

from __future__ import annotations

from extractor.pipeline import extract


def test_a_place_in_a_later_clause_is_not_the_meetings() -> None:
    text = (
        "Crown Prince Abdullah met for an hour with Vice President George Bush on Monday after U.S. naval forces "
        "destroyed an Iranian oil platform in the Gulf."
    )
    [meeting] = extract(text).meetings
    assert meeting.location is None


def test_a_topic_in_a_later_clause_is_not_the_meetings() -> None:
    text = (
        "PaineWebber met Edelman Group in November and continued to meet with them until a couple of days before "
        "Edelman Group went public with their intention to take over the company."
    )
    assert all(m.topic is None for m in extract(text).meetings)


def test_a_date_after_before_is_still_read() -> None:
    text = "George Shultz will meet Eduard Shevardnadze in Geneva before March 31."
    [meeting] = extract(text, None).meetings
    assert meeting.location is not None and meeting.location.name == "Geneva"

