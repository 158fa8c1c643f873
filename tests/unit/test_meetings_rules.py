"""Meeting rules on news-style sentences: trigger families, participant structures, word senses.

Sentences run through the whole engine (tests/unit/meeting_stage.py), so every party they expect is one the
real entity layer knows; like news, they name a person in full (usually with a title) before any surname.
"""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

from extractor.pipeline import extract

TRIGGER_FAMILIES = [
    # meet (verb, "with", direct object, gerund)
    ("President Barack Obama met Japanese Prime Minister Shinzo Abe in Tokyo on Tuesday.",
     "met", {"Barack Obama", "Shinzo Abe"}),
    ("President Barack Obama will meet with Prime Minister Shinzo Abe next week.",
     "meet", {"Barack Obama", "Shinzo Abe"}),
    ("Secretary of State John Kerry meets separately with Russian Foreign Minister Sergei Lavrov.",
     "meets", {"John Kerry", "Sergei Lavrov"}),
    ("Chinese President Xi Jinping said, after meeting President Barack Obama, that ties were improving.",
     "meeting", {"Xi Jinping", "Barack Obama"}),
    # meeting noun
    ("President Barack Obama held a meeting with German Chancellor Angela Merkel at the White House.",
     "meeting", {"Barack Obama", "Angela Merkel"}),
    # talks
    ("Secretary of State John Kerry held talks with Russian Foreign Minister Sergei Lavrov in Geneva.",
     "held talks", {"John Kerry", "Sergei Lavrov"}),
    ("Talks between the United States and Japan ended without a deal.", "Talks", {"United States", "Japan"}),
    # a meeting verb whose purpose is the talks: one trigger
    ("Prime Minister Olav Berge will meet for talks with Swedish Prime Minister Anna Ek next week.",
     "meet for talks", {"Olav Berge", "Anna Ek"}),
    ("Prime Minister Olav Berge met for two hours of talks with Swedish Prime Minister Anna Ek on Friday.",
     "met for two hours of talks", {"Olav Berge", "Anna Ek"}),
    ("Secretary of State John Kerry discussed the crisis with Foreign Minister Sergei Lavrov on Monday.",
     "discussed", {"John Kerry", "Sergei Lavrov"}),
    # summit
    ("Ronald Reagan praised Mikhail Gorbachev. The earlier Reagan-Gorbachev summit took place in Geneva.",
     "summit", {"Ronald Reagan", "Mikhail Gorbachev"}),
    ("President Barack Obama and Prime Minister Shinzo Abe will hold a summit in Tokyo.",
     "summit", {"Barack Obama", "Shinzo Abe"}),
    # conference between named parties
    ("A conference between Egypt and Jordan opened in Vienna.", "conference", {"Egypt", "Jordan"}),
    # phone
    ("President Barack Obama spoke by phone with Chancellor Angela Merkel about the crisis.",
     "spoke by phone", {"Barack Obama", "Angela Merkel"}),
    ("President Barack Obama had a telephone call with President Vladimir Putin on Friday.",
     "telephone call", {"Barack Obama", "Vladimir Putin"}),
    ("Chancellor Angela Merkel received a phone call from President Barack Obama on Friday.",
     "phone call", {"Angela Merkel", "Barack Obama"}),
    ("In a call with Chancellor Angela Merkel, President Barack Obama urged calm.",
     "call", {"Barack Obama", "Angela Merkel"}),
    # negotiations, consultations, audience
    ("Negotiations between Egypt and Turkey resumed in Vienna.", "Negotiations", {"Egypt", "Turkey"}),
    ("Secretary of State John Kerry held consultations with Iranian Foreign Minister Javad Zarif in Vienna.",
     "consultations", {"John Kerry", "Javad Zarif"}),
    ("Chancellor Angela Merkel had an audience with President Vladimir Putin in Moscow.",
     "audience", {"Angela Merkel", "Vladimir Putin"}),
    ("President Vladimir Putin granted an audience to Chancellor Angela Merkel in Moscow.",
     "audience", {"Vladimir Putin", "Angela Merkel"}),
    # hosted, received (active and passive), visited a person
    ("President Vladimir Putin hosted Turkish President Recep Tayyip Erdogan at the Kremlin.",
     "hosted", {"Vladimir Putin", "Recep Tayyip Erdogan"}),
    ("President Vladimir Putin received Turkish President Recep Tayyip Erdogan at the Kremlin on Monday.",
     "received", {"Vladimir Putin", "Recep Tayyip Erdogan"}),
    ("Turkish President Recep Tayyip Erdogan was received by President Vladimir Putin at the Kremlin.",
     "received", {"Recep Tayyip Erdogan", "Vladimir Putin"}),
    ("Secretary of State John Kerry visited Foreign Minister Javad Zarif at his residence.",
     "visited", {"John Kerry", "Javad Zarif"}),
    # a (courtesy) call paid on someone is a visit to them
    ("Prime Minister Shinzo Abe paid a brief courtesy call on President Barack Obama at the White House.",
     "paid a brief courtesy call on", {"Shinzo Abe", "Barack Obama"}),
    ("Secretary of State John Kerry will pay a call on Foreign Minister Javad Zarif in Vienna.",
     "pay a call on", {"John Kerry", "Javad Zarif"}),
    # a holding verb with modifiers is part of the trigger; phone verbs in any tense
    ("President Barack Obama and Prime Minister Shinzo Abe will hold security talks in Tokyo.",
     "hold security talks", {"Barack Obama", "Shinzo Abe"}),
    ("President Barack Obama had recently spoken by telephone with Chancellor Angela Merkel.",
     "spoken by telephone", {"Barack Obama", "Angela Merkel"}),
    # taking part in a meeting named by its noun is part of the trigger
    ("President Vladimir Putin attends a meeting with Prime Minister Shinzo Abe in Moscow on Friday.",
     "attends a meeting", {"Vladimir Putin", "Shinzo Abe"}),
    # the noun's predicate before its between-phrase
    ("Talks are underway between Egypt and Jordan on water.", "Talks", {"Egypt", "Jordan"}),
    # welcoming or greeting a person, paying a visit to one
    ("President Vladimir Putin welcomed Turkish President Recep Tayyip Erdogan to the Kremlin on Monday.",
     "welcomed", {"Vladimir Putin", "Recep Tayyip Erdogan"}),
    ("President Barack Obama was greeted by Chinese President Xi Jinping at the airport.",
     "greeted", {"Barack Obama", "Xi Jinping"}),
    ("Prime Minister Shinzo Abe paid a visit to Chancellor Angela Merkel at her home.",
     "paid a visit to", {"Shinzo Abe", "Angela Merkel"}),
    # phoning someone; "called" with the call's purpose or date
    ("President Barack Obama phoned Chancellor Angela Merkel on Friday.", "phoned", {"Barack Obama", "Angela Merkel"}),
    ("President Barack Obama called President Vladimir Putin to congratulate him on his victory.",
     "called", {"Barack Obama", "Vladimir Putin"}),
    # a gerund with its with-phrase
    ("After talking with President Vladimir Putin, President Barack Obama flew to Tokyo.",
     "talking", {"Barack Obama", "Vladimir Putin"}),
    # meals, handshakes, sitting down, conversations, video calls
    ("President Barack Obama had dinner with Chancellor Angela Merkel on Monday.",
     "dinner", {"Barack Obama", "Angela Merkel"}),
    ("President Barack Obama dined with Chancellor Angela Merkel in Berlin.",
     "dined", {"Barack Obama", "Angela Merkel"}),
    ("President Barack Obama and President Vladimir Putin shook hands in Paris.",
     "shook hands", {"Barack Obama", "Vladimir Putin"}),
    ("President Barack Obama will sit down with President Vladimir Putin next week.",
     "sit down", {"Barack Obama", "Vladimir Putin"}),
    ("President Barack Obama had a long conversation with President Vladimir Putin.",
     "conversation", {"Barack Obama", "Vladimir Putin"}),
    ("President Barack Obama held a videoconference with Chancellor Angela Merkel.",
     "videoconference", {"Barack Obama", "Angela Merkel"}),
    # progressive forms after "is"/"were"/"has been" are no passives
    ("General Motors Corp is negotiating with Toyota Motor Corp over a joint plant.",
     "negotiating", {"General Motors", "Toyota Motor"}),
    ("Secretary of State John Kerry was talking with Foreign Minister Sergei Lavrov when the news broke.",
     "talking", {"John Kerry", "Sergei Lavrov"}),
    ("Korea Electric Power Corp has been negotiating with General Electric Co for turbines.",
     "negotiating", {"Korea Electric Power", "General Electric"}),
    # a company's own negotiations, named by "its" (an Italian legal form made it a person)
    ("Ferrante SpA said it has concluded its negotiations with Antibioticos SA.",
     "negotiations", {"Ferrante", "Antibioticos"}),
    # conferring or talking on the telephone is a call
    ("Governor Tom Hale conferred by telephone with Senator Ann Ruiz on Friday.",
     "conferred by telephone", {"Tom Hale", "Ann Ruiz"}),
    ("Governor Tom Hale talked on the telephone with Senator Ann Ruiz.", "talked on the telephone",
     {"Tom Hale", "Ann Ruiz"}),
]


