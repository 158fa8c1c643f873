"""The strings a date family's every match contains, which let the candidate scan skip stretches of text."""

import re

from extractor.dates import grammar
from extractor.dates.required import required_strings


def test_a_sequence_needs_its_most_selective_part():
    assert required_strings(re.compile(r"\b(?:about\s+)?\d+\s+years?\s+(?:ago|earlier)\b")) == ("year",)
    assert required_strings(re.compile(r"\b\d+\s+(?:ago|earlier|later)\b")) == ("ago", "earlier", "later")


def test_alternatives_need_one_string_of_each():
    assert required_strings(re.compile(r"the\s+(?:week|month)|this\s+quarter")) == ("month", "quarter", "week")


def test_what_may_be_absent_promises_nothing():
    assert required_strings(re.compile(r"(?:ago)?\d+")) is None
    assert required_strings(re.compile(r"\d+(?=\s+ago)")) is None  # a lookahead sees past the match
    assert required_strings(re.compile(r"(?:week|\d+)s")) == ("s",)
    assert required_strings(re.compile(r"ago", re.IGNORECASE)) is None


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
            need = required_strings(rule.pattern)
            for m in rule.pattern.finditer(text):
                if m.end() > m.start() and need is not None:
                    assert any(s in m.group() for s in need), (rule.family, m.group(), need)
                    checked += 1
    assert checked > 20
