"""What the text is talking about so far: the anchors that relative expressions lean on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extractor.dates import lexicon
from extractor.dates.tense import Tense, tense_near
from extractor.text import Document

TENSE_REACH = 200  # characters either side of a date in which its tense cue is looked for
HABIT_REACH = 80  # characters before a quarter in which a habit adverb makes it recurring
_WORD = re.compile(r"[A-Za-z]+")


def opens_sentence(text: str, start: int) -> bool:
    """Whether text[start] is the first word of a sentence (or of a quotation, a heading)."""
    before = text[max(0, start - 40) : start].rstrip()
    return not before or before[-1] in ".!?:;\"'“”‘’(-"


@dataclass
class Anchors:
    """Updated in text order as expressions are normalized."""

    last_day: tuple[date, int] | None = None  # a resolved day and the sentence it was in
    last_weekday: tuple[date, int] | None = None  # the same, for a day named by its weekday
    last_quarter: tuple[int, int, int] | None = None  # (year, quarter, sentence)
    reported_quarter: tuple[int, int] | None = None  # the first quarter named: what an earnings story reports
    months_since_quarter: bool = False  # a longer part of the year ("the nine months") named after the quarter
    last_year: tuple[int, int, int] | None = None  # an explicitly written year, its sentence and its offset
    last_month: tuple[int, int] | None = None  # (year, month) of the last month named
    first_month: tuple[int, int, int, int] | None = None  # the first month of a sentence: year, month, sentence, offset
    last_week: tuple[date, int] | None = None  # a day of the week "last week"/"this week" named, its sentence
    last_weekend: tuple[str, int] | None = None  # the value of a weekend named ("1987-W14-WE"), its sentence


@dataclass
class Context:
    doc: Document
    ref: date | None
    lang: str
    anchors: Anchors

    @property
    def text(self) -> str:
        return self.doc.text

    def sentence(self, offset: int) -> int:
        return self.doc.sentence_index(offset)

    def tense(self, start: int, end: int) -> Tense:
        sent = self.doc.sentence_at(start)
        lo, hi = (sent.start, sent.end) if sent else (0, len(self.doc.text))
        # the clause around the date, not a whole run-on "sentence" (tables, lists): linear time overall
        lo, hi = max(lo, start - TENSE_REACH), min(max(hi, end), end + TENSE_REACH)
        return tense_near(self.doc.text, start, end, lo, hi, self.lang)

    def habitual(self, start: int) -> bool:
        """A habit adverb earlier in the sentence, not far before: "is usually conducted in the fourth quarter"."""
        sent = self.doc.sentence_at(start)
        lo = max(sent.start if sent else 0, start - HABIT_REACH)
        words = _WORD.findall(self.doc.text, lo, start)
        return not lexicon.cues("habitual").isdisjoint(w.lower() for w in words)

    def word_after(self, end: int) -> str:
        text = self.doc.text
        i = end
        while i < len(text) and text[i] in " \t":
            i += 1
        j = i
        while j < len(text) and (text[j].isalpha() or text[j] == "-"):
            j += 1
        return text[i:j]

    def recent_quarter(self, start: int, window: int = 2) -> tuple[int, int] | None:
        """The quarter a "year-ago" or "the period" refers to, if one was named at most `window` sentences
        before: the one named in the same sentence, else the quarter the story reports ("After a flat
        second quarter, ... the year-earlier period" still means the reported third quarter)."""
        q = self.anchors.last_quarter
        if q is None or self.sentence(start) - q[2] > window or self.anchors.months_since_quarter:
            return None  # "For the nine months, ... a year earlier": the year before, not its quarter
        if self.sentence(start) == q[2] or self.anchors.reported_quarter is None:
            return q[0], q[1]
        return self.anchors.reported_quarter

    def name_quarter(self, year: int, quarter: int, start: int) -> None:
        self.anchors.last_quarter = (year, quarter, self.sentence(start))
        self.anchors.months_since_quarter = False
        if self.anchors.reported_quarter is None:
            self.anchors.reported_quarter = (year, quarter)

    def recent_year(self, start: int, window: int = 0, reach: int | None = None) -> int | None:
        """The year last written out, if it is at most `window` sentences (and `reach` characters) back."""
        y = self.anchors.last_year
        if y is None or self.sentence(start) - y[1] > window or (reach is not None and start - y[2] > reach):
            return None
        return y[0]
