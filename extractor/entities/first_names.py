"""First names and their gender: gender_guesser's answers, kept in a trie of about 1 MB.

gender_guesser's Detector holds every name with a string of per-country frequencies for each gender (about
20 MB in every process). The engine asks only for the gender over all countries, so each name's answer is
worked out once from a Detector, kept as one byte in a marisa trie, and the Detector is dropped.
"""

from __future__ import annotations

from functools import cache

import marisa_trie
from gender_guesser.detector import Detector

_GENDERS = ("male", "female", "mostly_male", "mostly_female", "andy")


@cache
def _genders() -> marisa_trie.RecordTrie:
    detector = Detector(case_sensitive=False)  # its names are lower case
    return marisa_trie.RecordTrie("<B", ((name, (_GENDERS.index(detector.get_gender(name)),))
                                         for name in detector.names))


def gender(word: str) -> str:
    """male | mostly_male | female | mostly_female | andy (as often either) | unknown (not a first name): what
    `Detector(case_sensitive=False).get_gender(word)` answers."""
    found = _genders().get(word.lower())
    return _GENDERS[found[0][0]] if found else "unknown"
