# ruff: noqa: E501  (one table row per line reads best)
"""Temporal tagger, family by family: news-style sentences with their reference dates and TIMEX3 values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.dates import find_dates
from extractor.text import Document

SEED = Path(__file__).resolve().parents[2] / "seeds" / "ctbt-russia-observador.txt"
THU = date(2024, 2, 15)  # a Thursday
MON = date(1989, 10, 30)  # a Monday


def tag(text: str, ref: date | None, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(r.text, r.type.value, r.value) for r in find_dates(Document(text), ref, lang)]


def one(text: str, ref: date | None, lang: str = "en") -> tuple[str, str, str]:
    found = tag(text, ref, lang)
    assert len(found) == 1, found
    return found[0]


CASES: dict[str, list[tuple]] = {
    "explicit": [
        ("Russia invaded Ukraine on February 24, 2022, officials said.", THU, ("February 24, 2022", "DATE", "2022-02-24")),
        ("The talks opened on 24 Feb. 2022 in Geneva.", THU, ("24 Feb. 2022", "DATE", "2022-02-24")),
        ("The filing is dated 2022-02-24.", THU, ("2022-02-24", "DATE", "2022-02-24")),
        ("The bonds are due Nov. 1, 2009, the company said.", MON, ("Nov. 1, 2009", "DATE", "2009-11-01")),
        ("Prices fell sharply on Friday, Oct. 13, traders said.", MON, ("Friday, Oct. 13", "DATE", "1989-10-13")),
        ("The commission was created in New York in 1996.", THU, ("1996", "DATE", "1996")),
        ("Credits have been withheld since February 1982.", MON, ("February 1982", "DATE", "1982-02")),
        ("Sales slumped in the early 1980s.", MON, ("the early 1980s", "DATE", "198")),
        ("It was the worst crisis since the Second World War (1939-1945).", THU, ("1939-1945", "DATE", "1939/1945")),
    ],
    "week_of_a_day": [
        ("A court hearing is set for the week of March 6, his lawyer said.", date(2000, 2, 24), ("the week of March 6", "DATE", "2000-W10")),
        ("Trading was calm in the week of Oct. 2, 1989.", MON, ("the week of Oct. 2, 1989", "DATE", "1989-W40")),
    ],
    "month_without_year": [
        ("The rights expire Nov. 16, the company said.", MON, ("Nov. 16", "DATE", "1989-11-16")),
        ("The chairman stepped down in March for health reasons.", MON, ("March", "DATE", "1989-03")),
        ("The dividend is payable Jan. 2 to holders of record.", date(1989, 11, 2), ("Jan. 2", "DATE", "1990-01-02")),
        ("They signed the treaty last May.", date(1998, 2, 27), ("last May", "DATE", "1997-05")),
        ("Growth slowed in mid-November.", MON, ("mid-November", "DATE", "1989-11")),
        ("The bank named a new treasurer, effective Feb. 1.", MON, ("Feb. 1", "DATE", "1990-02-01")),
        ("Under the contract, effective June 1, wages rise 3%.", MON, ("June 1", "DATE", "1990-06-01")),
        ("He hoped a deal could be reached by the June 30 deadline.", date(1987, 3, 10), ("June 30", "DATE", "1987-06-30")),
        ("The lenders deferred the payments until September.", date(1987, 3, 10), ("September", "DATE", "1987-09")),
        ("But the loan was not signed until November 5, bankers said.", date(1987, 3, 10), ("November 5", "DATE", "1986-11-05")),
        # the day a running period closes on lies ahead ("ended" looks back)
        ("The brewer sees higher profit in its season ending September 30.", date(1987, 3, 10), ("September 30", "DATE", "1987-09-30")),
        ("The brewer saw higher profit in its season ended September 30.", date(1987, 3, 10), ("September 30", "DATE", "1986-09-30")),
        # an -ed word after a determiner is an adjective, not a past-tense verb
        ("The split would be paid on a still unspecified date in January.", MON, ("January", "DATE", "1990-01")),
        ("The stock would be paid to holders on the proposed date in January.", MON, ("January", "DATE", "1990-01")),
        ("The dividend was paid in January.", MON, ("January", "DATE", "1989-01")),
    ],
    "weekday": [
        ("The ministry affirmed this Thursday that Moscow remains committed.", THU, ("this Thursday", "DATE", "2024-02-15")),
        ("The ministry affirmed this Thursday that Moscow remains committed.", None, ("this Thursday", "DATE", "XXXX-WXX-4")),
        ("Shares closed lower Friday in active trading.", MON, ("Friday", "DATE", "1989-10-27")),
        ("The minister will travel to Paris on Wednesday.", MON, ("Wednesday", "DATE", "1989-11-01")),
        ("The bid was due to expire last Thursday.", MON, ("last Thursday", "DATE", "1989-10-26")),
        ("Flights will leave each Thursday from Bombay.", MON, ("each Thursday", "SET", "XXXX-WXX-4")),
        ("On Friday, when the envoy set aside vacation plans for the trip, the ministry lifted a warning.", date(1998, 8, 17), ("Friday", "DATE", "1998-08-14")),
        ("The three nations are expected to join in April.", date(1998, 12, 5), ("April", "DATE", "1999-04")),
        # a day something is put off to lies ahead, whatever the verb's tense
        ("The agency postponed until Thursday morning any decision on the permit.", MON, ("Thursday morning", "DATE", "1989-11-02")),
        ("The bank extended its deadline until 9 a.m. EST Wednesday.", MON, ("9 a.m. EST Wednesday", "TIME", "1989-11-01T09:00")),
        ("Until Thursday, the police had not named a suspect.", MON, ("Thursday", "DATE", "1989-10-26")),
        # a plan seen from the past: the pluperfect puts the day behind
        ("The offer had been due to expire Friday evening.", MON, ("Friday evening", "TIME", "1989-10-27TEV")),
        # a named day's evening keeps its part of the day; its morning and night are the day
        ("Rescuers reached the flooded village Thursday evening.", MON, ("Thursday evening", "TIME", "1989-10-26TEV")),
        ("The governor will address the assembly on Wednesday evening.", MON, ("Wednesday evening", "TIME", "1989-11-01TEV")),
        ("The strike began early Friday morning at the docks.", MON, ("Friday morning", "DATE", "1989-10-27")),
        ("Fans celebrated in the streets Saturday night.", MON, ("Saturday night", "DATE", "1989-10-28")),
        ("The tender had been scheduled to close at midnight Friday.", MON, ("midnight Friday", "TIME", "1989-10-27T24:00")),
        ("The tender is scheduled to close at midnight Friday.", MON, ("midnight Friday", "TIME", "1989-11-03T24:00")),
        ("The day before last Tuesday's hearing, the lawyers met.", date(2000, 2, 24), ("The day before last Tuesday", "DATE", "2000-02-21")),
        # a day something is set for lies ahead, whatever the tense ("had been set for" looks back)
        ("The board meeting was set for Thursday, an aide said.", MON, ("Thursday", "DATE", "1989-11-02")),
        ("A recount had been planned for Thursday, an aide said.", MON, ("Thursday", "DATE", "1989-10-26")),
        ("Talks with the creditors reopen in Geneva on Tuesday.", date(1987, 3, 6), ("Tuesday", "DATE", "1987-03-10")),
        ("Officials met the day after Wednesday's vote.", MON, ("the day after Wednesday", "DATE", "1989-10-26")),
    ],
    "relative": [
        ("Officials said yesterday that the talks had failed.", MON, ("yesterday", "DATE", "1989-10-29")),
        ("The Federal Aviation Administration said today it would act.", MON, ("today", "DATE", "1989-10-30")),
        ("Imports rose last month, the ministry said.", MON, ("last month", "DATE", "1989-09")),
        ("Two plants will be closed over the next year or so.", MON, ("the next year or so", "DATE", "1990")),
        ("The board meets next week.", MON, ("next week", "DATE", "1989-W45")),
        ("THE BOARD MEETS NEXT WEEK.", MON, ("NEXT WEEK", "DATE", "1989-W45")),
        ("The plant was sold two years ago.", MON, ("two years ago", "DATE", "1987")),
        # a fortnight back is a day; more weeks back only a week
        ("The plant was sold two weeks ago.", MON, ("two weeks ago", "DATE", "1989-10-16")),
        ("The plant was sold six weeks ago.", MON, ("six weeks ago", "DATE", "1989-W38")),
        # decades and centuries back name a year, not the decade before this one
        ("Tariffs were this low a decade ago.", MON, ("a decade ago", "DATE", "1979")),
        ("The dam was built nearly two decades ago.", MON, ("nearly two decades ago", "DATE", "1969")),
        ("The bridge opened a century ago.", MON, ("a century ago", "DATE", "1889")),
        # a hedge on a point in the past is part of it; "just" is not
        ("The mill changed hands about two years ago.", MON, ("about two years ago", "DATE", "1987")),
        ("The mill changed hands just two weeks ago.", MON, ("two weeks ago", "DATE", "1989-10-16")),
        ("The ship is due to dock four weeks from now.", MON, ("four weeks from now", "DATE", "1989-W48")),
        ("Profit rose earlier this year.", MON, ("earlier this year", "DATE", "1989")),
        ("During the past year, Moscow did not use this type of weapon.", THU, ("the past year", "DATE", "2023")),
        ("Brokers squared positions ahead of the weekend.", date(1989, 10, 27), ("the weekend", "DATE", "1989-W43-WE")),
        ("Reporters were told last night that the deal was off.", MON, ("last night", "TIME", "1989-10-29TNI")),
        ("Today's vote on the budget was postponed.", MON, ("Today", "DATE", "1989-10-30")),
        ("For the week, the Nikkei index gained 2.1%.", MON, ("the week", "DATE", "1989-WXX")),
        ("Exporters cut prices in the week's busiest session.", MON, ("the week", "DATE", "1989-WXX")),
    ],
    "quarter": [
        ("Unisys posted a loss for the third quarter.", MON, ("the third quarter", "DATE", "1989-Q3")),
        ("Citadel posted a third-quarter net loss.", MON, ("third-quarter", "DATE", "1989-Q3")),
        ("Profit fell in the fourth quarter.", date(1998, 1, 26), ("the fourth quarter", "DATE", "1997-Q4")),
        ("The deal could close in next year's first quarter.", MON, ("next year's first quarter", "DATE", "1990-Q1")),
        ("In the year-ago third quarter, the bank earned $2.8 million.", MON, ("the year-ago third quarter", "DATE", "1988-Q3")),
        ("Its year-earlier second-quarter loss was smaller.", MON, ("year-earlier second-quarter", "DATE", "1988-Q2")),
        # the first two quarters are the first half
        ("The mill will run at full speed through the first two quarters of 1990.", MON, ("first two quarters of 1990", "DATE", "1990-H1")),
        ("Orders should pick up in the first two quarters.", date(1987, 3, 17), ("first two quarters", "DATE", "1987-H1")),
        # a habit makes the quarter recur every year
        ("Toy makers usually earn most of their profit in the fourth quarter.", MON, ("the fourth quarter", "SET", "XXXX-Q4")),
    ],
    "duration": [
        ("The rally lasted two days.", MON, ("two days", "DURATION", "P2D")),
        ("Jobs grew over the past two months.", MON, ("the past two months", "DURATION", "P2M")),
        ("He signed a 10-year contract.", MON, ("10-year", "DURATION", "P10Y")),
        ("She testified for more than four hours.", MON, ("more than four hours", "DURATION", "PT4H")),
        ("The region has been troubled for years.", MON, ("years", "DURATION", "PXY")),
        ("More troops will arrive within weeks.", MON, ("weeks", "DURATION", "PXW")),
        ("The index lagged for eight trading days.", MON, ("eight trading days", "DURATION", "P8D")),
        ("Demand should grow over the next couple of years.", MON, ("the next couple of years", "DURATION", "P2Y")),
        ("Market share may rise over the next two years or so.", MON, ("the next two years or so", "DURATION", "P2Y")),
        ("Stocks hit a five year low.", MON, ("five year", "DURATION", "P5Y")),
        ("The feud has gone on for decades.", MON, ("decades", "DURATION", "PXY")),
        # the past decade is the ten years up to now, not the 1970s
        ("Farm incomes have shrunk over the past decade.", MON, ("the past decade", "DURATION", "P10Y")),
        ("It returned to profit after several quarters of losses.", MON, ("several quarters", "DURATION", "PXQ")),
        ("Insurers have struggled in recent quarters.", MON, ("recent quarters", "DURATION", "PXQ")),
        ("It was the first profit in years.", MON, ("years", "DURATION", "PXY")),
        ("He probably died within weeks or months of his capture.", MON, ("weeks or months", "DURATION", "PXW")),
        ("Funds may sell more bonds in the weeks ahead.", MON, ("the weeks ahead", "DURATION", "PXW")),
        # "last" after "to" or a modal is the verb: the length begins after it
        ("The dock strike is likely to last over a week.", MON, ("over a week", "DURATION", "P1W")),
        ("The audit could last about three months.", MON, ("three months", "DURATION", "P3M")),
    ],
    "spelled_numbers_and_fractions": [
        ("In the last twenty four hours, the currency lost a fifth of its value.", MON, ("the last twenty four hours", "DURATION", "PT24H")),
        ("The strike has lasted thirty six days.", MON, ("thirty six days", "DURATION", "P36D")),
        ("The mill has stood on the river for almost a hundred years.", MON, ("almost a hundred years", "DURATION", "P100Y")),
        ("The envoy was held for 2 1/2 years before his release.", MON, ("2 1/2 years", "DURATION", "P2Y6M")),
        ("The jury deliberated 5 1/2 hours.", MON, ("5 1/2 hours", "DURATION", "PT5H30M")),
        ("The pilot radioed a minute and a half later.", MON, ("a minute and a half", "DURATION", "PT1M30S")),
        ("The siege of the town lasted a year and a half.", MON, ("a year and a half", "DURATION", "P1Y6M")),
        ("The bank eased policy four times over the past year and a half.", MON, ("the past year and a half", "DURATION", "P1Y6M")),
        ("The vote took one and a half hours.", MON, ("one and a half hours", "DURATION", "PT1H30M")),
        ("The rescue took 1 1/2 days.", MON, ("1 1/2 days", "DURATION", "P1DT12H")),
        ("The hearing lasted 1.5 hours.", MON, ("1.5 hours", "DURATION", "PT1H30M")),
        ("The company was founded twenty two years ago.", MON, ("twenty two years ago", "DATE", "1967")),
        ("The pilgrimage goes back more than two thousand years.", MON, ("more than two thousand years", "DURATION", "P2L")),
        ("Staff who have worked one thousand hours qualify for the plan.", MON, ("one thousand hours", "DURATION", "PT1000H")),
    ],
    "around_an_event": [
        ("His van was seen near the clinic in the weeks before the attack.", MON, ("weeks", "DATE", "PAST_REF")),
        ("Prices kept climbing in the months following the merger.", MON, ("months", "DATE", "PAST_REF")),
    ],
    "set_and_ref": [
        ("The government holds such rallies daily.", MON, ("daily", "SET", "P1D")),
        ("The fund posted net sales every month.", MON, ("every month", "SET", "P1M")),
        ("The company now owns 72% of the shares.", MON, ("now", "DATE", "PRESENT_REF")),
        ("The party recently won 13 percent of the vote.", MON, ("recently", "DATE", "PAST_REF")),
        # "current" speaks of the present, except in terms of economics and accounting
        ("Builders blamed current market conditions for the delay.", MON, ("current", "DATE", "PRESENT_REF")),
        ("The minister will travel with his current adviser.", MON, ("current", "DATE", "PRESENT_REF")),
        ("Relations may improve in the future.", MON, ("the future", "DATE", "FUTURE_REF")),
        # "one day" after a modal is some day ahead, elsewhere a length
        ("Analysts say the region will one day rival Europe.", MON, ("one day", "DATE", "FUTURE_REF")),
        ("The young senator may one day run for president.", MON, ("one day", "DATE", "FUTURE_REF")),
        ("The strike lasted one day.", MON, ("one day", "DURATION", "P1D")),
        ("Analysts see no recovery in the near term.", MON, ("the near term", "DATE", "FUTURE_REF")),
        ("Air strikes could go on well into the future.", MON, ("the future", "DATE", "FUTURE_REF")),
        ("The credits will cut tax payments in future quarters.", MON, ("future quarters", "DATE", "FUTURE_REF")),
        ("It doesn't bode well for coming quarters, analysts said.", MON, ("coming quarters", "DATE", "FUTURE_REF")),
        ("There were sell programs in past years, too.", MON, ("past years", "DATE", "PAST_REF")),
        ("Then, a week or so ago, the general picked a date.", date(1991, 2, 25), ("a week or so ago", "DATE", "1991-02-18")),
    ],
    "time": [
        ("The judge is due to hear the case at midday.", MON, ("midday", "TIME", "1989-10-30T12:00")),
        ("By mid afternoon, Serb sources were reporting heavy shelling.", MON, ("mid afternoon", "TIME", "1989-10-30TAF")),
        ("Shares had recovered by midmorning.", MON, ("midmorning", "TIME", "1989-10-30TMO")),
        ("The store was robbed around 7:15 p.m., police said.", MON, ("around 7:15 p.m.", "TIME", "1989-10-30T19:15")),
        ("The offer expires at 5 p.m. EST Nov. 9.", MON, ("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")),
    ],
    "calendar_more": [
        ("Prices rose in the 1990s.", MON, ("the 1990s", "DATE", "199")),
        ("It was the bloodiest war of the 20th century.", MON, ("the 20th century", "DATE", "19")),
        ("The tour starts this summer.", date(1998, 3, 22), ("this summer", "DATE", "1998-SU")),
        ("Demand weakened last fall.", date(1998, 2, 6), ("last fall", "DATE", "1997-FA")),
        ("The talks resume this Spring.", date(1998, 2, 6), ("this Spring", "DATE", "1998-SP")),
        ("The contract was signed on 24/02/2022.", THU, ("24/02/2022", "DATE", "2022-02-24")),
        ("The plant reopens in fiscal 1990.", MON, ("fiscal 1990", "DATE", "1990")),
        ("The unit won't be profitable until 1994 or later, he estimated.", MON, ("1994 or later", "DATE", "1994")),
        ("The company is confident about cash flow for 1990 and beyond.", MON, ("1990 and beyond", "DATE", "1990")),
        ("Profit doubled in the first half of 1989.", MON, ("the first half of 1989", "DATE", "1989-H1")),
        ("The shares are redeemable after year-end.", MON, ("year-end", "DATE", "1989")),
        ("Stores were packed on Thanksgiving Day.", date(1999, 11, 28), ("Thanksgiving Day", "DATE", "1999-11-25")),
        # a holiday's week is the week it falls in
        ("Pilgrims filled the old city as Easter week began.", date(2000, 4, 17), ("Easter week", "DATE", "2000-W16")),
        ("Airports expect record crowds in Thanksgiving week.", date(1999, 11, 10), ("Thanksgiving week", "DATE", "1999-W47")),
        ("Abortion will be the theme of the campaign until Election Day.", date(1998, 10, 25), ("Election Day", "DATE", "1998-11-03")),
        ("Voters went to the polls on Election Day 1996.", MON, ("Election Day 1996", "DATE", "1996-11-05")),
        ("Sales peaked in the fourth quarter of last year.", MON, ("the fourth quarter of last year", "DATE", "1988-Q4")),
        ("The offer expires at the end of the month.", MON, ("the end of the month", "DATE", "1989-10")),
        ("Workers ended a year-long strike.", MON, ("year-long", "DURATION", "P1Y")),
        ("Keating was convicted in nineteen ninety-one.", date(1998, 1, 15), ("nineteen ninety-one", "DATE", "1991")),
        ("Oil is back at the price we saw in the winter of nineteen ninety-four.", date(1998, 2, 23), ("the winter of nineteen ninety-four", "DATE", "1994-WI")),
        ("The second bomb went off in January nineteen ninety-seven.", date(1998, 2, 27), ("January nineteen ninety-seven", "DATE", "1997-01")),
        ("The tower opens in the spring of two thousand and one.", date(1998, 2, 27), ("the spring of two thousand and one", "DATE", "2001-SP")),
        ("The treaty dates from nineteen hundred and eighty.", date(1998, 2, 27), ("nineteen hundred and eighty", "DATE", "1980")),
    ],
    "earnings_granularity": [
        ("The mill was sold in June last year.", date(1998, 2, 19), ("June last year", "DATE", "1997-06")),
        ("Orders will pick up in January next year.", MON, ("January next year", "DATE", "1990-01")),
        ("For the year, volume was flat, the brewer said.", MON, ("the year", "DATE", "1989")),
        ("Profit for the full year doubled.", MON, ("the full year", "DATE", "1989")),
    ],
    "hedged_lengths": [
        ("The airlift went on for nearly two years.", MON, ("nearly two years", "DURATION", "P2Y")),
        ("The base may be leased for at least 30 more years.", MON, ("at least 30 more years", "DURATION", "P30Y")),
        ("Reservists can be called up for up to 90 days.", MON, ("up to 90 days", "DURATION", "P90D")),
        ("Inspectors may stay no more than forty days.", MON, ("no more than forty days", "DURATION", "P40D")),
        ("The plant closed almost three years ago.", MON, ("almost three years ago", "DATE", "1986")),
        ("The hearing lasted about three hours.", MON, ("three hours", "DURATION", "PT3H")),
    ],
    "calendar_words": [
        ("The dam was finished in mid-1994.", MON, ("mid-1994", "DATE", "1994")),
        ("Trade grew in the post-1985 boom.", MON, ("post-1985", "DATE", "1985")),
        ("Militias spread quickly in the nineties.", date(1998, 3, 3), ("the nineties", "DATE", "199")),
        ("Stocks soared in the late eighties.", MON, ("the late eighties", "DATE", "198")),
        ("The deadline passed at noon Saturday.", date(1991, 2, 25), ("noon Saturday", "TIME", "1991-02-23T12:00")),
    ],
    "wire_copy": [
        ("Deposits climbed to 6-5/8 pct from 6-3/8 on Sunday.", date(1987, 4, 13), ("Sunday", "DATE", "1987-04-12")),
        ("The harvest was scheduled to end April 30 this season.", date(1987, 4, 7), ("April 30", "DATE", "1987-04-30")),
        ("Stocks are expected to fall by end-April, traders said.", date(1987, 4, 7), ("end-April", "DATE", "1987-04")),
        ("Spending will rise from October 1 this year.", date(1987, 4, 1), ("October 1 this year", "DATE", "1987-10-01")),
        ("The soldiers left the bases three days later.", MON, ("three days", "DURATION", "P3D")),
        ("Qtly div five cts vs five cts prior\n\nPay June 15", date(1987, 3, 24), ("June 15", "DATE", "1987-06-15")),
        ("Output fell in the last half of 1989.", MON, ("the last half of 1989", "DATE", "1989-H2")),
        ("The offer was extended to April six, the company said.", date(1987, 3, 30), ("April six", "DATE", "1987-04-06")),
        ("It expires March twenty-first.", date(1987, 3, 2), ("March twenty-first", "DATE", "1987-03-21")),
        ("It earned 6.0 mln stg in first half 1986.", date(1987, 4, 7), ("first half 1986", "DATE", "1986-H1")),
    ],
    "other_languages": [
        ("A Rússia invadiu a Ucrânia em 24 de fevereiro de 2022.", THU, ("24 de fevereiro de 2022", "DATE", "2022-02-24"), "pt"),
        ("O ministério afirmou esta quinta-feira que Moscovo mantém o compromisso.", THU, ("esta quinta-feira", "DATE", "2024-02-15"), "pt"),
        ("El ministro viajó ayer a Madrid.", THU, ("ayer", "DATE", "2024-02-14"), "es"),
        ("Le sommet aura lieu le 3 mars 2024 à Paris.", THU, ("3 mars 2024", "DATE", "2024-03-03"), "fr"),
        ("Die Regierung hat gestern entschieden.", THU, ("gestern", "DATE", "2024-02-14"), "de"),
        ("O tratado foi assinado há dois anos.", THU, ("há dois anos", "DATE", "2022"), "pt"),
        ("El pasado jueves el ministro habló.", THU, ("El pasado jueves", "DATE", "2024-02-08"), "es"),
        ("La réunion a eu lieu la semaine dernière.", THU, ("la semaine dernière", "DATE", "2024-W06"), "fr"),
        ("Der Vertrag wurde vor zwei Jahren unterzeichnet.", THU, ("vor zwei Jahren", "DATE", "2022"), "de"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "ref", "expected", "lang"),
    [(*case, "en")[:4] for family in CASES.values() for case in family],
    ids=[f"{family}-{i}" for family, cases in CASES.items() for i in range(len(cases))],
)
def test_expression_is_found_and_normalized(
    text: str, ref: date | None, expected: tuple[str, str, str], lang: str
) -> None:
    assert one(text, ref, lang) == expected


# A month without a year takes a year written just before it, unless that year belongs to another clause.
YEAR_OF_MONTH = [
    ("The line opened in 1995, and in March it was extended.", date(1996, 5, 6), ["1995", "1995-03"]),
    ("Invited in July 1997, the three nations will join on March 12.", date(1999, 2, 27), ["1997-07", "1999-03-12"]),
    ("Under a plan adopted in 1987 that set no limit, the company had bought 400,000 shares through Sept. 29.", MON, ["1987", "1989-09-29"]),
    # the months in brackets after a split year open and close it
    ("Cane output in the 1986/87 crop (October/September) will fall.", date(1987, 3, 2), ["1986/1987", "1986-10", "1987-09"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "values"), YEAR_OF_MONTH)
def test_year_of_a_month_from_the_year_written_before_it(text: str, ref: date, values: list[str]) -> None:
    assert [v for _, _, v in tag(text, ref)] == values


# Two timexes side by side: the second day of a pair, a local time whose day is named after its world time.
SIDE_BY_SIDE = [
    # statistics copy: "a year earlier" is the month the sentence is about (the first it names), a year back; not
    # the base of a comparison, nor a month that opens a stretch of months
    ("Tin exports rose to 1,900 tonnes in January from 1,700 in December and 1,500 a year earlier.", date(1987, 3, 2), [("January", "DATE", "1987-01"), ("December", "DATE", "1986-12"), ("a year earlier", "DATE", "1986-01")]),
    ("The deficit narrowed to 140 mln from 250 mln in January and 190 mln a year earlier.", date(1987, 3, 20), [("January", "DATE", "1987-01"), ("a year earlier", "DATE", "1986")]),
    ("Output in the October-December quarter rose four pct from a year earlier.", date(1987, 3, 2), [("October", "DATE", "1986-10"), ("December", "DATE", "1986-12"), ("a year earlier", "DATE", "1986")]),
    # a week named by the day it closes on is that day's week
    ("Loans rose in the week ended Oct. 18, the bank said.", MON, [("the week", "DATE", "1989-W42"), ("Oct. 18", "DATE", "1989-10-18")]),
    ("Borrowings fell in the week to Wednesday.", MON, [("the week", "DATE", "1989-W43"), ("Wednesday", "DATE", "1989-10-25")]),
    ("A summit will be held in Washington on April 24 and 25.", date(1999, 2, 10), [("April 24", "DATE", "1999-04-24"), ("25", "DATE", "1999-04-25")]),
    ("The fund sold shares on March 2 and 3 at 34.75 dlrs.", date(1987, 3, 20), [("March 2", "DATE", "1987-03-02"), ("3", "DATE", "1987-03-03")]),
    ("The board met on March 2 and 25 directors quit.", date(1987, 3, 20), [("March 2", "DATE", "1987-03-02")]),
    ("The bomb went off at about 10:35 a.m. (0735 GMT) Friday.", date(1998, 8, 8), [("at about 10:35 a.m.", "TIME", "1998-08-07T10:35"), ("Friday", "DATE", "1998-08-07")]),
    # a clock time on the day named right before it: "<day> at <time>"
    ("Talks will resume Friday at 1000 EST.", MON, [("Friday", "DATE", "1989-11-03"), ("1000 EST", "TIME", "1989-11-03T10:00")]),
    ("The offer was extended until November 23 at 1800 EST.", MON, [("November 23", "DATE", "1989-11-23"), ("1800 EST", "TIME", "1989-11-23T18:00")]),
    ("The panel meets tomorrow at about 10 a.m.", MON, [("tomorrow", "DATE", "1989-10-31"), ("at about 10 a.m.", "TIME", "1989-10-31T10:00")]),
    # not a day named further back: the time of the writing day
    ("The plant was shut on Tuesday. The fire broke out at 10 p.m.", MON, [("Tuesday", "DATE", "1989-10-24"), ("10 p.m.", "TIME", "1989-10-30T22:00")]),
    # the plural part of the day after the second weekday is the first one's too
    ("The ferry sails on Friday or Saturday evenings.", MON, [("Friday", "SET", "XXXX-WXX-5TEV"), ("Saturday evenings", "SET", "XXXX-WXX-6TEV")]),
    ("New flights leave on Monday and Tuesday nights.", MON, [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("He spoke on Monday and Tuesday night.", MON, [("Monday", "DATE", "1989-10-30"), ("Tuesday night", "DATE", "1989-10-24")]),
    # each quarter or half of a list is a timex of its own, all of the year the list names or starts in
    ("Mills may run short in the second and third quarters.", date(1987, 4, 1), [("second", "DATE", "1987-Q2"), ("third quarters", "DATE", "1987-Q3")]),
    ("Ore prices should firm in the third and fourth quarters of 1987.", date(1987, 3, 2), [("third", "DATE", "1987-Q3"), ("fourth quarters of 1987", "DATE", "1987-Q4")]),
    ("Freight rates fell in the first, second and third quarters of last year.", MON, [("first", "DATE", "1988-Q1"), ("second", "DATE", "1988-Q2"), ("third quarters of last year", "DATE", "1988-Q3")]),
    ("The 1986 first and second quarters were hurt by strikes.", MON, [("1986", "DATE", "1986"), ("first", "DATE", "1986-Q1"), ("second quarters", "DATE", "1986-Q2")]),
    ("Gains were booked in the first and second halves of 1985.", MON, [("first", "DATE", "1985-H1"), ("second halves of 1985", "DATE", "1985-H2")]),
    ("Repairs are typically done in the second and fourth quarters.", MON, [("second", "SET", "XXXX-Q2"), ("fourth quarters", "SET", "XXXX-Q4")]),
    # a list in a clause about the future looks ahead: the next quarters of those names
    ("Analysts say demand will recover in the third and fourth quarters.", date(1987, 3, 2), [("third", "DATE", "1987-Q3"), ("fourth quarters", "DATE", "1987-Q4")]),
    ("Output will rise in the first and second quarters, the mill said.", date(1987, 11, 16), [("first", "DATE", "1988-Q1"), ("second quarters", "DATE", "1988-Q2")]),
    ("The plan goes to regulators in the first or second quarter 1988.", date(1987, 6, 19), [("first", "DATE", "1988-Q1"), ("second quarter 1988", "DATE", "1988-Q2")]),
    # a bare "May" or "March" next to another month is the month, not the verb or the march
    ("Grain shipments slowed in both May and June.", MON, [("May", "DATE", "1989-05"), ("June", "DATE", "1989-06")]),
    ("Options expired in January, March, May and July.", MON, [("January", "DATE", "1989-01"), ("March", "DATE", "1989-03"), ("May", "DATE", "1989-05"), ("July", "DATE", "1989-07")]),
    ("Mary May and John March sold their farm.", MON, []),
    # half a month is no half-year: only the month is a timex (a shipment month lies ahead)
    ("Traders sold white sugar for second half April shipment.", MON, [("April", "DATE", "1990-04")]),
    ("Dealers quoted first and second half June cargoes.", MON, [("June", "DATE", "1989-06")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), SIDE_BY_SIDE)
def test_timexes_side_by_side(text: str, ref: date, expected: list[tuple[str, str, str]]) -> None:
    assert tag(text, ref) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We may see more cuts, and protesters will march on the capital.",
        "The shares rose to $27 from $25, a gain of 50%.",
        "He came second in the race and was second to none.",
        "Exports of 1,990 tonnes were recorded and 2000 shares changed hands.",
        "Theresa May said the pact would hold.",
        "The 52-year-old executive is 44 years old.",
        "Prices saw a fall in the second half of trading.",
        "The quarter-to-quarter comparison was flattered by charges.",
        "The poster showed the sheriff of High Noon at high noon.",
        "The China Daily and Business Weekly reported the crop.",
        "Now, the senator said, the clinic attacks have new weight.",
        "Funds hold more than a quarter of the bonds.",
        "Avg shrs 5,280,854 vs 4,559,646\n\nYear\n\nShr 1.34 dlrs vs 1.15 dlrs",
        'He smiled. "Currently, nobody knows," he said.',
        "May/Jul  1      under  1      under",
        'The minister said on ABC\'s "This Week" that the blockade would hold.',
        "He told CBS's 60 Minutes that the boy should stay.",
        "The ruling matters for today's youth, the minister said.",
        "The chip runs in many of today's personal computers.",
        "The senator told USA Today that the bill was dead.",
        "Sales should rise 8.5% annually over the decade.",
        "Some two thousand people marched through the capital.",
        "Tanks crushed the Prague Spring.",
        "The current account deficit narrowed sharply.",
        "Its current-account surplus and current assets both grew.",
        "He won gold at the Summer Olympics.",
        "The Sunday Herald and the Sunday Courier ran the story.",
        "The chancellor repeated the forecast of his Autumn Statement.",
    ],
)
def test_no_false_alarms(text: str) -> None:
    assert tag(text, MON) == []


def test_seed_article_dates() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = find_dates(Document(text), THU, "en")
    values = {(r.text, r.value) for r in found}
    assert {("this Thursday", "2024-02-15"), ("1996", "1996"), ("February 24, 2022", "2022-02-24"),
            ("the past year", "2023"), ("1939-1945", "1939/1945")} <= values  # fmt: skip
    war = next(r for r in found if r.value == "1939/1945")
    assert war.resolved is not None
    assert (war.resolved.start, war.resolved.end) == ("1939-01-01", "1945-12-31")
    assert [r.id for r in found] == [f"d{i}" for i in range(1, len(found) + 1)]


def test_seed_article_without_reference_date_keeps_unresolved_values() -> None:
    found = find_dates(Document(SEED.read_text(encoding="utf-8")), None, "en")
    thursdays = [r for r in found if r.text == "this Thursday"]
    assert thursdays and all(r.value == "XXXX-WXX-4" and r.resolved is None for r in thursdays)


def test_weekday_after_a_future_weekday_continues_from_it() -> None:
    text = "Officials will hold talks next Monday and Tuesday. Ministers meet on Thursday and Friday."
    assert [v for _, _, v in tag(text, date(1987, 4, 1))] == ["1987-04-06", "1987-04-07", "1987-04-09", "1987-04-10"]


def test_numbers_after_a_month_that_are_no_day() -> None:
    assert tag("Brent for April 15-day forward delivery traded higher.", MON) == [
        ("April", "DATE", "1989-04"),
        ("15-day", "DURATION", "P15D"),
    ]
    assert tag("MAY       16,175          3,282", MON) == []


def test_year_ago_follows_the_quarter_being_reported() -> None:
    text = "Savin reported a third-quarter loss, compared with a profit a year earlier."
    assert [v for _, _, v in tag(text, MON)] == ["1989-Q3", "1988-Q3"]


LAST_YEAR_IN_EARNINGS = [
    # compared with the reported quarter, "last year" is that quarter a year before
    ("Acme Mills earned $4 million in the third quarter, compared with a loss of $1 million last year.", "1988-Q3"),
    ("The unit lost $9 million in the second quarter, compared with earnings of $2 million last year.", "1988-Q2"),
    # said on its own, it is the year
    ("Acme Mills earned $4 million in the third quarter. Last year it sold two plants.", "1988"),
    ("Acme Mills said profit fell, compared with last year, when it sold two plants.", "1988"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), LAST_YEAR_IN_EARNINGS)
def test_last_year_compared_with_a_quarter_is_that_quarter_a_year_before(text: str, value: str) -> None:
    assert tag(text, MON)[-1][2] == value


def test_earnings_periods_refer_to_the_reported_quarter() -> None:
    # a quarter named in passing does not take over from the one the story reports
    text = (
        "Brite Paper posted higher third-quarter profit. After a weak second quarter, pulp prices recovered. "
        "Results were hurt by charges in the year-earlier period. In the 1989 period, taxes were lower "
        "than a year ago."
    )
    assert [v for _, _, v in tag(text, MON)] == ["1989-Q3", "1989-Q2", "1988-Q3", "1989-Q3", "1988-Q3"]
    text = (
        "Delta Tools lost money in the third quarter. It earned $2 million in the corresponding period "
        "last year. Export sales for last year's quarter were $3 million."
    )
    assert tag(text, MON)[1:] == [
        ("the corresponding period last year", "DATE", "1988-Q3"),
        ("last year's quarter", "DATE", "1988-Q3"),
    ]


def test_a_year_earlier_after_the_months_of_the_year_is_the_year() -> None:
    # "For the nine months ... a year earlier" compares with the same months of last year, not the quarter
    text = (
        "Acme earned $3 million in the third quarter, up from $2 million a year earlier. For the nine months, "
        "it lost $1 million, compared with year-earlier net income of $4 million. In the first six months, "
        "sales rose from a year ago."
    )
    assert [v for _, _, v in tag(text, MON)] == ["1989-Q3", "1988-Q3", "P9M", "1988", "P6M", "1988"]


def test_the_previous_weekday_counts_from_the_day_the_story_is_about() -> None:
    text = "Stocks fell Friday. The index closed 4% below its level of the previous Friday."
    assert [v for _, _, v in tag(text, MON)] == ["1989-10-27", "1989-10-20"]
    text = "The strike began on Oct. 2. Talks resumed the following Thursday."
    assert [v for _, _, v in tag(text, MON)] == ["1989-10-02", "1989-10-05"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In the quarter ended Sept. 30, the airline earned $133 million.", "1989-Q3"),
        ("In the quarter ended July 31, the retailer lost money.", "1989-Q2"),  # May to July: mostly the second
        ("In the quarter ended Jan. 31, sales were flat.", "1988-Q4"),
        # the quarter still running, or the year written after its last day
        ("The chain expects a loss for the quarter ending Dec. 31, its chief said.", "1989-Q4"),
        ("The chain expects a loss for the quarter ending Dec. 31, 1990.", "1990-Q4"),
        # a quarter named by its first day holds most of the three months after it
        ("Layoffs may rise in the quarter starting Jan. 1, the union said.", "1990-Q1"),
    ],
)
def test_a_quarter_ended_on_a_day_is_the_calendar_quarter_it_mostly_covers(text: str, value: str) -> None:
    assert tag(text, MON)[0][2] == value


def test_a_year_before_quarter_is_that_year_s_quarter() -> None:
    text = "Acme had a third-quarter loss. Sales fell from the 1988 quarter."
    assert tag(text, MON)[1] == ("the 1988 quarter", "DATE", "1988-Q3")


def test_a_year_that_ends_on_a_date_is_a_length() -> None:
    assert tag("For the year ended June 30, the bank earned $4 million.", MON)[0] == ("the year", "DURATION", "P1Y")


def test_a_reported_clause_has_its_own_tense() -> None:
    text = "Talks open next Monday. An aide said that on Thursday the envoy would meet the minister."
    assert [v for _, _, v in tag(text, date(1987, 4, 1))] == ["1987-04-06", "1987-04-09"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reporting verb closing the sentence does not give the tense of the clause before it
        ("The board will vote on the proposed merger with its rival on Thursday, a spokesman told reporters.", "1989-11-02"),
        ("Its shares will be listed on the stock exchange, probably on Thursday, the bank said.", "1989-11-02"),
        # an adjective in -ed ("unchanged", "undisclosed") is no past tense
        ("The central bank is expected to leave its key discount rate unchanged on Thursday, dealers said.", "1989-11-02"),
        # "likely to", "unlikely to" look ahead as "expected to" does; "likely to have" looks back
        ("The central bank is unlikely to alter its lending rates at the next board meeting on Thursday, as markets have calmed, dealers said.", "1989-11-02"),
        ("The storm is likely to have damaged the crop on Thursday.", "1989-10-26"),
        # "due to" after the date gives a cause, not a time fixed ahead; after "be" it is a plan
        ("Reserves fell to 400 mln dlrs on Thursday due to corrections in six districts.", "1989-10-26"),
        ("Talks on Thursday are due to resume.", "1989-11-02"),
        # it does when the clause has no verb of its own that tells
        ("The first trade of the new contract on Thursday, dealers said.", "1989-10-26"),
        # a reporting verb after a date put in front is the clause's verb
        ("On Thursday, the company said it would raise its bid.", "1989-10-26"),
    ],
)
def test_a_trailing_attribution_leaves_the_tense_to_the_clause(text: str, expected: str) -> None:
    assert [v for _, _, v in tag(text, MON)] == [expected]


def test_a_past_tense_weekday_is_not_pulled_after_a_future_one() -> None:
    text = "The group could leave as soon as Tuesday. The mayor said Sunday that he would wait."
    assert [v for _, _, v in tag(text, date(2000, 4, 3))] == ["2000-04-04", "2000-04-02"]


def test_anchored_on_the_time_last_named() -> None:
    text = "On May 22, 1995, Farkas was promoted, and the following year he moved to Washington."
    assert [v for _, _, v in tag(text, date(1998, 4, 18))] == ["1995-05-22", "1996"]
    text = "The bid expired on Nov. 6. The next day, shares fell."
    assert [v for _, _, v in tag(text, MON)] == ["1989-11-06", "1989-11-07"]
    text = "The vote was held on Feb. 22. The next morning, the tallies were posted."
    assert [v for _, _, v in tag(text, date(2000, 2, 24))] == ["2000-02-22", "2000-02-23"]


def test_worded_year_ranges_are_two_years_as_in_timeml() -> None:
    assert tag("Sales slid between 1985 and 1987.", MON) == [("1985", "DATE", "1985"), ("1987", "DATE", "1987")]


def test_words_of_other_languages_stay_off_in_english() -> None:
    assert tag("Domingo said the mars rover landed.", MON, "en") == []


def test_resolved_interval_and_granularity() -> None:
    rec = find_dates(Document("Imports rose last month."), MON, "en")[0]
    assert rec.granularity == "month"
    assert rec.resolved is not None and (rec.resolved.start, rec.resolved.end) == ("1989-09-01", "1989-09-30")
    assert 0 <= rec.confidence <= 1


def test_days_around_an_event_take_the_month_last_named() -> None:
    text = "On Oct. 2 a guard was shot. Police searched the woods in the days after the shooting."
    assert tag(text, MON)[-1] == ("days", "DATE", "1989-10")
    assert tag("Trade flourished in the days of the empire.", MON) == []


def test_earlier_or_later_that_day_is_one_expression() -> None:
    found = tag("He was shot on Oct. 23. Earlier that day, police were warned.", MON)
    assert found[-1] == ("Earlier that day", "DATE", "1989-10-23")
    assert tag("She fled in June 1988 and returned later that year.", MON)[-1] == ("later that year", "DATE", "1988")


def test_a_year_is_not_open_ended_before_the_next_clause() -> None:
    found = tag("She flew the shuttle in October 1984 and later ran the agency.", MON)
    assert found == [("October 1984", "DATE", "1984-10")]


def test_no_value_before_year_one() -> None:
    # counting back from a reference date in year 1 reaches no calendar year TIMEX3 can write ('-001', '0000')
    records = find_dates(Document("It happened two years ago, and last year too."), date(1, 3, 1), "en")
    assert all(not r.value.startswith(("-", "0000")) for r in records)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In April three banks failed.", [("April", "1987-04")]),  # a count after the month, not its day
        ("He told the daily newspaper Asahi Shimbun the plan was dead.", []),  # a publication, not a recurrence
        ("The weekly magazine Der Spiegel reported it.", []),
    ],
)
def test_agency_copy_look_alikes(text: str, expected: list) -> None:
    assert [(r.text, r.value) for r in find_dates(Document(text), date(1987, 3, 30), "en")] == expected


def test_only_words_that_can_be_cues_are_read_for_the_tense() -> None:
    from extractor.dates import lexicon
    from extractor.dates.tense import Tense, _cue, _may_cue

    words = ["the", "board", "will", "meet", "to", "vote", "after", "it", "reported", "sharply", "lower", "profits",
             "on", "Wednesday", "said", "Red", "ended", *sorted(lexicon.cues("future_before"))]  # fmt: skip
    lows = [w.lower() for w in words]
    kept = set(_may_cue(lows, "en"))
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if _cue(word, following) is not Tense.UNKNOWN or lows[i] in lexicon.cues("future_before"):
            assert i in kept, word
    assert lows.index("board") not in kept and lows.index("sharply") not in kept
    assert list(_may_cue(lows, "pt")) == list(range(len(words)))  # other languages read every word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks resume tomoorrow in Geneva.", ("tomoorrow", "DATE", "1989-10-31")),
        ("Shares rose on Feburary 3.", ("Feburary 3", "DATE", "1989-02-03")),
        ("The plan took effect in Augsut.", ("Augsut", "DATE", "1989-08")),
        ("The board meets on Wenesday.", ("Wenesday", "DATE", "1989-11-01")),
    ],
)
def test_a_slip_of_the_keys_in_a_long_date_word_is_read_as_the_word(text: str, expected: tuple) -> None:
    assert tag(text, MON) == [expected]


def test_a_word_one_slip_from_a_date_word_is_no_date() -> None:
    assert tag("The fishermen rested on the Sunda shelf.", MON) == []  # a word of its own, not 'Sunday'
