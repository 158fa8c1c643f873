"""The byte-for-byte rewrites of ASCII text keep every offset, and the automaton finds whole words only."""

from hypothesis import given
from hypothesis import strategies as st

from extractor.ascii_scan import between_spaces, byte_map, rewritten, whole_words

_NON_WORD = byte_map(lambda c: c if c.isalnum() or c == "_" else " ")


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_a_rewrite_keeps_the_length_and_every_unmapped_character(text):
    out = rewritten(text, byte_map(lambda c: "0" if c.isdigit() else c))
    assert len(out) == len(text)
    assert all(o == ("0" if c.isdigit() else c) for o, c in zip(out, text, strict=True))


def test_whole_words_end_one_past_the_word_in_the_text():
    text = "Talks began Monday; the monday-ish mood and Mondays went on."
    automaton = whole_words([("monday", "monday"), ("talks", "talks")])
    # a hit's index (of the key's last character, the space after the word) is one past the word's end in the text
    spaced = between_spaces(text.lower(), _NON_WORD)
    hits = [(text[last - len(word) - 1 : last - 1], word) for last, word in automaton.iter(spaced)]
    assert hits == [("Talks", "talks"), ("Monday", "monday"), ("monday", "monday")]
