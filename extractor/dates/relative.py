"""Expressions that point from the reference date or from the last time mentioned: weekdays, today,
last week, two years ago, the year-ago quarter, the weekend, now."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from re import Match

from extractor.dates import absolute, amounts, anchor, lexicon, timex
from extractor.dates.anchor import Norm
from extractor.dates.context import Context, opens_sentence
from extractor.dates.tense import Tense

_OFFSETS = {
    "last": -1, "past": -1, "the past": -1, "the last": -1, "previous": -1, "the previous": -1, "the prior": -1,
    "this": 0, "the current": 0,
    "next": 1, "the next": 1, "the coming": 1, "coming": 1, "the following": 1,
}  # fmt: skip
_UNITS = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE", "fiscal year": "Y"}
_SHARED_PLURAL_PART = re.compile(
    r",?\s+(?:and|or)\s+(?P<wd2>[A-Z][a-z]+)\s+(?P<part>morning|afternoon|evening|night)s\b"
)
_COMPARED_WITH = re.compile(r"\bcompared\s+with\b[^.;]*$")
WEEKEND_REACH = 3  # sentences after a weekend named within which "the weekend" is that one
ROUGH_WEEKS = 3  # from this many weeks back or ahead, "N weeks ago" names a week rather than a day
_EDGE_TIME = {"mid-afternoon": "AF", "midafternoon": "AF", "mid-morning": "MO", "midmorning": "MO"}


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _day_value(ctx: Context, d: date | None, part: str | None, unresolved: str, start: int) -> Norm:
    if d is None:
        return Norm("TIME" if part else "DATE", unresolved + (f"T{part}" if part else ""), 0.6)
    ctx.anchors.last_day = (d, ctx.sentence(start))
    return Norm("TIME" if part else "DATE", d.isoformat() + (f"T{part}" if part else ""), 0.8)


def weekday(ctx: Context, m: Match[str]) -> Norm | None:
    g, s, e = m.groupdict(), m.start(), m.end()
    wd = lexicon.weekdays(ctx.lang)[_norm(g["wd"])]
    part = timex.PARTS_OF_DAY[_norm(g["part"])] if g["part"] else None
    if not (g["set"] or g["plural"] or g["pplural"] or g["part"]):
        # "on Monday and Tuesday nights": the plural of the second day's part of the day is the first's too
        shared = _SHARED_PLURAL_PART.match(ctx.text, m.end())
        if shared and shared.group("wd2").lower() in lexicon.weekdays(ctx.lang):
            return Norm("SET", f"XXXX-WXX-{wd}T{timex.PARTS_OF_DAY[shared.group('part').lower()]}", 0.7)
    if g["set"] or g["plural"] or g["pplural"]:
        return Norm("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""), 0.75)
    mods = lexicon.modifiers(ctx.lang)
    mod = mods.get((_norm(g["mod"]), "before")) or mods.get((_norm(g["post"]), "after"))
    if mod is None and ctx.text.startswith(("'s", "’s"), e) and not _WILL_BEFORE.search(ctx.text, max(0, s - 80), s):
        # "Wednesday's ruling" looks back at an event that happened (`_WILL_BEFORE` not)
        mod = "this_or_last"
    d = anchor.weekday_of_month_day(ctx, wd, int(g["dom"])) if g.get("dom") else None
    if _norm(g["mod"]) in ("the previous", "the following") and ctx.anchors.last_day:
        # "down 4.5% from the previous Friday": the one before the day the story is about
        d = anchor.weekday_from(ctx.anchors.last_day[0], wd, -1 if mod == "last" else 1)
    d = d or anchor.weekday(ctx, wd, s, e, mod)
    if d is not None:
        ctx.anchors.last_weekday = (d, ctx.sentence(s))
    # TimeBank files "Friday morning" (and "Friday night") as the DATE of the Friday more often than as a
    # TIME; an evening is the one part of a named day it keeps ("Friday evening", 1989-10-27TEV)
    norm = _day_value(ctx, d, part if part == "EV" else None, f"XXXX-WXX-{wd}", s)
    if g["dayrel"] and d is not None:
        # "the day before last Tuesday('s hearing)": the story goes on from the Tuesday
        d += timedelta(days=-1 if _norm(g["dayrel"]) == "before" else 1)
        norm = replace(norm, value=d.isoformat())
    elif g["mod"] and mod is None:
        norm = replace(norm, start=m.start("wd"))  # "Earlier Friday": the timex is the weekday
    return norm


# "will" governing a place in an event named by its day: "he will do well in Tuesday's primary", "will urge them at
# Wednesday's meeting" ("will appeal Wednesday's ruling", "will comment on Friday's data" look back at it)
_WILL_BEFORE = re.compile(r"(?:\bwill|\bshall|'ll)\s+(?:[\w'’-]+\s+){0,8}?(?:in|at|during)\s+$")
_LENGTH_OF = frozenset({"for", "after", "within"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m else ""


_THEN_BEFORE = re.compile(r"\b[Tt]hen[\s-]$")
_THEN_ADVERB = frozenset({"since", "until", "till", "from", "by", "and", "but", "even", "only", "just"})  # "since then"
_MODALS = frozenset({"will", "would", "may", "might", "could", "can", "should", "must", "shall", "to"})
_MODAL_AFTER = re.compile(r"\s+(?:will|would|may|might|could|can|should|must|shall)\s+[a-z]")
_VERB_AFTER = re.compile(r"\s+[a-z]")


def _soon_before_verb(ctx: Context, m: Match[str]) -> bool:
    """ "it will soon begin", "they may soon seek", "sales to soon grow", "Kellogg soon will begin": "soon"
    between a modal (or "to") and its verb, or right before the modal, points ahead (FUTURE_REF); elsewhere
    ("as soon as", "soon after", "was soon released", "a reply would come soon") it is left alone."""
    text = ctx.text
    if _MODAL_AFTER.match(text, m.end()):
        return True
    return _word_before(text, m.start()) in _MODALS and bool(_VERB_AFTER.match(text, m.end()))


def day_word(ctx: Context, m: Match[str]) -> Norm | None:
    g, s = m.groupdict(), m.start()
    meaning = lexicon.phrases(ctx.lang)[_norm(g["word"])]
    kind, _, arg = meaning.partition(":")
    if kind == "REF":
        arg, _, only = arg.partition(":")
        if only == "before_verb" and not _soon_before_verb(ctx, m):
            return None
        if g["part"] or g["edge"]:
            return None
        if arg == "PRESENT" and ctx.text.startswith(",", m.end()) and opens_sentence(ctx.text, s):
            return None  # "Now, he says, ...", "Currently, ...": a discourse marker, not a time
        then = _THEN_BEFORE.search(ctx.text, max(0, s - 6), s) if _norm(g["word"]) == "current" else None
        if then and _word_before(ctx.text, then.start()) not in _THEN_ADVERB:
            # "at the then-current exchange rates": current back then, a time before the writing
            return Norm("DATE", "PAST_REF", 0.6, start=then.start())
        return Norm("DATE", f"{arg}_REF", 0.6)
    if kind == "LEN":  # "for a while": a length of time no number gives
        if g["part"] or g["edge"] or _word_before(ctx.text, s) not in _LENGTH_OF:
            return None
        return Norm("DURATION", arg, 0.5)
    part = timex.PARTS_OF_DAY[_norm(g["part"])] if g["part"] else _EDGE_TIME.get(_norm(g["edge"]))
    if kind == "DAY":
        arg, _, phrase_part = arg.partition(":")  # "DAY:-1:NI": the phrase names a part of the day ("anoche")
        part = part or phrase_part or None
        d = ctx.ref + timedelta(days=int(arg)) if ctx.ref else None
        return replace(_day_value(ctx, d, part, "XXXX-XX-XX", s), from_reference=d is not None)
    if g["part"] or g["edge"]:
        return None
    value = timex.shift(ctx.ref, kind, int(arg)) if ctx.ref else None
    return Norm("DATE", value or "XXXX", 0.8 if value else 0.5)


_CLOCK_IN = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s+(?:o'clock\s+)?in\s+$")


def part_of_day(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    if g["tonight"]:
        part, offset = "NI", 0
    elif g["midpart"]:  # "by mid-afternoon": that part of the day the story is about
        part, offset = timex.PARTS_OF_DAY[_norm(g["midpart"])], 0
    elif g["thepart"]:
        # "Shares fell Friday. Dealers placed buy orders in the morning": that part of the day just named
        if _CLOCK_IN.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None  # "leave at 4 in the morning": a clock time, not the morning
        part = timex.PARTS_OF_DAY[_norm(g["thepart"])]
        last = ctx.anchors.last_day
        if last and ctx.sentence(m.start()) - last[1] <= 1:
            return _day_value(ctx, last[0], part, "XXXX-XX-XX", m.start())
        offset = 0
    else:
        part = timex.PARTS_OF_DAY[_norm(g["part"])]
        offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[_norm(g["rel"])]
        if offset == -1 and _norm(g["rel"]) == "last" and part != "NI":
            return None  # "last morning" is not an expression of its own
    d = ctx.ref + timedelta(days=offset) if ctx.ref else None
    return replace(_day_value(ctx, d, part, "XXXX-XX-XX", m.start()), from_reference=d is not None)


def rel_unit(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    rel, unit = _norm(g["rel"]), _UNITS[_norm(g["unit"])]
    offset = _OFFSETS[rel]
    if m.group("half") and offset and unit in ("W", "M", "Y"):
        # "over the last year and a half": a length of time back (or ahead), not the year before this one
        return Norm("DURATION", timex.duration(1.5, unit), 0.7)
    # "the following year", "the previous month" count from the time last named, not from the reference date
    last_year, last_month = ctx.anchors.last_year, ctx.anchors.last_month
    if rel in ("the following", "the previous", "the prior") and unit == "Y" and last_year:
        return Norm("DATE", f"{last_year[0] + offset:04d}", 0.7)
    if rel in ("the following", "the previous", "the prior") and unit == "M" and last_month:
        moved = timex.add_months(date(last_month[0], last_month[1], 1), offset)
        return Norm("DATE", timex.month(moved.year, moved.month), 0.7)
    if rel in ("the following", "the previous", "the prior") and unit == "W" and (named := _week_named(ctx, m.start())):
        # "in the week ended April 3 ... from 106.33 mln the previous week": the week before that one
        return Norm("DATE", timex.week(named + timedelta(weeks=offset)), 0.7)
    if unit == "DE" and rel in ("past", "the past"):
        # "over the past decade": the ten years up to now, not the decade before this one (TimeML: P10Y)
        return Norm("DURATION", "P10Y", 0.7)
    if ctx.ref is None:
        return Norm(
            "DATE", {"W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX"), 0.5
        )
    compared = unit == "Y" and rel == "last" and _COMPARED_WITH.search(ctx.text, max(0, m.start() - 60), m.start())
    quarter = ctx.recent_quarter(m.start()) if compared else None
    if quarter:
        # earnings copy: "compared with $33 million last year" is the same quarter of the year before
        return Norm("DATE", timex.quarter(*timex.add_quarters(*quarter, -4)), 0.7)
    reported = ctx.recent_quarter(m.start(), window=12) if unit == "Q" and rel == "this" else None
    if reported and ctx.text.startswith(("'s", "’s"), m.end()):
        # earnings copy: "This quarter's loss includes charges" is the quarter being reported
        return Norm("DATE", timex.quarter(*reported), 0.7)
    value = timex.shift(ctx.ref, unit, offset)
    if value is None:
        return None
    if unit == "Q":
        y, q = timex.add_quarters(*timex.quarter_of(ctx.ref), offset)
        ctx.name_quarter(y, q, m.start())
    if unit == "W":
        ctx.anchors.last_week = (ctx.ref + timedelta(weeks=offset), ctx.sentence(m.start()))
    if unit == "WE":
        ctx.anchors.last_weekend = (value, ctx.sentence(m.start()))
    return Norm("DATE", value, 0.85)


def _week_named(ctx: Context, start: int) -> date | None:
    """A day of the week last named ("the week ended April 3", "last week"), in this sentence or the one before."""
    here = ctx.sentence(start)
    named = [a for a in (ctx.anchors.last_day, ctx.anchors.last_week) if a and here - a[1] <= 1]
    return max(named, key=lambda a: a[1])[0] if named else None


def _ago_start(m: Match[str]) -> int:
    """TimeBank keeps every hedge of a point in the past inside ("about two years ago", "some weeks ago"),
    unlike the rough estimates of a length ("about three days"); "just", "only" stay out."""
    approx = (m.groupdict().get("approx") or "").lower()
    return m.start("num") if approx in ("just", "only") else m.start()


def ago(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    unit = lexicon.units(ctx.lang).get(_norm(g["unit"]))
    amount = amounts.amount(g["num"] or "")
    # TimeBank reads "three days later" as the length "three days" (the duration family takes it)
    if unit is None or unit in ("H", "MIN", "S") or _norm(g["dir"]) == "later":
        return None
    if amount is not None and not amount.is_integer():
        return None  # "2 1/2 years ago": no calendar unit to land on; the length stands
    n = None if amount is None else int(amount)
    sign = 1 if _norm(g["dir"]) in ("from now", "hence") else -1
    if ctx.ref is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", 0.5)
    if n is None:  # "a few years ago": the decade it falls in, as TimeML writes it (199X)
        vague = {"Y": f"{ctx.ref.year // 10}X", "M": f"{ctx.ref.year:04d}-XX", "W": f"{ctx.ref.year:04d}-WXX",
                 "D": f"{ctx.ref.year:04d}-{ctx.ref.month:02d}-XX"}.get(unit)  # fmt: skip
        if sign < 0 and vague:
            return Norm("DATE", vague, 0.5)
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", 0.6)
    quarter = ctx.recent_quarter(m.start())
    if unit == "Y" and quarter and sign < 0:
        # earnings copy: "a year ago" is the same quarter of the previous year
        return Norm("DATE", timex.quarter(*timex.add_quarters(*quarter, -4 * n)), 0.75, start=_ago_start(m))
    first = ctx.anchors.first_month
    past = first and (first[0], first[1]) <= (ctx.ref.year, ctx.ref.month)  # figures are of a month gone by
    if (
        unit == "Y"
        and n == 1
        and sign < 0
        and past
        and first[2] == ctx.sentence(m.start())
        and absolute.month_of_the_sentence(ctx, first[3])
    ):
        # statistics copy: "exports fell in February from 2.1 billion in January and 2.8 billion a year ago" is the
        # month the sentence is about (the first it names), a year back
        return Norm("DATE", timex.month(first[0] - 1, first[1]), 0.75, start=_ago_start(m))
    if unit in ("D", "W"):
        d = ctx.ref + timedelta(days=sign * n * (7 if unit == "W" else 1))
        # "two weeks ago" still names a day (a fortnight back); "six weeks ago" only a week
        value = timex.week(d) if unit == "W" and n >= ROUGH_WEEKS else timex.day(d)
        return Norm("DATE", value, 0.8, start=_ago_start(m))
    if unit in _YEARS_IN:
        # "a decade ago" is the year ten years back, not the decade before this one
        year = ctx.ref.year + sign * n * _YEARS_IN[unit]
        return Norm("DATE", f"{year:04d}", 0.7, start=_ago_start(m)) if 0 < year < 10000 else None
    value = timex.shift(ctx.ref, unit, sign * n)
    return Norm("DATE", value, 0.8, start=_ago_start(m)) if value else None


_YEARS_IN = {"DE": 10, "CE": 100}


def this_period(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    unit, adj = _norm(g["unit"]), _norm(g["adj"])
    after = ctx.word_after(m.end()).lower()
    # "for the year ended March 31" is a length ("rose over the previous year to 33.96 mln" is not)
    to_a_number = after == "to" and _TO_A_NUMBER.match(ctx.text, m.end())
    if unit in ("year", "fiscal year") and after in ("ended", "ending", "ends", "through", "to") and not to_a_number:
        return Norm("DURATION", "P1Y", 0.7)
    year_ago = any(w in adj for w in _YEAR_AGO) or g["tail"] or g["lastyr"]
    if g["before"]:
        return _unit_before(ctx, m, unit)
    if unit == "quarter" and not adj and (closing := _quarter_ended(ctx, m.end())):
        ctx.name_quarter(*closing, m.start())
        return Norm("DATE", timex.quarter(*closing), 0.75)
    words = set(adj.split())
    if unit == "quarter" and "first" in words and words <= _FIRST_QUARTER_WORDS and not year_ago:
        # "its first fiscal quarter (of 1987)": the first quarter by its name, as TimeML values a fiscal quarter, not
        # the one the story reports; "the prior first quarter" is the one a year before ("the first quarter last
        # year" too, below)
        written = _YEAR_AFTER.match(ctx.text, m.end())
        norm = absolute.nth_quarter(ctx, 1, written.group(1) if written else None, m.start())
        if words.isdisjoint({"prior", "previous"}) or not norm.value[:4].isdigit():
            return norm
        ctx.name_quarter(int(norm.value[:4]) - 1, 1, m.start())
        return replace(norm, value=f"{int(norm.value[:4]) - 1:04d}-Q1")
    if unit in ("quarter", "period"):
        recent = None if "current" in adj else ctx.recent_quarter(m.start(), window=12)
        if recent is None:
            if unit == "period" and year_ago and ctx.ref:
                return Norm("DATE", f"{ctx.ref.year - 1:04d}", 0.6)  # "the year-earlier period"
            if unit == "period" or ctx.ref is None:
                return None
            recent = timex.quarter_of(ctx.ref)
            if "current" not in adj:
                recent = timex.add_quarters(*recent, -1)
        shift = -4 if year_ago else (-1 if ("previous" in adj or "prior" in adj) else 0)
        y, q = timex.add_quarters(*recent, shift)
        if shift == 0 or _norm(g["det"]).endswith("that"):
            ctx.name_quarter(y, q, m.start())
        return Norm("DATE", timex.quarter(y, q), 0.7)
    if unit in ("year", "fiscal year"):
        if _norm(g["det"]).endswith("that") or "same" in adj or "same" in _norm(g["det"]):
            last = ctx.anchors.last_year
            return Norm("DATE", f"{last[0]:04d}", 0.7) if last else None
        if ("current" in adj or "fiscal" in adj or unit == "fiscal year") and ctx.ref:
            return Norm("DATE", f"{ctx.ref.year - (1 if year_ago else 0):04d}", 0.7)
        if _norm(g["det"]) == "the" and adj in ("", "full") and ctx.ref:
            # "for the year", "the first nine months of the year": the year being reported, a year named
            # in the same sentence or the current one
            return Norm("DATE", f"{ctx.recent_year(m.start()) or ctx.ref.year:04d}", 0.6)
        return None
    if unit == "month" and "same" in _norm(g["det"]) + adj and ctx.anchors.last_month:
        # "rose in January compared with the same month a year earlier": the month named, a year back; "the same
        # month in 1985" is that year's (the year is a timex of its own)
        y, mo = ctx.anchors.last_month
        written = _YEAR_AFTER.match(ctx.text, m.end())
        y = int(written.group(1)) if written else y - (1 if year_ago else 0)
        if _norm(g["tail"]) == "last year" and ctx.ref and not written:
            y = ctx.ref.year - 1  # "last year" counts from the time of writing, not from the month last named
        return Norm("DATE", timex.month(y, mo), 0.6)
    if unit == "week" and _norm(g["det"]) == "the" and not adj:
        if ctx.ref and (closing := _week_ended(ctx, m.end())):
            return Norm("DATE", timex.week(closing), 0.7)  # "in the week ended February 25": that day's week
        # "for the week, the index fell", "the week's most active session": a week of the story, not said
        # which; TimeML leaves its number open
        return Norm("DATE", f"{ctx.ref.year:04d}-WXX" if ctx.ref else "XXXX-WXX", 0.5)
    return None


_WEEK_ENDED = re.compile(
    r"\s+(?:ended|ending|to|through)\s+(?:(?P<dayword>yesterday|today)\b|(?P<wd>[A-Z][a-z]+day)\b,?\s*)?"
    r"(?:(?P<mon>[A-Z][a-z]+)\.?\s+(?P<day>[0-3]?\d)\b(?!,\d)(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)?"
)


def _week_ended(ctx: Context, end: int) -> date | None:
    """The day "the week ended (to) ..." closes on: a month's day ("ended February 25", of the year written
    after it or the one the day alone is read in), a weekday ("the week to Wednesday", the last one) or the day
    before or of writing ("the week ended yesterday")."""
    m = _WEEK_ENDED.match(ctx.text, end)
    if m is None or ctx.ref is None:
        return None
    if m.group("dayword"):
        return ctx.ref - timedelta(days=1 if m.group("dayword") == "yesterday" else 0)
    month = lexicon.months(ctx.lang).get(m.group("mon").lower()) if m.group("mon") else None
    if month is not None:
        day, written = int(m.group("day")), m.group("year")
        year = int(written) if written else anchor.year_of_month(ctx, month[0], m.start("mon"), m.end(), None, day)
        try:
            return date(year, month[0], day) if year else None
        except ValueError:
            return None
    wd = lexicon.weekdays(ctx.lang).get(m.group("wd").lower()) if m.group("wd") else None
    return anchor.weekday(ctx, wd, m.start("wd"), m.end("wd"), "this_or_last") if wd else None


_FROM_AN_EVENT = re.compile(r"\s+(?:the|a|an|its|his|her|their|this|that|these|those|last|[A-Z0-9])")


def _unit_before(ctx: Context, m: Match[str], unit: str) -> Norm | None:
    """ "4 mln against 3 mln the year before", "the month earlier": the year (month) before the one last named,
    else before the time of writing. "the year before the merger" counts back from an event: only "the year"
    is then a time, the story's."""
    if _FROM_AN_EVENT.match(ctx.text, m.end()):
        if unit != "year" or _norm(m.group("det")) != "the" or m.group("adj") or ctx.ref is None:
            return None
        return Norm("DATE", f"{ctx.recent_year(m.start()) or ctx.ref.year:04d}", 0.6, end=m.end("unit"))
    if unit == "year":
        named = ctx.recent_year(m.start(), window=1)
        year = named if named is not None else (ctx.ref.year if ctx.ref else None)
        return Norm("DATE", f"{year - 1:04d}", 0.6) if year is not None else None
    last = ctx.anchors.last_month
    if last is None and ctx.ref is None:
        return None
    y, mo = last or (ctx.ref.year, ctx.ref.month)  # type: ignore[union-attr]
    before = timex.add_months(date(y, mo, 1), -1)
    return Norm("DATE", timex.month(before.year, before.month), 0.6)


