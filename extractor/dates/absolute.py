"""Calendar expressions that carry their own numbers: dates, months, years, ranges, decades, quarters,
seasons and clock times. A missing year comes from `anchor.year_of_month`."""

from __future__ import annotations

import calendar
import itertools
import re
from datetime import date
from re import Match

from extractor.dates import anchor, grammar, languages, lexicon, timex
from extractor.dates.anchor import Norm
from extractor.dates.context import Context
from extractor.dates.tense import Tense

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_LAST = {"quarter": 4, "half": 2}  # "the last half of 1989" is its second half
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_BY_BEFORE = re.compile(r"\b(?:[Bb]y|[Uu]ntil)\s+$")
REPORTING_MONTHS = 4  # a quarter or half over for fewer whole months than this may still be what is reported


def month_number(ctx: Context, name: str) -> int:
    return lexicon.months(ctx.lang)[_SPACES.sub(" ", name.lower())][0]


def _day(text: str) -> int:
    return int(_DIGITS.match(text)[0])  # type: ignore[index]


def _valid(y: int | None, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y or 2000, m)[1]


def _calendar_day(ctx: Context, mon: str, dd: str, year: str | None, wd: str | None, s: int, e: int) -> Norm | None:
    m, d = month_number(ctx, mon), _day(dd)
    y = int(year) if year else anchor.year_of_month(ctx, m, s, e, None, d)
    if not _valid(y, m, d):
        return None
    if y is None:
        return Norm("DATE", f"XXXX-{m:02d}-{d:02d}", 0.7)
    remember(ctx, s, y if year else None, (y, m), date(y, m, d))
    return Norm("DATE", f"{y:04d}-{m:02d}-{d:02d}", 0.95 if year else 0.85)


# a month that closes or opens a stretch of time: "the half ended December 31", "the year to February",
# "between October 1 and February 28", "October-February", "the October/September wheat year"
_IN_A_PERIOD = re.compile(
    r"(?:\b(?:ended|ending|to|through|starting|beginning|since|until|between|and|of)\s+(?:the\s+)?(?:end-)?|[-/]\s*)$",
    re.IGNORECASE,
)


# "the October-December quarter", "(Nov/Oct)", "in January and February", "the December 1986 quarter"
_OPENS_A_RANGE = re.compile(r"[A-Za-z]+\.?,?(?:\s+\d{4})?\s*(?:[-/]|and\b|quarter\b|half\b)")
_COMPARED_BEFORE = re.compile(r"\b(?:from|against|compared|versus|vs|after|than)\b", re.IGNORECASE)


def month_of_the_sentence(ctx: Context, start: int) -> bool:
    """Whether the first month a sentence names is the one it is about: not the end of a stretch of time, nor the
    base of a comparison ("the deficit narrowed to 146 mln from 253 mln in January and 192 mln a year earlier")."""
    if _IN_A_PERIOD.search(ctx.text, max(0, start - 30), start) or _OPENS_A_RANGE.match(ctx.text, start):
        return False
    sent = ctx.doc.sentence_at(start)
    return not _COMPARED_BEFORE.search(ctx.text, sent.start if sent else max(0, start - 200), start)


def remember(ctx: Context, start: int, year: int | None, month: tuple[int, int] | None, day: date | None) -> None:
    """Explicit times become the anchors of "the following year", "that day", "the next month"."""
    sentence = ctx.sentence(start)
    if year is not None:
        ctx.anchors.last_year = (year, sentence, start)
    if month is not None:
        ctx.anchors.last_month = month
        first = ctx.anchors.first_month
        if first is None or first[2] != sentence:
            ctx.anchors.first_month = (*month, sentence, start)
    if day is not None:
        ctx.anchors.last_day = (day, sentence)


