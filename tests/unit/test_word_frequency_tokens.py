"""The English tokenizer copied into `extractor.entities.word_frequency` splits exactly as wordfreq's own
`lossy_tokenize(text, "en")`, so the word frequencies stay wordfreq's."""

from __future__ import annotations

import pytest
import wordfreq
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.entities.word_frequency import tokens

SENTENCES = [
    "The minister’s aides said on Tuesday they didn't expect a deal before 2025.",
    "Shares of Acme Corp. rose 3.5% to $1,042.50 in early trading in New York.",
    "« C'est l'heure », a-t-il dit à l'Assemblée nationale; qu'un accord arrive.",
    "Niños y niñ@s llegaron; @s amigos también. O'Brien co-operated, naïvely.",
    "“We’re not done,” she said — ‘not yet’ — after the 1990s and the '80s.",
    "東京で会議が行われた。 Talks in Bangkok (กรุงเทพ) ended with a 50-50 split.",
    "Straße İstanbul ΣΊΣΥΦΟΣ ǅemal ﬁnance ½ 2nd 10,000-strong 🙂 👍🏽 ok",
    "natu\u0308rlich e\u0301te\u0301 A\u030a #hashtag user@example.com U.S.-led",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tokens_equal_wordfreq(sentence: str) -> None:
    assert tokens(sentence) == wordfreq.lossy_tokenize(sentence, "en")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_tokens_equal_wordfreq_on_any_text(text: str) -> None:
    assert tokens(text) == wordfreq.lossy_tokenize(text, "en")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aehlnstuAHLS'’‘“”ʼ@.,-_ 0159éÉİıßœ\u0301\u0308\u00a0", max_size=30))
def test_tokens_equal_wordfreq_where_its_rules_meet(text: str) -> None:
    """Apostrophes, elisions, '@s' endings, digits, combining marks and the letters case folding changes."""
    assert tokens(text) == wordfreq.lossy_tokenize(text, "en")
