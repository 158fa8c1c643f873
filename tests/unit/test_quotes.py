"""Quotes: which quoted spans are quotes, and who said them (one table per pattern family)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from speech_stage import speech

from extractor.speech.noun_phrases import clause_subject
from extractor.speech.quote_marks import find_quote_spans
from extractor.text import Document

# Lead sentences that name a speaker in full, as news does before it calls them by surname alone.
SMITH = "John Smith presented the central bank's forecast in Frankfurt on Monday. "
LOPEZ = "Economy Minister Maria Lopez met the unions on Friday. "


def _quoted(text: str) -> list[str]:
    doc = Document(text)
    return [text[q.start : q.end] for q in find_quote_spans(text, doc.paragraphs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Prices will rise," he said.', ["Prices will rise,"]),
        ("“Prices will rise,” he said.", ["Prices will rise,"]),
        ("« Les prix vont monter », a-t-il dit.", ["Les prix vont monter"]),
        ("„Die Preise steigen“, sagte er.", ["Die Preise steigen"]),
        ("»Die Preise steigen«, sagte er.", ["Die Preise steigen"]),
        ("‘Prices will rise,’ he said.", ["Prices will rise,"]),
        # mixed typography still pairs up
        ('"Prices will rise,” he said.', ["Prices will rise,"]),
        # nested quotes belong to the outer one
        ("“He told me ‘no deal’ twice,” Smith said.", ["He told me ‘no deal’ twice,"]),
        ("« Il a dit “jamais” », a-t-elle dit.", ["Il a dit “jamais”"]),
        # apostrophes are not quotation marks
        ("Smith’s plan and the players’ union don’t agree.", []),
        ("Smith's plan and the players' union don't agree.", []),
        # wire copy types some apostrophes as double quotes: between a word and a letter they quote nothing
        ('Indonesia"s farm output will fall, and the 1985"s result was "artificially inflated," it said.',
         ["artificially inflated,"]),
        # an opening mark not closed by the paragraph end runs to the paragraph end
        ("“We will win this.\n\n“And we will keep it,” he said.", ["We will win this.", "And we will keep it,"]),
        # marks are found once for the whole text and dealt out to the paragraphs they stand in
        ("'Rain is coming,' she said.\n'It will stop,' he said.\n\nNo more.", ["Rain is coming,", "It will stop,"]),
        ("The ''old harbour'' closed.\n\n\"It is done,\" she said.", ["It is done,"]),
    ],
)
def test_quote_marks(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote text, speaker canonical name, the speaker mention's text) per quote, through the real entity layer."""
    quotes, _ = speech(text)
    out = []
    for q in quotes:
        sp = q.speaker
        mention = text[sp.start : sp.end] if sp and sp.start is not None and sp.end is not None else None
        out.append((q.text, sp.name if sp else None, mention))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speaker after the quote
        ('"Prices will rise next year," Smith said.', [("Prices will rise next year,", "John Smith", "Smith")]),
        (
            '"Prices will rise next year," said John Smith.',
            [("Prices will rise next year,", "John Smith", "John Smith")],
        ),
        (
            '"Prices will rise next year," Smith, a senior economist at the bank, told reporters on Monday.',
            [("Prices will rise next year,", "John Smith", "Smith")],
        ),
        ('"Prices will rise next year," Smith added.', [("Prices will rise next year,", "John Smith", "Smith")]),
        # verbs of manner that only attribute the quote beside them
        ('"Prices will rise next year," Smith barked.', [("Prices will rise next year,", "John Smith", "Smith")]),
        ('"Prices will rise next year," surmised Smith.', [("Prices will rise next year,", "John Smith", "Smith")]),
        # speaker before the quote
        ('Smith said: "Prices will rise next year."', [("Prices will rise next year.", "John Smith", "Smith")]),
        (
            'Smith told reporters, "Prices will rise next year."',
            [("Prices will rise next year.", "John Smith", "Smith")],
        ),
        (
            'According to Smith, "prices will rise next year."',
            [("prices will rise next year.", "John Smith", "Smith")],
        ),
        # a participle takes its clause's subject
        (
            'Hours later, Smith defended the plan, saying: "Prices will rise next year."',
            [("Prices will rise next year.", "John Smith", "Smith")],
        ),
        # a cue earlier in the sentence, for a partial quote
        (
            'Smith said the plan was "a disaster for the whole region."',
            [("a disaster for the whole region.", "John Smith", "Smith")],
        ),
        # a quote standing as a sentence of its own after its paragraph's reporting sentence
        (
            'Smith said rates would stay high. "We will not move before the summer."',
            [("We will not move before the summer.", "John Smith", "Smith")],
        ),
        # a paragraph opening with a quote after a paragraph closing on a reporting sentence
        (
            'Smith said the attack lacked any value.\n\n"With this move they have made a big mistake."',
            [("With this move they have made a big mistake.", "John Smith", "Smith")],
        ),
        # a long organisation's name with its acronym before the title and the name
        (
            '"We must avoid a catastrophe," Ministry of International Trade and Industry (MITI) Deputy Director'
            " General Masaji Yamamoto told reporters.",
            [("We must avoid a catastrophe,", "Masaji Yamamoto", "Masaji Yamamoto")],
        ),
        # one person's two titles joined by 'and' before the name
        (
            '"Growth will go on," Scott Paper chairman and chief executive officer John Smith told Reuters.',
            [("Growth will go on,", "John Smith", "John Smith")],
        ),
        # the subject of 'was quoted by … as saying' after the quote
        (
            '"We might have to look abroad," Smith was quoted by the newspaper as saying.',
            [("We might have to look abroad,", "John Smith", "Smith")],
        ),
    ],
)
def test_speaker_before_and_after(text: str, expected: list) -> None:
    assert _said(SMITH + text) == expected


