"""The entity layer on its own, as the entity tests read it: a document in, its entity table out."""

from __future__ import annotations

from extractor.entities import EntityTable, find_entities
from extractor.text import Document
from schemas import EntityType


def table_for(text: str) -> EntityTable:
    return find_entities(Document(text), "en")


def typed_names(text: str) -> dict[str, EntityType]:
    """Each entity's canonical name and its type."""
    return {e.name: e.type for e in table_for(text).entities}


def entity_of(source: str | EntityTable, phrase: str, occurrence: int = 0):
    """The entity the `occurrence`-th (from 0) mention of `phrase` resolves to, None when it names none; `source` is
    a text or its entity table."""
    table = table_for(source) if isinstance(source, str) else source
    start = -1
    for _ in range(occurrence + 1):
        start = table.text.index(phrase, start + 1)
    mention = table.resolve(start, start + len(phrase))
    return mention.entity if mention is not None else None
