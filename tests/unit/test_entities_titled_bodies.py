"""A lone word after a lower-case title and "of" ("the new chairman of Allegis") or before a company's part ("an
Allegis subsidiary") names a body; a sentence-initial word that meets someone named is a name ("Obama met Xi")."""

import pytest
from entity_stage import typed_names

from extractor import extract
from schemas import EntityType


@pytest.mark.parametrize(
    "text",
    [
        "Harlan Moss said he met with the new chairman of Veltrona, Frank Osler.",
        "The pilots offered to buy the airline, a Veltrona subsidiary, last month.",
        "A spokesman for Veltrona declined to comment.",
    ],
)
def test_a_word_a_title_or_a_company_part_governs_is_a_body(text: str) -> None:
    assert typed_names(text).get("Veltrona") is EntityType.ORG


def test_a_title_before_for_other_than_a_spokesman_types_nothing() -> None:
    assert typed_names("Marchers said they want justice for Terrell, and pledged to stay calm.").get("Terrell") is not (
        EntityType.ORG
    )


def test_the_meeting_of_two_names_opening_a_sentence_has_both_people() -> None:
    result = extract("Obama met Xi in Beijing on Tuesday.")
    assert {e.name: e.type for e in result.entities}.get("Obama") is EntityType.PERSON
    assert [sorted(p.name for p in m.participants) for m in result.meetings] == [["Obama", "Xi"]]


def test_a_contraction_that_meets_someone_is_no_name() -> None:
    assert "I’ve" not in typed_names("“I’ve met Mr. Trump more than once,” he said.")
