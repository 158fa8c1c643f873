"""A lone name right after the noun of the body it names ("the statistics institute Istoc", "auditors Syndor") is
that body's, an organisation that "it" may later stand for."""

import pytest
from entity_stage import typed_names

from extractor import extract
from schemas import EntityType


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prices rose 0.3 pct in March, the national statistics institute Istoc said.", "Istoc"),
        ("Output fell, the research board Varnam said.", "Varnam"),
        ("A report by auditors Syndor gave a poor picture of the yard.", "Syndor"),
        ("Inflation slowed, the EC's statistics office Eurostal said.", "Eurostal"),
    ],
)
def test_a_name_after_its_body_noun_is_an_organisation(text: str, name: str) -> None:
    assert typed_names(text).get(name) is EntityType.ORG


def test_it_that_speaks_after_the_body_is_the_body() -> None:
    text = "Prices rose 0.3 pct in March, the national statistics institute Istoc said. It said food prices fell."
    assert [s.speaker.name if s.speaker else None for s in extract(text).statements] == ["Istoc", "Istoc"]
