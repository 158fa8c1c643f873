"""Candidate patterns: one compiled regular expression per expression family, built per language.

Names come from the lexicons; each family keeps its parts in named groups for `normalize`.
Patterns are case-insensitive; capitalisation rules (lower-case "may" is a verb) live in `candidates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from extractor.ascii_scan import between_spaces, byte_map, rewritten, whole_words
from extractor.dates import languages, lexicon
from extractor.patterns import compile_gated


def _alt(words: object) -> str:
    """One of the words (a space in one: any white space), factored by prefix (`_trie`). It tries them as a flat
    alternation of the longest first would: of two words that both match at one place one is the other's prefix,
    and the longer is tried first."""
    # an empty list must match nothing, not the empty string
    return _trie(sorted({str(w) for w in words})) or "(?!)"  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Rule:
    """A family's pattern, written in lower case: it runs on the lower-cased text (twice as fast as
    IGNORECASE), or with IGNORECASE as `folded` where lower-casing would shift offsets. `ascii` is `pattern`
    compiled with re.ASCII, for text of ASCII characters without \x1c-\x1f (see `ascii_twin_fits`)."""

    family: str
    pattern: re.Pattern[str]
    folded: re.Pattern[str]
    kinds: tuple[str, ...]
    ascii: re.Pattern[str]


# Pieces shared by the families (a four-digit year is not a price, a percentage or part of a longer number; the
# lookahead on its first digit spares the lookbehinds at every other character a scan tries).
YEAR = r"(?=[12])(?:(?<![\d,.$£€#/-])|(?<=\bmid-)|(?<=\bpost-)|(?<=\bpre-))(?:1[7-9]\d\d|20[0-4]\d)(?!\d|%|,\d|\.\d)"
DECADE_WORDS = "twenties thirties forties fifties sixties seventies eighties nineties"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d|-[a-z]|,\d)(?:st|nd|rd|th|er|º)?"  # not "April 15-day", "May 16,175"; "1er", "1º"
ORDINAL = r"first|second|third|fourth|1st|2nd|3rd|4th"
_NUMBER_NAMES = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen"
)
_ORDINAL_NAMES = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth"
)
# day numbers written out: "six", "twenty-one", "thirty-first"
SPELLED_DAYS = {w: n for names in (_NUMBER_NAMES, _ORDINAL_NAMES) for n, w in enumerate(names.split(), 1)}
SPELLED_DAYS |= {"twenty": 20, "twentieth": 20, "thirty": 30, "thirtieth": 30, "thirty-one": 31, "thirty-first": 31}
SPELLED_DAYS |= {f"twenty-{w}": 20 + n for w, n in list(SPELLED_DAYS.items()) if n < 10}
SPELLED_DAY = "|".join(sorted(SPELLED_DAYS, key=len, reverse=True))
PART = r"morning|afternoon|evening|night"
# "end-April" is an edge; "to end April 30" is a verb
EDGE = (
    r"early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end(?=-)"
    r"|the\s+close\s+of"
)
UNIT_EN = r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|centuries|quarters?"
SEASON = r"spring|summer|autumn|winter|fall"
TZ = r"[ecmp][sd]t|gmt|utc|cet"
WORLD_TIME = r"(?:[01]\d|2[0-3])[:.]?[0-5]\d\s+(?:gmt|utc)"  # "(0735 GMT)" after a local time
# a year read out in a broadcast transcript: "nineteen ninety-four", "two thousand and one"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
SPELLED_YEAR = (
    rf"(?:nineteen(?:\s+hundred)?(?:\s+and)?\s+(?:{_TENS_WORDS})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|two\s+thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b"
)


def _number(lang: str) -> str:
    words = _alt(w for w in lexicon.number_words(lang) if w not in ("a", "an"))
    ones = "one|two|three|four|five|six|seven|eight|nine"
    # compounds are written with a hyphen or, in transcripts, a space: "twenty-four", "twenty four"
    tens = rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:{ones})"
    hundreds = rf"(?:an?|{ones})\s+(?:hundred|thousand)"
    # a number is not the tail of a longer one ("4,559,646", the "2" of "4-1/2"); "2 1/2", "4-1/2" (agency copy) and
    # "one and a half" carry a half. (The
    # lookbehind follows the first digit, as `(?<![\d,.])\d+` would precede it: an alternative that opens on a digit
    # is passed over at a letter without being tried, one that opens on a lookbehind is run at every word.)
    compound = languages.compound_number(lang)  # "vinte e cinco", "fünfundzwanzig"
    return (
        rf"(?:(?:\d(?<![\d,./]\d)\d*(?:\.\d+)?(?:(?:\s+|-)1/2)?|{tens}|{compound}|{hundreds}|{words}|an?)"
        r"(?:\s+and\s+a\s+half)?)"
    )


# Core words by kind: every expression of a family contains a core word of one of the family's kinds.
_CORE = {
    "season": "spring summer autumn winter fall",
    "quarter": "quarter quarters qtr half halves period",
    "century": "century centuries",
    "part": "tonight noon midday midnight morning afternoon evening night nights midmorning midafternoon",
    "set": "daily weekly monthly yearly annually hourly nightly biweekly each every",
    "ref": "future past",
    "tz": "gmt utc est edt cst cdt mst mdt pst pdt cet",
    "spelled": "nineteen thousand " + DECADE_WORDS,
}
# Which kinds of core word open a stretch of text to each family (`candidates.regions`).
KINDS = {
    "month_day": "month", "week_of": "month", "day_month": "month", "month_year": "month", "month_range": "month",
    "month": "month", "month_spelled_day": "month", "second_day": "month",
    "iso": "year", "numeric": "number", "year_range": "year", "year": "year", "decade": "year number spelled",
    "century": "century", "quarter": "quarter", "quarter_list": "quarter", "two_quarters": "quarter",
    "this_period": "unit quarter", "year_ago": "unit",
    "season": "season", "rel_unit": "unit quarter", "ago": "unit quarter century", "ago_before": "unit",
    "duration": "unit quarter century", "vague": "unit quarter century",
    "day_word": "phrase unit ref", "part_of_day": "part", "weekday": "weekday", "clock": "number", "clock24": "tz",
    "noon": "part", "set": "set", "ref": "ref", "weekend": "unit", "holiday": "holiday", "spelled_year": "spelled",
    "year_end": "unit", "nth_day": "unit", "day_after": "unit part", "period_edge": "unit quarter", "long": "unit",
    "around_event": "unit", "nth_weekday": "weekday",
}  # fmt: skip


@cache
def core_words(lang: str) -> dict[str, str]:
    """Lower-case core word -> its kind (see `KINDS`)."""
    words = dict.fromkeys(lexicon.units("en"), "unit")
    words.update(dict.fromkeys(lexicon.units(lang), "unit"))
    for kind, names in _CORE.items():
        words.update(dict.fromkeys(names.split(), kind))
    for phrase in lexicon.phrases(lang):  # its longest word opens a phrase ("early" in "an early date")
        words.setdefault(max(re.findall(r"[^\W\d_]+", phrase.lower()), key=len), "phrase")
    for name in lexicon.holidays():  # the first word is enough ("thanksgiving day"); keep "day" a unit
        words.setdefault(re.findall(r"[^\W\d_]+", name)[0], "holiday")
    for kind, names in (("weekday", lexicon.weekdays(lang)), ("month", lexicon.months(lang))):
        for name in names:  # "quinta-feira" is read as two words
            words.update(dict.fromkeys(re.findall(r"[^\W\d_]+", name), kind))
    for word, kind in languages.core_words(lang).items():
        words.setdefault(word, kind)
    return words


def _trie(words: list[str]) -> str:
    """A regular expression for a word list, factored by prefix: far faster than a flat alternation."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(tree)


