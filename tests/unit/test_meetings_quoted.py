"""A short quoted fragment inside a clause ('had "agreed in principle"') is part of that clause, not the opening of a
new one: the subject before it is still the subject of the meeting that follows it."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

FRAGMENTS = [
    (
        'A spokesman said Trade Minister Arne Olsen and his Danish counterpart Bent Holm had "agreed in principle" on '
        "a quota during talks in Oslo on Friday.",
        {"Arne Olsen", "Bent Holm"},
    ),
    (
        "Finance Minister Pedro Alves and Economy Minister Luis Mota, who called the plan “a serious step”, met on "
        "Tuesday.",
        {"Pedro Alves", "Luis Mota"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), FRAGMENTS)
def test_a_closed_quote_fragment_keeps_its_clause(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


def test_an_open_quote_still_opens_a_clause() -> None:
    # the trigger is inside the quote: the quoted speaker's words, whose subject is inside the quote too
    text = 'Minister Arne Olsen said: "We met the Danish envoy Bent Holm on Friday."'
    assert all("Arne Olsen" not in p or "Bent Holm" in p for _, p in meetings_of(text))


OTHER_QUOTES = [
    # a whole quoted sentence opens the sentence: its words are no subject of what follows it
    '"We expect the U.S. government to honour its commitment" and discussed this with Secretary Paul Hagen today, '
    "Clark said.",
]


@pytest.mark.parametrize("text", OTHER_QUOTES)
def test_other_quotations_still_open_a_clause(text: str) -> None:
    assert all("United States" not in p for _, p in meetings_of(text))
