"""Entities and coreference (issue #4 fills this in)."""

from __future__ import annotations

from extractor.text import Document
from schemas import Entity


class EntityTable:
    def records(self) -> list[Entity]:
        return []


def find_entities(doc: Document, language: str) -> EntityTable:
    return EntityTable()
