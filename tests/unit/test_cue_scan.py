"""The speech cues' whole-word scan of ASCII text finds what the plain automaton of the forms finds at word borders."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.speech import cues

SENTENCES = [
    "He said: 'We told them.' According to Smith, officials say the essay was unsaid, re-said and said-so.",
    "Analysts' forecasts were needed, he added -- according\nto the notes -- and claimed it's said_ok.",
    "ACCORDING TO the report, Moody's said it would, she told reporters; 3said, said3, (said) \"said\"",
    "They say, they said, according, to: according  to according to",
]


def _plain_hits(low: str, language: str) -> list[tuple[int, int, str]]:
    """The forms that the plain automaton finds with no letter, digit or word mark on either side."""
    out = []
    for last, (form, _) in cues._automaton(language).iter(low):
        start, end = last - len(form) + 1, last + 1
        before = low[start - 1] if start else " "
        after = low[end] if end < len(low) else " "
        if not (before.isalnum() or before in cues._WORD_MARKS or after.isalnum() or after in cues._WORD_MARKS):
            out.append((start, end, form))
    return out


def _as_found(low: str, language: str) -> list[tuple[int, int, str]]:
    # the whole-word scan also reads a space inside a form as another border character; find_cues drops those
    return [(s, e, f) for s, e, f, _ in cues._hits(low, language) if low[s:e] == f]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_whole_word_hits_are_the_plain_automaton_hits_at_word_borders(text: str, language: str) -> None:
    low = text.lower()
    assert sorted(_as_found(low, language)) == sorted(_plain_hits(low, language))


@given(st.lists(st.sampled_from(["said", "told", "according", "to", "say", " ", "-", "'", "_", "3", ",", "\n", "s"]),
                max_size=30))
def test_whole_word_hits_on_any_mix_of_forms_and_borders(parts: list[str]) -> None:
    low = "".join(parts)
    assert sorted(_as_found(low, "en")) == sorted(_plain_hits(low, "en"))


def test_find_cues_reads_ascii_and_unicode_text_alike() -> None:
    text = SENTENCES[0]
    ascii_cues = cues.find_cues(text, "en")
    unicode_cues = cues.find_cues(text + " \u00e9", "en")  # a non-ASCII character takes the plain automaton
    assert [(c.start, c.end, c.text) for c in ascii_cues] == [(c.start, c.end, c.text) for c in unicode_cues]
    assert ascii_cues


@given(st.lists(st.sampled_from(["Smith", "'s", "it's", " ", "  ", "-", "\n", "\t", "\x1c", ",", "the", "only",
                                 "previously", "ly", "a", "3", "."]), max_size=25))
def test_the_word_before_and_the_adverb_before_read_as_the_patterns_do(parts: list[str]) -> None:
    text = "".join(parts)
    low = text.lower()
    for pos in range(len(text) + 1):
        m = cues._LAST_WORD.search(text, max(0, pos - 40), pos)
        assert cues.previous_word(text, pos) == (m.group(1).lower() if m else "")
        adverb = cues._ADVERB_AFTER_ARTICLE.search(low, max(0, pos - 40), pos) is not None
        assert cues._adverb_after_article(low, pos) == adverb
