"""Statements: every reported speech act with its speaker, cue, content, kind and date."""

from __future__ import annotations

from datetime import date

import pytest
from speech_stage import speech

from schemas import Statement

# A lead sentence that names the speaker in full, as news does before it calls him by his surname alone.
SMITH = "John Smith, the finance minister, presented the budget on Tuesday. "
MINISTRY = "The Foreign Ministry summoned the ambassador. "


def _statements(text: str, reference: date | None = None) -> list[Statement]:
    """The statements of `text` as the pipeline finds them: real dates, real entity layer, speech."""
    return speech(text, reference=reference)[1]


def _brief(s: Statement) -> tuple[str | None, str, str, str]:
    return (s.speaker.name if s.speaker else None, s.cue.text, s.kind.value, s.content.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Foreign Ministry affirmed that Moscow remains committed to the treaty.",
            [("Foreign Ministry", "affirmed", "indirect", "Moscow remains committed to the treaty")],
        ),
        (
            SMITH + "Smith said the budget would be balanced by 2026.",
            [("John Smith", "said", "indirect", "the budget would be balanced by 2026")],
        ),
        (
            SMITH + "Smith declared in an interview with Reuters that the budget would be balanced.",
            [("John Smith", "declared", "indirect", "the budget would be balanced")],
        ),
        (
            SMITH + "Smith told reporters the budget would be balanced.",
            [("John Smith", "told", "indirect", "the budget would be balanced")],
        ),
        (  # a plural possessive in the listener is no head: the possessed noun is the listener's
            SMITH + "Smith told the annual shareholders' meeting parent company turnover was expected to fall.",
            [("John Smith", "told", "indirect", "parent company turnover was expected to fall")],
        ),
        (  # a listener named by 'the' and capitalised words is one name, a parenthesis after it part of it
            SMITH + "Smith told the Supreme Soviet (parliament) industrial output should rise by 4.5 pct.",
            [("John Smith", "told", "indirect", "industrial output should rise by 4.5 pct")],
        ),
        (
            SMITH + "The budget will be balanced by 2026, Smith said.",
            [("John Smith", "said", "indirect", "The budget will be balanced by 2026")],
        ),
        (
            "Daihatsu plans to export production facilities to Poland, according to Mitsui officials.",
            [
                (
                    "Mitsui officials",
                    "according to",
                    "indirect",
                    "Daihatsu plans to export production facilities to Poland",
                )
            ],
        ),
        (
            "The sanctions, which were announced on Monday by John Smith, take effect in April.",
            [("John Smith", "announced", "indirect", "The sanctions")],
        ),
        (
            SMITH + "Smith said he was surprised by the criticism but added that it was not one-sided.",
            [
                ("John Smith", "said", "indirect", "he was surprised by the criticism"),
                ("John Smith", "added", "indirect", "it was not one-sided"),
            ],
        ),
        (  # a new subject and its reporting verb after 'and' open another report
            "Sun Co announced that it would raise prices by 50 cts a barrel late Friday and traders said that other"
            " oil companies could follow.",
            [
                ("Sun", "announced", "indirect", "it would raise prices by 50 cts a barrel late Friday"),
                ("traders", "said", "indirect", "other oil companies could follow"),
            ],
        ),
        (  # a report inside a relative clause ends at the comma after which the main clause's verb goes on
            "The Bass group, which did not name the people with whom it said it has had talks, said it plans to"
            " buy more shares.",
            [
                ("Bass group", "said", "indirect", "it has had talks"),
                ("Bass group", "said", "indirect", "it plans to buy more shares"),
            ],
        ),
        (  # … not at a participle's ('said to be', 'said by')
            SMITH + "Smith said the company, said to be worth five mln dlrs, is for sale.",
            [("John Smith", "said", "indirect", "the company, said to be worth five mln dlrs, is for sale")],
        ),
        (  # … while a subject coordinated inside the content is not one ('the U.S. agreed' reports nothing of its own)
            SMITH + "Smith said Japan and the U.S. agreed on the terms.",
            [("John Smith", "said", "indirect", "Japan and the U.S. agreed on the terms")],
        ),
        (  # a participle inside what was said ('announced in April') reports nothing of its own
            MINISTRY + "The purchases complete the export initiative announced in April, the ministry said.",
            [
                (
                    "Foreign Ministry",
                    "said",
                    "indirect",
                    "The purchases complete the export initiative announced in April",
                )
            ],
        ),
        (  # a reporting clause set in commas inside what was said: the content runs on both sides of it
            SMITH + "One point, Smith said, was that the budget would balance.",
            [("John Smith", "said", "indirect", "One point, Smith said, was that the budget would balance")],
        ),
        (  # an adverb before 'that' is no part of what was said
            SMITH + "Smith announced jointly that the budget would be balanced.",
            [("John Smith", "announced", "indirect", "the budget would be balanced")],
        ),
        (  # 'that' before a verb is the reported clause's subject, not its conjunction
            SMITH + "Smith told reporters that was not good enough.",
            [("John Smith", "told", "indirect", "that was not good enough")],
        ),
        (  # the listener ends at its head noun: what follows is the reported clause's subject
            SMITH + "Smith told reporters major banks have cut their lending.",
            [("John Smith", "told", "indirect", "major banks have cut their lending")],
        ),
        (
            SMITH + "Smith told a news conference pre-tax profit for the year should rise.",
            [("John Smith", "told", "indirect", "pre-tax profit for the year should rise")],
        ),
        (  # a phrase with no listener's head after 'warned' is the reported clause's subject
            SMITH + "Smith warned another bitter trade dispute will follow.",
            [("John Smith", "warned", "indirect", "another bitter trade dispute will follow")],
        ),
        (  # 'notes' after 'and' is a plural noun in a list, no second cue
            SMITH + "Smith said the state will pay 18 mln dlrs in cash and notes over five years.",
            [("John Smith", "said", "indirect", "the state will pay 18 mln dlrs in cash and notes over five years")],
        ),
        (  # such a noun before 'of', 'on', 'due' or 'for' is no cue either
            "Analysts' estimates of 1.10 dlrs a share are too low, the company said. It will sell 100 mln dlrs of"
            " notes due 1997, said lead manager Shearson Lehman Brothers. There are no firm estimates on the costs.",
            [("company", "said", "indirect", "Analysts' estimates of 1.10 dlrs a share are too low"),
             ("Shearson Lehman Brothers", "said", "indirect", "It will sell 100 mln dlrs of notes due 1997")],
        ),
        (  # a quantity opens the reported clause: its verb follows
            SMITH + "Smith added 20 dlrs a barrel was a likely price.",
            [("John Smith", "added", "indirect", "20 dlrs a barrel was a likely price")],
        ),
    ],
)
def test_indirect_statements(text: str, expected: list) -> None:
    assert [_brief(s) for s in _statements(text)] == expected


