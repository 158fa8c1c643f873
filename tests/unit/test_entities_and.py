"""Where "and" joins two names and where it stays inside one (our own sentences)."""

import pytest

from extractor.entities import find_entities
from extractor.text import Document
from schemas import EntityType


def entity_names(text: str, typ: EntityType | None = None) -> set[str]:
    table = find_entities(Document(text), "en")
    return {e.name for e in table.entities if typ is None or e.type is typ}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a legal form closes the first company
        ("Talks between Granfield Inc and Morrow Corp ended on Monday.", {"Granfield", "Morrow"}, set()),
        ("Stock was sold by Pellham Securities Inc and Dorne Brothers Inc.", {"Pellham Securities", "Dorne Brothers"},
         set()),
        # a personal name closes itself before a title or a body of its own
        ("Finance Minister Pierre Valcourt and Bank of Lorraine Governor Henri Dax met on Friday.",
         {"Pierre Valcourt", "Bank of Lorraine", "Henri Dax"}, set()),
        ("The stake held by Morton Glasser and Tarrant Textile Inc was sold.", {"Morton Glasser", "Tarrant Textile"},
         set()),
        # the same head twice, two bodies
        ("The Budget Committee and Finance Committee will vote.", {"Budget Committee", "Finance Committee"}, set()),
        ("The Bank of Japan and Bank of England acted.", {"Bank of Japan", "Bank of England"}, set()),
        ("The Liberal Party and Finance Ministry disagreed.", {"Liberal Party", "Finance Ministry"}, set()),
        # partners' names and lists of matters stay whole
        ("Shares of Eli Lilly and Co rose, and Lilly said why.", {"Eli Lilly"}, {"Co"}),
        ("Kestrel Gas and Electric Co raised rates.", {"Kestrel Gas and Electric"}, set()),
        ("Procter and Gamble Co said sales rose.", {"Procter and Gamble"}, set()),
        ("The Securities and Exchange Commission agreed.", {"Securities and Exchange Commission"}, set()),
        ("Dauphin Deposit Bank and Trust Co said it agreed.", {"Dauphin Deposit Bank and Trust"}, set()),
        ("Marine Savings and Loan Association said it agreed.", {"Marine Savings and Loan Association"}, set()),
        ("The Ministry of Information and Communications agreed.", {"Ministry of Information and Communications"},
         set()),
        ("Underwriters are Harlan Blair and Co and Trask and Co.", {"Harlan Blair"}, set()),
        ("He is vice chairman of Reading and Bates Drilling Co.", {"Reading and Bates Drilling"}, set()),
    ],
)
def test_and_between_names(text, expected, absent):
    found = entity_names(text)
    assert expected <= found
    assert not absent & found


def test_a_firm_named_for_a_person_stays_a_firm_before_a_second_firm():
    text = "Underwriters are Harlan Blair and Co and Trask and Co."
    assert "Harlan Blair" in entity_names(text, EntityType.ORG)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nigerians voted on Saturday.", "Nigeria"),
        ("Venezuelans queued for petrol.", "Venezuela"),
        ("The Zambian finance minister resigned.", "Zambia"),
        ("A Yugoslavian delegation arrived.", "Yugoslavia"),
        ("Poles and Czechs crossed the border.", "Poland"),
        ("The Bahraini delegation and Iraqis met.", "Iraq"),
        ("Exports to Zaire fell.", "Democratic Republic of the Congo"),
    ],
)
def test_every_country_has_its_demonyms(text, place):
    assert place in entity_names(text, EntityType.GPE)
    assert not entity_names(text, EntityType.PERSON)


def test_plurals_are_derived_only_where_english_adds_s():
    from extractor.entities import lexicon

    places = lexicon.places()
    assert places["Zambians"].canonical == "Zambia" and places["Greeks"].canonical == "Greece"
    assert "Frenchs" not in places and "Chineses" not in places and "Swisss" not in places


@pytest.mark.parametrize(
    ("text", "org", "absent"),
    [
        ("Texas Pacific said it cut reserve estimates.", "Texas Pacific", "Pacific"),
        ("Alberta Agriculture said rains helped the crop.", "Alberta Agriculture", "Agriculture"),
        ("The bonds were sold by Merrill Lynch Capital Markets.", "Merrill Lynch Capital Markets", "Markets"),
    ],
)
def test_common_words_after_a_state_or_a_company_continue_its_name(text, org, absent):
    assert org in entity_names(text, EntityType.ORG)
    assert absent not in entity_names(text)


