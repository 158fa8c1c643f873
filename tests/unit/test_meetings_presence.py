"""People present at a meeting that their clause is timed by or aims at, and which word anchors a meeting
told twice in one sentence; read through the real entity layer, since "they" and titles come from it."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

PRESENT = [
    # "they" after a coordination whose second name has a title with a state in it
    ("President Donald Trump and China's President Xi Jinping chat as they walk to lunch after a bilateral "
     "meeting in Florida on Friday.", "meeting", {"Donald Trump", "Xi Jinping"}),
    # the meeting as the purpose of the clause; a word of a title is no person of its own
    ("Donald Trump and Mike Pence greet retired Marine General James Mattis for a meeting at the clubhouse.",
     "meeting", {"Donald Trump", "Mike Pence", "James Mattis"}),
    # the talking happens during the meeting: the meeting is the event and its anchor
    ("Afghan Foreign Minister Salahuddin Rabbani, right, talks with Pakistan's adviser Sartaj Aziz, left, during "
     "their meeting in Islamabad on Monday.", "meeting", {"Salahuddin Rabbani", "Sartaj Aziz"}),
    # a caption without a verb places the people at the meeting; the name modifying the noun is nobody
    ("President Barack Obama and NATO Secretary General Jens Stoltenberg at the NATO summit in Warsaw, Poland, "
     "July 9, 2016.", "summit", {"Barack Obama", "Jens Stoltenberg"}),
]


def test_their_is_the_pair_named_in_its_own_sentence() -> None:
    """Right after another meeting, "their meeting" is still the two people its own sentence names."""
    text = (
        "President Rodrigo Duterte met Chinese Premier Li Keqiang on Monday. President Rodrigo Duterte, left, is "
        "shown the way by Prime Minister Shinzo Abe following their meeting in Tokyo on Wednesday."
    )
    assert meetings_of(text) == [
        ("met", {"Rodrigo Duterte", "Li Keqiang"}),
        ("meeting", {"Rodrigo Duterte", "Shinzo Abe"}),
    ]


@pytest.mark.parametrize(("text", "trigger", "parties"), PRESENT)
def test_present_at_a_meeting(text: str, trigger: str, parties: set[str]) -> None:
    assert meetings_of(text) == [(trigger, parties)]


NOT_PRESENT = [
    # one person only
    "President Donald Trump arrives for a meeting at the clubhouse on Friday.",
    # not people: companies' shares
    "Exxon and Mobil shares rose for a second day after the OPEC meeting.",
    # a call for a meeting is no meeting
    "Donald Trump and Mike Pence called for a meeting with Democrats.",
    # at an event that is no meeting word
    "Barack Obama and Joe Biden at the Democratic convention in Denver on Tuesday.",
    "Exxon and Mobil shares rose at the OPEC meeting.",
    # a possessor inside the clause's object names whose thing it is, not someone present
    "King Albert is expected to accept the resignation of Prime Minister Jan Peeters's coalition government after "
    "last-ditch talks failed.",
    # a meeting someone leaves for is not one with the others named in the clause
    "President Ronald Reagan will talk to Chairman Paul Volcker before leaving for the Venice summit on Wednesday.",
    # a meeting they prepare for is a later one, not theirs
    "Prime Minister Kenji Mori hopes to see President Ronald Reagan in April to prepare for the Venice summit.",
]


@pytest.mark.parametrize("text", NOT_PRESENT)
def test_not_present(text: str) -> None:
    assert meetings_of(text) == []


CATAPHORA = [
    # the pronoun of a fronted clause is the main clause's subject, named after the comma
    ("German Chancellor Angela Merkel spoke on Sunday. As she entered a meeting with Sergei Lavrov in Geneva, "
     "EU foreign policy chief Federica Mogherini said the talks would be useful.",
     {"Federica Mogherini", "Sergei Lavrov"}),
    # no name after the comma: the pronoun is read backwards
    ("John Kerry spoke on Sunday. When he met Sergei Lavrov in Geneva, officials said, the talks were tense.",
     {"John Kerry", "Sergei Lavrov"}),
    ("John Kerry arrived on Sunday. After he met Sergei Lavrov in Geneva, the secretary said the talks were tense.",
     {"John Kerry", "Sergei Lavrov"}),
    # a name of the other gender is not the pronoun's
    ("Angela Merkel spoke on Sunday. As she met Sergei Lavrov in Geneva, Mr. John Smith said the talks were useful.",
     {"Angela Merkel", "Sergei Lavrov"}),
]


@pytest.mark.parametrize(("text", "parties"), CATAPHORA)
def test_pronoun_of_a_fronted_clause(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


SEPARATE_EVENTS = [
    # coordinated names modifying a plural meeting noun: one meeting of each, not a meeting between them
    "The dollar fell ahead of tomorrow's crucial Group of Five and Group of Seven meetings, dealers said.",
    "Finance Minister Kiichi Miyazawa leaves on Tuesday to attend the IMF and World Bank meetings.",
]


@pytest.mark.parametrize("text", SEPARATE_EVENTS)
def test_one_meeting_of_each(text: str) -> None:
    assert all(not {"Group of Five", "Group of Seven"} <= p for _, p in meetings_of(text))
    assert all(not {"International Monetary Fund", "World Bank"} <= p for _, p in meetings_of(text))


HOSTED_TALKS = [
    # bodies named before any meeting noun host it, "talks" too: no meeting between them
    "Finance Minister Kiichi Miyazawa will attend the annual IMF and World Bank talks in Washington.",
    "The semi-annual IMF and World Bank talks open in Washington on Tuesday.",
    # committees named before the meetings of the bodies they belong to say which meetings
    "Finance Minister Dilson Funaro, who is in Washington to attend the Interim Committee and Development Committee "
    "meetings of the World Bank and IMF, said he had unveiled his proposals.",
    # a body's seasonal round held with another body
    "The IMF, which holds its semi-annual meetings with the World Bank next week, will lend less this year.",
]


@pytest.mark.parametrize("text", HOSTED_TALKS)
def test_bodies_named_before_talks_host_them(text: str) -> None:
    assert meetings_of(text) == []


def test_states_named_before_talks_are_their_sides() -> None:
    assert meetings_of("The U.S. and Japanese trade talks ended in Tokyo on Tuesday.") == [
        ("talks", {"United States", "Japan"})
    ]


def test_a_singular_meeting_noun_is_between_its_names() -> None:
    assert meetings_of("The Reagan and Gorbachev meeting in Geneva ended without agreement.") == [
        ("meeting", {"Reagan", "Gorbachev"})
    ]
