"""When a meeting happened: the date record of the trigger's clause."""

from __future__ import annotations

import regex

from schemas import DateRecord, DateType

_DATED = (DateType.DATE, DateType.TIME)
# A date right before a meeting noun modifies it: "Monday's meeting", "the Oct. 5 talks", "last week's summit".
# "the first since 1985", "until March": a date bounding something else, not the meeting's own.
_NOT_WHEN = regex.compile(r"(?<!\p{L})(?:since|until|till|through|by)\s+$", regex.I)
_COORDINATED = regex.compile(r"\s*(?:and|or|to|through|-|–)\s*")
_PRENOMINAL = regex.compile(
    r"^(?:['’]s)?\s+(?:(?!(?:from|at|in|on|of|for|to|with|after|before|during|since|until)\s)[\p{Ll}\-]+\s+){0,2}$"
)


def meeting_date(
    dates: list[DateRecord], text: str, trigger: tuple[int, int], clause: tuple[int, int], verbal: bool
) -> DateRecord | None:
    """The nearest date after the trigger in its clause ("met this Thursday with", "talks ... next week");
    for verbs also one before it in the clause ("On Thursday X would meet Y"); for nouns only a date
    that modifies the noun ("Monday's meeting"), since an earlier date belongs to another verb
    ("who arrived last night from a meeting")."""
    start, end = trigger
    lower, upper = clause
    dates = [d for d in dates if not _NOT_WHEN.search(text, max(0, d.start - 12), d.start)]
    after = [d for d in dates if d.type in _DATED and end <= d.start < upper]
    if after:
        return min(after, key=lambda d: d.start)
    before = [d for d in dates if d.type in _DATED and lower <= d.start and d.end <= start]
    if not before:
        return None
    last = max(before, key=lambda d: d.end)
    if not (verbal or _PRENOMINAL.match(text[last.end : start])):
        return None
    # "on Thursday and Friday X would meet Y": the meeting starts on the first of the coordinated dates
    for d in sorted(before, key=lambda d: -d.end):
        if d is not last and _COORDINATED.fullmatch(text[d.end : last.start]):
            last = d
    return last
