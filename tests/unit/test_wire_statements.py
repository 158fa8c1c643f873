"""Statements in wire-service prose: bracketed company names, settings without 'that', past-tense verbs after a
name in 's, verbs that report only a clause, noun senses of cue forms, pronouns continuing a speaker's turn, and
the date of saying."""

from __future__ import annotations

from datetime import date

import pytest
from speech_stage import speech

from schemas import Statement


def _brief(s: Statement) -> tuple[str | None, str, str]:
    return (s.speaker.name if s.speaker else None, s.cue.text, s.content.text)


def _statements(text: str) -> list[tuple[str | None, str, str]]:
    return [_brief(s) for s in speech(text)[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the wire sets an unlisted company's name in angle brackets: the name is the subject
            "<Harbor Lights Corp> said it sold its ferry unit to a Boston investor group.",
            [("Harbor Lights", "said", "it sold its ferry unit to a Boston investor group")],
        ),
        (  # … and opening the sentence before an appositive; a bracketed name inside a clause is no subject
            "<Vallon Freres>, a unit of the Lyon textile group, said it is issuing 1.2 mln new shares. The bonds,"
            " called <Vallon Notes>, will be sold by the bank, said Vallon Freres in a statement.",
            [("Vallon Freres", "said", "it is issuing 1.2 mln new shares"),
             ("Vallon Freres", "said", "The bonds, called <Vallon Notes>, will be sold by the bank")],
        ),
        (  # figures from a body speak for it
            "Output rose 1.5 pct in April, according to preliminary figures from the Central Bureau of Statistics.",
            [("Central Bureau of Statistics", "according to", "Output rose 1.5 pct in April")],
        ),
        (  # 'the exchange', a noun the description lexicon lacks, is the exchange named before
            "The Osaka Grain Exchange said it will raise margins. The exchange said the rise takes effect in March.",
            [("Osaka Grain Exchange", "said", "it will raise margins"),
             ("Osaka Grain Exchange", "said", "the rise takes effect in March")],
        ),
        (  # an organisation's description the entity layer finds no name for continues the speaking body's turn
            "Fitchley Ratings Corp said it downgraded the bank's debt. The rating agency said the bank's liquidity"
            " was high.",
            [("Fitchley Ratings", "said", "it downgraded the bank's debt"),
             ("Fitchley Ratings", "said", "the bank's liquidity was high")],
        ),
        (  # … and so does the same description again, which the entity layer took for the first one's body
            "Harbor Pacific Corp said earnings rose. The bank said it earned 128 mln dlrs. The bank said costs of"
            " buying Rainier Bancorp cut earnings.",
            [("Harbor Pacific", "said", "earnings rose"), ("Harbor Pacific", "said", "it earned 128 mln dlrs"),
             ("Harbor Pacific", "said", "costs of buying Rainier Bancorp cut earnings")],
        ),
        (  # a body's description and its name set off in commas: the name speaks
            "The country's national news agency, Hanbit, said the surplus will near 10 billion dlrs.",
            [("Hanbit", "said", "the surplus will near 10 billion dlrs")],
        ),
        (  # 'one' of the unnamed deputies who spoke last
            "Deputies from three provinces said the premier was not forceful enough. One said the state had cut"
            " spending on agriculture.",
            [("Deputies from three provinces", "said", "the premier was not forceful enough"),
             ("Deputies from three provinces", "said", "the state had cut spending on agriculture")],
        ),
        (  # a group named for the people who lead it is its own, not the company named after it
            "The Hunt group said it bought shares of Comdata Network Inc. The group said it may buy more.",
            [("Hunt group", "said", "it bought shares of Comdata Network Inc"),
             ("Hunt group", "said", "it may buy more")],
        ),
        (
            "The official news agency, Tass, said the talks failed.",
            [("Tass", "said", "the talks failed")],
        ),
        (  # a name opening on an initial before two appositives, the second a body's name
            "F. Wilhelm Kristens, joint chief executive of West Germany's largest bank, Deutsche Bank, said the"
            " dollar would recover.",
            [("F. Wilhelm Kristens", "said", "the dollar would recover")],
        ),
        (  # a place in parentheses inside a company's name, then its legal suffix
            "The bonds carry a coupon of 4-1/2 pct and par pricing, lead manager Kanemori Finance (Europe) Ltd said.",
            [("Kanemori Finance", "said", "The bonds carry a coupon of 4-1/2 pct and par pricing")],
        ),
        (  # a person's name before two appositives, or before a role whose closing comma is missing
            "Utilities will face higher costs, Mark Ellery, a supply manager with Gasline, a Dallas broker, said."
            " Demand will rise, Carla Mendez, marketing director for Orlan Metals said.",
            [("Mark Ellery", "said", "Utilities will face higher costs"),
             ("Carla Mendez", "said", "Demand will rise")],
        ),
        (  # … and before a role with a prepositional phrase that runs on to the cue
            "Gas will be competitive, Paul Brenner, vice president of economic analysis at Gasline Association said.",
            [("Paul Brenner", "said", "Gas will be competitive")],
        ),
        (  # a company's first word alone, opening the sentence
            "Sun Co Inc said the well flowed 660 barrels a day. Sun said it has a 50 pct interest.",
            [("Sun", "said", "the well flowed 660 barrels a day"), ("Sun", "said", "it has a 50 pct interest")],
        ),
        (  # … and after the comma of a closing reporting clause, with a legal suffix read as no person
            "The fund will raise 40 mln dlrs from investors in Asia, <Penang Trust Bank Bhd> said.",
            [("Penang Trust Bank", "said", "The fund will raise 40 mln dlrs from investors in Asia")],
        ),
        (  # where it was said, then the clause without 'that'
            "Kestrel Mining Corp said in a statement the mine would reopen in May.",
            [("Kestrel Mining", "said", "the mine would reopen in May")],
        ),
        (  # a setting closing the clause is no content: what precedes the reporting clause is
            "Copper demand will rise, Clark predicted in his speech, the text of which was released today.",
            [("Clark", "predicted", "Copper demand will rise")],
        ),
        (  # a board declares a dividend, a person declares that something is so
            "Halvern Steel Inc said its board declared a dividend of 10 cts a share. The chairman declared that the"
            " strike was over.",
            [("Halvern Steel", "said", "its board declared a dividend of 10 cts a share"),
             ("chairman", "declared", "the strike was over")],
        ),
        (  # prices maintain their gains; no one speaks there
            "Cocoa prices maintained their early gains all day, traders said.",
            [("traders", "said", "Cocoa prices maintained their early gains all day")],
        ),
        (  # 'notes' after 'an offering of' is a noun
            "The bank priced an offering of notes due 1995 with an eight pct coupon, said lead manager Fenwick"
            " Securities.",
            [("Fenwick Securities", "said", "The bank priced an offering of notes due 1995 with an eight pct coupon")],
        ),
        (  # 'she' after a speaker's turn continues it, not a word named before the turn
            "A Marlow Foods spokeswoman said sales rose in March. The shares were issued in an offering by Pellworth"
            ' earlier this month. "There is no timetable," the spokeswoman said. She also said the company would'
            " open two plants.",
            [("Marlow Foods spokeswoman", "said", "sales rose in March"),
             ("Marlow Foods spokeswoman", "said", "There is no timetable,"),
             ("Marlow Foods spokeswoman", "said", "the company would open two plants")],
        ),
        (  # a listener's name goes on past 'and': what follows the whole name is what was said
            "Harold Simmons told the Securities and Exchange Commission it had cut its stake in the company.",
            [("Harold Simmons", "told", "it had cut its stake in the company")],
        ),
        (  # a participle after the reporting clause reports the same act, not a second one
            "The plant was shut on Sunday, a spokesman said, responding to a Reuter inquiry.",
            [("spokesman", "said", "The plant was shut on Sunday")],
        ),
    ],
)
def test_wire_statements(text: str, expected: list) -> None:
    assert _statements(text) == expected


