"""A clause read as a noun phrase ("the plan failed") is no described entity; a group closed by a participle ("a
majority of those polled") still is."""

from extractor import extract


def test_a_clause_after_said_is_not_made_a_speaker() -> None:
    result = extract("Separately, John Smith, a spokesman, said the plan failed.")
    assert all(e.name != "plan failed" for e in result.entities)
    assert all(s.speaker is None or s.speaker.name != "plan failed" for s in result.statements)


def test_a_group_closed_by_a_participle_still_speaks() -> None:
    result = extract("A poll was taken on Monday. A majority of those polled said they liked the plan.")
    assert [s.speaker.name for s in result.statements if s.speaker] == ["majority of those polled"]
