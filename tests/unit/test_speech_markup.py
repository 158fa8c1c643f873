"""Markup left in a text: the value of a tag's attribute is quoted by the syntax, not by anyone."""

from __future__ import annotations

from extractor.speech.quote_marks import find_quote_spans
from extractor.text import Document


def _quoted(text: str) -> list[str]:
    doc = Document(text)
    return [text[q.start : q.end] for q in find_quote_spans(text, doc.paragraphs)]


def test_an_attribute_value_is_no_quote() -> None:
    text = (
        'One reader wrote:\n\n<tweet tweet-author="@corvane" tweet-date="May 3, 2016">The mill must stay open.'
        '<tweet/>\n\n"We will not sell," the owner said.'
    )
    assert _quoted(text) == ["We will not sell,"]