_TO_A_NUMBER = re.compile(r"\s+to\s+[\d$]")
_FIRST_QUARTER_WORDS = frozenset({"first", "fiscal", "prior", "previous"})
_YEAR_AFTER = re.compile(r"\s+(?:in|of|for)\s+((?:19|20)\d\d)\b")
_YEAR_AGO = ("year-ago", "year-earlier", "year ago", "year earlier")  # agency copy drops the hyphen
_ENDED_ON = re.compile(
    r"\s+(?:ended|ending|(?P<begins>starting|beginning|begun|started))\s+(?P<mon>[A-Za-z]+)\.?\s+(?P<day>[0-3]?\d)\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)


def _quarter_ended(ctx: Context, end: int) -> tuple[int, int] | None:
    """ "the quarter ended Sept. 30", "the quarter ended July 31": the calendar quarter that holds most of the
    three months before that day (a fiscal quarter seldom ends with a calendar one). The day is of the year
    written after it, else of the year the day alone would be read in: the quarter still running ("expects a loss
    for the quarter ending March 31", written in March) is this year's. "The quarter starting April 1" holds most
    of the three months after its first day."""
    m = _ENDED_ON.match(ctx.text, end)
    month = m and lexicon.months(ctx.lang).get(m.group("mon").lower())
    if m is None or month is None or ctx.ref is None:
        return None
    day = int(m.group("day"))
    # the year of the day as the day alone would have it ("June 30" read on its own)
    written = m.group("year")
    year = int(written) if written else anchor.year_of_month(ctx, month[0], m.start("mon"), m.end(), None, day)
    if year is None:
        return None
    try:
        middle = date(year, month[0], day) + timedelta(days=45 if m.group("begins") else -45)
    except ValueError:
        return None
    return timex.quarter_of(middle)


def year_ago(ctx: Context, m: Match[str]) -> Norm | None:
    quarter = ctx.recent_quarter(m.start(), window=12)
    if quarter:
        return Norm("DATE", timex.quarter(*timex.add_quarters(*quarter, -4)), 0.7)
    return Norm("DATE", f"{ctx.ref.year - 1:04d}", 0.6) if ctx.ref else None


def nth_day(ctx: Context, m: Match[str]) -> Norm | None:
    """ "Today is the eighth day of the operation", "it's the second day of an offensive": the day counted
    is the day the story is written (in the present tense only: "Friday was the third day of" is Friday)."""
    return Norm("DATE", ctx.ref.isoformat(), 0.6) if ctx.ref else None


def weekend(ctx: Context, m: Match[str]) -> Norm | None:
    rel = _norm(m.group("rel"))
    ref = ctx.ref
    if ref is None:
        return Norm("DATE", "XXXX-WXX-WE", 0.5)
    saturday_this_week = ref + timedelta(days=6 - ref.isoweekday())
    named = ctx.anchors.last_weekend
    if rel == "the" and named and ctx.sentence(m.start()) - named[1] <= WEEKEND_REACH:
        # "ministers meet this weekend ... talks at the weekend meeting": the weekend just named
        return Norm("DATE", named[0], 0.75)
    if rel in ("last", "this past"):
        sat = saturday_this_week - timedelta(days=7)
    elif rel in ("next", "this coming"):
        sat = saturday_this_week + (timedelta(days=7) if ref.isoweekday() >= 6 else timedelta(0))
    elif rel == "this" or ref.isoweekday() >= 6:
        sat = saturday_this_week
    else:
        future = ctx.tense(m.start(), m.end()) is Tense.FUTURE
        sat = saturday_this_week if future else saturday_this_week - timedelta(days=7)
    value = timex.week(sat) + "-WE"
    ctx.anchors.last_weekend = (value, ctx.sentence(m.start()))
    return Norm("DATE", value, 0.75)


def ref_word(ctx: Context, m: Match[str]) -> Norm | None:
    return Norm("DATE", "FUTURE_REF" if m.group("fut") else "PAST_REF", 0.6)


def day_after(ctx: Context, m: Match[str]) -> Norm | None:
    """ "the next day", "the day before", "that day": a day counted from the last day mentioned."""
    g = m.groupdict()
    word = _norm(g["rel"] or g["rel2"])
    offset = {"following": 1, "next": 1, "after": 1, "previous": -1, "prior": -1, "before": -1}.get(word, 0)
    last = ctx.anchors.last_day
    if last is None:
        return None
    d = last[0] + timedelta(days=offset)
    ctx.anchors.last_day = (d, ctx.sentence(m.start()))
    return Norm("DATE", d.isoformat(), 0.6)


def period_edge(ctx: Context, m: Match[str]) -> Norm | None:
    """ "the end of the month": the current week, month or quarter (or the one being reported)."""
    unit = _norm(m.group("unit"))
    if ctx.ref is None:
        return None
    if unit == "quarter":
        y, q = ctx.recent_quarter(m.start()) or timex.quarter_of(ctx.ref)
        return Norm("DATE", timex.quarter(y, q), 0.6)
    return Norm("DATE", timex.shift(ctx.ref, "W" if unit == "week" else "M", 0) or "", 0.6)


def around_event(ctx: Context, m: Match[str]) -> Norm | None:
    """ "in the weeks before the shooting": a stretch of time next to an event, valued as the month last
    named (the event's, in the stories that use it), as TimeBank does."""
    last = ctx.anchors.last_month
    return Norm("DATE", timex.month(*last) if last else "PAST_REF", 0.5)
