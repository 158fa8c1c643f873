"""A nationality adjective read alone as a speaker phrase is no country's words: 'Cuban said' is Mark Cuban when the
text names him, else no one we know; a company the entity layer reads for the word ('American' for American Airlines)
stands."""

from __future__ import annotations

from speech_stage import speech


def _speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in speech(text)[1]]


def test_a_nationality_adjective_alone_is_no_country() -> None:
    text = "Investor Mark Cuban backed the plan on Monday. Cuban said the league would grow next season."
    assert _speakers(text) == ["Mark Cuban"]
    assert "Cuba" not in _speakers("Cuban said the league would grow next season.")


def test_a_company_read_for_the_adjective_still_speaks() -> None:
    text = "American Airlines ordered 15 new jets. The jets will fly to Europe, American said."
    assert _speakers(text) == ["American Airlines"]
