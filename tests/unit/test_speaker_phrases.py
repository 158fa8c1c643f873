"""Speaker phrases that run long: a participle after the head noun, a name spelled out before its acronym, and the
subject a participle shares with its clause."""

from __future__ import annotations

from speech_stage import speech

from extractor.speech.noun_phrases import phrase_after
from schemas import Statement


def _statements(text: str) -> list[Statement]:
    return speech(text)[1]


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.cue.text, s.speaker.name if s.speaker else None) for s in _statements(text)]


def test_a_participle_after_a_people_noun_modifies_the_speaker() -> None:
    text = "A bank official attending the annual conference here said the merger would be completed soon."
    # (the phrase covers its modifier, as 'sources close to the ministry' does; the official is its head)
    assert [(s.cue.text, text[s.speaker.start : s.speaker.end] if s.speaker else None) for s in _statements(text)] == [
        ("said", "A bank official attending the annual conference")
    ]


def test_a_name_before_its_acronym_belongs_to_a_long_speaker_phrase() -> None:
    text = (
        "Shipments have not been hurt by the strike, Northern Grain Shipping Corporation (NGSC) Chairman and Chief "
        "Executive Officer Ahmed Salim al-Rashid told a local newspaper."
    )
    statements = _statements(text)
    assert [(s.cue.text, s.content.text) for s in statements] == [
        ("told", "Shipments have not been hurt by the strike")
    ]
    assert [s.speaker.name if s.speaker else None for s in statements] == ["Ahmed Salim al-Rashid"]


def test_a_participle_takes_the_subject_of_the_reporting_clause_not_of_the_clause_it_reports() -> None:
    text = (
        "Brennan said Walsh's trouble reminds him of his own early years, explaining, \"I know how it feels to be "
        'doubted."'
    )
    assert ("explaining", "Brennan") in _speakers(text)
    quotes = speech(text)[0]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Brennan"]
    # (the comma inside the closing mark of a title)
    text = 'Brennan said Walsh\'s trouble reminds him of the book "Hard Times," explaining, "I know how it feels."'
    assert ("explaining", "Brennan") in _speakers(text)


def test_a_participle_coordinated_with_another_shares_its_subject() -> None:
    text = (
        'Democrats were quick to react, with Mary Lane tweeting that the ruling was a "farce" and asking, "Who '
        'will pay for this?"'
    )
    assert _speakers(text) == [("tweeting", "Mary Lane"), ("asking", "Mary Lane")]


def test_a_participle_after_a_quote_is_no_inverted_reporting_clause() -> None:
    text = 'Mayor Tom Reilly gave a defence of "our city values," saying the town stood for "work and family."'
    quotes = speech(text)[0]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Tom Reilly", "Tom Reilly"]


def test_a_possessive_in_s_apostrophe_makes_the_cue_word_a_noun() -> None:
    text = "Hughes spoke on Monday. Reilly was unmoved by Hughes' comments, telling reporters the plan had failed."
    assert [c for c, _ in _speakers(text)] == ["telling"]


def test_an_age_before_an_appositive_stays_with_the_name() -> None:
    text = "Mark Dunne, 52, a wheat farmer from Kansas, said the harvest had failed."
    assert _speakers(text) == [("said", "Mark Dunne")]


def test_a_relative_clause_left_open_before_the_cue() -> None:
    text = '"This vote settles nothing," Anne Ford, who is chairman of the Farm Forum said in a statement.'
    assert _speakers(text) == [("said", "Anne Ford")]


def test_quoted_words_inside_an_appositive() -> None:
    text = '"We have had better days," delegate Bill Stone, wearing a red hat and "Stone" campaign pins, said quietly.'
    assert [q.speaker.name if q.speaker else None for q in speech(text)[0]] == ["Bill Stone"]


def test_a_name_and_colon_after_a_heading_dash_label_the_quote() -> None:
    text = 'Forecasters agree - Paul Kemp: "The late polls caught the swing that the early ones missed."'
    assert [q.speaker.name if q.speaker else None for q in speech(text)[0]] == ["Paul Kemp"]


def test_a_party_and_state_between_a_name_and_its_colon() -> None:
    text = 'Sen. Ruth Adler (D-Ore.): "Who gave you that figure?"'
    assert [q.speaker.name if q.speaker else None for q in speech(text)[0]] == ["Ruth Adler"]


def test_a_participle_after_a_quote_leaves_it_to_the_cue_before() -> None:
    text = (
        'Anna Berg said the tax was a problem. But she added, "I do not think it will be a big issue for long," adding '
        '"there will be a compromise."'
    )
    statements = _statements(text)
    assert [(s.cue.text, s.content.text) for s in statements][1:] == [
        ("added", "I do not think it will be a big issue for long,"),
        ("adding", '"there will be a compromise."'),
    ]


