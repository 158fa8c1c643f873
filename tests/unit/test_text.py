"""Paragraph and sentence segmentation with offsets."""

from hypothesis import given
from hypothesis import strategies as st

from extractor.language import detect_language
from extractor.text import Document, split_sentences

SEED_LIKE = (
    "The Russian Foreign Ministry affirmed this Thursday that Moscow remains committed to the treaty.\n"
    "According to a statement, Mr. Riabkov met with Robert Floyd in the U.S. capital. They discussed trade."
)


def _texts(text: str, segments) -> list[str]:
    return [text[s.start : s.end] for s in segments]


def test_sentences_respect_abbreviations_and_paragraphs():
    doc = Document(SEED_LIKE)
    assert _texts(SEED_LIKE, doc.paragraphs)[0].startswith("The Russian")
    assert _texts(SEED_LIKE, doc.sentences) == [
        "The Russian Foreign Ministry affirmed this Thursday that Moscow remains committed to the treaty.",
        "According to a statement, Mr. Riabkov met with Robert Floyd in the U.S. capital.",
        "They discussed trade.",
    ]


def test_a_saint_in_a_place_name_ends_no_sentence():
    text = "GM Canada will retool its plant in Ste. Therese, Quebec, from May. It said so."
    assert _texts(text, split_sentences(text)) == [
        "GM Canada will retool its plant in Ste. Therese, Quebec, from May.",
        "It said so.",
    ]


def test_plural_and_military_titles_end_no_sentence():
    # "Sens." and "Reps." before a list of lawmakers, "Maj. Gen." before an officer: the names stay in the sentence
    text = ("The envoy held talks with Democratic Sens. Ann Berg and Tom Hale. Reps. Jo Lind and Al Roe met him. "
            "He named retired Maj. Gen. Carl Ode.")
    assert _texts(text, split_sentences(text)) == [
        "The envoy held talks with Democratic Sens. Ann Berg and Tom Hale.",
        "Reps. Jo Lind and Al Roe met him.",
        "He named retired Maj. Gen. Carl Ode.",
    ]


def test_sentence_ends_after_closing_quote():
    text = 'He said: "We are ready." She disagreed.'
    assert _texts(text, split_sentences(text)) == ['He said: "We are ready."', "She disagreed."]


def test_wrapped_lines_stay_in_one_paragraph():
    text = "The minister said the talks\nwould continue next week.\nOfficials agreed."
    doc = Document(text)
    assert len(doc.paragraphs) == 2


def test_sentence_lookup_by_offset():
    doc = Document(SEED_LIKE)
    offset = SEED_LIKE.index("Floyd")
    assert SEED_LIKE[doc.sentence_at(offset).start :].startswith("According")
    assert doc.sentence_index(0) == 0


@given(st.text(max_size=400))
def test_segments_are_ordered_trimmed_and_inside_the_text(text):
    doc = Document(text)
    previous_end = 0
    for seg in doc.sentences:
        assert previous_end <= seg.start < seg.end <= len(text)
        assert not text[seg.start].isspace() and not text[seg.end - 1].isspace()
        previous_end = seg.end


def test_language_guess():
    assert detect_language("O ministério afirmou que a Rússia não vai usar as armas, segundo a agência.") == "pt"
    assert detect_language("Le ministre a déclaré que la Russie reste engagée dans le traité.") == "fr"
    assert detect_language("Der Minister sagte, dass Russland an dem Vertrag festhält und nicht aussteigt.") == "de"
    assert detect_language("El ministro dijo que Rusia sigue comprometida con el tratado según la agencia.") == "es"
    assert detect_language(SEED_LIKE) == "en"
    assert detect_language("") == "en"


def test_initials_do_not_end_sentences():
    text = "Professor A.E. Dick Howard said so. He left."
    assert _texts(text, split_sentences(text)) == ["Professor A.E. Dick Howard said so.", "He left."]


def test_company_suffix_before_a_sentence_opener_ends_the_sentence():
    text = "It bought a stake in Brennan Ltd. The company said so. Shares of Acme Inc. rose."
    assert _texts(text, split_sentences(text)) == [
        "It bought a stake in Brennan Ltd.",
        "The company said so.",
        "Shares of Acme Inc. rose.",
    ]


_WORDS = st.sampled_from(["the", "The", "de", "que", "und", "le", "a", "theory", "x", "DER", "el"])
_JOINS = st.sampled_from([" ", "'", "-", "\n", "3", ", ", ""])


@given(st.lists(_WORDS, max_size=20), st.lists(_JOINS, min_size=20, max_size=20))
def test_function_words_of_ascii_text_are_those_of_the_word_pattern(words: list[str], joins: list[str]) -> None:
    from extractor.language import _function_word_counts

    text = "".join(w + j for w, j in zip(words, joins, strict=False))
    # a non-ASCII word at the end takes the general path, which reads every word by the pattern
    assert _function_word_counts(text) == _function_word_counts(text + " é")
