"""An acronym in brackets after the words whose initials spell it makes those words one organisation's name, and
the acronym alone names it later."""

from entity_stage import entity_of

from schemas import EntityType


def test_a_place_opening_a_spelled_name_stays_in_it():
    text = "The Middle East Shipping Digest (MESD) said output fell. MESD said exports would rise."
    ent = entity_of(text, "MESD", 1)
    assert ent is not None and ent.name == "Middle East Shipping Digest" and ent.type is EntityType.ORG


def test_a_name_cut_at_its_connectors_is_whole_again():
    text = "The Institutes for Crop Science (ICS) said yields rose."
    ent = entity_of(text, "ICS")
    assert ent is not None and ent.name == "Institutes for Crop Science"


def test_a_place_the_acronym_spells_stays_a_place():
    text = "Traders in Kenya and the United Arab Emirates (UAE) said demand rose."
    ent = entity_of(text, "UAE")
    assert ent is not None and ent.type is EntityType.GPE


def test_words_whose_initials_do_not_spell_the_acronym_stay_apart():
    text = "Sales in Western Europe rose (EUR) and fell in Japan."
    assert entity_of(text, "Western Europe") is not None
    assert entity_of(text, "Western Europe").type is EntityType.GPE


def test_a_body_opening_the_name_stays_in_it_and_a_common_opener_does_not():
    assert entity_of("The U.N. Office for Soil Surveys (OSS) said.", "OSS").name == "U.N. Office for Soil Surveys"
    text = "Several Central Trading Councils (CTC) members said prices rose."
    assert entity_of(text, "CTC").name == "Central Trading Councils"
