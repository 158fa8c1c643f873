"""'The magazine said', 'the newsletter noted': a description of a publication names the one the text named before,
never the news agency something was told to ('told Reuters')."""

from __future__ import annotations

from extractor import extract


def _speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in extract(text).statements]


def test_the_magazine_is_the_magazine_named_before() -> None:
    text = ("The weekly Harbour Review magazine said on Monday that exports would fall by a fifth this year. "
            "The magazine also said that the central bank would cut interest rates before the summer.")
    assert _speakers(text) == ["Harbour Review", "Harbour Review"]


def test_the_newsletter_is_not_the_agency_something_was_told_to() -> None:
    text = ("A senior oil ministry official told Reuters that output had risen to two mln barrels a day. "
            "The newsletter said the country was selling crude well below official prices in March.")
    speakers = _speakers(text)
    assert speakers[-1] != "Reuters"
