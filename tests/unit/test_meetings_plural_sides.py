"""A plural phrase as a meeting's sides ("the two leaders", "both sides", "their talks") with no meeting just read:
the parties the text named together ("Kohl and Mitterrand"), never merely the last names before it, which are
often a speaker and someone he quoted."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

NAMED_TOGETHER = [
    ("Chancellor Helmut Kohl and President Francois Mitterrand will spend the weekend in Bavaria. Aides said the two "
     "leaders would discuss farm policy on Sunday.", {"Helmut Kohl", "Francois Mitterrand"}),
    # the place named after the pair is not one of them
    ("Chancellor Helmut Kohl and President Francois Mitterrand arrived in Bavaria on Friday. Their talks will focus "
     "on farm policy, aides said.", {"Helmut Kohl", "Francois Mitterrand"}),
    ("Saturday's phone conversation between presidents Donald Trump and Vladimir Putin raised hopes in Moscow. Other "
     "observers remain cautious. According to the White House, the two leaders discussed trade and terrorism.",
     {"Donald Trump", "Vladimir Putin"}),
]


@pytest.mark.parametrize(("text", "parties"), NAMED_TOGETHER)
def test_parties_named_together(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)][-1] == parties


NOT_NAMED_TOGETHER = [
    # a senator quoted, then the spokesman who speaks: neither is one of "the two leaders"
    "The Fed chairman warned of inflation, Senator Richard Lugar of Indiana said on Monday. Government spokesman "
    "Akira Sato said he was optimistic about the results of talks between the two leaders.",
    # the chairman and a spokesman of one side are not "both sides"
    "A compromise drafted by council chairman Denis Bra Kanon is gaining support, delegates said. \"We are close,\" "
    "producer spokesman Kofi Mensah of Ghana told Reuters. Delegates on both sides want a deal today, the last day of "
    "the council meeting, they said.",
    # the minister and his own country are not "the two sides" (his country and its banks are)
    "Finance Minister Mario Brodersohn said Argentina expects to sign a loan package with its bank creditors soon. "
    "Speaking to Argentine businessmen at the bank's annual meeting, he said the two sides will meet again next week "
    "in New York.",
]


@pytest.mark.parametrize("text", NOT_NAMED_TOGETHER)
def test_no_sides_from_the_last_names(text: str) -> None:
    assert meetings_of(text) == []
