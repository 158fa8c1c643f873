"""Stretches of text inside quotation marks: a name quoted inside someone's words is rarely the speaker."""

from __future__ import annotations

import re

from extractor.text import Document

_OPEN = {"“": "”", "«": "»", "„": "“", "‹": "›", '"': '"'}
_CLOSE = frozenset("”»›")
_MARK = re.compile('[“”«»„‹›"]')


def quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """[start, end) of quoted text per paragraph; an unclosed quote runs to the end of its paragraph."""
    text = doc.text
    out: list[tuple[int, int]] = []
    for para in doc.paragraphs:
        open_at: int | None = None
        closer = ""
        for m in _MARK.finditer(text, para.start, para.end):
            ch = m.group()
            if open_at is None:
                if ch in _OPEN:
                    open_at, closer = m.end(), _OPEN[ch]
            elif ch == closer or (closer != '"' and ch in _CLOSE):
                out.append((open_at, m.start()))
                open_at = None
        if open_at is not None:
            out.append((open_at, para.end))
    return out