@pytest.mark.parametrize(("text", "trigger", "parties"), TRIGGER_FAMILIES)
def test_trigger_families(text: str, trigger: str, parties: set[str]) -> None:
    assert meetings_of(text) == [(trigger, parties)]


PARTICIPANT_STRUCTURES = [
    # a short surname ending the sentence closes the list: its full stop is no abbreviation's ("Sen.", "Gen.")
    ("Trade Minister Olav Berge met Swedish Trade Minister Anna Ek and Danish Trade Minister Erik Lund.",
     {"Olav Berge", "Anna Ek", "Erik Lund"}),
    ("Prime Minister Olav Berge held talks with Foreign Minister Wang Lei and Indian Finance Minister Raj Rao.",
     {"Olav Berge", "Wang Lei", "Raj Rao"}),
    # coordinated subjects, with titles between the names
    ("U.S. President Barack Obama, South Korean President Park Geun-hye and Japanese Prime Minister Shinzo Abe met "
     "in Washington.", {"Barack Obama", "Park Geun-hye", "Shinzo Abe"}),
    # an adjunct phrase after the verb is no object
    ("President Barack Obama, President Park Geun-hye and Prime Minister Shinzo Abe met on the sidelines of the "
     "conference.", {"Barack Obama", "Park Geun-hye", "Shinzo Abe"}),
    # an object list closed by "and", with caption position notes
    ("Secretary of State John Kerry, center, meets with Foreign Minister Sergei Lavrov, left, and Foreign Minister "
     "Javad Zarif in Vienna.", {"John Kerry", "Sergei Lavrov", "Javad Zarif"}),
    # an apposition after the object is not a second party
    ("Secretary of State John Kerry met Javad Zarif, the chief negotiator of Iran, in Vienna.",
     {"John Kerry", "Javad Zarif"}),
    # group phrases stand for their state
    ("U.S. and Japanese negotiators will hold emergency meetings next week.", {"United States", "Japan"}),
    ("Officials of the Ministry of Trade (MOT) held technical talks with U.S. officials.",
     {"Ministry of Trade", "United States"}),
    ("Saudi Arabia said it will host talks with officials from Egypt, Turkey and Jordan.",
     {"Saudi Arabia", "Egypt", "Turkey", "Jordan"}),
    # a pronoun subject resolved through the entity table
    ("President Barack Obama arrived in Tokyo. He met Prime Minister Shinzo Abe on Tuesday.",
     {"Barack Obama", "Shinzo Abe"}),
    # a relative clause hangs on its name
    ("Secretary of State John Kerry spoke to Javad Zarif, who arrived from a meeting with Sergei Lavrov.",
     {"Javad Zarif", "Sergei Lavrov"}),
    # the subject of a reporting verb when the meeting clause has none
    ("President Barack Obama told reporters that before a meeting with Prime Minister Shinzo Abe on Monday, ties "
     "were strained.", {"Barack Obama", "Shinzo Abe"}),
    # "their summit" right after the two were named
    ("President Ronald Reagan said the plan followed the formula he agreed upon with Mikhail Gorbachev at their "
     "summit.", {"Ronald Reagan", "Mikhail Gorbachev"}),
    # invited/summoned X for talks
    ("President Barack Obama invited Prime Minister Shinzo Abe to Washington for talks.",
     {"Barack Obama", "Shinzo Abe"}),
    # "after" opening a clause with its own subject
    ("The truce held after John Kerry and Sergei Lavrov spoke by telephone.", {"John Kerry", "Sergei Lavrov"}),
    # "meeting" as a verb after a preposition
    ("Prime Minister Shinzo Abe spoke to reporters ahead of meeting Secretary of State John Kerry.",
     {"Shinzo Abe", "John Kerry"}),
    # a title phrase and the person it describes are one party
    ("President Barack Obama talked with the crown prince of the United Arab Emirates, Mohammed bin Zayed, on "
     "Sunday.", {"Barack Obama", "Mohammed bin Zayed"}),
    # a name after a verb is its object, not the subject of the talks
    ("Prime Minister Shinzo Abe will visit Washington next week for talks with President Barack Obama on trade.",
     {"Shinzo Abe", "Barack Obama"}),
    # "a round of talks" is still what the subjects held
    ("Japan and Egypt held a round of trade negotiations in Tokyo.", {"Japan", "Egypt"}),
    # a group noun before "from" makes the listed states the subject's sides
    ("Officials from Japan and Egypt will meet in Tokyo next month.", {"Japan", "Egypt"}),
    # "attended by"
    ("The meeting, attended by John Kerry and Sergei Lavrov, lasted three hours.", {"John Kerry", "Sergei Lavrov"}),
    # a relative clause names both sides
    ("President Barack Obama said that apart from a private meeting he had with Prime Minister Shinzo Abe, he stayed"
     " home.", {"Barack Obama", "Shinzo Abe"}),
    # a relative clause with its own subject
    ("President Barack Obama will attend a service, after which he will meet with Prime Minister Shinzo Abe.",
     {"Barack Obama", "Shinzo Abe"}),
    # phone calls "to" the leaders of several states; the purpose "to discuss" is no second meeting
    ("President Barack Obama made telephone calls to the leaders of Japan, Egypt and Germany to discuss trade.",
     {"Barack Obama", "Japan", "Egypt", "Germany"}),
    # an abbreviated title inside a name
    ("Secretary of State John Kerry met with Sergei Lavrov and Sen. Chuck Grassley in Geneva.",
     {"John Kerry", "Sergei Lavrov", "Chuck Grassley"}),
    # a pronoun subject after a verb; "retired" inside a title
    ("President Barack Obama suggested he changed his mind after meeting with retired General John Kerry.",
     {"Barack Obama", "John Kerry"}),
    ("President Barack Obama plans a trip to Tokyo to meet with party leaders, including Shinzo Abe.",
     {"Barack Obama", "Shinzo Abe"}),
    # a participle phrase before the fronted meeting phrase
    ("Speaking to reporters after talks with Prime Minister Shinzo Abe, President Barack Obama said trade was "
     "discussed.", {"Barack Obama", "Shinzo Abe"}),
    # a counted group names its state
    ("Secretary of State John Kerry has since met 14 Egyptian cabinet ministers in Cairo.", {"John Kerry", "Egypt"}),
    # whom a sending verb sends is the one who talks
    ("President Barack Obama is sending John Kerry to Moscow for talks with Sergei Lavrov next month.",
     {"John Kerry", "Sergei Lavrov"}),
    # a hedge inside a coordination
    ("Officials from Egypt, Jordan and, perhaps, Turkey will meet in Vienna.", {"Egypt", "Jordan", "Turkey"}),
    # people in a clause timed by a meeting (photo captions): coordinated, or subject and object
    ("President Barack Obama and Prime Minister Shinzo Abe chat as they walk to the car after a bilateral meeting in"
     " Tokyo.", {"Barack Obama", "Shinzo Abe"}),
    ("Turkish President Recep Tayyip Erdogan, left, greets Devlet Bahceli before a meeting in Ankara.",
     {"Recep Tayyip Erdogan", "Devlet Bahceli"}),
    # a group phrase announcing the list of parties
    ("President Recep Tayyip Erdogan met with leaders of the main opposition parties, Kemal Kilicdaroglu and Devlet "
     "Bahceli.", {"Recep Tayyip Erdogan", "Kemal Kilicdaroglu", "Devlet Bahceli"}),
    # how long they met stands between the verb and its with-phrase
    ("Abu Dhabi's Crown Prince Mohammed bin Zayed met for an hour with President Barack Obama on Monday.",
     {"Mohammed bin Zayed", "Barack Obama"}),
    ("Secretary of State John Kerry met for nearly two hours with Sergei Lavrov in Geneva.",
     {"John Kerry", "Sergei Lavrov"}),
    # a hedge placed at the meeting does not hedge it
    ("President Omar Farouk proposed to Premier Jean Roy at their summit in Cairo a new border commission.",
     {"Omar Farouk", "Jean Roy"}),
    ("Chancellor Angela Merkel said President Barack Obama changed no minds in a meeting with Prime Minister Shinzo "
     "Abe on trade.", {"Barack Obama", "Shinzo Abe"}),
    ("Secretary of State John Kerry made no progress at talks with Sergei Lavrov in Geneva.",
     {"John Kerry", "Sergei Lavrov"}),
    # a sense word in a later phrase is the topic, not the verb's object
    ("President Barack Obama met with Prime Minister Shinzo Abe on the budget bill.", {"Barack Obama", "Shinzo Abe"}),
    ("Egypt resumed negotiations with Jordan about its debt payments.", {"Egypt", "Jordan"}),
    # a plural title before coordinated names
    ("On Monday, Senators Chuck Grassley and Lindsey Graham met President Barack Obama at the White House.",
     {"Chuck Grassley", "Lindsey Graham", "Barack Obama"}),
    # an acronym in brackets inside a name is no clause boundary: the committee is no subject of the talks
    ("Finance Minister Chung In-yong will attend the International Monetary Fund's (IMF) Interim Committee meeting "
     "and hold talks with U.S. officials.", {"Chung In-yong", "United States"}),
    # a group the subject owns, coordinated after it; a counterpart after a possessive
    ("Governor Mike Pence and his aides met with Japanese officials in Tokyo.",
     {"Mike Pence", "aides for Mike Pence", "Japan"}),
    ("Secretary of State John Kerry and his Russian counterpart Sergei Lavrov met in Geneva.",
     {"John Kerry", "Sergei Lavrov"}),
    # officials of a body stand for it, as "U.S. officials" for the United States
    ("Officials of the Ministry of Trade met Prime Minister Shinzo Abe on Monday.",
     {"Ministry of Trade", "Shinzo Abe"}),
    # "he" after an unnamed speaker ("a government spokesman") is the person named last
    ("A government spokesman said the position was made clear to Turkey's ambassador Nazmi Akiman when he met "
     "Greek Undersecretary Yannis Kapsis last week.", {"Nazmi Akiman", "Yannis Kapsis"}),
    # two portfolios of one title
    ("Ecuador's deputy minister Fernando Santos Alvite met Venezuelan energy and mines minister Arturo Hernandez "
     "Grisanti on Monday.", {"Fernando Santos Alvite", "Arturo Hernandez Grisanti"}),
    # the agent of a passive clause placed at the meeting
    ("The request was made yesterday by Senator Lawton Chiles at a meeting with Howard Baker.",
     {"Lawton Chiles", "Howard Baker"}),
    # ... with a date after the agent, and a meeting noun without an article
    ("The rule was confirmed by Interior Secretary Ann Berg last week in a closed door meeting with Senator Tom "
     "Hale.", {"Ann Berg", "Tom Hale"}),
    ("The rule was confirmed by Interior Secretary Ann Berg on Tuesday during talks with Senator Tom Hale.",
     {"Ann Berg", "Tom Hale"}),
    # the subject of the clause a gerund's phrase hangs on is a description the entity table resolved
    ("Israeli Prime Minister Benjamin Netanyahu spoke on Monday. The Israeli prime minister seemed to confirm that "
     "point in remarks ahead of meeting Secretary of State John Kerry on Friday.",
     {"Benjamin Netanyahu", "John Kerry"}),
    # the name a relative clause with its own subject hangs on is the verb's object
    ("Treasury Secretary James Baker said he expected Finance Minister Dilson Funaro, whom he met last week, to "
     "return.", {"James Baker", "Dilson Funaro"}),
    # a body named by modifiers alone is still named
    ("The National Security Council and the Treasury held a meeting yesterday to discuss the situation.",
     {"National Security Council", "Treasury"}),
    # the owner of a passive clause's subject met the with-phrase
    ("Secretary of State John Kerry resigned on Monday. His resignation was accepted during a meeting with President"
     " Barack Obama on Tuesday.", {"John Kerry", "Barack Obama"}),
    # a person of a state is the party, not the state
    ("Foreign Minister Anna Berg of Sweden met Foreign Minister Sergei Lavrov in Vienna.",
     {"Anna Berg", "Sergei Lavrov"}),
    ("Senator Tom Hale of Ohio and Senator Ann Ruiz of Texas met in Washington.", {"Tom Hale", "Ann Ruiz"}),
    # words that date a title before it
    ("President Barack Obama met with newly elected President Emmanuel Macron.", {"Barack Obama", "Emmanuel Macron"}),
    ("President Barack Obama met with then-Vice President Joe Biden.", {"Barack Obama", "Joe Biden"}),
    # relative clauses: "with whom", and one closed before the main verb
    ("Chancellor Angela Merkel, with whom President Barack Obama met last week, praised the deal.",
     {"Barack Obama", "Angela Merkel"}),
    ("Chancellor Angela Merkel, whom President Barack Obama praised, met President Vladimir Putin on Monday.",
     {"Angela Merkel", "Vladimir Putin"}),
    # a city naming the meeting is its place, not a party
    ("Secretary of State John Kerry flew home after the Geneva meeting with Foreign Minister Sergei Lavrov.",
     {"John Kerry", "Sergei Lavrov"}),
    # whom one meets is a person, whatever the word's ending
    ("Chancellor Angela Merkel met with Spence on Monday.", {"Angela Merkel", "Spence"}),
    # a title word between the coordinated names ("rival")
    ("Republican Donald Trump and Democratic rival Hillary Clinton met on Monday.",
     {"Donald Trump", "Hillary Clinton"}),
    # the subject of "said" outside the quote, not a pronoun inside it
    ('President Barack Obama arrived. "We have had problems with Russia," Obama said after meeting with President '
     "Vladimir Putin.", {"Barack Obama", "Vladimir Putin"}),
    # an apposition's owner is no subject
    ("John Podesta and Todd Stern, the State Department's climate envoy, began negotiations with China.",
     {"John Podesta", "Todd Stern", "China"}),
    # a gerund's own subject
    ("Voters gave their thoughts on Donald Trump meeting with Mexican President Enrique Pena Nieto.",
     {"Donald Trump", "Enrique Pena Nieto"}),
    # a fronted phrase of two gerunds before the subject it belongs to
    ("FBI Director Louis Brand arrived on Monday. After touring the port of Mombasa and meeting with Kenyan police "
     "leaders, the FBI chief said he was satisfied.", {"Louis Brand", "Kenya"}),
    # an adjective inside the title; a time of day before the with-phrase; a corporate title; a fronted date
    ("Donor Sheldon Adelson said he met presidential candidate Donald Trump earlier this week.",
     {"Sheldon Adelson", "Donald Trump"}),
    ("President Barack Obama met in the afternoon with Chinese President Xi Jinping.", {"Barack Obama", "Xi Jinping"}),
    ("Senator Ann Ruiz spoke briefly with Acme CEO Irene Rosen on Monday.", {"Ann Ruiz", "Irene Rosen"}),
    ("Governor Tom Hale spoke in Ohio. In August Hale met with Senator Ann Ruiz.", {"Tom Hale", "Ann Ruiz"}),
    # "are today meeting X": a date before the gerund; a complement clause without "that"; an apposition
    ("Finance Minister Dilson Funaro arrived. Funaro is today meeting Chancellor of the Exchequer Nigel Lawson.",
     {"Dilson Funaro", "Nigel Lawson"}),
    ("Trade official Mary Earl spoke. She noted Trade Representative Clayton Yeutter met with Foreign Minister "
     "Choi Kwang-soo last week.", {"Clayton Yeutter", "Choi Kwang-soo"}),
    ("Congressman Dan Rostenkowski arrived. Rostenkowski, an Illinois Democrat whose committee writes tax law, met "
     "this afternoon with House Speaker Jim Wright.", {"Dan Rostenkowski", "Jim Wright"}),
    # a fronted meeting phrase without a subject of its own: the main clause's subject is the head of its phrase,
    # not the party adjective before the title
    ("In a meeting with the editorial board of The Washington Post, Republican candidate Donald Trump said NATO "
     "was obsolete.", {"Donald Trump", "Washington Post"}),
    # a first name that is also a sense word ("met the bill") and a title "of" a country before the name
    ("President Barack Obama met with former President Bill Clinton at the White House.",
     {"Barack Obama", "Bill Clinton"}),
    ("German Chancellor Angela Merkel met the Prime Minister of New Zealand Bill English in Berlin.",
     {"Angela Merkel", "Bill English"}),
    ("Chancellor Angela Merkel attends a news conference as part of a meeting with the Prime Minister of New "
     "Zealand Bill English.", {"Angela Merkel", "Bill English"}),
    # a meeting noun fronted without its other side: the main clause's subject addresses it
    ("In a phone call on Saturday, Secretary of State John Kerry told Turkish Foreign Minister Mevlut Cavusoglu "
     "that the claims were false.", {"John Kerry", "Mevlut Cavusoglu"}),
    ("During talks in Geneva, Foreign Minister Sergei Lavrov assured Secretary of State John Kerry that Moscow "
     "would help.", {"Sergei Lavrov", "John Kerry"}),
    # a relative clause that holds a clause of its own and closes right before the verb: its name is the subject
    ("Prime Minister Kenji Mori, who said that Japan wanted closer ties, met President Barack Obama on Friday.",
     {"Kenji Mori", "Barack Obama"}),
    ("Senator Ann Ruiz, who told reporters that Canada and Mexico would object, held talks with Governor Tom Hale.",
     {"Ann Ruiz", "Tom Hale"}),
    # ... but a clause with its own subject after the comma keeps it
    ("Senator Ann Ruiz, who chairs the panel, said that in Ottawa, Governor Tom Hale met Premier Jean Roy.",
     {"Tom Hale", "Jean Roy"}),
    # the name owning a meeting noun is its side, whatever the clause around it is about
    ("During Governor Tom Hale's meeting with Senator Ann Ruiz, aides waited outside.", {"Tom Hale", "Ann Ruiz"}),
    ("Farmers protested outside during Governor Tom Hale's talks with Senator Ann Ruiz.", {"Tom Hale", "Ann Ruiz"}),
    ("Senator Ann Ruiz praised Governor Tom Hale's first meeting with Premier Jean Roy.", {"Tom Hale", "Jean Roy"}),
    # a visit by a named party to a person is a meeting
    ("Governor Tom Hale's visit to Senator Ann Ruiz lasted two hours.", {"Tom Hale", "Ann Ruiz"}),
    ("Senator Ann Ruiz thanked Premier Jean Roy. His visit with Ruiz in Ottawa was brief.", {"Jean Roy", "Ann Ruiz"}),
    # the members of a team stand for their state; creditor banks for theirs
    ("A team of Nigerian officials will meet with Japanese creditor banks later this week.", {"Nigeria", "Japan"}),
    # a manner phrase between the verb and its with-phrase ("in private", "face to face", "behind closed doors")
    ("Governor Tom Hale met in private with Senator Ann Ruiz on Friday.", {"Tom Hale", "Ann Ruiz"}),
    ("Governor Tom Hale met face to face with Senator Ann Ruiz.", {"Tom Hale", "Ann Ruiz"}),
    ("Governor Tom Hale talked behind closed doors with Senator Ann Ruiz.", {"Tom Hale", "Ann Ruiz"}),
    ("Governor Tom Hale met one-on-one with Senator Ann Ruiz.", {"Tom Hale", "Ann Ruiz"}),
    # two dates joined before the with-phrase, and a date after "on" (no place: "met on Bali")
    ("Governor Tom Hale will meet on Monday and Tuesday with Senator Ann Ruiz.", {"Tom Hale", "Ann Ruiz"}),
    ("Governor Tom Hale met on Monday and Tuesday in Ottawa with Senator Ann Ruiz.", {"Tom Hale", "Ann Ruiz"}),
    # a relative clause on the second of two coordinated subjects, in a clause that "after" opens (no preposition)
    ("The budget was drafted after Governor Tom Hale and Senator Ann Ruiz, who is in Ottawa, conferred on Friday.",
     {"Tom Hale", "Ann Ruiz"}),
    # "of" a place the entity layer reads as a one-word person: where the listed person is from
    ("Governor Tom Hale, Anna Berg of Westbury and Senator Sam Ortiz discussed the budget on Tuesday.",
     {"Tom Hale", "Anna Berg", "Sam Ortiz"}),
    # a name coordinated with a plural description that announces the list after it
    ("Delegates from Iran and the five other states - Egypt, Jordan, Turkey, Oman and Qatar - meet in Vienna today.",
     {"Iran", "Egypt", "Jordan", "Turkey", "Oman", "Qatar"}),
    ("Canada and its main trading partners, Japan and Mexico, met in Ottawa on Friday.", {"Canada", "Japan", "Mexico"}),
]


