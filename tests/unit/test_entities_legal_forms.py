"""Legal forms and abbreviations: a lone legal form closes the company before it, "AB" opens a Swedish company on
either side of "and", and dotted abbreviations keep their meaning without their last dot."""

from entity_stage import table_for

from extractor.entities import EntityTable
from schemas import EntityType


def types(table: EntityTable) -> dict[str, EntityType]:
    return {e.name: e.type for e in table.entities}


def test_a_legal_form_after_a_comma_closes_the_company_and_names_nothing_alone():
    table = table_for("The payment was made to Marvello Services, Inc, and will be paid in grain, it said.")
    assert types(table).get("Marvello Services") is EntityType.ORG
    assert "Inc" not in types(table)
    start = table.text.index("it said")
    mention = table.resolve(start, start + 2)
    assert mention is not None and mention.entity.name == "Marvello Services"


def test_a_legal_form_after_a_bracketed_place_closes_the_company():
    table = table_for("The bonds were priced at par, Tervola Securities (Europe) Ltd said.")
    assert types(table).get("Tervola Securities") is EntityType.ORG
    assert "Ltd" not in types(table)


def test_a_bracketed_acronym_that_spells_a_legal_form_still_names_its_body():
    table = table_for("The Nordic Soybean Association (ASA) asked for new labels. The ASA said it would appeal.")
    start = table.text.index("ASA said")
    mention = table.resolve(start, start + 3)
    assert mention is not None and mention.entity.name == "Nordic Soybean Association"


def test_ab_on_both_sides_of_and_makes_two_companies():
    table = table_for("AB Volvo and Electrolux AB signed a supply deal.")
    names = types(table)
    assert not any(" and " in name for name in names)
    assert names.get("Electrolux") is EntityType.ORG


def test_a_rare_word_before_and_a_named_company_makes_two():
    table = table_for("The deal between Volvo Flygmotor and General Electric Co was signed.")
    assert not any(" and " in name for name in types(table))
    assert types(table).get("General Electric") is EntityType.ORG


def test_partners_surnames_before_a_company_word_stay_one_firm():
    table = table_for("Donaldson Lufkin and Jenrette Securities Corp said it sold the notes.")
    assert types(table).get("Donaldson Lufkin and Jenrette Securities") is EntityType.ORG


def test_an_abbreviation_without_its_last_dot_is_still_the_country():
    table = table_for("Prices in the U.K rose, and exports from the U.S fell.")
    names = types(table)
    assert names.get("United Kingdom") is EntityType.GPE and names.get("United States") is EntityType.GPE
    assert "K" not in names and "U." not in names


def test_initials_without_their_last_dot_are_the_company():
    table = table_for("E.H. Industries Inc said it will bid. E.H said it was ready.")
    start = table.text.index("E.H said")
    mention = table.resolve(start, start + 3)
    assert mention is not None and mention.entity.name == "E.H. Industries"


def test_a_canadian_province_abbreviated_after_a_town_is_the_province():
    table = table_for("The plant in Sarnia, Ont., will close next year.")
    names = types(table)
    assert names.get("Ontario") is EntityType.GPE and "Ont" not in names


def test_two_known_bodies_joined_by_and_are_two():
    names = types(table_for("Zambia held talks with the World Bank and International Monetary Fund on Monday."))
    assert names.get("World Bank") is EntityType.ORG and names.get("International Monetary Fund") is EntityType.ORG
    names = types(table_for("The talks with the IMF and World Bank resumed."))
    assert names.get("IMF") is EntityType.ORG and names.get("World Bank") is EntityType.ORG


def test_a_country_alone_after_and_is_a_party_of_its_own():
    names = types(table_for("Finance ministers of the Group of Seven and Canada met in Paris."))
    assert names.get("Canada") is EntityType.GPE
    assert not any(" and " in name for name in names)


def test_a_place_that_goes_on_into_a_company_name_stays_one_company():
    names = types(table_for("Australia and New Zealand Banking Group said profits rose."))
    assert names.get("Australia and New Zealand Banking Group") is EntityType.ORG
