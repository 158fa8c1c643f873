# ruff: noqa: E501  (one table row per line reads best)
"""Anchoring and vague times: which year a month written alone lands in, and the words that point ahead or
give a length of time without a number (own sentences; values as TimeML writes them)."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

MAR = date(1987, 3, 16)  # a Monday in March
OCT = date(1989, 10, 30)


def tag(text: str, ref: date) -> list[tuple[str, str, str]]:
    return [(r.text, r.type.value, r.value) for r in find_dates(Document(text), ref, "en")]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # "last March" written in March is a year back; "next March" a year ahead
        ("The limit was set last March, the ministry said.", MAR, [("last March", "DATE", "1986-03")]),
        ("The plant will reopen next March.", MAR, [("next March", "DATE", "1988-03")]),
        # "last February" written in March is a year back too: the February just gone would be "last month"
        ("The pact was signed last February.", MAR, [("last February", "DATE", "1986-02")]),
        ("The fair opens next June.", MAR, [("next June", "DATE", "1987-06")]),
        # "through" a month is an end point ahead, like "until" and "by"
        ("The bank extended the credit line through January.", OCT, [("January", "DATE", "1990-01")]),
        ("The lenders agreed to waive the covenant through February.", OCT, [("February", "DATE", "1990-02")]),
        ("Sales this year through August were flat.", OCT, [("this year", "DATE", "1989"), ("August", "DATE", "1989-08")]),
        # "will" right before a month up to ten months ahead: this year's; not across a comparison or a past participle
        ("The probe will be launched on a rocket in December.", MAR, [("December", "DATE", "1987-12")]),
        ("The agency will drop its forecasts during November and December.", MAR, [("November", "DATE", "1987-11"), ("December", "DATE", "1987-12")]),
        ("It will pay 5 cts, down from 15 cts in December.", MAR, [("December", "DATE", "1986-12")]),
        ("The bill will carry measures announced in November.", MAR, [("November", "DATE", "1986-11")]),
    ],
)
def test_year_of_a_month(text: str, ref: date, expected: list) -> None:
    assert tag(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a length no number gives, where a length is expected
        ("Residents will have to live without water for a while.", [("a while", "DURATION", "PXX")]),
        ("After a while, the talks resumed.", [("a while", "DURATION", "PXX")]),
        ("Once in a while the market rallies.", []),
        ("Prices peaked a while ago.", []),
        # a time ahead that no calendar fixes
        ("The company may sell more shares at a later date.", [("a later date", "DATE", "FUTURE_REF")]),
    ],
)
def test_vague_times(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected


def test_this_quarter_s_results_are_the_quarter_reported() -> None:
    text = "The company lost $2 million in the third quarter. This quarter's loss includes a charge of $1 million."
    assert tag(text, OCT) == [("the third quarter", "DATE", "1989-Q3"), ("This quarter", "DATE", "1989-Q3")]
    # without a reported quarter it is the current one
    assert tag("This quarter's sales look strong, he said.", OCT) == [("This quarter", "DATE", "1989-Q4")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today is the eighth day of the blockade.", [("Today", "DATE", "1989-10-30"), ("the eighth day", "DATE", "1989-10-30")]),
        ("It's the second day of an army offensive.", [("the second day", "DATE", "1989-10-30")]),
        ("This is the 12th straight day of protests.", [("the 12th straight day", "DATE", "1989-10-30")]),
        # not in the past tense, nor a day without its event
        ("Friday was the third day of the strike.", [("Friday", "DATE", "1989-10-27")]),
        ("It is the first day he has missed.", []),
    ],
)
def test_the_nth_day_of_an_event_is_the_day_of_writing(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund has grown steadily over the years.", [("the years", "DURATION", "PXY")]),
        ("In the years that followed, the rebels retreated.", [("the years", "DURATION", "PXY")]),
        ("In the years since, prices have doubled.", [("the years", "DURATION", "PXY")]),
        # not a stretch of years of the story
        ("He listed the years of the drought.", []),
        ("In the years 1986 and 1987 output fell.", [("1986", "DATE", "1986"), ("1987", "DATE", "1987")]),
    ],
)
def test_the_years_as_a_vague_length(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index fell 4% at the end of a week of heavy selling.", [("a week", "DURATION", "P1W")]),
        ("The court gave them a month to appeal.", [("a month", "DURATION", "P1M")]),
        # a rate is no length
        ("The company earns $2 million a year from the unit.", []),
    ],
)
def test_a_unit_after_of_or_an_object_is_a_length(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "soon" between a modal (or "to") and its verb, or right before the modal, points ahead
        ("The refinery will soon resume output.", [("soon", "DATE", "FUTURE_REF")]),
        ("Officials said the ministry may soon relax the rules.", [("soon", "DATE", "FUTURE_REF")]),
        ("The group expects exports to soon recover.", [("soon", "DATE", "FUTURE_REF")]),
        ("The company soon will open a plant in Ohio.", [("soon", "DATE", "FUTURE_REF")]),
        # elsewhere it is left alone
        ("Talks resumed soon after the strike ended.", []),
        ("Shares will be sold as soon as the market opens.", []),
        ("The driver was soon released by the police.", []),
        ("A reply would be sent to the ministry soon.", []),
        ("It is too soon to judge the plan.", []),
    ],
)
def test_soon_before_a_verb_looks_ahead(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The March accession will let the three join the summit.", [("March", "DATE", "1990-03")]),
        ("Traders sold the May contract.", [("May", "DATE", "1990-05")]),  # a contract month lies ahead
        # a march, a name, a verb
        ("He recalled the March on Washington.", []),
        ("Prices May rise, the report said.", []),
    ],
)
def test_a_bare_may_or_march_naming_a_thing(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in five years" in a clause that looks ahead is the time that far ahead
        ("The stock would be redeemed in five years.", [("five years", "DATE", "1994")]),
        ("The products will be available in 90 days.", [("90 days", "DATE", "1990-01-28")]),
        ("Prices could recover in a year or two.", [("a year or two", "DATE", "FUTURE_REF")]),
        # a span back, a length, a past
        ("It would be the worst harvest in ten years.", [("ten years", "DURATION", "P10Y")]),
        ("It is the first rate cut in three years that banks will match.", [("three years", "DURATION", "P3Y")]),
        ("The tax would raise $2 billion in a full year.", [("a full year", "DURATION", "P1Y")]),
        ("The plant was built in two years.", [("two years", "DURATION", "P2Y")]),
    ],
)
def test_in_so_long_ahead_is_a_date(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shipments will resume within two to three weeks.", [("two to three weeks", "DURATION", "P2W")]),
        ("The certificates carry maturities of five or six years.", [("five or six years", "DURATION", "P5Y")]),
        # a vague bound or a determiner keeps the range open
        ("The shocks would continue for one to several weeks.", [("one to several weeks", "DURATION", "PXW")]),
        ("Acquisitions will be made during the next 12 to 18 months.", [("the next 12 to 18 months", "DURATION", "PXM")]),
    ],
)
def test_a_range_of_lengths_takes_its_lower_bound(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in the morning" after a named day is that day's morning; otherwise the day of writing's
        (
            "Shares fell Friday. Dealers placed buy orders in the morning.",
            [("Friday", "DATE", "1989-10-27"), ("the morning", "TIME", "1989-10-27TMO")],
        ),
        ("The bank bought bills during the afternoon.", [("the afternoon", "TIME", "1989-10-30TAF")]),
        # a clock time, a name
        ("He will leave at 4 in the morning.", []),
        ("She read it in the Morning Post.", []),
        ("It happened in the evening of his life.", []),
    ],
)
def test_in_the_morning(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The merger follows months of talks.", [("months", "DURATION", "PXM")]),
        ("The pact was agreed after years of haggling.", [("years", "DURATION", "PXY")]),
        ("He retired after months.", []),
    ],
)
def test_after_months_of(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands surrendered in the first hours of the ground war.", [("the first hours", "DURATION", "PTXH")]),
        ("You save fewer lives in the early years.", [("the early years", "DURATION", "PXY")]),
        # within a named time, not a length
        ("Police arrested him in the early hours of Thursday morning.", [("Thursday morning", "DATE", "1989-10-26")]),
        ("Output fell in the first months of this year.", [("this year", "DATE", "1989")]),
    ],
)
def test_the_first_hours(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I would choose the people of tomorrow," he said.', []),
        ("The lockout will end as of tomorrow.", [("tomorrow", "DATE", "1989-10-31")]),
        ("He will spend the whole of tomorrow in meetings.", [("tomorrow", "DATE", "1989-10-31")]),
        ("The results of tomorrow's vote matter.", [("tomorrow", "DATE", "1989-10-31")]),
    ],
)
def test_of_tomorrow_as_the_age_to_come(text: str, expected: list) -> None:
    assert tag(text, OCT) == expected
