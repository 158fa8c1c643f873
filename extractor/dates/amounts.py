"""Lengths of time and recurrences: durations (P3Y), vague plurals (for years) and sets (daily)."""

from __future__ import annotations

import re
from re import Match

from extractor.dates import lexicon, timex
from extractor.dates.anchor import Norm
from extractor.dates.context import Context
from extractor.dates.tense import Tense

_SETS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
         "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H"}  # fmt: skip
_EVERY = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M", "weekend": "XXXX-WXX-WE",
          "morning": "XXXX-XX-XXTMO", "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI"}  # fmt: skip


_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_NUMBER_JOINS = frozenset({"e", "y", "et"})  # the words between tens and ones in Portuguese, Spanish, French


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def amount(word: str) -> float | None:
    """The number a `grammar` number phrase stands for: "12", "2 1/2", "4-1/2", "twenty four", "a hundred",
    "one and a half"; None for an unspecified one ("several")."""
    w = _norm(word)
    half = 0.5 if w.endswith((" 1/2", "-1/2", " and a half")) else 0.0
    w = w.removesuffix(" 1/2").removesuffix("-1/2").removesuffix(" and a half")
    if _DECIMAL.fullmatch(w):
        return float(w) + half
    numbers = lexicon.numbers()
    if w in numbers:
        n = numbers[w]
        return None if n is None else n + half
    total = 0
    # "twenty-four", "twenty four", "two hundred", "vinte e cinco", "vingt et un", "fünfundzwanzig"
    for part in re.split(r"[\s-]+", w):
        if part in _NUMBER_JOINS:
            continue
        n = numbers.get(part)
        ones, joined, tens = part.partition("und")  # German writes the ones first: "fünfundzwanzig"
        if n is None and joined and ones in numbers and tens in numbers:
            n = (numbers[ones] or 0) + (numbers[tens] or 0)
        if n is None:
            return None
        total = max(total, 1) * n if n in (100, 1000) else total + n
    return total + half


def duration(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    unit = lexicon.units(ctx.lang).get(_norm(g["unit"]))
    num = _norm(g["num"])
    if unit is None or unit == "WE":
        return None
    if unit == "S" and not re.match(r"\d", num):
        return None  # "one second" is fine in digits only; "second" alone is an ordinal
    # a range of lengths is valued by its lower bound ("within two to three weeks": P2W), as TimeBank does;
    # "the next 12 to 18 months" stays open (PXM)
    n = None if g["num2"] and (g["pre"] or amount(g["num2"]) is None) else amount(num)
    if n is not None and g["half"]:  # "a year and a half"
        n += 0.5
    if n is None and num not in lexicon.numbers() and not g["num2"]:
        return None
    if n is not None and 1700 <= n < 2050 and g["hy"] != "-" and num.isdigit():
        return None  # "the 1988 quarter" is a year's quarter, not 1988 quarters
    some_day = unit == "D" and num == "one" and not g["pre"]
    if some_day and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return Norm("DATE", "FUTURE_REF", 0.6)  # "Islam will one day be ...": some day ahead, not a length
    plain = not (g["pre"] or g["approx"] or g["num2"] or g["more"] or g["hy"] == "-" or g["old"])
    if plain and ctx.ref and not (n and n > 1 and not g["unit"].lower().endswith("s")) and _in_ahead(ctx, m):
        # "would be redeemed in five years": the time that far ahead, not a length (TimeML: a DATE)
        if more := _OR_MORE.match(ctx.text, m.end()):  # "you may, in a year or two, save": some time ahead
            return Norm("DATE", "FUTURE_REF", 0.6, end=more.end())
        value = timex.shift(ctx.ref, unit, int(n)) if n is not None and n.is_integer() else None
        if value and unit in ("D", "W", "M", "Y"):
            return Norm("DATE", value, 0.6)
    if unit == "M" and n in (6, 9) and _norm(g["pre"]) in ("the", "the first"):
        ctx.anchors.months_since_quarter = True  # the part of the year an earnings report covers
    if _verb_last(ctx, m):
        # the length begins after the verb; a bound stays ("at least four months", "over a week": more than one)
        kept = g["approx"] and (_norm(g["approx"]) in KEPT_HEDGES or _norm(g["approx"]) == "over")
        return Norm("DURATION", timex.duration(n, unit), 0.8, start=m.start("approx") if kept else m.start("num"))
    return Norm("DURATION", timex.duration(n, unit), 0.8, start=core_start(m))


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|must)\s+$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+$")
_MODAL_IN_CLAUSE = re.compile(r"\b(?:will|would|could|might|may|shall)\b[^.;:!?]*$", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:first|only|most|least|worst|best|[a-z]+est)\b[^.;:!?]*$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s+(?:when|that|or(?!\s+(?:two|three|so)\b))\b")
_OR_MORE = re.compile(r"\s+or\s+(?:two|three|so)\b")


