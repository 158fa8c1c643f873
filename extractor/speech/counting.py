"""Counting words in a stretch of text without reading more of it than the question needs."""

from __future__ import annotations

import re
from itertools import islice

import regex

_WORD = regex.compile(r"[\p{L}\p{N}]+")
# the same words in ASCII text, for `re`: a faster scan that does not release the GIL at every word
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


def words_at_most(text: str, start: int, end: int, limit: int) -> int:
    """The number of words in text[start:end], counting no further than limit + 1 (so long spans cost little)."""
    # islice stops the scan at the (limit + 1)th word, as a loop breaking there would, without a Python step per word
    return len(list(islice((_ASCII_WORD if text.isascii() else _WORD).finditer(text, start, end), limit + 1)))