def test_name_in_s_before_a_past_tense_verb_speaks() -> None:
    """'Moody's said' is a speech act; 'the company's announced plan' is not."""
    assert [c for _, c, _ in _statements("Moody's said the outlook for the utility's debt was stable.")] == ["said"]
    assert _statements("The company's announced plan would cut costs by a third.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"They are wrong," said 9/11 widow Nora Ellison.', "Nora Ellison"),  # a number in a modifier
        ('Residents walking through the square chanted "What curfew?" and kept going.',
         "Residents walking through the square"),  # a people noun and the participle modifying it
        ('The paper ran a profile. "He turned the city around," the article read.', "article"),  # past 'read'
    ],
)
def test_quote_speakers(text: str, speaker: str) -> None:
    quotes = speech(text)[0]
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "date_value"),
    [
        # a period right after the cue that a verb or noun follows is what was said about, not when
        ("Lord Catto said the second half of 1986 had been difficult for the group.",
         "the second half of 1986 had been difficult for the group", None),
        ("Halvern Steel Inc said first quarter sales will be higher than a year ago.",
         "first quarter sales will be higher than a year ago", None),
        # … while a time told from today dates the act
        ("The exchange said earlier today trading in the shares will resume on Monday.",
         "trading in the shares will resume on Monday", "1987-03-10"),
        # a date that qualifies a noun, or stands in a clause coordinated before the reporting clause, or in the
        # speaker's appositive, is not when it was said
        ("Although the company will keep its current dividend, Olson said the payout ratio would fall.",
         "the payout ratio would fall", None),
        ("Spain joined the community at the start of last year and farmers say they have suffered from imports.",
         "they have suffered from imports", None),
        ("Benjamin, who had served in the post since last November, said he was stepping down.",
         "he was stepping down", None),
        ("Yesterday Pacad said it had reached an agreement with the company.",
         "it had reached an agreement with the company", "1987-03-09"),
    ],
)
def test_date_of_saying(text: str, content: str, date_value: str | None) -> None:
    statements = speech(text, reference=date(1987, 3, 10))[1]
    assert [(s.content.text, s.date_value) for s in statements] == [(content, date_value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # past the commas, the phrase after a preposition is inside a relative clause: its antecedent speaks
            "Northgate Holdings, which is controlled by Carver Group Ltd, a Toronto investment firm, said it sold "
            "its stake in the mill.",
            [("Northgate Holdings", "said", "it sold its stake in the mill")],
        ),
        (  # … or inside a participle clause
            "<Lakeview Mining Corp>, based in Perth, Western Australia, said it found gold near Kalgoorlie.",
            [("Lakeview Mining", "said", "it found gold near Kalgoorlie")],
        ),
        (  # … and with no clause to hang on, nobody is the subject: no speech act by the preposition's object
            "The presence at the talks of Smith, the chief negotiator, suggests that the dispute is close to an end.",
            [],
        ),
        (  # a role after the name keeps its preposition ('a commissioner on the commission')
            "Trading rules should be revised, Robert Dale, a commissioner on the Futures Commission, CFTC, said.",
            [("Robert Dale", "said", "Trading rules should be revised")],
        ),
    ],
)
def test_subject_past_an_appositive_clause(text: str, expected: list) -> None:
    assert _statements(text) == expected