def test_direct_and_mixed_statements() -> None:
    text = (
        SMITH + '"We will not accept these terms," Smith said.\n\n'
        + MINISTRY + 'The ministry said the plan was "a threat to the stability of the whole region."'
    )
    briefs = [_brief(s) for s in _statements(text)]
    assert briefs == [
        ("John Smith", "said", "direct", "We will not accept these terms,"),
        ("Foreign Ministry", "said", "mixed", 'the plan was "a threat to the stability of the whole region."'),
    ]


@pytest.mark.parametrize(
    "text",
    [
        SMITH + "Smith did not say whether the budget would be balanced.",  # negated
        "The plan is said to cost billions.",  # passive: nobody's words
        SMITH + "Smith's notes were lost in the fire.",  # a noun, not a cue
        SMITH + "Smith responded to the criticism on Twitter.",  # a reply to something, no reported content
        "Several primaries conclude the season in June.",  # 'conclude' after a plural is no speech verb
        # a subject with its appositive before the verb: the noun after it is an object, not an inverted speaker
        "John Smith, the finance minister, warned investors.",
        "Maria Lopez, the economy minister, answered questions.",
    ],
)
def test_not_statements(text: str) -> None:
    assert _statements(text) == []


def test_statement_date_from_its_own_clause() -> None:
    text = "The Foreign Ministry affirmed this Thursday that Moscow remains committed to the treaty."
    (s,) = _statements(text, date(2024, 2, 15))
    assert s.date_value == "2024-02-15"
    assert s.content.text == "Moscow remains committed to the treaty"


def test_a_year_inside_the_speaker_phrase_is_neither_a_skipped_date_nor_the_statement_s() -> None:
    (s,) = _statements(
        "The government's economic report for calendar 1986, issued last week, said the tax cuts began to bite in"
        " the third quarter.",
        reference=date(1987, 3, 3),
    )
    assert s.content.text == "the tax cuts began to bite in the third quarter"
    (s,) = _statements("The Trade Act of 1974 says a member must not be dominated by another state.")
    assert s.date_value is None


def test_statement_date_never_from_the_content() -> None:
    text = SMITH + "Smith said the ministers would meet on Monday to discuss the treaty."
    (s,) = _statements(text, date(2024, 2, 15))
    assert s.date_value is None


@pytest.mark.parametrize(
    "text",
    [
        "Last year, the report said, the group's pension costs rose to 236 mln dlrs.",
        "In the coming weeks, the aide said, the senators will press for a budget deal.",
        "Grain output hit a record 98 mln tonnes, up from 90 mln the previous year, Holm said, while the output of"
        " other oilseeds was lower.",
    ],
)
def test_a_date_before_a_reporting_clause_set_off_in_commas_is_the_content_s(text: str) -> None:
    """', X said, …' is an aside inside what was said: a date before it dates what was said, not the saying."""
    (s,) = _statements(text, date(1987, 3, 3))
    assert s.date_value is None


def test_a_date_before_a_reporting_clause_that_introduces_its_words_dates_the_act() -> None:
    (s,) = _statements("Last week, the company said it had sold the mill.", date(1987, 3, 3))
    assert s.date_value == "1987-W09"
    for text in ('On Friday, Holm said, "We will not sell the mill."', "On Friday, Holm said, ''We will not sell.''"):
        (s,) = _statements(text, date(1987, 3, 3))
        assert s.date_value == "1987-02-27"


