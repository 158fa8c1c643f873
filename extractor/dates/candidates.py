"""Candidates: each family pattern runs over the stretches of text around its core words (one token
pass finds them), plausibility checks drop impossible readings, and overlaps resolve to the longest."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache, partial
from re import Match

from extractor.dates import grammar, languages, lexicon
from extractor.dates.context import opens_sentence
from extractor.dates.required import requirements

# A month or weekday that doubles as an ordinary English word must be capitalised ("may", "march").
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "august", "mar", "jan", "dec", "sep", "jun", "jul", "oct"})
_FAMILIES_WITH_MONTH = frozenset({"month_day", "day_month", "month_year", "month_range", "month", "clock"})


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _title_cased(word: str) -> bool:
    """A capitalised word in a lower-case text, not a word of a line in capitals."""
    return word[:1].isupper() and not word.isupper()


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


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.&]*\s+$")
_POSSESSIVE_HEAD = re.compile(r"['’]s\s+([a-z]+)(?:\s+([a-z]+))?")
_LOCAL_TIME_BEFORE = re.compile(r"(?:[ap]\.?\s?m\b\.?|\b[ecmp][sd]t)\s*\($", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"(?:\d%|\bpercent|\bpct)\s*$")


def _today_is_the_day(m: Match[str], text: str) -> bool:
    """ "today's youth", "today's personal computers" speak of the present age, not of the day; "USA Today",
    "VOA Today" are names (a capitalised "Today" inside a sentence, after a capitalised word)."""
    start, end = m.start("word"), m.end("word")
    name = text[start].isupper() and not opens_sentence(text, start)
    if name and _CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
        return False
    head = _POSSESSIVE_HEAD.match(text, end)
    return not (head and any(w in lexicon.cues("present_age_nouns") for w in head.groups() if w))


def _current_is_now(m: Match[str], text: str) -> bool:
    """ "the current system", "his current wife" speak of the present; "the current account", "current-account
    deficit", "current assets" are terms of economics and accounting."""
    end = m.end("word")
    head = _word_after(text, end + 1 if text.startswith("-", end) else end)
    return head not in lexicon.cues("current_terms")


_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)([A-Z][a-z]+)")
_LIST_PREVIOUS = re.compile(r"([A-Z][a-z]+)\.?,\s*$")


def _in_month_list(text: str, start: int, end: int, lang: str) -> bool:
    """A month named next to another: "in April or May", "March, May and June", "both May and July"."""
    months = lexicon.months(lang)
    after = _LIST_NEXT.match(text, end)
    before = _LIST_PREVIOUS.search(text, max(0, start - 14), start)
    return bool(after and after.group(1).lower() in months) or bool(before and before.group(1).lower() in months)


_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
_PART_OF = frozenset({"as", "whole", "rest", "end", "start", "beginning", "morning", "afternoon", "evening", "night",
                      "course", "close", "part", "middle"})
_OF_A_DAY = re.compile(
    r"\s+of\s+(?:[A-Z]|\d|(?:this|last|next|yesterday|today|tomorrow)\b|the\s+(?:year|month|week|day|previous|current)\b)"
)
_NOUN_NEXT = re.compile(r"\s+([a-z]+)\b")


def _month_before_noun(text: str, start: int, end: int) -> bool:
    """ "the March accession", "a May meeting": a capitalised "March"/"May" between an article and a lower-case
    word is the month naming a thing ("the March on Washington", "a May to remember" are not)."""
    after = _NOUN_NEXT.match(text, end)
    return (
        _word_before(text, start) in ("the", "a")
        and after is not None
        and after.group(1) not in lexicon.cues("not_nouns_after_month")
    )


# Each check of a candidate (`plausible`) keeps the readings a family's pattern cannot rule out on its own. `m` may
# have run on the lower-cased text: capitalisation is read from `text`. Each family runs only its own checks
# (`_checks`), which read the groups they need from the match, instead of every family walking every check.
Check = Callable[[Match[str], str, str], bool]


def _month_capitalised(m: Match[str], text: str, lang: str) -> bool:
    start = m.start("mon")
    if start < 0:
        return True
    name = text[start : m.end("mon")]
    return not ((name.lower() in _AMBIGUOUS_MONTHS or lang == "en") and not _capitalised(name))