def month_day(ctx: Context, m: Match[str]) -> Norm | None:
    g, s, e = m.groupdict(), m.start(), m.end()
    year = g["year"]
    if g.get("yrel") and ctx.ref:  # "October 1 this year"
        year = str(ctx.ref.year + _YEAR_OFFSETS[g["yrel"].lower()])
    return _calendar_day(ctx, g["mon"] or "", g["day"] or "", year, g.get("wd"), s, e)


def month_spelled_day(ctx: Context, m: Match[str]) -> Norm | None:
    """ "April six", "March twenty-first": a day written out after its month."""
    day = grammar.SPELLED_DAYS[m.group("sday").lower()]
    return _calendar_day(ctx, m.group("mon"), str(day), None, None, m.start(), m.end())


def second_day(ctx: Context, m: Match[str]) -> Norm | None:
    """The second day of "April 24 and 25", "from April 16 to 27", "April 16-27": a timex of its own (as TimeML
    marks it) in the month of the day just before it."""
    last, day = ctx.anchors.last_day, int(m.group("day"))
    if last is None or last[1] != ctx.sentence(m.start()) or day <= last[0].day:
        return None
    # the day named right before the conjunction must be that last day ("April 24 and 25", "Nov. 1st or 2nd")
    if not re.search(rf"\b0?{last[0].day}(?:st|nd|rd|th)?\s*$", ctx.text[max(0, m.start() - 8) : m.start()]):
        return None
    if not _valid(last[0].year, last[0].month, day):
        return None
    d = last[0].replace(day=day)
    remember(ctx, m.start(), None, None, d)
    return Norm("DATE", d.isoformat(), 0.8, start=m.start("day"))


def week_of(ctx: Context, m: Match[str]) -> Norm | None:
    """ "the week of March 6": the ISO week that holds the day."""
    day = month_day(ctx, m)
    if day is None or "X" in day.value:
        return None
    return Norm("DATE", timex.week(date.fromisoformat(day.value)), day.confidence)


def range_start(ctx: Context, m: Match[str]) -> Norm | None:
    """The first day of "de 3 a 5 de abril" (`languages`): the month and year are the second day's."""
    g = m.groupdict()
    return _calendar_day(ctx, g["mon"] or "", g["day"] or "", g["year"], None, m.start(), m.end())


def day_of_month(ctx: Context, m: Match[str]) -> Norm | None:
    """ "no dia 20", "el pasado día 12" (`languages`): that day of the reference month, or of the month before
    (after) when the sentence looks back (ahead) past it."""
    d, ref = int(m.group("day")), ctx.ref
    if ref is None:
        return Norm("DATE", f"XXXX-XX-{d:02d}", 0.5)
    direction = Tense.PAST if m.group("past") else ctx.tense(m.start(), m.end())
    step = -1 if direction is Tense.PAST and d > ref.day else 1 if direction is Tense.FUTURE and d < ref.day else 0
    month = timex.add_months(date(ref.year, ref.month, 1), step)
    if not _valid(month.year, month.month, d):
        return None
    remember(ctx, m.start(), None, (month.year, month.month), date(month.year, month.month, d))
    return Norm("DATE", f"{month.year:04d}-{month.month:02d}-{d:02d}", 0.7)


