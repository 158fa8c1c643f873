"""Names of bodies the run splitter used to cut or mistype, and the short words that stand for them again (our own
sentences)."""

from extractor.entities import find_entities
from extractor.text import Document
from schemas import EntityType


def entities(text: str) -> dict[str, tuple[EntityType, list[str]]]:
    table = find_entities(Document(text), "en")
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in table.entities}


def test_particles_inside_a_company_name_its_legal_form_closes() -> None:
    found = entities("The state mining firm Minerales del Sur S.A. wants to sell its copper.")
    assert found["Minerales del Sur"][0] is EntityType.ORG


def test_a_plural_possessive_opens_a_body_name_and_its_initials_join_it() -> None:
    found = entities("Anna Berg chairs the Dry Cargo Brokers' Federation (DCBF). The DCBF met the Treasury.")
    typ, mentions = found["Dry Cargo Brokers' Federation"]
    assert typ is EntityType.ORG
    assert mentions.count("DCBF") == 2


def test_the_number_of_a_numbered_group_is_part_of_its_name() -> None:
    found = entities("The Group of 31 poorer nations said debts were too high.")
    assert "Group of 31" in found
    assert "Group" not in found


def test_a_head_word_after_the_is_the_body_of_that_head_named_last() -> None:
    found = entities(
        "The Harlow Statistics Office said prices rose. The Marden Grain Board disagreed. The Office said wages fell."
    )
    assert found["Harlow Statistics Office"][1] == ["Harlow Statistics Office", "Office"]
    assert "Office" not in found


def test_a_head_word_with_no_body_of_that_head_before_it_stays_apart() -> None:
    found = entities("The Office said wages fell. The Harlow Statistics Office said prices rose.")
    assert found["Harlow Statistics Office"][1] == ["Harlow Statistics Office"]


def test_a_word_that_speaks_of_itself_as_it_is_doing_something_is_a_body() -> None:
    found = entities("The Lorvan Mint said it is seeking bids for silver. The Mint said bids close in May.")
    assert found["Mint"][0] is EntityType.ORG


def test_a_nationality_that_speaks_after_a_company_it_opens_is_that_company() -> None:
    found = entities("Shares of American Tarpon Lines rose. American said it would buy two ships.")
    typ, mentions = found["American Tarpon Lines"]
    assert typ is EntityType.ORG
    assert mentions[:2] == ["American Tarpon Lines", "American"]


def test_a_word_a_body_noun_introduces_is_that_body() -> None:
    found = entities("The state shipping company Varmolt said freight rates rose.")
    assert found["Varmolt"][0] is EntityType.ORG


def test_a_bourse_is_a_body_and_the_bourse_is_the_one_named_before() -> None:
    found = entities("The Lisbon Bourse fell sharply. The Bourse said turnover rose.")
    assert found["Lisbon Bourse"] == (EntityType.ORG, ["Lisbon Bourse", "Bourse"])


def test_a_legal_form_in_lower_case_closes_a_company_name() -> None:
    found = entities("Varmolt corp said it had received an offer. Quindell inc agreed.")
    assert found["Varmolt"] == (EntityType.ORG, ["Varmolt corp"])
    assert found["Quindell"][0] is EntityType.ORG


def test_two_words_run_together_name_a_business() -> None:
    found = entities("Shares of TransVolt rose after TransVolt said sales grew. McKinnon said he agreed.")
    assert found["TransVolt"][0] is EntityType.ORG
    assert found["McKinnon"][0] is EntityType.PERSON
