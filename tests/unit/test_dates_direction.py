# ruff: noqa: E501  (one table row per line reads best)
"""Which way a weekday or a month points from the reference date: "since", a day put off to, the second day of
a pair, and the cues of tense around them (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

FRI = date(1987, 4, 3)  # a Friday in April


def values(text: str, ref: date = FRI) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in find_dates(Document(text), ref, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" counts from a time gone by, whatever the tense; not the "since" of a reason
        ("The panel, meeting since Monday, will vote today.", [("Monday", "1987-03-30"), ("today", "1987-04-03")]),
        ("Shares fell after the bank said since reporting on Thursday that it would post a loss.", [("Thursday", "1987-04-02")]),
        ("Prices will be the highest since May.", [("May", "1986-05")]),
        ("Sales may slow since Easter falls late in April.", [("Easter", "1987-04-19"), ("April", "1987-04")]),
        # a day something is put off to lies ahead
        ("Acme extended the deadline on its offer to Monday.", [("Monday", "1987-04-06")]),
        # the second day of a pair goes on from the first, past the reference date's own weekday
        ("Talks at a senior level are scheduled for Thursday and Friday.", [("Thursday", "1987-04-09"), ("Friday", "1987-04-10")]),
        ("Rain fell on Thursday and Friday.", [("Thursday", "1987-04-02"), ("Friday", "1987-04-03")]),
    ],
)
def test_direction_from_the_words_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reporting verb joined by "but"/"and" after the date's clause tells when the words were said, not the date's time
        ("Officials said the cabinet would weigh its options at a meeting on Thursday, but added that no decisions were expected.", [("Thursday", "1987-04-09")]),
        # "the first to" looks back at who did it first
        ("Acme was the first to raise its rate on Tuesday.", [("Tuesday", "1987-03-31")]),
        # the infinitive of a scheduled event tells the date's time from further away
        ("The union agreed to meet with representatives of the company at 1000 EST Thursday.", [("1000 EST", "1987-04-09T10:00"), ("Thursday", "1987-04-09")]),
        # irregular past forms and the present of a scheduled event
        ("The minister on Monday sought to calm the dispute.", [("Monday", "1987-03-30")]),
        ("The dispute goes to the tribunal on Monday, they said.", [("Monday", "1987-04-06")]),
    ],
)
def test_direction_from_the_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_preposition_after_to_makes_no_infinitive() -> None:
    # "rose to between", "fell to about": an amount, not an infinitive looking ahead
    text = "Float ranged from about 250 mln dlrs on Wednesday to between one and two billion on Monday."
    assert values(text, date(1987, 4, 10)) == [("Wednesday", "1987-04-08"), ("Monday", "1987-04-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day's event that something will happen in or at lies ahead; one acted upon may lie behind
        ("He hopes he will do well in Tuesday's primary.", [("Tuesday", "1987-04-07")]),
        ("The spot will air during Sunday's final.", [("Sunday", "1987-04-05")]),
        ("He will appeal Wednesday's ruling.", [("Wednesday", "1987-04-01")]),
        ("Wednesday's ruling was a blow.", [("Wednesday", "1987-04-01")]),
    ],
)
def test_an_event_named_by_its_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_day_after_after_comes_before_the_day_named() -> None:
    # "X after ... on Monday": the Monday before X, even when X lies ahead
    assert values("The offer closes on Friday after opening on Monday.", date(1987, 4, 7)) == [("Friday", "1987-04-10"), ("Monday", "1987-04-06")]


def test_an_infinitive_opening_the_sentence_reaches_as_far_as_any() -> None:
    # "To facilitate ..." opens a purpose clause far from the date; the past verb near the date tells its time
    text = "To facilitate lending the bank tripled its paid-in capital to about 18 billion dlrs from six billion in June."
    assert values(text, date(1987, 10, 19)) == [("June", "1987-06")]


def test_to_end_and_a_month_is_no_infinitive() -> None:
    # agency copy: "the year to end June" is the year up to the end of June, no verb "to end" looking ahead
    text = "Inflation was 16.9 pct in the year to end-September against 18.9 pct in the year to end June."
    assert [v for v in values(text, date(1987, 10, 19)) if v[0] == "June"] == [("June", "1987-06")]


def test_licences_to_end_a_month_still_run_ahead() -> None:
    text = "The Commission granted licences to end August on 60,500 tonnes of whites."
    assert values(text, date(1987, 3, 25)) == [("August", "1987-08")]
