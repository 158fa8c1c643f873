"""Parse a noun phrase handed to resolve(): pronoun, name, description or anonymous source, and its parts.

"he" | "Kenneth Baer, a former Obama administration official" (name head, appositive after the comma) |
'the "deputy" of Russian diplomacy' (definite description, head "deputy", a place in its modifiers) |
"a senior U.S. official" (indefinite: an anonymous source) | "his spokesman" (possessive pronoun + noun).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractor.entities import lexicon

_WORD = regex.compile(r"(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’.](?![sS]\b)[\p{L}\p{M}\p{N}]+)*\.?")
_QUOTES = "\"'“”‘’«»„‟‹›`"
_TRIM = _QUOTES + " \t\r\n,.;:()[]—–-"
# Where the head part of a noun phrase ends: an appositive comma, a bracket (not an acronym inside a name:
# "Sugar Regulation Administration (SRA) chairman Arsenim Yulo"), a relative clause, a dash.
_HEAD_END = regex.compile(r",|\((?![\p{Lu}\p{N}.&-]+\)\s+\p{L})|—|–| - |\bwho\b|\bwhich\b|\bthat\b")
_POST = frozenset(["of", "for", "at", "from", "with", "in", "on", "to", "by", "under", "who"])
DEFINITE = frozenset(["the", "this", "that", "these", "those"])
INDEFINITE = frozenset(["a", "an", "one", "another", "some", "two", "three", "several", "many"])
POSSESSIVE_PRONOUNS = frozenset(["his", "her", "its", "their", "our", "my"])
_NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2, "all": 0}


@dataclass
class NounPhrase:
    start: int  # the trimmed phrase
    end: int
    head_start: int  # the head part (before any appositive or relative clause)
    head_end: int
    determiner: str = ""  # "the" | "a" | "his" | "" ...
    words: list[tuple[int, int, str]] = field(default_factory=list)  # words of the head part
    noun: str = ""  # the head noun (lower case) if it is a known nominal
    noun_index: int = -1
    count: int = 0  # "the two leaders" -> 2
    possessor: tuple[int, int] | None = None  # "Russia's" in "Russia's foreign minister"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM and not (text[end - 1] == "." and _dotted_word_end(text, start, end)):
        end -= 1
    return start, end


def _dotted_word_end(text: str, start: int, end: int) -> bool:
    """Keep the dot of "U.S." or "Jr." at the end of a phrase."""
    word = text[start:end].split()[-1] if text[start:end].split() else ""
    return word.count(".") >= 2 or word.rstrip(".").lower() in ("jr", "sr", "inc", "corp", "co", "ltd")


def parse(text: str, start: int, end: int) -> NounPhrase | None:
    start, end = trim(text, start, end)
    if start >= end:
        return None
    m = _HEAD_END.search(text, start, end)
    head_end = m.start() if m and m.start() > start else end
    hs, he = trim(text, start, head_end)
    if hs >= he:
        hs, he = start, end
    np = NounPhrase(start, end, hs, he)
    np.words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(text, hs, he)]
    if not np.words:
        return np
    first = np.words[0][2].lower()
    if first in DEFINITE or first in INDEFINITE or first in POSSESSIVE_PRONOUNS or first in _NUMBERS:
        np.determiner = first
    # a possessor name ends in 's / ’s: "Russia's foreign minister"
    for i, (_ws, we, _w) in enumerate(np.words[:-1]):
        if text[we : we + 2] in ("'s", "’s") or (text[we : we + 1] in "'’" and text[we - 1] == "s"):
            rest = [w for w in np.words[i + 1 :] if not (w[2].lower() == "s" and w[0] == we + 1)]
            if not rest:
                # "Hillary Clinton's" alone: the name itself, its possessive ending dropped
                np.words = np.words[: i + 1]
                np.head_end = we
                break
            np.possessor = (np.words[0][0] if np.determiner == "" else np.words[1][0], we)
            np.determiner = np.determiner or "the"
            np.words = rest
            break
    _find_noun(np)
    for _s, _e, w in np.words:
        if w.lower() in _NUMBERS:
            np.count = _NUMBERS[w.lower()]
    return np


def _find_noun(np: NounPhrase) -> None:
    """The head noun: the last known nominal before any post-modifier ("deputy" in "the deputy of Russian ...")."""
    noms = lexicon.nominals()
    limit = len(np.words)
    for i, (_s, _e, w) in enumerate(np.words):
        if i > 0 and w.lower() in _POST:
            limit = i
            break
    for i in range(limit - 1, -1, -1):
        word = np.words[i][2].lower().strip(_QUOTES)
        if word in noms:
            np.noun, np.noun_index = word, i
            return