_NUMBER_TAILS = r"[ap]\.?\s?m\b|s\b|/|hrs?\b"  # what makes a number a time or a decade: "5 p.m.", "1990s", "3/4"


@cache
def core_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Core words; and numbers with what follows them (a year, a clock, a decade, a numeric date), a number
    not being the tail of a longer one ("4,559"); for lower-cased text. Two scans are faster than one pattern
    for both: the number pattern opens on a digit, which the engine skips ahead to."""
    return tuple(compile_gated(source) for source in _core_sources(lang))  # type: ignore[return-value]


@cache
def _core_sources(lang: str) -> tuple[str, str]:
    words = _trie(sorted(core_words(lang)))
    tails = _NUMBER_TAILS + (f"|{languages.NUMBER_TAILS}" if lang in languages.FOREIGN else "")
    return rf"\b(?P<word>{words})\b", rf"(?P<num>\d(?<![\d,.]\d)\d*)(?P<tail>\s*(?:{tails}))?"


@cache
def rules(lang: str) -> tuple[Rule, ...]:
    """The families' compiled patterns, each behind a lookahead on its first character (`patterns.gated`) and,
    since most open on optional words, one on the first characters of its matches (`patterns.compile_gated`)."""
    return tuple(
        Rule(
            name,
            compile_gated(p, prefix_gate=True),
            compile_gated(p, re.IGNORECASE),
            tuple(kinds.split()),
            compile_gated(p, re.ASCII, prefix_gate=True),
        )
        for name, p, kinds in sources(lang)
    )


# re's Unicode \s holds the four ASCII separators \x1c-\x1f, its ASCII \s does not; elsewhere the two modes agree on
# ASCII text (\w, \d, \b, case), where the ASCII one is cheaper (no Unicode database lookups for \b and \w).
_C0_SEPARATORS = "\x1c\x1d\x1e\x1f"


def ascii_twin_fits(text: str) -> bool:
    """Whether a pattern compiled with re.ASCII matches `text` exactly as the same pattern without it. (Four
    substring searches, which skip through memory, where re would test a class at every character.)"""
    return text.isascii() and not any(separator in text for separator in _C0_SEPARATORS)


# ASCII text with every character that is no word character (re.ASCII's \w) a space: there a run of word
# characters between two spaces is what \b...\b delimits
_NON_WORD_TO_SPACE = byte_map(lambda c: c if c.isalnum() or c == "_" else " ")


def spaced_words(text: str) -> str:
    """ASCII `text` (see `ascii_twin_fits`) with every non-word character a space, between two spaces."""
    return between_spaces(text, _NON_WORD_TO_SPACE)


@cache
def core_automaton(lang: str) -> ahocorasick.Automaton | None:
    """The core words, each between two spaces, for `spaced_words` of lower-cased ASCII text: where a core
    word is a whole word, as `core_patterns`' \b(?P<word>...)\b finds it (a core word of word characters
    only matches a whole run of them, and runs never overlap), in one pass of C at a fraction of the regular
    expression's cost. None for a language with a core word of other characters too ("quatre-vingt")."""
    words = core_words(lang)
    if not all(re.fullmatch(r"\w+", word, re.ASCII) for word in words):
        return None
    return whole_words((word, word) for word in words)


