"""A predicate after "but" is set against the meeting's: what it discusses is no topic of the meeting."""

from __future__ import annotations

from extractor.pipeline import extract


def test_topic_stops_at_but() -> None:
    text = ("Trade Representative Clayton Yeutter said he will meet Foreign Minister Tadashi Kuranari next week but "
            "declined to discuss methods of relieving the strain between the two countries.")
    (meeting,) = extract(text).meetings
    assert meeting.topic is None


def test_topic_before_but_stays() -> None:
    text = "Clayton Yeutter met Tadashi Kuranari on Monday to discuss rice imports but reached no agreement."
    (meeting,) = extract(text).meetings
    assert meeting.topic is not None and meeting.topic.text == "rice imports"