def month_year(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    y, mo = _written_year(g) or 0, month_number(ctx, g["mon"] or "")
    remember(ctx, m.start(), y, (y, mo), None)
    return Norm("DATE", timex.month(y, mo), 0.95)


def month_range(ctx: Context, m: Match[str]) -> Norm | None:
    g, s, e = m.groupdict(), m.start(), m.end()
    m1, m2 = month_number(ctx, g["mon"] or ""), month_number(ctx, g["mon2"] or "")
    y2 = int(g["year"]) if g["year"] else anchor.year_of_month(ctx, m2, s, e, None)
    if y2 is None:
        return Norm("DATE", f"XXXX-{m1:02d}/XXXX-{m2:02d}", 0.6)
    y1 = y2 if m1 <= m2 else y2 - 1
    return Norm("DATE", f"{timex.month(y1, m1)}/{timex.month(y2, m2)}", 0.85)


_DAY_AFTER = re.compile(r"\s+\d")
# a month after another in a list or a span: "in May, June, July and August", "for August to December shipment"
_LISTED_AFTER = re.compile(r"([A-Za-z]+)\.?(?:\s*[,/-]\s*|\s+(?:and|or|to|through|until|till)\s+)$")
# a month naming a futures contract or the terms of a sale, which lie ahead: "the October and December contracts",
# "for May shipment" ("February shipments were up" counts what was shipped)
_TRADED_MONTH = re.compile(
    r"(?:\s*(?:[,/-]|\band\b|\bor\b|\bto\b)\s*[A-Z][a-z]+\.?)*\s+(?:contracts?|futures|delivery|shipment|loading)\b"
)
# the same with up to two words before the noun, or a bond or an arrival ("the June bond contract", "June T-bonds",
# "the October New York delivery", "August live cattle futures", "May arrival"): read only for a month later in
# the year than the reference date's, where the past reading would be most of a year back; the words between are
# no function words ("rejected in late January a contract proposal", "since January to issue bonds") and a bond
# named with its issue or yield is the one issued in that month ("the February bond issue")
_TRADED_LATER = re.compile(
    r"(?:\s*(?:[,/-]|\band\b|\bor\b|\bto\b)\s*[A-Z][a-z]+\.?)*\s+"
    r"(?:(?!(?:a|an|the|to|of|in|on|at|for|from|by|with|and|or|as|is|was|were|are|be|been|has|had|have|when|which"
    r"|that|its|their|his|her|this|these|those|it|he|she|they|we)\b)[A-Za-z][\w-]*\s+){0,2}?"
    r"(?:contracts?|futures|delivery|shipment|loading|arrival|T-bonds?|bonds?)\b(?!\s+(?:issues?|yields?)\b)"
)


# a month after the words that name a futures contract by its month: "Near July traded at", "new crop July"
_TRADED_BEFORE = re.compile(r"\b(?:[Nn]ear(?:by)?|[Nn]ew[\s-]crop|[Oo]ld[\s-]crop)\s+$")


def _traded(ctx: Context, month: int, start: int, end: int) -> bool:
    """The month (at `start`:`end`) names a futures contract or the terms of a sale."""
    if _TRADED_MONTH.match(ctx.text, end) or _TRADED_BEFORE.search(ctx.text, max(0, start - 10), start):
        return True
    return ctx.ref is not None and month > ctx.ref.month and _TRADED_LATER.match(ctx.text, end) is not None


def _no_year_near(ctx: Context, start: int) -> bool:
    return ctx.recent_year(start, reach=anchor.YEAR_REACH) is None


# months joined in a list go on into the next year only in a short run ("November, December and January"); "for
# April/May and April/June shipment" names two spans of one year
LIST_ROLLOVER = 3
_JOINED_AS_LIST = re.compile(r"(?:,|\band|\bor)\s*$")


def _follows_in_list(ctx: Context, start: int, month: int) -> tuple[int, int] | None:
    """The (year, month) just named, if this month follows it in a list or a span."""
    last = ctx.anchors.last_month
    before = _LISTED_AFTER.search(ctx.text, max(0, start - 16), start) if last else None
    named = before and lexicon.months(ctx.lang).get(before.group(1).lower())
    if not (named and last and named[0] == last[1]):
        return None
    rolls_over = month < last[1]
    if rolls_over and month + 12 - last[1] > LIST_ROLLOVER and _JOINED_AS_LIST.search(before.group()):  # type: ignore[union-attr]
        return None
    return last


# the months of a list after this one, up to a year that closes it: "in April and May 1986", "in April, August,
# September and December last year", "between December and January 1987"
_LIST_ON = re.compile(r"\.?(?:\s*[,/-]\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+)([A-Z][a-z]+)")
_LIST_YEAR = re.compile(r"\.?,?\s+(?:((?:19|20)\d\d)\b(?![-/]\d)|(last|this|next)\s+year\b)")


def _year_closing_list(ctx: Context, month: int, end: int) -> int | None:
    """The year of a month that opens a list of months closed by a year (`_LIST_ON`, `_LIST_YEAR`): the one
    written, or the one before it for a month later in the calendar than the next."""
    months = lexicon.months(ctx.lang)
    later: list[int] = []
    while (on := _LIST_ON.match(ctx.text, end)) and (named := months.get(on.group(1).lower())):
        later.append(named[0])
        end = on.end()
    closing = _LIST_YEAR.match(ctx.text, end) if later else None
    if closing is None:
        return None
    if closing.group(1):
        year = int(closing.group(1))
    elif ctx.ref is None:
        return None
    else:
        year = ctx.ref.year + _YEAR_OFFSETS[closing.group(2).lower()]
    run = [month, *later]
    return year - sum(1 for a, b in itertools.pairwise(run) if a > b)  # each turn of the calendar, a year back


def month(ctx: Context, m: Match[str]) -> Norm | None:
    g, s, e = m.groupdict(), m.start(), m.end()
    m = month_number(ctx, g["mon"] or "")
    mods = lexicon.modifiers(ctx.lang)
    mod = mods.get((_SPACES.sub(" ", (g["mod"] or "").lower()), "before"))
    mod = mod or mods.get(((g["post"] or "").lower(), "after"))  # "novembre dernier"
    if g["yrel"] and ctx.ref:  # "June last year"
        y: int | None = ctx.ref.year + _YEAR_OFFSETS[g["yrel"].lower()]
    elif mod in ("last", "next") and ctx.ref and m == ctx.ref.month:
        y = ctx.ref.year + (1 if mod == "next" else -1)  # "crashed last February", written in February
    elif mod == "last" and ctx.ref and m == ctx.ref.month - 1 and not _DAY_AFTER.match(ctx.text, e):
        # written in March, the February just gone is "last month": "last February" is a year back (not
        # "last February 19", a day the month family reads alone)
        y = ctx.ref.year - 1
    elif not mod and (previous := _follows_in_list(ctx, s, m)):
        y = previous[0] if m >= previous[1] else previous[0] + 1  # "shipment in November, December and January"
    elif not mod and (closing := _year_closing_list(ctx, m, e)) is not None:
        y = closing
    elif not mod and ctx.ref and _traded(ctx, m, s, e) and _no_year_near(ctx, s):
        y = ctx.ref.year if m >= ctx.ref.month else ctx.ref.year + 1  # "the June contract": the next June
    else:
        y = anchor.year_of_month(ctx, m, s, e, mod)
    if y is None:
        return Norm("DATE", f"XXXX-{m:02d}", 0.6)
    remember(ctx, s, None, (y, m), None)
    return Norm("DATE", timex.month(y, m), 0.8)


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": -1}


def nth_weekday(ctx: Context, m: Match[str]) -> Norm | None:
    """ "the first Sunday in April", "the last Sunday in October": the day of that month (its year as a month
    alone would have it); unresolved, the month with its day unknown."""
    g, s, e = m.groupdict(), m.start(), m.end()
    mo = month_number(ctx, g["mon"] or "")
    wd = lexicon.weekdays(ctx.lang)[(g["wd"] or "").lower()]
    y = int(g["year"]) if g["year"] else anchor.year_of_month(ctx, mo, s, e, None)
    if y is None:
        return Norm("DATE", f"XXXX-{mo:02d}-XX", 0.6)
    nth = _NTH[(g["nth"] or "").lower()]
    if nth > 0:
        first = date(y, mo, 1)
        d = first.replace(day=1 + (wd - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        last = date(y, mo, calendar.monthrange(y, mo)[1])
        d = last.replace(day=last.day - (last.isoweekday() - wd) % 7)
    remember(ctx, s, y if g["year"] else None, (y, mo), d)
    return Norm("DATE", d.isoformat(), 0.8)


def iso(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    y, m, d = int(g["year"] or 0), int(g["m"] or 0), int(g["d"] or 0)
    return Norm("DATE", f"{y:04d}-{m:02d}-{d:02d}", 0.95) if _valid(y, m, d) else None


def numeric(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    a, b, yy = int(g["a"] or 0), int(g["b"] or 0), g["year"] or ""
    y = int(yy) if len(yy) == 4 else (1900 if int(yy) >= 50 else 2000) + int(yy)
    # US order unless the language writes day first or the first number cannot be a month
    day_first = ctx.lang != "en" or a > 12
    d, m = (a, b) if day_first else (b, a)
    return Norm("DATE", f"{y:04d}-{m:02d}-{d:02d}", 0.85) if _valid(y, m, d) else None


def year_range(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    y1, raw2 = int(g["year"] or 0), g["year2"] or ""
    y2 = int(raw2) if len(raw2) == 4 else y1 // 100 * 100 + int(raw2)
    if not y1 < y2 <= y1 + 100:
        return None
    remember(ctx, m.start("year"), y2, None, None)  # a split year ends in its second: "1986/87 ending August"
    # "from 1985/86 contracts": a dashed or split range is the timex, without its preposition
    return Norm("DATE", f"{y1:04d}/{y2:04d}", 0.9, start=m.start("year"))


# a year closing a name just given ("a joint venture called Orion 1980", "a plan dubbed Vision 2000")
_NAMED = re.compile(r"\b(?:called|named|dubbed)\s+(?:[A-Z][\w&'-]*\s+){1,3}$")


_BASE_BEFORE = re.compile(r"\b[Bb]ase(?:\s+year)?:?\s+$")
_BASE_AFTER = re.compile(r"\s*=\s*100\b|\s+base\b")


def year(ctx: Context, m: Match[str]) -> Norm | None:
    g, s = m.groupdict(), m.start()
    if not g["pre"] and _NAMED.search(ctx.text, max(0, s - 60), s):
        return None
    y = int(g["year"] or 0)
    pre = (g["pre"] or "").lower()
    start = m.start("year") if pre == "the" and not g["period"] else s  # "the 1990 budget": only the year
    if not (_BASE_BEFORE.search(ctx.text, max(0, s - 12), s) or _BASE_AFTER.match(ctx.text, m.end())):
        remember(ctx, s, y, None, None)  # an index's base year is no year of the story: "(base 1981)"
    if (g["period"] or "").lower() in ("period", "quarter") and (q := ctx.recent_quarter(s, window=12)):
        ctx.name_quarter(y, q[1], s)
        return Norm("DATE", timex.quarter(y, q[1]), 0.8)  # earnings copy: "the 1989 period" is the quarter
    return Norm("DATE", f"{y:04d}", 0.9 if pre else 0.8, start=start)


_DECADE_WORDS = {w: str(n) for n, w in enumerate(grammar.DECADE_WORDS.split(), start=2)}


def decade(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    if g.get("tens"):  # os anos setenta, die Neunzigerjahre (`languages`)
        return Norm("DATE", f"19{languages.DECADE_WORDS[ctx.lang][g['tens'].lower()]}", 0.8)
    if g.get("word"):  # the nineties: this century's nineties are still ahead, so the last century's
        return Norm("DATE", "19" + _DECADE_WORDS[g["word"].lower()], 0.8)
    value = (g["dec"] or "")[:3] if g["dec"] else "19" + (g["dec2"] or "")[0]
    return Norm("DATE", value, 0.9)


_ROMAN = {"i": 1, "v": 5, "x": 10}


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def century(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    n = _roman(g["roman"]) if g.get("roman") else int(g["ord"]) if g["ord"] else None  # século XXI, 21. Jahrhundert
    if n is not None:
        return Norm("DATE", f"{n - 1:02d}", 0.9) if 0 < n <= 30 else None
    if ctx.ref is None:
        return None
    offset = 0 if (g["rel"] or "").lower() == "this" else (1 if "next" in (g["rel"] or "").lower() else -1)
    return Norm("DATE", f"{ctx.ref.year // 100 + offset:02d}", 0.8)


def _period_unit(word: str) -> str:
    return "half" if word.lower().startswith("hal") else "quarter"  # "halves" of a list


def quarter(ctx: Context, m: Match[str]) -> Norm | None:
    g, s = m.groupdict(), m.start()
    unit = _period_unit(g["unit"] or "")
    n = _LAST[unit] if (g["ord"] or "").lower() == "last" else _ORDINALS[(g["ord"] or "").lower()]
    if unit == "half" and n > 2:
        return None
    start = s
    if g["det"] and (g["hy"] == "-" or g["det"].lower() == "its"):  # "the third-quarter loss", "its quarter"
        start = next(m.start(part) for part in ("ago", "fiscal", "qyear", "ord") if g[part])
    explicit = g["qyear"] or g["year"]
    return _period(ctx, n, unit, explicit, g["yrel"] or g["ofrel"], s, start, ago=bool(g["ago"]))


def nth_quarter(ctx: Context, n: int, year: str | None, start: int) -> Norm:
    """The n-th quarter of the year written (`year`), else of the year a quarter alone would be read in."""
    return _period(ctx, n, "quarter", year, None, start, start)


def quarter_list(ctx: Context, m: Match[str]) -> Norm | None:
    """A leading quarter or half of a list ("the second and third quarters of 1987"): of the year the list
    names, else as a quarter of its own; the later ones of the list take the year it gave."""
    g = m.groupdict()
    unit, n = _period_unit(g["unit"]), _ORDINALS[g["ord"].lower()]
    if unit == "half" and n > 2:
        return None
    ahead = ctx.tense(m.start(), m.end()) is Tense.FUTURE  # lists of quarters are mostly forecasts
    norm = _period(ctx, n, unit, g["year"], g["ofrel"], m.start(), m.start(), ahead=ahead)
    if norm.value[:4].isdigit():
        remember(ctx, m.start(), int(norm.value[:4]), None, None)
    return norm


def two_quarters(ctx: Context, m: Match[str]) -> Norm | None:
    """ "the first two quarters (of 1990)" is the first half of the year."""
    g = m.groupdict()
    return _period(ctx, 1, "half", g["year"], g["ofrel"], m.start(), m.start("ord"))


def quarter_words(ctx: Context, m: Match[str]) -> Norm | None:
    """ "o quarto trimestre de 2023", "le premier semestre", "im dritten Quartal" (`languages`)."""
    g = m.groupdict()
    unit, n = languages.PERIODS[(g["unit"] or "").lower()], languages.ordinal(g["ord"] or "")
    if n is None or (unit == "half" and n > 2):
        return None
    return _period(ctx, n, unit, g["year"], None, m.start(), m.start())


def _period(
    ctx: Context,
    n: int,
    unit: str,
    explicit: str | None,
    rel: str | None,
    s: int,
    start: int,
    ago: bool = False,
    ahead: bool = False,
) -> Norm:
    """The value of the n-th quarter or half: of the year written, of last/this/next year, of a year named
    in the sentence, else the latest one that has begun (`ahead`: the next one that has not ended); `ago`:
    the same one a year before."""
    code = f"Q{n}" if unit == "quarter" else f"H{n}"
    y: int | None
    if explicit:
        y = int(explicit)
    elif rel and ctx.ref:
        y = ctx.ref.year + _YEAR_OFFSETS[rel.lower()]
    elif ctx.habitual(s):
        return Norm("SET", f"XXXX-{code}", 0.6, start=start)  # "sales usually peak in the fourth quarter"
    elif (recent := ctx.recent_year(s)) is not None and not _past_year_of_another_clause(ctx, recent, s):
        y = recent
    elif ctx.ref:
        # a quarter that has not begun yet by the reference date is last year's (earnings are reported after)
        first_month = 3 * n - 2 if unit == "quarter" else 6 * n - 5
        if ahead:
            y = ctx.ref.year if ctx.ref.month < first_month + (3 if unit == "quarter" else 6) else ctx.ref.year + 1
        elif date(ctx.ref.year, first_month, 1) <= ctx.ref:
            y = ctx.ref.year
        else:
            y = ctx.ref.year - 1
            # last year's is long over (not one whose results are out now): a sentence about what will happen
            # means this year's ("the sale should close in the second quarter", written in March)
            months_since = ctx.ref.month + 12 - (first_month + (3 if unit == "quarter" else 6))
            if months_since >= REPORTING_MONTHS and ctx.tense(s, s + 1) is not Tense.PAST:
                y = ctx.ref.year
            elif _BY_BEFORE.search(ctx.text, max(0, s - 7), s) and anchor.deadline(ctx.text, s):
                y = ctx.ref.year  # "the approval is expected by the fourth quarter" ("rose through" looks back)
    else:
        y = None
    if y is None:
        return Norm("DATE", f"XXXX-{code}", 0.6, start=start)
    if explicit:
        remember(ctx, s, y, None, None)
    if ago:  # "the year-ago third quarter": the one before the quarter of that name being reported
        return Norm("DATE", f"{y - 1:04d}-{code}", 0.8, start=start)
    if unit == "quarter":
        ctx.name_quarter(y, n, s)
    return Norm("DATE", f"{y:04d}-{code}", 0.9 if explicit else 0.8, start=start)


def _past_year_of_another_clause(ctx: Context, year: int, start: int) -> bool:
    """A past year named earlier in the sentence belongs to another clause when this one speaks of the future: "the
    easing, begun in 1986, will end with a rate cut in the second quarter" (as a month's, `anchor.year_of_month`)."""
    return ctx.ref is not None and year < ctx.ref.year and ctx.tense(start, start + 1) is Tense.FUTURE


def season(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    name = (g["season"] or "").lower()
    code = timex.SEASONS.get(name) or lexicon.seasons(ctx.lang)[name]
    # other languages' modifiers mean last/this/next ("passado", "dernier", "vergangenen")
    mods = lexicon.modifiers(ctx.lang)
    mod = _SPACES.sub(" ", (g["mod"] or "").lower())
    mod = mods.get((mod, "before")) or mods.get(((g.get("post") or "").lower(), "after")) or mod
    if (y := _written_year(g)) is not None:
        return Norm("DATE", f"{y:04d}-{code}", 0.9)
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{code}", 0.6)
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    y = ctx.ref.year
    if mod in ("last", "this past"):
        # the latest one that is already over
        y = y - 1 if (start_month + 3 > ctx.ref.month or code == "WI") else y
    elif mod in ("next", "this coming"):
        y = y if start_month > ctx.ref.month else y + 1
    elif mod in ("", "the") and start_month > ctx.ref.month and ctx.tense(m.start(), m.end()) is Tense.PAST:
        y -= 1  # "the summer was dry", said in February: last year's
    return Norm("DATE", f"{y:04d}-{code}", 0.8)


def _clock(g: dict[str, str | None]) -> tuple[int, int]:
    h, mi = int(g["h"] or 0), int(g.get("mi") or 0)
    ampm = (g.get("ampm") or "").lower()
    if (ampm.startswith("p") or g.get("pm")) and h < 12:  # "pm": "5 de la tarde", "8 heures du soir"
        h += 12
    if ampm.startswith("a") and h == 12:
        h = 0
    return h, mi


def clock(ctx: Context, m: Match[str]) -> Norm | None:
    g, s, e = m.groupdict(), m.start(), m.end()
    h, mi = _clock(g)
    if h > 23:
        return None
    d: date | None = None
    if wd := g.get("wd") or g.get("wd_after"):
        d = anchor.weekday(ctx, lexicon.weekdays(ctx.lang)[wd.lower()], s, e, None)
    elif g.get("mon"):
        day = _calendar_day(ctx, g["mon"] or "", g["day"] or "", None, None, s, e)
        d = date.fromisoformat(day.value) if day and "X" not in day.value else None
    elif (named := _day_just_named(ctx, m.start("h"))) is not None:  # after an "at about" the match holds
        d = named
    elif ctx.ref is not None:
        return Norm("TIME", f"{ctx.ref.isoformat()}T{h:02d}:{mi:02d}", 0.85, from_reference=True)
    prefix = d.isoformat() if d else "XXXX-XX-XX"
    return Norm("TIME", f"{prefix}T{h:02d}:{mi:02d}", 0.85)


# a day right before a clock time and the word that joins them: "Friday at 1000 EST", "March 23 at 1800 EST",
# "tomorrow at 1000 GMT", "Monday March 9 between 0800 and 0830 GMT", "Wednesday night at 2100 EST"
_DAY_JUST_BEFORE = re.compile(
    r"(?:day|today|tomorrow|yesterday|tonight|night|morning|evening|afternoon|\d)\s*,?\s+"
    r"(?:at|from|between|by|until|till|before|after)\s+(?:about\s+|around\s+|approximately\s+)?$",
    re.IGNORECASE,
)


def _day_just_named(ctx: Context, start: int) -> date | None:
    """The day a clock time without one of its own falls on, when it is named right before it in its sentence."""
    last = ctx.anchors.last_day
    if last is None or last[1] != ctx.sentence(start):
        return None
    return last[0] if _DAY_JUST_BEFORE.search(ctx.text, max(0, start - 40), start) else None


def noon(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    d: date | None = ctx.ref
    if g["wd"]:  # "noon Saturday"
        d = anchor.weekday(ctx, lexicon.weekdays(ctx.lang)[g["wd"].lower()], m.start(), m.end(), None)
    prefix = d.isoformat() if d else "XXXX-XX-XX"
    clock = "24:00" if (g["word"] or "").lower() == "midnight" else "12:00"
    return Norm("TIME", f"{prefix}T{clock}", 0.7, from_reference=d is not None and not g["wd"])


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _written_year(g: dict[str, str | None]) -> int | None:
    """The year of a match in digits ("1994") or read out ("nineteen ninety-four", "two thousand and one")."""
    if g.get("year"):
        return int(g["year"] or 0)
    words = re.findall(r"[a-z]+", (g.get("spelled") or "").lower())
    if not words:
        return None
    if "thousand" in words:
        return 2000 + _ONES.get(words[-1], 0)
    return 1900 + sum(_TENS.get(w, 0) + _ONES.get(w, 0) for w in words[1:])  # after "nineteen"


def spelled_year(ctx: Context, m: Match[str]) -> Norm | None:
    """Years read out in broadcast transcripts: "nineteen ninety-one", "the year two thousand"."""
    return Norm("DATE", f"{_written_year(m.groupdict()):04d}", 0.8)


def year_end(ctx: Context, m: Match[str]) -> Norm | None:
    if ctx.ref is None:
        return None
    # "since year-end" looks back at the last one; otherwise the current year's end
    pre = (m.group("pre") or "").lower()
    start = m.start()
    if pre not in ("", "around"):  # TimeBank keeps "around" in the span, not "since"
        start = m.end("pre") + len(ctx.text[m.end("pre") : m.end()]) - len(ctx.text[m.end("pre") : m.end()].lstrip())
    return Norm("DATE", f"{ctx.ref.year - (pre == 'since'):04d}", 0.7, start=start)
