"""An appositive's head noun types the name before it ("Norvalco, a federal savings bank," is a company), and a
company's or a body's word keeps the sentence-initial word that opens its name ("Heart ... Association said")."""

import pytest
from entity_stage import table_for, typed_names

from schemas import EntityType


def types_of(text: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in table_for(text).entities}


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        # a body's noun heads the appositive: a company, wherever the name stands
        ("Norvalco, a federal savings bank, said its members approved the merger.", "Norvalco", EntityType.ORG),
        ("Kestrany, a Brenmoor unit, is the operator of the well.", "Kestrany", EntityType.ORG),
        ("The shares were sold to Dravitec, a Houston-based maker of valves, for 12 mln dlrs.", "Dravitec",
         EntityType.ORG),
        ("Profits rose, said Quellmark, the nation's second largest steel producer.", "Quellmark", EntityType.ORG),
        ("Tom Fitton leads Velmor Watch, a conservative group that has sued the state.", "Velmor Watch",
         EntityType.ORG),
        # a title heads it: a person
        ("Brannock, the chairman of the advisory committee, said the plan failed.", "Brannock", EntityType.PERSON),
    ],
)
def test_the_head_of_an_appositive_types_the_name_before_it(text: str, name: str, typ: EntityType) -> None:
    assert types_of(text)[name] is typ


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        # the phrase after the comma is the next clause's subject, not an appositive
        ("Wheat looked healthy near Vrasko, the department's counselor in Belgrade said.", "Vrasko", EntityType.GPE),
        # a place is a producer too
        ("Drought hit 100 counties in Shandarin, the country's biggest grain producer.", "Shandarin", EntityType.GPE),
        # a place before a title and a name ("in Tamworth, the owner of the club, Mark Smith, ...")
        ("In Bellacrest, the owner of the club, Mark Smith, faced protests. Officials in Bellacrest agreed.",
         "Bellacrest", EntityType.GPE),
        # a word that ends in a company's head is never a person by its title
        ("Parvobank, the head of the creditors' committee, will meet the minister.", "Parvobank", EntityType.ORG),
    ],
)
def test_an_appositive_does_not_retype_what_it_does_not_describe(text: str, name: str, typ: EntityType) -> None:
    assert types_of(text)[name] is typ


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heart Federal Savings and Loan Association said its board declared a split.",
         "Heart Federal Savings and Loan Association"),
        ("Municipal Assistance Corp of New York said it will buy back the bonds.",
         "Municipal Assistance Corp of New York"),
        ("Appalachian Power said it will redeem the bonds.", "Appalachian Power"),
    ],
)
def test_a_company_word_keeps_the_sentence_initial_word_that_opens_its_name(text: str, name: str) -> None:
    assert types_of(text).get(name) is EntityType.ORG


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lower-case noun after the run: the run is a modifier and its first word grammar
        ("Twelve Arab League nations voted for the force.", "Arab League"),
        ("Internal Trump University records must be released.", "Trump University"),
    ],
)
def test_a_sentence_initial_word_before_a_body_used_as_a_modifier_stays_grammar(text: str, name: str) -> None:
    assert name in types_of(text)


def test_a_title_in_apposition_types_a_name_of_common_words_a_person() -> None:
    # 'Coyle Kelly': both words are common enough in English that the name alone reads as nobody's
    assert typed_names("Shares rose, said Coyle Kelly, an analyst at Morgan Stanley.").get("Coyle Kelly") is (
        EntityType.PERSON
    )
