"""Meeting rules on news-style sentences: trigger families, participant structures, word senses.

The entity table is the stand-in of test_meetings_fakes.py, so each case states which names exist and
the test checks only what the meeting rules make of them.
"""

from __future__ import annotations

import pytest
from test_meetings_fakes import run

P, ORG, G = "PERSON", "ORG", "GPE"
LEADERS = {
    "Barack Obama": (P, "Obama"),
    "Shinzo Abe": (P, "Abe"),
    "Park Geun-hye": (P, "Park"),
    "Angela Merkel": (P, "Merkel"),
    "Vladimir Putin": (P + ">Russia", "Putin"),
    "Russia": (G, "Russian"),
    "Mohammed bin Zayed": (P,),
    "United Arab Emirates": (G,),
    "Kemal Kilicdaroglu": (P,),
    "Devlet Bahceli": (P,),
    "Recep Erdogan": (P, "Erdogan"),
    "John Kerry": (P, "Kerry"),
    "Sergei Lavrov": (P, "Lavrov"),
    "Javad Zarif": (P, "Zarif"),
    "Ronald Reagan": (P, "Reagan"),
    "Mikhail Gorbachev": (P, "Gorbachev"),
    "Xi Jinping": (P, "Xi"),
    "United States": (G, "U.S."),
    "Japan": (G, "Japanese"),
    "Soviet Union": (G,),
    "South Korea": (G, "South Korean"),
    "Germany": (G,),
    "France": (G,),
    "Moscow": (G,),
    "Geneva": (G,),
    "Tokyo": (G,),
    "Washington": (G,),
    "Vienna": (G,),
    "Egypt": (G,),
    "Jordan": (G,),
    "Turkey": (G,),
    "Saudi Arabia": (G,),
    "Ministry of Trade": (ORG, "MOT"),
    "Chuck Grassley": (P,),

    "Bill Maher": (P,),
}


def _parties(text: str) -> list[tuple[str, set[str]]]:
    return [(m.trigger.text, {p.name for p in m.participants}) for m in run(text, LEADERS)]


TRIGGER_FAMILIES = [
    # meet (verb, "with", direct object, gerund)
    ("Obama met Abe in Tokyo on Tuesday.", "met", {"Barack Obama", "Shinzo Abe"}),
    ("Obama will meet with Abe next week.", "meet", {"Barack Obama", "Shinzo Abe"}),
    ("Kerry meets separately with Lavrov.", "meets", {"John Kerry", "Sergei Lavrov"}),
    ("Xi said, after meeting Obama, that ties were improving.", "meeting", {"Xi Jinping", "Barack Obama"}),
    # meeting noun
    ("Obama held a meeting with Merkel at the White House.", "meeting", {"Barack Obama", "Angela Merkel"}),
    # talks
    ("Kerry held talks with Lavrov in Geneva.", "held talks", {"John Kerry", "Sergei Lavrov"}),
    ("Talks between the United States and Japan ended without a deal.", "Talks", {"United States", "Japan"}),
    ("Kerry discussed the crisis with Lavrov on Monday.", "discussed", {"John Kerry", "Sergei Lavrov"}),
    # summit
    ("The earlier Reagan-Gorbachev summit took place in Geneva.", "summit", {"Ronald Reagan", "Mikhail Gorbachev"}),
    ("Obama and Abe will hold a summit in Tokyo.", "summit", {"Barack Obama", "Shinzo Abe"}),
    # conference between named parties
    ("A conference between Egypt and Jordan opened in Vienna.", "conference", {"Egypt", "Jordan"}),
    # phone
    ("Obama spoke by phone with Merkel about the crisis.", "spoke by phone", {"Barack Obama", "Angela Merkel"}),
    ("Obama had a telephone call with Putin on Friday.", "telephone call", {"Barack Obama", "Vladimir Putin"}),
    ("Merkel received a phone call from Obama on Friday.", "phone call", {"Angela Merkel", "Barack Obama"}),
    ("In a call with Merkel, Obama urged calm.", "call", {"Barack Obama", "Angela Merkel"}),
    # negotiations, consultations, audience
    ("Negotiations between Egypt and Turkey resumed in Vienna.", "Negotiations", {"Egypt", "Turkey"}),
    ("Kerry held consultations with Zarif in Vienna.", "consultations", {"John Kerry", "Javad Zarif"}),
    ("Merkel had an audience with Putin in Moscow.", "audience", {"Angela Merkel", "Vladimir Putin"}),
    ("Putin granted an audience to Merkel in Moscow.", "audience", {"Vladimir Putin", "Angela Merkel"}),
    # hosted, received (active and passive), visited a person
    ("Putin hosted Erdogan at the Kremlin.", "hosted", {"Vladimir Putin", "Recep Erdogan"}),
    ("Putin received Erdogan at the Kremlin on Monday.", "received", {"Vladimir Putin", "Recep Erdogan"}),
    ("Erdogan was received by Putin at the Kremlin.", "received", {"Recep Erdogan", "Vladimir Putin"}),
    ("Kerry visited Zarif at his residence.", "visited", {"John Kerry", "Javad Zarif"}),
    # a (courtesy) call paid on someone is a visit to them
    ("Abe paid a brief courtesy call on Obama at the White House.", "paid a brief courtesy call on", {
        "Shinzo Abe", "Barack Obama"}),
    ("Kerry will pay a call on Zarif in Vienna.", "pay a call on", {"John Kerry", "Javad Zarif"}),
    # a holding verb with modifiers is part of the trigger; phone verbs in any tense
    ("Obama and Abe will hold security talks in Tokyo.", "hold security talks", {"Barack Obama", "Shinzo Abe"}),
    ("Obama had recently spoken by telephone with Merkel.", "spoken by telephone", {"Barack Obama", "Angela Merkel"}),
    # the noun's predicate before its between-phrase
    ("Talks are underway between Egypt and Jordan on water.", "Talks", {"Egypt", "Jordan"}),
]


