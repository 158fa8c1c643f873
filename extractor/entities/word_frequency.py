"""How common an English word is: wordfreq's `zipf_frequency(word, "en")`, read from a trie of about 1 MB.

wordfreq keeps its 321,000-word English list twice in every process that asks for one word (a list of lists and a
dict of floats: about 33 MB). Here the words stream from wordfreq's own data file into a marisa trie, word ->
centibel bucket, and `zipf` combines the tokens' frequencies as wordfreq does, from the same tokenizer; a test
checks the two agree.
"""

from __future__ import annotations

import gzip
import math
from collections.abc import Iterator
from functools import cache

import marisa_trie
import msgpack
from wordfreq import available_languages, cB_to_freq, digit_freq, freq_to_zipf, lossy_tokenize, smash_numbers

_LANGUAGE = "en"
_UNSEEN = 1e-9  # zipf 0: what wordfreq answers for a word it has never seen


def _entries(path: str) -> Iterator[tuple[str, tuple[int]]]:
    """(word, (bucket,)) from a cBpack file (bucket i: frequency 10 ** (-i / 100)), one bucket at a time."""
    with gzip.open(path, "rb") as f:
        unpacker = msgpack.Unpacker(f, raw=False)
        buckets = unpacker.read_array_header() - 1
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"unexpected wordfreq header in {path}: {header!r}")
        for bucket in range(buckets):
            for word in unpacker.unpack():
                yield word, (bucket,)


@cache
def _buckets() -> marisa_trie.RecordTrie:
    return marisa_trie.RecordTrie("<H", _entries(available_languages("best")[_LANGUAGE]))


def zipf(word: str) -> float:
    """0 (unseen) to about 8 ("the"); the same value as `wordfreq.zipf_frequency(word, "en")`."""
    freq = _frequency(lossy_tokenize(word, _LANGUAGE))
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)  # wordfreq's 3 significant digits
    return round(freq_to_zipf(rounded), 2)


def _frequency(tokens: list[str]) -> float:
    """Tokens combine as 1 / f = 1 / f1 + 1 / f2 + ...; one unseen token makes the whole unseen."""
    buckets = _buckets()
    one_over = 0.0
    for token in tokens:
        smashed = smash_numbers(token)  # digits count together: "1985" is looked up as "0000"
        found = buckets.get(smashed)
        if not found:
            return _UNSEEN
        freq = cB_to_freq(-found[0][0])
        if smashed != token:
            freq *= digit_freq(token)
        one_over += 1.0 / freq
    return max(1.0 / one_over, _UNSEEN) if tokens else _UNSEEN
