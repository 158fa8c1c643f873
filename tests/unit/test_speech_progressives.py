"""A cue in -ing after a form of 'be' is a progressive, its clause's own verb: its subject speaks, not the speaker
of a cue before it that reports the clause."""

from __future__ import annotations

from speech_stage import speech


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.cue.text, s.speaker.name if s.speaker else None) for s in speech(text)[1]]


def test_the_subject_of_a_progressive_speaks() -> None:
    text = "Harlan Greaves said the Treasury officials are urging commercial banks to lend more to farmers."
    assert ("urging", "Treasury officials") in _speakers(text)
    assert ("urging", "Harlan Greaves") not in _speakers(text)


def test_a_progressive_after_an_adverb_and_a_perfect() -> None:
    text = "Greaves said the Corvane board has been asking shareholders to approve the sale of the mill."
    assert ("asking", "Greaves") not in _speakers(text)


def test_a_relative_progressive_goes_to_the_antecedent() -> None:
    text = "Phillippi, who has been telling clients to hold Corvane shares for income, said the buyback was sound."
    assert ("telling", "Phillippi") in _speakers(text)