_DIGITS_AS_ZERO = byte_map(lambda c: "0" if c.isdigit() else c)


def zeroed_digits(text: str) -> str:
    """ASCII `text` with every digit a "0" (the same offsets), for `ascii_number_pattern`."""
    return rewritten(text, _DIGITS_AS_ZERO)


@cache
def ascii_number_pattern(lang: str) -> re.Pattern[str] | None:
    """The number scan of `core_patterns` for `zeroed_digits` of lower-cased ASCII text: the same spans and
    groups (the digits read from the text itself), opening on one literal that re skips ahead to through memory
    instead of testing a class at every character. None where a tail reads digits (the other languages' "15h30")."""
    if lang in languages.FOREIGN:
        return None
    return compile_gated(rf"(?P<num>0(?<![0,.]0)0*)(?P<tail>\s*(?:{_NUMBER_TAILS}))?", re.ASCII)


@cache
def ascii_core_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`core_patterns` compiled with re.ASCII, for text where `ascii_twin_fits`."""
    return tuple(compile_gated(source, re.ASCII) for source in _core_sources(lang))  # type: ignore[return-value]


def sources(lang: str) -> list[tuple[str, str, str]]:
    """(family, pattern, kinds of core word) of every family, in order of preference."""
    months = lexicon.months(lang)
    month_full = _alt(w for w, (_, abbr) in months.items() if not abbr)
    month_any = _alt(months)
    wd = _alt(lexicon.weekdays(lang))
    num = _number(lang)
    unit = _alt(lexicon.units(lang)) if lang != "en" else UNIT_EN
    mods_before = _alt(m for (m, pos) in lexicon.modifiers(lang) if pos == "before")
    mods_after = _alt(m for (m, pos) in lexicon.modifiers(lang) if pos == "after")
    phrases = _alt(lexicon.phrases(lang))
    # only an abbreviation takes the dot: the one after "3 de março." ends the sentence
    abbr_dot = "|".join(rf"(?<=\b{re.escape(w)})" for w, (_, abbr) in months.items() if abbr)
    # "início de março", "Ende 2023": other languages' edges of a month or a year
    edge = f"{EDGE}|{_alt(lexicon.edges(lang))}" if lexicon.edges(lang) else EDGE
    mon = rf"(?P<mon>{month_any})\b(?:(?=\.)(?:{abbr_dot or '(?!)'})\.)?"  # the dot is tested before the names
    year = rf"(?P<year>{YEAR})"
    spelled = rf"(?P<spelled>{SPELLED_YEAR})"
    src = {
        # Monday, Oct. 26, 1987 | Feb 24 | September 27th
        # (at most one space between month and day: "Jul  1" is a column of a table)
        "month_day": rf"\b(?:(?P<wd>{wd}),?\s+)?{mon}\s?(?P<day>{DAY})\b"
        rf"(?:,?\s+(?:de\s+)?{year}|\s+(?P<yrel>this|last|next)\s+year\b)?",
        # April six | April Six, (agency copy spells small days out; a noun after the number is a count:
        # "in April three banks failed")
        "month_spelled_day": rf"\b(?:(?P<wd>{wd}),?\s+)?{mon}\s(?P<sday>{SPELLED_DAY})"
        r"(?=\s*(?:[.,;:)]|$)|\s+(?:from|to|and|through|until|at|when|as|with|in|on|for|after|before|or|but)\b)",
        # the "25" of "April 24 and 25" (a noun after the number is a count: "April 24 and 25 delegates")
        "second_day": r"(?:(?<=\d\s)(?:and|or|&|to|through|until|till)\s+|(?<=\d)[-–])"
        r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,/-]\d)"
        r"(?=\s*(?:[.,;:)]|$)|\s+(?:from|to|and|through|until|at|when|as|with|in|on|for|after|before|or|but)\b)",
        # the week of March 6 (a week named by one of its days)
        "week_of": rf"\bthe\s+week\s+of\s+{mon}\s?(?P<day>{DAY})\b(?:,?\s+{year})?",
        # 24 Feb. 2022 | 24 de fevereiro de 2022 | 24. Februar 2022 | the 5th of May | Montag, den 4. März
        # (one space between the day and the month: "up  22    AUG  978" and "APR 07\n\nMay 1230" are tables)
        "day_month": rf"\b(?:(?P<wd>{wd}),?\s+(?:den\s+|dem\s+)?)?(?:the\s+)?(?P<day>{DAY})\.?"
        rf"(?:\s+(?:of|de|del)\s+|\s){mon}(?:,?\s+(?:de\s+)?{year})?",
        # February 1982 | early January 1998 | the end of March 2021
        "month_year": rf"\b(?:(?P<edge>{edge})[\s-]+)?{mon},?\s+(?:of\s+|de\s+)?(?:{year}|{spelled})",
        # from March to May 2021
        "month_range": rf"\b(?:from|between)\s+(?P<mon>{month_full})\s+(?:to|and|through|until)\s+"
        rf"(?P<mon2>{month_full})(?:,?\s+{year})?",
        # December | last February | mid-November | the end of November
        "month": rf"\b(?:(?P<edge>{edge})[\s-]+|(?P<mod>{mods_before})\s+)?(?P<mon>{month_full})\b"
        rf"(?:\s+(?P<post>{mods_after})\b)?(?:\s+(?P<yrel>this|last|next)\s+year\b)?",  # março passado
        "iso": r"\b(?P<year>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b",
        "numeric": r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4}|\d\d)(?![\d/])",
        # 1939-1945 | from 2001 to 2009 | between 2001 and 2009 | 1990-91 | the 1986/87 season (a split year)
        "year_range": rf"\b(?:(?P<lead>from|between)\s+)?(?P<year>{YEAR})\s*(?P<sep>-|–|—|/|to|through|and|until)\s*"
        r"(?P<year2>(?:1[6-9]|20)\d\d|\d\d)\b(?!-|\.\d|%|,\d)",
        # 1996 | fiscal 1989 | early 1990 | the end of 1994 | the year 2000 | the 1988 period | post-1959
        "year": rf"(?:\b(?P<pre>fiscal(?:\s+year)?|the\s+year|calendar|(?:{edge})[\s-]+|the)\s*"
        rf"|\b(?:mid|post|pre)-)?{year}(?![-/]\d\d)"  # "the 1986-87 season" is a range (`year_range`)
        r"(?:\s+(?P<period>period|quarter|season|fiscal\s+year|calendar\s+year|budget\s+year|model\s+year))?\b"
        r"(?:\s+(?:or\s+(?:later|earlier|beyond)|and\s+beyond)\b)?",  # open-ended: "1994 or later", "1990 and beyond"
        # the 1990s | the early 1980s | the '80s
        "decade": r"\b(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?(?:(?P<dec>1[5-9]\d0|20\d0)|'(?P<dec2>\d0))'?s\b"
        # the nineties | the late eighties ("in her eighties" is an age: the article is required)
        rf"|\bthe\s+(?:(?:early|mid|late)[\s-]+)?'?(?P<word>{DECADE_WORDS.replace(' ', '|')})\b",
        # the 20th century | this century
        "century": r"\b(?:(?:the\s+)?(?P<ord>\d{1,2})(?:st|nd|rd|th)|(?P<rel>this|last|next|the\s+last|the\s+past|"
        r"the\s+previous|the\s+next))[\s-]+century\b",
        # the third quarter (of 1984) | next year's first quarter | the fiscal 1990 second quarter | third-quarter
        # | the year-ago third quarter
        "quarter": rf"(?:\b(?P<det>the|its|this|that|last|next)\s+|\b(?P<yrel>last|this|next)\s+year's\s+)?"
        rf"(?:(?P<ago>year-ago|year-earlier)\s+)?(?:(?P<fiscal>fiscal)\s+)?(?:(?P<qyear>{YEAR})(?:'s)?\s+)?(?P<ord>{ORDINAL}|last(?=\s+(?:quarter|half)\s+of\s))(?P<hy>[\s-])"
        # "of 1986", or "first half 1986" as agency copy writes it
        # (the last of a list is plural: "the third and fourth quarters")
        rf"(?P<unit>quarter|qtr|half|halves)s?\b(?:(?:\s+of\s+(?:(?:fiscal|the\s+year)\s+)?|\s+(?:fiscal\s+)?)(?={YEAR}){year}"
        r"|\s+of\s+(?P<ofrel>last|this|next)\s+year)?",
        # the "second" and "third" of "the second, third and fourth quarters": each its own timex, as TimeML
        # marks a list; the last, with the noun, is a "quarter" (the list's year comes along in the lookahead)
        "quarter_list": rf"\b(?P<ord>{ORDINAL})(?=(?:\s*,\s*(?:{ORDINAL}))*,?\s+(?:and|or|&)\s+(?:{ORDINAL})[\s-]+"
        rf"(?:fiscal\s+)?(?P<unit>quarter|half|halves)s?\b(?:(?:\s+of)?\s+(?:fiscal\s+)?(?:{year}|(?P<ofrel>last|this|next)\s+year))?)",
        # the first two quarters (of 1990): the first half
        "two_quarters": r"\b(?:the\s+)?(?P<ord>first)\s+two\s+(?:fiscal\s+)?quarters\b"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:{year}|(?P<ofrel>last|this|next)\s+year))?",
        # the quarter | the latest quarter | the year-ago quarter | the current fiscal year | later that year
        # | the year ago period (agency copy drops the hyphen) | the year before | the month earlier
        "this_period": r"\b(?P<det>the|(?:(?:earlier|later)\s+)?that|its|the\s+same|(?P<lastyr>last\s+year's))\s+"
        r"(?P<adj>(?:(?:latest|current|"
        r"previous|prior|comparable|corresponding|recent|most\s+recent|fiscal|year[-\s]ago|year[-\s]earlier|"
        r"just-ended|first|same|full)\s+)*)(?P<unit>quarter|fiscal\s+year|year|month|week|period)\b"
        r"(?!-|\s+ago\b|\s+earlier\s+[a-z])"  # "the year ago level": the adjective "year ago" (`year_ago`)
        r"(?P<tail>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"
        r"(?P<before>(?:(?<=year)|(?<=month))\s+(?:before|earlier)\b)?",
        # the end of the month | the beginning of the week
        "period_edge": r"\b(?P<edge>the\s+end|the\s+beginning|the\s+start|the\s+middle)\s+of\s+the\s+"
        r"(?P<unit>week|month|quarter)\b",
        # year-long | decade-long | months-long
        "long": r"\b(?P<unit>years?|months?|weeks?|days?|decades?|hours?)-long\b",
        # in the weeks before the shooting | in the days after the vote (TimeBank tags the plural alone)
        "around_event": r"(?<=\bin\sthe\s)(?P<unit>days|weeks|months)(?=\s+(?:before|after|following)\b)",
        # year-ago | year-earlier (as an adjective: "year-ago results")
        # | the year ago level, from year ago levels (agency copy drops the hyphen; a noun follows)
        "year_ago": r"\byear-(?:ago|earlier)\b"
        r"|(?:(?<=\bthe\s)|(?<=\bfrom\s)|(?<=\bthan\s)|(?<=\bover\s))year\s+(?:ago|earlier)\b(?=\s+[a-z])",
        # this summer | last fall | summer 1998 | the summer of 1989
        "season": rf"\b(?:(?P<mod>this\s+past|this\s+coming|this|last|next|the|early|late|mid)[\s-]+)?"
        rf"(?P<season>{SEASON})\b(?:\s+(?:of\s+)?(?:{year}|{spelled}))?",
        # last week | this year | next month | the past year | earlier this month | the end of this week
        "rel_unit": rf"\b(?:(?P<edge>earlier|later|early|late|{EDGE}|sometime|the\s+rest\s+of)\s+)?"
        r"(?P<rel>last|this|next|past|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+prior|the\s+following|"
        r"the\s+current|coming|previous)\s+(?P<unit>week|weekend|month|year|quarter|decade|fiscal\s+year)\b"
        r"(?P<half>\s+and\s+a\s+half\b(?!\s+of\b))?(?:\s+or\s+so\b)?(?!-|\s+old\b)",
        # two years ago | a year earlier | 10 days later | almost four years ago | from 50 mln dlrs a year before.
        # ("a year before the merger" counts from an event)
        "ago": rf"\b(?:(?P<approx>almost|nearly|about|some|more\s+than|less\s+than|over|roughly|just|only)\s+)?"
        rf"(?P<num>{num})\s+(?P<unit>{unit})\s+(?:or\s+so\s+)?"
        r"(?P<dir>ago|earlier|later|from\s+now|hence|before(?=\s*(?:[.,;:)]|$)))\b",
        # há dois anos | hace dos años | il y a deux ans | vor zwei Jahren
        "ago_before": rf"\b(?P<dir>há|hace|il\s+y\s+a|vor)\s+(?P<num>{num})\s+(?P<unit>{unit})\b",
        # the past two months | more than four hours | 10-year | 8-month-old | the next 12 to 18 months
        "duration": rf"\b(?:(?P<pre>the\s+(?:past|last|next|first|previous|coming|following|latest|final|remaining|"
        r"same|year-earlier)|past|last|next|another|the|a\s+further|an\s+additional)\s+)?"
        r"(?:(?P<approx>(?:no\s+)?more\s+than|less\s+than|at\s+least|about|nearly|almost|over|around|up\s+to|roughly|some|"
        rf"only|just|barely|fewer\s+than|under)\s+)?(?P<num>{num})(?:\s+(?:to|or)\s+(?P<num2>{num}))?"
        # (the space before the unit does not cross a paragraph)
        r"(?:\s+(?P<more>more|additional|full|straight|consecutive))?(?P<hy>(?!\s*\n\s*\n)\s+|-)"
        rf"(?:(?:trading|business|working)\s+)?(?P<unit>{unit})\b(?P<half>\s+and\s+a\s+half\b)?(?:\s+or\s+so\b)?(?P<old>-old|-long)?(?!-)",
        # for years | recent months | the coming weeks | several years | within weeks | weeks or months
        # | the weeks ahead | over the years | in the years that followed | after months of
        # | the first hours (of the war), the early years
        "vague": r"\b(?:(?P<pre>recent|the\s+coming|coming|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|"
        r"the\s+past\s+several|the\s+last\s+several|the\s+next\s+several|several|a\s+few|many|future|past)\s+"
        r"|(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bin\s)(?=\w+\s*[,.;)])|(?P<ahead>the)\s+(?=\w+\s+ahead\b)"
        r"|(?<=\bover\s)the\s+(?=years\b)|(?<=\bin\s)the\s+(?=years\s+(?:that\s+followed|since)\b)"
        r"|(?:(?<=\bafter\s)|(?<=\bfollows\s)|(?<=\bfollowed\s)|(?<=\bending\s)|(?<=\bended\s))(?=\w+\s+of\b)"
        r"|(?P<edgepre>the\s+(?:first|early)\s+)(?=(?:years|months|weeks|days|hours)\b))"
        r"(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes|quarters)\b"
        r"(?:\s+(?:or|and)\s+(?:years|months|weeks|days|decades|hours|minutes)\b|\s+ahead\b)?",
        # today | yesterday morning | earlier today | last night | this afternoon | tonight
        "day_word": rf"\b(?:(?P<edge>earlier|later|early|late|mid-?afternoon|mid-?morning|(?:at\s+)?midday)\s+)?"
        rf"(?P<word>{phrases})\b(?:\s+(?P<part>{PART}))?",
        "part_of_day": rf"\b(?:(?P<edge>early|late|earlier|later)\s+)?"
        rf"(?:(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>{PART})|(?P<tonight>tonight)"
        r"|mid[\s-]?(?P<midpart>morning|afternoon)"
        r"|(?:(?<=\bin\s)|(?<=\bduring\s))the\s+(?P<thepart>morning|afternoon|evening)\b(?!\s+of\b))\b",
        # the next day | the day before | that day | earlier that day | the same day
        "day_after": r"\b(?:the\s+(?P<rel>following|next|previous|prior|same)\s+(?:day|morning)"
        r"|the\s+day\s+(?P<rel2>before|after)(?=\s*[,.;:])|(?:(?:earlier|later)\s+)?that\s+day)\b"
        r"(?!\s+(?:of|when|that)\b)",
        # the first Sunday in April | the last Friday of June 1988 (a day a month holds)
        "nth_weekday": rf"\bthe\s+(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<wd>{wd})\s+(?:in|of)\s+"
        rf"(?P<mon>{month_full})\b(?:,?\s+{year})?",
        # Friday | last Thursday | this coming Sunday | Tuesday nights | each Thursday | esta quinta-feira
        # | the day before last Tuesday
        "weekday": r"(?:\b(?:the\s+)?day\s+(?P<dayrel>before|after)\s+)?"
        rf"\b(?:(?P<set>each|every)\s+|(?P<mod>{mods_before}|early|late|earlier|later)\s+)?"
        rf"(?P<wd>{wd})(?P<plural>s)?\b(?:\s+(?P<post>{mods_after})\b)?(?:\s+(?P<part>{PART})(?P<pplural>s)?\b)?"
        # Brazilian copy adds the day of the month in brackets: "nesta quinta-feira (22)" (outside the timex)
        r"(?:(?=\s*\(\s*(?P<dom>[0-3]?\d)\s*\)))?",
        # 7:15 p.m. | 5 p.m. EST Nov. 9 | 4 a.m. EDT Thursday | 10:35 a.m. (0735 GMT) Friday (the weekday after
        # the world time in brackets is a timex of its own, and the day of the local time)
        "clock": rf"\b(?:(?P<approx>around|about|at\s+about|shortly\s+after|shortly\s+before|just\s+after|"
        r"just\s+before)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
        rf"(?:\s+\(?(?P<tz>{TZ})\)?)?(?:,?\s+(?:(?P<wd>{wd})\b|{mon}\s+(?P<day>{DAY})\b)"
        rf"|(?=\s+\({WORLD_TIME}\),?\s+(?P<wd_after>{wd})\b))?",
        "clock24": rf"\b(?P<h>[01]\d|2[0-3])[:.]?(?P<mi>[0-5]\d)\s+(?:hrs\s+)?(?P<tz>{TZ})\b",
        # noon | midnight Saturday ("high noon" is no time)
        "noon": rf"\b(?<!high\s)(?P<word>noon|midday|midnight)\b(?:\s+(?P<wd>{wd})\b)?",
        # daily | each month | every day | annually
        # (not a publication: "the daily newspaper Asahi", "a weekly magazine")
        "set": r"\b(?:(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly)"
        r"(?!\s+(?:newspapers?|papers?|magazines?|journals?|tabloids?|publications?|bulletins?|newsletters?|"
        r"broadsheets?|editions?|columns?|programmes?|programs?|shows?))|"
        r"(?P<q>each|every)\s+(?P<other>other\s+)?(?P<unit>day|week|month|year|quarter|morning|night|evening|"
        rf"weekend|summer|winter|spring|fall|autumn|{month_full}))\b",
        # the future | the past (on its own) | the weekend
        "ref": r"\b(?:(?:(?<=\bin\s)|(?<=\binto\s))the\s+(?P<fut>future)"
        r"|the\s+(?P<past>past)(?!\s+(?:\d|few|several|[a-z]+\s+"
        r"(?:years|months|weeks|days|decades)|years?|months?|weeks?|days?|decades?|quarters?|century|"
        r"(?:twenty|thirty|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)))\b",
        "weekend": r"\b(?P<rel>the|this|last|next|this\s+past|this\s+coming)\s+weekend\b",
        # (today) is the eighth day of the operation | it's the second day of an offensive
        "nth_day": r"(?:(?<=\bis\s)|(?<=\bit's\s)|(?<=\bit’s\s))(?:the\s+)?"
        r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?day\b(?=\s+of\b)",
        # Thanksgiving Day | last Christmas | Easter 2000 | Easter week
        "holiday": rf"\b(?:(?P<mod>last|this|next)\s+)?(?P<name>{_alt(lexicon.holidays())})\b(?:\s+(?P<week>week)\b)?"
        rf"(?:,?\s+{year})?",
        # nineteen ninety-one | the year two thousand
        "spelled_year": rf"\b(?:the\s+year\s+)?{spelled}",
        # year-end | year end | year's end | the end of the year
        "year_end": r"\b(?:(?P<pre>around|at|by|since|until)\s+)?"
        r"(?:year[-\s]end|year's\s+end|the\s+end\s+of\s+the\s+year)\b",
    }
    # the other languages' families come first: on a tie ("a las 15 horas") their reading wins
    return [*languages.sources(lang), *((name, p, KINDS[name]) for name, p in src.items())]