def test_statements_link_their_quotes() -> None:
    text = SMITH + '"We are ready," Smith said, "but not at any price."'
    quotes, statements = speech(text)
    (s,) = statements
    assert s.quote_ids == [q.id for q in quotes]
    assert all(q.statement_id == s.id for q in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a stock code between the company and its verb; the canonical name drops the legal form
            "Harlow Foods Inc <HRLW> said it sold its bakery unit to a private buyer.",
            [("Harlow Foods", "said", "indirect", "it sold its bakery unit to a private buyer")],
        ),
        (
            "Nordvik Shipping AG <NRDV.O> said on Monday that freight volumes rose in May.",
            [("Nordvik Shipping", "said", "indirect", "freight volumes rose in May")],
        ),
        (  # a post-modified plural source closing the sentence
            "Freight rates will stay high this summer, sources close to the central bank said.",
            [
                (
                    "sources close to the central bank",
                    "said",
                    "indirect",
                    "Freight rates will stay high this summer",
                )
            ],
        ),
        (
            "Reporters at the scene told Reuters the fire was spreading quickly.",
            [("Reporters at the scene", "told", "indirect", "the fire was spreading quickly")],
        ),
        (  # coordinated nouns opening the reporting clause
            "A bomb exploded near the stadium, police and hospital officials said.",
            [("police and hospital officials", "said", "indirect", "A bomb exploded near the stadium")],
        ),
        (  # an inverted speaker closes the sentence, after a long clause with appositives of its own
            "Kestrel Chemicals, the largest maker in the region, will expand this year, and better its results,"
            " said chairman-elect Denys Whitcombe.",
            [
                (
                    "Denys Whitcombe",
                    "said",
                    "indirect",
                    "Kestrel Chemicals, the largest maker in the region, will expand this year, and better its results",
                )
            ],
        ),
        (  # a conjunction opening the sentence is not part of the speaker
            MINISTRY + "But the ministry said the talks would resume.",
            [("Foreign Ministry", "said", "indirect", "the talks would resume")],
        ),
    ],
)
def test_reporting_clauses_of_agency_news(text: str, expected: list) -> None:
    assert [_brief(s) for s in _statements(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject and its appositive come first: the name after the cue starts what was said
            'Tom Hale, who advised the mayor for a decade, said the Walker "plan may have run its course."',
            [("Tom Hale", "said", "mixed", 'the Walker "plan may have run its course."')],
        ),
        (
            'Anna Berg, a veteran pollster, said Walker "never understood the state\'s voters."',
            [("Anna Berg", "said", "mixed", 'Walker "never understood the state\'s voters."')],
        ),
        (  # an adverb before the participle that opens a clause about the company
            "<Tallis Corp>, recently formed from the merger of Orwell Ltd with Brennan Corp, said Tom Hale has been"
            " named chairman.",
            [("Tallis", "said", "indirect", "Tom Hale has been named chairman")],
        ),
        (  # a number opens what was said after the listener
            "Anna Berg told the annual meeting 80 pct of last year's sales came from exports.",
            [("Anna Berg", "told", "indirect", "80 pct of last year's sales came from exports")],
        ),
        (  # a role opening on a participle between a company and a name ('managing director')
            "Prices will stay firm this year, said Morgan Stanley Group managing director John Wellemeyer.",
            [("John Wellemeyer", "said", "indirect", "Prices will stay firm this year")],
        ),
        (  # a conjunction opening the clause is not part of its subject
            "While some analysts said the company was worth more, the board rejected the bid.",
            [("analysts", "said", "indirect", "the company was worth more")],
        ),
        (  # … and what they said ends at the subordinate clause's comma, not at one inside a number
            "Although the ministry said 2,400 jobs would go, the union expects more.",
            [("ministry", "said", "indirect", "2,400 jobs would go")],
        ),
        (  # a name whose last words list in commas ('…, Fats and Oils') is one speaker, not the content's end
            "Imports of oilseeds rose in 1986, the Commodity Board for Margarine, Fats and Oils said.",
            [("Commodity Board for Margarine", "said", "indirect", "Imports of oilseeds rose in 1986")],
        ),
        (  # … but a name closing what was said stays there
            "The funds were buying shares of Morton-Thiokol, Standard and Poor's said.",
            [("Standard and Poor's", "said", "indirect", "The funds were buying shares of Morton-Thiokol")],
        ),
        (  # wire copy capitalises the word after an initial's full stop
            "Abbey National, the second largest building society in the U.K., Said it has arranged a new program.",
            [("Abbey National", "Said", "indirect", "it has arranged a new program")],
        ),
        (  # a dash set off by spaces ends the speaker phrase
            "Noting that the embargo shut out farm goods -- grain and some foodstuffs -- Western economists say"
            " credits dried up.",
            [("Western economists", "say", "indirect", "credits dried up")],
        ),
        (  # an aside in commas after the cue is not what was said
            "Tom Hale said, however, that the city would cut jobs.",
            [("Tom Hale", "said", "indirect", "the city would cut jobs")],
        ),
        (  # 'added that' reports a clause, whatever figure opens it
            "Tom Hale added, however, that about 13.6 mln dlrs of the loss came from the closed units.",
            [("Tom Hale", "added", "indirect", "about 13.6 mln dlrs of the loss came from the closed units")],
        ),
        (  # a parenthesis inside the appositive is part of it
            "Tom Hale, asked in a radio interview (on WKRP) about the budget, said the city would cut jobs.",
            [("Tom Hale", "said", "indirect", "the city would cut jobs")],
        ),
        (  # one fronted word before the subject and its appositive: what follows the cue was said, however short
            "Separately, Tom Hale, a spokesman for the mayor, said the plan failed.",
            [("Tom Hale", "said", "indirect", "the plan failed")],
        ),
        (  # a fronted adverbial is no subject: the speaker after the cue closes the sentence
            "In a crowded field of candidates, it is rare for a newcomer to win the first vote, said Anna Berg,"
            " a veteran pollster.",
            [
                (
                    "Anna Berg",
                    "said",
                    "indirect",
                    "In a crowded field of candidates, it is rare for a newcomer to win the first vote",
                )
            ],
        ),
        (  # a fronted prepositional phrase is no subject either, however long the clause after it
            "Under the new pay plan, nurses on the night shift would earn more and choose their own rotas, said"
            " Mary Olsen, a steward with the nurses' union.",
            [
                (
                    "Mary Olsen",
                    "said",
                    "indirect",
                    "Under the new pay plan, nurses on the night shift would earn more and choose their own rotas",
                )
            ],
        ),
        (  # an adverbial closed by a comma, an appositive clause skipped back to it: the speaker follows the cue
            "Instead of merging, the two hospitals will keep their own boards, said the chief nurse of one ward at"
            " Mercy Hospital.",
            [
                (
                    "chief nurse of one ward",
                    "said",
                    "indirect",
                    "Instead of merging, the two hospitals will keep their own boards",
                )
            ],
        ),
        (  # a phrase after the cue that names no one opens what was said: no speaker there
            "Beyond the budget, said his calculations showed that the hospital would run a deficit.",
            [],
        ),
        (  # the place a named speaker speaks from is no speaker, nor is the place of the firm he is with
            "Tom Hale in Zurich said the situation is very dangerous. Anna Berg of Banque Lemaire (Balem) in Geneva"
            " said the selling was overdone.",
            [("Tom Hale", "said", "indirect", "the situation is very dangerous"),
             ("Anna Berg", "said", "indirect", "the selling was overdone")],
        ),
        (
            "The ministry in Bonn said the plan failed.",
            [("ministry", "said", "indirect", "the plan failed")],
        ),
    ],
)
def test_subject_before_the_cue_or_speaker_after_it(text: str, expected: list) -> None:
    assert [_brief(s) for s in _statements(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The board denied reports that the chairman would resign.",  # 'reports' is the object of 'denied'
        "The new unit reports directly to the chief executive.",  # reporting to someone is no speech
        "The disease caused an output loss estimated at 350 kilos per hectare.",  # a valuation
        "The plan borrowed 3.8 mln dlrs under a loan that is guaranteed by the parent company.",  # passive, no speech
        "The union IG Metall will hold warning strikes on March 9 to press demands for a shorter week.",  # a strike
        "John Smith, the finance minister, answered questions from reporters on Monday.",  # answering is no content
        "Still pending is the El Paso Natural Gas Co's proposal to the commission to bill its customers directly.",
        "In the past two weeks, the Ohio bank added two billion dlrs and its rival 1.5 billion to loan reserves.",
        "The airline expanded its summer schedule, adding 120 extra flights to Spain.",  # a quantity added
        "The Malaysian miner raised its capital, adding 40 mln new shares.",
        "The total value of the order announced last week is 40 mln dlrs.",  # a participle modifying 'order'
        "Cutting costs is easier said than done.",
        "John Smith, the finance minister, declined to comment on the figures.",  # 'comment on' takes an object
        "The new coin will fluctuate in price according to the international price of gold.",  # no one cited
        "The central bank bought Treasury notes and bonds for its own account.",
        "The minister mentioned the new tax in his speech.",  # 'mention', 'highlight' report a clause, not an object
        "Lower first quarter figures highlighted problems in both markets.",
        "Italian press reports that a bond issue was under study pushed the shares higher.",  # a noun, modified
        "Some say they hear echoes of the past in his recent comments appearing to praise the regime.",
        # a gerund after a preposition names an act with its object: nothing said
        "Minister Hajime Tamura blamed the weak dollar on delays in announcing a stimulus package.",
        "Governor Bill Jones won praise by admitting mistakes without apologising for them.",
        # a plural speech noun after a nationality or a quantity is the noun
        "Japanese estimates put the impact of the tariffs at 10 billion dlrs.",
        "The talks failed on Indonesian demands that its quota be increased.",
        "Malaysia is launching a 100 mln Swiss franc 5-3/4 pct 10-year notes issue priced at 100.2 pct.",
        "Speaker Jim Wright went ahead with the plan without asking Congressional leaders for their advice.",
        "United Airlines Inc is adding flights into Los Angeles International Airport.",  # adding, not saying
        "General Motors added 1/8 dlr at 81-5/8 after news of production schedule announcements.",  # a price gain
        "Finance Minister Yannos Papantoniou's economy was responding well to the austerity program.",
        "Enterra Corp's earlier announced agreement to sell its Hale Fire Pump Co will close in May.",  # an adjective
    ],
)
def test_cue_words_in_other_senses(text: str) -> None:
    assert [s.cue.text for s in _statements(text) if s.cue.text not in ("denied", "say")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The reports said the bank would close.", [("reports", "said", "indirect", "the bank would close")]),
        ("Press reports said the bank would close.", [(None, "said", "indirect", "the bank would close")]),
        (
            "The bank will close in May, local media reports said today.",
            [(None, "said", "indirect", "The bank will close in May")],
        ),
        (
            "The Associated Press reports that the bank will close in May.",
            [("Associated Press", "reports", "indirect", "the bank will close in May")],
        ),
    ],
)
def test_reports_say(text: str, expected: list) -> None:
    # the verb after a plural noun reports what the reports said; a name ending in 'Press' or 'News' reports itself
    assert [_brief(s) for s in _statements(text)] == expected


