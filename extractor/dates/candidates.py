"""One pass per family over the text; overlapping matches resolve to the longest."""

from __future__ import annotations

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
    # TimeML marks "between 1985 and 1987" as two years; only a dashed range is one interval
    if family == "year_range" and (g["sep"] or "").lower() not in ("-", "–", "—"):
        return False
    if family == "season" and (g["season"] or "").lower() == "fall" and not g["year"]:
        # "the fall in prices": the season needs a determiner that only a time takes
        return (g["mod"] or "").lower() in ("this", "last", "next", "early", "late", "this past", "this coming")
    return True


def find(text: str, lang: str) -> list[tuple[str, Match[str]]]:
    """Non-overlapping (family, match) pairs in text order; longer matches win, then earlier families."""
    found: list[tuple[int, int, int, str, Match[str]]] = []
    for rank, rule in enumerate(grammar.rules(lang)):
        for m in rule.pattern.finditer(text):
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