def test_a_participle_without_a_comma_stays_in_the_reported_clause() -> None:
    text = "Traders said the central bank told dealers it was observing the market closely."
    assert ("observing", "central bank") in [(c, n.lower() if n else None) for c, n in _speakers(text)]


def test_a_clause_opened_by_that_is_no_appositive_of_an_inverted_speaker() -> None:
    text = (
        'The union still demands, as a condition of any deal, that "fair criteria" be set for jobs, said the '
        "union official, who asked not to be named."
    )
    said = [s for s in _statements(text) if s.cue.text == "said"]
    assert [(s.speaker.name if s.speaker else None, s.content.text) for s in said] == [
        ("union official", 'The union still demands, as a condition of any deal, that "fair criteria" be set for jobs')
    ]


def test_a_name_after_to_before_a_participle_is_the_listener() -> None:
    text = (
        '"Many voters are unsure this year," Hale wrote in a letter to Newsweek explaining his choice, "but most '
        'agree the country needs a change."'
    )
    assert [q.speaker.name if q.speaker else None for q in speech(text)[0]] == ["Hale", "Hale"]


def test_a_document_filed_by_someone_speaks_for_them() -> None:
    text = '"The evidence does not support a charge," according to a court filing signed by prosecutor Ann Marsh.'
    assert _speakers(text) == [("according to", "Ann Marsh")]


def test_a_list_inside_a_relative_clause_before_the_cue() -> None:
    text = "Acme Alarm Corp, which installs, services and monitors alarm systems, said it hired Rothschild Inc."
    assert _speakers(text) == [("said", "Acme Alarm")]


def test_a_name_read_as_its_tail_takes_the_entity_it_names_whole() -> None:
    text = (
        "Procter and Gamble Co said it hired a new agency. The company gave no reason. Procter and Gamble said "
        "Grey will keep its other brands."
    )
    assert [n for _, n in _speakers(text)] == ["Procter and Gamble", "Procter and Gamble"]


def test_a_cue_in_a_clause_of_time_beside_the_reporting_clause_leads_no_quote() -> None:
    text = '"The waste," host Mary Dale said, as the crowd cheered. "The greed. The empty promises."'
    assert [q.speaker.name if q.speaker else None for q in speech(text)[0]] == ["Mary Dale", "Mary Dale"]


def test_the_article_opening_a_phrase_of_full_length_is_the_phrase_s() -> None:
    """A speaker phrase read back to its longest still takes the article before it, and with it the closing reporting
    clause keeps what it reports."""
    text = "Growers want higher prices, a spokesman for one of Portugal's largest olive oil refiners said."
    (s,) = _statements(text)
    assert text[s.speaker.start : s.speaker.end] == "a spokesman for one of Portugal's largest olive oil refiners"
    assert s.content.text == "Growers want higher prices"


def test_a_place_before_a_noun_after_the_cue_modifies_it() -> None:
    """'said a Mexican official': the nationality, the place or the party modifies the noun the lower-case words run
    on to, and the official speaks, not the country; a place before a verb is the whole phrase ('told Japan …')."""
    for text, phrase in [
        (
            "Coffee exports will rise sharply, said a Peruvian trade official who asked not to be named.",
            "a Peruvian trade official",
        ),
        ("Coffee exports will rise sharply, according to Brazilian officials.", "Brazilian officials"),
        ("Coffee exports will rise sharply, said a Santos branch vice president.", "a Santos branch vice president"),
    ]:
        (s,) = _statements(text)
        assert text[s.speaker.start : s.speaker.end] == phrase


def test_a_phrase_after_the_cue_ends_with_its_sentence() -> None:
    """A name and the next sentence's capitalised words are not one phrase ('according to Hale.\\n\\nThe senator …',
    'according to tax records. The senator …'), whatever the reach the caller gives; a title's dot ends nothing."""
    for text, phrase in [
        ("Turnout fell, according to Hale.\n\nThe Vermont senator won the state.", "Hale"),
        ("Turnout fell, according to tax records. The Vermont senator won.", "tax records"),
        ("Turnout fell, according to Sen. Ted Cruz.", "Sen. Ted Cruz"),
    ]:
        span = phrase_after(text, text.index("to ") + 2, len(text))
        assert span is not None and text[span[0] : span[1]] == phrase


def test_a_name_right_before_a_noun_for_people_modifies_it() -> None:
    """'said Corvane officials', 'The Harlan campaign … worded it': any name right before a noun for people or a body
    modifies it, as a place's does some words before ('said a U.S. trade official'); after the cue the phrase reads
    as it does before it ('Corvane officials said')."""
    text = "Output will rise sharply this year, said Corvane officials."
    (s,) = _statements(text)
    assert text[s.speaker.start : s.speaker.end] == "Corvane officials"
    span = phrase_after("said Corvane defended the plan.", 4, 31)
    assert span == (5, 12)
