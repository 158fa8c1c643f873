"""Who met whom: the parties a trigger connects, read off the sentence around it.

No parser: the rules walk the sentence left (the subject, with coordination: "Obama, Park and Abe
met") and right (after adjuncts such as dates and "in Geneva": "with X", "between X and Y", a direct
object, a passive "by X"), and look at compounds before meeting nouns ("the Reagan-Gorbachev summit").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extractor.meetings.lexicon import TriggerForm, adjuncts, np_words
from extractor.meetings.scope import PREPOSITIONS, Candidate, Party, Scope
from schemas import EntityType

# What opens a new clause to the left of a trigger: its subject is not further left.
_CLAUSE = regex.compile(
    r"[;:“\"«]|(?<!\p{L})(?:that|said|says|told|tells|while|but|where|when|which|who|whom)(?!\p{L})", regex.I
)
_PASSIVE = regex.compile(r"(?<!\p{L})(?:was|were|been|being|is|are|be)\s+(?:\p{L}+ly\s+)?$", regex.I)
_SEPARATOR = regex.compile(r"\s*(?:,\s*(and\s+)?|(and)\s+|(&)\s*)", regex.I)
# Caption notes that sit between names: "Kerry, center, and Shoukry", "de Mistura (R)".
_POSITION = regex.compile(
    r"\s*(?:,\s*(?:(?:second|third)\s+from\s+)?(?:left|right|center|centre|top|bottom)(?=\s*[,.;]|\s+and\b)"
    r"|\((?:L|R|C|left|right|center)\))",
    regex.I,
)
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-]*")
_COMPOUND = regex.compile(
    r"(?<![\p{L}\-])(\p{Lu}[\p{L}.’']*(?:-\p{Lu}[\p{L}.’']*)+)\s+(?:[\p{Ll}\-]+\s+){0,2}$"
)
# Lower-case title words between a name and the trigger: "Japanese prime minister" + " met".
_ROLE_TAIL = regex.compile(r"(?:\s+\p{Ll}+)+(?=\s*$)")
# "in Geneva", "at the White House, Washington": a place phrase skipped between a trigger and its object.
_PLACE_AFTER = regex.compile(r"\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'\-]*\s*)+(?:,\s*\p{Lu}[\p{L}.\-]*)?")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "it"})
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
# A phrase opening its clause before the subject: "After meeting with Putin, Obama said ...".
_FRONTED = regex.compile(
    r"^\W*(?:after|before|following|during|ahead\s+of|at)\s+(?:(?:the|a|an|his|her|their|\p{Ll}+)\s+){0,3}$", regex.I
)


@dataclass(slots=True)
class Reading:
    parties: list[Party]
    how: str  # the rule that found them (recorded for confidence)
    reach: int  # end of the last phrase the rule consumed


def _words_between(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _title_gap(gap: str) -> bool:
    """Only title words, capitalised words or a possessive between two candidates."""
    words = np_words()
    stripped = gap.replace("’s", " ").replace("'s", " ").strip()
    if regex.search(r"[^\p{L}\p{M}\s.\-']", stripped):
        return False
    return all(w[0].isupper() or w.lower() in words for w in stripped.split())


class Reader:
    """The participant rules for one sentence."""

    def __init__(self, scope: Scope, date_spans: dict[int, int]) -> None:
        self.scope, self.text = scope, scope.text
        self.date_spans = date_spans

    # --- left side -------------------------------------------------------------------------------
    def clause_start(self, offset: int) -> tuple[int, str]:
        last = None
        for m in _CLAUSE.finditer(self.text, self.scope.start, offset):
            last = m
        return (last.end(), last.group().lower()) if last is not None else (self.scope.start, "")

    def _subject_like(self, cand: Candidate, trigger_start: int, lower: int) -> bool:
        word = self.text[cand.start : cand.end].lower()
        if cand.kind == "pronoun":
            if word in _POSSESSIVES:
                # "their summit", "his meeting with Putin": only right before the trigger
                return len(_words_between(self.text[cand.end : trigger_start])) <= 2
            if word not in _SUBJECT_PRONOUNS:
                return False
        return not self.scope.preceded_by_preposition(cand, lower)

    def subject(self, trigger_start: int) -> list[Party]:
        lower, opener = self.clause_start(trigger_start)
        if opener in ("who", "which", "whom"):
            # a relative clause: its subject is the name it hangs on ("Akiman, who arrived from a meeting")
            before = [c for c in self.scope.before(lower - len(opener), self.scope.start) if c.kind == "mention"]
            return self.coordinated_left(before[-1], self.scope.start) if before else []
        cands = [c for c in self.scope.before(trigger_start, lower) if self._subject_like(c, trigger_start, lower)]
        if cands:
            return self.coordinated_left(cands[-1], lower, trigger_start)
        return []

    def outer_subject(self, trigger_start: int) -> list[Party]:
        """The subject of the sentence when the trigger's own clause has none ("X told Y that before a
        meeting with Z ...")."""
        lower, _ = self.clause_start(trigger_start)
        for cand in self.scope.before(lower, self.scope.start):
            usable = cand.kind != "pronoun" or self.text[cand.start : cand.end].lower() in _SUBJECT_PRONOUNS
            if usable and not self.scope.preceded_by_preposition(cand, self.scope.start):
                return self.scope.resolve(cand)
        return []

    def fronted_subject(self, trigger_start: int, reach: int) -> list[Party]:
        """'After meeting with Putin, Obama said ...': the subject follows the fronted phrase."""
        lower, _ = self.clause_start(trigger_start)
        if not _FRONTED.search(self.text[lower:trigger_start]):
            return []
        comma = self.text.find(",", reach, self.scope.end)
        if comma < 0:
            return []
        for cand in self.scope.candidates:
            if cand.start > comma:
                if cand.kind == "pronoun" and self.text[cand.start : cand.end].lower() not in _SUBJECT_PRONOUNS:
                    return []
                return self.scope.resolve(cand)
        return []

    def coordinated_left(self, last: Candidate, lower: int, trigger_start: int | None = None) -> list[Party]:
        """`last` and the candidates coordinated with it to its left ("Obama, Park and Abe")."""
        items = [last]
        cur = last
        for prev in reversed(self.scope.before(last.start, lower)):
            if prev.end > cur.start:
                continue
            gap = _POSITION.sub("", self.text[prev.end : cur.start])
            sep = _SEPARATOR.match(gap)
            if sep and sep.end() > 0 and _title_gap(gap[sep.end() :]):
                if prev.kind == "pronoun" and self.text[prev.start : prev.end].lower() in _POSSESSIVES:
                    break
                items.append(prev)
                cur = prev
            elif _title_gap(gap):
                cur = prev  # a modifier inside the same title ("South Korean President Park")
            else:
                break
        parties: list[Party] = []
        for cand in reversed(items):
            parties.extend(self._described(cand, trigger_start) if cand is last else self.scope.resolve(cand))
        return parties

    def _described(self, cand: Candidate, trigger_start: int | None) -> list[Party]:
        """A name that only modifies a role noun right before the trigger ("the Japanese prime minister
        met") stands for the person the description resolves to, when the entity table knows one."""
        if trigger_start is None or cand.kind != "mention":
            return self.scope.resolve(cand)
        m = _ROLE_TAIL.match(self.text, cand.end, trigger_start)
        if m is not None and any(np_words().get(w) == "role" for w in _words_between(m.group())):
            start = cand.start - 4 if self.text[max(0, cand.start - 4) : cand.start].lower() == "the " else cand.start
            mention = self.scope.table.resolve(start, m.end())
            if mention is not None and mention.entity is not None and mention.entity.type == EntityType.PERSON:
                return [Party(mention.entity, mention.start, mention.end)]
        return self.scope.resolve(cand)

    # --- right side ------------------------------------------------------------------------------
    def skip_adjuncts(self, pos: int) -> int:
        """Past dates, adverbs and "in/at <Place>" after a trigger: where its object would start."""
        text, limit, words = self.text, self.scope.end, adjuncts()
        while pos < limit:
            while pos < limit and text[pos].isspace():
                pos += 1
            if pos in self.date_spans:
                pos = self.date_spans[pos]
                continue
            m = _WORD.match(text, pos, limit)
            if m is None:
                return pos
            low = m.group().lower()
            if low in words or m.group() in words:
                pos = m.end()
            elif low in ("in", "at"):
                place = _PLACE_AFTER.match(text, m.end(), limit)
                if place is None:
                    return pos
                pos = place.end()
            else:
                return pos
        return pos

    def word_at(self, pos: int) -> str:
        m = _WORD.match(self.text, pos, self.scope.end)
        return m.group().lower() if m else ""

    def head(self, start: int, end: int, cands: list[Candidate], last_kind: str) -> list[Party]:
        """The party a noun phrase names: its person if it has one ("Turkish Ambassador to Athens Nazmi
        Akiman"), else a resolved description ("his counterpart"), else its last name ("U.S. officials")."""
        for cand in reversed(cands):
            parties = self.scope.resolve(cand)
            if any(p.entity.type == EntityType.PERSON for p in parties):
                return parties
        if last_kind == "role":
            mention = self.scope.table.resolve(start, end)
            if mention is not None and mention.entity is not None and mention.entity.type == EntityType.PERSON:
                return [Party(mention.entity, mention.start, mention.end)]
        for cand in reversed(cands):
            if parties := self.scope.resolve(cand):
                return parties
        return []

    def object_list(self, pos: int) -> tuple[list[Party], int]:
        """The parties of the noun phrase at `pos` and those coordinated with it ("with King Felipe and
        Mariano Rajoy", "with officials from Egypt, Turkey, Jordan and others"); an apposition after a
        comma ("Floyd, executive secretary of the Commission") is not a second party."""
        while pos < self.scope.end and self.text[pos].isspace():
            pos += 1
        end, cands, kind = self.scope.noun_phrase(pos)
        parties = self.head(pos, end, cands, kind) if end > pos else []
        if not parties:
            return [], pos
        pending: list[Party] = []
        reach = end
        while True:
            m = _POSITION.match(self.text, end)
            if m:
                end = m.end()
            sep = _SEPARATOR.match(self.text, end, self.scope.end)
            if not sep or sep.end() == end:
                break
            nstart = sep.end()
            nend, ncands, nkind = self.scope.noun_phrase(nstart)
            more = self.head(nstart, nend, ncands, nkind) if nend > nstart else []
            closing = bool(sep.group(1) or sep.group(2) or sep.group(3))
            if not more and not closing:
                break
            if closing:
                parties += pending + more
                reach = max(reach, nend)
                pending = []
                if not more:
                    break
            else:
                pending += more
            end = nend
        return parties, reach

    # --- the rules -------------------------------------------------------------------------------
    def read(self, start: int, end: int, form: TriggerForm) -> Reading:
        kind = form.kind
        pos = self.skip_adjuncts(end)
        word = self.word_at(pos)
        passive = bool(_PASSIVE.search(self.text[self.scope.start : start]))
        objects: list[Party] = []
        reach = end
        how = ""
        if kind == "noun":
            if word == "between":
                objects, reach = self.object_list(pos + len(word))
                if len(objects) >= 2:
                    return Reading(objects, "between", reach)
            compound = self.compound(start)
            if word == "with":
                objects, reach = self.object_list(pos + len(word))
                how = "with"
            if len(compound) >= 2 and not objects:
                return Reading(compound, "compound", end)
            objects = compound + objects
            if not objects and form.family == "conference":
                return Reading([], "", end)
        elif kind in ("verb", "with"):
            if kind == "with" and word != "with":
                pos = self._with_ahead(pos)
                word = self.word_at(pos) if pos >= 0 else ""
            if passive and word == "by" and kind == "verb":
                objects, reach = self.object_list(pos + 2)
                how = "passive"
            elif word == "with":
                objects, reach = self.object_list(pos + 4)
                how = "with"
            elif kind == "verb" and word not in PREPOSITIONS:
                objects, reach = self.object_list(pos)
                how = "object"
            elif kind == "with":
                return Reading([], "", end)
        else:  # transitive | visit
            if passive and word == "by":
                objects, reach = self.object_list(pos + 2)
                how = "passive"
            elif word not in PREPOSITIONS:
                objects, reach = self.object_list(pos)
                how = "object"
            if kind == "visit" and not any(p.entity.type == EntityType.PERSON for p in objects):
                return Reading([], "", end)
            if not objects:
                return Reading([], "", end)
        subject = self.subject(start)
        if not subject and objects:
            subject = self.fronted_subject(start, reach) or self.outer_subject(start)
        if not objects:
            how = "coordinated" if len(subject) >= 2 else ""
        return Reading(subject + objects, how or "subject", reach)

    def _with_ahead(self, pos: int) -> int:
        """'discussed the crisis with Putin': a short object, then `with`. -1 if there is none."""
        for n, m in enumerate(_WORD.finditer(self.text, pos, self.scope.end)):
            if n > 4 or regex.search(r"[,;.:()]", self.text[pos : m.start()]):
                return -1
            if m.group().lower() == "with":
                return m.start()
            if any(c.start <= m.start() < c.end for c in self.scope.candidates):
                return -1
        return -1

    def compound(self, trigger_start: int) -> list[Party]:
        """Names joined by hyphens before a meeting noun: "the Reagan-Gorbachev summit", "U.S.-Japan talks"."""
        left = self.text[self.scope.start : trigger_start]
        m = _COMPOUND.search(left)
        if m is None:
            return []
        base = self.scope.start + m.start(1)
        whole = self.scope.table.mention_at(base, base + len(m.group(1)))
        if whole is not None and whole.start <= base and whole.end >= base + len(m.group(1)):
            return []  # one hyphenated name, not two parties
        parties: list[Party] = []
        offset = base
        for part in m.group(1).split("-"):
            mention = self.scope.table.mention_at(offset, offset + len(part))
            if mention is None or mention.entity is None:
                mention = self.scope.table.resolve(offset, offset + len(part))
            if mention is not None and mention.entity is not None:
                parties.append(Party(mention.entity, offset, offset + len(part)))
            offset += len(part) + 1
        return parties
