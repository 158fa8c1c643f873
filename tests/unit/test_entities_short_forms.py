"""Short forms of organisation names: the opening words of a company's name, or its second word after a place,
name the company found elsewhere in the document."""

from entity_stage import entity_of, table_for

from schemas import EntityType


def test_the_opening_words_of_a_company_name_are_the_company():
    table = table_for(
        "Pacific Lumber Service Co said it will raise prices. Pacific Lumber said the increase was needed."
    )
    ent = entity_of(table, "Pacific Lumber", 1)
    assert ent is not None and ent.name == "Pacific Lumber Service" and ent.type is EntityType.ORG


def test_a_common_word_opening_a_sentence_stays_in_the_short_form():
    table = table_for("Office Printers Inc agreed to buy the firm. Office Printers said it plans to close the deal.")
    ent = entity_of(table, "Office Printers", 1)
    assert ent is not None and ent.name == "Office Printers" and ent.type is EntityType.ORG
    assert "Printers" not in {e.name for e in table.entities}


def test_a_short_form_after_a_demonym_is_the_company():
    table = table_for("Swiss Widget Corp said sales rose. Swiss Widget said its plants were busy.")
    ent = entity_of(table, "Swiss Widget", 1)
    assert ent is not None and ent.name == "Swiss Widget"


def test_the_rare_second_word_of_a_two_word_company_names_it():
    table = table_for("Nordic Kvarnfeldt AG said profits rose. Kvarnfeldt said the dividend was unchanged.")
    ent = entity_of(table, "Kvarnfeldt", 1)
    assert ent is not None and ent.name == "Nordic Kvarnfeldt" and ent.type is EntityType.ORG


def test_a_name_joined_by_and_opens_no_company():
    table = table_for(
        "Acme Radio Co vice chairman Peter Brandt and Lakeside Capital Inc said they would bid. "
        "Peter Brandt and Lakeside said they intend to explore alternatives."
    )
    ent = entity_of(table, "Peter Brandt", 1)
    assert ent is not None and ent.type is EntityType.PERSON


def test_a_company_named_for_its_parent_and_a_further_noun_is_another_company():
    # the parent's head word ('Communications') only modifies the unit's name: two companies, not one
    table = table_for(
        "Halvard Communications Inc said its Halvard Communications Investors Inc unit bought shares of Tesk Inc. "
        "Halvard Communications Investors said it paid one mln dlrs."
    )
    parent = entity_of(table, "Halvard Communications Inc")
    unit = entity_of(table, "Halvard Communications Investors", 1)
    assert parent is not None and parent.name == "Halvard Communications"
    assert unit is not None and unit.name == "Halvard Communications Investors" and unit is not parent


def test_a_one_word_short_form_is_the_company_the_text_named_first():
    # 'Ardex' alone is the company the article is about, not the acquisition vehicle named after it
    table = table_for(
        "Ardex Services Inc said a new company will offer 16 dlrs a share for Ardex. The offer is made under an "
        "agreement with the new company, Ardex Acquisition Corp, formed by Apollo Partners. "
        "Ardex said the agreement also provides for stock options."
    )
    ent = entity_of(table, "Ardex", 3)
    assert ent is not None and ent.name == "Ardex Services"


def test_a_short_form_is_not_the_owner_the_text_names_before_its_unit():
    table = table_for(
        "Linden Aviation Inc's Linden Airlines said its load factor rose. Linden said its capacity increased."
    )
    ent = entity_of(table, "Linden", 2)
    assert ent is not None and ent.name == "Linden Airlines"


def test_a_company_s_initials_opening_a_sentence_name_it():
    # 'ASA' is also a legal form, but in capitals opening a sentence it is the company's initials
    table = table_for("Atlantic Southeast Airlines Inc said traffic rose. ASA said its load factor fell.")
    ent = entity_of(table, "ASA")
    assert ent is not None and ent.name == "Atlantic Southeast Airlines"


def test_a_short_form_of_common_words_is_the_company():
    table = table_for("Grand Northern Holdings Corp said profit rose. Grand Northern said the deal was done.")
    ent = entity_of(table, "Grand Northern", 1)
    assert ent is not None and ent.name == "Grand Northern Holdings" and ent.type is EntityType.ORG
