"""What a speaker phrase sets off in commas after a name: a city and its state ('a Tulsa, Okla., maker'), a
legislator's party and state ('Sen. X, R-Ore., chairman of …'), a hometown or employer after 'of'. None of them
speaks; the name before them does."""

from __future__ import annotations

import pytest
from speech_stage import speech


def _speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in speech(text)[1]]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Harbor Crest Holdings Ltd, a Tulsa, Okla., pipe fittings maker, told regulators it bought 9.2 pct of "
            "Lantern Mills Inc.",
            "Harbor Crest Holdings",
        ),
        # the state's comma closes the appositive before the cue
        ("Norah Weddle, a welder from Norfolk, Neb., said the plant would stay open.", None),
        ("Brookvale Partners, a Tulsa, Okla.,-based fund, said it sold its shares.", "Brookvale Partners"),
    ],
)
def test_a_state_abbreviated_after_a_city_is_no_speaker(text: str, speaker: str | None) -> None:
    names = _speakers(text)
    assert "Oklahoma" not in names and "Nebraska" not in names
    if speaker is not None:
        assert names == [speaker]


def test_a_party_and_state_before_a_role_is_no_speaker() -> None:
    text = (
        "Sen. Harlan Greaves, R-Ore., chairman of the Senate panel on fisheries, said the quota would be cut next "
        "season."
    )
    assert _speakers(text) == ["Harlan Greaves"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Melba Ostrander, 61, of Dayton, Ohio, said the vote had been close.", "Melba Ostrander"),
        (
            "Melba Ostrander, 61, of Dayton, Ohio, who waited four hours in line, said the vote had been close.",
            "Melba Ostrander",
        ),
        ("Grain analyst Tobias Renk, of Halvard Securities said prices would firm.", "Tobias Renk"),
    ],
)
def test_a_hometown_or_employer_after_of_is_no_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("<Corvane Holdings Ltd> of Adelaide said it would sell its hotel for 30 mln dlrs.", "Corvane Holdings"),
        ("Tamsin Optical Co Ltd <TAMS.T> of Japan said it would close two plants.", "Tamsin Optical"),
        ("<Drellby Corp> of Houston, Texas, said it had bought 5.1 pct of Ostrum Inc.", "Drellby"),
    ],
)
def test_the_seat_of_a_bracketed_company_is_no_speaker(text: str, speaker: str) -> None:
    """The wire sets a company's name in angle brackets and its seat after them ('<X Ltd> of Brisbane said'): the
    company speaks, not the place."""
    names = _speakers(text)
    assert len(names) == 1 and names[0] is not None and names[0].startswith(speaker)