def _in_ahead(ctx: Context, m: Match[str]) -> bool:
    """ "in five years" in a clause that looks ahead (a modal before it in the clause, or a future tense)."""
    start = m.start()
    if not _IN_BEFORE.search(ctx.text, max(0, start - 4), start):
        return False
    if _SPAN_BEFORE.search(ctx.text, max(0, start - 50), start) or _SPAN_AFTER.match(ctx.text, m.end()):
        return False  # "the highest winterkill in ten years", "its first bond issue in 21 years": a span back
    if _MODAL_IN_CLAUSE.search(ctx.text, max(0, start - 60), start):
        return True
    return ctx.tense(start, m.end()) is Tense.FUTURE


_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|may|might|should|can|must|not|cannot)\s+$", re.IGNORECASE)


def _verb_last(ctx: Context, m: Match[str]) -> bool:
    """ "likely to last over a week", "could last at least four months": "last" is the verb, not the adjective."""
    start = m.start()
    return _norm(m.group("pre")) == "last" and _VERB_BEFORE.search(ctx.text, max(0, start - 12), start) is not None


def core_start(m: Match[str]) -> int:
    """TimeBank leaves hedges ("about", "only") and the article of an adjective ("the 30-day") outside."""
    g = m.groupdict()
    if g.get("approx") and _norm(g["approx"]) not in KEPT_HEDGES:
        return m.start("num") if not g.get("pre") else m.start()
    if g.get("hy") == "-" and _norm(g.get("pre")) == "the":
        return m.start("approx") if g.get("approx") else m.start("num")
    return m.start()


# TimeBank keeps the bounds and near-misses inside ("nearly two years", "at least 20 years") but leaves
# rough estimates out ("about three days")
KEPT_HEDGES = frozenset({"more than", "less than", "no more than", "nearly", "almost", "at least", "up to"})


def vague(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    pre, unit = _norm(g["pre"]), lexicon.units("en")[_norm(g["unit"])]
    if pre == "recent" and unit == "Y":
        return Norm("DATE", "PAST_REF", 0.6)
    if pre in ("coming", "the coming", "future"):  # "coming weeks", "future quarters"
        return Norm("DATE", "FUTURE_REF", 0.6)
    if pre == "past":  # "past years" (with "the" and a number it is a length: "the past two years")
        return Norm("DATE", "PAST_REF", 0.6)
    return Norm("DURATION", timex.duration(None, unit), 0.5)


def recurrence(ctx: Context, m: Match[str]) -> Norm | None:
    g = m.groupdict()
    if g["adv"]:
        return Norm("SET", _SETS[_norm(g["adv"])], 0.8)
    unit = _norm(g["unit"])
    if unit in timex.SEASONS:
        return Norm("SET", f"XXXX-{timex.SEASONS[unit]}", 0.8)
    if unit in _EVERY:
        value = _EVERY[unit]
        if g["other"] and value.startswith("P"):
            value = "P2" + value[2:]
        return Norm("SET", value, 0.8)
    months = lexicon.months(ctx.lang)
    if unit in months:
        return Norm("SET", f"XXXX-{months[unit][0]:02d}", 0.8)
    return None


def long_adjective(ctx: Context, m: Match[str]) -> Norm | None:
    """ "a year-long strike" is a year; "months-long talks" an unspecified number of months."""
    word = _norm(m.group("unit"))
    unit = lexicon.units("en")[word]
    n = None if word.endswith("s") else 1
    return Norm("DURATION", timex.duration(n, unit), 0.7)