def test_a_surname_never_introduced_speaks_under_that_surname() -> None:
    # after a closing quote mark the capital is the surname's own, not a sentence's first word
    assert _said('"Prices will rise next year," Smith said.') == [("Prices will rise next year,", "Smith", "Smith")]


def test_pronoun_speaker_two_sentences_back() -> None:
    text = (
        "Maria Lopez arrived in Brussels on Monday. She met the finance ministers of the euro zone.\n\n"
        '"We will not accept these terms," she said.'
    )
    assert _said(text) == [("We will not accept these terms,", "Maria Lopez", "she")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The budget is balanced," the ministry said in a statement.', "Finance Ministry"),
        ('The ministry said in a statement: "The budget is balanced."', "Finance Ministry"),
        ('"The budget is balanced," it said.', "Finance Ministry"),
    ],
)
def test_organisation_speakers(text: str, speaker: str) -> None:
    text = "The Finance Ministry published its figures.\n\n" + text
    assert [s for _, s, _ in _said(text)] == [speaker]


def test_split_quote_is_two_quotes_with_one_speaker() -> None:
    text = LOPEZ + '"We are ready," Lopez said, "but not at any price."'
    assert _said(text) == [
        ("We are ready,", "Maria Lopez", "Lopez"),
        ("but not at any price.", "Maria Lopez", "Lopez"),
    ]
    quotes, statements = speech(text)
    assert quotes[0].statement_id == quotes[1].statement_id
    assert [s.quote_ids for s in statements if s.kind.value == "direct"] == [["q1", "q2"]]


def test_multi_paragraph_quote_keeps_its_speaker() -> None:
    text = (
        'John Smith spoke for an hour. "We will cut taxes for every family in the country," he said. '
        '"We will do it this year.\n\n'
        '"And we will not raise them again before the next election."\n\n'
        "The opposition rejected the plan."
    )
    said = _said(text)
    assert [s for _, s, _ in said] == ["John Smith"] * 3
    assert said[2][0] == "And we will not raise them again before the next election."


