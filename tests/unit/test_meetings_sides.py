"""Who the sides are when other words of the sentence look like parties: a title's portfolio word before the
subject, the speaker of a speech verb rather than the first name of what was said, a "their" owned by an unnamed
subject, and a name that only says which meeting ("the Venice summit")."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

SIDES = [
    # a portfolio word is part of the subject's title, after a speech verb
    (
        "Trade sources said farm commissioner Piet Vandermeer met Dutch minister Paul Hoekstra on Tuesday.",
        {"Piet Vandermeer", "Paul Hoekstra"},
    ),
    (
        "Rail unions said aviation secretary Margaret Ollerton met Irish minister Sean Brennan late on Friday.",
        {"Margaret Ollerton", "Sean Brennan"},
    ),
    # the speaker of "said", not the first name of the sentence (what was said)
    (
        "Norway is open to a compromise, Finnish Foreign Minister Paavo Rantanen said after talks with King Olav of "
        "Norway.",
        {"Paavo Rantanen", "Olav"},
    ),
    # a date owns no meeting: the speaker of "said after" is the side
    (
        "Treasury Secretary Paul Hagen said after Monday's talks with Finance Minister Erich Brandt that rates would "
        "fall.",
        {"Paul Hagen", "Erich Brandt"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), SIDES)
def test_sides(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


NO_MEETING = [
    # "their" belongs to the bare group that opens its clause, whom no name says
    "Radio Nord and the Swedish news agency TT said senior ministers ended their talks late on Sunday.",
    "The Dagbladet newspaper reported that negotiators had suspended their talks.",
    # the meeting noun's owner is a side the text does not name: not the speaker of the sentence
    "The Lusaka Times said another issue in the government's current talks with the International Monetary Fund "
    "was the auction.",
    "Chairman John Reed said the company's talks with Citicorp have ended.",
]


@pytest.mark.parametrize("text", NO_MEETING)
def test_no_meeting(text: str) -> None:
    assert meetings_of(text) == []


def test_a_city_before_a_meeting_noun_is_which_meeting_not_a_side() -> None:
    found = meetings_of(
        "Prime Minister Ingvar Carlsson said his meeting with President Mauno Koivisto and the Bergen economic "
        "summit in June would settle the matter."
    )
    assert all("Bergen" not in parties for _, parties in found)


# a bare plural ("the ministers", "the countries") with no meeting just read names no two parties: the last two
# people named are not who it stands for
BARE_PLURALS = [
    "Belgian Finance Minister Mark Eyskens spoke to reporters, with EC Commission President Jacques Delors beside "
    "him. Eyskens said the ministers and central bankers also discussed the realignments.",
    "Treasury Secretary Paul Hagen praised trade envoy Mark Lindqvist on Monday. Sharp moves would lead to "
    "consultations between the countries, the statement said.",
]


@pytest.mark.parametrize("text", BARE_PLURALS)
def test_bare_plural_without_a_meeting_just_read(text: str) -> None:
    assert meetings_of(text) == []


def test_the_ministers_after_a_meeting_are_its_sides() -> None:
    found = meetings_of(
        "Finance Minister Karl Brandt met Italian Treasury Minister Paolo Conti in Rome on Monday. The ministers "
        "will meet again in June."
    )
    assert found and all(parties == {"Karl Brandt", "Paolo Conti"} for _, parties in found)


MORE_SIDES = [
    # "on" and an island or region after the verb says where, as "in Geneva" does
    (
        "The pact was signed after President Edward Carrow and Indonesia's President Wiranto Sastro met on Lombok.",
        {"Edward Carrow", "Wiranto Sastro"},
    ),
    # a part of a hyphenated compound modifies the noun after it; the subject of "hopes" that clause's subject
    (
        "Trade envoy Paul Hagen said he hopes Prime Minister Kenji Morita will ease U.S.-Japan trade friction at a "
        "meeting with President Edward Carrow.",
        {"Kenji Morita", "Edward Carrow"},
    ),
    # a possessive written with a bare apostrophe after a "z", and a city between owner and noun
    (
        "A decision could emerge from Secretary of State Walter Schulz' Moscow talks with Foreign Minister Ivan "
        "Petrov.",
        {"Walter Schulz", "Ivan Petrov"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), MORE_SIDES)
def test_more_sides(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


def test_a_pronoun_after_an_object_phrase_opens_the_next_clause() -> None:
    # "it" is the subject of "is confident", not a part of "commercial banks"
    assert (
        meetings_of(
            "Harlow Lynch will provide equity in Denholm Holdings. Harlow Lynch said that following discussions "
            "with commercial banks it is confident it can obtain the rest of the financing."
        )
        == []
    )


def test_a_headline_capital_after_a_name_is_no_party() -> None:
    # "Launch" is a common word capitalised by a headline, not a person beside the United Kingdom
    assert [
        p for _, p in meetings_of("Norway and the U.K. Launch fresh fishing talks today amid signs of friction.")
    ] == [{"Norway", "United Kingdom"}]


def test_the_second_word_of_a_name_read_apart_is_no_party() -> None:
    assert (
        meetings_of("The statement said American Express and Shearson have been having discussions on the matter.")
        == []
    )


TOLD = [
    # whom the speaker told is no subject of what was told
    ("Central Bank President Jorge Alvarado told Reuters the negotiations with the Paris Club had been successful.",
     {"Jorge Alvarado", "Paris Club"}),
    ("Farm leader George Petersen, on a lobbying tour, told Reuters in an interview meetings with officials from the "
     "Italian Foreign Ministry had gone well.", {"George Petersen", "Italian Foreign Ministry"}),
]


@pytest.mark.parametrize(("text", "parties"), TOLD)
def test_whom_the_speaker_told_is_no_side(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


# people a verb's object lists met whoever is the subject, not each other: with no named subject there is no meeting
OBJECTS_ONLY = [
    "The visiting leader will hold talks with the prime minister and meet Queen Ingrid and Prince Harald during the "
    "visit.",
    "The program was delayed by calls from Britain, France and West Germany for cuts in the budget.",
]


@pytest.mark.parametrize("text", OBJECTS_ONLY)
def test_objects_without_a_named_subject(text: str) -> None:
    assert meetings_of(text) == []


# a state or city an envoy is posted to is no side; a relative clause on such an unnamed envoy keeps its subject
def test_the_place_an_envoy_is_posted_to_is_no_side() -> None:
    found = meetings_of(
        "Prime Minister Kemal Arslan spoke to reporters after talks with Turkey's ambassador to Athens who arrived "
        "last night from a meeting with Greek Prime Minister Andreas Stavrou."
    )
    assert all("Athens" not in parties for _, parties in found)
    assert all(parties != {"Kemal Arslan", "Andreas Stavrou"} for _, parties in found)


def test_a_name_modifying_a_noun_is_no_recent_party() -> None:
    # "the Plaza accord" names an accord: "their meeting" is the people named
    found = meetings_of(
        "Finance Minister Hans Stolberg said Treasury Secretary James Baker and Bundesbank President Karl Pohl had "
        "all reached a positive evaluation of the Plaza accord during their meeting on Monday."
    )
    assert found and all("Plaza" not in parties for _, parties in found)


def test_a_state_ending_a_body_s_name_is_no_side() -> None:
    found = meetings_of(
        "Harlan Steel Corp said it agreed to resume negotiations with the United Steelworkers of America at the "
        "plant level."
    )
    assert all("United States" not in parties for _, parties in found)


def test_the_subject_of_what_a_paper_reported() -> None:
    assert [p for _, p in meetings_of("The Asahi Shimbun daily reported Treasury Secretary James Baker called "
                                      "Finance Minister Kenji Morita this week to warn him.")] == [
        {"James Baker", "Kenji Morita"}
    ]


# "their" owned by a bare plural that opens the sentence, and a bare one-word description before a group noun:
# neither names the parties
UNNAMED_OWNERS = [
    "Finance Minister Anwar Salleh met Tunisian envoy Habib Kacem on Monday. The directors are expected to end their "
    "meetings later today.",
    "Analysts at Bankers Trust did not foresee a major impact. Company sources currently in talks with Algeria agree, "
    "saying that Algerian gas would only serve to meet peak demand.",
]


@pytest.mark.parametrize("text", UNNAMED_OWNERS)
def test_unnamed_owners_name_no_parties(text: str) -> None:
    assert all(trigger not in ("meetings", "talks") for trigger, _ in meetings_of(text))


def test_it_for_a_state_named_only_inside_a_body_s_name() -> None:
    # "it" is the guild; the table's state ("America") is only the end of its name
    found = meetings_of(
        "The Screen Actors Guild of America said it agreed to meet with representatives of Halcyon Pictures Inc on "
        "Thursday."
    )
    assert all(parties <= {"Screen Actors Guild of America", "Halcyon Pictures"} for _, parties in found)


def test_a_state_word_opening_a_company_name_is_no_side() -> None:
    # the entity layer also reads "American" as the United States; the company's name holds it
    text = "American Motors Corp broke off talks with General Motors Corp on Friday."
    assert [p for _, p in meetings_of(text)] == [{"American Motors", "General Motors"}]


def test_a_meeting_noun_after_to_and_an_article_is_no_object_of_the_subject_s_verb() -> None:
    # "close to the negotiations": the subject did not hold them (the paper's name is read as two names)
    text = ("The Toronto Globe and Mail, quoting sources close to the negotiations, said Dome broke off talks with "
            "TransCanada PipeLines Ltd on Friday.")
    assert [p for _, p in meetings_of(text)] == [{"Dome", "TransCanada PipeLines"}]


@pytest.mark.parametrize(
    "text",
    [
        "Mexico and Guatemala, the two main coffee growers in the region, opened border trade talks last month.",
        "Mexico and Guatemala - the two main coffee growers of the region with exports of two mln bags a year - "
        "opened border trade talks last month.",
    ],
)
def test_an_apposition_on_coordinated_subjects_is_passed_over(text: str) -> None:
    assert [p for _, p in meetings_of(text)] == [{"Mexico", "Guatemala"}]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a state and common nouns before a company's name say what it is: the company is the side
        ("Lufthansa is discussing marketing cooperation with U.S. regional carrier Piedmont Aviation Inc, a "
         "Lufthansa spokesman said.", {"Lufthansa", "Piedmont Aviation"}),
        ("Bank of Montreal ended merger talks with Canadian broker Dominion Securities Inc on Friday.",
         {"Bank of Montreal", "Dominion Securities"}),
    ],
)
def test_a_state_describing_a_company_is_no_side(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a name hyphened to a participle modifies the head of the phrase
        ("Budget Director James Miller has been negotiating with the Democrat-controlled Congress since March.",
         {"James Miller", "Congress"}),
        ("Secretary of State George Shultz met with U.S.-backed rebel leader Adolfo Calero in Miami on Monday.",
         {"George Shultz", "Adolfo Calero"}),
    ],
)
def test_a_name_hyphened_to_a_participle_is_no_side(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a name modifying the meeting noun is a side when nothing else in the sentence is
        ("The advice is contained in the conclusions of the annual IMF consultations with Portugal on its budget.",
         {"IMF", "Portugal"}),
        # ... not a venue, which says where
        ("During a White House lunch with Prime Minister Brian Mulroney on Monday, the president spoke of trade.",
         None),
    ],
)
def test_a_name_modifying_the_meeting_noun(text: str, parties: set[str] | None) -> None:
    assert [p for _, p in meetings_of(text)] == ([parties] if parties else [])


@pytest.mark.parametrize(
    "text",
    [
        # the subject's side is unnamed (or only the other side's own state): the names left are one side
        "Lenders say the dispute could come up again in talks with Chile and Peru.",
        "Several lawmakers and U.S. steel industry executives met with Commerce Department and State Department "
        "officials on Monday.",
        # ... or nobody is said to be on it
        '"We expect rapid progress in bank discussions with Argentina, Chile and Peru," he said.',
    ],
)
def test_the_other_side_alone_is_no_meeting(text: str) -> None:
    assert meetings_of(text) == []


def test_a_lower_case_title_opening_the_clause_keeps_its_name_the_subject() -> None:
    # "said <lower-case title> Name ... will meet": the titled name is the subject, not the speaker
    text = ("Lee spoke on Monday. He said farm programs deputy administrator Carl Brandt is now on a speaking tour and "
            "will meet with FmHA officials in Denver next week.")
    assert [p for _, p in meetings_of(text)] == [{"Carl Brandt", "FmHA"}]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a possessive opening the verb's object is no party in the way of the with-phrase
        ("Harlow Systems Inc said it is negotiating its planned merger with Dalen Metals Inc.",
         {"Harlow Systems", "Dalen Metals"}),
        # ... after a preposition it owns another noun, whose with-phrase that is
        ("Senator Ann Berg spoke briefly of her friendship with President Carl Brandt.", None),
    ],
)
def test_a_possessive_object_before_with(text: str, parties: set[str] | None) -> None:
    assert [p for _, p in meetings_of(text)] == ([parties] if parties else [])
