"""Span invariants of the entity layer on generated text: every mention is grounded, resolve() never breaks them."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.entities import find_entities
from extractor.text import Document

_VOCAB = [
    "Sergei",
    "Riabkov",
    "Hillary",
    "Clinton",
    "Mrs.",
    "Mr.",
    "President",
    "Prime",
    "Minister",
    "of",
    "Foreign",
    "Affairs",
    "the",
    "The",
    "a",
    "U.S.",
    "Russian",
    "Russia",
    "Ministry",
    "Corp",
    "Bank",
    "he",
    "she",
    "it",
    "they",
    "his",
    "spokesman",
    "official",
    "said",
    ",",
    ".",
    "“",
    "”",
    '"',
    "'s",
    "’s",
    "\n",
    "(",
    ")",
    "and",
    "New",
    "Zealand",
    "Bill",
    "English",
    "two",
    "leaders",
    "company",
    "Deputy",
    "executive",
    "secretary",
    "Commission",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_VOCAB) | st.text(max_size=5), max_size=60).map(" ".join), st.data())
def test_every_mention_is_grounded_even_after_resolve(text, data):
    table = find_entities(Document(text), "en")
    if text:
        for _ in range(3):
            start = data.draw(st.integers(0, len(text) - 1))
            end = data.draw(st.integers(start, min(len(text), start + 40)))
            mention = table.resolve(start, end)
            if mention is not None:
                assert mention.entity is not None and mention in mention.entity.mentions
    for ent in table.entities:
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text
            assert m.entity is ent
    for m in table.mentions:
        assert text[m.start : m.end] == m.text
    ids = {r.id for r in table.records()}
    for record in table.records():
        assert record.affiliation is None or record.affiliation in ids
        for span in record.mentions:
            assert text[span.start : span.end] == span.text