def test_a_country_before_a_headline_noun_names_no_company():
    assert "U.S. Firms" not in entity_names("U.S. Firms Seek Contracts\n\nU.S. firms want a share.")


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        ("Kenyan President Daniel arap Moi arrived on Monday.", "Daniel arap Moi", EntityType.PERSON),
        ("The minister met Hans van der Broek in Bonn.", "Hans van der Broek", EntityType.PERSON),
        ("Miguel de la Madrid said prices would rise.", "Miguel de la Madrid", EntityType.PERSON),
        ("The Writers Guild of America said it would strike.", "Writers Guild of America", EntityType.ORG),
        ("The General Agreement on Tariffs and Trade meets in Geneva.", "General Agreement on Tariffs and Trade",
         EntityType.ORG),
        ("Shares of Banque Paribas rose.", "Banque Paribas", EntityType.ORG),
        ("The Banco Industrial de Venezuela lent money.", "Banco Industrial de Venezuela", EntityType.ORG),
        ("Compagnie Generale des Eaux said it sold a unit.", "Compagnie Generale des Eaux", EntityType.ORG),
        ("Airbus Industrie said it would build the plane.", "Airbus Industrie", EntityType.ORG),
    ],
)
def test_names_kept_whole(text, name, typ):
    assert name in entity_names(text, typ)


def test_a_title_and_name_after_an_opening_company_word_stand_apart():
    found = entity_names("Banque Nationale de Paris Chairman Michel Pebereau said profits rose.")
    assert {"Banque Nationale de Paris", "Michel Pebereau"} <= found


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("The company, based in Pensacola, Fla., said sales rose.", "Pensacola", "Florida"),
        ("A plant in Norris City, Ill., will close.", "Norris City", "Illinois"),
        ("The bank of Trenton, N.J., said it agreed.", "Trenton", "New Jersey"),
        ("Tandy Corp, based in Plano, Texas, said sales rose.", "Plano", "Texas"),
    ],
)
def test_a_town_before_a_comma_and_a_us_state(text, town, state):
    places = entity_names(text, EntityType.GPE)
    assert {town, state} <= places
    assert not entity_names(text, EntityType.PERSON)


def test_state_abbreviations_are_words_elsewhere_and_people_keep_their_state():
    assert "Mississippi" not in entity_names("Miss Hale said the Wash was cold.", EntityType.GPE)
    assert "John Smith" in entity_names("John Smith, Calif., said he would run.", EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        ("He flew to Rio de Janeiro and San Francisco on Monday.", "Rio de Janeiro", EntityType.GPE),
        ("He flew to Rio de Janeiro and San Francisco on Monday.", "San Francisco", EntityType.GPE),
        ("Skandinaviska Enskilda Banken said it would lead the issue.", "Skandinaviska Enskilda Banken",
         EntityType.ORG),
        ("The notes were sold by Citibank N.A. in London.", "Citibank", EntityType.ORG),
        ("Morgan Stanley International said it would lead the issue.", "Morgan Stanley International",
         EntityType.ORG),
        ("Prensa Latina said the harvest was poor.", "Prensa Latina", EntityType.ORG),
    ],
)
def test_cities_banks_and_agencies(text, name, typ):
    assert name in entity_names(text, typ)


def test_international_before_more_words_is_no_organisation_of_its_own():
    found = entity_names("The Minister of International Trade and Industry Hajime Tamura said he was angry.")
    assert "International" not in found


def test_a_city_whose_first_word_is_an_abbreviation_before_more_words():
    # "St." alone is no place: the initials test must not look it up as one
    assert "St. Louis" in entity_names("Analysts at the St. Louis Federal Reserve Bank said rates would rise.")


def test_a_swedish_legal_form_inside_a_name():
    assert "Telefon AB L.M. Ericsson" in entity_names("Telefon AB L.M. Ericsson said it won a contract.",
                                                      EntityType.ORG)
    assert "Electrolux" in entity_names("Electrolux AB said it would buy a rival.", EntityType.ORG)


def test_a_company_s_name_in_the_plural_is_its_products():
    text = "Reebok International said fake Reeboks were sold in Tokyo. The Reebok spokesman said he was angry."
    assert "Reeboks" not in entity_names(text, EntityType.PERSON)


def test_a_place_written_in_capitals_in_a_dateline():
    text = "JOHANNESBURG, March 3 - Gold shares rose. NATO said nothing."
    assert "Johannesburg" in entity_names(text, EntityType.GPE)
    assert "NATO" in entity_names(text, EntityType.ORG)


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        ("The Christian Democrats and Social Democrats agreed on a budget.", "Christian Democrats", EntityType.ORG),
        ("The Christian Democrats and Social Democrats agreed on a budget.", "Social Democratic Party",
         EntityType.ORG),
        ("Communist leaders met in Prague.", "Communist Party", EntityType.ORG),
        ("Ships in the Aegean Sea were seized.", "Aegean", EntityType.GPE),
    ],
)
def test_parties_and_seas(text, name, typ):
    assert name in entity_names(text, typ)
    assert not entity_names(text, EntityType.PERSON)


def test_wire_units_opening_a_sentence_name_nobody():
    assert not entity_names("Dlrs 5 mln were paid. Mths later it fell.")
