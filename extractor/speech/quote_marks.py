"""Quoted spans: pairs of quotation marks, whatever the typography.

Handles straight and curly double quotes, « » and » «, „ “, and single quotes (‘ ’, ' ') used as the
outer marks. A mark's role (opening or closing) comes from its glyph and from what flanks it, so
mixed typography ('"…”') and German „…“ both pair up. Marks nested inside an open quote belong to
it. An opening mark not closed by the end of its paragraph runs to the paragraph end (the news
convention for quotes spanning paragraphs); a paragraph that opens with a stray closing mark after
such a quote is its continuation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractor.text import Document, Segment

OPEN, CLOSE, EITHER = 1, 2, 3
_DOUBLE = frozenset('"“”„‟«»')
_SINGLE = frozenset("‘’‚'‹›")
# a closing glyph each opening glyph accepts ("„" closes with “ in German, with ” elsewhere)
_CLOSERS = {
    '"': frozenset('"”“'),
    "“": frozenset('”"“'),
    "‟": frozenset('”"“'),
    "„": frozenset('“”"'),
    "”": frozenset('”"'),
    "«": frozenset("»«"),
    "»": frozenset("«»"),
    "‘": frozenset("’'‘"),
    "‚": frozenset("‘’'"),
    "'": frozenset("'’"),
    "’": frozenset("’'"),
    "‹": frozenset("›‹"),
    "›": frozenset("‹›"),
}
_OPEN_BEFORE = frozenset("([{—–-/")
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-…/")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Content offsets (inside the marks, whitespace trimmed) and the marks' own offsets."""

    start: int
    end: int
    open_mark: tuple[int, int] | None  # (offset, length); None: a continuation from an earlier paragraph
    close_mark: tuple[int, int] | None  # None: runs to the paragraph end
    paragraph: int

    @property
    def open_at(self) -> int | None:
        return self.open_mark[0] if self.open_mark else None

    @property
    def close_at(self) -> int | None:
        return self.close_mark[0] if self.close_mark else None

    @property
    def after(self) -> int | None:
        """The offset just past the closing mark."""
        return sum(self.close_mark) if self.close_mark else None


# Two apostrophes ('' … '', the NYT archive's typography) are not quotation marks in our contract
# (DESIGN.md lists " “ ” ‘ ’ « » „ ‹ ›), and PolNeAR's gold agrees; they are skipped as a unit.
# `re`, whose scan skips to the next character of a class that opens a pattern; the lookbehind after the mark
# ('[\s\S]' is the mark itself) keeps the single marks' pattern opening on its class.
_DOUBLE_MARK = re.compile(r"[\"“”„‟«»]")
_SINGLE_MARK = re.compile(r"['‘’‚‹›](?<!'[\s\S])(?!')")
# The same in ASCII text, where each class is one character: a pattern that opens on a literal, which re finds by a
# search through memory instead of a test of the class at every character (the lookbehind: no "'" before the mark)
_ASCII_DOUBLE_MARK = re.compile('"')
_ASCII_SINGLE_MARK = re.compile(r"'(?<!'')(?!')")


def _role(text: str, i: int, n: int, lo: int, hi: int) -> int:
    """OPEN, CLOSE or EITHER for the mark text[i:i+n], from its glyph and flanking characters."""
    ch = text[i : i + n]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + n] if i + n < hi else " "
    left = prev.isspace() or prev in _OPEN_BEFORE or prev in _DOUBLE or prev in _SINGLE
    right = nxt.isspace() or nxt in _CLOSE_AFTER or nxt in _DOUBLE or nxt in _SINGLE
    if ch in ("“", "‟", "«", "‹"):
        return CLOSE if right and not left else OPEN
    if ch in ("„", "‚"):
        return OPEN
    if ch in ("”", "»", "›"):
        return OPEN if left and not right else CLOSE
    if ch == "‘":
        return OPEN if not (prev.isalnum() and nxt.isalnum()) else 0
    # straight quotes and ’: only flanking tells
    if left and not right:
        return OPEN
    if right and not left:
        return CLOSE
    if ch == '"':
        # between a word and a letter it is an apostrophe typed as a double quote ('Indonesia"s', '1985"s', wire copy)
        return 0 if prev.isalnum() and nxt.isalpha() else EITHER
    return 0  # an apostrophe inside a word ("don't", "Riabkov’s")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


Pair = tuple[tuple[int, int] | None, tuple[int, int] | None]  # (open mark, close mark) as (offset, length)


