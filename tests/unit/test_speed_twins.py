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
    marks = sample.encode().translate(t._MARKS_AS_DOTS).decode()  # "!" and "?" read as "."
    for lo, hi in ((0, len(sample)), (5, 60), (14, len(sample) - 3)):
        ascii_marks = [m.span() for m in t._ASCII_BOUNDARY.finditer(marks, lo, hi)]
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


def test_white_space_class_is_what_regex_reads_as_a_space():
    import re

    import regex

    from extractor.patterns import WHITE_SPACE

    ours, theirs = re.compile(WHITE_SPACE), regex.compile(r"\s")
    assert all(bool(ours.match(chr(c))) == bool(theirs.match(chr(c))) for c in range(0x3001))
    assert all(not ours.match(chr(c)) and not theirs.match(chr(c)) for c in range(0x3001, 0x110000, 97))


def test_forward_twins_of_reverse_patterns_find_a_match_where_those_do():
    from extractor.speech import attribution, statements

    text = (
        "Prices were announced, said X; it was widely reported and quickly added, but also then said — "
        "he is said; rates, \x1c said; the one that got\ttold, \u201cfine,\u201d the OECD said"
    )
    for lo in range(0, len(text), 3):
        for hi in range(lo, min(len(text), lo + 45)):
            slot = attribution._INVERSION_SLOT.search(text, lo, hi)
            assert bool(slot) == bool(regex_search(r"[,:;—–]\s*$", text, lo, hi))
            comma = statements._COMMA_CLOSES.search(text, lo, hi)
            expected = regex_search(r",[\"'”’»]?\s*$", text, lo, hi, reverse=False)
            assert (comma and comma.span()) == (expected and expected.span())
            if text.isascii():
                for ours, theirs in (
                    (attribution._ASCII_PASSIVE, attribution._PASSIVE),
                    (attribution._ASCII_COORDINATED, attribution._COORDINATED),
                ):
                    assert bool(ours.search(text, lo, hi)) == bool(theirs.search(text, lo, hi))


def regex_search(pattern, text, lo, hi, reverse=True):
    import regex

    return regex.compile(pattern, regex.REVERSE if reverse else 0).search(text, lo, hi)


def test_forward_twins_on_ascii_text():
    from extractor.speech import attribution

    text = "it was widely reported and quickly added, but also then said he is said; it got told and later said"
    for lo in range(len(text)):
        for hi in range(lo, min(len(text), lo + 45)):
            for ours, theirs in (
                (attribution._ASCII_PASSIVE, attribution._PASSIVE),
                (attribution._ASCII_COORDINATED, attribution._COORDINATED),
            ):
                assert bool(ours.search(text, lo, hi)) == bool(theirs.search(text, lo, hi))


def test_statements_passive_twin_finds_the_copula_the_reverse_search_finds():
    from extractor.speech import statements

    text = "it is said; was being  reported, were clearly\n announced, is only been said; be ly said\tare  said"
    for lo in range(len(text)):
        for hi in range(lo, min(len(text), lo + 45)):
            ours, theirs = statements._ASCII_PASSIVE.search(text, lo, hi), statements._PASSIVE.search(text, lo, hi)
            assert (ours and ours.start()) == (theirs and theirs.start())


def test_ascii_token_pattern_tokenizes_as_the_unicode_one():
    from extractor.entities.tokens import _ASCII_TOKEN, _TOKEN

    text = "U.S. al-Sissi's x-ray O'Neill's 4,559.2 \x1c ;; A.B Smith's Corp. -- end."
    assert text.isascii()
    for lo in range(len(text)):
        assert [m.span() for m in _ASCII_TOKEN.finditer(text, lo)] == [m.span() for m in _TOKEN.finditer(text, lo)]


def test_ascii_quotation_marks_are_the_marks_of_the_unicode_patterns():
    from extractor.speech import quote_marks as q

    text = "'a' ''b'' '''c''' x'y 'z'' ' \"q\" \"\" Smith's \"'Yes,' he said\" '' '"
    for lo in range(len(text)):
        for ours, theirs in ((q._ASCII_SINGLE_MARK, q._SINGLE_MARK), (q._ASCII_DOUBLE_MARK, q._DOUBLE_MARK)):
            assert [m.span() for m in ours.finditer(text, lo)] == [m.span() for m in theirs.finditer(text, lo)]