@pytest.mark.parametrize(("text", "parties"), PARTICIPANT_STRUCTURES)
def test_participant_structures(text: str, parties: set[str]) -> None:
    found = meetings_of(text)
    assert [p for _, p in found] == [parties], found


def test_the_two_leaders_continue_the_meeting() -> None:
    text = "President Barack Obama met Prime Minister Shinzo Abe. The two leaders discussed trade and security."
    [meeting] = extract(text).meetings
    assert meeting.topic is not None and meeting.topic.text == "trade and security"


NOT_MEETINGS = [
    # said after a meeting, or in no meeting at all: the addressee need not have been there
    "After the meeting, Secretary of State John Kerry told Foreign Minister Sergei Lavrov to act.",
    "In a statement on Monday, Secretary of State John Kerry told Foreign Minister Sergei Lavrov to act.",
    "At a news conference on Monday, Secretary of State John Kerry told reporters that talks would resume.",
    # a capitalised sense word inside a name of a thing stays an object
    "The utility met the Bill Payment Standards set by regulators.",
    "Lawmakers met the bill with scepticism on Tuesday.",
    # a passive agent placed by a date, then at something that is no meeting
    "The rule was confirmed by Interior Secretary Ann Berg on Tuesday in a statement to Congress.",
    "The company said it expects to meet its targets this year.",
    "Quarterly results met expectations, analysts said.",
    # an amount's unit before the object of the other sense
    "Senator Ann Berg said her bill would allow suits for failure to meet the Federal Reserve's 50 pct margin "
    "requirements.",
    # ... and two modifiers coordinated before it
    "Harlow Systems Inc said it failed to meet the NYSE capital and earnings requirements.",
    "The ministry is meeting the deadline set by Germany.",
    "Japan must meet their obligations under the treaty, President Barack Obama said.",
    "The plan met with criticism from Germany and France.",
    "President Barack Obama addressed a news conference in Tokyo with Prime Minister Shinzo Abe.",
    "President Barack Obama called for talks between Egypt and Turkey.",
    # talks suggested are only proposed
    "Earlier this month, Rexford Holdings suggested holding talks with Merriweather Group on a merger.",
    # talks someone obstructs may never take place, and the obstructor is often no side of them
    "Two diplomats accused Moscow of obstructing negotiations with the Council of Europe and NATO.",
    "Peru was sabotaging negotiations with the International Monetary Fund, the minister said.",
    # "meet for talks" is one trigger: a hedge before its verb holds for the talks too
    "Norwegian Prime Minister Olav Berge wrote to Swedish Prime Minister Anna Ek on Monday. Berge proposed that the "
    "two prime ministers meet for talks in Oslo next month.",
    "Turkey and Egypt were moving towards talks.",
    "Secretary of State John Kerry visited Moscow on Monday.",
    "Saudi Arabia is hosting the Games and Turkey the final.",
    "Secretary of State John Kerry refused to meet Javad Zarif.",
    "President Barack Obama appeared on Meet the Press with Chancellor Angela Merkel.",
    "President Barack Obama met in Tokyo on Tuesday.",
    "Wars in Egypt, Turkey and Jordan are unlikely to end through peace talks.",
    "John Kerry and Sergei Lavrov were involved in the Vienna talks for years.",
    # a name modifying a title the entity table cannot resolve is no party
    "The Egypt businessman and the Jordan envoy discussed the crisis.",
    # a nationality adjective before a common noun names no party
    "President Barack Obama boasted of his many meetings with Russian oligarchs.",
    # "host" as a title
    "President Barack Obama was asked by talk show host Bill Maher about Chancellor Angela Merkel.",
    # a relative clause on no name: its subject is unknown
    "Analysts said half of those who met Chancellor Angela Merkel gave money.",
    # a call for something is no phone call
    "President Barack Obama renewed his call for talks on trade.",
    # proposed, not held
    "Turkish President Recep Tayyip Erdogan renewed his offer that the two countries meet to discuss the dispute.",
    # asked for, sought, needed: not held
    "John Kerry and Sergei Lavrov asked Japan to begin negotiations on fishing rights.",
    "President Recep Tayyip Erdogan said he will seek a meeting with President Vladimir Putin next month.",
    "Officials said Egypt and Jordan need to talk urgently about water.",
    # the finance sense of "call"
    "The Ministry of Trade offer includes a put and call option agreement with Egypt.",
    # other senses and hypotheticals
    "Japan will try to meet U.S. requests for lower rates.",
    "Egypt changed the plan to meet Ministry of Trade regulations.",
    "President Barack Obama's authority to negotiate a trade zone with Japan was extended.",
    'President Barack Obama has called for a "summit" conference with Prime Minister Shinzo Abe on the budget.',
    "Prime Minister Shinzo Abe and Chancellor Angela Merkel made their call while President Barack Obama was away.",
    # a direct object that is no party: the subjects did not meet each other
    "President Barack Obama and Prime Minister Shinzo Abe met reporters in Tokyo.",
    "Egypt and Jordan built up their reserves to meet Latin American debt problems.",
    # only people are known to attend a meeting that times their clause
    "Egypt and Jordan bonds rose after the OPEC meeting.",
    # a passive "discussed with": the subject is the topic, not a side
    "President Barack Obama said the Egypt plan will be discussed with Jordan.",
    "Secretary of State John Kerry, speaking by phone from Egypt, said the crisis deepened.",
    # a name before a noun only modifies it
    "Chancellor Angela Merkel, who hosted the Obama Foundation gala, spoke first.",
    "Prime Minister Shinzo Abe said he received Obama administration approval for the plan.",
    # where the speaker was on the phone, not whom he called
    "Secretary of State John Kerry told Sergei Lavrov's aides in a telephone conversation from Vienna that nothing "
    "changed.",
    # others asked to meet: the plea's object and infinitive stand before the meeting word
    "The United States encouraged Japan and Egypt to resume trade talks and avoid a crisis.",
    "President Barack Obama urged President Vladimir Putin to hold direct talks with Chancellor Angela Merkel.",
    "Secretary of State John Kerry pressed Egypt and Turkey on Monday to start new negotiations.",
    # a duration with nobody named after it
    "President Barack Obama met for two hours in Tokyo.",
    "The ministers met for three days without Japan.",
    # the sense word is the verb's own object
    "Japan met its debt payments to Egypt on time.",
    "The plan met with opposition in Germany and France.",
    # hedges that do not place anything at the meeting
    "President Barack Obama said there was no progress toward talks with Prime Minister Shinzo Abe.",
    "Secretary of State John Kerry refused to meet with Sergei Lavrov in Geneva.",
    # a demonym coordinated before a group of no state shares its head: where they come from, no side
    "Prime Minister Margaret Thatcher told a meeting of Soviet and British businessmen that trade would grow.",
    # a question about a meeting is no meeting
    "Asked if President Ronald Reagan would discuss the issue with Paul Volcker, the spokesman said he had no idea.",
    "It was unclear whether President Ronald Reagan would meet Prime Minister Yasuhiro Nakasone.",
    # a passive "received by" whose subject is a thing
    "Pay 'N Pak said the proposal had been amended to raise the dividend rate on the preferred stock to be received "
    "by PNP shareholders.",
    # a state's creditors are not the state
    "Finance Minister Ravi Rao met the Philippines' commercial creditors in New York on Monday.",
    # a place inside a group's of-phrase that modifies a common noun is where its members come from
    "Representatives of the Florida sugarcane producers met with the Agriculture Department on Monday.",
    # an aside between commas inside or after the hedge leaves it in force
    "Labour Minister Paul Dupont said Prime Minister Jean Martin had refused, on April 8, to meet with him.",
    "Labour Minister Paul Dupont declined, however, to meet Prime Minister Jean Martin.",
    # a relative clause whose subject is not its first word hangs nothing on its name
    "Ambassador Maynard Glitman, who heads the American team discussing arms control, spoke.",
    "Rodman Moorhead, who is also a Symbion director, met on Monday with the company's advisers.",
    # a plural pronoun read as a city: a city meets nobody
    "Prime Minister Shinzo Abe flew to Moscow on Monday, where they all came to meet him.",
    # a with-phrase after a copula belongs to another predicate
    "Trade Commissioner Maria Jensen said after the talks there was growing impatience with Japan.",
    # a call paid on nobody named
    "President Barack Obama paid a call on shareholders to vote for the plan.",
    "President Barack Obama called on Japan to meet its obligations.",
    # no owner, or an owner that is no person, or the possessive not opening the clause
    "The resignation was accepted during a meeting with President Barack Obama on Tuesday.",
    "Japan reported losses. Its plan was approved at a meeting with Egypt.",
    # "called" as naming, a plea or a complement; a welcomed thing; a gerund's subjects meeting nobody named
    "Senator Tom Hale called President Barack Obama a coward.",
    "Senator Tom Hale called on President Barack Obama to resign.",
    "Imperial Textiles formed a new unit called Acme Fabrics.",
    "Brokers welcomed Finance Minister Ravi Rao's proposal to set up a regulator.",
    "Senator Tom Hale and Senator Ann Ruiz spent two days talking to farmers.",
    # speakers at an event did not meet each other
    "Senator David Boren and the agency officials spoke at a hearing on the farm credit system.",
    # a determiner is no adjective of a title
    "Prime Minister Yossi Levin will meet with any candidate who requests a meeting.",
    # a visit to a place or a company, or to an unnamed group, is no meeting; a possessive before a preposition
    # owns something else
    "Governor Tom Hale's visit to Ottawa drew protests.",
    "Governor Tom Hale's official visit to Microsoft ended on Tuesday.",
    "Governor Tom Hale's visit with the troops lasted a day.",
    "Governor Tom Hale's call for talks with Premier Jean Roy was rejected.",
    # a passive "met" whose subject is the object of another sense; a meeting requested or boycotted
    "Senator Ann Ruiz told Governor Tom Hale the strike would go on unless their demands were met.",
    "Senator Ann Ruiz told Governor Tom Hale the sale would wait until the conditions have been met.",
    "Governor Tom Hale intends to request a meeting with Premier Jean Roy.",
    "Italy boycotted a meeting with Japan and Canada.",
    # a place that only says where the other side is based is no party
    "Exxon Corp said it is discussing a loan with London-based financial institutions.",
    "Exxon Corp ended takeover talks with a U.S.-based investor group.",
    # a call is with its other side at once: "calls" naming something
    "President Omar Farouk seized the province in what he calls a historic union with Kuwait.",
    # a capitalised word before a group noun names nobody: the only named side is the other one
    "Banking sources said lenders would stay out of today's talks with Finance Minister Ravi Rao.",
    "Port officials said they would meet Governor Tom Hale today.",
    # a hedge before a dotted compound or a quoted name of the meeting
    "Secretary of State John Kerry will go to Moscow to prepare a possible U.S.-Soviet summit meeting.",
    "President Barack Obama is still opposed to a so-called 'budget summit' with Congress.",
    # a name inside the members' phrase modifies another noun: whom the speaker addressed is no named body
    "Chief Executive Karl Weber told a quarterly meeting of the Hamburg plant's workforce that sales rose.",
    # a meeting noun that names its own, unnamed sides, or that only times the clause ("ahead of"), does not
    # make the people of the clause its participants
    "Premier Jean Roy sacked Senator Tom Hale after a telephone conversation with another party member.",
    "Senator Tom Hale and Senator Ann Ruiz were speaking ahead of a discussion by the ministers of the report.",
    # an unnamed speaker after the reported clause met the other side, not a name of what was said
    "Japan will face sanctions soon, senators said today after a meeting with Commerce Secretary Ann Ruiz.",
    # the object of another sense: "tests" as well as "test"
    "Acme Corp said the move would allow it to meet Canadian government tests on dividends.",
    # a nameless spokesman stands for nobody named
    "A presidential spokesman said talks with Governor Tom Hale would resume.",
    "One trader said his company hoped to meet representatives of Texaco Inc to clarify the position.",
    "A spokesman for Anglo-American, which owns the mines, said negotiations were being held with the NUM.",
    # no plans, a requirement to meet, a call for something
    "Agriculture Minister Mutsuki Kato said he has no plans to start bilateral trade talks with the United States.",
    "Senator Tom Hale approved a measure that would require Secretary of State George Shultz to enter into talks "
    "with Japan.",
    "The EC Commission said the remaining problems included calls from France and the Netherlands for significant "
    "changes to the proposals.",
    "Premier Jean Roy said the crisis was staged in order to force Greece to negotiate with Turkey.",
    # coordinated subjects whose with-phrase names an unnamed other side are one side
    "The Paris Bourse (PB) and the Madrid Stock Exchange (MSE) agreed on an index. The PB and MSE will negotiate "
    "with a third party to run it.",
    # a meeting only proposed: a long subject in the proposal's that-clause, a meeting proposed to someone, the way
    # paved for talks
    "Committee chairman Tom Hale proposed that farm state lawmakers and representatives of grain growers meet with "
    "Premier Jean Roy next week.",
    "President Omar Farouk will propose to Gulf Cooperation Council states a summit meeting with Premier Jean Roy.",
    "The accord would open the way for summit talks between President Omar Farouk and Premier Jean Roy.",
    # a side only willing or hoping to meet
    "Acme Corp said it is prepared to discuss with officials of Beta Industries Inc the future of the plant.",
    "Acme Corp said it hopes to promptly negotiate an agreement with Beta Industries Inc.",
    "Prime Minister Olav Berge wants to meet Swedish Prime Minister Anna Ek before the summer.",
]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_no_false_meetings(text: str) -> None:
    assert meetings_of(text) == []