@pytest.mark.parametrize(
    "text",
    [
        "The “deputy” of Russian diplomacy guaranteed that the talks would go ahead.",
        'Fans of "Saturday Night Live" cheered the new season.',
        'The senator called the bill a "disaster" on Tuesday.',
        "He was known as “The Iron Chancellor” in Bonn.",
        "The so-called “Make America Great Again” caps sold out.",
        # a programme where something was said
        'In an extended appearance on "Morning Report," the host asked Smith how he would vote.',
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(text: str) -> None:
    assert speech(text)[0] == []


def test_a_programme_told_is_no_quote_and_what_was_told_to_reporters_is() -> None:
    told = '"The bill will pass," Smith told "Capitol Week," reminding the hosts of the vote.'
    assert [q.text for q in speech(told)[0]] == ["The bill will pass,"]
    assert [q.text for q in speech('Smith told reporters: "We Will Not Retreat."')[0]] == ["We Will Not Retreat."]


def test_short_quote_next_to_its_cue_is_a_quote() -> None:
    assert _said(SMITH + '"Absolutely," Smith said.') == [("Absolutely,", "John Smith", "Smith")]


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("“Prices will rise next year.” ― Maria Lopez", "Maria Lopez", "Maria Lopez"),
        # a transcript's label in capitals
        (LOPEZ + '\n\n"LOPEZ: Prices will rise next year and we will act."', "Maria Lopez", "LOPEZ"),
        (LOPEZ + '\n\nLopez: "Prices will rise next year and we will act."', "Maria Lopez", "Lopez"),
        # a verb outside the lexicon in the attribution slot
        ("“We made it, we really made it!” beamed Maria Lopez, waving to the crowd.", "Maria Lopez", "Maria Lopez"),
        (LOPEZ + "“Prices will rise next year,” Lopez grumbled.", "Maria Lopez", "Lopez"),
        # … or before a colon that hands the quote over
        (LOPEZ + "Lopez waited for the noise to fade, then leaned in and boomed: “We win.”", "Maria Lopez", "Lopez"),
        # … a time after the verb
        (LOPEZ + "“Prices will rise next year,” Lopez fumed on Tuesday.", "Maria Lopez", "Lopez"),
        # 'as X put it'
        (LOPEZ + "As Lopez put it, “prices will rise next year.”", "Maria Lopez", "Lopez"),
        # a party and state after a legislator's name, then the verb, its object and a colon
        ("Sen. Ann Roe, R-Ky., delivered a blunt message to the unions: “Prices will rise.”", "Ann Roe", "Ann Roe"),
        # … or after the verb's object
        (LOPEZ + "Lopez then addressed the crowd again: “We win.”", "Maria Lopez", "Lopez"),
    ],
)
def test_dash_label_and_manner_attribution(text: str, speaker: str, mention: str) -> None:
    assert [(s, m) for _, s, m in _said(text)] == [(speaker, mention)]


def test_a_paragraph_ending_in_a_colon_hands_over_a_quote_running_on_paragraphs() -> None:
    text = (
        LOPEZ + "Lopez then listed what a candidate needs:\n\n"
        '"Has the candidate led a campaign before?\n\n'
        '"Can the candidate raise money?"\n\n'
    )
    assert [(s, m) for _, s, m in _said(text)] == [("Maria Lopez", "Lopez")] * 2


def test_an_irregular_past_hands_over_the_next_paragraph() -> None:
    text = LOPEZ + "On Friday, Lopez made the following comment:\n\n“Prices will rise next year.”\n\n"
    assert [(s, m) for _, s, m in _said(text)] == [("Maria Lopez", "Lopez")]


@pytest.mark.parametrize(
    "lead",
    [
        "The reason for the delay is plain:",  # no one acts: the colon introduces no one's words
        '"The plan is simple. Here are its parts:',  # the quoted speaker's own words, before the quote runs on
    ],
)
def test_a_colon_after_no_speaker_hands_over_nothing(lead: str) -> None:
    said = _said(LOPEZ + lead + '\n\n"Taxes will rise next year."')
    assert said and all(s is None for _, s, _ in said)


def test_a_described_name_in_the_manner_slot_answers_the_speaker_before() -> None:
    text = SMITH + "“Rates must rise,” Smith said.\n“Rates will not rise,” an angry Lopez retaliated."
    assert [s for _, s, _ in _said(text)] == ["John Smith", "Lopez"]


def test_a_quote_after_a_sentence_whose_subject_acted_is_that_subject_s() -> None:
    text = LOPEZ + "Lopez, speaking at a conference in Jakarta, blamed the swings on supply. “Prices will settle.”"
    assert [(s, m) for _, s, m in _said(text)] == [("Maria Lopez", "Lopez")]


