"""Counting words in a stretch of text without reading more of it than the question needs."""

from __future__ import annotations

import re

import regex

_WORD = regex.compile(r"[\p{L}\p{N}]+")
# the same words in ASCII text, for `re`: a faster scan that does not release the GIL at every word
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


def words_at_most(text: str, start: int, end: int, limit: int) -> int:
    """The number of words in text[start:end], counting no further than limit + 1 (so long spans cost little)."""
    n = 0
    for _ in (_ASCII_WORD if text.isascii() else _WORD).finditer(text, start, end):
        n += 1
        if n > limit:
            break
    return n