def test_a_plea_to_others_ends_before_the_subjects_own_meeting() -> None:
    text = "Secretary of State John Kerry asked reporters to wait, then met with Sergei Lavrov for two hours."
    assert meetings_of(text) == [("met", {"John Kerry", "Sergei Lavrov"})]


def test_merge_mentions_of_one_meeting() -> None:
    first = "President Barack Obama met Prime Minister Shinzo Abe in Tokyo."
    [merged] = extract(first + " The meeting between Obama and Abe lasted two hours.").meetings
    assert merged.trigger.text == "met"
    assert merged.confidence > extract(first).meetings[0].confidence


def test_a_merged_meeting_rests_on_the_verb_that_states_it() -> None:
    # the first mention is a noun that only times what was said; a later sentence states the meeting with a verb
    text = ("Speaking before talks with Prime Minister Pedro Alves, Chancellor Erich Brandt said trade was strong. "
            "Brandt met Alves in Lisbon for two hours.")
    [merged] = extract(text).meetings
    assert merged.trigger.text == "met"
    assert merged.evidence.text == "Brandt met Alves in Lisbon for two hours."


def test_coordinated_demonyms_before_officials_stand_for_their_states() -> None:
    assert meetings_of("Prime Minister Margaret Thatcher met Soviet and British officials on Monday.") == [
        ("met", {"Margaret Thatcher", "Soviet Union", "United Kingdom"})
    ]


