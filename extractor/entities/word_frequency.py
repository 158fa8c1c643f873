"""How common an English word is: wordfreq's `zipf_frequency(word, "en")`, read from a trie of about 1 MB.

wordfreq keeps its 321,000-word English list twice in every process that asks for one word (a list of lists and a
dict of floats: about 33 MB). Here the words stream from wordfreq's own data file into a marisa trie, word ->
centibel bucket, and `zipf` combines the tokens' frequencies as wordfreq does; a test checks the two agree.

The English tokenizer and the digit estimates below are copied from wordfreq 3.1 (`wordfreq/tokens.py`,
`preprocess.py`, `numbers.py`, `__init__.py`; Copyright Robyn Speer, Apache License 2.0), with ftfy's
`uncurl_quotes` (Apache License 2.0), cut down to English. Importing wordfreq itself loads langcodes, ftfy and
wcwidth (about 5 MiB in each worker process, for the dozens of languages we never look up); only its data file is
read here, found without importing the package.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import marisa_trie
import msgpack
import regex

_UNSEEN = 1e-9  # zipf 0: what wordfreq answers for a word it has never seen

# wordfreq's TOKEN_RE: runs of spaceless scripts, the '@s' ending, Unicode word segmentation (graphemes up to the
# first word break, not splitting a French "l'" from the vowel after it), and those elided particles on their own.
_SPACELESS = (r"\p{IsIdeo}\p{Script=Hira}\p{Script=Kana}\p{Script=Khmr}\p{Script=Lana}\p{Script=Laoo}"
              r"\p{Script=Mymr}\p{Script=Tale}\p{Script=Talu}\p{Script=Thai}ー々〻〆")
_INITIAL_VOWEL = "[AEHIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÅÏÖŒaehiouyáéíóúàèìòùâêîôûåïöœ]"
_TOKEN = regex.compile(
    rf"[{_SPACELESS}]+|@s\b|(?=[\w\p{{So}}])(?!\w\w?'{_INITIAL_VOWEL})\X+?(?:@s?(?!\w)|\b)|\w\w?'",
    regex.V1 | regex.WORD)
_SINGLE_QUOTE = regex.compile("[\u02bc\u2018-\u201b]")
_DOUBLE_QUOTE = regex.compile("[\u201c-\u201f]")
_DIGIT = regex.compile(r"\d")
_MULTI_DIGIT = regex.compile(r"\d[\d.,]+")
_PURE_DIGITS = regex.compile(r"\d+")
_DIGIT_FREQS = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)  # Benford's first digits


def tokens(text: str) -> list[str]:
    """`wordfreq.lossy_tokenize(text, "en")`: NFC, case-folded, split into words, curly quotes made straight."""
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())
    return [_uncurl(token.strip("'").casefold()) for token in _TOKEN.findall(text)]


def _uncurl(token: str) -> str:
    return _SINGLE_QUOTE.sub("'", _DOUBLE_QUOTE.sub('"', token))


def _smash_numbers(token: str) -> str:
    """Digit runs count together: "1985" is looked up as "0000"."""
    if token.isalpha():  # letters only: no digit to smash
        return token
    return _MULTI_DIGIT.sub(lambda m: _DIGIT.sub("0", m.group(0)), token)


def _benford_freq(digits: str) -> float:
    return _DIGIT_FREQS[int(digits[0])] / 10 ** (len(digits) - 1)


def _year_freq(digits: str) -> float:
    """Four digits are most often a year: their frequency peaks at wordfreq's reference year 2019."""
    year = int(digits)
    if year <= 2019:
        year_log_freq = -1.9185 - 0.0083 * (2019 - year)
    elif year <= 2039:
        year_log_freq = -1.9185
    else:
        year_log_freq = -1.9185 - 0.2 * (year - 2039)
    return 10.0**year_log_freq + 0.1 * _benford_freq(digits)


def _digit_freq(token: str) -> float:
    freq = 1.0
    for run in _MULTI_DIGIT.findall(token):
        for digits in _PURE_DIGITS.findall(run):
            freq *= _year_freq(digits) if len(digits) == 4 else _benford_freq(digits)
    return freq


def _data_file() -> Path:
    """wordfreq's best English list (its `available_languages("best")["en"]`), located without importing it."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the wordfreq package, whose word list this reads, is not installed")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    large = data / "large_en.msgpack.gz"
    return large if large.exists() else data / "small_en.msgpack.gz"


def _entries(path: Path) -> Iterator[tuple[str, tuple[int]]]:
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
    return marisa_trie.RecordTrie("<H", _entries(_data_file()))


def zipf(word: str) -> float:
    """0 (unseen) to about 8 ("the"); the same value as `wordfreq.zipf_frequency(word, "en")`."""
    # a word of ASCII letters is one token, itself in lower case (no normalisation, digits or quotes to undo)
    freq = _frequency([word.lower()] if word.isascii() and word.isalpha() else tokens(word))
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)  # wordfreq's 3 significant digits
    return round(math.log(rounded, 10) + 9, 2)


def _frequency(words: list[str]) -> float:
    """Tokens combine as 1 / f = 1 / f1 + 1 / f2 + ...; one unseen token makes the whole unseen."""
    buckets = _buckets()
    one_over = 0.0
    for token in words:
        smashed = _smash_numbers(token)
        found = buckets.get(smashed)
        if not found:
            return _UNSEEN
        freq = 10 ** (-found[0][0] / 100)
        if smashed != token:
            freq *= _digit_freq(token)
        one_over += 1.0 / freq
    return max(1.0 / one_over, _UNSEEN) if words else _UNSEEN
