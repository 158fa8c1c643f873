"""Titles with more than one complement: "Minister of State for Finance and Industry" is all title."""

from extractor.entities import find_entities
from extractor.text import Document
from schemas import EntityType


def people(text: str) -> dict[str, list[str]]:
    table = find_entities(Document(text), "en")
    return {e.name: e.roles for e in table.entities if e.type is EntityType.PERSON}


def test_a_second_complement_stays_in_the_title():
    found = people("Tanzania's Minister of State for Finance Ramadhani Kombo said the plan was ready.")
    assert "Ramadhani Kombo" in found
    assert found["Ramadhani Kombo"] == ["Minister of State for Finance"]


def test_a_second_complement_joined_by_and_stays_in_the_title():
    found = people("Minister of State for Finance and Industry Omar Haddad said the talks ended.")
    assert "Omar Haddad" in found
    assert not any(name.startswith(("for ", "and ")) for name in found)
