"""Temporal expressions: found, typed and normalized to TIMEX3 values (issue #3 fills this in)."""

from __future__ import annotations

from datetime import date

from extractor.text import Document
from schemas import DateRecord


def find_dates(doc: Document, reference_date: date | None, language: str) -> list[DateRecord]:
    return []
