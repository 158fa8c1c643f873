"""A lone capitalised word that nothing else types is a person only when it looks like a name: a plural of a common
noun ("Treasuries") or a word closing a phrase after "the" ("the Gulf.") names a thing or a place."""

import pytest
from entity_stage import table_for

from schemas import EntityType


def type_of(text: str, name: str) -> EntityType:
    return next(e for e in table_for(text).entities if e.name == name).type


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        # a headline's plural noun is no family
        ("Bond dealers said Treasuries rallied after the report.", "Treasuries", EntityType.OTHER),
        ("Rates on bank CDs fell by a quarter point.", "CDs", EntityType.OTHER),
        # a family after its member keeps its type
        ("Hillary Clinton spoke in Ohio. The Clintons left early.", "Clintons", EntityType.PERSON),
        # a word after "the" that closes its phrase is a place after "in", else a thing
        ("Two tankers were hit in the Gulf. Prices rose.", "Gulf", EntityType.GPE),
        ("Exports to the Northeast, officials said, rose by 5 pct.", "Northeast", EntityType.OTHER),
        # a surname after "the" modifies a noun; a foreign surname stays a person
        ("Talks with the Reagan administration went on. Indonesia's Subroto will attend the meeting.", "Subroto",
         EntityType.PERSON),
    ],
)
def test_a_common_noun_or_place_capitalised_alone_is_no_person(text: str, name: str, typ: EntityType) -> None:
    assert type_of(text, name) is typ


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frankfurt dealers said the dollar fell against the yen.", "Frankfurt am Main"),
        ("Iranian shells fell on Basra, Iraqi radio said.", "Basrah"),
        ("Heavy rain fell across the Midwest on Monday.", "Midwest"),
        ("Venice will host the summit of seven leaders.", "Venice"),
    ],
)
def test_a_place_wire_copy_names_otherwise_than_the_gazetteer_is_a_place(text: str, name: str) -> None:
    assert type_of(text, name) is EntityType.GPE


def test_a_faith_s_adjective_names_no_entity():
    assert not [e for e in table_for("Moslem leaders in the city met the Islamists on Friday.").entities]


@pytest.mark.parametrize(
    "text",
    [
        "Reserves rose to 6.3 billion U.S. Dlrs at the end of January.",
        "The bank sold the U.S. Dollar in quiet trade, and the dollar fell.",
    ],
)
def test_a_common_word_capitalised_after_a_dotted_place_names_nothing(text: str) -> None:
    assert [e.name for e in table_for(text).entities] == ["United States"]


def test_a_name_after_a_dotted_place_stays():
    assert "Sprint" in [e.name for e in table_for("Long distance carrier U.S. Sprint cut its rates.").entities]


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        ("Volcker told a Congressional committee that rates would hold.", "Congressional", EntityType.OTHER),
        ("Both banks keep an Islamic year for their accounts.", "Islamic", EntityType.OTHER),
        ("Voters in Iowa backed Hillary on Monday.", "Hillary", EntityType.PERSON),
    ],
)
def test_a_common_adjective_capitalised_alone_is_no_person(text: str, name: str, typ: EntityType) -> None:
    assert type_of(text, name) is typ
