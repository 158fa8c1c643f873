"""Stretches of text inside quotation marks: a name quoted inside someone's words is rarely the speaker."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractor.text import Document

_OPEN = {"“": "”", "«": "»", "„": "“", "‹": "›", '"': '"'}
_CLOSE = frozenset("”»›")
_MARK = re.compile('[“”«»„‹›"]')


def _marks(text: str, start: int, end: int, ascii: bool) -> Iterator[int]:
    """Offsets of the quotation marks in text[start:end]. ASCII text has only the straight double quote, which
    str.find reaches faster than the pattern's test of every character against the set of marks."""
    if ascii:
        at = text.find('"', start, end)
        while at >= 0:
            yield at
            at = text.find('"', at + 1, end)
    else:
        for m in _MARK.finditer(text, start, end):
            yield m.start()


def quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """[start, end) of quoted text per paragraph; an unclosed quote runs to the end of its paragraph."""
    text = doc.text
    out: list[tuple[int, int]] = []
    ascii = text.isascii()
    for para in doc.paragraphs:
        open_at: int | None = None
        closer = ""
        for at in _marks(text, para.start, para.end, ascii):
            ch = text[at]
            if open_at is None:
                if ch in _OPEN:
                    open_at, closer = at + 1, _OPEN[ch]
            elif ch == closer or (closer != '"' and ch in _CLOSE):
                out.append((open_at, at))
                open_at = None
        if open_at is not None:
            out.append((open_at, para.end))
    return out
