"""Separate meetings of one side with each of several others: "X held separate talks with Y and Z", "X met separately
with Y and Z", "Y and Z held separate talks with X" are one meeting with each, not one meeting of all three."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

SEPARATE = [
    (
        "Norway has held separate talks with Chile and Peru on fishing rights.",
        [{"Norway", "Chile"}, {"Norway", "Peru"}],
    ),
    (
        "Trade Minister Olav Berge met separately with Swedish Trade Minister Anna Ek and Danish Trade Minister Erik "
        "Lund on Monday.",
        [{"Olav Berge", "Anna Ek"}, {"Olav Berge", "Erik Lund"}],
    ),
    (
        "In separate meetings with Swedish Trade Minister Anna Ek and Danish Trade Minister Erik Lund, Trade Minister "
        "Olav Berge urged lower tariffs.",
        [{"Olav Berge", "Anna Ek"}, {"Olav Berge", "Erik Lund"}],
    ),
    (
        "Chile and Peru held separate talks with Norway on Monday.",
        [{"Chile", "Norway"}, {"Peru", "Norway"}],
    ),
]


@pytest.mark.parametrize(("text", "meetings"), SEPARATE)
def test_one_meeting_with_each_other_side(text: str, meetings: list[set[str]]) -> None:
    assert [p for _, p in meetings_of(text)] == meetings


JOINT = [
    # no "separate", or "separate" about something else: one meeting
    ("Norway has held talks with Chile and Peru on fishing rights.", [{"Norway", "Chile", "Peru"}]),
    (
        "In a separate move, Trade Minister Olav Berge met Swedish Trade Minister Anna Ek and Danish Trade Minister "
        "Erik Lindqvist.",
        [{"Olav Berge", "Anna Ek", "Erik Lindqvist"}],
    ),
]


@pytest.mark.parametrize(("text", "meetings"), JOINT)
def test_a_joint_meeting_stays_one(text: str, meetings: list[set[str]]) -> None:
    assert [p for _, p in meetings_of(text)] == meetings
