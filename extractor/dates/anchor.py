"""Resolving underspecified calendar points (a weekday, a month, a month and day) against the anchors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from extractor.dates.context import Context
from extractor.dates.tense import Tense

_DEADLINE_BEFORE = re.compile(r"\b(?:[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough)\s+(?:the\s+)?(?:end[\s-]+)?$")  # "by end July"
_NOT_UNTIL = re.compile(r"(?:\b(?:not|never)\b|n't)[^.;]{0,40}\b(?:[Uu]ntil|[Tt]ill)\s+(?:the\s+)?$")
# "postponed until Tuesday morning", "extended its deadline until 9 a.m. Tuesday", "trading has been called off
# until Monday", "extended the deadline on its offer to Monday": whatever the verb's tense, a day something was put
# off to lies ahead (a bare "until Thursday, they had not" looks back)
_PUT_OFF_UNTIL = re.compile(
    r"\b(?:extend|postpon|delay|adjourn|defer|recess|suspend|halt|put\s+off|call(?:ed|s|ing)?\s+off)\w*\b"
    r"(?:\s+[\w'.]+){0,5}?\s+(?:until|till|to)\s+$",
    re.IGNORECASE,
)
# "since Friday", "since reporting on Thursday", "since late May": a time gone by, whatever the tense; not the
# "since" of a reason, whose clause has a verb of its own ("since Easter falls late", "since April registrations were
# closed")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:[a-z]+ing\s+)?(?:on\s+|in\s+)?(?:(?:late|early|mid)\s+)?$")
_FINITE_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:is|are|was|were|has|have|had|falls|comes)\b")


def _since(text: str, start: int, end: int) -> bool:
    """A time "since" counts from (`_SINCE_BEFORE`), not the subject of a clause of reason."""
    return bool(_SINCE_BEFORE.search(text, max(0, start - 30), start)) and not _FINITE_AFTER.match(text, end)
# a weekday after "after" (and a gerund) that follows another: "the offer closes on Friday after opening on Monday"
_AFTER_BEFORE = re.compile(r"\bafter\s+(?:[a-z]+ing\s+)?(?:on\s+)?$")
# a weekday joined to the one just named: "on Thursday and Friday", "from Sunday to Thursday", "Monday-Friday"
_JOINED_TO_A_WEEKDAY = re.compile(r"[A-Za-z]+day\.?(?:\s*[,/–-]\s*|\s+(?:and|or|to|through|till|until)\s+)$")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_SPLIT_YEAR = re.compile(r"\d{4}[-/–](?:\d\d){1,2}\b")
_MONTHS_IN_BRACKETS = re.compile(r"\d{4}[-/–](?:\d\d){1,2}(?:\s+[\w-]+){0,3}\s*\(\s*")
_BEGINS = re.compile(r"\b(?:begin|begins|beginning|began|start|starts|starting|started|opens|opening)\b", re.IGNORECASE)
# "will" governing a month up to ten months ahead, in a clause with no comparison or past word between: "she will
# fly a mission in December", "it will discontinue the forecasts during December" (written in March); not "will
# make a payout, down from 15 cts in December", "will freeze prices at end-December levels", "will be returned to
# banks which in December were asked", "will have measures announced in November" (a past participle not after "be")
_WILL_BEFORE = re.compile(
    r"(?:\bwill|\bshall|'ll)\s+(?:be\s+[\w-]+\s+|(?!(?:from|than|since|against|compared|ago|last|was|were|had|said"
    r"|which|who|that|where)\b|[\w'-]+ed\s)[\w'-]+\s+){1,10}?"
    r"(?:in|during|on|by|until|till|before)\s+(?:(?:late|early|mid)\s+)?$",
    re.IGNORECASE,
)
YEAR_REACH = 60  # characters back from a month within which a written year is its year ("in 1995, in March")


@dataclass(frozen=True, slots=True)
class Norm:
    """A normalized expression; `start`/`end` override the matched span when the rule trims it."""

    type: str
    value: str
    confidence: float
    start: int | None = None
    end: int | None = None
    # the day was counted from the reference date ("tomorrow", a clock time with no day of its own): a day named
    # for it (the day right after a clock time, the day a quote was spoken) moves it
    from_reference: bool = False

    def is_day(self) -> bool:
        """Whether the value is one calendar day ('1987-03-05'), not a period, a time of day or a vague value."""
        return self.type == "DATE" and _DAY.fullmatch(self.value) is not None


Found = tuple[int, int, Norm]  # an expression's span and its value, as the date stage collects them


def _direction(ctx: Context, start: int, end: int, mod: str | None) -> Tense:
    if mod == "last":
        return Tense.PAST
    if mod == "next":
        return Tense.FUTURE
    return ctx.tense(start, end)


def weekday_from(day: date, wd: int, step: int) -> date:
    """The nearest weekday `wd` strictly before (`step` -1) or after (`step` 1) `day`."""
    if step < 0:
        return day - timedelta(days=(day.isoweekday() - wd - 1) % 7 + 1)
    return day + timedelta(days=(wd - day.isoweekday() - 1) % 7 + 1)


def weekday(ctx: Context, wd: int, start: int, end: int, mod: str | None) -> date | None:
    """The date a weekday names: the reference date's own weekday is the reference date, otherwise the
    nearest one in the direction the tense (or "last"/"next") points; a weekday right after a future
    day ("next Monday and Tuesday") continues from that day. `mod` "this_or_last" (a possessive,
    "Wednesday's ruling") takes the reference date or the nearest one before it."""
    ref = ctx.ref
    if ref is None:
        return None
    if mod in ("last", "next"):
        return weekday_from(ref, wd, -1 if mod == "last" else 1)
    last = ctx.anchors.last_weekday
    if last and last[1] == ctx.sentence(start) and _AFTER_BEFORE.search(ctx.text, max(0, start - 30), start):
        return weekday_from(last[0], wd, -1)  # the day before the one just named, which it came after
    joined = _JOINED_TO_A_WEEKDAY.search(ctx.text, max(0, start - 16), start)
    if last and last[0] > ref and last[1] == ctx.sentence(start) and joined and ctx.tense(start, end) is not Tense.PAST:
        # the second day of "talks on Thursday and Friday" goes on from the first, even past the reference date's own
        return weekday_from(last[0], wd, 1)
    if wd == ref.isoweekday():
        return ref
    if mod == "this_or_last" or _since(ctx.text, start, end):
        return ref - timedelta(days=(ref.isoweekday() - wd) % 7)
    direction = _direction(ctx, start, end, mod)
    if _PUT_OFF_UNTIL.search(ctx.text, max(0, start - 60), start):
        direction = Tense.FUTURE
    # a past-tense verb wins over the continuation: "will go Tuesday, Castro said Sunday"
    near = last and last[0] > ref and ctx.sentence(start) - last[1] <= 1 and (last[0] - ref).days < 14
    if last and near and direction is not Tense.PAST:
        if last[0].isoweekday() == wd:
            return last[0]
        return last[0] + timedelta(days=(wd - last[0].isoweekday() - 1) % 7 + 1)
    ahead, back = (wd - ref.isoweekday()) % 7, (ref.isoweekday() - wd) % 7
    if direction is Tense.FUTURE or (direction is Tense.UNKNOWN and ahead < back):
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


_ENDING_BEFORE = re.compile(r"\bending\s+$")


def _closes_a_period(text: str, start: int) -> bool:
    """ "the fiscal year ending September 30", "the third quarter ending June 30": the day a running period
    closes on lies ahead ("ended" looks back)."""
    return _ENDING_BEFORE.search(text, max(0, start - 8), start) is not None


def _ahead_anyway(text: str, start: int) -> bool:
    """A day that lies ahead whatever the tense: a deadline, or the day a running period closes on."""
    return deadline(text, start) or _closes_a_period(text, start)


def deadline(text: str, start: int) -> bool:
    """ "by the June 30 deadline", "delayed until July 1": a deadline lies ahead, whatever the tense of the verb
    ("could be reached", "was extended"); "was not signed until November 5" tells when something happened."""
    if not _DEADLINE_BEFORE.search(text, max(0, start - 12), start):
        return False
    return not _NOT_UNTIL.search(text, max(0, start - 60), start)


def weekday_of_month_day(ctx: Context, wd: int, day: int) -> date | None:
    """The date within three weeks of the reference date that is both weekday `wd` and day `day` of its month
    ("sexta-feira (16)"), if there is one."""
    ref = ctx.ref
    if ref is None:
        return None
    near = (ref + timedelta(days=k) for k in sorted(range(-21, 22), key=abs))
    return next((d for d in near if d.day == day and d.isoweekday() == wd), None)


# "arriving in May, June and September of that year": months tied to the year named before
_OF_THAT_YEAR = re.compile(r"(?:,?\s+(?:and\s+)?[A-Z][a-z]+)*\s+of\s+(?:that|the\s+same)\s+year\b")


def _other_clause_year(ctx: Context, year: int, start: int, end: int) -> bool:
    """Whether the month at start:end looks the other way from the year named before it (see `year_of_month`): a
    year ahead does not hold a month that closes a running period ("the 1987/88 crop year ending August") or is
    tied to it ("in May of that year")."""
    if year < ctx.ref.year:
        return ctx.tense(start, end) is Tense.FUTURE
    if _ahead_anyway(ctx.text, start) or _OF_THAT_YEAR.match(ctx.text, end):
        return False
    return ctx.tense(start, end) is Tense.PAST


def year_of_month(ctx: Context, month: int, start: int, end: int, mod: str | None, day: int = 15) -> int | None:
    """The year of a month (and day) written without one: an explicit year just before it in the sentence,
    else the year "last"/"next"/"this" points to, else the past occurrence unless the next one is near (or
    the sentence speaks of the future)."""
    ref = ctx.ref
    # "last August", "next March" count from the time of writing, not from a year just named ("the first market
    # since 1949 opened last August")
    explicit = ctx.recent_year(start, reach=YEAR_REACH) if mod is None else None
    # a split year or a range of years is remembered by its last year, where it ends ("1986/87 ending August");
    # the month it begins in is in the first ("the 1987/88 season, which starts on July 1", "its 1987-1992 plan,
    # which begins in July")
    named_at = ctx.anchors.last_year[2] if explicit is not None and ctx.anchors.last_year else -1
    if named_at >= 0 and _SPLIT_YEAR.match(ctx.text, named_at):
        if _MONTHS_IN_BRACKETS.fullmatch(ctx.text, named_at, start):
            # the first of the months in brackets after it, whatever the tense: "the 1986/87 season (Oct/Sept)"
            return int(ctx.text[named_at : named_at + 4])
        if _BEGINS.search(ctx.text, named_at, start):
            explicit = int(ctx.text[named_at : named_at + 4])
    # a past year belongs to another clause when this one speaks of the future: "invited in July 1997,
    # they will join on March 12"; a year still ahead when it speaks of the past: "the plan to end subsidies by the
    # year 2000, proposed at GATT in July", "announced export taxes for the 1987/88 year in July"
    if explicit is not None and not (ref and explicit != ref.year and _other_clause_year(ctx, explicit, start, end)):
        return explicit
    if ref is None:
        return None
    here = (ref.month, ref.day)
    if mod == "this":
        return ref.year
    if mod == "last":
        return ref.year if (month, day) < here else ref.year - 1
    if mod == "next":
        return ref.year if (month, day) > here else ref.year + 1
    if (month, day) == here or (month == ref.month and day == 15):
        return ref.year
    if _since(ctx.text, start, end):
        return ref.year if (month, day) <= here else ref.year - 1
    # News looks back: a month or day is in the past unless it is near ahead (the tense misleads there:
    # "was extended to Nov. 16") or the sentence speaks of the future (a deadline lies ahead whatever its tense).
    ahead = (month - ref.month) * 30.5 + day - ref.day
    ahead = ahead + 365 if ahead < 0 else ahead  # days to its next occurrence
    # the tense, the dearest reading of the sentence, is asked only where it decides: between 75 and 240 days ahead
    # further ahead, up to 300 days, only a "will" right before it in its clause turns it ahead
    if (
        ahead <= 75
        or (ahead <= 240 and (_ahead_anyway(ctx.text, start) or ctx.tense(start, end) is Tense.FUTURE))
        or (ahead <= 300 and _WILL_BEFORE.search(ctx.text, max(0, start - 90), start))
    ):
        return ref.year if (month, day) >= here else ref.year + 1
    return ref.year if (month, day) <= here else ref.year - 1
