"""A clause that opens on an adverbial with no comma after it ('Despite the strike dealers said …'): the subject is
the name or the noun for people that closes the phrase before the cue, not the whole run of words."""

from __future__ import annotations

import pytest
from speech_stage import speech


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Given thin holiday trading dealers said the central bank stayed out of the market.", "dealers"),
        ("Despite the strike brokers said volumes were normal.", "brokers"),
        ("At the hearing Ellen Marsh said the plant was safe.", "Ellen Marsh"),
    ],
)
def test_the_subject_after_an_adverbial_without_its_comma(text: str, phrase: str) -> None:
    statements = speech(text)[1]
    assert [text[s.speaker.start : s.speaker.end] if s.speaker else None for s in statements] == [phrase]


def test_a_title_opening_on_a_preposition_stays() -> None:
    statements = speech("Under Secretary of State Ellen Marsh said the talks had failed.")[1]
    assert [s.speaker.name if s.speaker else None for s in statements] == ["Ellen Marsh"]
