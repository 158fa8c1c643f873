"""The packed word frequencies and first names answer exactly what wordfreq and gender_guesser answer."""

import pytest
import wordfreq
from gender_guesser.detector import Detector

from extractor.entities import first_names, word_frequency

# Words as the entity rules meet them: lower case, title case, digits, hyphens, apostrophes, abbreviations,
# accents, unseen strings and nothing at all.
ODD_WORDS = ["", "  ", "...", "the", "The", "THE", "1985", "1980s", "$1,000", "3.5%", "U.S.", "well-known",
             "don't", "O'Brien", "co-operate", "naïve", "São", "A330", "xqzvw", "Reuters", "Bernie", "will"]


@pytest.fixture(scope="module")
def english_words() -> list[str]:
    words = list(wordfreq.iter_wordlist("en"))
    return words[:3000] + words[3000::97]  # all the common words, and a sample of the 321,000 down to the rarest


def test_zipf_equals_wordfreq(english_words):
    words = english_words + [w.title() for w in english_words[::5]] + ODD_WORDS
    differ = [w for w in words if repr(word_frequency.zipf(w)) != repr(wordfreq.zipf_frequency(w, "en"))]
    assert differ == []


def test_first_name_gender_equals_gender_guesser(english_words):
    detector = Detector(case_sensitive=False)
    names = list(detector.names)
    words = names[::3] + [n.title() for n in names[1::7]] + english_words[:2000] + ODD_WORDS
    differ = [w for w in words if first_names.gender(w) != detector.get_gender(w)]
    assert differ == []


@pytest.mark.parametrize(("word", "gender"), [("John", "male"), ("anna", "female"), ("Bernie", "mostly_female"),
                                              ("Robin", "mostly_male"), ("Lavrov", "unknown")])
def test_first_name_gender_examples(word, gender):
    assert first_names.gender(word) == gender
