"""Closed word classes (pronouns, determiners, clause openers …) from lexicons/speech_words.tsv."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _table() -> dict[str, frozenset[str]]:
    raw = resources.files("extractor.lexicons").joinpath("speech_words.tsv").read_text("utf-8")
    table = {}
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            name, words = line.split("\t", 1)
            table[name] = frozenset(words.split())
    return table


def word_set(name: str) -> frozenset[str]:
    return _table()[name]
