"""Statements: every reported speech act with its speaker, cue, content, kind and date."""

from __future__ import annotations

from datetime import date

import pytest
from test_quotes_fakes import FakeTable

from extractor.dates import find_dates
from extractor.speech import find_speech
from extractor.text import Document
from schemas import Statement

NAMES = {
    "John Smith": ("PERSON", ["Smith"]),
    "Foreign Ministry": ("ORG", ["ministry", "Ministry"]),
    "Mitsui": ("ORG", ["Mitsui officials"]),
}


def _statements(text: str, reference: date | None = None) -> list[Statement]:
    doc = Document(text)
    dates = find_dates(doc, reference, "en")
    return find_speech(doc, FakeTable(text, NAMES), dates, "en")[1]  # type: ignore[arg-type]


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
            "Smith said the budget would be balanced by 2026.",
            [("John Smith", "said", "indirect", "the budget would be balanced by 2026")],
        ),
        (
            "Smith declared in an interview with Reuters that the budget would be balanced.",
            [("John Smith", "declared", "indirect", "the budget would be balanced")],
        ),
        (
            "Smith told reporters the budget would be balanced.",
            [("John Smith", "told", "indirect", "the budget would be balanced")],
        ),
        (
            "The budget will be balanced by 2026, Smith said.",
            [("John Smith", "said", "indirect", "The budget will be balanced by 2026")],
        ),
        (
            "Daihatsu plans to export production facilities to Poland, according to Mitsui officials.",
            [("Mitsui", "according to", "indirect", "Daihatsu plans to export production facilities to Poland")],
        ),
        (
            "The sanctions, which were announced on Monday by John Smith, take effect in April.",
            [("John Smith", "announced", "indirect", "The sanctions")],
        ),
        (
            "Smith said he was surprised by the criticism but added that it was not one-sided.",
            [
                ("John Smith", "said", "indirect", "he was surprised by the criticism"),
                ("John Smith", "added", "indirect", "it was not one-sided"),
            ],
        ),
    ],
)
def test_indirect_statements(text: str, expected: list) -> None:
    assert [_brief(s) for s in _statements(text)] == expected


def test_direct_and_mixed_statements() -> None:
    text = (
        '"We will not accept these terms," Smith said.\n\n'
        'The ministry said the plan was "a threat to the stability of the whole region."'
    )
    briefs = [_brief(s) for s in _statements(text)]
    assert briefs == [
        ("John Smith", "said", "direct", "We will not accept these terms,"),
        ("Foreign Ministry", "said", "mixed", 'the plan was "a threat to the stability of the whole region."'),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Smith did not say whether the budget would be balanced.",  # negated
        "The plan is said to cost billions.",  # passive: nobody's words
        "Smith's notes were lost in the fire.",  # a noun, not a cue
        "Smith responded to the criticism on Twitter.",  # a reply to something, no reported content
        "Several primaries conclude the season in June.",  # 'conclude' after a plural is no speech verb
    ],
)
def test_not_statements(text: str) -> None:
    assert _statements(text) == []


def test_statement_date_from_its_own_clause() -> None:
    text = "The Foreign Ministry affirmed this Thursday that Moscow remains committed to the treaty."
    (s,) = _statements(text, date(2024, 2, 15))
    assert s.date_value == "2024-02-15"
    assert s.content.text == "Moscow remains committed to the treaty"


def test_statement_date_never_from_the_content() -> None:
    text = "Smith said the ministers would meet on Monday to discuss the treaty."
    (s,) = _statements(text, date(2024, 2, 15))
    assert s.date_value is None


def test_statements_link_their_quotes() -> None:
    text = '"We are ready," Smith said, "but not at any price."'
    doc = Document(text)
    quotes, statements = find_speech(doc, FakeTable(text, NAMES), [], "en")  # type: ignore[arg-type]
    (s,) = statements
    assert s.quote_ids == [q.id for q in quotes]
    assert all(q.statement_id == s.id for q in quotes)
