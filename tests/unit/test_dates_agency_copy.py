# ruff: noqa: E501  (one table row per line reads best)
"""Agency copy: "the year ago quarter" written without its hyphen, "the year before" counted from the year
last named, and tables whose columns must not join across a paragraph (own sentences; TimeML values)."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates
from extractor.text import Document

MAR = date(1987, 3, 18)


def tag(text: str, ref: date = MAR) -> list[tuple[str, str, str]]:
    return [(r.text, r.type.value, r.value) for r in find_dates(Document(text), ref, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "year ago" without its hyphen is the same adjective as "year-ago"
        ("Sales rose to 30 mln dlrs from 23 mln dlrs in the year earlier period.", [("the year earlier period", "DATE", "1986")]),
        ("It earned 4 mln dlrs in the year ago period.", [("the year ago period", "DATE", "1986")]),
        ("Profit in the fourth quarter rose to 3 mln dlrs from 2 mln dlrs in the year ago quarter.",
         [("the fourth quarter", "DATE", "1986-Q4"), ("the year ago quarter", "DATE", "1985-Q4")]),
        ("Output was 2.4 pct above the year ago level.", [("year ago", "DATE", "1986")]),
        ("Imports were up five pct from year ago levels.", [("year ago", "DATE", "1986")]),
        # the hyphenated form keeps its reading
        ("It earned 4 mln dlrs in the year-ago period.", [("the year-ago period", "DATE", "1986")]),
        # "a year ago" stays a point a year back
        ("Sales were 5 mln dlrs a year ago.", [("a year ago", "DATE", "1986")]),
    ],
)
def test_year_ago_without_hyphen(text: str, expected: list) -> None:
    assert tag(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the year before" is the year before the one last named, or before the year of writing
        ("Profit was 3 mln dlrs in 1985, against 4 mln the year before.", [("1985", "DATE", "1985"), ("the year before", "DATE", "1984")]),
        ("Provisions were much lower than the year before, he said.", [("the year before", "DATE", "1986")]),
        ("Assets rose in 1986 to 2.8 billion dlrs from 2.3 billion the year earlier.", [("1986", "DATE", "1986"), ("the year earlier", "DATE", "1985")]),
        # "the year before the merger" looks back from an event, not from the year named: left as the year
        ("The year before the merger, sales fell.", [("The year", "DATE", "1987")]),
    ],
)
def test_the_year_before(text: str, expected: list) -> None:
    assert tag(text) == expected


def test_a_day_and_a_month_do_not_join_across_a_paragraph() -> None:
    # a table: the "07" ends one line, "May" opens the next
    assert tag("PARIS COCOA CLOSING - APR 07\n\nMay 1230/1255 bid") == [("APR 07", "DATE", "1987-04-07")]


def test_a_day_and_a_month_do_not_join_across_table_columns() -> None:
    assert tag("JLY   4317 24628  up    22    AUG    978  9009") == []
    assert tag("The pact was signed on 24 February 1987.") == [("24 February 1987", "DATE", "1987-02-24")]


WED = date(1987, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after "be" takes the tense of what governs "be": these days lie ahead
        ("The meeting will be held on Friday in Geneva.", [("Friday", "DATE", "1987-03-06")]),
        ("The accord is expected to be signed on Friday.", [("Friday", "DATE", "1987-03-06")]),
        ("The plan would be formally approved Friday.", [("Friday", "DATE", "1987-03-06")]),
        ("New certificates will be issued around June 5.", [("June 5", "DATE", "1987-06-05")]),
        # a finite participle still looks back
        ("The bill was approved on Monday.", [("Monday", "DATE", "1987-03-02")]),
        ("The company said it was approved on Friday.", [("Friday", "DATE", "1987-02-27")]),
    ],
)
def test_passive_takes_the_tense_of_its_auxiliary(text: str, expected: list) -> None:
    assert tag(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter that has not begun: this year's when the sentence looks ahead and last year's is long over
        ("The sale is expected to be completed during the second quarter.", [("the second quarter", "DATE", "1987-Q2")]),
        ("Sales will improve in the third quarter.", [("the third quarter", "DATE", "1987-Q3")]),
        # last year's when the sentence looks back
        ("It earned 3 mln dlrs in the second quarter.", [("the second quarter", "DATE", "1986-Q2")]),
        # a quarter something is due by lies ahead; one something did not happen until looks back
        ("The approval is expected by the fourth quarter, the company said.", [("the fourth quarter", "DATE", "1987-Q4")]),
        ("The pact was not signed until the fourth quarter.", [("the fourth quarter", "DATE", "1986-Q4")]),
        ("Sales rose through the fourth quarter.", [("the fourth quarter", "DATE", "1986-Q4")]),
        # the quarter just over is still what gets reported, whatever the tense
        ("The company expects to report a loss for the fourth quarter.", [("the fourth quarter", "DATE", "1986-Q4")]),
    ],
)
def test_quarter_ahead_in_a_forecast(text: str, expected: list) -> None:
    assert tag(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a split year (a season, a crop or fiscal year) is a range of two years
        ("Exports in the 1986/87 season rose to 8,000 tonnes.", [("1986/87", "DATE", "1986/1987")]),
        ("Output will rise in 1987/88 (Oct-Sept).", [("1987/88", "DATE", "1987/1988")]),
        ("The 1988/1989 crop is larger.", [("1988/1989", "DATE", "1988/1989")]),
        # the article no longer takes the first year away from the range
        ("Exports in the 1986-87 season rose.", [("1986-87", "DATE", "1986/1987")]),
        # the preposition stays out, and "83 year" is no length
        ("Bales from 1985/86 contracts were shipped.", [("1985/86", "DATE", "1985/1986")]),
        ("The deficit was larger during the 1982/83 year.", [("1982/83", "DATE", "1982/1983")]),
        # a split year ends in its second year, begins in its first
        ("The jobless rate will average 3.3 pct in the 1987/88 fiscal year beginning April 1.",
         [("1987/88", "DATE", "1987/1988"), ("April 1", "DATE", "1987-04-01")]),
    ],
)
def test_split_years(text: str, expected: list) -> None:
    assert tag(text) == expected


def test_split_year_ends_in_its_second_year() -> None:
    assert tag("Exports in 1986/87 ending August were 600,000 bales.") == [
        ("1986/87", "DATE", "1986/1987"), ("August", "DATE", "1987-08")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a year before" closing a clause is "a year earlier"; before an event it is left alone
        ("Sales rose to 67 mln dlrs from 50 mln dlrs a year before.", [("a year before", "DATE", "1986")]),
        ("It earned 5 mln dlrs in the fourth quarter, against 4 mln a year before.",
         [("the fourth quarter", "DATE", "1986-Q4"), ("a year before", "DATE", "1985-Q4")]),
        ("Prices rose a year before the merger.", []),
        # "the prior year" is "the previous year": before the year last named, else before the year of writing
        ("Sales were up from 705 mln dlrs in the prior year.", [("the prior year", "DATE", "1986")]),
        ("Profit was 3 mln in 1985, up from 2 mln in the prior year.", [("1985", "DATE", "1985"), ("the prior year", "DATE", "1984")]),
        # results tables abbreviate the quarter
        ("4th qtr Shr nine cts vs four cts", [("4th qtr", "DATE", "1986-Q4")]),
        ("NOTE: 1986 2nd qtr net excludes a gain.", [("1986 2nd qtr", "DATE", "1986-Q2")]),
        # "the same month" is the month last named: a year back, or in the year written after it
        ("Turnover rose one pct in January compared with the same month a year earlier.",
         [("January", "DATE", "1987-01"), ("the same month a year earlier", "DATE", "1986-01")]),
        ("Sales rose in February from the same month last year.", [("February", "DATE", "1987-02"), ("the same month last year", "DATE", "1986-02")]),
        ("December sales were up 2.8 pct from the same month in 1985.",
         [("December", "DATE", "1986-12"), ("the same month", "DATE", "1985-12"), ("1985", "DATE", "1985")]),
        # a participle after "to be" looks ahead
        ("The board declared a dividend to be distributed July 12.", [("July 12", "DATE", "1987-07-12")]),
        ("The accord was to be signed on Monday.", [("Monday", "DATE", "1987-03-16")]),
    ],
)
def test_results_copy(text: str, expected: list) -> None:
    assert tag(text) == expected


FRI = date(1987, 3, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday counted within a month is a day of that month
        ("Daylight time will start on the first Sunday in April.", [("the first Sunday in April", "DATE", "1987-04-05")]),
        ("Standard time returns on the last Sunday in October.", [("the last Sunday in October", "DATE", "1987-10-25")]),
        ("The vote is set for the second Tuesday in November 1988.", [("the second Tuesday in November 1988", "DATE", "1988-11-08")]),
        # trading called off or suspended until a day resumes on that day, ahead
        ("Trading has been called off until Monday because of the slide.", [("Monday", "DATE", "1987-03-30")]),
        ("Trading in the shares was suspended until Tuesday.", [("Tuesday", "DATE", "1987-03-31")]),
        ("He waited until Monday to reply.", [("Monday", "DATE", "1987-03-23")]),
    ],
)
def test_days_ahead_in_a_month_or_after_a_halt(text: str, expected: list) -> None:
    assert tag(text, FRI) == expected


APR = date(1987, 4, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month after another in a list or a span continues from it
        ("The tender calls for 12,200 tonnes each in June, July and August.",
         [("June", "DATE", "1987-06"), ("July", "DATE", "1987-07"), ("August", "DATE", "1987-08")]),
        ("It bought wheat for August to December shipment.", [("August", "DATE", "1987-08"), ("December", "DATE", "1987-12")]),
        ("The October/April main crop will suffer from the drought.", [("October", "DATE", "1987-10"), ("April", "DATE", "1988-04")]),
        ("Prices rose in January and February.", [("January", "DATE", "1987-01"), ("February", "DATE", "1987-02")]),
        # a futures contract month or a shipment month lies ahead
        ("Discounts in the October and December contracts reflect the report.",
         [("October", "DATE", "1987-10"), ("December", "DATE", "1987-12")]),
        ("The price pattern in the June contract narrowed.", [("June", "DATE", "1987-06")]),
        # with a word or two before the noun, or a bond, for a month later in the year
        ("Support in the September bond contract held.", [("September", "DATE", "1987-09")]),
        ("September T-bonds closed higher.", [("September", "DATE", "1987-09")]),
        ("Losses in July and August feeder cattle futures widened.", [("July", "DATE", "1987-07"), ("August", "DATE", "1987-08")]),
        ("Egypt seeks 10,000 tonnes of July arrival sugar.", [("July", "DATE", "1987-07")]),
        # a bond with its yield is the issue of that month; a function word breaks the phrase
        ("The September bond yield was a record low.", [("September", "DATE", "1986-09")]),
        ("Workers rejected in late September a contract offer.", [("late September", "DATE", "1986-09")]),
        # what was shipped in a month is counted after it
        ("Orders fell in January. February shipments were up 5.8 billion dlrs.",
         [("January", "DATE", "1987-01"), ("February", "DATE", "1987-02")]),
    ],
)
def test_month_lists_and_traded_months(text: str, expected: list) -> None:
    assert tag(text, APR) == expected


def test_an_index_base_year_lends_no_year() -> None:
    assert tag("The index fell to 140.06 (base 1981) in February from 152.53 in January.") == [
        ("1981", "DATE", "1981"), ("February", "DATE", "1987-02"), ("January", "DATE", "1987-01")]
    assert tag("Prices rose to 109.5 (1980=100) in January.") == [("1980", "DATE", "1980"), ("January", "DATE", "1987-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a variety of a crop is no season
        ("Hard red winter wheat rose 2 cents.", []),
        ("HARD RED SPRING WHEAT  1986/87", [("1986/87", "DATE", "1986/1987")]),
        ("The winter wheat crop is in good condition.", []),
        ("Prices of spring barley fell this winter.", [("this winter", "DATE", "1987-WI")]),
    ],
)
def test_crop_varieties_are_no_seasons(text: str, expected: list) -> None:
    assert tag(text) == expected


TUE = date(1987, 4, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the previous week" is the week before the one last named
        ("Stocks rose in the week ended April three to 106.96 mln barrels from 106.33 mln the previous week.",
         [("the week", "DATE", "1987-WXX"), ("April three", "DATE", "1987-04-03"), ("the previous week", "DATE", "1987-W13")]),
        ("Supply rose to 3.28 billion dlrs last week from 1.79 billion dlrs in the previous week.",
         [("last week", "DATE", "1987-W14"), ("the previous week", "DATE", "1987-W13")]),
        ("Sales fell in the previous week.", [("the previous week", "DATE", "1987-W14")]),
        # "over the previous year to 33.96 mln" is a year, not "the year to March 31"
        ("Exports rose 20 pct in 1986 over the previous year to 33.96 mln cubic meters.",
         [("1986", "DATE", "1986"), ("the previous year", "DATE", "1985")]),
        ("Sales for the year to March 31 rose.", [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "1987-03-31")]),
    ],
)
def test_previous_week_and_year(text: str, expected: list) -> None:
    assert tag(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "may", "might", "should" look ahead like "will"; the month May does not, nor "may have"
        ("Rights issues may pick up in the second quarter, he said.", [("the second quarter", "DATE", "1987-Q2")]),
        ("Talks might resume Monday.", [("Monday", "DATE", "1987-03-23")]),
        ("The plant may have closed on Friday.", [("Friday", "DATE", "1987-03-13")]),
        ("He would have met them on Friday.", [("Friday", "DATE", "1987-03-13")]),
    ],
)
def test_modals_look_ahead(text: str, expected: list) -> None:
    assert tag(text) == expected
