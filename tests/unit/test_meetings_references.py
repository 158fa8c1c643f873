"""Participants named outside the trigger's clause, read through the real entity layer: group phrases
("the two men", "the two presidents") standing for the sides of a meeting just read or for the people the
text gives that title, and subjects whose title holds "of the" ("Chancellor of the Exchequer Nigel Lawson")."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_stage import meetings_of

from extractor import extract


def test_two_men_are_the_meeting_just_read() -> None:
    # the entity layer may read the company before a title as a person; the meeting just read names the two men
    text = "Finance Minister Dilson Funaro met Citibank chairman John Reed on Monday. The two men discussed the debt."
    assert meetings_of(text) == [("met", {"Dilson Funaro", "John Reed"})]


def test_two_presidents_are_the_people_titled_president() -> None:
    text = (
        "President Ronald Reagan spoke by telephone with Soviet President Andrei Gromyko on Monday.\n\n"
        'Analysts said the call went well. "It was a good start," said Margaret Thatcher.\n\n'
        "According to the Kremlin, the two presidents agreed to work out a date for a face-to-face meeting."
    )
    found = meetings_of(text)
    assert all(parties == {"Ronald Reagan", "Andrei Gromyko"} for _, parties in found)
    assert found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Chancellor of the Exchequer Nigel Lawson had a meeting with James Baker on Friday.",
         {"Nigel Lawson", "James Baker"}),
        ("Secretary of the Treasury James Baker met Kiichi Miyazawa on Friday.", {"James Baker", "Kiichi Miyazawa"}),
    ],
)
def test_subject_with_of_the_in_its_title(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a city before a group that works for no state says where they work: no side
        ("Argentina is negotiating with New York bankers for about two billion dlrs in new loans.", None),
        ("Brazil held talks with Chicago executives on Monday.", None),
        # ... a capital before the same group still stands for its state, and a state before it too
        ("Brazil held talks with Paris bankers on Monday.", {"Brazil", "France"}),
        ("Brazil held talks with U.S. bankers on Monday.", {"Brazil", "United States"}),
    ],
)
def test_city_before_a_private_group(text: str, parties: set[str] | None) -> None:
    assert [p for _, p in meetings_of(text)] == ([parties] if parties else [])


def test_a_quote_after_a_listed_name_opens_the_next_clause() -> None:
    text = ('Secretary of State George Shultz is scheduled to meet next month with representatives of the Soviet '
            'Union, and the union "wanted to be certain the secretary knew our concerns."')
    assert [p for _, p in meetings_of(text)] == [{"George Shultz", "Soviet Union"}]


def test_the_two_before_a_verb_are_the_two_people_just_named() -> None:
    text = ("Chinese leader Deng Xiaoping told visiting Secretary of State George Shultz that the troubles were over. "
            "The two discussed arms sales to Iran.")
    assert [p for _, p in meetings_of(text)] == [{"Deng Xiaoping", "George Shultz"}]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the other side of talks one travelled to a state for is its government
        ("A World Bank team arrived in Uganda for talks on an economic recovery program.", {"World Bank", "Uganda"}),
        ("Belgian Trade Minister Herman De Croo was also in Washington for trade talks.",
         {"Herman De Croo", "United States"}),
        # ... said in an apposition on the traveller
        ("World Bank president Barber Conable, in Kenya for talks with finance officials, said the loan was safe.",
         {"Barber Conable", "Kenya"}),
        # ... not a city that is no capital, nor one's way home
        ("The minister arrived in Geneva for talks on arms control.", None),
        ("Treasury Secretary James Baker returned to Washington for talks.", None),
        # a with-phrase naming the other side wins
        ("Prime Minister Yasuhiro Nakasone will visit Washington next week for talks with President Reagan.",
         {"Yasuhiro Nakasone", "Reagan"}),
    ],
)
def test_travelled_for_talks(text: str, parties: set[str] | None) -> None:
    assert [p for _, p in meetings_of(text)] == ([parties] if parties else [])


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a capital the gazetteer knows first as a region stands for its state
        ("Taiwan announced tariff cuts shortly before trade talks with Washington.", {"Taiwan", "United States"}),
        # demonyms inside a compound the entity table read as one name, when the text names their states
        ("The Soviet Union said Soviet-American talks on missiles had made a breakthrough, the United States agreed.",
         {"Soviet Union", "United States"}),
    ],
)
def test_states_behind_capitals_and_demonyms(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


def test_groups_of_two_states_timed_by_talks() -> None:
    text = "Canadian and Egyptian wheat negotiators failed to conclude an agreement during talks last week."
    assert [p for _, p in meetings_of(text)] == [{"Canada", "Egypt"}]
    # ... but people named by a common noun are no sides: "shares" are nobody's delegation
    assert meetings_of("Exxon and Mobil shares rose after the OPEC meeting.") == []


def test_a_relative_clause_on_what_talks_bring_keeps_its_own_date() -> None:
    from extractor.pipeline import extract

    text = ("Chancellor of the Exchequer Nigel Lawson said progress was made in talks with Japan that would lead to "
            "membership of the exchange for three banks next year.")
    (meeting,) = extract(text).meetings
    assert meeting.date_value is None
    text = "Secretary of State George Shultz held talks with Eduard Shevardnadze which will continue on Tuesday."
    (meeting,) = extract(text).meetings
    assert meeting.date_value == "XXXX-WXX-2"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # calling on a person is visiting him; calling on someone to act is a demand
        ("Japanese Foreign Minister Tadashi Kuranari called on Secretary of State George Shultz at the State "
         "Department on Monday.", {"Tadashi Kuranari", "George Shultz"}),
        ("The Senate committee this week called on President Ronald Reagan in a resolution to retaliate.", None),
        ("The candidates called on Prime Minister Yasuhiro Nakasone, who is due to step down, to mediate.", None),
        ("Congress called on Japan to open its markets.", None),
        # a fronted press conference after talks: the speaker of the main clause held them
        ("In a press conference after talks with South Korean leaders, Commerce Secretary Malcolm Baldrige praised "
         "the plan.", {"Malcolm Baldrige", "South Korea"}),
    ],
)
def test_calls_on_and_fronted_talks(text: str, parties: set[str] | None) -> None:
    assert [p for _, p in meetings_of(text)] == ([parties] if parties else [])


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("After his meeting with Japanese Prime Minister Yasuhiro Nakasone, Treasury Secretary James Baker said the "
         "dollar was stable.", {"James Baker", "Yasuhiro Nakasone"}),
        ("Following her talks with Soviet leader Mikhail Gorbachev, British Prime Minister Margaret Thatcher said "
         "relations had improved.", {"Margaret Thatcher", "Mikhail Gorbachev"}),
        # the pronoun's gender must fit the main clause's subject
        ("Following her talks with Soviet leader Mikhail Gorbachev, Treasury Secretary James Baker said relations "
         "had improved.", None),
    ],
)
def test_a_fronted_possessive_points_to_the_main_subject(text: str, parties: set[str] | None) -> None:
    assert [p for _, p in meetings_of(text)] == ([parties] if parties else [])


def test_a_pronoun_read_as_the_other_side_is_the_person_named_before() -> None:
    # the entity table takes "he" for the last person named (Suharto), who cannot meet himself
    text = (
        "Trade envoy Michael Kessler praised the reforms on Tuesday but asked for more. "
        "Speaking to journalists after talks with President Pedro Alves, he said he hoped for lower tariffs."
    )
    assert [p for _, p in meetings_of(text)] == [{"Michael Kessler", "Pedro Alves"}]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # "the two companies": the bodies named last, even as subject and object of one verb
        ("Norvik Mining Corp said on Monday it had agreed with Dalen Metals Inc to study a smelter. "
         "The two companies will hold talks next week.", {"Norvik Mining", "Dalen Metals"}),
        # "the two sides": two states named in one sentence ("the United States for" names no noun's modifier), not
        # the unnamed speakers in between
        ("Japan has asked the United States for emergency consultations on chips. "
         "Officials said the two sides would probably meet next week.", {"Japan", "United States"}),
        # ... and whom someone told is none of them
        ("Norvik Mining Corp agreed with Dalen Metals Inc to study a smelter. "
         "A spokesman told Reuters the two companies are discussing a venture.", {"Norvik Mining", "Dalen Metals"}),
    ],
)
def test_two_sides_named_in_the_sentence_before(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a progressive "were negotiating" is a finite verb: bodies coordinated as its subject negotiate with each other
        ("Norvik Mining Corp and Dalen Metals Inc said on Monday they were negotiating an accord on a smelter.",
         {"Norvik Mining", "Dalen Metals"}),
        # ... but people "are negotiating financing" with others, and a gerund's subjects did not meet each other
        ("Chairman Peter Alvik and Vice Chairman Tom Berle are negotiating financing for the bid.", None),
        ("Norvik Mining Corp and Dalen Metals Inc spent two days negotiating contracts.", None),
    ],
)
def test_a_progressive_verb_with_a_coordinated_subject(text: str, parties: set[str] | None) -> None:
    assert [p for _, p in meetings_of(text)] == ([parties] if parties else [])


def test_internal_discussions_are_no_meeting_between_the_subjects() -> None:
    text = "Norvik Mining Corp and Dalen Metals Inc said they have been having both internal and external discussions."
    assert meetings_of(text) == []


def test_two_mentions_dated_the_same_day_one_with_a_part_of_the_day_are_one_meeting() -> None:
    # (a surname opening the text meets 'U.S. Treasury Secretary James Baker': a name, as before 'Baker')
    text = (
        "Miyazawa met with U.S. Treasury Secretary James Baker early this afternoon and discussed the dollar. "
        "Miyazawa failed to outline the size of the package in his meeting with Baker today."
    )
    (meeting,) = extract(text, date(1987, 4, 7)).meetings
    assert meeting.date_value is not None and meeting.date_value.startswith("1987-04-07")