def _bare_month_led(m: Match[str], text: str, lang: str) -> bool:
    """A bare "May"/"March" is a month only after a word that introduces a time ("in May", "by March")."""
    if m["edge"] or m["mod"] or text[m.start("mon") : m.end("mon")].lower() not in ("may", "march"):
        return True
    return (
        _word_before(text, m.start()) in lexicon.cues("month_leads")
        or _in_month_list(text, m.start(), m.end(), lang)
        or _month_before_noun(text, m.start(), m.end())
    )


def _weekday_capitalised(m: Match[str], text: str, lang: str) -> bool:
    start = m.start("wd")
    return start < 0 or text[start].isupper()


_CAPITALISED_AFTER = re.compile(r"\s+([A-Z][a-z]+)")


def _weekday_not_a_title(m: Match[str], text: str, lang: str) -> bool:
    """ "the Sunday Times", "the Sunday Express": after "the", a weekday before a capitalised word (no month,
    no weekday) names a paper, not a day ("the Sunday meeting" and "on Sunday Reagan said" stay days)."""
    if lang != "en" or m["mod"] or m["set"] or _word_before(text, m.start("wd")) != "the":
        return True
    name = _CAPITALISED_AFTER.match(text, m.end("wd"))
    word = name.group(1).lower() if name else ""
    return not word or word in lexicon.months(lang) or word in lexicon.weekdays(lang)


def _half_not_of(m: Match[str], text: str, lang: str) -> bool:
    """ "the second half of trading" is no date; "the second half of 1989" is one (the year is then in the match)."""
    return (m["unit"] or "").lower() != "half" or _word_after(text, m.end()) != "of"


def _half_not_of_month(m: Match[str], text: str, lang: str) -> bool:
    """ "second half April shipment" is half a month (the month is tagged on its own)."""
    half = (m["unit"] or "").lower().startswith("hal")
    return not half or _word_after(text, m.end("unit")) not in lexicon.months(lang)


def _plausible_duration(m: Match[str], text: str, lang: str) -> bool:
    if m["old"] == "-old" or _word_after(text, m.end()) == "old":
        return False  # ages: "52 years old", "the 6-year-old"
    num = m["num"].lower()
    a_quarter_of = num in ("a", "one") and _word_after(text, m.end()) == "of"
    if m["unit"].lower().startswith("quarter") and (m["hy"] == "-" or a_quarter_of):
        return False  # "three-quarters", "more than a quarter of the votes" are fractions
    # "a year" is a length only where one is expected ("for a year"), not a rate ("$1 billion a year")
    article = num in ("a", "an") and not (m["pre"] or m["approx"] or m["half"])
    return not article or _word_before(text, m.start()) in lexicon.cues("length_leads")


def _unit_not_a_title(m: Match[str], text: str, lang: str) -> bool:
    """A title: ABC's "This Week", CBS's "60 Minutes" (German writes every noun capitalised)."""
    return lang == "de" or not _title_cased(text[m.start("unit") : m.end("unit")])


def _not_world_time(m: Match[str], text: str, lang: str) -> bool:
    """ "10:35 a.m. (0735 GMT)": the same time in world time, which TimeBank leaves untagged."""
    return not _LOCAL_TIME_BEFORE.search(text, max(0, m.start() - 12), m.start())


# an index level: "fell 508 points to 1738", "up 115 points at 1854", "a preliminary closing figure of 1841"
_INDEX_LEVEL_BEFORE = re.compile(r"(?:\bpoints?\s+(?:to|at)|\b(?:closing|opening)\s+(?:figure|level)\s+of)\s+$")


def _year_not_a_count(m: Match[str], text: str, lang: str) -> bool:
    if m["pre"] is None and _INDEX_LEVEL_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False
    return _word_after(text, m.end()) not in lexicon.count_nouns()  # "2000 shares"


def _spelled_year_not_a_count(m: Match[str], text: str, lang: str) -> bool:
    # "two thousand years", "two thousand people" are counts
    return _word_after(text, m.end()) not in (lexicon.count_nouns() | lexicon.units("en").keys())


def _dashed_range(m: Match[str], text: str, lang: str) -> bool:
    """TimeML marks "between 1985 and 1987" as two years; only a dashed range is one interval."""
    return (m["sep"] or "").lower() in ("-", "–", "—", "/")


