"""'the two men': a plural description that fit anyone, titled or not, and a person the text names
with a first name is one person even when another mention reads like a family ("the Sanders campaign")."""

from __future__ import annotations

import pytest

from extractor.entities import find_entities
from extractor.text import Document

CASES = [
    # both men carry titles: "men" is as generic as "man"
    ("Senator Arnold Bakker met Governor Lewis Hartwell on Monday. Aides said the two men talked for an hour.",
     "Arnold Bakker and Lewis Hartwell"),
    # "the Whitfields campaign" would make the entity a family; Thomas Whitfield is still one of the two men
    ("Relations between the White House and the Whitfields campaign are cool. President Edward Carrow met Thomas "
     "Whitfields on Friday, and the two men talked about the primaries.",
     "Edward Carrow and Thomas Whitfields"),
]


@pytest.mark.parametrize(("text", "members"), CASES)
def test_two_men(text: str, members: str) -> None:
    table = find_entities(Document(text), "en")
    start = text.index("the two")
    end = text.index(" ", text.index(" ", start + 4) + 1)
    mention = table.resolve(start, end)
    assert mention is not None and mention.entity is not None
    assert " and ".join(e.name for e in mention.entity.members) == members


TITLES = [
    # a preposition inside a capitalised title: the name after it is the head
    ("Minister for Fisheries Eamon Doyle said catches fell.", "Eamon Doyle"),
    ("Secretary of Labor Walter Pruitt said jobs rose.", "Walter Pruitt"),
    # ... not after a lower-case title, nor before a second title: the name is the owner
    ("A spokesman for Governor Walter Pruitt said jobs rose.", "spokesman for Governor Walter Pruitt"),
]


@pytest.mark.parametrize(("text", "name"), TITLES)
def test_title_with_a_preposition(text: str, name: str) -> None:
    table = find_entities(Document(text), "en")
    mention = table.resolve(0, text.index(" said"))
    assert mention is not None and mention.entity is not None
    assert mention.entity.name == name
