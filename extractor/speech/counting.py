"""Counting words in a stretch of text without reading more of it than the question needs."""

from __future__ import annotations

import re
from functools import cache

import regex


@cache
def _words(n: int, ascii_text: bool) -> re.Pattern[str] | regex.Pattern[str]:
    """A pattern that matches from a stretch's start over its first n words (a word: a run of letters and digits),
    so one match call answers what a scan making a match object per word answered (at about half the cost). ASCII
    text gets `re`, cheaper to call than `regex`."""
    if ascii_text:
        return re.compile(r"(?:[^A-Za-z0-9]*+[A-Za-z0-9]++)" + f"{{{n}}}")
    return regex.compile(r"(?:[^\p{L}\p{N}]*+[\p{L}\p{N}]++)" + f"{{{n}}}")


def at_least_words(text: str, start: int, end: int, n: int) -> bool:
    """Whether text[start:end] holds n words or more."""
    return _words(n, text.isascii()).match(text, start, end) is not None


def first_words_end(text: str, start: int, end: int, n: int) -> int:
    """Where the first n words of text[start:end] end (end itself when it holds fewer)."""
    m = _words(n, text.isascii()).match(text, start, end)
    return m.end() if m is not None else end
