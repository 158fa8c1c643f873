"""The first-character lookahead: it may only reject positions where no non-empty match starts."""

import re
from re import _constants as sre_constants
from re import _parser as sre_parse

from extractor.dates import grammar
from extractor.patterns import (
    _gate_prefixes,
    _restructured,
    _with_prefix_gate,
    _with_start_set,
    compile_gated,
    first_characters,
    gated,
)


def test_first_characters_follow_optional_parts_and_alternatives():
    assert first_characters(r"\b(?:the\s+)?\d+\s+years?") == r"t\d"
    assert first_characters(r"(?:last|next)\s+week|today") == "lnt"
    assert first_characters(r"(?<=\bin\s)the\s+future") == "t"
    assert first_characters(r"(?:(?!)|a)b") == "a"  # "(?!)" matches nothing and adds nothing


def test_patterns_that_may_start_anywhere_or_match_empty_stay_as_they_are():
    for source in (r".+ago", r"[^a]b", r"(?:ago)?", r"(?i)may"):
        assert gated(source) == source
    assert first_characters(r"(?:ago)?") is None


def test_gated_family_patterns_find_the_same_matches():
    text = (
        "Two years ago, on Monday, Oct. 26, 1987, the bank said earnings in the third quarter of 1986 rose. "
        "Talks resumed last week and will go on for the next 12 to 18 months, until mid-1990 or the end of the "
        "month; the 1980s and the nineties saw daily trading at 7:15 p.m. EST. A year-long review ended Thursday "
        "night, and the weekend before Christmas 1988 the fiscal 1989 second half began. Há dois anos, às 15h30, "
        "le 3 mars 2021, am 4. März um 15 Uhr; $1,987 and 20-year-old 1990s-style (0735 GMT)."
    )
    checked = 0
    for lang in ("en", "pt", "es", "fr", "de"):
        for rule, (_family, source, _kinds) in zip(grammar.rules(lang), grammar.sources(lang), strict=True):
            for subject, pattern, flags in ((text.lower(), rule.pattern, 0), (text, rule.folded, re.IGNORECASE)):
                plain = re.compile(source, flags)
                assert gated(source, flags) == pattern.pattern
                spans = [m.span() for m in plain.finditer(subject) if m.end() > m.start()]
                assert [m.span() for m in pattern.finditer(subject) if m.end() > m.start()] == spans, rule.family
                checked += len(spans)
    assert checked > 100


def test_compile_gated_skips_to_the_start_set_and_finds_the_same_matches():
    text = "in the future, the 1980s, 12 years ago; the week of March 3 - year-ago profits, (the) mid-1990 " * 3
    for source in (
        r"\b(?:the\s+)?\d+\s+years?\s+ago",  # a class of first characters
        r"\byear-(?:ago|earlier)\b",  # a single first character parses to a literal
        r"(?<=\bin\s)the\s+(?P<fut>future)",
        r"(?:mid-)?(?P<year>1\d{3})(?P<s>s)?",
        r"[,;]\s+(?:the|a)\b",  # a set re finds on its own
    ):
        fast = compile_gated(source)
        assert _with_start_set(sre_parse.parse(gated(source)), re.UNICODE) is not None
        slow = re.compile(gated(source))
        assert fast.pattern == slow.pattern and fast.groupindex == slow.groupindex and fast.flags == slow.flags
        found = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in slow.finditer(text)] and found
        assert [m.span() for m in fast.finditer(text, 20, 90)] == [m.span() for m in slow.finditer(text, 20, 90)]
        # the program has no lookahead of its own: a match tried off the set fails further on
        assert [m and m.span() for m in map(fast.match, [text] * len(text), range(len(text)))] == [
            m and m.span() for m in map(slow.match, [text] * len(text), range(len(text)))
        ]


def test_compile_gated_leaves_case_folded_and_ungated_patterns_to_re():
    assert compile_gated(r"may", re.IGNORECASE).pattern == gated(r"may", re.IGNORECASE)
    assert compile_gated(r".+ago").pattern == r".+ago"
    assert _with_start_set(sre_parse.parse(gated(r"(?:ago)?|x?")), re.UNICODE) is None  # may match empty


def _groups(pattern: re.Pattern[str], text: str) -> list:
    """Every match of a scan and of a match tried at each position, with the spans of all its groups."""
    scanned = [m.regs for m in pattern.finditer(text)]
    return [scanned, [m and m.regs for m in map(pattern.match, [text] * len(text), range(len(text)))]]


