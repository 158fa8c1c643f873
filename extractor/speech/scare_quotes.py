"""Quoted text that is not reported speech: scare quotes, nicknames, titles of works.

A word or a short name in quotes ('the “deputy”', '“Saturday Night Live”') marks a term, not words
someone said. The same short span right next to a speech cue ('“Absolutely,” he said') is a quote.
"""

from __future__ import annotations

import re

import regex

from extractor.speech.words import word_set

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")  # the same words in ASCII text, for re
_SMALL = word_set("scare_small")
_ENDS_PUNCT = regex.compile(r"[.,!?…;:—–-]\W*$", regex.REVERSE)
_SENTENCE_END = regex.compile(r"[.!?…]\W*$", regex.REVERSE)

# a word that names a term: what follows it in quotes is the term, not speech ('so-called "mixed credits"')
_NAMING = regex.compile(
    r"(?:so-called|dubbed|known\s+as|termed|nicknamed|labell?ed|branded)\s*[\"“‘'«„]?\s*$", regex.IGNORECASE
)
_NAMING_REACH = 30
# a capitalised owner's possessive right before the quote: what it owns is a title ('NBC's "Meet the Press"')
_OWNED = regex.compile(r"\p{Lu}[\p{L}.&-]*['’]s\s*[\"“‘'«„]\s*$")
_MAX_TITLE_WORDS = 8
# 'called' right before the quote names what it calls when the quote is a title ('a perfume called "Amadeus"');
# '… called "a disgrace"' reports words
_CALLED = regex.compile(r"\bcalled\s*[\"“‘'«„]?\s*$")
# a title a programme or a work goes by, right after where something was said or who starred in it: 'said on "Meet
# the Press."', 'in an interview with "Fox News Sunday."', 'told "Fox and Friends"', 'the star of "Scandal"'
_VENUE = regex.compile(r"(?<![\p{L}'’])(?:on|with|told|of)\s*[\"“‘'«„]\s*$", regex.IGNORECASE)

DIRECT = frozenset({"post", "inverted", "pre", "colon", "lead", "dash", "label", "manner"})


def _title_like(words: list[str]) -> bool:
    """Every word that matters is capitalised: a title or a name ('Make America Great Again')."""
    content = [w for w in words if w.lower() not in _SMALL]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def is_scare_quote(content: str, how: str | None) -> bool:
    """True when quoted `content` attributed by `how` (see attribution.Attribution) is not a quote."""
    words = (_ASCII_WORD if content.isascii() else _WORD).findall(content)
    if not words:
        return True
    sentence = bool(_SENTENCE_END.search(content)) and content[0].isupper()
    if how in DIRECT:
        # '“Absolutely,” he said' is speech; a bare word in quotes is a term even next to a cue
        return len(words) == 1 and not _ENDS_PUNCT.search(content)
    if how is None:
        # unattributed: a headline or slogan in title case ('‘Neocons For Hillary.’') is not speech either
        return len(words) <= 4 and not sentence or _title_like(words) and len(words) <= 8
    if sentence and not _title_like(words):
        return False  # a short sentence of its own beside the speaker's other quotes ('“Big time.”')
    if len(words) <= 2:
        return True
    return _title_like(words) and len(words) <= 8 and not sentence


def is_named_term(text: str, start: int, end: int) -> bool:
    """Whether the quote text[start:end] (inside its marks) follows a naming word, or is a title owned by a name
    ('told NBC Television's "Meet the Press."') or called so ('a perfume called "Amadeus"')."""
    if _NAMING.search(text, max(0, start - _NAMING_REACH), start) is not None:
        return True
    words = (_ASCII_WORD if text.isascii() else _WORD).findall(text, start, end)
    before = max(0, start - _NAMING_REACH)
    return (
        (
            _OWNED.search(text, before, start) is not None
            or _CALLED.search(text, before, start) is not None
            or _VENUE.search(text, before, start) is not None
        )
        and len(words) <= _MAX_TITLE_WORDS
        and _title_like(words)
    )