def test_a_prepared_speech_quoted_with_will_say() -> None:
    text = LOPEZ + "“Nobody is ready for this office on the first day,” the minister will say, according to excerpts."
    assert [(s, m) for _, s, m in _said(text)] == [("Maria Lopez", "the minister")]


@pytest.mark.parametrize(
    "text",
    [
        LOPEZ + "Lopez said the unions would continue to seek “a fair deal for every worker.”",
        LOPEZ + "Lopez said she would tell the unions: “We will not raise taxes this year.”",
    ],
)
def test_a_future_cue_inside_a_report_leaves_the_quote_to_its_finite_verb(text: str) -> None:
    quotes, statements = speech(text)
    assert [s.cue.text for s in statements] == ["said"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Maria Lopez"]


def test_a_heading_between_dashes_signs_no_quote() -> None:
    text = LOPEZ + "“The unions will get nothing more,” Lopez said.\n\n“Nothing at all.”\n\n– A tough year –\n\n"
    assert [s for _, s, _ in _said(text)] == ["Maria Lopez", "Maria Lopez"]


def test_a_term_inside_a_sentence_that_reports_it_is_not_the_sentence_before_s() -> None:
    text = (
        "Traffic was heavy across the Gulf states. Noting that the weather was “basically good” for March, the"
        " spokesman said delays had fallen."
    )
    assert [s for _, s, _ in _said(text)] == []


def test_passive_cue_attributes_nothing() -> None:
    text = SMITH + 'Smith was asked, "Will prices rise next year?"'
    assert [s for _, s, _ in _said(text)] == [None]


def test_confidence_reflects_evidence() -> None:
    text = (
        SMITH + '"We will cut taxes for every family in the country," Smith said.\n\n'
        '"We will also cut spending in every ministry."\n\n'
    )
    quotes, _ = speech(text)
    assert quotes[0].speaker and quotes[1].speaker and quotes[0].speaker.name == quotes[1].speaker.name
    assert quotes[0].confidence > quotes[1].confidence


SEED = Path(__file__).resolve().parents[2] / "seeds" / "ctbt-russia-observador.txt"


def _seed_speech() -> tuple[str, list, list]:
    """The seed article through the stages speech depends on (dates, entities), then speech itself."""
    text = SEED.read_text("utf-8")
    quotes, statements = speech(text, reference=date(2024, 2, 15))
    return text, quotes, statements


def test_seed_article_quotes() -> None:
    text, quotes, statements = _seed_speech()
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Sergei Riabkov",
        "Sergei Riabkov",
        "Russian Foreign Ministry",
    ]
    assert all(q.text.strip("“”") != "deputy" for q in quotes)
    assert quotes[2].text == "a key component of the verification mechanism"
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.statement_id in {s.id for s in statements}


def test_seed_article_statements() -> None:
    _, _, statements = _seed_speech()
    by_cue = {s.cue.text: s for s in statements}
    assert by_cue["affirmed"].speaker and by_cue["affirmed"].speaker.name == "Russian Foreign Ministry"
    assert by_cue["affirmed"].kind.value == "indirect"
    assert by_cue["affirmed"].date_value == "2024-02-15"
    assert by_cue["affirmed"].content.text.startswith("Moscow remains committed")
    assert by_cue["guaranteed"].speaker and by_cue["guaranteed"].speaker.name == "Sergei Riabkov"
    assert by_cue["highlighted"].speaker and by_cue["highlighted"].speaker.name == "Russian Foreign Ministry"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            '"Prices will rise next year," Maria Lopez said on Monday.\n\n"We will not accept these terms," she said.',
            "she",
        ),
        (  # a description continues the speaker its role names
            '"Prices will rise next year," former economy minister Maria Lopez said on Monday.\n\n'
            '"We will not accept these terms," the former minister said.',
            "the former minister",
        ),
        (  # a pronoun before anyone has spoken: the person named before it
            "Maria Lopez can be heard shouting at the officers.\n\n\"Don't shoot him, he has no weapon,\" she says.",
            "she",
        ),
    ],
)
def test_a_pronoun_or_description_continues_the_speaker(text: str, mention: str) -> None:
    last = speech(text)[0][-1].speaker
    assert last is not None and last.name == "Maria Lopez"
    assert last.start is not None and text[last.start : last.end] == mention


