"""Past or future? The verb nearest a date in its sentence decides which way a weekday or month points."""

from __future__ import annotations

import re
from enum import Enum

from extractor.dates import lexicon


class Tense(Enum):
    PAST = -1
    UNKNOWN = 0
    FUTURE = 1


_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def _cue(word: str) -> Tense:
    w = word.lower()
    if w in lexicon.cues("future"):
        return Tense.FUTURE
    if w in lexicon.cues("past") or (
        w.endswith("ed") and len(w) > 4 and w not in lexicon.cues("not_past") and word[0].islower()
    ):
        return Tense.PAST
    return Tense.UNKNOWN


def tense_near(text: str, start: int, end: int, lo: int, hi: int) -> Tense:
    """The tense of the cue word nearest to text[start:end] within text[lo:hi] (its sentence)."""
    best, best_dist = Tense.UNKNOWN, 10**9
    for m in _WORD.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        cue = _cue(m.group())
        if cue is Tense.UNKNOWN:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        # a modal before the date binds more tightly than a reporting verb after it ("will meet ... Friday, he said")
        if cue is Tense.FUTURE and m.end() <= start:
            dist //= 2
        if dist < best_dist:
            best, best_dist = cue, dist
    return best
