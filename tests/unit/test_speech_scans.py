"""The speech stage's ASCII scans (`re`) read exactly what its Unicode patterns (`regex`) read."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.speech import counting, noun_phrases

SENTENCES = [
    "Sen. J.R. Hale, 54, told U.S.-based reporters on Friday that 1,250.75 tonnes had left port.",
    "The co-chair's aide -- who asked not to be named -- said: 'It is done.'",
    "Rows\x1cwith\x1dASCII\x1eseparators\x1fand\ttabs\x0bstill count.",
    "U.S.A. and x.y.z. beat A.B, e.g. A. Smith of A.B.C.D-Corp.",  # initials of three and more, one, none
    "Öl-Minister Çelik sagte, die Förderung steige 2,5 Prozent.",
]


def _regex_tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in noun_phrases._TOKEN.finditer(text, lo, hi)]


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_of_every_window_match_the_unicode_pattern(text: str) -> None:
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1, 3):
            assert noun_phrases._tokens(text, lo, hi) == _regex_tokens(text, lo, hi)


@pytest.mark.parametrize("text", SENTENCES)
def test_word_counts_match_the_unicode_pattern(text: str) -> None:
    words = len(counting._WORD.findall(text))
    for limit in range(words + 2):
        assert counting.words_at_most(text, 0, len(text), limit) == min(words, limit + 1)


@given(st.lists(st.sampled_from([*"aZ9.,'-\"( )\n\t\x1c/", "Smith", "said", "U.S.", "  ", "1,250"]), max_size=20))
def test_tokens_of_any_ascii_window_match_the_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    for lo in range(0, len(text) + 1, 3):
        for hi in range(lo, len(text) + 1, 2):
            expected = [(m.start(), m.end(), m.group()) for m in noun_phrases._ASCII_TOKEN.finditer(text, lo, hi)]
            assert noun_phrases._tokens(text, lo, hi) == expected