def test_optional_items_become_alternations_with_the_same_matches_and_groups():
    text = "the past 12 years and a half, about two months ago; ab abc aac c, 7 or so days - x-y 3-4 the 5"
    for source in (
        r"\b(?:(?P<pre>the\s+past|about)\s+)?(?P<num>\d+|two)\s+(?P<unit>years|months|days)(?:\s+and\s+a\s+half)?",
        r"(?:(?P<a>a)b)?a?c",  # the item is given up for a shorter match: its group is unset again
        r"((?:ab)?)+c",  # an optional item that may match empty, repeated
        r"(?:(?:(?P<x>\d)-)?(?P<y>\d))?(?:\s+or\s+so)?\s+(?P<u>days)",  # nested
        r"(?=(?:the\s+)?\d)(?:the\s+)?(?P<n>\d)",  # inside a lookahead
        r"(?:(?<=\d)-(?P<r>\d))?",  # may match empty
    ):
        assert _groups(compile_gated(source), text) == _groups(re.compile(source), text), source
    assert "BRANCH" in str(_restructured(sre_parse.parse(r"(?:ab)?c")))
    assert "BRANCH" not in str(_restructured(sre_parse.parse(r"a?(?:b)?c")))  # single characters stay


def test_family_patterns_find_the_same_groups_as_re():
    text = (
        "For the past two and a half years, almost four months ago, the first nine months of 1986, about 10 to 12 "
        "days, nearly a year earlier, in the coming weeks, the March 1987 quarter, late Tuesday night, 5 p.m. EST "
        "Nov. 9, between 1985 and 1987, the year-ago quarter, a 10-year-old, two thousand years, Christmas 1988."
    )
    for lang in ("en", "de"):
        for rule, (_family, source, _kinds) in zip(grammar.rules(lang), grammar.sources(lang), strict=True):
            for subject, pattern, flags in ((text.lower(), rule.ascii, re.ASCII), (text, rule.folded, re.I)):
                assert _groups(pattern, subject) == _groups(re.compile(source, flags), subject), rule.family


def test_alternatives_that_open_alike_share_their_first_characters_with_the_same_matches_and_groups():
    text = "the past year, the last days, later, lately, then the, thermal, a the-past, more mode mote, ab a"
    for source in (
        r"\b(?P<pre>the\s+past|the\s+last|later|the|lately|thermal)\b",  # merged: "the", "la"
        r"(?P<a>ab)|[a-c]x|(?P<b>a)",  # a class that may open on "a" keeps the second "a" apart
        r"(?:mo(?P<r>re)|mode|(?=m)mote|mo)",  # a lookahead opens on any character: "mote" and "mo" stay apart
        r"(?:the|)|th",  # an empty alternative matches anywhere: nothing after it moves before it
    ):
        assert _groups(compile_gated(source), text) == _groups(re.compile(source), text), source
    [(op, (_, alternatives))] = _restructured(sre_parse.parse(r"the\s+past|the\s+last|later|lately")).data
    assert op is sre_constants.BRANCH and len(alternatives) == 2  # "the …" and "late…", each read once
    [(op, (_, alternatives))] = _restructured(sre_parse.parse(r"ab|c|ad"), factor=False).data
    assert len(alternatives) == 3  # case-folded literals are left as they were


def test_a_prefix_gate_finds_the_same_matches_and_groups():
    text = (
        "for the past two years, about 10 days, the paper said; nearly a year, 1234567890 units, the past. "
        "an additional 3 weeks, more than 12 months and a half, abab x, the last 5-year, a-b"
    )
    for source in (
        r"\b(?:(?P<pre>the\s+past|the|about|nearly)\s+)?(?P<num>\d+|two|a)\s+(?P<unit>years?|days|months)",
        r"\b(?:an?\s+additional\s+|more\s+than\s+)?\d+(?:\s+|-)(?:weeks|months|year)(?:\s+and\s+a\s+half)?",
        r"\b\d{10}\s+\w+",  # a repeat longer than the gate reads
        r"\b(?:ab)+\s+x",  # a repeated body
        r"\b(?:the|a)(?=\s+p)\s+\w+",  # a lookahead: left out of the prefixes
        r"\b[a-z]-[^a-z\s]?",  # a class, a negated class, a match shorter than the gate
        r"\bthe\s+(?:past|last\s+\d)\b\.?",
    ):
        for flags in (0, re.ASCII):
            assert _groups(compile_gated(source, flags, prefix_gate=True), text) == _groups(
                re.compile(source, flags), text
            ), source


def test_the_prefix_gate_reads_the_first_characters_of_the_matches():
    source = gated(r"\b(?:the\s+)?(?:ab|c)")
    prefixes = _gate_prefixes(source, 0)
    as_text = {"".join(chr(c[0][1]) if c[0][0] is sre_constants.LITERAL else " " for c in p) for p in prefixes}
    assert as_text == {"ab", "c", "the ab", "the c", "the  a", "the  c", "the   "}  # up to six characters
    tree = _with_prefix_gate(sre_parse.parse(source), prefixes, 0).data
    assert [op for op, _ in tree[:3]] == [sre_constants.ASSERT, sre_constants.AT, sre_constants.ASSERT]  # after "\b"
    assert _gate_prefixes(gated(r"\b(?:ab)?c?"), 0) is None  # may match empty: nothing to read
    top = gated(r"\bthe\s+a|\ban")  # an alternation at the top is gated in its first alternative only: left alone
    assert str(_with_prefix_gate(sre_parse.parse(top), _gate_prefixes(top, 0), 0)) == str(sre_parse.parse(top))
