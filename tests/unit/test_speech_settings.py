"""A reporting clause after a fronted phrase reports what follows its 'that', even when a setting or a listener
stands between the cue and the 'that': the fronted phrase is not what was said."""

from __future__ import annotations

import pytest
from speech_stage import speech


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "In its review of cotton exports, the ministry said with some confidence that shipments would recover.",
            "shipments would recover",
        ),
        (
            "After the vote on the budget, Senator Alma Reyes told colleagues and aides that the bill was dead.",
            "the bill was dead",
        ),
    ],
)
def test_the_fronted_phrase_is_not_the_content(text: str, content: str) -> None:
    assert [s.content.text for s in speech(text)[1]] == [content]


def test_a_relative_clause_far_after_the_cue_opens_no_content() -> None:
    text = "The senator has won votes by promising to tax imported goods made by companies that move plants abroad."
    assert [s.content.text for s in speech(text)[1]] != ["move plants abroad"]