def test_a_date_opening_the_subject_is_the_clause_s() -> None:
    statements = speech("Earlier today aides to Finance Minister Paul Renard said the budget would be cut.",
                        reference=date(1987, 3, 10))[1]
    assert [(s.speaker.start if s.speaker else None, s.date_value) for s in statements] == [(14, "1987-03-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 'on' inside a body's name
            "The Joint Committee on Trade and Tariffs, chaired by Deputy Minister Anton Weiss, said its review would "
            "end soon.",
            [("Joint Committee on Trade and Tariffs", "said", "its review would end soon")],
        ),
        (  # a role in lower case after a body's name is the name's appositive
            "Rates will stay high, Laura Brennan, Fannie Mae executive vice president said.",
            [("Laura Brennan", "said", "Rates will stay high")],
        ),
    ],
)
def test_bodies_and_roles_before_the_cue(text: str, expected: list) -> None:
    assert _statements(text) == expected


def test_a_date_in_a_relative_clause_before_the_cue_is_not_when_it_was_said() -> None:
    text = "Under the accord, which runs through 1996, Harlow Power said it will sell the utility its power."
    statements = speech(text, reference=date(1987, 3, 10))[1]
    assert [(s.content.text, s.date_value) for s in statements] == [("it will sell the utility its power", None)]


def test_a_pronoun_continues_a_speaker_whose_first_name_read_as_the_other_gender() -> None:
    text = ('Beryl Hammond, chairman of the council, said exports were improving.\n\n'
            '"I am confident that trade will keep growing," he said.')
    quotes = speech(text)[0]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Beryl Hammond"]


def test_a_participle_after_a_closing_reporting_clause_is_not_dated_by_its_report() -> None:
    text = ("The plant is scheduled to go into commercial operation in early 1988, the company said, adding it had "
            "completed 15 wells in the field.")
    statements = speech(text, reference=date(1987, 6, 29))[1]
    assert [(s.cue.text, s.date_value) for s in statements] == [("said", None), ("adding", None)]


def test_they_closing_a_report_about_a_body_continues_the_people_whose_turn_it_is() -> None:
    text = ("The talks on the coal price failed, officials involved said.\n\n"
            "The Canadian mine insisted on keeping the present price, they said.")
    speakers = [(s.cue.start, s.speaker.name if s.speaker else None) for s in speech(text)[1]]
    assert (text.index("said.\n"), "officials involved") in speakers
    assert (text.rindex("said"), "officials involved") in speakers
