"""Candidates: each family pattern runs over the stretches of text around its core words (one token
pass finds them), plausibility checks drop impossible readings, and overlaps resolve to the longest."""

from __future__ import annotations

import re
from re import Match

from extractor.dates import grammar, lexicon

# A month or weekday that doubles as an ordinary English word must be capitalised ("may", "march").
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "august", "mar", "jan", "dec", "sep", "jun", "jul", "oct"})
_FAMILIES_WITH_MONTH = frozenset({"month_day", "day_month", "month_year", "month_range", "month", "clock"})


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _word_before(text: str, start: int) -> str:
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "-"):
        j -= 1
    return text[j:i].lower()


_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def _word_after(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    return m.group(1).lower() if m else ""


def _plausible_duration(m: Match[str], text: str) -> bool:
    g = m.groupdict()
    if g["old"] == "-old" or _word_after(text, m.end()) == "old":
        return False  # ages: "52 years old", "the 6-year-old"
    if g["unit"].lower().startswith("quarter") and g["hy"] == "-":
        return False  # "three-quarters" is a fraction
    # "a year" is a length only where one is expected ("for a year"), not a rate ("$1 billion a year")
    article = g["num"].lower() in ("a", "an") and not (g["pre"] or g["approx"])
    return not article or _word_before(text, m.start()) in lexicon.cues("length_leads")


def plausible(family: str, m: Match[str], text: str, lang: str) -> bool:
    """Cheap checks that reject readings the patterns cannot rule out on their own."""
    g = m.groupdict()
    if family in _FAMILIES_WITH_MONTH and g.get("mon"):
        name = g["mon"]
        if (name.lower() in _AMBIGUOUS_MONTHS or lang == "en") and not _capitalised(name):
            return False
        # a bare "May"/"March" is a month only after a word that introduces a time ("in May", "by March")
        bare = family == "month" and not (g.get("edge") or g.get("mod"))
        if (
            bare
            and name.lower() in ("may", "march")
            and _word_before(text, m.start()) not in lexicon.cues("month_leads")
        ):
            return False
    if g.get("wd") and lang == "en" and not _capitalised(g["wd"]):
        return False
    # "the second half of trading" is no date; "the second half of 1989" is one (the year is then in the match)
    if family == "quarter" and (g["unit"] or "").lower() == "half" and _word_after(text, m.end()) == "of":
        return False
    if family == "duration" and not _plausible_duration(m, text):
        return False
    if family == "year" and _word_after(text, m.end()) in lexicon.count_nouns():
        return False  # "2000 shares"
    # TimeML marks "between 1985 and 1987" as two years; only a dashed range is one interval
    if family == "year_range" and (g["sep"] or "").lower() not in ("-", "–", "—"):
        return False
    if family == "season" and (g["season"] or "").lower() == "fall" and not g["year"]:
        # "the fall in prices": the season needs a determiner that only a time takes
        return (g["mod"] or "").lower() in ("this", "last", "next", "early", "late", "this past", "this coming")
    return True


_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_YEARS = range(1700, 2050)
# Tokens after a number that make it part of a date: a clock ("7 p.m."), a decade ("1990s", "'80s").
_NUMBER_TAILS = frozenset({"a", "p", "am", "pm", "s", "h", "hrs"})
_WINDOW_BEFORE, _WINDOW_AFTER = 5, 7  # tokens around a core word that a family pattern may reach


def regions(text: str, lang: str) -> dict[str, list[tuple[int, int]]]:
    """Stretches of text around core words (a month, a weekday, a unit, a year, a clock number), by kind
    of core word: each family pattern runs only where its kinds occur, which keeps the stage fast."""
    core = grammar.core_words(lang)
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    out: dict[str, list[tuple[int, int]]] = {}
    last = len(tokens) - 1
    for i, (_, e, word) in enumerate(tokens):
        if word[0].isdigit():
            nxt = tokens[i + 1][2].lower() if i < last else ""
            if len(word) == 4 and int(word) in _YEARS:
                kind = "year"
            elif nxt in _NUMBER_TAILS or text.startswith("/", e):
                kind = "number"
            else:
                continue
        else:
            lower = word.lower()
            kind = core.get(lower, "")
            # lower-case "may" and "march" are verbs, not months
            if not kind or (kind == "month" and lang == "en" and word[0].islower() and lower in _AMBIGUOUS_MONTHS):
                continue
        lo, hi = tokens[max(0, i - _WINDOW_BEFORE)][0], tokens[min(last, i + _WINDOW_AFTER)][1]
        spans = out.setdefault(kind, [])
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return out


def _union(parts: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    if len(parts) == 1:
        return parts[0]
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(span for part in parts for span in part):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def find(text: str, lang: str) -> list[tuple[str, Match[str]]]:
    """Non-overlapping (family, match) pairs in text order; longer matches win, then earlier families."""
    found: list[tuple[int, int, int, str, Match[str]]] = []
    by_kind = regions(text, lang)
    for rank, rule in enumerate(grammar.rules(lang)):
        parts = [by_kind[k] for k in rule.kinds if k in by_kind]
        if not parts:
            continue
        for lo, hi in _union(parts):
            for m in rule.pattern.finditer(text, lo, hi):
                if m.end() > m.start() and plausible(rule.family, m, text, lang):
                    found.append((m.start() - m.end(), rank, m.start(), rule.family, m))
    found.sort()
    taken: list[tuple[int, int]] = []
    out = []
    for _, _, start, family, m in found:
        end = m.end()
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        out.append((family, m))
    out.sort(key=lambda x: x[1].start())
    return out
