"""Unnamed reports 'from' a place are news from there, not words of the place: 'Overnight reports from Oslo said …'
has no speaker we can name, where the city had been read as one. A document 'from' a body still speaks for it."""

from __future__ import annotations

from speech_stage import speech


def _speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in speech(text)[1]]


def test_reports_from_a_place_are_not_the_place_s_words() -> None:
    assert "Oslo" not in _speakers("Overnight reports from Oslo said the central bank had sold crowns.")
    assert "Lisbon" not in _speakers("Reports from Lisbon said the strike had ended.")


def test_a_statement_from_a_body_still_speaks_for_it() -> None:
    assert _speakers("A statement from the Norwegian Finance Ministry said the krone would float.") == [
        "Norwegian Finance Ministry"
    ]
