"""The span invariant: every cited piece of a result reproduces the document's text."""

from __future__ import annotations

from collections.abc import Iterator

from schemas.records import ExtractionResult


class GroundingError(ValueError):
    """A record cites text that is not at its offsets."""


def _cited(result: ExtractionResult) -> Iterator[tuple[str, int, int, str | None]]:
    """(where, start, end, expected text or None when only the bounds can be checked)."""
    for e in result.entities:
        for m in e.mentions:
            yield f"entity {e.id} mention", m.start, m.end, m.text
    for d in result.dates:
        yield f"date {d.id}", d.start, d.end, d.text
    for q in result.quotes:
        yield f"quote {q.id}", q.start, q.end, q.text
        if q.cue:
            yield f"quote {q.id} cue", q.cue.start, q.cue.end, q.cue.text
        if q.speaker and q.speaker.start is not None:
            yield f"quote {q.id} speaker", q.speaker.start, q.speaker.end or q.speaker.start, None
    for s in result.statements:
        yield f"statement {s.id} cue", s.cue.start, s.cue.end, s.cue.text
        yield f"statement {s.id} content", s.content.start, s.content.end, s.content.text
        if s.speaker and s.speaker.start is not None:
            yield f"statement {s.id} speaker", s.speaker.start, s.speaker.end or s.speaker.start, None
    for m in result.meetings:
        yield f"meeting {m.id} trigger", m.trigger.start, m.trigger.end, m.trigger.text
        yield f"meeting {m.id} evidence", m.evidence.start, m.evidence.end, m.evidence.text
        if m.topic:
            yield f"meeting {m.id} topic", m.topic.start, m.topic.end, m.topic.text
        if m.location:
            yield f"meeting {m.id} location", m.location.start, m.location.end, m.location.name
        for p in m.participants:
            if p.start is not None:
                yield f"meeting {m.id} participant", p.start, p.end or p.start, None


def span_errors(result: ExtractionResult, text: str) -> list[str]:
    """Every place where the result's offsets do not reproduce `text` (empty when grounded)."""
    errors = []
    for where, start, end, expected in _cited(result):
        if not 0 <= start <= end <= len(text):
            errors.append(f"{where}: [{start}, {end}) is outside the text (length {len(text)})")
        elif expected is not None and text[start:end] != expected:
            errors.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, record says {expected!r}")
    return errors


def check_spans(result: ExtractionResult, text: str) -> None:
    """Raise GroundingError listing every span that does not reproduce the text."""
    errors = span_errors(result, text)
    if errors:
        raise GroundingError("; ".join(errors[:20]))
