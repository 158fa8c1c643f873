"""Quotes and statements (issue #4 fills this in)."""

from __future__ import annotations

from extractor.entities import EntityTable
from extractor.text import Document
from schemas import DateRecord, Quote, Statement


def find_speech(
    doc: Document, entities: EntityTable, dates: list[DateRecord], language: str
) -> tuple[list[Quote], list[Statement]]:
    return [], []
