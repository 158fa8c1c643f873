"""A lone surname of a person the text names in full is that person, even where a town bears the name."""

from entity_stage import entity_of

from schemas import EntityType


def test_a_town_that_is_a_named_persons_surname_is_the_person():
    text = "Treasury chief Walter Hamilton said the currency was stable. Hamilton said he saw no need to act."
    ent = entity_of(text, "Hamilton", 1)
    assert ent is not None and ent.name == "Walter Hamilton" and ent.type is EntityType.PERSON


def test_a_city_named_as_a_surname_after_an_initial_is_the_person():
    text = "Mining group chairman R. Peter Durham said output rose. Durham said the mine would reopen in May."
    ent = entity_of(text, "Durham", 1)
    assert ent is not None and ent.name == "R. Peter Durham"


def test_the_town_stays_a_place_where_the_words_around_put_it_on_the_map():
    text = "Alice Durham said the plant was busy. The company has a plant in Durham and another near Leeds."
    ent = entity_of(text, "Durham", 1)
    assert ent is not None and ent.type is EntityType.GPE


def test_a_country_is_never_read_for_a_surname():
    text = "Senator Ann Jordan said the talks went well. Jordan said it would buy more wheat."
    ent = entity_of(text, "Jordan", 1)
    assert ent is not None and ent.type is EntityType.GPE


def test_another_name_of_a_country_that_is_a_named_persons_surname_is_the_person():
    text = "Division president Mark T. Holland said sales rose. Holland said the network was nearly built."
    ent = entity_of(text, "Holland", 1)
    assert ent is not None and ent.name == "Mark T. Holland"


def test_a_headline_run_ending_in_a_town_names_nobody():
    text = "Senate Aides Were Caught Talking In Durham. The hearing in Durham went on. Durham is a city."
    ent = entity_of(text, "Durham", 2)
    assert ent is not None and ent.type is EntityType.GPE
