"""The span invariant: every cited piece of a result reproduces the document's text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from schemas.records import DateRecord, ExtractionResult, Quote, Span, SpeakerRef


class GroundingError(ValueError):
    """A record cites text that is not at its offsets."""


def _cited(result: ExtractionResult) -> Iterator[tuple[str, str, int, int, str | None]]:
    """(where, with `{}` for the record's id; the id; start, end; expected text or None when only the bounds can
    be checked). `where` is formatted only for a span that fails: the check runs on every result a worker saves."""
    for e in result.entities:
        for mention in e.mentions:
            yield "entity {} mention", e.id, mention.start, mention.end, mention.text
    for d in result.dates:
        yield "date {}", d.id, d.start, d.end, d.text
    for q in result.quotes:
        yield "quote {}", q.id, q.start, q.end, q.text
        if q.cue:
            yield "quote {} cue", q.id, q.cue.start, q.cue.end, q.cue.text
        if q.speaker and q.speaker.start is not None:
            yield "quote {} speaker", q.id, q.speaker.start, q.speaker.end or q.speaker.start, None
    for s in result.statements:
        yield "statement {} cue", s.id, s.cue.start, s.cue.end, s.cue.text
        yield "statement {} content", s.id, s.content.start, s.content.end, s.content.text
        if s.speaker and s.speaker.start is not None:
            yield "statement {} speaker", s.id, s.speaker.start, s.speaker.end or s.speaker.start, None
    for m in result.meetings:
        yield "meeting {} trigger", m.id, m.trigger.start, m.trigger.end, m.trigger.text
        yield "meeting {} evidence", m.id, m.evidence.start, m.evidence.end, m.evidence.text
        if m.topic:
            yield "meeting {} topic", m.id, m.topic.start, m.topic.end, m.topic.text
        if m.location:
            yield "meeting {} location", m.id, m.location.start, m.location.end, m.location.name
        for p in m.participants:
            if p.start is not None:
                yield "meeting {} participant", m.id, p.start, p.end or p.start, None


def span_errors(result: ExtractionResult, text: str) -> list[str]:
    """Every place where the result's offsets do not reproduce `text` (empty when grounded)."""
    errors = []
    length = len(text)
    for where, record_id, start, end, expected in _cited(result):
        if not 0 <= start <= end <= length:
            errors.append(f"{where.format(record_id)}: [{start}, {end}) is outside the text (length {length})")
        elif expected is not None and text[start:end] != expected:
            errors.append(f"{where.format(record_id)}: text[{start}:{end}] is {text[start:end]!r}, record says "
                          f"{expected!r}")
    return errors


def _reproduced(spans: Iterable[Span | DateRecord | Quote], text: str, length: int) -> bool:
    for span in spans:
        start, end = span.start, span.end
        if not 0 <= start <= end <= length or text[start:end] != span.text:
            return False
    return True


def _within(ref: SpeakerRef | None, length: int) -> bool:
    """A speaker's or participant's bounds, when it has them (as `_cited` checks them)."""
    if ref is None or ref.start is None:
        return True
    start = ref.start
    return 0 <= start <= (ref.end or start) <= length


def grounded(result: ExtractionResult, text: str) -> bool:
    """Whether `span_errors` would find nothing: the same checks, without a tuple or a generator step a span
    (each saved result goes through it; `span_errors` names the places once one fails)."""
    length = len(text)
    for entity in result.entities:
        if not _reproduced(entity.mentions, text, length):
            return False
    if not _reproduced(result.dates, text, length) or not _reproduced(result.quotes, text, length):
        return False
    for quote in result.quotes:
        if quote.cue is not None and not _reproduced((quote.cue,), text, length) or \
                not _within(quote.speaker, length):
            return False
    for statement in result.statements:
        if not _reproduced((statement.cue, statement.content), text, length) or \
                not _within(statement.speaker, length):
            return False
    for meeting in result.meetings:
        spans = (meeting.trigger, meeting.evidence) if meeting.topic is None else \
            (meeting.trigger, meeting.evidence, meeting.topic)
        if not _reproduced(spans, text, length):
            return False
        location = meeting.location
        if location is not None and (not 0 <= location.start <= location.end <= length or
                                     text[location.start:location.end] != location.name):
            return False
        for participant in meeting.participants:
            if not _within(participant, length):
                return False
    return True


def check_spans(result: ExtractionResult, text: str) -> None:
    """Raise GroundingError listing every span that does not reproduce the text."""
    if grounded(result, text):
        return
    errors = span_errors(result, text)
    if errors:
        raise GroundingError("; ".join(errors[:20]))
