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


def detect_language(text: str, sample: int = 3000, default: str = "en") -> str:
    """The supported language whose function words cover most of the first `sample` characters."""
    counts = dict.fromkeys(_stopwords(), 0)
    languages_of = _languages_of()
    for word in _WORD.findall(text[:sample]):
        for lang in languages_of.get(word.lower(), ()):
            counts[lang] += 1
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] > counts.get(default, 0) else default
