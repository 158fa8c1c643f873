"""Speech invariants on generated news-like texts: grounded spans, consistent links, resolvable speakers."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from speech_stage import speech

from extractor import extract
from schemas import check_spans

# fmt: off
_WORDS = [
    "said", "says", "told", "reporters", "added", "according", "to", "affirmed", "that", "warned", "saying",
    "Smith", "John", "Maria", "Lopez", "the", "ministry", "Ministry", "he", "she", "it", "they", "a", "spokesman",
    "on", "Monday", "plan", "will", "fail", "was", "not", "in", "a", "statement", "deputy", "of", "and", "but",
    '"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", ",", ".", ":", "?", "—", "―", "-", "\n", "\n\n", "(", ")",
    "SMITH:", "Sen.", "Jr.", "U.S.", "its", "who", "whose",
]
# fmt: on
_TEXTS = st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=90).map(" ".join)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_speech_spans_and_links(text: str) -> None:
    quotes, statements = speech(text)
    quote_ids = {q.id for q in quotes}
    statement_ids = {s.id for s in statements}
    previous_end = -1
    for q in quotes:
        assert text[q.start : q.end] == q.text and q.text.strip()
        assert q.start >= previous_end  # quotes never overlap and come in reading order
        previous_end = q.end
        assert 0.0 <= q.confidence <= 1.0
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker is not None:
            assert q.speaker.start is not None and q.speaker.end is not None
            assert 0 <= q.speaker.start < q.speaker.end <= len(text)
        assert q.statement_id is None or q.statement_id in statement_ids
    for s in statements:
        assert text[s.cue.start : s.cue.end] == s.cue.text
        assert text[s.content.start : s.content.end] == s.content.text and s.content.text
        assert set(s.quote_ids) <= quote_ids
        assert 0.0 <= s.confidence <= 1.0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_every_speaker_is_an_entity_of_the_result(text: str) -> None:
    result = extract(text)
    check_spans(result, text)
    entity_ids = {e.id for e in result.entities}
    for record in [*result.quotes, *result.statements]:
        if record.speaker is not None:
            assert record.speaker.entity_id in entity_ids
