"""The speech stage's ASCII scans (`re`) read exactly what its Unicode patterns (`regex`) read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import regex
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
    for lo, hi in _windows(text, 1, 3):
        assert noun_phrases._tokens(text, lo, hi) == _regex_tokens(text, lo, hi)


_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _windows(text: str, start_step: int, end_step: int) -> Iterator[tuple[int, int]]:
    """(start, end) of windows of the text, every start_step-th start and every end_step-th end after it."""
    for lo in range(0, len(text) + 1, start_step):
        for hi in range(lo, len(text) + 1, end_step):
            yield lo, hi


def _at_least_by_scan(text: str, lo: int, hi: int, n: int) -> bool:
    return len(_WORD.findall(text, lo, hi)) >= n


@pytest.mark.parametrize("text", SENTENCES)
def test_word_counts_match_the_unicode_pattern(text: str) -> None:
    words = len(_WORD.findall(text))
    for lo, hi in _windows(text, 2, 5):
        for n in range(words + 2):
            assert counting.at_least_words(text, lo, hi, n) == _at_least_by_scan(text, lo, hi, n)


@given(st.lists(st.sampled_from([*"aZ9.,'-\"( )\n\t\x1c/é", "Smith", "said", "U.S.", "  ", "1,250"]), max_size=20))
def test_word_counts_of_any_window_match_a_scan(parts: list[str]) -> None:
    text = "".join(parts)
    for lo, hi in _windows(text, 3, 2):
        for n in range(6):
            assert counting.at_least_words(text, lo, hi, n) == _at_least_by_scan(text, lo, hi, n)


@given(st.lists(st.sampled_from([*"aZ9.,'-\"( )\n\t\x1c/", "Smith", "said", "U.S.", "  ", "1,250"]), max_size=20))
def test_tokens_of_any_ascii_window_match_the_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    for lo, hi in _windows(text, 3, 2):
        expected = [(m.start(), m.end(), m.group()) for m in noun_phrases._ASCII_TOKEN.finditer(text, lo, hi)]
        assert noun_phrases._tokens(text, lo, hi) == expected