@pytest.mark.parametrize(
    ("text", "cue_at", "speaker"),
    [
        (  # the company named only inside what was said is not 'the company' that said it
            "Tallis Corp said it signed two agreements to supply graphics boards. The agreements are with London-based"
            " <Brennan Ltd> and <Orwell Products> of Leeds, the company said.",
            -1,
            "Tallis",
        ),
        (  # 'he' continues the speaker, not the company the speaker was hired from
            "Marco Ferri said the sales groups would grow. The executive, hired from Olvenza two years ago, also said"
            " the unit is profitable. He said sales would double.",
            -1,
            "Marco Ferri",
        ),
        (  # the subject of the previous sentence is who 'he' means, even when he has not spoken yet
            "Dana Rusk said the vote would be close. Senator Paul Okafor condemned the delay. He said the bill would"
            " pass.",
            -1,
            "Paul Okafor",
        ),
    ],
)
def test_reporting_turns_continue_the_speaker(text: str, cue_at: int, speaker: str) -> None:
    s = _statements(text)[cue_at]
    assert s.speaker is not None and s.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senator Ann Roe said taxes must rise, a spokesman said. The Illinois Democrat said the president must"
            " reconsider.",
            "Ann Roe",
        ),
        ("Senator Tom Hale requested an inquiry. In the letter, the Utah Republican asks for a hearing.", "Tom Hale"),
        ("The Democrats said the plan failed.", "Democratic Party"),  # the party itself
    ],
)
def test_a_state_and_party_name_the_lawmaker_just_named(text: str, speaker: str) -> None:
    last = _statements(text)[-1]
    assert last.speaker is not None and last.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Grain traders said the harvest was late. "Nobody will sell before the rains," said one.', "Grain traders"),
        ('"Rates will hold," a currency dealer said. Another added, "The central bank has no reason to move."',
         "currency dealer"),
        ('Diplomats said the talks would resume. "Both sides need a deal," one added.', "Diplomats"),
        # one of whom? a named speaker is no group of unnamed sources
        ('Anna Berg said the talks would resume. "Both sides need a deal," one added.', None),
    ],
)
def test_one_or_another_is_one_of_the_unnamed_sources_before(text: str, speaker: str | None) -> None:
    last = _statements(text)[-1]
    assert (last.speaker.name if last.speaker else None) == speaker


def test_confidence_follows_the_evidence_for_the_speaker() -> None:
    text = "Marco Ferri said the sales groups would grow. He added that margins were stable."
    by_cue = {s.cue.text: s for s in _statements(text)}
    named, pronoun = by_cue["said"], by_cue["added"]
    assert named.speaker is not None and pronoun.speaker is not None
    assert named.speaker.name == pronoun.speaker.name == "Marco Ferri"
    assert named.confidence > pronoun.confidence  # an explicit 'X said' beats 'he' resolved from the sentence before


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to a statement from the Foreign Ministry cited by Tass, the deputy minister met Robert Floyd.",
         "Foreign Ministry"),
        ("According to a report by the Pentagon, the two ministers agreed to meet again.", "Pentagon"),
        ("According to a statement issued by Oxfam, food prices rose sharply.", "Oxfam"),
        ("Motorists bought more used cars last year, according to a yearly study by the Hertz Corp.", "Hertz"),
        # the name written before the document noun, when the text names that body so elsewhere
        ("Renault and Chrysler agreed on a merger. The Renault statement said talks would end in May.", "Renault"),
        ("Renault and Chrysler agreed on a merger. A Renault statement said talks would end in May. The statement "
         "said the board approved.", "Renault"),
    ],
)
def test_a_document_speaks_for_its_author(text: str, speaker: str) -> None:
    # 'a statement from X': the statement is the channel, X the speaker
    assert all(s.speaker is not None and s.speaker.name.endswith(speaker) for s in _statements(text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (  # the subject is the people noun, not the last noun of its modifiers
            "One lobbyist with close connections to the Reagan administration said Moscow would buy wheat.",
            "One lobbyist", "Moscow would buy wheat",
        ),
        (  # a relative clause between the subject and its cue
            "An aide to Agriculture Secretary Richard Lyng who asked not to be identified said the talk was idle.",
            "An aide", "the talk was idle",
        ),
        ("The official who spoke on condition of anonymity said talks would resume.", "The official",
         "talks would resume"),
        (  # a relative clause in commas hangs on the phrase before it, which is no appositive of the one before
            "Crown Prince Abdullah met Bush. After the attack, the Crown Prince, who is here on a visit,"
            " replied that he was pleased.", "the Crown Prince", "he was pleased",
        ),
        (  # after 'who' comes the cue's own subject: not a relative clause of the speaker
            "Police arrested a man who witnesses said had fired the shots.", "witnesses", "had fired the shots",
        ),
    ],
)
def test_subjects_with_modifiers(text: str, speaker: str, content: str) -> None:
    s = _statements(text)[0]
    assert s.speaker is not None and text[s.speaker.start : s.speaker.end].startswith(speaker)
    assert s.content.text == content