@pytest.mark.parametrize(("text", "trigger", "parties"), TRIGGER_FAMILIES)
def test_trigger_families(text: str, trigger: str, parties: set[str]) -> None:
    assert _parties(text) == [(trigger, parties)]


PARTICIPANT_STRUCTURES = [
    # coordinated subjects, with titles between the names
    (
        "U.S. President Barack Obama, South Korean President Park Geun-hye and Japanese Prime Minister "
        "Shinzo Abe met in Washington.",
        {"Barack Obama", "Park Geun-hye", "Shinzo Abe"},
    ),
    # an adjunct phrase after the verb is no object
    ("Obama, Park and Abe met on the sidelines of the conference.", {"Barack Obama", "Park Geun-hye", "Shinzo Abe"}),
    # an object list closed by "and", with caption position notes
    ("Kerry, center, meets with Lavrov, left, and Zarif in Vienna.", {"John Kerry", "Sergei Lavrov", "Javad Zarif"}),
    # an apposition after the object is not a second party
    ("Kerry met Zarif, the chief negotiator of Iran, in Vienna.", {"John Kerry", "Javad Zarif"}),
    # group phrases stand for their state
    ("U.S. and Japanese negotiators will hold emergency meetings next week.", {"United States", "Japan"}),
    ("Officials of the Ministry of Trade (MOT) held technical talks with U.S. officials.", {
        "Ministry of Trade", "United States"}),
    ("Saudi Arabia said it will host talks with officials from Egypt, Turkey and Jordan.", {
        "Saudi Arabia", "Egypt", "Turkey", "Jordan"}),
    # a pronoun subject resolved through the entity table
    ("Obama arrived in Tokyo. He met Abe on Tuesday.", {"Barack Obama", "Shinzo Abe"}),
    # a relative clause hangs on its name
    ("Kerry spoke to Zarif, who arrived from a meeting with Lavrov.", {"Javad Zarif", "Sergei Lavrov"}),
    # the subject of a reporting verb when the meeting clause has none
    ("Obama told reporters that before a meeting with Abe on Monday, ties were strained.", {
        "Barack Obama", "Shinzo Abe"}),
    # "their summit" right after the two were named
    ("Reagan said the plan followed the formula he agreed upon with Gorbachev at their summit.", {
        "Ronald Reagan", "Mikhail Gorbachev"}),
    # invited/summoned X for talks
    ("Obama invited Abe to Washington for talks.", {"Barack Obama", "Shinzo Abe"}),
    # "after" opening a clause with its own subject
    ("The truce held after Kerry and Lavrov spoke by telephone.", {"John Kerry", "Sergei Lavrov"}),
    # "meeting" as a verb after a preposition
    ("Abe spoke to reporters ahead of meeting Secretary of State John Kerry.", {"Shinzo Abe", "John Kerry"}),
    # a title phrase and the person it describes are one party
    ("Obama talked with the crown prince of the United Arab Emirates, Mohammed bin Zayed, on Sunday.", {
        "Barack Obama", "Mohammed bin Zayed"}),
    # a name after a verb is its object, not the subject of the talks
    ("Abe will visit Washington next week for talks with Obama on trade.", {"Shinzo Abe", "Barack Obama"}),
    # "a round of talks" is still what the subjects held
    ("Japan and Egypt held a round of trade negotiations in Tokyo.", {"Japan", "Egypt"}),
    # a group noun before "from" makes the listed states the subject's sides
    ("Officials from Japan and Egypt will meet in Tokyo next month.", {"Japan", "Egypt"}),
    # "attended by"
    ("The meeting, attended by Kerry and Lavrov, lasted three hours.", {"John Kerry", "Sergei Lavrov"}),
    # a relative clause names both sides
    ("Obama said that apart from a private meeting he had with Abe, he stayed home.", {"Barack Obama", "Shinzo Abe"}),
    # a relative clause with its own subject
    ("Obama will attend a service, after which he will meet with Abe.", {"Barack Obama", "Shinzo Abe"}),
    # phone calls "to" the leaders of several states; the purpose "to discuss" is no second meeting
    ("Obama made telephone calls to the leaders of Japan, Egypt and Germany to discuss trade.", {
        "Barack Obama", "Japan", "Egypt", "Germany"}),
    # an abbreviated title inside a name
    ("Kerry met with Lavrov and Sen. Chuck Grassley in Geneva.", {"John Kerry", "Sergei Lavrov", "Chuck Grassley"}),
    # a pronoun subject after a verb; "retired" inside a title
    ("Obama suggested he changed his mind after meeting with retired General John Kerry.", {
        "Barack Obama", "John Kerry"}),
    ("Obama plans a trip to Tokyo to meet with party leaders, including Shinzo Abe.", {"Barack Obama", "Shinzo Abe"}),
    # a participle phrase before the fronted meeting phrase
    ("Speaking to reporters after talks with Abe, Obama said trade was discussed.", {"Barack Obama", "Shinzo Abe"}),
    # a counted group names its state
    ("Kerry has since met 14 Egypt cabinet ministers in Cairo.", {"John Kerry", "Egypt"}),
    # whom a sending verb sends is the one who talks
    ("Obama is sending John Kerry to Moscow for talks with Lavrov next month.", {"John Kerry", "Sergei Lavrov"}),
    # a hedge inside a coordination
    ("Officials from Egypt, Jordan and, perhaps, Turkey will meet in Vienna.", {"Egypt", "Jordan", "Turkey"}),
    # people in a clause timed by a meeting (photo captions): coordinated, or subject and object
    ("Obama and Abe chat as they walk to the car after a bilateral meeting in Tokyo.", {"Barack Obama", "Shinzo Abe"}),
    ("Erdogan, left, greets Devlet Bahceli before a meeting in Ankara.", {"Recep Erdogan", "Devlet Bahceli"}),
    # a group phrase announcing the list of parties
    ("Erdogan met with leaders of the main opposition parties, Kemal Kilicdaroglu and Devlet Bahceli.", {
        "Recep Erdogan", "Kemal Kilicdaroglu", "Devlet Bahceli"}),
    # how long they met stands between the verb and its with-phrase
    ("Saudi Arabia's Mohammed bin Zayed met for an hour with Obama on Monday.", {"Mohammed bin Zayed", "Barack Obama"}),
    ("Kerry met for nearly two hours with Lavrov in Geneva.", {"John Kerry", "Sergei Lavrov"}),
    # a hedge placed at the meeting does not hedge it
    ("Merkel said Obama changed no minds in a meeting with Abe on trade.", {"Barack Obama", "Shinzo Abe"}),
    ("Kerry made no progress at talks with Lavrov in Geneva.", {"John Kerry", "Sergei Lavrov"}),
    # a sense word in a later phrase is the topic, not the verb's object
    ("Obama met with Abe on the budget bill.", {"Barack Obama", "Shinzo Abe"}),
    ("Egypt resumed negotiations with Jordan about its debt payments.", {"Egypt", "Jordan"}),
    # the owner of a passive clause's subject met the with-phrase
    ("Kerry resigned on Monday. His resignation was accepted during a meeting with Obama on Tuesday.", {
        "John Kerry", "Barack Obama"}),
]


