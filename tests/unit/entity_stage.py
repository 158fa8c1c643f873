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
