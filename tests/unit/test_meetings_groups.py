"""Unnamed groups as meeting parties, read through the real entity layer: a group tied to a state, an
organisation or a person ("Russian prosecutors", "EU foreign ministers", "his aides") is a resolvable
participant; a bare group ("journalists", "officials") is not, and a named state still stands for its
officials ("talks with U.S. officials" -> the United States)."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

GROUP_PARTIES = [
    # the state is the other side's own: the group it modifies is the party
    ("Russian President Vladimir Putin chaired a meeting with Russian prosecutors in Moscow on Friday.",
     {"Vladimir Putin", "Russian prosecutors"}),
    # "a meeting of" a group, told by the subject of the speech verb
    ("EU foreign policy chief Federica Mogherini told a meeting of EU foreign ministers that the deal stands.",
     {"Federica Mogherini", "EU foreign ministers"}),
    # "a meeting of" a named body, attended by the subject
    ("Ambassador Yuriy Sergeyev addressed a meeting of the U.N. Security Council on Saturday.",
     {"Yuriy Sergeyev", "U.N. Security Council"}),
    # a group owned by the subject
    ("Secretary of State John Kerry met with his aides in Geneva on Sunday.", {"John Kerry", "aides for John Kerry"}),
    # two kinds of people of one body: the body is the side
    ("President-elect Donald Trump met Tuesday with reporters and editors from The New York Times.",
     {"Donald Trump", "New York Times"}),
    # ... but two groups, each with its own side, are two sides
    ("Trade Secretary Paul Channon held talks with Reagan Administration officials and members of Congress.",
     {"Paul Channon", "Reagan Administration", "Congress"}),
    # member states stand for the body they belong to (the phrase ended before "states": "EU member")
    ("Chancellor Angela Merkel held talks with EU member states on Monday.", {"Angela Merkel", "EU"}),
    ("President Donald Trump hosted a lunch with ambassadors of United Nations Security Council member states.",
     {"Donald Trump", "United Nations Security Council"}),
    # a state that is nobody's side keeps standing for its officials
    ("Japanese Prime Minister Shinzo Abe held talks with U.S. officials in Tokyo on Monday.",
     {"Shinzo Abe", "United States"}),
]


@pytest.mark.parametrize(("text", "parties"), GROUP_PARTIES)
def test_group_parties(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


NO_GROUP_MEETING = [
    "Separatist leader Denis Pushilin met with journalists in Donetsk on Monday.",
    "Secretary of State John Kerry met with officials in Geneva on Sunday.",
    # the noun sits inside another phrase: nobody attended
    "The Federal Reserve released the minutes of a meeting of its policy committee on Wednesday.",
    # a meeting of a group alone has one side
    "A meeting of EU foreign ministers was held in Brussels on Monday.",
    "Analysts expect a meeting of OPEC oil ministers to cut output.",
]


@pytest.mark.parametrize("text", NO_GROUP_MEETING)
def test_no_meeting_with_a_bare_group(text: str) -> None:
    assert meetings_of(text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the field of the officials or advisers stays inside their group phrase
        ("Finance Minister Pierre Beregovoy met with West German financial officials in Bonn on Monday.",
         {"Pierre Beregovoy", "West Germany"}),
        ("President Ronald Reagan was meeting with his top economic advisers on Tuesday afternoon.",
         {"Ronald Reagan", "top economic advisers for Ronald Reagan"}),
    ],
)
def test_a_group_s_field(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


def test_business_leaders_stand_for_no_state() -> None:
    # the group after a fronted meeting names where its people come from, not their state's side
    text = ("In talks with President Raul Alfonsin in Buenos Aires on Friday, several Argentine business leaders "
            "said they backed the plan.")
    assert meetings_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # ... nor does a nationality before such a group as the subject
        "Chilean business leaders attending a meeting with President Augusto Pinochet asked for lower rates.",
        "Several Peruvian executives met with President Alan Garcia on Monday.",
    ],
)
def test_a_nationality_before_a_stateless_group_is_no_side(text: str) -> None:
    assert meetings_of(text) == []


def test_a_group_of_customers_or_lenders_announces_the_list_after_it() -> None:
    # "its two main lenders, X and Y": the group phrase (with its count and modifier) announces the names
    text = "Harlow Systems Inc held talks with its two main lenders, Citibank and Chase Manhattan, on Monday."
    assert [p for _, p in meetings_of(text)] == [{"Harlow Systems", "Citibank", "Chase Manhattan"}]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the group's own state is its side, not the city it sits in
        ("On Thursday, U.S. officials in Geneva met Soviet arms negotiators.", {"United States", "Soviet Union"}),
        # ... and a city where a group sits names no side of its own
        ("Union leaders in Hamburg held talks with Chancellor Helmut Kohl on Monday.", set()),
    ],
)
def test_a_group_s_city_is_where_it_sits(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == ([parties] if parties else [])
