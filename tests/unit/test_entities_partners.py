"""Two names joined by "and" that go on as one body ("said it has", "raised its") are one firm of partners, there and
wherever else the document writes the pair; a sentence-initial name that speaks with another is a name."""

import pytest
from entity_stage import typed_names

from extractor import extract
from schemas import EntityType


@pytest.mark.parametrize(
    "text",
    [
        "Marlow and Tennant said it has downgraded the bonds. The debt is weak, Marlow and Tennant said.",
        "Marlow and Tennant raised its ratings on the debt.",
        "Marlow and Tennant said it is upgrading the notes.",
    ],
)
def test_a_pair_that_speaks_of_itself_as_it_is_one_firm(text: str) -> None:
    found = typed_names(text)
    assert found.get("Marlow and Tennant") is EntityType.ORG
    assert "Marlow" not in found and "Tennant" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Reagan and Nakasone said it was time to act.",  # a dummy 'it'
        "Pelham and Garvey said they would settle.",
        "The deal was backed by Pelham and Garvey.",
    ],
)
def test_a_pair_without_one_body_after_it_stays_two_names(text: str) -> None:
    found = typed_names(text)
    assert not any(" and " in name for name in found)


def test_a_sentence_initial_name_that_speaks_with_another_is_a_name() -> None:
    assert {"Texaco", "Pennzoil"} <= set(typed_names("Texaco and Pennzoil said they would settle the suit."))


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        # a common word that speaks after a relative clause is a name; its pronoun types it
        ("Ford, which makes cars in Detroit, said sales rose.", "Ford", EntityType.ORG),
        ("Xylomar, which makes pumps, said sales rose.", "Xylomar", EntityType.ORG),
        ("Brannock, who chairs the panel, said the plan failed.", "Brannock", EntityType.PERSON),
    ],
)
def test_a_relative_clause_before_the_speech_verb_types_the_name(text: str, name: str, typ: EntityType) -> None:
    assert typed_names(text).get(name) is typ


def test_a_plural_before_a_relative_clause_is_no_name() -> None:
    assert "Dealers" not in typed_names("Dealers, who asked not to be named, said prices fell.")


def test_a_pair_of_partners_named_with_its_legal_form_is_that_firm_without_it() -> None:
    result = extract(
        "Procter and Gamble said sales rose. Procter and Gamble Co makes soap. Afterwards, Procter and Gamble told "
        "Kestrel Voice it would develop its own system."
    )
    assert [e.name for e in result.entities if "Gamble" in e.name] == ["Procter and Gamble"]
    assert [s.speaker.name if s.speaker else None for s in result.statements] == ["Procter and Gamble"] * 2


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The notes yield 9.1 pct, said lead manager Hollis, Brandt and Co.", "Hollis, Brandt"),
        ("The debentures are convertible at 30 dlrs, said sole manager Pryor, Dunmore and Co Inc.", "Pryor, Dunmore"),
    ],
)
def test_a_firm_of_partners_after_its_role_in_a_deal_is_the_speaker(text: str, firm: str) -> None:
    (statement,) = extract(text).statements
    assert statement.speaker is not None and statement.speaker.name == firm
    assert typed_names(text).get(firm) is EntityType.ORG
