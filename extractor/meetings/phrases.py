"""The right side of a meeting word: its object noun phrases and the lists they form.

"with King Felipe and Mariano Rajoy", "with officials from Egypt, Turkey, Jordan and others", "with Robert
Floyd, executive secretary of the Commission" (an apposition, one party), "met this Thursday in Geneva with"
(dates, adverbs and places skipped first).
"""

from __future__ import annotations

import regex

from extractor.ascii_twin import AsciiTwin
from extractor.entities import EntityTable
from extractor.entities import lexicon as entity_lexicon
from extractor.entities.model import GPE, PERSON
from extractor.meetings.dating import DateIndex
from extractor.meetings.lexicon import adjunct_phrases, adjuncts, meeting_nouns, private_groups, stateless_groups
from extractor.meetings.places import DEMONYM_ENDINGS, cities
from extractor.meetings.scope import (
    HYPHEN_PARTICIPLE,
    PREPOSITIONS,
    REACH,
    Candidate,
    Party,
    Scope,
    title_gap,
    unnamed,
)

# What opens a new clause: a trigger's subject is not further left, an object list never runs past one.
# A subordinating "after"/"before" opens a clause when a subject follows ("after Kerry and Lavrov spoke");
# before a noun ("after talks with X") it is a preposition.
CLAUSE = AsciiTwin(
    regex.compile(
        r"[;:“\"«]|(?<!\p{L})(?i:that|said|says|told|tells|while|but|where|when|which|who|whom)(?!\p{L})"
        r"|(?<!\p{L})(?i:after|before|since|until|because|although|though|once)(?=\s+(?:\p{Lu}|(?i:he|she|they|we)\b))"
    )
)
# "A, B and C"; "A and, perhaps, B": a hedge between commas after the "and".
SEPARATOR = regex.compile(r"\s*(?:,\s*(and\s+)?|(and)(?:\s*,\s*\p{Ll}+\s*,)?\s+|(&)\s*)", regex.I)
# Caption notes that sit between names: "Kerry, center, and Shoukry", "de Mistura (R)".
POSITION = regex.compile(
    r"\s*(?:,\s*(?:(?:second|third)\s+from\s+)?(?:left|right|center|centre|top|bottom)(?=\s*[,.;]|\s+and\b)"
    r"|\((?:L|R|C|left|right|center)\))",
    regex.I,
)
# A possessive owning the meeting noun right after it, past a place and up to two modifiers: "Merkel's first
# meeting", "his official visit", "Shultz' Moscow talks" (not "Obama's call for talks", "her plan to visit").
_FUNCTION_WORDS = "|".join(sorted(PREPOSITIONS | {"and", "or", "but", "that", "the", "a", "an"}))
POSSESSED = regex.compile(
    r"(?:['’]s|(?<=[sz])['’]|(?<!\p{L})(?i:his|her|their|its))\s+(?:\p{Lu}\p{Ll}+\s+)?"
    rf"(?:(?!(?:{_FUNCTION_WORDS})\s)\p{{Ll}}[\p{{Ll}}\-]*\s+){{0,2}}$"
)
WORD = AsciiTwin(regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-]*"))
# "in Geneva", "at the White House, Washington": a place phrase skipped between a trigger and its object.
_PLACE_AFTER = regex.compile(r"\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'\-]*\s*)+(?:,\s*\p{Lu}[\p{L}.\-]*)?")
# What a meeting noun's predicate may say before its with/between phrase: "talks are underway between".
_UNDER_WAY = regex.compile(
    r"(?:are|is|were|was|have\s+been|had\s+been)\s+(?:now\s+|still\s+)?(?:underway|under\s+way|continuing|going\s+on"
    r"|being\s+held|taking\s+place|held|planned|scheduled)(?!\p{L})",
    regex.I,
)
# "met for an hour with", "talked for nearly two hours with": how long they met, not whom.
_DURATION = regex.compile(
    r"for\s+(?:(?:about|almost|nearly|around|some|more\s+than|over|another|an|a|one|two|three|four|five|six|several|"
    r"\d+|half\s+an)\s+)+(?:\p{Ll}+\s+)?(?:hours?|minutes?|days?)(?!\p{L})",
    regex.I,
)
_TIME_OF_DAY = regex.compile(
    r"(?:in\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening)|at\s+night|overnight)(?!\p{L})", regex.I
)
# "party leaders, including House Speaker Paul Ryan": the list after a group phrase.
_INCLUDING = regex.compile(r"\s*(?:(?:including|notably|among\s+them|such\s+as|namely)\s+)?", regex.I)
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_COMMA = regex.compile(r"\s*,\s*")
_DATE_JOIN = regex.compile(r"\s*(?:,\s*)?(?:and|or|to|through|until)\s+(?:(?:on|the)\s+)?", regex.I)
_SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "added", "reported"})
# Words between a name and a meeting noun that show the noun is not the name's modifier ("with Reagan and talks").
_NOT_MODIFIERS = frozenset({"and", "or", "but", "who", "whom", "which", "that", "as", "when", "while", "to", "said",
                            "says", "told", "was", "were", "is", "are", "had", "has", "have", "will", "would"})


