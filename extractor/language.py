"""Guess a text's language from its function words: fast, deterministic, no model download."""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

_WORD = regex.compile(r"\p{L}+")
SUPPORTED = ("en", "pt", "es", "fr", "de")


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


# For ASCII text: letters lower-cased, every other byte a space, so that split() gives what _WORD finds, lower-cased
# (in ASCII the letters are exactly A-Z and a-z), several times faster than the regular expression.
_ASCII_WORDS = bytes(b + 32 if 65 <= b <= 90 else b if 97 <= b <= 122 else 32 for b in range(256))


def _words(sample: str) -> list[str]:
    """The lower-cased words (runs of letters) of `sample`."""
    if sample.isascii():
        return sample.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()
    return [word.lower() for word in _WORD.findall(sample)]


def detect_language(text: str, sample: int = 3000, default: str = "en") -> str:
    """The supported language whose function words cover most of the first `sample` characters."""
    counts = dict.fromkeys(_stopwords(), 0)
    # the function words' languages, looked up without a Python loop over every word, then counted by kind
    found = list(filter(None, map(_languages_of().get, _words(text[:sample]))))
    for langs in set(found):
        n = found.count(langs)
        for lang in langs:
            counts[lang] += n
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] > counts.get(default, 0) else default
