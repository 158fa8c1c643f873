"""A clause set inside the sentence (a relative clause between commas, a fronted 'although'/'when' clause) ends at its
closing comma: the main clause's 'about'/'on' phrase is no topic of the meeting inside it, nor is its place."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract


def _topics(text: str) -> list[str | None]:
    return [m.topic.text if m.topic else None for m in extract(text).meetings]


INSET = [
    "Belgian farm minister Paul de Keersmaeker, who met Frans Andriessen on Monday, was asked about reports that "
    "the tax would be defeated.",
    "Although James Baker appeared to patch over the rift at a meeting with Gerhard Stoltenberg on Monday, he still "
    "faced a storm of criticism on his return to the United States.",
]


@pytest.mark.parametrize("text", INSET)
def test_the_main_clause_gives_no_topic(text: str) -> None:
    assert _topics(text) == [None]


def test_a_date_comma_does_not_close_the_clause() -> None:
    text = "James Baker, who met Helmut Kohl on Monday, March 2, to discuss trade, said he was pleased."
    assert _topics(text) == ["trade"]


def test_a_clause_closed_before_the_trigger_is_not_the_trigger_clause() -> None:
    text = "James Baker, who arrived on Monday, met Helmut Kohl in Bonn, and discussed trade with him."
    assert [t.split()[0] for t in _topics(text) if t] == ["trade"]
