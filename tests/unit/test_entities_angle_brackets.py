"""A name that fills angle brackets, wire copy's mark for a company without a ticker, is one company's."""

from entity_stage import typed_names

from extractor import extract
from schemas import EntityType


def test_a_bracketed_name_with_a_place_in_it_is_one_company() -> None:
    text = "<Norco of Oregon> said its board approved the offer. Norco said the talks would go on. It said costs fell."
    assert typed_names(text).get("Norco of Oregon") is EntityType.ORG
    assert [s.speaker.name for s in extract(text).statements if s.speaker] == ["Norco of Oregon"] * 3


def test_a_bracketed_single_word_is_a_company() -> None:
    assert typed_names("The stake was sold to <Ventrilo> last week.").get("Ventrilo") is EntityType.ORG

