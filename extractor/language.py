"""Guess a text's language from its function words: fast, deterministic, no model download."""

from __future__ import annotations

from collections import Counter
from functools import cache
from importlib import resources
from operator import itemgetter

import ahocorasick
import regex

from extractor.ascii_scan import between_spaces, byte_map, whole_words

_WORD = regex.compile(r"\p{L}+")
SUPPORTED = ("en", "pt", "es", "fr", "de")
_SECOND = itemgetter(1)  # the value of an automaton hit (end, value)


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    table = {}
    for line in resources.files("extractor.lexicons").joinpath("stopwords.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, words = line.split("\t", 1)
            table[lang] = frozenset(words.split())
    return table


@cache
def _languages_of() -> dict[str, tuple[str, ...]]:
    """Function word -> the languages it belongs to: one lookup per word instead of one per language."""
    out: dict[str, tuple[str, ...]] = {}
    for lang, words in _stopwords().items():
        for word in words:
            out[word] = (*out.get(word, ()), lang)
    return out


# For ASCII text: letters lower-cased, every other character a space, so that a run of letters, which is what _WORD
# finds (in ASCII the letters are exactly A-Z and a-z), stands between spaces.
_ASCII_WORDS = byte_map(lambda c: c.lower() if c.isalpha() else " ")


@cache
def _function_words() -> ahocorasick.Automaton:
    """Each function word -> its languages, found as whole words in `between_spaces(text, _ASCII_WORDS)`."""
    return whole_words(_languages_of().items())


def _function_word_counts(sample: str) -> Counter[tuple[str, ...]]:
    """How often each tuple of languages is that of a function word of `sample`. In ASCII text one pass of C
    finds the words and counts them (a dictionary lookup of every word cost more than the scan: each word a new
    string to hash; a Python loop over the hits, about fifty a document, more than the counting in C)."""
    if sample.isascii():
        return Counter(map(_SECOND, _function_words().iter(between_spaces(sample, _ASCII_WORDS))))
    return Counter(filter(None, map(_languages_of().get, (word.lower() for word in _WORD.findall(sample)))))


def detect_language(text: str, sample: int = 3000, default: str = "en") -> str:
    """The supported language whose function words cover most of the first `sample` characters."""
    counts = dict.fromkeys(_stopwords(), 0)
    # the function words' languages, found and counted by kind without a Python loop over every word
    for langs, n in _function_word_counts(text[:sample]).items():
        for lang in langs:
            counts[lang] += n
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] > counts.get(default, 0) else default
