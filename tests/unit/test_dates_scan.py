"""The candidate scan's core words and numbers: two fast scans find what one scan for both would find."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.dates import candidates, grammar

TEXTS = {
    "en": "On Monday, Oct. 26, 1987, at 5 p.m. EST, 10 hrs after the 1990s-style talks of may 4-5 and 3/4, May "
    "said 4,559 shares fell 2.5 percent in the third quarter of 1986; year-end; 15h30 the 20th century.",
    "pt": "Às 15h30 de 3 de março de 2021, há dois anos, os anos 90 e 12-05-2020, 9h da manhã; 15:30 horas.",
    "de": "Am 4. März um 15 Uhr, in den 1990er Jahren, 3er und 10.30 Uhr; die Neunzigerjahre.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_core_hits_are_those_of_a_single_scan(lang: str) -> None:
    text = TEXTS[lang]
    low = text.lower()
    words, numbers = grammar.core_patterns(lang)
    one_scan = re.compile(f"{words.pattern}|{numbers.pattern}")
    core = grammar.core_words(lang)
    expected = []
    for m in one_scan.finditer(low):
        if m.group("word") is not None:
            month = core[m.group("word")] == "month" and m.group("word") in candidates._AMBIGUOUS_MONTHS
            if not (month and lang == "en" and text[m.start()].islower()):
                expected.append((m.start(), m.end(), core[m.group("word")]))
        elif m.group("tail"):
            expected.append((m.start(), m.end(), "number"))
        elif len(m.group("num")) == 4 and 1700 <= int(m.group("num")) < 2050:
            expected.append((m.start(), m.end(), "year"))
    hits = candidates._core_hits(text, low, lang)
    assert hits == expected
    assert any(kind == "number" for _, _, kind in hits)


# core words joined to each other, to digits, to hyphens, quotes and brackets, at either end of the text, and
# inside longer words: the automaton over spaced words and the number scan over zeroed digits must find exactly
# what the two patterns find
_JOINS = st.sampled_from([" ", "", "-", "'", "\n", "(", ")", ",", ".", "_", "5", "s", "\x1f", "é", '"', "/"])
_WORDS = st.sampled_from(["may", "march", "Monday", "today", "days", "year", "mayor", "est", "sept", "noon", "2049",
                          "weekend", "weekends", "half", "x", "1987", "pm", "5"])  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, _JOINS), max_size=12), st.sampled_from(["en", "de", "es"]))
def test_core_words_of_ascii_text_are_those_of_the_word_pattern(parts: list[tuple[str, str]], lang: str) -> None:
    text = "".join(word + join for word, join in parts)
    low = text.lower()
    plain = grammar.ascii_twin_fits(low)
    assert candidates._core_hits(text, low, lang, plain) == candidates._core_hits(text, low, lang)


def test_numbers_of_ascii_text_are_those_of_the_number_pattern() -> None:
    text = "In 1987,1988 and 3,1990s, at 5.2000 pm or 10:30 a.m. (1999) 12/1999, 2049-50 and 2050 hrs; x1990 1700s."
    low = text.lower()
    hits = candidates._core_hits(text, low, "en", True)
    assert hits == candidates._core_hits(text, low, "en")
    assert [low[s:e] for s, e, kind in hits if kind in ("year", "number")] == [
        "1987", "30 a.m", "1999", "12/", "1999", "2049", "2050 hrs", "1990", "1700s"
    ]  # fmt: skip: "3,1990s" and "5.2000 pm" are tails of longer numbers


def test_languages_with_hyphenated_core_words_keep_the_word_pattern() -> None:
    assert grammar.core_automaton("en") is not None
    assert grammar.core_automaton("pt") is None  # "segunda-feira"


def test_word_lists_factored_by_prefix_match_as_a_flat_alternation_longest_first() -> None:
    from extractor.dates import lexicon

    modifiers = [m for m, _ in lexicon.modifiers("en")]
    lists = [lexicon.number_words("en"), lexicon.months("en"), lexicon.units("en"), lexicon.phrases("en"),
             lexicon.holidays(), modifiers, ["a", "an", "a few", "a  b", "sept."]]  # fmt: skip
    text = "a couple of  days, an early  date in sept. or a few months: the next twelve, seventy and seventeen"
    for words in lists:
        items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
        flat = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
        for tail in ("", r"\b", r"(?:\s+of)?\s+\w"):  # what follows may make the regex engine try a shorter word
            fast = re.compile(rf"(?:{grammar._alt(words)}){tail}")
            slow = re.compile(rf"(?:{flat}){tail}")
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
            for word in items:
                assert bool(fast.fullmatch(word)) == bool(slow.fullmatch(word))