@pytest.mark.parametrize(("text", "parties"), PARTICIPANT_STRUCTURES)
def test_participant_structures(text: str, parties: set[str]) -> None:
    found = _parties(text)
    assert [p for _, p in found] == [parties], found


def test_the_two_leaders_continue_the_meeting() -> None:
    meetings = run("Obama met Abe in Tokyo. The two leaders discussed trade and security.", LEADERS)
    assert len(meetings) == 1
    assert meetings[0].topic is not None and meetings[0].topic.text == "trade and security"


NOT_MEETINGS = [
    "The company said it expects to meet its targets this year.",
    "Quarterly results met expectations, analysts said.",
    "The ministry is meeting the deadline set by Germany.",
    "Japan must meet their obligations under the treaty, Obama said.",
    "The plan met with criticism from Germany and France.",
    "Obama addressed a news conference in Tokyo with Abe.",
    "Obama called for talks between Egypt and Turkey.",
    "Turkey and Egypt were moving towards talks.",
    "Kerry visited Moscow on Monday.",
    "Saudi Arabia is hosting the Games and Turkey the final.",
    "Kerry refused to meet Zarif.",
    "Obama appeared on Meet the Press with Merkel.",
    "Obama met in Tokyo on Tuesday.",
    "Wars in Egypt, Turkey and Jordan are unlikely to end through peace talks.",
    "Kerry and Lavrov were involved in the Vienna talks for years.",
    # a name modifying a title the entity table cannot resolve is no party
    "The Egypt businessman and the Jordan envoy discussed the crisis.",
    # a nationality adjective before a common noun names no party
    "Obama boasted of his many meetings with Russian oligarchs.",
    # a participant's own state is his side, not a second party
    "Putin attends a meeting with Russian prosecutors in Moscow.",
    # "host" as a title
    "Obama was asked by talk show host Bill Maher about Merkel.",
    # a relative clause on no name: its subject is unknown
    "Analysts said half of those who met Merkel gave money.",
    # a call for something is no phone call
    "Obama renewed his call for talks on trade.",
    # proposed, not held
    "Erdogan renewed his offer that the two countries meet to discuss the dispute.",
    # asked for, sought, needed: not held
    "Kerry and Lavrov asked Japan to begin negotiations on fishing rights.",
    "Erdogan said he will seek a meeting with Putin next month.",
    "Officials said Egypt and Jordan need to talk urgently about water.",
    # the finance sense of "call"
    "The Ministry of Trade offer includes a put and call option agreement with Egypt.",
    # other senses and hypotheticals
    "Japan will try to meet U.S. requests for lower rates.",
    "Egypt changed the plan to meet Ministry of Trade regulations.",
    "Obama's authority to negotiate a trade zone with Japan was extended.",
    'Obama has called for a "summit" conference with Abe on the budget.',
    "Abe and Merkel made their call while Obama was away.",
    # a direct object that is no party: the subjects did not meet each other
    "Obama and Abe met reporters in Tokyo.",
    "Egypt and Jordan built up their reserves to meet Latin American debt problems.",
    # only people are known to attend a meeting that times their clause
    "Egypt and Jordan bonds rose after the OPEC meeting.",
    # a passive "discussed with": the subject is the topic, not a side
    "Obama said the Egypt plan will be discussed with Jordan.",
    "Kerry, speaking by phone from Egypt, said the crisis deepened.",
    # a name before a noun only modifies it
    "Merkel, who hosted the Obama Foundation gala, spoke first.",
    "Abe said he received Obama administration approval for the plan.",
    # where the speaker was on the phone, not whom he called
    "Kerry told Lavrov's aides in a telephone conversation from Vienna that nothing changed.",
    # others asked to meet: the plea's object and infinitive stand before the meeting word
    "The United States encouraged Japan and Egypt to resume trade talks and avoid a crisis.",
    "Obama urged Putin to hold direct talks with Merkel.",
    "Kerry pressed Egypt and Turkey on Monday to start new negotiations.",
    # a duration with nobody named after it
    "Obama met for two hours in Tokyo.",
    "The ministers met for three days without Japan.",
    # the sense word is the verb's own object
    "Japan met its debt payments to Egypt on time.",
    "The plan met with opposition in Germany and France.",
    # hedges that do not place anything at the meeting
    "Obama said there was no progress toward talks with Abe.",
    "Kerry refused to meet with Lavrov in Geneva.",
    # a call paid on nobody named
    "Obama paid a call on shareholders to vote for the plan.",
    "Obama called on Japan to meet its obligations.",
    # no owner, or an owner that is no person, or the possessive not opening the clause
    "The resignation was accepted during a meeting with Obama on Tuesday.",
    "Japan reported losses. Its plan was approved at a meeting with Egypt.",
]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_no_false_meetings(text: str) -> None:
    assert _parties(text) == []


