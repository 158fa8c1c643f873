"""Meetings (issue #5 fills this in)."""

from __future__ import annotations

from extractor.entities import EntityTable
from extractor.text import Document
from schemas import DateRecord, Meeting


def find_meetings(doc: Document, entities: EntityTable, dates: list[DateRecord], language: str) -> list[Meeting]:
    return []
