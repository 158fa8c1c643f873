"""A name that opens its sentence before a finite verb is that clause's subject: a name later in the clause (an object
or a modifier) is not, so 'the government' or 'it' in the next sentence goes back to the subject."""

from __future__ import annotations

import pytest

from tests.unit.speech_stage import speech

CASES = [
    # 'U.S. goods' and 'Washington' are objects; South Korea unveiled the list
    ("South Korea unveiled a shopping list of U.S. goods to ease trade friction with Washington. The government said "
     "this would help freeze the trade surplus.", "South Korea"),
    # the research unit said it revised the OECD's forecast: 'It' in the next sentence is the unit
    ("The Kiel Institute said in its forecast it revised OECD growth downwards. It said the new areas of "
     "weakness are West Germany and Japan.", "Kiel Institute"),
    # ... but the subject of a reported clause is one ('The paper said Poindexter was ready ...')
    ("The paper said yesterday that John Poindexter was ready to break his silence. The Post said he might tell a "
     "committee that he told Reagan twice about the money.", "John Poindexter"),
    # ... and so is the subject of a clause coordinated after the first
    ("The Transportation Department is due to lose its authority, but Senator Howard Metzenbaum wants it shifted "
     "now. \"Airline mergers have proceeded at a breakneck pace,\" the Ohio Democrat said.", "Howard Metzenbaum"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_sentence_subject(text: str, speaker: str) -> None:
    _, statements = speech(text)
    last = statements[-1]
    assert last.speaker is not None and last.speaker.name == speaker


def test_a_description_of_one_country_is_no_source_of_another() -> None:
    text = ("The group will meet in Porto Cervo, sources close to the Italian Foreign Ministry said. The sources had "
            "no comment on statements by Japanese officials in Osaka. The Japanese officials had said the meeting "
            "would focus on longer-term issues.")
    _, statements = speech(text)
    assert [s.speaker.name for s in statements if s.speaker] == [
        "sources close to the Italian Foreign Ministry", "Japanese officials"]


def test_it_continues_no_speaker_who_is_people() -> None:
    text = ("Tungsten exports fell, the China Daily said. The paper quoted industry officials as saying they would fix "
            "export prices. World prices range from 49 to 55 dlrs, but China suffered losses, it said.")
    _, statements = speech(text)
    assert [s.speaker.name for s in statements if s.speaker] == ["China Daily", "industry officials", "China Daily"]


def test_a_body_described_by_its_field_is_no_other_body_of_its_class() -> None:
    text = ("Indonesia produced 2.02 mln tonnes, but the U.S. Embassy in its annual report said output was 1.8 mln "
            "tonnes. The agriculture ministry estimates consumption at 2.03 mln tonnes.")
    _, statements = speech(text)
    assert [s.speaker.name for s in statements if s.speaker][-1] == "agriculture ministry"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'union leaders' are no group of the last people named, whose titles say nothing of a union
        ("A Western diplomat said the law would provoke strikes. Prime Minister Branko Mikulic has defended the law. "
         "The union leaders said workers are receiving salaries below limits.", "union leaders"),
        # 'both men' still are
        ("Paul Ryan met Donald Trump on Thursday. Both men said the meeting was great.", "Paul Ryan and Donald Trump"),
    ],
)
def test_a_group_description_with_a_field_word(text: str, speaker: str) -> None:
    _, statements = speech(text)
    assert statements[-1].speaker is not None and statements[-1].speaker.name == speaker


def test_the_government_is_the_state_the_article_opens_on() -> None:
    text = ("Ecuador is due to resume crude oil output on May 8, a spokesman said. Ecuador pumped 245,000 bpd before "
            "the earthquake. The new link will connect Lago Agrio to Puerto Colon in Colombia. The government "
            "estimates it will take four more months to repair the pipeline.")
    _, statements = speech(text)
    assert statements[-1].speaker is not None and statements[-1].speaker.name == "Ecuador"
