"""Titles standing next to a name, set off by commas, give the person roles and an affiliation.

"Robert Floyd, executive secretary of the Preparatory Commission ..." (after the name),
"the Deputy Minister of Foreign Affairs, Sergei Riabkov," (a capitalised title before it),
"Russia's deputy foreign minister, Sergei Riabkov," (a lower-case title before it).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from extractor.entities import lexicon
from extractor.entities.model import GPE, ORG, PERSON
from extractor.entities.recognize import Candidate
from extractor.entities.tokens import Token, tokenize_range
from extractor.text import Document
from schemas import EntityType

_COMMA_AFTER = regex.compile(r"\s*,\s*")
_COMMA_BEFORE = regex.compile(r",\s*$")
_SKIP = frozenset(
    (
        "the",
        "a",
        "an",
        "former",
        "then",
        "now",
        "currently",
        "also",
        "its",
        "his",
        "her",
        "their",
        "longtime",
        "veteran",
    )
)
_LINKS = frozenset(("of", "for", "at", "to", "with", "in"))
# what may follow an appositive title: its closing punctuation, or words that go on describing the person
_CLOSED = regex.compile(
    r"\s*(?:$|[,.;:()\[\]—–\"”’'\n]|(?:who|whose|which|and|since|until|in|at|for|of|from|with|on|to|during)\b)"
)
_MAX_ROLE_WORDS = 7
# Characters read on either side of a name when looking for its title.
_WINDOW = 120
_LAST_WORD = regex.compile(r"[\p{L}-]+$")
_FIRST_WORD = regex.compile(r"[\p{L}-]+")


def closes_appositive(text: str, end: int) -> bool:
    """Whether a title phrase ending at `end` can be an appositive: 'Bush, the crown prince, said', not
    'Before meeting with Bush, the crown prince paid a call' (there the phrase is the next clause's subject)."""
    return _CLOSED.match(text, end) is not None


@dataclass(slots=True)
class Appositive:
    start: int  # the title phrase (without a leading determiner)
    end: int
    role: str
    affiliation: Candidate | None


class Appositives:
    def __init__(self, doc: Document, cands: list[Candidate]) -> None:
        self.doc = doc
        self.text = doc.text
        self.cands = cands
        self.cand_starts = [c.start for c in cands]

    def _cand_at(self, offset: int, types: tuple[EntityType, ...]) -> Candidate | None:
        """The longest name candidate starting at `offset`."""
        i = bisect.bisect_left(self.cand_starts, offset)
        best = None
        while i < len(self.cands) and self.cands[i].start == offset:
            c = self.cands[i]
            if c.kind == "name" and c.type in types and (best is None or c.end > best.end):
                best = c
            i += 1
        return best

    def after(self, person: Candidate) -> Appositive | None:
        """A lower-case title after "Name, ": "executive secretary of the Preparatory Commission"."""
        if self.text.find(",", person.end, person.end + 8) < 0:
            return None  # the common case, without the pattern: no comma to set a title off
        m = _COMMA_AFTER.match(self.text, person.end, person.end + 8)
        if m is None or "," not in m.group():
            return None
        word = _FIRST_WORD.match(self.text, m.end(), m.end() + 30)
        first = word.group() if word is not None else ""
        if not first or not (first[0].isupper() or first.lower() in lexicon.role_words() or first.lower() in _SKIP):
            return None  # cheap test before tokenizing: a title starts with a title word or an article
        toks = tokenize_range(self.doc, m.end(), min(len(self.text), m.end() + _WINDOW))
        if not toks or toks[0].start != m.end():
            return None
        return self._title_from(toks)

    def _title_from(self, toks: list[Token]) -> Appositive | None:
        i = 0
        roles = lexicon.role_words()
        while i < len(toks) and toks[i].lower in _SKIP:
            i += 1
        first = i
        last_head = -1
        affiliation: Candidate | None = None
        j = i
        while j < len(toks) and j - first < _MAX_ROLE_WORDS:
            tok = toks[j]
            if j > first and not self._adjacent(toks[j - 1], tok):
                break
            kinds = roles.get(tok.lower, ())
            if "head" in kinds:
                last_head = j
            elif "mod" in kinds:
                pass
            elif tok.cap:
                cand = self._cand_at(tok.start, (GPE, ORG, PERSON, None))
                if cand is None:
                    break
                if cand.type in (GPE, ORG):
                    affiliation = cand
                # skip the candidate's tokens
                while j + 1 < len(toks) and toks[j + 1].start < cand.end:
                    j += 1
            elif tok.lower in _LINKS and last_head >= 0 or tok.lower not in ("and", "-"):
                break
            j += 1
        if last_head < 0:
            return None
        end = toks[last_head].end
        k = last_head + 1
        if k < len(toks) and toks[k].lower in _LINKS and self._adjacent(toks[last_head], toks[k]):
            k += 1
            if k < len(toks) and toks[k].lower == "the":
                k += 1
            if k < len(toks):
                cand = self._cand_at(toks[k].start, (GPE, ORG, None))
                if cand is not None:
                    affiliation = cand
                    end = cand.end
        if not closes_appositive(self.text, end):
            return None  # 'Before meeting with Bush, the Crown Prince paid …': the phrase is the next subject
        role = self.text[toks[first].start : end]
        return Appositive(toks[first].start, end, role, affiliation)

    def before(self, person: Candidate) -> Appositive | None:
        """A lower-case title before ", Name": "Russia's deputy foreign minister, Sergei Riabkov"."""
        if self.text.find(",", max(0, person.start - 4), person.start) < 0:
            return None  # the common case, without the pattern: no comma before the name
        m = _COMMA_BEFORE.search(self.text, max(0, person.start - 4), person.start)
        if m is None:
            return None
        word = _LAST_WORD.search(self.text, max(0, m.start() - 30), m.start())
        if word is None or "head" not in lexicon.role_words().get(word.group().lower(), ()):
            return None  # cheap test before tokenizing: the word before the comma must end a title
        toks = tokenize_range(self.doc, max(0, m.start() - _WINDOW), m.start())
        i = len(toks) - 1
        if i < 0 or "head" not in lexicon.role_words().get(toks[i].lower, ()):
            return None
        j = i
        roles = lexicon.role_words()
        while j - 1 >= 0 and i - j < _MAX_ROLE_WORDS and self._adjacent(toks[j - 1], toks[j]):
            prev = toks[j - 1]
            if prev.lower in roles and "honorific" not in roles[prev.lower]:
                j -= 1
                continue
            break
        if toks[j].cap and j == i:
            return None  # a capitalised title is a description candidate, handled elsewhere
        affiliation = None
        # "Russia's deputy foreign minister": the possessor before the title is its affiliation
        if j - 1 >= 0:
            prev = toks[j - 1]
            if prev.text in ("s", "S") and self.text[prev.start - 1 : prev.start] in ("'", "’"):
                affiliation = self._cand_ending(prev.start - 1)
        return Appositive(toks[j].start, toks[i].end, self.text[toks[j].start : toks[i].end], affiliation)

    def _cand_ending(self, end: int) -> Candidate | None:
        i = bisect.bisect_right(self.cand_starts, end) - 1
        while i >= 0 and self.cands[i].end >= end - 60:
            c = self.cands[i]
            if c.end == end and c.kind == "name" and c.type in (GPE, ORG):
                return c
            i -= 1
        return None

    def _adjacent(self, a: Token, b: Token) -> bool:
        gap = self.text[a.end : b.start]
        return len(gap) <= 2 and (gap.isspace() or gap in ("", "-"))