def test_a_plea_to_others_ends_before_the_subjects_own_meeting() -> None:
    assert _parties("Kerry asked reporters to wait, then met with Lavrov for two hours.") == [
        ("met", {"John Kerry", "Sergei Lavrov"})
    ]


def test_merge_mentions_of_one_meeting() -> None:
    text = "Obama met Abe in Tokyo. The meeting between Obama and Abe lasted two hours."
    meetings = run(text, LEADERS)
    assert len(meetings) == 1
    assert meetings[0].trigger.text == "met"
    assert meetings[0].confidence > run("Obama met Abe in Tokyo.", LEADERS)[0].confidence


def test_reporting_subject_after_a_comma_is_no_object() -> None:
    names = {"Group of Seven": (ORG,), "officials": (P,), "Tokyo": (G,)}
    assert run("Group of Seven ministers will meet in Tokyo next month, officials said.", names) == []


def test_a_date_between_subject_and_meeting_noun_is_no_preposition() -> None:
    from test_meetings_context import _dates

    text = "Japan and Egypt agreed on Friday to hold emergency talks on trade."
    [meeting] = run(text, LEADERS, _dates(text, ("Friday", "1987-03-27")))
    assert {p.name for p in meeting.participants} == {"Japan", "Egypt"}


def test_compound_read_as_one_name_splits_into_named_parties() -> None:
    names = {"Ronald Reagan": (P, "Reagan"), "Mikhail Gorbachev": (P, "Gorbachev"), "Reagan-Gorbachev": ("OTHER",)}
    text = "Ronald Reagan praised Mikhail Gorbachev. It recalled the Reagan-Gorbachev summit in Geneva."
    found = [(m.trigger.text, {p.name for p in m.participants}) for m in run(text, names)]
    assert found == [("summit", {"Ronald Reagan", "Mikhail Gorbachev"})]


