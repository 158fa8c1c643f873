"""A state or nation that only modifies the head of a speaker phrase ('Canadian grain exporters', 'the Swiss-based
drugs group') is not who spoke: the people or body the head names are, and a country in their place is a false
attribution."""

from __future__ import annotations

import pytest
from speech_stage import speech


@pytest.mark.parametrize(
    "text",
    [
        "Canadian grain exporters said shipments to Asia had fallen sharply.",
        "The Swiss-based drugs group said its new plant would open in May.",
        "Brazilian and Argentine millers said wheat stocks were running low.",
        "Sales slowed in March, Dutch cocoa grinders said.",
    ],
)
def test_a_country_modifying_the_speaker_s_head_is_no_speaker(text: str) -> None:
    names = [s.speaker.name for s in speech(text)[1] if s.speaker]
    assert not {"Canada", "Switzerland", "Brazil", "Argentina", "Netherlands"} & set(names)


def test_a_country_named_whole_still_speaks() -> None:
    statements = speech("Canada said shipments to Asia had fallen sharply.")[1]
    assert [s.speaker.name if s.speaker else None for s in statements] == ["Canada"]
