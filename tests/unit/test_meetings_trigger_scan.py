"""The gated trigger pattern finds what the plain pattern finds."""

from __future__ import annotations

import re

import regex

from extractor.meetings.lexicon import hedges, trigger_source, triggers

TEXTS = [
    "The ministers met on Tuesday and held talks; a meeting-house, meetings and a peace-meeting followed.",
    "Officials will meet next week. Summit talks ended, and the premier paid a visit to Paris before visiting Rome.",
    "IN TALKS WITH Smith, the board met.\nA phone call, then a conference\tcall and another visit.",
    "Die Minister trafen sich; el presidente se reunió: non-ASCII text around the talks.",
]


def test_gated_trigger_scan_matches_the_plain_pattern() -> None:
    lexicon = triggers("en")
    assert lexicon is not None
    plain = re.compile(trigger_source(lexicon.forms))
    for text in TEXTS:
        low = text.lower()
        assert [m.span() for m in lexicon.pattern.finditer(low)] == [m.span() for m in plain.finditer(low)]
        for form in lexicon.forms:  # every form, alone and inside a sentence
            for sample in (form, f"they {form}.", f"x{form}", f"{form}-y"):
                assert [m.span() for m in lexicon.pattern.finditer(sample)] == [
                    m.span() for m in plain.finditer(sample)
                ]


def test_a_text_whose_length_lowering_changes_is_scanned_case_insensitively() -> None:
    lexicon = triggers("en")
    assert lexicon is not None
    text = "İstanbul TALKS and a Meeting"  # 'İ' lowers to two characters
    assert [m.group() for m in lexicon.finditer(text)] == ["TALKS", "Meeting"]


def test_the_whole_word_scan_of_ascii_text_finds_what_the_pattern_finds() -> None:
    lexicon = triggers("en")
    assert lexicon is not None
    texts = [t for t in TEXTS if t.isascii()] + [
        "They held  talks, HELD\ntalks and held_talks; a talks-based plan, 2talks, talks2 and _meet met.",
        "pre-meeting, meeting's end, 'talks', (summit) and the get-together after a tete-a-tete.",
    ]
    for text in texts:
        for sample in [text, *(f"{form} {text} {form}" for form in lexicon.forms)]:
            assert [m.span() for m in lexicon.finditer(sample)] == [
                m.span() for m in lexicon.pattern.finditer(sample.lower())
            ]


def test_word_gated_patterns_find_what_their_pattern_finds() -> None:
    gated = hedges()
    windows = [
        "the two sides refused to ", "REFUSED TO ", "x3offer that they ", "unrefused ", "refused", "no ",
        "piano ", "said there were no plans to ", "it called for ", "urged Armenia and Azerbaijan to resume peace ",
    ]
    for window in windows:
        assert (gated.search(window) is None) == (gated.pattern.search(window) is None)


def test_hedges_searched_backwards_find_what_a_forward_search_finds() -> None:
    backwards = hedges().pattern
    forwards = regex.compile(backwards.pattern, backwards.flags & ~regex.REVERSE)
    assert backwards.flags & regex.REVERSE
    windows = [
        "the two sides refused to ", "officials said they had refused, on Tuesday, to ", "it refused to hold any ",
        "he proposed that the ministers ", "she urged the two rival parties to hold ", "asked if the envoy would ",
        "made no progress in ", "x3offer that they ", "refused", "said there were no plans to ", "not refused to ",
    ]
    for window in windows:
        for tail in (window[start:] for start in range(len(window))):
            assert (backwards.search(tail) is None) == (forwards.search(tail) is None), tail
