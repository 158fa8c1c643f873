"""Records that read like reported speech but report no one's words: a participle used as an adjective, a verb
in a compound noun, evidence that 'suggests' something, a headline's list of verbs."""

from __future__ import annotations

import pytest
from speech_stage import speech


def _cues(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker.name if s.speaker else None, s.cue.text) for s in speech(text)[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle between a possessive and its noun describes the noun
        (
            "Acme Corp earned 9 mln dlrs before tax in its last reported fiscal year, the company said.",
            [("Acme", "said")],
        ),
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
        # a quantity that was reported is no reporter
        ("Sales fell to 3.1 billion dlrs from the 3.9 billion dlrs reported in 1985, when prices were higher.", []),
        # 'value added tax' adds nothing; a note of a currency or a term is a security
        ("Voters turned against a proposed five pct value added sales tax, the main plank of the plan.", []),
        ("Acme is planning a placement of 50 mln Swiss franc notes paying 5 pct.", []),
        # a plural that is also a verb is a noun before a finite verb: the reports said it
        (
            "The conflicting reports said shareholders may be offered new stock.",
            [("conflicting reports", "said")],
        ),
        # a plural quantifier takes a plural noun, never a verb in -s
        (
            "Analysts said several estimates that the harvest would fall were too low.",
            [("Analysts", "said")],
        ),
        # a negation before the auxiliaries of a passive: nothing was confirmed
        (
            "Acme said the award has not been confirmed by a court and faces further challenges.",
            [("Acme", "said")],
        ),
        # a headline's verbs in a list share their subject
        ("Mayor praises, laments city's budget deal\nThe mayor spoke on Tuesday.", []),
    ],
)
def test_no_false_statement(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _cues(text) == expected