def test_a_date_after_the_cue_dates_the_act() -> None:
    # 'last month' belongs to 'said', and 'that' opens what was said
    (s,) = _statements("King Fahd said last month that he wanted oil prices to remain stable.", date(1987, 6, 1))
    assert (s.content.text, s.date_value) == ("he wanted oil prices to remain stable", "1987-05")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing reporting clause keeps its own date, setting included
        ("Prices will rise, the ministry said in a statement issued on Tuesday.", [("said", "1987-06-02")]),
        # but not one past its comma, another cue or a participle it qualifies
        ("Smartcom will be priced at 249 dlrs, Hayes Corp said, adding that all products will be available this"
         " month.", [("said", None), ("adding", None)]),
        ("IBM and Fujitsu had settled the dispute, Fujitsu said in a prospectus for a bond recently issued in"
         " London.", [("said", None)]),
        # the period reported figures cover is not when they were reported (figures alone are no statement: see
        # test_speech_figures)
        ("Cenergy Corp posted a loss. For the year Cenergy reported its net loss was 6.5 mln dlrs.",
         [("reported", None)]),
        ("In the year ended February 28, 1986, Illinois Cooperative reported its income rose to 10.2 mln dlrs.",
         [("reported", None)]),
        # nor a date someone quoted spoke of
        ('"The economy will grow in the first quarter," Steve Slifer said.', [("said", None)]),
    ],
)
def test_when_it_was_said(text: str, expected: list) -> None:
    assert [(s.cue.text, s.date_value) for s in _statements(text, date(1987, 6, 3))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials welcomed Soviet leader Mikhail Gorbachev's offer Saturday to proceed with a treaty on "
            "medium-range missiles.",
            [("Mikhail Gorbachev", "offer", "to proceed with a treaty on medium-range missiles", "1987-03-07")],
        ),
        (
            "He did not say whether he was taking up Prime Minister Andreas Papandreou's renewed offer that the two "
            "countries meet in The Hague.",
            [("Andreas Papandreou", "offer", "that the two countries meet in The Hague", None)],
        ),
        ("Holly Sugar rejected investor Carl Icahn's offer to buy the company.", []),  # a bid, not speech
        ("The board rejected Harlow Foods's offer to review the plan.", []),  # a company makes no speech act here
    ],
)
def test_speech_acts_written_as_nouns(text: str, expected: list) -> None:
    acts = [s for s in _statements(text, date(1987, 3, 9)) if s.cue.text in ("offer", "call", "proposal")]
    assert [(s.speaker.name, s.cue.text, s.content.text, s.date_value) for s in acts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a term in quotes after 'so-called' is no quote: the clause before the comma is what was said
            'The reforms tighten the rules on aid in so-called "mixed credits," the OECD said.',
            [("OECD", "said", "indirect", 'The reforms tighten the rules on aid in so-called "mixed credits,"')],
        ),
        (  # a participle after the reporting clause does not make the clause report what follows
            "Senate Republican leader Robert Dole spoke in Iowa. The farm policy changes are going nowhere this year,"
            " Dole said, singling out the plan to cut target prices.",
            [("Robert Dole", "said", "indirect", "The farm policy changes are going nowhere this year")],
        ),
        (  # so does one after a preposition: the adjunct is no content
            "Banks bought 16.1 billion marks in the market, the Bundesbank said, without naming the banks involved.",
            [("Bundesbank", "said", "indirect", "Banks bought 16.1 billion marks in the market")],
        ),
        (  # an object pronoun after 'told' is the listener, not the content's subject
            "Premier Yasuhiro Nakasone said envoy Shintaro Abe told him protectionism is severe.",
            [("Yasuhiro Nakasone", "said", "indirect", "envoy Shintaro Abe told him protectionism is severe"),
             ("Shintaro Abe", "told", "indirect", "protectionism is severe")],
        ),
        (  # 'the senator' is the one who holds a Senate title
            "Senate Republican leader Robert Dole spoke in Iowa. The senator predicted Congress would act.",
            [("Robert Dole", "predicted", "indirect", "Congress would act")],
        ),
        (  # a company's short name opening a sentence
            "Walker Energy Partners said talks were under way. Walker said it had asked for offers.",
            [("Walker Energy Partners", "said", "indirect", "talks were under way"),
             ("Walker Energy Partners", "said", "indirect", "it had asked for offers")],
        ),
        (  # 'here' between the speaker and the cue
            "Japan will cut tariffs on farm goods, a senior trade official here said.",
            [("senior trade official", "said", "indirect", "Japan will cut tariffs on farm goods")],
        ),
        ("Farmers get 90 pct of the average of estimated returns in the current year.", []),  # an adjective
        ("Proceeds from the previously announced sale of its office building will cut debt.", []),
        (  # a long relative clause in commas and a parenthesised acronym between the subject and its cue
            "South Africa's Electricity Supply Commission (Escom), which last year launched a massive restructuring"
            " programme after the ending of foreign loans to the country in 1985, said it met its budget targets.",
            [("Electricity Supply Commission", "said", "indirect", "it met its budget targets")],
        ),
        (  # 'he' is the official named in full, not a capitalised word read as a name for want of another reading
            "Public Credit Director Mauricio Cabrera said a note issue is due. It carries a margin over Trabor. He"
            " also told Reuters he expected no increase in borrowing.",
            [("Mauricio Cabrera", "said", "indirect", "a note issue is due"),
             ("Mauricio Cabrera", "told", "indirect", "he expected no increase in borrowing")],
        ),
        (  # a possessive date opens what was said: 'last week's rise', not 'said last week'
            "Treasury Secretary James Baker spoke in Paris. Baker said last week's rise in rates was not in keeping"
            " with the accords.",
            [("James Baker", "said", "indirect", "last week's rise in rates was not in keeping with the accords")],
        ),
        (  # a company whose name starts like a title ('Gen', 'Dr') is the company again when named so
            "Gen Term Corp said it bought a bottler. The bottler had sales of 45 mln dlrs, Gen Term also said.",
            [("Gen Term", "said", "indirect", "it bought a bottler"),
             ("Gen Term", "said", "indirect", "The bottler had sales of 45 mln dlrs")],
        ),
        (  # a long closing speaker phrase with an acronym in parentheses; 'following market reports' is no
            # speaker of the verb 'reports', so the noun makes no statement
            "Manila will ask Washington to raise its sugar quota following market reports that Taipei will miss its"
            " quota, Sugar Regulation Administration (SRA) chairman Arsenio Yulo said.",
            [("Arsenio Yulo", "said", "indirect",
              "Manila will ask Washington to raise its sugar quota following market reports that Taipei will miss"
              " its quota")],
        ),
        (  # a description and the person's name in commas; where it was said is not what was said
            "But the chairman of the bank employers' federation, Horst Burgard, told reporters in Frankfurt he"
            " hoped the two sides would reach agreement.",
            [("Horst Burgard", "told", "indirect", "he hoped the two sides would reach agreement")],
        ),
        (
            "A spokesman for the minister, Gary Holmes, told a news conference in the capital the talks had failed.",
            [("Gary Holmes", "told", "indirect", "the talks had failed")],
        ),
        (  # a comma far before a later cue closes nothing unless the cue's speaker opens there
            "Harlow Foods said the losses, lack of assets and negative net worth will in all likelihood make it"
            " impossible for the unit to continue operating.",
            [("Harlow Foods", "said", "indirect", "the losses, lack of assets and negative net worth will in all"
              " likelihood make it impossible for the unit to continue operating")],
        ),
        (  # a woman's first name tells her gender before a 'chairman' title does
            '"I do not think a merger would help," CFTC chairman Susan Phillips told the committee. "We want to'
            ' work with other agencies," she said.',
            [("Susan Phillips", "told", "direct", "I do not think a merger would help,"),
             ("Susan Phillips", "said", "direct", "We want to work with other agencies,")],
        ),
        (  # a participle clause in commas, a quote closing it, then the subject's own verb
            'CFTC Chairman Susan Phillips, acknowledging that the proposal was "controversial," said the commission'
            " would consider revising the proposals.",
            [("Susan Phillips", "acknowledging", "indirect", 'the proposal was "controversial,"'),
             ("Susan Phillips", "said", "indirect", "the commission would consider revising the proposals")],
        ),
        (  # a participle before 'by' describes the noun before it: no speech act of the agent
            "Frederick Grede told the association that rules proposed by the Commodity Futures Trading Commission"
            " would hurt U.S. exchanges.",
            [("Frederick Grede", "told", "indirect",
              "rules proposed by the Commodity Futures Trading Commission would hurt U.S. exchanges")],
        ),
        (  # 'the Hafts' is a family, never 'he'; 'repeats itself' and 'forecasts were' are no speech acts
            "If history repeats itself, the Hafts could raise their bid, the arbitrageur said. But another"
            " arbitrageur said official forecasts were too low. He said the offer was fully priced.",
            [("arbitrageur", "said", "indirect", "If history repeats itself, the Hafts could raise their bid"),
             ("arbitrageur", "said", "indirect", "official forecasts were too low"),
             ("arbitrageur", "said", "indirect", "the offer was fully priced")],
        ),
        (  # groups named by what they do speak too: critics, fund managers, farmers
            "The plan will fail, critics said. Fund managers said prices would rise. Farmers said the rain came"
            " too late.",
            [("critics", "said", "indirect", "The plan will fail"),
             ("Fund managers", "said", "indirect", "prices would rise"),
             ("Farmers", "said", "indirect", "the rain came too late")],
        ),
        (  # the source a speaker quotes or cites is neither a speech act of its own nor what was said
            "Tass said on Monday, quoting a senior diplomat, that the talks would resume. The agency, citing"
            " officials, said the ships had sailed.",
            [("Tass", "said", "indirect", "the talks would resume"),
             ("Tass", "said", "indirect", "the ships had sailed")],  # the agency is Tass
        ),
        (  # the subject of 'was quoted as saying' is the speaker; 'quoted X as saying' names X
            "The cabinet will meet next week to approve the budget, Trade Minister Hajime Tamura was quoted as"
            " saying. The paper quoted Tamura as saying the budget was tight.",
            [("Hajime Tamura", "saying", "indirect", "The cabinet will meet next week to approve the budget"),
             ("Hajime Tamura", "saying", "indirect", "the budget was tight")],
        ),
        (  # a list inside the appositive is no appositive of its own
            "U.S. Rep. Dan Glickman, D-Kan., chairman of the House subcommittee on wheat, soybeans and feedgrains,"
            " said he would introduce a bill.",
            [("Dan Glickman", "said", "indirect", "he would introduce a bill")],
        ),
        (  # a description's own verb and object before 'and said'; 'asked not to be named' is no question
            "A senior ministry official welcomed the scheme and said it may encourage lending. The strategist, who"
            " asked not to be identified, said the report was bad.",
            [("senior ministry official", "said", "indirect", "it may encourage lending"),
             ("strategist", "said", "indirect", "the report was bad")],
        ),
        (  # a participle opening the sentence sets the scene; what was said follows the cue
            "Asked about the talks, Finance Minister Kiichi Miyazawa said they had failed.",
            [("Kiichi Miyazawa", "said", "indirect", "they had failed")],
        ),
        (  # the 'of' inside an organisation's name links no title to an owner: the person named last speaks
            "Bank of Japan governor Satoshi Sumita said intervention was possible. Energy Secretary John Herrington"
            " of the Department of Energy said he was optimistic.",
            [("Satoshi Sumita", "said", "indirect", "intervention was possible"),
             ("John Herrington", "said", "indirect", "he was optimistic")],
        ),
        (  # a body's noun before a person's noun stands for the body named before, as 'the company' would;
            # a capitalised class ('Trading bank spokesmen') or a 'ministry' with no ministry named stays unnamed
            "Fujitsu Ltd may assemble computers in Oregon, a company spokesman said. Trading bank spokesmen said"
            " they would stay open. Foreign ministry sources said talks went well.",
            [("spokesman for Fujitsu", "said", "indirect", "Fujitsu Ltd may assemble computers in Oregon"),
             ("Trading bank spokesmen", "said", "indirect", "they would stay open"),
             ("Foreign ministry sources", "said", "indirect", "talks went well")],
        ),
        (  # bodies and people the description lexicon names: plural authorities and stations, a representative,
            # underwriters, and a utility standing for the company named before
            "Federal law enforcement authorities said they began an inquiry. Jets bombed targets, local radio"
            " stations said. New issues will rise, underwriters said. Niagara Mohawk Power Corp delayed the plant."
            " The utility said costs rose.",
            [("Federal law enforcement authorities", "said", "indirect", "they began an inquiry"),
             ("local radio stations", "said", "indirect", "Jets bombed targets"),
             ("underwriters", "said", "indirect", "New issues will rise"),
             ("Niagara Mohawk Power", "said", "indirect", "costs rose")],
        ),
        (  # a closing speaker with its role after 'as'; a dateline before a dash is no part of the subject
            "Landesbank is issuing a 50 mln dlr bond priced at 101-3/8, said Merrill Lynch Capital Markets as lead"
            " manager.\n\nDHAKA - President Hossain Mohammad Ershad said the army could be called out.",
            [("Merrill Lynch Capital Markets", "said", "indirect",
              "Landesbank is issuing a 50 mln dlr bond priced at 101-3/8"),
             ("Hossain Mohammad Ershad", "said", "indirect", "the army could be called out")],
        ),
        (  # 'with' a description and a participle speaks; a one-word subject before an aside keeps its verb
            "Talks moved on, with many delegates saying they expect an accord by Friday. Toyota, he said, also"
            " expects to stress sales.",
            [("delegates", "saying", "indirect", "they expect an accord by Friday"),
             (None, "said", "indirect", "Toyota, he said, also expects to stress sales")],
        ),
        (  # a gerund after 'in' takes an object, not a speech act of its own; a stray comma after the subject
            "Finance Minister Barend Smit spoke. Smit in disclosing the new agreement last night said the rand"
            " rose. William Siedenburg of Smith Barney Harris Upham and Co, said Phelps has lowered costs.",
            [("Barend Smit", "said", "indirect", "the rand rose"),
             ("William Siedenburg", "said", "indirect", "Phelps has lowered costs")],
        ),
        (  # but a participle after a comma describes its noun ('The debt accord, announced last Friday, …')
            "The debt accord, announced last Friday, stretched repayments over 17 years.",
            [],
        ),
        (  # a request's content is its infinitive, not a 'that' inside it
            "Cooper Industries Inc asked the Federal Trade Commission to vacate a 1979 order that requires the"
            " company to get approval.",
            [("Cooper Industries", "asked", "indirect",
              "to vacate a 1979 order that requires the company to get approval")],
        ),
        (  # the subject before an 'according to' aside belongs to what was said; a basket names no one
            "PTT, according to Statoil, is negotiating with Texas Pacific. Oil could be priced according to a"
            " basket of currencies instead of the U.S. dollar.",
            [("Statoil", "according to", "indirect", "PTT, according to Statoil, is negotiating with Texas Pacific")],
        ),
        (  # a fronted phrase without its comma ends where the subject's article opens it
            "Carteret Savings Bank posted a loss. In reporting third quarter results the bank also said its"
            " priority is to raise capital.",
            [("Carteret Savings Bank", "said", "indirect", "its priority is to raise capital")],
        ),
    ],
)
def test_reuters_reporting_clauses(text: str, expected: list) -> None:
    assert [_brief(s) for s in _statements(text)] == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # 'said in a statement' tells who issued it; 'it' after the statement is the issuer too
            "The surplus fell, the Finance Ministry said in a statement. It will fall further in 1987, the statement"
            " said. It said exports rose.",
            ["Finance Ministry", "Finance Ministry", "Finance Ministry"],
        ),
        (  # the name the document was written with, which the entity layer read there
            "The Pechiney Corp statement said the ventures were signed. The statement said costs were high.",
            ["Pechiney", "Pechiney"],
        ),
        (  # no issuer told: the document stands for itself
            "Prices will rise, the report said.",
            ["report"],
        ),
        (  # the author written after the document the first time ('a report by …', 'the annual report of …')
            "A report by the Trade Ministry said exports rose 12 pct. The report said imports fell.",
            ["Trade Ministry", "Trade Ministry"],
        ),
        (
            "The annual report of Kenya's state-run Tea Board said sales rose. The report said stocks fell.",
            ["Tea Board", "Tea Board"],
        ),
    ],
)
def test_a_document_speaks_for_its_issuer(text: str, speakers: list) -> None:
    assert [s.speaker.name if s.speaker else None for s in _statements(text)] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator John Smith angered voters by saying the election may be rigged.",
            [("John Smith", "saying", "indirect", "the election may be rigged")],
        ),
        (
            "Farm Minister John Kerin ended the meeting by calling on the EC to cut its export subsidies.",
            [("John Kerin", "calling on", "indirect", "the EC to cut its export subsidies")],
        ),
        (
            "Mary Jones, the winner, beamed in recalling how she first learned the news.",
            [("Mary Jones", "recalling", "indirect", "how she first learned the news")],
        ),
    ],
)
def test_a_gerund_after_a_preposition_reports_a_clause(text: str, expected: list) -> None:
    assert [_brief(s) for s in _statements(text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a city's address inside an appositive is not the subject: its commas are the address's
        ("Bryson Oil and Gas Plc, a Belfast, Northern Ireland, oil company, said it found oil.", "Bryson Oil and Gas"),
        ("Carl Lindner, the Cincinnati, Ohio, investor, said he has talked with the company.", "Carl Lindner"),
        # 'head' is a post, like 'director': the role runs on to the cue after the name
        ("Growth will be slow, Helmut Kramer, head of the Institute for Economic Research (WIFO) said.",
         "Helmut Kramer"),
        ("Officials in Houston, Texas, said the plant would close.", "Officials"),
        # the class named before its examples speaks
        ("Several independent oil companies such as Permian Corp and Coastal Corp said they had raised prices.",
         "independent oil companies"),
        # a date before the region is no city
        ("The rules were challenged. Friday, Texas, leading a coalition of states, asked a judge to block the rules.",
         "Texas"),
        # a group led by someone speaks for itself
        ("A small investor group led by Melvyn Gelch told the agency it may buy more shares.",
         "small investor group led by Melvyn Gelch"),
    ],
)
def test_the_subject_around_an_address_or_a_leader(text: str, speaker: str) -> None:
    assert [s.speaker.name for s in _statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a document speaks for its issuer, not for its topic; where it ran names its author
        ("A confidential World Bank report on the Peruvian economy said growth would slow.", "World Bank"),
        ("The report on the economy said growth would slow.", "report"),
        ("A letter to committee members said growth would slow.", "letter"),
        ("A report on Cable News Network said Sun Chemical holds 4.9 pct of the company.", "Cable News Network"),
        ("A communique issued at the end of a two-day ministerial meeting said Asean hoped for investment.",
         "communique"),
        ("A statement issued by the Finance Ministry said growth would slow.", "Finance Ministry"),
        # a radio or television station is a medium, not a place
        ("Iranian forces took four mountain areas, Tehran radio said.", "Tehran radio"),
    ],
)
def test_a_document_and_its_topic(text: str, speaker: str) -> None:
    assert [s.speaker.name for s in _statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a cue that only attributes a quote ('reasons', 'begin', 'continue') closes no reporting clause at the end
        ("Telequest Inc said Henry Marcheschi, its chairman and president, resigned for health reasons.",
         "Henry Marcheschi, its chairman and president, resigned for health reasons"),
        ("Datametrics said it will deliver the printers to the Army, beginning in September.",
         "it will deliver the printers to the Army, beginning in September"),
    ],
)
def test_the_content_runs_past_a_cue_that_only_attributes_quotes(text: str, content: str) -> None:
    assert [s.content.text for s in _statements(text)] == [content]