class PhraseReader:
    """Object phrases of one sentence."""

    def __init__(self, scope: Scope, dates: DateIndex) -> None:
        self.scope, self.text = scope, scope.text
        self.dates = dates
        self.date_spans = dates.spans

    # --- right side ------------------------------------------------------------------------------
    def skip_adjuncts(self, pos: int) -> int:
        """Past dates, adverbs and "in/at <Place>" after a trigger: where its object would start."""
        text, limit, words = self.text, min(self.scope.end, pos + REACH), adjuncts()
        while pos < limit:
            while pos < limit and text[pos].isspace():
                pos += 1
            if pos in self.date_spans:
                pos = self.date_spans[pos]
                # "on Monday and Tuesday", "from March 12 to March 16": a second date joined to the first
                if (joined := _DATE_JOIN.match(text, pos, limit)) and joined.end() in self.date_spans:
                    pos = joined.end()
                continue
            if state := _UNDER_WAY.match(text, pos, limit):
                pos = state.end()  # "talks are underway between X and Y"
                continue
            if duration := _DURATION.match(text, pos, limit) or _TIME_OF_DAY.match(text, pos, limit):
                pos = duration.end()  # "met for two hours with", "met in the afternoon with"
                continue
            if manner := adjunct_phrases().match(text, pos, limit):
                pos = manner.end()  # "met in private with", "talked behind closed doors with"
                continue
            m = WORD.match(text, pos, limit)
            if m is None:
                return pos
            low = m.group().lower()
            island = _PLACE_AFTER.match(text, m.end(), limit) if low == "on" else None
            # "when they met on Bali": where, as "in Geneva" (but "on Monday" is a date, skipped as one)
            if island and self.scope.skip_space(m.end()) not in self.date_spans and self._no_name_at(m.end()):
                pos = island.end()
            elif low in words or m.group() in words:
                pos = m.end()
            elif low in ("in", "at"):
                place = _PLACE_AFTER.match(text, m.end(), limit)
                if place is None:
                    return pos
                pos = place.end()
            else:
                return pos
        return pos

    def _no_name_at(self, pos: int) -> bool:
        """Does the capitalised phrase at `pos` name no person with a first name ("on Bali", not "on Reagan's
        behalf" ... nor a state the text names as a party: "talks on Nicaragua" is skipped all the same)."""
        for party in self.scope.after(pos - 1)[:1]:
            resolved = self.scope.resolve(party)
            if any(" " in p.entity.name and p.entity.type == PERSON for p in resolved):
                return False
        return True

    def word_at(self, pos: int) -> str:
        m = WORD.match(self.text, pos, self.scope.end)
        return m.group().lower() if m else ""

    def head(self, start: int, end: int, cands: list[Candidate], last_kind: str) -> list[Party]:
        """The party a noun phrase names: its person if it has one ("Turkish Ambassador to Athens Nazmi
        Akiman"), else a resolved description ("his counterpart"), else its last name ("U.S. officials").
        A nationality adjective before a common noun is no party ("Russian oligarchs"), nor is a place that only
        says where the head is based ("London-based financial institutions")."""
        cands = [c for c in cands if not HYPHEN_PARTICIPLE.match(self.text, c.end)]
        words = self.text[start:end].lower().split()
        if last_kind == "group" and cands and any(w in stateless_groups() for w in words):
            # "Brazilian business leaders": where they come from, no side (but "Citibank executives" is one)
            cands = [c for c in cands if not self._place(c)]
        elif last_kind == "group" and cands and words[-1] in private_groups():
            cands = [c for c in cands if not self._home_city(c)]  # "New York bankers": where they work, no side
            if cands and self._owner(cands[-1]) and self._place(cands[-1]):
                # "the Philippines' commercial creditors": a state's lenders, not the state ("Citibank's bankers" are
                # the bank's own)
                cands = cands[:-1]
        if cands and cands[-1].end == end and last_kind == "" and self._adjective(cands[-1]):
            cands = cands[:-1]
        if last_kind in ("role", "group") and cands and self._owner(cands[-1]):
            # "Putin's foreign minister", "Lazaro Gonzalez's lawyer": the person who owns the title is not the one
            # met, the phrase itself is (a description the entity table knows, else nobody named); a group a person
            # owns is a party of its own when the table knows it ("Mrs. Clinton's aides"), else the owner's side
            owners = {p.entity.id for p in self.scope.resolve(cands[-1]) if p.entity.type == PERSON}
            if owners and last_kind == "role":
                if self._apposed_person(end):
                    return []  # "Putin's foreign minister, Sergei Lavrov": the apposition names him (object_list)
                mention = self.scope.table.resolve(start, end)
                entity = mention.entity if mention is not None else None
                if entity is not None and entity.type == PERSON and entity.id not in owners:
                    return [Party(entity, mention.start, mention.end)]
                return []
            group = anchored_group(self.scope.table, self.text, start, end) if owners else None
            if group is not None and group.entity.id not in owners and not unnamed(group.entity):
                return [group]
        for cand in reversed(cands):
            parties = self.scope.resolve(cand)
            if any(p.entity.type == PERSON for p in parties):
                return parties
        if last_kind == "role":
            mention = self.scope.table.resolve(start, end)
            if mention is not None and mention.entity is not None and mention.entity.type == PERSON:
                return [Party(mention.entity, mention.start, mention.end)]
        for cand in reversed(cands):
            if parties := self.scope.resolve(cand):
                if last_kind == "group" and cand.end < end:
                    # "U.S. officials" stand for the United States, unless that is the other side's own
                    # state: the group phrase is kept to fall back on (see finder._distinct)
                    return [Party(p.entity, p.start, p.end, (start, end)) for p in parties]
                return parties
        if last_kind in ("role", "group"):
            return [group] if (group := anchored_group(self.scope.table, self.text, start, end)) else []
        return []


    def _owner(self, cand: Candidate) -> bool:
        """Does a possessive follow `cand`, so that it owns the head of its phrase (the last candidate of a phrase
        that ends in a title or group word)?"""
        text = self.text
        return text.startswith(("'s", "’s"), cand.end) or (
            text.startswith(("'", "’"), cand.end) and text[cand.end - 1 : cand.end] == "s"
        )

    def _apposed_person(self, end: int) -> bool:
        """Does a person's name follow the phrase ending at `end` after a comma, past title words at most ("...,
        Sergei Lavrov", "..., Foreign Minister Sergei Lavrov")?"""
        comma = _COMMA.match(self.text, end)
        if comma is None:
            return False
        cands = self.scope.after(comma.end() - 1)[:1]
        return bool(cands) and title_gap(self.text[comma.end() : cands[0].start]) and any(
            p.entity.type == PERSON for p in self.scope.resolve(cands[0])
        )

    def _home_city(self, cand: Candidate) -> bool:
        """A city that is no capital ("New York", "Chicago"): it stands for no state."""
        parties = self.scope.resolve(cand)
        for p in parties:
            kind = getattr(entity_lexicon.places().get(p.entity.name), "kind", None)
            if p.entity.type != GPE or kind in ("capital", "country"):
                return False
            if kind not in ("city", "region") and p.entity.name not in cities():
                return False
        return bool(parties)

    def _place(self, cand: Candidate) -> bool:
        """A candidate that resolves to places only (a city, a state, a demonym's state)."""
        parties = self.scope.resolve(cand)
        return bool(parties) and all(p.entity.type == GPE for p in parties)

    def _adjective(self, cand: Candidate) -> bool:
        """A demonym ("Russian", "Japanese") followed by a lower-case word outside the title lexicon."""
        if cand.kind != "mention":
            return False
        mention = self.scope.mention_at(cand.start, cand.end)
        if mention is None or mention.entity is None or mention.entity.type != GPE:
            return False
        surface = self.text[cand.start : cand.end]
        if surface == mention.entity.name or not surface.endswith(DEMONYM_ENDINGS):
            return False
        nxt = WORD.match(self.text, self.scope.skip_space(cand.end), self.scope.end)
        return nxt is not None and nxt.group()[0].islower() and nxt.group().lower() not in PREPOSITIONS | {"and"}

    def object_list(self, pos: int) -> tuple[list[Party], int]:
        """The parties of the noun phrase at `pos` and those coordinated with it ("with King Felipe and
        Mariano Rajoy", "with officials from Egypt, Turkey, Jordan and others"). An apposition after a
        comma ("Floyd, executive secretary of the Commission") is not a second party; a person after a
        title phrase is the one it describes ("the crown prince of the UAE, Mohammed bin Zayed"); a group
        phrase may announce a list ("leaders of the opposition parties, X and Y")."""
        while pos < self.scope.end and self.text[pos].isspace():
            pos += 1
        end, cands, kind = self.scope.noun_phrase(pos)
        parties = self.head(pos, end, cands, kind) if end > pos and not self.names_meeting(end) else []
        titled = kind in ("role", "group") or self.scope.had_role
        if not parties:
            comma = self.text.find(",", end, min(self.scope.end, end + 80))
            if not titled or comma < 0 or self.scope.before(comma, end) or CLAUSE.search(self.text, end, comma):
                return [], pos
            listed, reach = self.object_list(_INCLUDING.match(self.text, comma + 1).end())
            if self.word_at(self.scope.skip_space(reach)) in _SPEECH_VERBS:
                return [], pos  # "a meeting with general managers, the sources said": the speaker, no list
            return listed, reach
        pending: list[Party] = []
        reach = end
        group = kind == "group"
        # "Soviet and British businessmen": a bare place word shares the head noun of the phrase after "and"
        demonym = kind == "" and len(cands) == 1 and cands[0].end == end and self._place(cands[0])
        while True:
            m = POSITION.match(self.text, end)
            if m:
                end = m.end()
            sep = SEPARATOR.match(self.text, end, self.scope.end)
            if not sep or sep.end() == end or end > pos + REACH:
                break
            nstart = sep.end()
            nend, ncands, nkind = self.scope.noun_phrase(nstart)
            more = self.head(nstart, nend, ncands, nkind) if nend > nstart and not self.names_meeting(nend) else []
            closing = bool(sep.group(1) or sep.group(2) or sep.group(3))
            if not more and not closing:
                break
            if more and closing and self.text[self.scope.skip_space(nend) : self.scope.skip_space(nend) + 1] in "\"“":
                break  # 'met the Soviets, and the union "wanted to be certain ...': a quote opens the next clause
            if more and self.word_at(self.scope.skip_space(nend)) in _SPEECH_VERBS:
                break  # "met Camdessus, and Economy Minister Juan Sourrouille said ...": the next clause's subject
            person = bool(more) and more[0].entity.type == PERSON
            described = parties[-1].entity.type != PERSON or unnamed(parties[-1].entity)
            if not closing and person and titled and not pending and described:
                if group and not self._list_after(nend):
                    break  # "after meeting with Kenyan police leaders, the FBI chief said": the next clause's subject
                parties[-1:] = more  # "the crown prince of the UAE, Mohammed bin Zayed"
                reach, end, titled = nend, nend, False
                continue
            if demonym and nkind == "group" and stateless_groups().intersection(self.text[nstart:nend].lower().split()):
                parties = parties[:-1]  # "a meeting of Soviet and British businessmen": where they come from, no side
            demonym = False
            if closing:
                parties += pending + more
                reach = max(reach, nend)
                pending = []
                if not more:
                    break
            else:
                pending += more
            titled = nkind in ("role", "group") or self.scope.had_role
            group = nkind == "group"
            end = nend
        return parties, reach

    def names_meeting(self, end: int) -> bool:
        """Does a meeting noun follow the name phrase ending at `end`, past up to two lower-case modifiers ("and
        the Venice economic summit", "with the Geneva talks")? The name then says which meeting, not who met."""
        words = list(WORD.finditer(self.text, end, min(self.scope.end, end + 60)))[:3]
        for n, m in enumerate(words):
            word = m.group()
            if self.text[(words[n - 1].end() if n else end) : m.start()] != " " or not word.islower():
                return False
            if word in meeting_nouns():
                return True
            if word in PREPOSITIONS or word in _NOT_MODIFIERS or word in adjuncts() or word.endswith("ly"):
                return False
        return False

    def _list_after(self, end: int) -> bool:
        """Does a list go on after the phrase ending at `end` ("leaders of the parties, X, Y and Z")?"""
        sep = SEPARATOR.match(self.text, end, self.scope.end)
        return sep is not None and sep.end() > end


def anchored_group(table: EntityTable, text: str, start: int, end: int) -> Party | None:
    """An unnamed group of people is a party when it is tied to a state, an organisation or a person:
    "Russian prosecutors", "EU foreign ministers", "his aides". A bare "journalists" or "officials" names
    no side, so it stays out (no meeting without two resolvable participants)."""
    mention = table.resolve(start, end)
    entity = mention.entity if mention is not None else None
    if entity is None or entity.type != PERSON or entity.members or mention.kind == "name":
        return None
    owned = text[start:end].split()[0].lower() in _POSSESSIVES
    return Party(entity, mention.start, mention.end) if entity.affiliation is not None or owned else None