def test_an_apposition_closed_before_a_verb_phrase_holding_the_meeting_noun() -> None:
    text = (
        "Makoto Kuroda, vice minister of Japan's Ministry of International Trade and Industry, is to hold two days of "
        "meetings with Deputy Trade Representative Michael Smith."
    )
    assert meetings_of(text) == [("meetings", {"Makoto Kuroda", "Michael Smith"})]


def test_a_relative_pronoun_before_a_speaker_and_said_is_the_reported_subject() -> None:
    text = (
        "Mines Minister Wilfredo Huayta spoke after meeting President Alan Garcia, whom he said recently spoke by "
        "telephone with Mexican President Miguel de la Madrid."
    )
    assert meetings_of(text) == [
        ("meeting", {"Wilfredo Huayta", "Alan Garcia"}),
        ("spoke by telephone", {"Alan Garcia", "Miguel de la Madrid"}),
    ]


def test_a_venue_naming_the_meeting_is_no_side() -> None:
    text = (
        "In a statement at a White House meeting with Senate Republicans on the bill, President Ronald Reagan said he "
        "would veto it."
    )
    assert all("White House" not in parties for _, parties in meetings_of(text))


def test_a_banks_own_bankers_stand_for_it() -> None:
    assert meetings_of("Finance Minister Ravi Rao met Citibank's bankers in New York on Monday.") == [
        ("met", {"Ravi Rao", "Citibank"})
    ]


