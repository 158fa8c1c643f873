"""The meeting lexicons (extractor/lexicons/meetings_*.tsv), loaded once and compiled into regexes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick
import regex

from extractor.ascii_scan import between_spaces, byte_map, whole_words
from extractor.patterns import compile_gated


def _rows(name: str) -> list[list[str]]:
    text = resources.files("extractor.lexicons").joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class TriggerForm:
    form: str  # lower case, single spaces
    kind: str  # verb | noun | transitive | with | visit
    family: str


# ASCII text lower-cased, with each character that may border a trigger (all but the pattern's [\w\-]) a space.
_BORDERS_TO_SPACE = byte_map(lambda c: c.lower() if c.isalnum() or c in "_-" else " ")
_FIRST_WORD = re.compile(r"[a-z0-9_\-]+")


@dataclass(frozen=True, slots=True)
class Triggers:
    forms: dict[str, TriggerForm]  # by lower-cased form with single spaces
    pattern: re.Pattern[str]  # matches the lower-cased text
    first_words: ahocorasick.Automaton  # the forms' first words as whole-word keys (ascii_scan.whole_words)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Trigger matches in `text`; offsets are `text`'s own (lower() keeps them where it keeps the length)."""
        lowered = text.lower()
        if text.isascii():
            return self._at_first_words(text, lowered)
        if len(lowered) == len(text):
            return self.pattern.finditer(lowered)
        return re.compile(self.pattern.pattern, re.IGNORECASE).finditer(text)

    def _at_first_words(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(lowered)`, tried only where a form's first word stands as a whole word,
        as every match starts: one pass of the automaton over the text instead of the pattern tried at each of the
        many letters a form starts with."""
        covered = 0  # the end of the last match: finditer goes on from there
        for last, length in self.first_words.iter(between_spaces(text, _BORDERS_TO_SPACE)):
            start = last - 1 - length  # the key's last space is one past the word's end
            if start >= covered and (m := self.pattern.match(lowered, start)) is not None:
                covered = m.end()
                yield m


def _phrase(form: str) -> str:
    return r"\s+".join(regex.escape(w) for w in form.split())


def _trie(forms: list[str]) -> str:
    """One regex for many phrases, factored by shared prefixes: several times faster than a flat
    alternation, which matters because the scan runs over every document."""
    root: dict = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


@cache
def triggers(language: str) -> Triggers | None:
    forms = {r[0]: TriggerForm(r[0], r[1], r[2]) for r in _rows("meetings_triggers.tsv") if r[3] == language}
    if not forms:
        return None
    # only on word boundaries: "meeting" inside "meetinghouse" or "peace-meeting-x" is not a trigger; gated, so that
    # the scan of the whole text skips to the next letter a trigger starts with instead of trying the pattern at
    # every character (see extractor.patterns)
    firsts = {form.split()[0] for form in forms}
    if not all(_FIRST_WORD.fullmatch(w) for w in firsts):
        raise ValueError("a meeting trigger's first word is letters, digits, '_' and '-' only (the whole-word scan)")
    return Triggers(forms, compile_gated(trigger_source(forms)), whole_words((w, len(w)) for w in firsts))


def trigger_source(forms: dict[str, TriggerForm]) -> str:
    return rf"(?<![\w\-])(?:{_trie(list(forms))})(?![\w\-])"


@cache
def meeting_nouns() -> frozenset[str]:
    """One-word meeting nouns of every language ("meeting", "summit", "talks")."""
    return frozenset(r[0] for r in _rows("meetings_triggers.tsv") if r[1] == "noun" and " " not in r[0])


@cache
def false_senses() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(object words, words-before, words after a phone "call") that show a non-meeting sense."""
    rows = _rows("meetings_false_senses.tsv")
    return tuple(frozenset(r[0] for r in rows if r[1] == where) for where in ("object", "before", "call"))  # type: ignore[return-value]


# A whole word of ASCII letters before white space or a comma, in lower-cased text (see WordGated).
_WHOLE_WORD = re.compile(r"[a-z]+(?=[\s,])")


@dataclass(frozen=True, slots=True)
class WordGated:
    """A case-insensitive pattern whose every match holds one of `words` as a whole word, after a non-letter (or the
    start of the window) and before white space or a comma: a hedge's first word, the copula of a passive. In ASCII
    text the pattern runs only when one of them is in the window, which costs a few microseconds to find, where trying
    the pattern at every position of the window costs a hundred."""

    pattern: regex.Pattern[str]
    words: frozenset[str]

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        window = text[pos:endpos]
        if window.isascii() and self.words.isdisjoint(_WHOLE_WORD.findall(window.lower())):
            return None
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)


@cache
def hedges() -> WordGated:
    """A hedge up to three words before a trigger, in the same stretch without punctuation ("calls for
    talks", "will not enter into any talks", "refused to meet") unless it is placed at the meeting ("made
    no progress in talks with"), or a proposal whose "that"-clause holds the trigger ("his offer today that
    the two countries meet"), or a plea to others to meet ("encouraged Armenia and Azerbaijan to resume peace
    talks"), or a meeting proposed to someone ("will propose to the Andean countries a summit with")."""
    rows = _rows("meetings_hedges.tsv")
    near = sorted((r[0] for r in rows if len(r) == 1), key=len, reverse=True)
    proposals = sorted((r[0] for r in rows if len(r) > 1 and r[1] == "proposal"), key=len, reverse=True)
    persuade = sorted((r[0] for r in rows if len(r) > 1 and r[1] == "persuade"), key=len, reverse=True)
    dative = sorted((r[0] for r in rows if len(r) > 1 and r[1] == "dative"), key=len, reverse=True)
    # a word, maybe quoted ('called for a "summit"') or dotted ("a possible U.S.-Soviet summit")
    word = r"[\"“‘']?\p{L}[\p{L}.'’\-]*[\"”]?\s+"
    # a hedge's own phrase placed at the meeting leaves the meeting real: "changed no minds in a meeting with",
    # "made no progress at talks with", "rejected the plan during talks with"
    unplaced = rf"(?!(?:in|at|during)\s){word}"
    # an aside between commas leaves the hedge in force: "refused, on April 8, to meet", "declined, however, to meet"
    aside = r"(?:\s*,[^,.;:!?]{1,40},)?\s+"
    hedge = "|".join(aside.join(regex.escape(w) for w in phrase.split()) for phrase in near)
    pattern = regex.compile(
        rf"(?:^|\W)(?:{hedge}){aside}(?:{unplaced}){{0,3}}[\"“]?$"
        # the that-clause's subject may be a long coordination ("proposed that Congressmen and representatives of
        # soybean growers meet with USDA")
        rf"|(?<!\p{{L}})(?:{'|'.join(proposals)})\s+(?:{word}){{0,3}}that\s+(?:{word}){{0,8}}$"
        rf"|(?<!\p{{L}})(?:{'|'.join(dative)})\s+to\s+(?:{unplaced}){{1,5}}$"
        # a question about the meeting: "asked if Reagan would discuss the issue with", "unclear whether X will meet"
        rf"|(?<!\p{{L}})(?:whether|(?:asked|asking|asks)\s+if)\s+(?:{word}){{0,8}}$"
        rf"|(?<!\p{{L}})(?:{'|'.join(_phrase(w) for w in persuade)})\s+(?:{word}){{1,5}}to\s+(?:{word}){{0,3}}$",
        # every branch ends at the window's end: searched backwards, from there, it is found in half the time it
        # takes forwards (which tries the hedges at every position); the trigger asks only whether there is one
        regex.I | regex.REVERSE,
    )
    words = near + proposals + persuade + dative + ["whether", "asked", "asking", "asks"]
    return WordGated(pattern, frozenset(w.split()[0].lower() for w in words))


@cache
def np_words() -> dict[str, str]:
    """Lower-case word -> det | mod | role | group."""
    return {r[0]: r[1] for r in _rows("meetings_np_words.tsv")}


def plural_role(word: str) -> bool:
    """A title in the plural: 'presidents', 'ministers' ('the Russian and Turkish presidents met')."""
    return word.endswith("s") and np_words().get(word[:-1]) == "role"


@cache
def private_groups() -> frozenset[str]:
    """Group nouns for people who work for no state ("bankers", "executives"): a city before them is no side."""
    return frozenset(r[0] for r in _rows("meetings_np_words.tsv") if len(r) > 2 and r[2] in ("private", "stateless"))


@cache
def stateless_groups() -> frozenset[str]:
    """Group nouns and their modifiers for people who never stand for a state ("businessmen", "business leaders"):
    a state before them is no side either."""
    return frozenset(r[0] for r in _rows("meetings_np_words.tsv") if len(r) > 2 and r[2] == "stateless")


@cache
def venue_words() -> frozenset[str]:
    return frozenset(r[0] for r in _rows("meetings_venues.tsv"))


@cache
def adjuncts() -> frozenset[str]:
    return frozenset(r[0] for r in _rows("meetings_adjuncts.tsv") if " " not in r[0])


@cache
def adjunct_phrases() -> regex.Pattern[str]:
    """The adjuncts of several words ("in private", "behind closed doors"), matched at a position."""
    phrases = sorted((r[0] for r in _rows("meetings_adjuncts.tsv") if " " in r[0]), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(regex.escape, p.split())) for p in phrases)
    return regex.compile(rf"(?:{alternatives})(?![\p{{L}}\-])", regex.I)


@cache
def address_verbs() -> frozenset[str]:
    """Verbs by which one side addresses the other ("told", "assured", "urged")."""
    return frozenset(r[0] for r in _rows("meetings_address_verbs.tsv"))


@cache
def office_verbs() -> regex.Pattern[str]:
    """Verbs of taking or leaving an office at a meeting ("retire", "were elected", "step down"), as whole words:
    the people who do it there did not meet each other."""
    phrases = sorted((r[0] for r in _rows("meetings_office_verbs.tsv")), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\-])(?:" + "|".join(_phrase(p) for p in phrases) + r")(?![\p{L}\-])", regex.I)
