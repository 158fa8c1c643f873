"""Quotes: which quoted spans are quotes, and who said them (one table per pattern family)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_quotes_fakes import FakeTable, speech

from extractor.dates import find_dates
from extractor.entities import find_entities
from extractor.speech import find_speech
from extractor.speech.quote_marks import find_quote_spans
from extractor.text import Document

SMITH = {"John Smith": ("PERSON", ["Smith"])}
PEOPLE = {
    "John Smith": ("PERSON", ["Smith"]),
    "Maria Lopez": ("PERSON", ["Lopez"]),
    "Finance Ministry": ("ORG", ["ministry"]),
}


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
        # an opening mark not closed by the paragraph end runs to the paragraph end
        ("“We will win this.\n\n“And we will keep it,” he said.", ["We will win this.", "And we will keep it,"]),
    ],
)
def test_quote_marks(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


def _said(text: str, names: dict[str, tuple[str, list[str]]] | None = None) -> list[tuple[str, str | None, str | None]]:
    """(quote text, speaker canonical name, the speaker mention's text) per quote."""
    quotes, _ = speech(text, names)
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
    ],
)
def test_speaker_before_and_after(text: str, expected: list) -> None:
    assert _said(text, SMITH) == expected


def test_pronoun_speaker_two_sentences_back() -> None:
    text = (
        "Maria Lopez arrived in Brussels on Monday. She met the finance ministers of the euro zone.\n\n"
        '"We will not accept these terms," she said.'
    )
    assert _said(text, PEOPLE) == [("We will not accept these terms,", "Maria Lopez", "she")]


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
    assert [s for _, s, _ in _said(text, PEOPLE)] == [speaker]


def test_split_quote_is_two_quotes_with_one_speaker() -> None:
    text = '"We are ready," Lopez said, "but not at any price."'
    assert _said(text, PEOPLE) == [
        ("We are ready,", "Maria Lopez", "Lopez"),
        ("but not at any price.", "Maria Lopez", "Lopez"),
    ]
    quotes, statements = speech(text, PEOPLE)
    assert quotes[0].statement_id == quotes[1].statement_id
    assert [s.quote_ids for s in statements if s.kind.value == "direct"] == [["q1", "q2"]]


def test_multi_paragraph_quote_keeps_its_speaker() -> None:
    text = (
        'Smith spoke for an hour. "We will cut taxes for every family in the country," he said. '
        '"We will do it this year.\n\n'
        '"And we will not raise them again before the next election."\n\n'
        "The opposition rejected the plan."
    )
    said = _said(text, SMITH)
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
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(text: str) -> None:
    assert speech(text, SMITH)[0] == []


def test_short_quote_next_to_its_cue_is_a_quote() -> None:
    assert _said('"Absolutely," Smith said.', SMITH) == [("Absolutely,", "John Smith", "Smith")]


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("“Prices will rise next year.” ― Maria Lopez", "Maria Lopez", "Maria Lopez"),
        ('"LOPEZ: Prices will rise next year and we will act."', "Maria Lopez", "LOPEZ"),
        ('The minister spoke last.\n\nLopez: "Prices will rise next year and we will act."', "Maria Lopez", "Lopez"),
        # a verb outside the lexicon in the attribution slot
        ("“We made it, we really made it!” beamed Maria Lopez, waving to the crowd.", "Maria Lopez", "Maria Lopez"),
        ("“Prices will rise next year,” Lopez grumbled.", "Maria Lopez", "Lopez"),
    ],
)
def test_dash_label_and_manner_attribution(text: str, speaker: str, mention: str) -> None:
    names = {"Maria Lopez": ("PERSON", ["Lopez", "LOPEZ"])}
    assert [(s, m) for _, s, m in _said(text, names)] == [(speaker, mention)]


def test_passive_cue_attributes_nothing() -> None:
    text = 'Smith was asked, "Will prices rise next year?"'
    assert [s for _, s, _ in _said(text, SMITH)] == [None]


def test_confidence_reflects_evidence() -> None:
    text = (
        '"We will cut taxes for every family in the country," Smith said.\n\n'
        '"We will also cut spending in every ministry."\n\n'
    )
    quotes, _ = speech(text, SMITH)
    assert quotes[0].speaker and quotes[1].speaker and quotes[0].speaker.name == quotes[1].speaker.name
    assert quotes[0].confidence > quotes[1].confidence


SEED = Path(__file__).resolve().parents[2] / "seeds" / "ctbt-russia-observador.txt"


def _seed_speech() -> tuple[str, list, list]:
    """The seed article through the stages speech depends on (dates, entities), then speech itself."""
    text = SEED.read_text("utf-8")
    doc = Document(text)
    dates = find_dates(doc, date(2024, 2, 15), "en")
    quotes, statements = find_speech(doc, find_entities(doc, "en"), dates, "en")
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


class _NoPronouns(FakeTable):
    """An entity layer that cannot resolve pronouns or descriptions at all."""

    def resolve(self, start: int, end: int):  # type: ignore[no-untyped-def]
        if self.text[start:end].lower() in ("he", "she", "it", "they") or self.text[start:end].startswith("the "):
            return None
        return super().resolve(start, end)


@pytest.mark.parametrize(
    ("follow_up", "mention"),
    [
        ('"We will not accept these terms," she said.', "she"),
        ('"We will not accept these terms," the former minister said.', "the former minister"),
    ],
)
def test_unresolved_pronoun_continues_the_latest_speaker(follow_up: str, mention: str) -> None:
    text = '"Prices will rise next year," Maria Lopez said on Monday.\n\n' + follow_up
    doc = Document(text)
    quotes, _ = find_speech(doc, _NoPronouns(text, PEOPLE), [], "en")  # type: ignore[arg-type]
    second = quotes[1].speaker
    assert second is not None and second.name == "Maria Lopez"
    assert second.start is not None and text[second.start : second.end] == mention


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        ("fr", "« Nous ne céderons pas », a déclaré Emmanuel Macron lundi.", "Nous ne céderons pas", "Emmanuel Macron"),
        ("pt", "“Não vamos ceder”, disse Lula da Silva aos jornalistas.", "Não vamos ceder", "Lula da Silva"),
        ("de", "„Wir werden nicht nachgeben“, sagte Scholz am Montag.", "Wir werden nicht nachgeben", "Olaf Scholz"),
        ("es", "«No vamos a ceder», dijo Pedro Sánchez.", "No vamos a ceder", "Pedro Sánchez"),
    ],
)
def test_other_languages(language: str, text: str, quote: str, speaker: str) -> None:
    names = {speaker: ("PERSON", [speaker.split()[-1]])}
    quotes, statements = find_speech(Document(text), FakeTable(text, names), [], language)  # type: ignore[arg-type]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [(quote, speaker)]
    assert statements[0].kind.value == "direct"


def test_unresolved_pronoun_before_any_speaker_takes_the_latest_person_named() -> None:
    text = 'Rakeyia Scott can be heard yelling at the officers.\n\n"Don\'t shoot him, he has no weapon," she says.'
    names = {"Rakeyia Scott": ("PERSON", ["Scott"])}
    quotes, _ = find_speech(Document(text), _NoPronouns(text, names), [], "en")  # type: ignore[arg-type]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Rakeyia Scott"