def test_a_description_spanning_a_name_is_not_a_party_phrase() -> None:
    """Another stage may have registered an odd description over names; the names inside still count."""
    from test_meetings_fakes import FakeMention, FakeTable

    from extractor.meetings import find_meetings
    from extractor.text import Document

    text = "Finance Minister Shinzo Abe met Trade Minister Barack Obama today."
    table = FakeTable(text, LEADERS)
    end = text.index(" Barack")
    table.mentions.append(FakeMention(0, end, text[:end], "description", table.entities[0]))
    table._sort()
    [meeting] = find_meetings(Document(text), table, [], "en")  # type: ignore[arg-type]
    assert {p.name for p in meeting.participants} == {"Shinzo Abe", "Barack Obama"}


def test_a_common_noun_read_as_a_name_is_no_party() -> None:
    names = {**LEADERS, "Government": (ORG,)}
    text = "Obama visited Tokyo. Government officials said Japan and the United States would meet soon."
    assert [p for _, p in _parties(text)] == [{"Japan", "United States"}]
    assert run("Government officials held talks with Abe.", names) == []


def test_they_after_a_coordination_is_the_pair() -> None:
    """The entity table may resolve "they" to the nearer of two coordinated names."""
    from test_meetings_fakes import FakeMention, FakeTable

    from extractor.meetings import find_meetings
    from extractor.text import Document

    text = "The chiefs of Egypt and Jordan said they met and agreed on a plan."
    table = FakeTable(text, LEADERS)
    start = text.index("they")
    jordan = next(e for e in table.entities if e.name == "Jordan")
    table.mentions.append(FakeMention(start, start + 4, "they", "pronoun", jordan))
    table._sort()
    [meeting] = find_meetings(Document(text), table, [], "en")  # type: ignore[arg-type]
    assert {p.name for p in meeting.participants} == {"Egypt", "Jordan"}
