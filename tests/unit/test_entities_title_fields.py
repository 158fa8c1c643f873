"""A capitalised title of several fields ("Minister of Industry and Trade", "Minister of State for Finance and
Industry") is one title before its holder's name, and a body's name before 'of' keeps its first word ("Monetary
Authority of Singapore")."""

import pytest
from entity_stage import table_for

from extractor import extract
from schemas import EntityType


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Turkish Minister of Industry and Trade Kemal Arlan said sugar output rose.", "Kemal Arlan",
         "Minister of Industry and Trade"),
        ("Minister of State for Finance and Industry Damas Mbeko said prices rose.", "Damas Mbeko",
         "Minister of State for Finance and Industry"),
    ],
)
def test_a_title_of_several_fields_names_its_holder_once(text: str, name: str, role: str) -> None:
    result = extract(text)
    people = [e for e in result.entities if e.type is EntityType.PERSON]
    assert [(e.name, e.roles) for e in people] == [(name, [role])]
    assert [s.speaker.name for s in result.statements if s.speaker] == [name]


def test_a_name_before_of_after_a_title_ends_the_title() -> None:
    result = extract("Analyst Edward Jonsen of Jonsen Redbook Associates said sales rose.")
    assert [s.speaker.name for s in result.statements if s.speaker] == ["Edward Jonsen"]


def test_a_government_body_named_before_of_keeps_its_first_word() -> None:
    names = {e.name for e in table_for("Monetary Authority of Singapore sources said the rate would hold.").entities}
    assert "Monetary Authority of Singapore" in names
    assert "Federal Reserve" in {e.name for e in table_for("Latest Federal Reserve data show a rise.").entities}
