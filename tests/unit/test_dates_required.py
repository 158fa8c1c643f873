"""The strings a date family's every match contains, which let the candidate scan skip stretches of text."""

import re

from extractor.dates import candidates, grammar
from extractor.dates.required import requirements


def test_a_sequence_needs_its_most_selective_part():
    assert requirements(re.compile(r"\b(?:about\s+)?\d+\s+years?\s+(?:ago|earlier)\b"))[0] == ("year",)
    assert requirements(re.compile(r"\b\d+\s+(?:ago|earlier|later)\b")) == (("ago", "earlier", "later"),)


def test_alternatives_need_one_string_of_each():
    assert requirements(re.compile(r"the\s+(?:week|month)|this\s+quarter"))[0] == ("month", "quarter", "week")


def test_what_may_be_absent_promises_nothing():
    assert requirements(re.compile(r"(?:ago)?\d+")) == ()
    assert requirements(re.compile(r"\d+(?=\s+ago)")) == ()  # a lookahead sees past the match
    assert requirements(re.compile(r"(?:week|\d+)s")) == (("s",),)


def test_every_requirement_is_kept_and_the_most_selective_comes_first():
    needs = requirements(re.compile(r"\b(?:year[-\s]end|year's\s+end|the\s+end\s+of\s+the\s+year)\b"))
    assert needs == (("year", "year's"), ("end",))  # every alternative needs "end" too
    assert requirements(re.compile(r"(?:[12]\d|3[01]|0?[1-9])\s+days")) == (("days",), tuple("123456789"))
    assert requirements(re.compile(r"ago", re.IGNORECASE)) == ()  # the pattern runs on text of any case


def test_every_match_of_every_family_holds_one_of_its_strings():
    text = (
        "Two years ago, on Monday, Oct. 26, 1987, the bank said earnings in the third quarter of 1986 rose. "
        "Talks resumed last week and will go on for the next 12 to 18 months, until mid-1990 or the end of the "
        "month; the 1980s and the nineties saw daily trading at 7:15 p.m. EST. A year-long review ended Thursday "
        "night, and the weekend before Christmas 1988 the fiscal 1989 second half began. há dois anos."
    ).lower()
    checked = 0
    for lang in ("en", "pt"):
        for rule in grammar.rules(lang):
            for m in rule.pattern.finditer(text):
                for need in requirements(rule.pattern):
                    if m.end() > m.start():
                        assert any(s in m.group() for s in need), (rule.family, m.group(), need)
                        checked += 1
    assert checked > 20


def test_a_stretch_is_searched_for_what_its_core_words_may_lack():
    needs = {rule.family: [set(need) for need in telling] for rule, telling in candidates._rules("en")}
    assert {"weekend"} in needs["weekend"]  # a stretch around "year" holds no "the weekend"
    assert any("day" in need for need in needs["nth_day"])  # "the eighth day of"
    # every season word is a season: a stretch made around one always holds one
    assert not any("summer" in need for need in needs["season"])


def test_a_stretch_holds_its_requirements_as_the_alternations_find_them():
    import re

    text = "Three years ago, on the 2nd of May, half the week's end came earlier than the year-end & more."
    low = text.lower()
    for _rule, needs in candidates._rules("en"):
        for lo in range(0, len(low), 7):
            for hi in range(lo, len(low) + 1, 11):
                alternations = [re.compile("|".join(map(re.escape, need))) for need in needs]
                expected = all(a.search(low, lo, hi) is not None for a in alternations)
                assert candidates._holds(low[lo:hi], needs) == expected