def test_an_exchange_is_no_company() -> None:
    """'the firm' after a stock exchange reported what a company did stands for the company."""
    text = (
        "<H.B. Shaine and Co Inc> of Grand Rapids, Mich., ceased its broker-dealer operations, the New York Stock"
        " Exchange said. The firm reported that it could not continue to do business as a member firm."
    )
    assert [s.speaker.name for s in _statements(text)] == ["New York Stock Exchange", "H.B. Shaine"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a company named for where it trades is one name, and 'it' goes on naming it
        ("Audi of America Inc said it introduced a new plan. It said owners must apply by June.",
         ["Audi of America", "Audi of America"]),
        ("Barnett Banks of Florida Inc said the redemption date will be May 8.", ["Barnett Banks of Florida"]),
        ("Bank of America said it raised its prime rate.", ["Bank of America"]),
        # a city's name alone after a company named for it is the company, unless the words around make it a place
        ("Phoenix Steel Corp said it cut prices. Phoenix said the union rejected its offer.",
         ["Phoenix Steel", "Phoenix Steel"]),
        ("Phoenix Steel Corp said it cut prices. Officials in Phoenix said the plant would close.",
         ["Phoenix Steel", "Officials"]),
    ],
)
def test_a_company_of_a_place(text: str, speakers: list) -> None:
    assert [s.speaker.name for s in _statements(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a body's name before its noun says which body it is; 'the group' again goes on naming it
        ("A group of companies controlled by Brookehill Partners Inc said it may support a buyout of Cardis Corp."
         " In a filing, the group said it holds 5.5 pct of Cardis. Cardis Corp is an auto parts distributor."
         " The group added it has had contacts with others.",
         ["Brookehill Partners", "Brookehill Partners", "Brookehill Partners"]),
        ("Iran has new missiles, the New York Times said. The CBS television network reported that Iran had"
         " installed missiles.", ["New York Times", "CBS"]),
        # but the agency of a department is not the department
        ("Demand rose 2.1 pct, the Energy Information Administration said. The Energy Department agency said"
         " distillate demand was down.", ["Energy Information Administration", "Energy Information Administration"]),
    ],
)
def test_a_body_named_before_its_noun(text: str, speakers: list) -> None:
    assert [s.speaker.name for s in _statements(text)] == speakers