# "the daily said", "the weekly's editor", ", the daily." : the word alone names a publication
_PAPER_NAME_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa])\s+(?:[A-Z][\w'-]*\s+){1,3}$")
_PAPER_AFTER = re.compile(r"(?:['’]s\b|\s*[.,;:]|\s+(?:that|al|[A-Z]))")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat)\s+$")
_AS_A_NOUN_AFTER = re.compile(
    r"(?:['’]s\b|\s*[.,;:]|\s+(?:said|says|reported|reports|wrote|writes|added|quoted|carried|cited|published|"
    r"commented|noted|claimed|warned|urged|called|described)\b)"
)


def _a_paper_named(m: Match[str], text: str, lang: str) -> bool:
    """ "in the Handelsblatt daily that", "the Kuwait daily al-Qabas", "a Hong Kong daily,": a paper named by its
    name ("the February monthly U.S. budget deficit" is a recurrence)."""
    if not _PAPER_NAME_BEFORE.search(text, max(0, m.start() - 50), m.start()) or not _PAPER_AFTER.match(text, m.end()):
        return False
    return _word_before(text, m.start()) not in lexicon.months(lang)


def _recurrence(m: Match[str], text: str, lang: str) -> bool:
    if not m["adv"]:
        return True
    if text[m.start()].isupper() and not opens_sentence(text, m.start()):
        return False  # a name: "the China Daily", "Business Weekly"
    if _ARTICLE_BEFORE.search(text, max(0, m.start() - 6), m.start()) and _AS_A_NOUN_AFTER.match(text, m.end()):
        return False
    if _a_paper_named(m, text, lang):
        return False
    # a growth rate, not a recurring time: "revenue will rise 20% annually"
    return not _RATE_BEFORE.search(text, max(0, m.start() - 12), m.start())


def _not_within_a_time(m: Match[str], text: str, lang: str) -> bool:
    """ "the early hours of Thursday morning", "the first months of this year": within a time."""
    return not (m["edgepre"] and _OF_A_DAY.match(text, m.end()))


def _part_not_a_name(m: Match[str], text: str, lang: str) -> bool:
    start = m.start("thepart")
    return start < 0 or text[start].islower()  # "the Morning Post"


def _day_word(m: Match[str], text: str, lang: str) -> bool:
    word = (m["word"] or "").lower()
    if word == "current":
        return _current_is_now(m, text)
    if word == "tomorrow" and not (m["part"] or m["edge"]):
        of = _OF_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if of and of.group(1).lower() not in _PART_OF and not text.startswith(("'s", "’s"), m.end()):
            return False  # "the people of tomorrow", "the factory of tomorrow": the age to come, not the next day
    if word == "today" and not m["part"]:
        return _today_is_the_day(m, text)
    return True


def _season(m: Match[str], text: str, lang: str) -> bool:
    # English writes seasons in lower case: "the Prague Spring", "the Summer Olympics", "``Spring of Life''
    # rallies" are names ("this Spring" still is a time)
    bare = lang == "en" and not m["year"] and (m["mod"] or "the").lower() == "the"
    if bare and _title_cased(text[m.start("season") : m.end("season")]) and not opens_sentence(text, m.start("season")):
        return False
    if bare and _CROP_AFTER.match(text, m.end()):
        return False  # "hard red winter wheat", "spring barley": a variety of the crop, not a season
    if (m["season"] or "").lower() == "fall" and not m["year"]:
        # "the fall in prices": the season needs a determiner that only a time takes
        return (m["mod"] or "").lower() in ("this", "last", "next", "early", "late", "this past", "this coming")
    return True


def _holiday_not_a_name(m: Match[str], text: str, lang: str) -> bool:
    """ "Christmas Island", "Easter eggs", "lit up like Christmas trees": the holiday names a thing, no day."""
    return m["week"] is not None or _word_after(text, m.end()) not in lexicon.cues("not_times_after_holiday")


# The checks of the families that have their own, besides those a month or a weekday in the match asks (`_checks`).
_FAMILY_CHECKS: dict[str, tuple[Check, ...]] = {
    "month": (_bare_month_led,),
    "quarter": (_half_not_of, _half_not_of_month),
    "quarter_list": (_half_not_of_month,),
    "duration": (_plausible_duration, _unit_not_a_title),
    "rel_unit": (_unit_not_a_title,),
    "clock24": (_not_world_time,),
    "year": (_year_not_a_count,),
    "spelled_year": (_spelled_year_not_a_count,),
    "year_range": (_dashed_range,),
    "set": (_recurrence,),
    "vague": (_not_within_a_time,),
    "part_of_day": (_part_not_a_name,),
    "day_word": (_day_word,),
    "weekday": (_weekday_not_a_title,),
    "season": (_season,),
    "holiday": (_holiday_not_a_name,),
}


def _checks(rule: grammar.Rule, lang: str) -> tuple[Check, ...]:
    """What a candidate of `rule` in `lang` must pass (`plausible`): a month name in the families that read one
    is capitalised, an English weekday too, then the family's own checks and the other languages' (`languages`)."""
    checks: list[Check] = []
    if rule.family in _FAMILIES_WITH_MONTH and "mon" in rule.pattern.groupindex:
        checks.append(_month_capitalised)
    if lang == "en" and "wd" in rule.pattern.groupindex:
        checks.append(_weekday_capitalised)
    checks += _FAMILY_CHECKS.get(rule.family, ())
    if lang in languages.FOREIGN:
        checks.append(partial(languages.plausible, rule.family))
    return tuple(checks)


def plausible(checks: tuple[Check, ...], m: Match[str], text: str, lang: str) -> bool:
    """Cheap checks (`_checks`) that reject readings the patterns cannot rule out on their own."""
    for check in checks:  # noqa: SIM110 (all() over a generator costs a frame per candidate, most of which pass)
        if not check(m, text, lang):
            return False
    return True


_CROP_AFTER = re.compile(r"\s+(?:wheats?|barley|rye|oats|rapeseed|rape|canola|triticale)\b", re.IGNORECASE)
_YEARS = range(1700, 2050)
_REACH_BEFORE, _REACH_AFTER = 40, 50  # characters around a core word that a family pattern may cover


def regions(text: str, low: str, lang: str, plain: bool = False) -> dict[str, list[tuple[int, int]]]:
    """Stretches of text around core words (a month, a weekday, a unit, a year, a clock number), by kind
    of core word: each family pattern runs only where its kinds occur, which keeps the stage fast.
    `low` is the lower-cased text, of the same length; `plain` when `grammar.ascii_twin_fits(low)`."""
    out: dict[str, list[tuple[int, int]]] = {}
    for start, end, kind in _core_hits(text, low, lang, plain):
        # widen to whole words: a pattern must not see a word cut in half at either edge
        lo = text.rfind(" ", 0, max(0, start - _REACH_BEFORE)) + 1
        hi = text.find(" ", end + _REACH_AFTER)
        hi = len(text) if hi < 0 else hi
        spans = out.setdefault(kind, [])
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return out


def _core_hits(text: str, low: str, lang: str, plain: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the core words and of the numbers that may be a year or a time, in text order.
    A word inside what follows a number ("5 p.m.", "15h30") belongs to the number, as one scan would read it."""
    word_pattern, number_pattern = (grammar.ascii_core_patterns if plain else grammar.core_patterns)(lang)
    hits: list[tuple[int, int, str]] = []
    tails: list[tuple[int, int]] = []
    zeroed = grammar.ascii_number_pattern(lang) if plain else None
    numbers = number_pattern.finditer(low) if zeroed is None else zeroed.finditer(grammar.zeroed_digits(low))
    for m in numbers:
        start, end = m.span(1)  # the group "num"
        tail = m.group(2)  # the group "tail"
        if tail:
            hits.append((*m.span(), "number"))
            tails.append(m.span())
            if tail == "/" and end - start == 4 and int(low[start:end]) in _YEARS:
                hits.append((start, end, "year"))  # a split year: "the 1986/87 season"
        elif end - start == 4 and int(low[start:end]) in _YEARS:
            hits.append((*m.span(), "year"))
    numbers = len(hits)
    core = grammar.core_words(lang)
    automaton = grammar.core_automaton(lang) if plain else None
    if automaton is None:
        words = ((m.start(), m.end(), m.group(1)) for m in word_pattern.finditer(low))  # the group "word"
    else:  # the key " word " ends one character past the word's end in `low`
        words = ((last - len(word) - 1, last - 1, word) for last, word in automaton.iter(grammar.spaced_words(low)))
    for start, end, word in words:
        kind = core[word]
        # lower-case "may" and "march" are verbs, not months
        if kind == "month" and lang == "en" and text[start].islower() and word in _AMBIGUOUS_MONTHS:
            continue
        if tails and _inside(tails, start):
            continue
        hits.append((start, end, kind))
    if numbers and len(hits) > numbers:
        hits.sort()
    return hits


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_left(spans, (pos,)) - 1  # the last span starting before pos
    return i >= 0 and pos < spans[i][1]


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


def _meets(word: str, need: tuple[str, ...]) -> bool:
    return any(string in word for string in need)


@cache
def _rules(lang: str) -> tuple[tuple[grammar.Rule, tuple[tuple[str, ...], ...]], ...]:
    """Each family's rule with the requirements (`required.requirements`) its stretches of text may miss. One
    that every core word of the family's kinds meets is met by every stretch, by its making (the seasons of
    "season"); one that some of them miss is worth a search: "the eighth day of" needs "day", which a stretch
    around "year" lacks, and "the weekend" needs "weekend". Each requirement is a tuple of strings, one of which
    the stretch must hold (`_holds`)."""
    core = grammar.core_words(lang)
    out = []
    for rule in grammar.rules(lang):
        own = [word for word, kind in core.items() if kind in rule.kinds]
        needs = [need for need in requirements(rule.pattern) if not all(_meets(word, need) for word in own)]
        out.append((rule, tuple(needs)))
    return tuple(out)


def _holds(stretch: str, needs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the stretch of text holds one string of each requirement. A substring test of the stretch sliced
    out once costs a third of a regular expression search of the alternation (which tries it at every position
    whose character opens one of the strings); `str.find` with bounds costs more than either."""
    for strings in needs:
        for string in strings:
            if string in stretch:
                break
        else:
            return False
    return True


# a family's rank, rule, requirements and checks
_Member = tuple[int, grammar.Rule, tuple[tuple[str, ...], ...], tuple[Check, ...]]


@cache
def _by_kinds(lang: str) -> tuple[tuple[tuple[str, ...], tuple[_Member, ...]], ...]:
    """The families of `_rules` (with their rank, their place in it) grouped by their kinds of core word: the
    families of a group run over the same stretches of text, made and cut out of the text once for all of them."""
    groups: dict[tuple[str, ...], list[_Member]] = {}
    for rank, (rule, telling) in enumerate(_rules(lang)):
        groups.setdefault(rule.kinds, []).append((rank, rule, telling, _checks(rule, lang)))
    return tuple((kinds, tuple(members)) for kinds, members in groups.items())


def find(text: str, lang: str) -> list[list[tuple[str, Match[str]]]]:
    """Groups of overlapping (family, match) candidates in text order, each best first: longer matches
    win, then earlier families; the others stand by in case the winner cannot be normalized."""
    found: list[tuple[int, int, int, str, Match[str]]] = []
    low = text.lower()
    folded = len(low) != len(text)  # a few characters lower-case to two ("İ"): search the text itself
    if folded:
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    plain = not folded and grammar.ascii_twin_fits(low)  # the patterns' re.ASCII twins match the same, cheaper
    by_kind = regions(text, low, lang, plain)
    subject = text if folded else low
    for kinds, members in _by_kinds(lang):
        parts = [by_kind[k] for k in kinds if k in by_kind]
        if not parts:
            continue
        stretches = [(lo, hi, "" if folded else low[lo:hi]) for lo, hi in _union(parts)]
        for rank, rule, needs, checks in members:
            pattern = rule.folded if folded else rule.ascii if plain else rule.pattern
            for lo, hi, stretch in stretches:
                if needs and not folded and not _holds(stretch, needs):
                    continue  # every match holds one string of each requirement: none can lie here
                for m in pattern.finditer(subject, lo, hi):
                    start, end = m.span()
                    if end > start and plausible(checks, m, text, lang):
                        found.append((start - end, rank, start, rule.family, m))
    found.sort()  # by length, then rank: the order of the scans does not matter
    # winners never overlap each other, so the one a candidate overlaps is found by bisection
    starts: list[int] = []
    groups: list[list[tuple[str, Match[str]]]] = []
    for _, _, start, family, m in found:
        end = m.end()
        i = bisect.bisect_left(starts, end) - 1  # the last winner starting before this candidate ends
        home = groups[i] if i >= 0 and groups[i][0][1].end() > start else None
        if home is None and i + 1 < len(groups) and groups[i + 1][0][1].start() < end:
            home = groups[i + 1]
        if home is None:
            at = bisect.bisect_left(starts, start)
            starts.insert(at, start)
            groups.insert(at, [(family, m)])
        else:
            home.append((family, m))
    return groups
