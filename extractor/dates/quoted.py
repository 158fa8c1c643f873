"""Day words in a direct quote count from the day it was spoken: 'Smith said on Tuesday: "We will sign tomorrow."'
is the Wednesday, not the day after publication, when the quote's reporting clause names its day. The words of a
quote are the speaker's own, said on that day; a paraphrase ("said on Tuesday it would sign tomorrow") is the
writer's, who counts from the day of writing, and is left alone."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from extractor.dates import lexicon
from extractor.dates.anchor import Found, Norm
from extractor.speech.quote_marks import QuoteSpan, document_quote_spans
from extractor.text import Document

_QUOTE_MARK = re.compile(r"[\"“”«»„]")
_WORD = re.compile(r"[a-z]+")
CLAUSE_REACH = 120  # characters of a reporting clause before an opening mark or after a closing one
# the reporting clause before a quote ends right before its opening mark: 'Smith said on Tuesday: "'
_LEADS_INTO = re.compile(r"[:,]\s*$")
_ANOTHER_CLAUSE = re.compile(r"\b(?:that|adding|who|which|when|where|after|before|because|while|as|but|and)\b")


def _spoken_on(norm: Norm) -> date | None:
    return date.fromisoformat(norm.value) if norm.is_day() else None


def _reports(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a reporting verb ("said", "told", "added")."""
    return not lexicon.cues("reporting").isdisjoint(_WORD.findall(text[start:end].lower()))


def _day_of(doc: Document, quote: QuoteSpan, found: list[Found]) -> date | None:
    """The day the quote's reporting clause names: in the clause that leads into it, else in the one that closes
    its sentence after it. The day must stand in that clause, not in one of its own ("Smith, who resigned on
    Tuesday, said:", '," Smith said, adding that talks began Tuesday.')."""
    text = doc.text
    if quote.open_at is not None:
        sentence = doc.sentence_at(quote.open_at)
        lead = max(sentence.start if sentence else 0, quote.open_at - CLAUSE_REACH)
        lead = max(lead, max(text.rfind(c, lead, quote.open_at) + 1 for c in '"“”«»„\n'))
        if _LEADS_INTO.search(text, lead, quote.open_at) and _reports(text, lead, quote.open_at):
            days = [(s, n) for s, e, n in found if lead <= s and e <= quote.open_at]
            if days and not _ANOTHER_CLAUSE.search(text, lead, days[-1][0]):
                return _spoken_on(days[-1][1])
    if quote.after is not None:
        sentence = doc.sentence_at(quote.close_at or quote.after)
        end = min(sentence.end if sentence else len(text), quote.after + CLAUSE_REACH)
        if not _QUOTE_MARK.search(text, quote.after, end) and _reports(text, quote.after, end):
            days = [(s, n) for s, e, n in found if quote.after <= s and e <= end]
            if days and not _ANOTHER_CLAUSE.search(text, quote.after, days[0][0]):
                return _spoken_on(days[0][1])
    return None


def count_from_speech_day(doc: Document, ref: date, found: list[Found]) -> list[Found]:
    """`found` with the days counted from the reference date inside a direct quote counted from the day the
    quote was spoken instead."""
    if not any(n.from_reference for _, _, n in found) or not _QUOTE_MARK.search(doc.text):
        return found  # (most documents: nothing to move, or no quote)
    today = ref.isoformat()
    if not any(n.value != today and n.is_day() for _, _, n in found):
        return found  # no day but the reference date's for a quote to be spoken on
    out = list(found)
    for quote in document_quote_spans(doc):
        inside = [i for i, (s, e, n) in enumerate(out) if n.from_reference and quote.start <= s and e <= quote.end]
        spoken = _day_of(doc, quote, found) if inside else None
        if spoken is None or spoken >= ref:  # (said today; a day ahead is no day a quote was spoken on)
            continue
        for i in inside:
            s, e, n = out[i]
            moved = date.fromisoformat(n.value[:10]) + (spoken - ref)
            out[i] = (s, e, replace(n, value=moved.isoformat() + n.value[10:], from_reference=False))
    return out