def test_reporting_subject_after_a_comma_is_no_object() -> None:
    assert meetings_of("Group of Seven ministers will meet in Tokyo next month, officials said.") == []


def test_a_date_between_subject_and_meeting_noun_is_no_preposition() -> None:
    assert meetings_of("Japan and Egypt agreed on Friday to hold emergency talks on trade.") == [
        ("hold emergency talks", {"Japan", "Egypt"})
    ]


def test_compound_read_as_one_name_splits_into_named_parties() -> None:
    text = "Ronald Reagan praised Mikhail Gorbachev. It recalled the Reagan-Gorbachev summit in Geneva."
    assert meetings_of(text) == [("summit", {"Ronald Reagan", "Mikhail Gorbachev"})]


def test_titles_on_both_sides_are_no_party_phrases() -> None:
    text = "Finance Minister Shinzo Abe met Trade Minister Barack Obama today."
    assert meetings_of(text) == [("met", {"Shinzo Abe", "Barack Obama"})]


def test_a_common_noun_read_as_a_name_is_no_party() -> None:
    text = "President Barack Obama visited Tokyo. Government officials said Japan and the United States would meet."
    assert [p for _, p in meetings_of(text)] == [{"Japan", "United States"}]
    assert meetings_of("Government officials held talks with Prime Minister Shinzo Abe.") == []


