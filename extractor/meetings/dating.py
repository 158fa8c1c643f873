"""When a meeting happened: the date record of the trigger's clause."""

from __future__ import annotations

import bisect

import regex

from schemas import DateRecord, DateType

_DATED = (DateType.DATE, DateType.TIME)
# A date right before a meeting noun modifies it: "Monday's meeting", "the Oct. 5 talks", "last week's summit".
# "the first since 1985", "until March": a date bounding something else, not the meeting's own.
_NOT_WHEN = regex.compile(r"(?<!\p{L})(?:since|until|till|through|by)\s+$", regex.I)
# A second predicate between an earlier date and the meeting verb.
_NEXT_PREDICATE = regex.compile(
    r"(?<!\p{L})and\s+(?:has|have|had|will|would|then|later|since|subsequently|\p{Ll}+ed)(?!\p{L})", regex.I
)
# The relative pronoun that opens the clause on a person a date sits in ("X, who flew in yesterday, met Y").
_RELATIVE_OPENED = regex.compile(r"(?<!\p{L})who\s*$", regex.I)
# A relative clause on what a meeting is to bring about, whose dates are not the meeting's.
_CONSEQUENCE = regex.compile(
    r"(?<!\p{L})(?:that|which)\s+(?:would|will|could|might|may|should|is\s+to|are\s+to|aims?\s+to)\s+"
    # ... not what the meeting itself does: "which will continue on Tuesday", "that would end next week"
    r"(?!(?:continue|resume|end|conclude|begin|start|open|close|take\s+place|be\s+held|last|run)(?!\p{L}))",
    regex.I,
)
# A thing the meeting is about coming into force or running out, whose date is not the meeting's: "to head off tariffs
# set to go into effect on April 17", "before the pact expires on March 31".
_IN_EFFECT = regex.compile(
    r"(?<!\p{L})(?:(?:go|goes|went|going|take|takes|took|taking|come|comes|came|coming|enter|enters|entered|entering)"
    r"\s+(?:into\s+)?(?:effect|force)|expir(?:e|es|ed|ing)|lapse[sd]?)(?!\p{L})",
    regex.I,
)
_AT_EVENT = regex.compile(r"(?<!\p{L})(?:at|during)\s+$", regex.I)
_COORDINATED = regex.compile(r"\s*(?:and|or|to|through|-|–)\s*")
_PRENOMINAL = regex.compile(
    r"^(?:['’]s)?\s+(?:(?!(?:from|at|in|on|of|for|to|with|after|before|during|since|until)\s)[\p{Ll}\-]+\s+){0,2}$"
)


class DateIndex:
    """The document's date records sorted by position, for range look-ups that stay fast on long input."""

    def __init__(self, dates: list[DateRecord]) -> None:
        self.dates = sorted(dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]
        self.spans = {d.start: d.end for d in self.dates}

    def within(self, lower: int, upper: int) -> list[DateRecord]:
        """Records starting in [lower, upper)."""
        return self.dates[bisect.bisect_left(self.starts, lower) : bisect.bisect_left(self.starts, upper)]

    def first_start(self, lower: int, upper: int) -> int | None:
        """The first record start in (lower, upper)."""
        i = bisect.bisect_right(self.starts, lower)
        return self.starts[i] if i < len(self.starts) and self.starts[i] < upper else None

    def covers(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.dates[i].end


def meeting_date(
    index: DateIndex, text: str, trigger: tuple[int, int], clause: tuple[int, int], verbal: bool,
    topic: tuple[int, int] | None = None,
) -> DateRecord | None:
    """The nearest date after the trigger in its clause ("met this Thursday with", "talks ... next week");
    for verbs also one before it in the clause ("On Thursday X would meet Y"); for nouns only a date
    that modifies the noun ("Monday's meeting"), since an earlier date belongs to another verb
    ("who arrived last night from a meeting")."""
    start, end = trigger
    lower, upper = clause
    dates = [d for d in index.within(lower, upper) if not _NOT_WHEN.search(text, max(0, d.start - 12), d.start)]
    if topic is not None:  # "spoke about the year-end budget agreement": the date of what they talked about
        dates = [d for d in dates if not topic[0] <= d.start < topic[1]]
    # "met to draft next year's budget", "to prepare for next week's summit": a possessive date times the noun it
    # owns; it is the meeting's own before the meeting noun ("Monday's meeting", below) or when that noun is the
    # event the meeting took place at ("talked at last month's Congressional Ball")
    after = [
        d
        for d in dates
        if d.type in _DATED
        and end <= d.start < upper
        and (not _possessive(text, d) or _AT_EVENT.search(text, max(0, d.start - 12), d.start))
    ]
    if after and (later := _CONSEQUENCE.search(text, end, after[0].start if len(after) == 1 else upper)):
        # "talks with Japan that would lead to membership next year": the date of what the talks are to bring
        after = [d for d in after if d.start < later.start()]
    if after and (effect := _IN_EFFECT.search(text, end, after[0].start)):
        after = [d for d in after if d.start < effect.start()]  # "tariffs set to take effect on April 17"
    if after:
        return min(after, key=lambda d: d.start)
    before = [d for d in dates if d.type in _DATED and lower <= d.start and d.end <= start]
    if not before:
        return None
    last = max(before, key=lambda d: d.end)
    if not (verbal or _PRENOMINAL.match(text[last.end : start])):
        return None
    if verbal and _possessive(text, last):
        return None  # "the drafting of next year's budget, members met": the date of the budget
    if _NEXT_PREDICATE.search(text, last.end, start):
        return None  # "arrived on Saturday and has since met X": the date is the arrival's
    if "," in text[last.end : start] and _RELATIVE_OPENED.search(text, max(0, lower - 12), lower):
        return None  # "Mustapha, who leaves for Moscow on Tuesday, met Mubarak": the relative clause's date
    # "on Thursday and Friday X would meet Y": the meeting starts on the first of the coordinated dates
    for d in sorted(before, key=lambda d: -d.end):
        if d is not last and _COORDINATED.fullmatch(text[d.end : last.start]):
            last = d
    return last


def _possessive(text: str, date: DateRecord) -> bool:
    return text.startswith(("'s", "’s"), date.end)