def test_staff_are_people_not_their_body() -> None:
    text = "The Senate Agriculture Committee was expected to consider proposals, Senate staff said."
    assert [s.speaker.name for s in _statements(text)] == ["Senate staff"]


def test_well_known_bodies_without_a_head_word() -> None:
    """'the Bundesbank', 'Petrobras', 'Tanjug' are organisations, not people the name guesser met."""
    from extractor import extract

    text = (
        "Rates will fall, the Bundesbank said. Petrobras said output rose. Industrial output fell sharply, Tanjug said."
    )
    result = extract(text)
    assert [s.speaker.name for s in result.statements] == ["Bundesbank", "Petrobras", "Tanjug"]
    named = {e.name: e.type.value for e in result.entities if e.name in ("Bundesbank", "Petrobras", "Tanjug")}
    assert named == {"Bundesbank": "ORG", "Petrobras": "ORG", "Tanjug": "ORG"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a firm named for its partners, as wire copy writes it with commas, is one name
        ("Goldman, Sachs and Co said it would buy the stake. Goldman said the price was fair.",
         ["Goldman, Sachs", "Goldman, Sachs"]),
        ("Merrill Lynch, Pierce, Fenner and Smith Inc said it was the lead manager.",
         ["Merrill Lynch, Pierce, Fenner and Smith"]),
        ("Smith Barney, Harris Upham and Co said it was the lead manager.", ["Smith Barney, Harris Upham"]),
        # but companies listed before one with a legal form stay apart
        ("Texaco, Exxon and Mobil Corp said prices would rise.", ["Exxon and Mobil"]),
    ],
)
def test_a_partnership_in_commas(text: str, speakers: list) -> None:
    assert [s.speaker.name for s in _statements(text)] == speakers


