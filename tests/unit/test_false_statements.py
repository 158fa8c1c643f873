"""Records that read like reported speech but report no one's words: evidence that 'suggests' something."""

from __future__ import annotations

import pytest
from speech_stage import speech


def _cues(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker.name if s.speaker else None, s.cue.text) for s in speech(text)[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures, evidence and trends that 'suggest' or 'indicate' something are no speakers
        (
            "The bond market's recent weakness suggests that investors fear inflation, brokers said.",
            [("brokers", "said")],
        ),
        ("The preliminary figures indicated that exports slowed in April.", []),
        ("The talks underlined that both sides want a settlement.", []),
        # but people, organisations and their documents suggest things
        ("Analysts suggested that investors fear inflation.", [("Analysts", "suggested")]),
        ("The report suggested that investors fear inflation.", [("report", "suggested")]),
        ("A number of brokers suggested that investors fear inflation.", [("number of brokers", "suggested")]),
    ],
)
def test_no_false_statement(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _cues(text) == expected