def test_the_two_presidents_are_the_presidents_named_before() -> None:
    text = (
        "President Vladimir Putin and President Donald Trump spoke by phone on Saturday. Prime Minister Theresa May "
        "was in Washington on Friday. The two presidents agreed to a meeting in the spring."
    )
    assert {frozenset(p) for _, p in meetings_of(text)} == {frozenset({"Vladimir Putin", "Donald Trump"})}


def test_they_after_a_coordination_is_the_pair() -> None:
    assert meetings_of("The chiefs of Egypt and Jordan said they met and agreed on a plan.") == [
        ("met", {"Egypt", "Jordan"})
    ]


def test_a_with_phrase_of_each_other_keeps_the_coordinated_subjects() -> None:
    assert meetings_of("Senator Tom Hale and Senator Ann Ruiz met with each other on Monday.") == [
        ("met", {"Tom Hale", "Ann Ruiz"})
    ]


def test_a_named_speaker_after_the_clause_met_the_other_side() -> None:
    text = "Japan will face sanctions soon, Senator Tom Hale said today after a meeting with Premier Jean Roy."
    assert meetings_of(text) == [("meeting", {"Tom Hale", "Jean Roy"})]


def test_a_name_owning_the_object_of_discussed_leaves_the_with_phrase_its_own() -> None:
    text = "Finance Minister Ravi Rao discussed Argentina's loan request with World Bank Vice-President David Knox."
    assert meetings_of(text) == [("discussed", {"Ravi Rao", "David Knox"})]


