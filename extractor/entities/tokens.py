"""Word tokens with offsets, and the capitalised sequences that proper names are read from."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extractor.entities import lexicon
from extractor.text import Document

# Acronyms with dots ("U.S."), words with inner hyphens/apostrophes (but not a possessive "'s"),
# numbers, or any other single non-space character.
_TOKEN = regex.compile(
    r"(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’](?![sS]\b)[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|\S"
)
# Words whose following dot belongs to them ("Mr.", "Corp.") rather than ending the sentence.
_DOTTED = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "capt",
        "sgt",
        "rev",
        "st",
        "jr",
        "sr",
        "corp",
        "inc",
        "co",
        "ltd",
        "prof",
        "mt",
        "ft",
        "messrs",
        "adm",
        "cmdr",
        "gov't",
    )
)
_OPENERS = frozenset("\"'“‘«„‹([")
# Lower-case words that may sit inside a proper name when capitalised words surround them.
_PARTICLES = frozenset(
    (
        "de",
        "da",
        "del",
        "della",
        "di",
        "do",
        "dos",
        "das",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "al",
        "bin",
        "ibn",
        "ben",
        "y",
    )
)
_OF = frozenset(("of", "for", "on"))
# Heads after which "of ..." continues the same name ("Bank of America", "Republic of Korea").
_OF_TAKERS = frozenset(
    (
        "republic",
        "kingdom",
        "states",
        "state",
        "bank",
        "university",
        "house",
        "chamber",
        "bay",
        "gulf",
        "isle",
        "city",
        "islands",
    )
)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str  # lower case, trailing dot removed
    cap: bool  # starts with an upper-case letter
    initial: bool  # first word of a sentence or of a quotation, where capitals prove nothing
    sentence: int


def tokenize(doc: Document) -> list[Token]:
    text = doc.text
    out: list[Token] = []
    for si, sent in enumerate(doc.sentences):
        expect_initial = True
        for m in _TOKEN.finditer(text, sent.start, sent.end):
            start, end = m.span()
            word = m.group()
            if (
                word[0].isalpha()
                and end < len(text)
                and text[end] == "."
                and (word.lower() in _DOTTED or (len(word) == 1 and word.isupper()))
            ):
                end += 1
                word += "."
            if not word[0].isalnum():
                # an opening quote or bracket makes the next word initial too
                if word in _OPENERS or word in ":—–":
                    expect_initial = True
                continue
            lower = word.lower().rstrip(".") if not word.endswith("..") else word.lower()
            out.append(Token(start, end, word, lower, word[0].isupper(), expect_initial, si))
            expect_initial = False
    return out


def _joinable(text: str, a: Token, b: Token) -> bool:
    """Two tokens are neighbours in a name when only spaces (no line break, no punctuation) separate them."""
    gap = text[a.end : b.start]
    return a.sentence == b.sentence and 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap


def _is_role(tok: Token) -> bool:
    kinds = lexicon.role_words().get(tok.lower)
    return bool(kinds) and "honorific" not in kinds


def _is_role_head(tok: Token) -> bool:
    return "head" in lexicon.role_words().get(tok.lower, ())


def sequences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of capitalised runs, with name-internal connectors and leading role words.

    "Deputy Minister of Foreign Affairs", "Bank of America", "Soviet leader Mikhail Gorbachev" (a lower-case
    title run joins the name that follows it), "Ministry of International Trade and Industry".
    """
    out: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        if not tokens[i].cap and not _lower_title_before_name(text, tokens, i):
            i += 1
            continue
        j = i + 1
        has_of = False
        while j < n and _joinable(text, tokens[j - 1], tokens[j]):
            tok = tokens[j]
            if tok.cap:
                j += 1
                continue
            if _is_role(tok) and _lower_title_before_name(text, tokens, j):
                j += 1
                continue
            nxt = j + 1
            if tok.lower == "the" and has_of:
                pass
            elif tok.lower in _OF:
                prev = tokens[j - 1].lower
                if not (prev in lexicon.org_heads() or prev in _OF_TAKERS or _is_role_head(tokens[j - 1])):
                    break
                if nxt < n and tokens[nxt].lower == "the" and _joinable(text, tok, tokens[nxt]):
                    nxt += 1
            elif tok.lower in ("and", "&"):
                if not (has_of or tok.lower == "&"):
                    break
            elif tok.lower not in _PARTICLES:
                break
            if nxt < n and tokens[nxt].cap and _joinable(text, tokens[nxt - 1], tokens[nxt]):
                has_of = has_of or tok.lower in _OF
                j = nxt
            else:
                break
        out.append((i, j))
        i = j
    return out


def _lower_title_before_name(text: str, tokens: list[Token], i: int) -> bool:
    """A lower-case title run ("foreign minister", "leader") that ends right before a capitalised name."""
    j = i
    while j < len(tokens) and not tokens[j].cap and _is_role(tokens[j]):
        if j > i and not _joinable(text, tokens[j - 1], tokens[j]):
            return False
        j += 1
    return (
        j > i
        and _is_role_head(tokens[j - 1])
        and j < len(tokens)
        and tokens[j].cap
        and _joinable(text, tokens[j - 1], tokens[j])
        and tokens[j].lower not in lexicon.stopwords()
    )
