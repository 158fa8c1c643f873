"""What a meeting was about: "talks on trade", "met to discuss X", and in the next sentence
"the parties discussed X"."""

from __future__ import annotations

from collections.abc import Callable

import regex

from extractor.meetings.dating import DateIndex
from schemas import Span, trusted

_CUE = regex.compile(
    r"(?<!\p{L})(?:on(?!\s+behalf)|about|over|regarding|concerning|discuss|discusses|discussed|discussing|to\s+talk\s+about"
    r"|talked\s+about|focused\s+on|focusing\s+on|exchanged\s+views\s+on|to\s+(?:try\s+to\s+)?(?:resolve|address|settle))"
    r"\s+(?!the\s+sidelines)(?!the\s+(?:tele)?phone)(?!with\b)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)",
    regex.I,
)
# A later sentence that goes on about the same meeting: "the parties discussed ...", "they agreed on ...".
_FOLLOW_UP = regex.compile(
    r"(?<!\p{L})(?:the\s+(?:two\s+)?(?:parties|sides|leaders|ministers|men|officials|delegations)|they|both\s+sides"
    r"|both\s+leaders)\s+(?:also\s+)?(?:discussed|talked\s+about|focused\s+on|exchanged\s+views\s+on|reviewed)\s+",
    regex.I,
)
# Where a topic phrase ends: punctuation (a dash typed as "--" too), a new clause, or a verb that the meeting noun
# governs ("talks on trade ended without agreement").
# (a comma or full stop inside a number, "33.5 billion", "710,000 shares", or after an initial, "U.S. trade", goes on)
_END = regex.compile(
    r"[;:!?()“”\"—–]|\s--?\s|,(?=\s|$)|(?<!(?<!\p{L})\p{Lu})\.(?=\s|$)|\s(?:and\s+(?:he|she|they|it|the|a)|but|while|which|who|that|after|before|said|was|were|is|are|will|would|could|has|have"
    r"|had|ended|began|resumed|broke|collapsed|failed|lasted|took|continued)\s"
)
# What follows a preposition cue without being a topic: a time or an occasion of the meeting ("on the first day of
# his visit", "over dinner", "over the past two days", "on his way home", "still on the table", "on the heels of"),
# or "about to" ("negotiations about to start").
_PREPOSITION_CUES = frozenset({"on", "over", "about"})
_OF = regex.compile(r"\s+of\s", regex.I)
_OCCASION = regex.compile(
    r"to\s|(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:first|second|third|last|final|opening|closing|same|\d+\w*)\s+)?"
    r"(?:day|days|eve|occasion|weekend|week|weeks|month|months|year|years|hour|hours|past|dinner|lunch|breakfast"
    r"|way|margins|table|agenda|heels)(?![\p{L}\-])",
    regex.I,
)
# A meeting or visit placed after its topic: "discussed peace prospects at a meeting in New York", "discuss the crisis
# in talks in Washington", "discuss agriculture during a visit to Japan" (the topic ends there).
_AT_MEETING = regex.compile(
    r"\s(?:at|during|in)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\p{Ll}\-]+\s+){0,2}"
    r"(?:meeting|meetings|talks|summit|session|conference|visit|trip)(?!\p{L})"
)
_CALL_ON = regex.compile(r"(?<!\p{L})call(?:s|ed|ing)?\s+$", regex.I)
_MAX_CHARS = 160
_ARTICLE_BEFORE = regex.compile(r"(?<!\p{L})(?:the|a|an)\s+$", regex.I)
# What a topic phrase never ends on: punctuation or a function word ("trade with" before "Abe").
_TRAILING = regex.compile(r"(?:\W+|\s+(?:with|and|the|of|to|for|a|an|on|in|at))$", regex.I)


def _span_from(text: str, start: int, limit: int, dates: DateIndex) -> Span | None:
    if start in dates.spans:
        return None
    # "the situation in Aleppo" + " on Wednesday"; but a date after an article modifies a noun of the topic ("the
    # year-end budget agreement")
    for date in dates.within(start + 1, limit):
        if not _ARTICLE_BEFORE.search(text, max(start, date.start - 4), date.start):
            limit = date.start
            break
    m = _END.search(text, start, min(limit, start + _MAX_CHARS))
    end = m.start() if m else min(limit, start + _MAX_CHARS)
    if placed := _AT_MEETING.search(text, start, end):
        end = placed.start()
    while (tail := _TRAILING.search(text, start, end)) is not None:
        end = tail.start()
    if end - start < 3:
        return None
    return trusted(Span)(start=start, end=end, text=text[start:end])


def meeting_topic(
    text: str,
    window: tuple[int, int],
    dates: DateIndex,
    parties: tuple[int, ...] = (),
    in_name: Callable[[int, int], bool] = lambda start, end: False,
) -> Span | None:
    """The first topic phrase in `window`; it ends before a participant ("talks on trade with Abe"). `in_name` says
    whether a span lies inside a name."""
    occasion_end = -1
    for m in _CUE.finditer(text, *window):
        if m.start() < occasion_end:
            continue  # "on the heels of the tariffs on Japanese goods": a cue inside the occasion's of-phrase
        if in_name(m.start(), m.end()):
            continue  # "at the General Agreement on Tariffs and Trade over ...": a word of a body's name
        if _CALL_ON.search(text, max(0, m.start() - 8), m.start()):
            continue  # "paid a courtesy call on President Reagan": whom a visit is paid, not what it is about
        if m.group().split()[0].lower() in _PREPOSITION_CUES and (occasion := _OCCASION.match(text, m.end())):
            if _OF.match(text, occasion.end()):
                phrase_end = _END.search(text, occasion.end(), window[1])
                occasion_end = phrase_end.start() if phrase_end else window[1]
            continue
        limit = min([s for s in parties if s > m.end()] + [window[1]])
        if limit < window[1] and (w := text.rfind(" with ", m.end(), limit)) >= 0:
            limit = w  # "discussed the dollar with U.S. Treasury Secretary James Baker"
        if (span := _span_from(text, m.end(), limit, dates)) is not None:
            return span
    return None


def follow_up_topic(text: str, sentence: tuple[int, int], dates: DateIndex) -> Span | None:
    m = _FOLLOW_UP.search(text, *sentence)
    return _span_from(text, m.end(), sentence[1], dates) if m else None
