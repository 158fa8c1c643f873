"""What a statement reports: numbers after 'said about', a clause after 'but', and cues inside a quote."""

from __future__ import annotations

from speech_stage import speech


def _contents(text: str) -> list[tuple[str, str]]:
    return [(s.cue.text, s.content.text) for s in speech(text)[1]]


def test_about_before_a_number_is_no_preposition() -> None:
    text = "Of the proceeds, the company said about 12 mln dlrs would go to its lenders."
    assert _contents(text) == [("said", "about 12 mln dlrs would go to its lenders")]


def test_a_clause_after_but_goes_on_with_what_was_said() -> None:
    text = "Output will pick up by the autumn, the minister said, but exports will stay weak for a year."
    assert _contents(text) == [
        ("said", "Output will pick up by the autumn, the minister said, but exports will stay weak for a year")
    ]


def test_what_the_speaker_did_after_but_is_not_what_was_said() -> None:
    text = "Output will pick up by the autumn, the minister said, but declined to give a forecast for exports."
    assert all(not content.startswith("Output") or "declined" not in content for _, content in _contents(text))


def test_a_cue_inside_a_quote_does_not_end_the_content() -> None:
    text = (
        '"The money is gone," Dunne said, adding, "The accounts have come out and said that the past was a '
        'disaster," Dunne added.'
    )
    assert ("adding", '"The accounts have come out and said that the past was a disaster,"') in _contents(text)


def test_a_number_after_a_cue_that_takes_a_listener_is_the_listener() -> None:
    text = "Sources said Weber told about 200 bankers in reply to questions that a rate cut was possible."
    assert ("told", "a rate cut was possible") in _contents(text)


def test_a_number_after_the_listener_opens_the_content() -> None:
    text = "A union spokesman told Reuters about half the dockers had returned to work."
    assert _contents(text) == [("told", "about half the dockers had returned to work")]


def test_a_quote_after_the_cue_is_what_was_said_not_a_closing_tail() -> None:
    text = "When asked about the vote, Marsh frowned and said, “No comment,” the Herald reported."
    assert ("said", "“No comment,”") in _contents(text)


def test_a_quantity_added_onto_something_is_no_content() -> None:
    text = "A tax credit had added about 100 mln stg onto second quarter results, which was the main reason for it."
    assert [cue for cue, _ in _contents(text)] == []


def test_what_the_speaker_did_besides_closes_the_reporting_clause() -> None:
    text = "Prices will rise later this year, the minister said, but declined to give a forecast."
    assert _contents(text) == [("said", "Prices will rise later this year")]