def test_adjectives_in_a_list_inside_an_appositive() -> None:
    text = (
        "Safety-Kleen Corp said it completed the acquisition of McKesson Envirosystems Co. Safety-Kleen, an"
        " industrial, automotive parts cleaning service, said McKesson Envirosystems has recycling plants in Illinois."
    )
    assert [s.speaker.name for s in _statements(text)] == ["Safety-Kleen", "Safety-Kleen"]


def test_asking_prices_are_no_request() -> None:
    text = 'Grant Reuber said the bank may buy a dealer, adding that asking prices for some dealers seem "fairly high."'
    assert "asking" not in [s.cue.text for s in _statements(text)]


def test_what_an_agent_announced_is_the_whole_subject_before_the_passive() -> None:
    text = "The changes were announced by the Reserve Bank of India on March 31 and took effect in April."
    assert [_brief(s) for s in _statements(text)] == [("Reserve Bank of India", "announced", "indirect", "The changes")]


def test_a_phrase_after_said_that_runs_on_to_its_verb_is_no_inverted_speaker() -> None:
    text = "Broker Francesco Dinepi at Milan firm Sige Spa, said some U.K. Institutional investors had placed orders."
    assert all(s.speaker is None or s.speaker.start < s.cue.start for s in _statements(text))


def test_an_absolute_phrase_after_a_closing_cue_is_no_content() -> None:
    text = "First-half income should be around 12 mln dlrs, the bank said, with income set to exceed 100 mln dlrs."
    assert [_brief(s) for s in _statements(text)] == [
        ("bank", "said", "indirect", "First-half income should be around 12 mln dlrs")]


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("Apollo Computer said it added new color models to the Series 3000 line.", False),  # a thing added to another
        ("Johnson added U.S. allies look very strongly to a U.S. budget deficit cut.", True),  # a clause: it reports
    ],
)
def test_what_is_added_to_something_is_no_content(text: str, added: bool) -> None:
    assert ("added" in [s.cue.text for s in _statements(text)]) is added


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the medium it was said on is not what was said, with 'that' or without
        ("Finance minister Mehmet Simsek said on Twitter his country would set up a tent city.",
         "his country would set up a tent city"),
        ("Reince Priebus said on CNN that he opposes any rule changes.", "he opposes any rule changes"),
        # an adverbial that opens the content stays, and so does a gerund after 'insisted on'
        ("Fi-Tek said on completion of the acquisition it would change its name.",
         "on completion of the acquisition it would change its name"),
        ("Gorbachev insisted on linking approval of such a pact to agreement on missiles.",
         "on linking approval of such a pact to agreement on missiles"),
    ],
)
def test_said_on_a_medium(text: str, content: str) -> None:
    assert [s.content.text for s in _statements(text)] == [content]


def test_a_later_speaker_opening_a_clause_after_a_comma_closes_the_content() -> None:
    text = ("Asked to clarify his statement in which he said the pact should be allowed to lapse, Subroto said "
            "Indonesia was ready to back its extension.")
    assert [s.content.text for s in _statements(text)] == [
        "the pact should be allowed to lapse", "Indonesia was ready to back its extension"]


def test_some_and_others_are_of_the_unnamed_sources_before() -> None:
    text = "Dealers said the dollar fell. Some said the Bank of Japan intervened. Others said it had not."
    assert [s.speaker.name if s.speaker else None for s in _statements(text)] == ["Dealers", "Dealers", "Dealers"]


@pytest.mark.parametrize(
    "text",
    [
        "John Kessler said the reforms would continue.",
        "John Kessler said the talks continued.",
        "A company spokesman said testing will continue.",
    ],
)
def test_a_report_that_ends_on_a_quote_only_verb_is_no_bare_reporting_clause(text: str) -> None:
    assert [s.cue.text for s in _statements(text)] == ["said"]


def test_what_was_said_ends_before_a_speaker_whose_name_holds_commas() -> None:
    (statement,) = _statements("Shares of the company rose sharply, Merrill Lynch, Pierce, Fenner and Smith Inc said.")
    assert statement.content.text == "Shares of the company rose sharply"
    assert statement.speaker is not None and statement.speaker.start > statement.content.end