def test_a_person_with_a_given_name_english_has_never_seen_is_a_speaker_too() -> None:
    text = 'Rakeyia Scott can be heard yelling at the officers.\n\n"Don\'t shoot him, he has no weapon," she says.'
    assert [s for _, s, _ in _said(text)] == ["Rakeyia Scott"]


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        ("fr", "« Nous ne céderons pas », a déclaré Emmanuel Macron lundi.", "Nous ne céderons pas", "Emmanuel Macron"),
        ("pt", "“Não vamos ceder”, disse Lula da Silva aos jornalistas.", "Não vamos ceder", "Lula da Silva"),
        (
            "de",
            "Olaf Scholz empfing die Gewerkschaften in Berlin. „Wir werden nicht nachgeben“, sagte Scholz am Montag.",
            "Wir werden nicht nachgeben",
            "Olaf Scholz",
        ),
        ("es", "«No vamos a ceder», dijo Pedro Sánchez.", "No vamos a ceder", "Pedro Sánchez"),
    ],
)
def test_other_languages(language: str, text: str, quote: str, speaker: str) -> None:
    quotes, statements = speech(text, language)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [(quote, speaker)]
    assert [s.kind.value for s in statements if s.quote_ids] == ["direct"]


def test_a_title_owned_by_a_name_is_no_quote() -> None:
    """'NBC Television's "Meet the Press."' names a programme; the quote before it is speech."""
    quotes, _ = speech('"We ought to bring interest rates down," Senator Lloyd Bentsen told NBC Television\'s'
                       ' "Meet the Press."')
    assert [q.text for q in quotes] == ["We ought to bring interest rates down,"]


def test_a_title_called_so_is_no_quote_and_words_called_so_are() -> None:
    quotes, _ = speech('The company also said it is marketing a scent in a slim bottle called "Night Harbor," priced '
                       'at 15 dlrs. Smith said the deal was what he called "a fair price for both sides."')
    assert [q.text for q in quotes] == ["a fair price for both sides."]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # a connective opens the clause, and what follows its comma is no subject: the connective alone is skipped
        ("And then Lopez went on the attack, saying", "Lopez"),
        # … but a subject after the comma shows the connective opened an adverbial that ends there
        ("But that morning, an angry crowd gathered at the gate, carrying signs saying", "an angry crowd"),
        ("And although he thanked the crowd for its support, he sounded a sober note, saying", "he"),
    ],
)
def test_clause_subject_after_a_connective(sentence: str, subject: str) -> None:
    span = clause_subject(sentence, 0, sentence.rindex("saying"))
    assert span is not None and sentence[span[0] : span[1]].startswith(subject)



def test_a_single_quote_pair_around_a_double_one_makes_no_second_quote() -> None:
    text = '‹ " said said said said said " ›'
    doc = Document(text)
    assert [text[q.start : q.end] for q in find_quote_spans(text, doc.paragraphs)] == ["said said said said said"]


def test_a_quote_paragraph_between_two_quotes_of_one_speaker_is_theirs() -> None:
    text = (
        LOPEZ + "“The appeal is broad,” Lopez notes.\n\n"
        "Lopez is upbeat about the candidate’s chances, in part because she sees him as a uniter.\n\n"
        "“He can win in November.”\n\n"
        "“He may be the only one who unites the party,” Lopez notes."
    )
    assert [s for _, s, _ in _said(text)] == ["Maria Lopez"] * 3


def test_a_medium_before_a_participle_is_not_who_wrote() -> None:
    text = LOPEZ + "Lopez posted a message on Twitter reading “We will win big!” moments after the polls closed."
    assert [s for _, s, _ in _said(text)] == ["Maria Lopez"]


def test_a_quote_ending_its_sentence_is_not_the_next_sentence_s_report() -> None:
    # the next sentence's cue reports a clause of its own ('said he would have fired …'): the quote runs on the turn
    text = (
        LOPEZ + "“It is a very sad development,” Lopez told reporters. “He should have fired him.” Governor John"
        " Kasich said he would have fired the manager."
    )
    assert [s for _, s, _ in _said(text)] == ["Maria Lopez", "Maria Lopez"]
