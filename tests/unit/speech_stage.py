"""The speech stage as production wires it (extractor/pipeline.py): dates, the real entity layer, then speech.

The speech tests run through here so that every speaker they expect is one the real entity layer can know.
"""

from __future__ import annotations

from datetime import date

from extractor.dates import find_dates
from extractor.entities import find_entities
from extractor.speech import find_speech
from extractor.text import Document
from schemas import Quote, Statement


def speech(text: str, language: str = "en", reference: date | None = None) -> tuple[list[Quote], list[Statement]]:
    doc = Document(text)
    dates = find_dates(doc, reference, language)
    return find_speech(doc, find_entities(doc, language), dates, language)