def test_a_nameless_spokesperson_speaks_for_the_organisation() -> None:
    text = (
        "Acme Corp said it had started talks with Zenith Corp. The Acme spokeswoman said she expected news about "
        "the talks with Zenith next week."
    )
    assert [p for _, p in meetings_of(text)] == [{"Acme", "Zenith"}]


def test_managers_and_authorities_stand_for_their_organisation_or_state() -> None:
    text = "Investor Carl Lindner said his talks with Acme Corp's managers were aimed at a larger stake."
    assert meetings_of(text) == [("talks", {"Carl Lindner", "Acme"})]


def test_a_capital_as_a_side_stands_for_its_state() -> None:
    text = "The EC is keen to negotiate with Tokyo to solve the problem."
    assert meetings_of(text) == [("negotiate", {"EC", "Japan"})]


def test_a_list_ends_before_the_next_clauses_speaker() -> None:
    text = (
        "President Raul Alfonsin met for an hour with Managing Director Michel Camdessus, and Economy Minister Juan "
        "Sourrouille said the talks went well."
    )
    assert meetings_of(text)[0] == ("met", {"Raul Alfonsin", "Michel Camdessus"})


def test_their_meeting_is_the_meeting_of_the_same_sentence() -> None:
    text = (
        "Finance Minister Ravi Rao said that he, Premier Jean Roy and Governor Tom Hale had a constructive "
        "discussion and agreed on the plan during their meeting on Monday."
    )
    assert [p for _, p in meetings_of(text)] == [{"Ravi Rao", "Jean Roy", "Tom Hale"}]


def test_a_dated_meeting_named_in_part_is_the_fuller_one() -> None:
    text = ("Finance minister Gerhard Stoltenberg said the meeting on Monday with Treasury Secretary James Baker "
            "underscored their resolve.  Stoltenberg said that he, Baker and Bundesbank President Karl Otto Poehl had "
            "a constructive discussion during their meeting on Monday.")
    assert [parties for _, parties in meetings_of(text)] == [{"Gerhard Stoltenberg", "James Baker", "Karl Otto Poehl"}]
