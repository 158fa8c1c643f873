"""Faster twins of patterns and lookups must give what the originals give."""

from extractor.entities.build import _ASCII_SPEAKING_PRONOUN, _SPEAKING_PRONOUN
from extractor.entities.word_frequency import tokens, zipf


def test_ascii_speaking_pronoun_finds_what_the_unicode_pattern_finds():
    texts = [
        "He said the talks failed, and she told reporters; The chef said nothing. Shelter said he\tadded",
        "he\x1csaid",  # a separator is whitespace to re but not to regex: neither pattern takes it
        "She  says, he\nwrote; the he said; ashe said; he saidx; SHE said",
    ]
    for text in texts:
        assert text.isascii()
        found = [m.span(1) for m in _ASCII_SPEAKING_PRONOUN.finditer(text, 0, len(text))]
        assert found == [m.span(1) for m in _SPEAKING_PRONOUN.finditer(text, 0, len(text))]
    assert [m.group(1) for m in _ASCII_SPEAKING_PRONOUN.finditer(texts[0])] == ["He", "she", "he"]


def test_ascii_words_are_their_own_wordfreq_token():
    for word in ("the", "Reuters", "bundesbank", "x"):
        assert tokens(word) == [word.lower()]
    assert zipf("the") > 7 and zipf("qqqzzzx") == 0


def test_ascii_sentence_and_paragraph_patterns_split_as_the_unicode_ones():
    from extractor import text as t

    sample = (
        'He said "No." Then he left... The U.S. Treasury?! 3 more! "Yes," she said. (Done.) Next\n'
        "wrapped line\nNew Para.\x1cNot a sentence break. 1987 was fine.  Two spaces.\n\n  Last one!"
    )
    assert sample.isascii()
    assert [m.span() for m in t._ASCII_PARAGRAPH.finditer(sample)] == [m.span() for m in t._PARAGRAPH.finditer(sample)]
    for lo, hi in ((0, len(sample)), (5, 60), (14, len(sample) - 3)):
        ascii_marks = [m.span() for m in t._ASCII_BOUNDARY.finditer(sample, lo, hi)]
        assert ascii_marks == [m.span() for m in t._BOUNDARY.finditer(sample, lo, hi)]


def test_ascii_speech_patterns_match_as_the_unicode_ones():
    from extractor.speech import attribution, scare_quotes, statements

    pairs = (
        (statements._ASCII_DATE_LEAD, statements._DATE_LEAD),
        (statements._ASCII_SPACE_LEAD, statements._SPACE_LEAD),
        (statements._ASCII_THAT, statements._THAT),
        (statements._ASCII_FIRST_WORD, statements._FIRST_WORD),
        (attribution._ASCII_DOCUMENT_HEADS, attribution._DOCUMENT_HEADS),
    )
    text = (
        "said , on Monday that the plan , that\x1cwould   work; In an interview with Reuters that it was A "
        "Statement From the ministry, a joint statement issued by Its board; THE REPORT OF the panel"
    )
    assert text.isascii()
    for ascii_pattern, pattern in pairs:
        for pos in range(len(text)):
            a, b = ascii_pattern.match(text, pos), pattern.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern.pattern, pos)
    quote = "Make America Great Again, 1990s-style O'Neill's x-ray \x1c done"
    assert scare_quotes._ASCII_WORD.findall(quote) == scare_quotes._WORD.findall(quote)
