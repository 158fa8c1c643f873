"""Meetings as the whole engine finds them (real dates and entity layer), reduced to what the tests compare."""

from __future__ import annotations

from extractor.pipeline import extract


def meetings_of(text: str) -> list[tuple[str, set[str]]]:
    """Each meeting's trigger text and the names of its participants, in document order."""
    return [(m.trigger.text, {p.name for p in m.participants}) for m in extract(text).meetings]