def _pair(text: str, para: Segment, marks: list[tuple[int, int]], continuing: bool) -> tuple[list[Pair], bool]:
    """(open, close) mark pairs of the outermost quotes in one paragraph (`marks`: the spans of its marks of one
    kind), and whether one is left open."""
    pairs: list[Pair] = []
    stack: list[tuple[int, int]] = []
    first = True
    for i, end in marks:
        n = end - i
        glyph = text[i:end]
        role = _role(text, i, n, para.start, para.end)
        if not role:
            continue
        if not stack:
            if role == CLOSE:
                if first and continuing:
                    pairs.append((None, (i, n)))  # the close of a quote opened in an earlier paragraph
            else:
                stack.append((i, n))
        elif glyph in _CLOSERS[_glyph(text, stack[-1])] and role in (CLOSE, EITHER):
            top = stack.pop()
            if not stack:
                pairs.append((top, (i, n)))
        elif role != CLOSE:
            stack.append((i, n))  # a nested quote inside the open one
        else:
            # a closing mark that matches an outer opener: the inner quote was never closed
            for depth in range(len(stack) - 2, -1, -1):
                if glyph in _CLOSERS[_glyph(text, stack[depth])]:
                    del stack[depth + 1 :]
                    top = stack.pop()
                    if not stack:
                        pairs.append((top, (i, n)))
                    break
        first = False
    if stack:
        pairs.append((stack[0], None))
    return pairs, bool(stack)


def _glyph(text: str, mark: tuple[int, int]) -> str:
    return text[mark[0] : mark[0] + mark[1]]


class _Marks:
    """The spans of one kind of quotation mark in the text, by offset."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.spans = [m.span() for m in pattern.finditer(text)]
        self.starts = [s for s, _ in self.spans]

    def drop_attribute_values(self, text: str) -> None:
        """Drops the two marks around the value of a markup tag's attribute ('<tweet tweet-date="May 3, 2016">'),
        which the syntax quotes, not anyone."""
        kept: list[tuple[int, int]] = []
        closing = False  # the next mark closes an attribute value
        for s, e in self.spans:
            if closing:
                closing = False
            elif s > 0 and text[s - 1] == "=":
                closing = True
            else:
                kept.append((s, e))
        self.spans = kept
        self.starts = [s for s, _ in kept]

    def within(self, segment: Segment) -> list[tuple[int, int]]:
        lo = bisect.bisect_left(self.starts, segment.start)
        return self.spans[lo : bisect.bisect_left(self.starts, segment.end, lo)]


def document_quote_spans(doc: Document) -> list[QuoteSpan]:
    """`find_quote_spans` of a document, found once for the stages that read them (dates, then speech)."""
    spans = doc.memo.get("quote_spans")
    if spans is None:
        spans = doc.memo["quote_spans"] = find_quote_spans(doc.text, doc.paragraphs)
    return spans


def find_quote_spans(text: str, paragraphs: list[Segment]) -> list[QuoteSpan]:
    """Outermost quoted spans in document order. Single-quote pairs count only outside double quotes."""
    out: list[QuoteSpan] = []
    continuing = False
    # each kind of mark found by one scan of the text, then dealt out to the paragraphs: only whitespace lies
    # between paragraphs, so the marks' lookarounds read the same there as at a paragraph's edge
    ascii_text = text.isascii()
    double = _Marks(_ASCII_DOUBLE_MARK if ascii_text else _DOUBLE_MARK, text)
    if "=" in text:
        double.drop_attribute_values(text)
    single = _Marks(_ASCII_SINGLE_MARK if ascii_text else _SINGLE_MARK, text)
    if not double.spans and not single.spans:
        return out  # (about half the wire stories)
    for p_index, para in enumerate(paragraphs):
        doubles, singles = double.within(para), single.within(para)
        if not doubles and not singles:
            continuing = False  # a paragraph without marks pairs none and leaves none open
            continue
        pairs, continuing_next = _pair(text, para, doubles, continuing)
        covered = [(para.start if o is None else o[0], para.end if c is None else c[0]) for o, c in pairs]
        for o, c in _pair(text, para, singles, False)[0]:
            if c is None or o is None or any(o[0] < b and c[0] > a for a, b in covered):
                # apostrophes are too common to trust an unclosed single quote, and a single pair overlapping a double
                # one (inside it, across its edge or around it: '‹ "…" ›') would make quotes overlap
                continue
            pairs.append((o, c))
        pairs.sort(key=lambda oc: para.start if oc[0] is None else oc[0][0])
        for o, c in pairs:
            start, end = _trimmed(text, para.start if o is None else o[0] + o[1], para.end if c is None else c[0])
            if end > start:
                out.append(QuoteSpan(start, end, o, c, p_index))
        continuing = continuing_next
    return out
