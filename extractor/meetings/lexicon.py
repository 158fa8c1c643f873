"""The meeting lexicons (extractor/lexicons/meetings_*.tsv), loaded once and compiled into regexes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from extractor.patterns import compile_gated


def _rows(name: str) -> list[list[str]]:
    text = resources.files("extractor.lexicons").joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class TriggerForm:
    form: str  # lower case, single spaces
    kind: str  # verb | noun | transitive | with | visit
    family: str


@dataclass(frozen=True, slots=True)
class Triggers:
    forms: dict[str, TriggerForm]  # by lower-cased form with single spaces
    pattern: re.Pattern[str]  # matches the lower-cased text

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Trigger matches in `text`; offsets are `text`'s own (lower() keeps them where it keeps the length)."""
        lowered = text.lower()
        if len(lowered) == len(text):
            return self.pattern.finditer(lowered)
        return re.compile(self.pattern.pattern, re.IGNORECASE).finditer(text)


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
    return Triggers(forms, compile_gated(trigger_source(forms)))


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


@cache
def hedges() -> regex.Pattern[str]:
    """A hedge up to three words before a trigger, in the same stretch without punctuation ("calls for
    talks", "will not enter into any talks", "refused to meet") unless it is placed at the meeting ("made
    no progress in talks with"), or a proposal whose "that"-clause holds the trigger ("his offer today that
    the two countries meet"), or a plea to others to meet ("encouraged Armenia and Azerbaijan to resume peace
    talks")."""
    rows = _rows("meetings_hedges.tsv")
    near = sorted((r[0] for r in rows if len(r) == 1), key=len, reverse=True)
    proposals = sorted((r[0] for r in rows if len(r) > 1 and r[1] == "proposal"), key=len, reverse=True)
    persuade = sorted((r[0] for r in rows if len(r) > 1 and r[1] == "persuade"), key=len, reverse=True)
    # a word, maybe quoted ('called for a "summit"') or dotted ("a possible U.S.-Soviet summit")
    word = r"[\"“‘']?\p{L}[\p{L}.'’\-]*[\"”]?\s+"
    # a hedge's own phrase placed at the meeting leaves the meeting real: "changed no minds in a meeting with",
    # "made no progress at talks with", "rejected the plan during talks with"
    unplaced = rf"(?!(?:in|at|during)\s){word}"
    return regex.compile(
        rf"(?:^|\W)(?:{'|'.join(_phrase(w) for w in near)})\s+(?:{unplaced}){{0,3}}[\"“]?$"
        rf"|(?<!\p{{L}})(?:{'|'.join(proposals)})\s+(?:{word}){{0,3}}that\s+(?:{word}){{0,5}}$"
        rf"|(?<!\p{{L}})(?:{'|'.join(_phrase(w) for w in persuade)})\s+(?:{word}){{1,5}}to\s+(?:{word}){{0,3}}$",
        regex.I,
    )


@cache
def np_words() -> dict[str, str]:
    """Lower-case word -> det | mod | role | group."""
    return {r[0]: r[1] for r in _rows("meetings_np_words.tsv")}


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
    return frozenset(r[0] for r in _rows("meetings_adjuncts.tsv"))


@cache
def address_verbs() -> frozenset[str]:
    """Verbs by which one side addresses the other ("told", "assured", "urged")."""
    return frozenset(r[0] for r in _rows("meetings_address_verbs.tsv"))
