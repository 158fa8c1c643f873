"""TIMEX3 values: calendar arithmetic to build them and the interval each one covers.

Values follow TimeML: 2022-02-24, 1998-W07, 1998-W07-WE, 1989-Q3, 1998-SU, 1990-H1, 199 (a decade),
19 (a century), 1939/1945 (a range), 1998-02-06TMO (a part of a day), XXXX-WXX-4 (unresolved weekday).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from schemas import ResolvedInterval, trusted

# Everything the tagger may emit; the tests check values against it.
TIMEX_VALUE = re.compile(
    r"""^(?:
      (?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?)?(?:T(?:\d\d:\d\d|MO|AF|EV|NI|DT))?
    | (?:\d{4}|XXXX)-W(?:\d\d|XX)(?:-(?:\d|WE))?(?:T(?:MO|AF|EV|NI))?
    | (?:\d{4}|XXXX)-(?:Q[1-4]|H[12]|SP|SU|FA|WI)
    | \d{2,3}X?
    | \d{4}/\d{4}
    | \d{4}-\d\d(?:-\d\d)?/\d{4}-\d\d(?:-\d\d)?
    | P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE|WE|L)
    | PT(?:\d+(?:\.\d+)?|X)(?:H|M|S)
    | P\d+(?:Y\d+M|W\d+D|DT\d+H) | PT\d+(?:H\d+M|M\d+S)
    | (?:PRESENT|PAST|FUTURE)_REF
    )$""",
    re.X,
)

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def day(d: date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def quarter(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def add_quarters(y: int, q: int, n: int) -> tuple[int, int]:
    yy, qq = divmod(y * 4 + q - 1 + n, 4)
    return yy, qq + 1


def shift(d: date, unit: str, n: int) -> str | None:
    """The value `n` units away from `d`, at the unit's own granularity (TimeML's convention)."""
    try:
        if unit == "D":
            return day(d + timedelta(days=n))
        if unit == "W":
            return week(d + timedelta(weeks=n))
        if unit == "WE":
            return week(d + timedelta(weeks=n)) + "-WE"
        if unit == "M":
            moved = add_months(d, n)
            return month(moved.year, moved.month)
        if unit == "Q":
            return quarter(*add_quarters(*quarter_of(d), n))
        if unit == "Y":
            return f"{d.year + n:04d}"
        if unit == "DE":
            return f"{(d.year + 10 * n) // 10:03d}"
        if unit == "CE":
            return f"{(d.year + 100 * n) // 100:02d}"
    except (ValueError, OverflowError):
        return None
    return None


# The next smaller unit and how many of it make one: TimeML writes a fraction in it ("2 1/2 years" is P2Y6M)
_SUBUNITS = {"Y": (12, "M"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}


def _part(amount: str, unit: str) -> str:
    return f"{amount}{'M' if unit == 'MIN' else unit}"


def duration(n: float | None, unit: str) -> str:
    """P3Y, PT2H, PXM, P2Y6M ... (decades are written in years, as TimeBank does)."""
    if unit == "DE":  # "decades" too: PXY
        n, unit = (None if n is None else n * 10), "Y"
    if unit == "Y" and n and n % 1000 == 0:  # "two thousand years": millennia, as TimeML writes them (P2L)
        n, unit = n // 1000, "L"
    parts = [("X" if n is None else str(int(n)) if float(n).is_integer() else str(n), unit)]
    if n is not None and not float(n).is_integer() and unit in _SUBUNITS:
        per, sub = _SUBUNITS[unit]
        rest = (n - int(n)) * per
        if rest.is_integer():
            parts = [(str(int(n)), unit), (str(int(rest)), sub)] if int(n) else [(str(int(rest)), sub)]
    date_parts = "".join(_part(a, u) for a, u in parts if u not in ("H", "MIN", "S"))
    time_parts = "".join(_part(a, u) for a, u in parts if u in ("H", "MIN", "S"))
    return "P" + date_parts + (f"T{time_parts}" if time_parts else "")


# the values' shapes, compiled once (granularity and _bounds test them in turn)
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}")
_YEAR_OF_DECADE = re.compile(r"\d{3}X")
_CENTURY = re.compile(r"\d{2}")
_WEEK_DAY_END = re.compile(r"-W..-\d$")
_MONTH = re.compile(r"....-..")
_YEAR_GROUP = re.compile(r"(\d{4})")
_DECADE_GROUP = re.compile(r"(\d{3})")
_CENTURY_GROUP = re.compile(r"(\d{2})")
_MONTH_GROUPS = re.compile(r"(\d{4})-(\d\d)")
_DAY_GROUPS = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_WEEK_GROUPS = re.compile(r"(\d{4})-W(\d\d)(-WE|-\d)?")
_QUARTER_GROUPS = re.compile(r"(\d{4})-Q([1-4])")
_HALF_GROUPS = re.compile(r"(\d{4})-H([12])")
_SEASON_GROUPS = re.compile(r"(\d{4})-(SP|SU|FA|WI)")


@lru_cache(maxsize=4096)
def granularity(value: str) -> str | None:
    if value.endswith("_REF") or value.startswith("P"):
        return None
    if "/" in value:
        return granularity(value.split("/")[0])
    if "T" in value:
        return "time"
    if _YEAR.fullmatch(value):
        return "year"
    if _DECADE.fullmatch(value):
        return "decade"
    if _YEAR_OF_DECADE.fullmatch(value):
        return "year"  # some year of the decade
    if _CENTURY.fullmatch(value):
        return "century"
    if "-W" in value:
        return "weekend" if value.endswith("WE") else ("day" if _WEEK_DAY_END.search(value) else "week")
    if "-Q" in value:
        return "quarter"
    if "-H" in value:
        return "half"
    if value[-2:] in _SEASON_MONTHS:
        return "season"
    if _MONTH.fullmatch(value):
        return "month"
    return "day"


def _bounds(value: str) -> tuple[date, date] | None:
    """First and last day covered by a resolved (fully specified) value."""
    core = value.split("T")[0]
    if _YEAR_OF_DECADE.fullmatch(core):  # some year of a decade: the decade bounds it
        core = core[:3]
    if "X" in core:
        return None
    if m := _YEAR_GROUP.fullmatch(core):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := _DECADE_GROUP.fullmatch(core):
        y = int(m[1]) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    if m := _CENTURY_GROUP.fullmatch(core):
        y = int(m[1]) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    if m := _MONTH_GROUPS.fullmatch(core):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if m := _DAY_GROUPS.fullmatch(core):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _WEEK_GROUPS.fullmatch(core):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3] == "-WE":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        if m[3]:
            d = monday + timedelta(days=int(m[3][1]) - 1)
            return d, d
        return monday, monday + timedelta(days=6)
    if m := _QUARTER_GROUPS.fullmatch(core):
        y, q = int(m[1]), int(m[2])
        last = date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
        return date(y, 3 * q - 2, 1), last
    if m := _HALF_GROUPS.fullmatch(core):
        y = int(m[1])
        return (date(y, 1, 1), date(y, 6, 30)) if m[2] == "1" else (date(y, 7, 1), date(y, 12, 31))
    if m := _SEASON_GROUPS.fullmatch(core):
        y = int(m[1])
        first, last = _SEASON_MONTHS[m[2]]
        end_year = y + 1 if m[2] == "WI" else y
        return date(y, first, 1), date(end_year, last, calendar.monthrange(end_year, last)[1])
    return None


@lru_cache(maxsize=4096)  # a document repeats its values; the interval is the same every time
def _interval(value: str) -> tuple[str, str] | None:
    try:
        if "/" in value:
            a, b = (_bounds(part) for part in value.split("/", 1))
            return (a[0].isoformat(), b[1].isoformat()) if a and b else None
        bounds = _bounds(value)
    except ValueError:
        return None
    return (bounds[0].isoformat(), bounds[1].isoformat()) if bounds else None


def resolve(value: str) -> ResolvedInterval | None:
    """The inclusive ISO interval a value covers, or None for durations, REF words and unresolved values."""
    interval = _interval(value)
    return trusted(ResolvedInterval)(start=interval[0], end=interval[1]) if interval else None


def before_year_one(value: str) -> bool:
    """A value counted back past year 1 ('two years ago' said in year 1): TIMEX3 has no year 0 or below."""
    return value.startswith("-") or value.startswith("0000")
