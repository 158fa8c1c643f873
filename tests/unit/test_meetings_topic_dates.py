"""A date after an article modifies a noun of the topic: the topic goes on past it, and it is not the meeting's date."""

from __future__ import annotations

from datetime import date

from extractor.pipeline import extract


def test_article_date_inside_the_topic() -> None:
    text = ("If Paul Ryan and Barack Obama spoke about the year-end budget agreement needed to prevent a shutdown, "
            "neither side would say so.")
    (meeting,) = extract(text, date(2015, 12, 15)).meetings
    assert meeting.topic is not None
    assert meeting.topic.text == "the year-end budget agreement needed to prevent a shutdown"
    assert meeting.date_value is None


def test_a_date_after_the_topic_still_ends_it() -> None:
    text = "Paul Ryan and Barack Obama will discuss the budget on Wednesday."
    (meeting,) = extract(text, date(2015, 12, 15)).meetings
    assert meeting.topic is not None and meeting.topic.text == "the budget"
    assert meeting.date_value == "2015-12-16"
