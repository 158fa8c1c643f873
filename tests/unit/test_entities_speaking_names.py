"""Names of common words that speak and are never 'he' are bodies ("Statistics Canada said"); a hyphenated name that
speaks is no pairing ("Schmidt-Chiari said"); 'it' right after a name's speech verb is that name."""

import pytest
from entity_stage import typed_names

from extractor import extract
from schemas import EntityType


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prices rose 0.2 pct, Statistics Canada said. Statistics Canada said demand rose.", "Statistics Canada"),
        ("The rigs fell to 83, Offshore Data Services said.", "Offshore Data Services"),
        ("The plan was reported by the Business Day newspaper on Monday.", "Business Day"),
    ],
)
def test_a_name_of_common_words_that_speaks_and_is_never_he_is_a_body(text: str, name: str) -> None:
    assert typed_names(text).get(name) is EntityType.ORG


def test_a_place_after_a_preposition_does_not_speak() -> None:
    found = typed_names("Police on Cedar Island said 2,000 protesters gathered.")
    assert found.get("Cedar Island") is not EntityType.ORG


def test_a_hyphenated_name_that_speaks_is_no_pairing() -> None:
    found = typed_names("Guido Schmidt-Chiari runs the bank. Schmidt-Chiari said he would stay.")
    assert found == {"Guido Schmidt-Chiari": EntityType.PERSON}
    assert typed_names("Petro-Canada said it would drill two wells.").get("Petro-Canada") is EntityType.ORG
    assert typed_names("The Reagan-Gorbachev summit ended on Sunday.").get("Reagan-Gorbachev") is EntityType.OTHER


def test_it_after_a_name_and_its_speech_verb_is_that_name() -> None:
    result = extract(
        "The United Auto Workers said it is willing to resume negotiations. American Motors earlier said it broke "
        "off talks with the UAW on a new contract."
    )
    assert [sorted(p.name for p in m.participants) for m in result.meetings] == [
        ["American Motors", "United Auto Workers"]
    ]
