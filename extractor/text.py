"""Paragraphs and sentences with character offsets: the frame every other stage works in."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import regex

from extractor.ascii_scan import byte_map, rewritten
from extractor.patterns import ASCII_WHITE_SPACE

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace
# and an upper-case letter, digit or opening quote. Abbreviations are handled by a lexicon.
# Linear time: a run of marks is matched whole (possessive) and only from its first mark (lookbehind);
# a plain `+` tried every suffix of every run, quadratic on a long row of dots (100,000: minutes).
_BOUNDARY = regex.compile(r"""(?<![.!?…])[.!?…]++['"”’»)\]]*+(?=\s+['"“‘«(\[]?[\p{Lu}\d])""")
# A line break starts a new paragraph unless the next line continues in lower case (wrapped text).
_PARAGRAPH = regex.compile(r"\n(?![ \t]*\p{Ll})")
# Both for ASCII text, written for `re` (cheaper to call than `regex`, and it skips ahead to a line break or a
# mark): there \p{Lu} is [A-Z], \p{Ll} [a-z], \d [0-9], and regex's \s (Unicode White_Space) the six characters
# spelled out (re's \s also holds \x1c-\x1f). The sentence end runs over the text with "!" and "?" written as "."
# (`_MARKS_AS_DOTS`, byte for byte: the same offsets), so that it opens on one literal character, which re skips
# ahead to through memory instead of testing a class of marks at every character.
_ASCII_BOUNDARY = re.compile(r"""\.(?<!\.\.)\.*+['")\]]*+(?=""" + ASCII_WHITE_SPACE + r"""+['"(\[]?[A-Z0-9])""")
_MARKS_AS_DOTS = byte_map(lambda c: "." if c in "!?" else c)
_ASCII_PARAGRAPH = re.compile(r"\n(?![ \t]*[a-z])")


def _abbreviations() -> frozenset[str]:
    return _word_list("text_abbreviations.txt")


@cache
def _word_list(name: str) -> frozenset[str]:
    lines = resources.files("extractor.lexicons").joinpath(name).read_text("utf-8")
    return frozenset(w for line in lines.splitlines() if not line.startswith("#") for w in line.split())


def _sentence_final() -> frozenset[str]:
    return _word_list("text_sentence_final_abbreviations.txt")


def _openers() -> frozenset[str]:
    return _word_list("text_sentence_openers.txt")


_INITIALS = regex.compile(r"\p{Lu}(?:\.\p{Lu})+")
_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")


class Segment(NamedTuple):
    """A paragraph or a sentence: text[start:end]. (A named tuple, not a frozen dataclass: each document makes a
    few dozen, and a frozen dataclass sets each field through object.__setattr__, which cost a quarter of the
    segmentation.)"""

    start: int
    end: int


def _abbreviation_before(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    # single capital initials ("J. Smith", "A.E. Dick Howard") and listed abbreviations do not end sentences,
    # except a company suffix before a word that opens sentences ("… Brennan Ltd. The company said …")
    if word in _sentence_final():
        nxt = _NEXT_WORD.match(text, dot + 1)
        if nxt is not None and nxt.group(1).lower() in _openers():
            return False
    return len(word) == 1 or word in _abbreviations() or bool(_INITIALS.fullmatch(text, word_start, dot))


def _trimmed(text: str, start: int, end: int) -> Segment | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Segment(start, end) if end > start else None


def split_paragraphs(text: str) -> list[Segment]:
    out, start = [], 0
    for m in (_ASCII_PARAGRAPH if text.isascii() else _PARAGRAPH).finditer(text):
        if (seg := _trimmed(text, start, m.start())) is not None:
            out.append(seg)
        start = m.end()
    if (seg := _trimmed(text, start, len(text))) is not None:
        out.append(seg)
    return out


def split_sentences(text: str, paragraphs: list[Segment] | None = None) -> list[Segment]:
    """Sentences never cross a paragraph boundary."""
    out = []
    if text.isascii():
        boundary, marks = _ASCII_BOUNDARY, rewritten(text, _MARKS_AS_DOTS)
    else:
        boundary, marks = _BOUNDARY, text
    for para in paragraphs if paragraphs is not None else split_paragraphs(text):
        start = para.start
        for m in boundary.finditer(marks, para.start, para.end):
            if text[m.start()] == "." and m.end() - m.start() == 1 and _abbreviation_before(text, m.start()):
                continue
            if (seg := _trimmed(text, start, m.end())) is not None:
                out.append(seg)
            start = m.end()
        if (seg := _trimmed(text, start, para.end)) is not None:
            out.append(seg)
    return out


@dataclass
class Document:
    """The text and its segmentation, computed once and shared by every stage."""

    text: str
    paragraphs: list[Segment] = field(init=False)
    sentences: list[Segment] = field(init=False)
    # for the bisections of `sentence_index` and `paragraph_index`; made at once (nearly every document asks),
    # which costs less than a functools.cached_property's first read (it takes a lock)
    _sentence_starts: list[int] = field(init=False, repr=False)
    _paragraph_starts: list[int] = field(init=False, repr=False)
    # what more than one stage reads of the text, found by the first that asks (the quote spans: dates, speech)
    memo: dict[str, Any] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.paragraphs = split_paragraphs(self.text)
        self.sentences = split_sentences(self.text, self.paragraphs)
        self._sentence_starts = [s.start for s in self.sentences]
        self._paragraph_starts = [p.start for p in self.paragraphs]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing (or nearest before) `offset`; -1 before the first."""
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def sentence_at(self, offset: int) -> Segment | None:
        i = self.sentence_index(offset)
        return self.sentences[i] if i >= 0 else None

    def paragraph_index(self, offset: int) -> int:
        return bisect.bisect_right(self._paragraph_starts, offset) - 1
