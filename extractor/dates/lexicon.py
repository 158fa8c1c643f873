"""The date lexicons (extractor/lexicons/dates_*.tsv), read once and cached per language."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    text = resources.files("extractor.lexicons").joinpath(f"dates_{name}.tsv").read_text("utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#"))


def _active(lang: str, row_lang: str) -> bool:
    # English stays on for every language: wire copy in other languages quotes English dates too.
    return row_lang == "en" or row_lang == lang


# Wire copy misspells long date words ('Feburary', 'tommorrow', 'Augsut'): one slip of the keys is read as the word,
# in English text only (each language compiles its own patterns, and every variant costs the worker memory)
_SLIP_MIN_LENGTH = 6  # shorter words ('march', 'june') have real words one slip away
_SLIP_MAX_ZIPF = 2.0  # a variant more frequent than this is a word of its own ('sunda', 'tonite')


def _slips(word: str) -> set[str]:
    """The word with two neighbouring letters swapped, one letter dropped or one doubled, its first letter kept."""
    out = set()
    for i in range(1, len(word)):
        out.add(word[:i] + word[i + 1 :])
        out.add(word[:i] + word[i] + word[i:])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    out.discard(word)
    return out


def _with_slips(table: dict, english: set[str]) -> dict:
    """`table` with the misspellings of its long English words (`english`), each read as the word it misspells."""
    from extractor.entities.word_frequency import zipf  # (the dates read only these few words with it)

    out = dict(table)
    for word in sorted(english):
        if len(word) >= _SLIP_MIN_LENGTH and word.isalpha():
            for slip in sorted(_slips(word)):
                if slip not in table and zipf(slip) < _SLIP_MAX_ZIPF:
                    out.setdefault(slip, table[word])
    return out


@cache
def months(lang: str) -> dict[str, tuple[int, bool]]:
    """Lower-cased month name -> (month number, is an abbreviation)."""
    rows = [r for r in _rows("months") if _active(lang, r[2])]
    table = {r[0]: (int(r[1]), len(r) > 3 and r[3] == "abbr") for r in rows}
    return _with_slips(table, {r[0] for r in rows if lang == "en" and r[2] == "en" and len(r) <= 3})


@cache
def weekdays(lang: str) -> dict[str, int]:
    rows = [r for r in _rows("weekdays") if _active(lang, r[2])]
    return _with_slips({r[0]: int(r[1]) for r in rows}, {r[0] for r in rows if lang == "en" and r[2] == "en"})


@cache
def short_weekdays(lang: str) -> frozenset[str]:
    """Weekday names that are also ordinary words ("quinta" is a fifth, "sexta" a sixth): Brazilian copy drops
    the "-feira"; `languages.plausible` wants a sign of a day around them."""
    return frozenset(r[0] for r in _rows("weekdays") if r[2] == lang and len(r) > 3 and r[3] == "short")


@cache
def numbers() -> dict[str, int | None]:
    """Number word -> value; None stands for an unspecified quantity ("several")."""
    return {r[0]: None if r[1] == "X" else int(r[1]) for r in _rows("numbers")}


@cache
def number_words(lang: str) -> frozenset[str]:
    """The number words read in `lang`: its own and the untagged ones ("sept" is no number in English)."""
    return frozenset(r[0] for r in _rows("numbers") if len(r) < 3 or r[2] == lang)


@cache
def modifiers(lang: str) -> dict[tuple[str, str], str]:
    """(modifier, position) -> last|this|next."""
    return {(r[0], r[3]): r[2] for r in _rows("modifiers") if _active(lang, r[1])}


@cache
def units(lang: str) -> dict[str, str]:
    """Unit word (singular or plural) -> TIMEX3 unit code."""
    out: dict[str, str] = {}
    for r in _rows("units"):
        if _active(lang, r[3]):
            out[r[0]] = out.get(r[0], r[2])
            out[r[1]] = out.get(r[1], r[2])
    return out


@cache
def phrases(lang: str) -> dict[str, str]:
    """Fixed phrase (lower case) -> meaning, e.g. "yesterday" -> "DAY:-1", "now" -> "REF:PRESENT"."""
    rows = [r for r in _rows("phrases") if _active(lang, r[1])]
    english = {r[0].lower() for r in rows if lang == "en" and r[1] == "en"}
    return _with_slips({r[0].lower(): r[2] for r in rows}, english)


@cache
def count_nouns() -> frozenset[str]:
    return frozenset(r[0] for r in _rows("count_nouns"))


@cache
def cues(kind: str) -> frozenset[str]:
    """A cue word set from dates_cues.tsv: future, past, not_past, month_leads, length_leads."""
    return frozenset(w for r in _rows("cues") if r[0] == kind for w in r[1].split())


@cache
def holidays() -> dict[str, str]:
    """Holiday name -> date rule (see dates_holidays.tsv)."""
    return {r[0]: r[1] for r in _rows("holidays")}


@cache
def seasons(lang: str) -> dict[str, str]:
    """Season name of another language -> TIMEX3 code (SP SU FA WI)."""
    return {r[0]: r[1] for r in _rows("seasons") if r[2] == lang}


@cache
def edges(lang: str) -> tuple[str, ...]:
    """Other languages' words for the start, middle or end of a month or year ("início de", "Ende")."""
    return tuple(r[0] for r in _rows("edges") if r[1] == lang)
