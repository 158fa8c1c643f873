"""Named days (Christmas, Thanksgiving, Easter): the date of a holiday in a given year, from dates_holidays.tsv."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from re import Match

from extractor.dates import anchor, lexicon, timex
from extractor.dates.anchor import Norm
from extractor.dates.context import Context


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(rule: str, year: int) -> date:
    if rule.startswith("EASTER"):
        return easter(year) + timedelta(days=int(rule[6:]))
    if ":" in rule:
        nth, _, after = rule.partition("+")  # "11:1:1+1": the day after the first Monday of November
        month, weekday, n = (int(x) for x in nth.split(":"))
        last = calendar.monthrange(year, month)[1]
        days = [d for d in range(1, last + 1) if date(year, month, d).isoweekday() == weekday]
        return date(year, month, days[n - 1 if n > 0 else n]) + timedelta(days=int(after or 0))
    month, day = (int(x) for x in rule.split("-"))
    return date(year, month, day)


def holiday(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    rule = lexicon.holidays()[" ".join((g["name"] or "").lower().split()).replace("’", "'")]
    explicit = g.get("year")
    mod = (g.get("mod") or "").lower() or None
    # "Easter week", "Thanksgiving week": the week the holiday falls in
    value = timex.week if g.get("week") else timex.day
    if explicit:
        return Norm("DATE", value(holiday_date(rule, int(explicit))), 0.9)
    if ctx.ref is None:
        return None
    guess = holiday_date(rule, ctx.ref.year)
    year = anchor.year_of_month(ctx, guess.month, m.start(), m.end(), mod, guess.day)
    return Norm("DATE", value(holiday_date(rule, year or ctx.ref.year)), 0.8)
