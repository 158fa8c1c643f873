"""A clock time takes the day named right after it: "at 10 a.m. on Thursday", "10:00 GMT Friday", "from 9 a.m. to
noon on March 12". The day is a timex of its own; the clock time, read alone, was put on the reference date."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.dates.anchor import Found, Norm

# between a clock time and its day: "on", a comma, the local time's word or the world time in brackets
# ("10 a.m. local time on Thursday", "10:35 a.m. (0735 GMT) on Friday")
_BEFORE_ITS_DAY = re.compile(r",?\s+(?:local\s+time\s+|\(\s*[^()\n]{1,20}\)\s*)?(?:on\s+)?,?\s*", re.IGNORECASE)
# between two clock times of one stretch ("between 9 and 11 a.m.", "from 9 a.m. to noon"): the day is both's
_TO_THE_NEXT_TIME = re.compile(r"\s*(?:-|–|\s(?:and|to|until|till)\s)\s*")


def take_days_after(text: str, found: list[Found]) -> list[Found]:
    """`found` with each clock time on the reference date moved to the day named right after it (or after the
    clock time that closes its stretch)."""
    out = list(found)
    day: Norm | None = None  # the day the time after the current one stands on, when it was named after that time
    for i in range(len(out) - 2, -1, -1):
        start, end, norm = out[i]
        if not (norm.type == "TIME" and norm.from_reference):
            day = None
            continue
        nxt_start, _, nxt = out[i + 1]
        gap = text[end:nxt_start]
        if nxt.is_day() and _BEFORE_ITS_DAY.fullmatch(gap):
            day = nxt
        elif not (day is not None and nxt.type == "TIME" and _TO_THE_NEXT_TIME.fullmatch(gap)):
            day = None
        if day is not None:
            out[i] = (start, end, replace(norm, value=day.value + norm.value[10:], from_reference=day.from_reference))
    return out
