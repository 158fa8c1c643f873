"""One sentence seen as a row of party candidates: entity mentions, pronouns and group phrases.

The meeting rules ask questions of this view ("the subject before offset x", "the noun phrase after
`with`") and get back resolved parties. Pronouns and descriptions are resolved through the entity
table only when a rule needs them, so sentences without triggers cost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extractor.entities import EntityTable
from extractor.meetings.lexicon import np_words
from extractor.text import Document, Segment
from schemas import EntityType

PARTY_TYPES = frozenset({EntityType.PERSON, EntityType.ORG, EntityType.GPE})

# Pronouns that can name a party. Possessives count only right before a meeting noun ("their summit").
_PRONOUN = regex.compile(r"(?<!\p{L})(?:he|she|they|we|him|them|his|her|their|it|its)(?!\p{L})", regex.I)
# Plural phrases that stand for parties already mentioned ("the two leaders", "both sides").
_GROUP = regex.compile(
    r"(?<!\p{L})(?:the\s+(?:two|three|four)|both|the)\s+(?:\p{Ll}+\s+)?"
    r"(?:leaders|sides|men|women|ministers|presidents|parties|countries|nations|governments|delegations"
    r"|heads\s+of\s+state|pair|officials)(?!\p{L})",
    regex.I,
)
# Where the clause of a trigger ends on its right: later words belong to another predication.
_CLAUSE_END = regex.compile(
    r"[;:“”\"«»()—]|,\s*(?:who|which|where|while|but|although|though|because|saying|said|according|as|when|after"
    r"|before|and\s+(?:he|she|they|it|the|a)\b)|\s(?:said|says|told|tells)\b",
    regex.I,
)
_TRAILING_FUNCTION_WORD = regex.compile(r"(?:\s+|^)(?:the|a|an|of|from|to|for|his|her|their|its)$", regex.I)
_NUMBER = {"two": 2, "three": 3, "four": 4, "both": 2, "pair": 2}
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-&]*|\S")
PREPOSITIONS = frozenset(
    {
        "in", "at", "on", "of", "from", "to", "for", "by", "with", "after", "before", "during", "into", "near",
        "about", "over", "under", "between", "against", "toward", "towards", "across", "through", "via", "like",
        "than", "since", "until", "without", "among", "amid",
    }
)


@dataclass(frozen=True, slots=True)
class Party:
    """A resolved participant: the entity and the span the attribution rests on."""

    entity: object  # extractor.entities.EntityDraft
    start: int
    end: int


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str  # mention | pronoun | group
    resolved: list[Party] | None = None


def _members(entity: object) -> list[object]:
    # Group entities ("the two leaders") carry the individuals they stand for (see entities/model.py).
    return list(getattr(entity, "members", None) or [])


class Scope:
    """Candidates of one sentence, with lazy resolution through the entity table."""

    def __init__(self, doc: Document, table: EntityTable, sentence: Segment, previous: Segment | None) -> None:
        self.doc, self.text, self.table = doc, doc.text, table
        self.start, self.end = sentence.start, sentence.end
        self.previous = previous
        cands = [Candidate(m.start, m.end, "mention") for m in table.mentions_in(self.start, self.end)]
        taken = [(c.start, c.end) for c in cands]
        for pattern, kind in ((_GROUP, "group"), (_PRONOUN, "pronoun")):
            for m in pattern.finditer(self.text, self.start, self.end):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    cands.append(Candidate(m.start(), m.end(), kind))
                    taken.append((m.start(), m.end()))
        self.candidates = sorted(cands, key=lambda c: (c.start, -c.end))

    # --- resolution -------------------------------------------------------------------------------
    def resolve(self, cand: Candidate) -> list[Party]:
        if cand.resolved is None:
            cand.resolved = self._resolve(cand)
        return cand.resolved

    def _resolve(self, cand: Candidate) -> list[Party]:
        mention = self.table.mention_at(cand.start, cand.end) if cand.kind == "mention" else None
        if mention is None or mention.entity is None:
            mention = self.table.resolve(cand.start, cand.end)
        entity = mention.entity if mention is not None else None
        plural = cand.kind == "group" or self.text[cand.start : cand.end].lower() in ("they", "them", "their")
        if entity is not None and _members(entity):
            return [Party(e, cand.start, cand.end) for e in _members(entity) if e.type in PARTY_TYPES]
        if plural:
            return self.recent_parties(cand.start, self._group_size(cand))
        if entity is None or entity.type not in PARTY_TYPES:
            return []
        return [Party(entity, mention.start, mention.end)]

    def _group_size(self, cand: Candidate) -> int:
        first = self.text[cand.start : cand.end].lower().split()
        for word in first[:2]:
            if word in _NUMBER:
                return _NUMBER[word]
        return 2

    def recent_parties(self, offset: int, n: int) -> list[Party]:
        """The n most recently mentioned distinct parties before `offset` (this and the previous sentence)."""
        start = self.previous.start if self.previous is not None else self.start
        seen: list[Party] = []
        ids: set[int] = set()
        for m in reversed(self.table.mentions_in(start, offset)):
            e = m.entity
            if e is None or e.type not in PARTY_TYPES or _members(e) or id(e) in ids:
                continue
            ids.add(id(e))
            seen.append(Party(e, m.start, m.end))
            if len(seen) == n:
                break
        # a pronoun of this sentence may name a party the table only knows through resolution ("he")
        if len(seen) < n:
            for c in reversed(self.candidates):
                if c.kind == "pronoun" and c.end <= offset and self.text[c.start : c.end].lower() in ("he", "she"):
                    for p in self.resolve(c):
                        if id(p.entity) not in ids:
                            ids.add(id(p.entity))
                            seen.append(p)
        return seen[:n] if len(seen) >= n else []

    def clause_end(self, pos: int) -> int:
        m = _CLAUSE_END.search(self.text, pos, self.end)
        return m.start() if m else self.end

    # --- positions -------------------------------------------------------------------------------
    def before(self, offset: int, lower: int) -> list[Candidate]:
        return [c for c in self.candidates if lower <= c.start and c.end <= offset]

    def starting_at(self, offset: int) -> Candidate | None:
        for c in self.candidates:
            if c.start == offset:
                return c
            if c.start > offset:
                break
        return None

    def preceded_by_preposition(self, cand: Candidate, lower: int) -> bool:
        words = _WORD.findall(self.text[lower : cand.start])[-2:]
        words = [w.lower() for w in words]
        if words and words[-1] in ("the", "a", "an"):
            words = words[:-1]
        return bool(words) and words[-1] in PREPOSITIONS

    def _determiner(self, cand: Candidate) -> bool:
        word = self.text[cand.start : cand.end].lower()
        if word not in ("his", "her", "their", "its"):
            return False
        nxt = _WORD.match(self.text, cand.end + 1, self.end) if cand.end < self.end else None
        if nxt is None or not self.text[cand.end : nxt.start()].isspace():
            return False
        return word != "her" or nxt.group()[0].isupper() or nxt.group().lower() in np_words()

    # --- noun phrases ----------------------------------------------------------------------------
    def noun_phrase(self, pos: int) -> tuple[int, list[Candidate], str]:
        """The noun phrase starting at `pos`: (end, its candidates, kind of its last lower-case word).

        The phrase runs over candidates, capitalised words, title and group words ("the visiting Polish
        leader Wojciech Jaruzelski", "officials of the Japanese Ministry ... (MITI)") and stops at other
        words or punctuation.
        """
        words = np_words()
        text, limit = self.text, self.end
        cands: list[Candidate] = []
        end, last_kind = pos, ""
        i = pos
        while i < limit:
            while i < limit and text[i].isspace():
                i += 1
            cand = self.starting_at(i)
            if cand is not None and cand.kind == "pronoun" and self._determiner(cand):
                end = i = cand.end  # "his counterpart": a possessive is a determiner here, not a party
                continue
            if cand is not None:
                cands.append(cand)
                end = i = cand.end
                last_kind = ""
                continue
            if text.startswith(("'s", "’s"), i) and not text[i + 2 : i + 3].isalpha():
                end = i = i + 2  # possessive: "Japan's Prime Minister Shinzo Abe"
                continue
            m = _WORD.match(text, i, limit)
            if m is None:
                break
            word = m.group()
            if word == "(" and (inner := self.starting_at(m.end())) is not None and text.startswith(")", inner.end):
                cands.append(inner)  # an acronym in brackets: "(MITI)"
                end = i = inner.end + 1
                continue
            low = word.lower()
            if word[0].isupper() and low not in PREPOSITIONS:
                last_kind = ""
            elif low in words:
                last_kind = words[low] if words[low] in ("role", "group") else last_kind
            else:
                break
            end = i = m.end()
        # a phrase never ends on a function word ("with the"): trim back to its last content
        while end > pos and (m := _TRAILING_FUNCTION_WORD.search(text, pos, end)):
            end = pos + m.start()
        return end, [c for c in cands if c.end <= end], last_kind
