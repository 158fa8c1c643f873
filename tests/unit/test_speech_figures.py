"""'Reported' with figures for its object ('reported a net loss of 2.1 mln dlrs') is a company's results, not a
report of what anyone said; figures that make a clause ('reported net income rose to …') are still reported speech,
and the company that reported them is still the one a later 'it said' goes on with."""

from __future__ import annotations

import pytest
from speech_stage import speech


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.cue.text, s.speaker.name if s.speaker else None, s.content.text) for s in speech(text)[1]]


@pytest.mark.parametrize(
    "text",
    [
        "Harwell Mills Inc reported a net loss of 3.4 mln dlrs, or 41 cts a share, on sales of 88 mln dlrs.",
        "Harwell Mills Inc earlier reported a 12 pct increase in first quarter profits to 9.1 mln dlrs.",
        "Harwell Mills Inc reported earnings yesterday.",
    ],
)
def test_figures_reported_are_no_statement(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Harwell Mills Inc reported first quarter net income rose to 9.1 mln dlrs.",
            "first quarter net income rose to 9.1 mln dlrs",
        ),
        ("Harwell Mills Inc reported its 1986 profits were 30 pct lower.", "its 1986 profits were 30 pct lower"),
        (
            "Harwell Mills Inc reported it expects revenues of 90 mln dlrs this year.",
            "it expects revenues of 90 mln dlrs this year",
        ),
    ],
)
def test_figures_in_a_reported_clause_are_a_statement(text: str, content: str) -> None:
    assert _said(text) == [("reported", "Harwell Mills", content)]


def test_who_reported_figures_is_the_one_it_said_goes_on_with() -> None:
    text = (
        "Dunmore Graphics Inc reported earnings of 977,000 dlrs. Dunmore did not disclose details of the sale of "
        "Kestrel Print Co. It said the sale ended an unprofitable operation."
    )
    assert _said(text) == [("said", "Dunmore Graphics", "the sale ended an unprofitable operation")]


def test_a_participle_after_a_per_share_amount_reports_nothing() -> None:
    text = "Harwell Mills Inc said its first quarter net would be down, from the 41 cts a share reported a year ago."
    assert _said(text) == [
        ("said", "Harwell Mills", "its first quarter net would be down, from the 41 cts a share reported a year ago")
    ]
