"""One sentence seen as a row of party candidates: entity mentions, pronouns and group phrases.

The meeting rules ask questions of this view ("the subject before offset x", "the noun phrase after
`with`") and get back resolved parties. Pronouns and descriptions are resolved through the entity
table only when a rule needs them, so sentences without triggers cost nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from extractor.ascii_twin import AsciiTwin
from extractor.entities import EntityDraft, EntityTable, Mention
from extractor.entities import lexicon as entity_lexicon
from extractor.entities.model import ANONYMOUS, DESCRIPTION, GPE, NAME, ORG, PERSON
from extractor.meetings.lexicon import np_words, plural_role, stateless_groups
from extractor.meetings.places import cities
from extractor.text import Document, Segment
from schemas import EntityType

# How far (in characters) a rule looks around a trigger: no clause is longer, and it keeps long
# unpunctuated input linear.
REACH = 400
PARTY_TYPES = frozenset({PERSON, ORG, GPE})
# How common (zipf) a word must be for a lone capitalised occurrence after a name to be no name of its own.
_COMMON_WORD = 4.0

# Pronouns that can name a party. Possessives count only right before a meeting noun ("their summit").
_PRONOUN = AsciiTwin(regex.compile(r"(?<!\p{L})(?:he|she|they|we|him|them|his|her|their|it|its)(?!\p{L})", regex.I))
# Plural phrases that stand for parties already mentioned ("the two leaders", "both sides").
_GROUP = regex.compile(
    r"(?<!\p{L})(?:(?:the\s+(?:two|three|four)|both)\s+(?:\p{Ll}+\s+)?|the\s+)"
    r"(?:leaders|sides|men|women|ministers|presidents|parties|countries|nations|governments|delegations|pair"
    r"|companies|firms|banks|groups)(?!\p{L})"
    # "The two discussed ...", "the two also met": the number alone, right before a verb
    r"|(?<!\p{L})the\s+(?:two|three)(?=\s+(?:also\s+|later\s+|then\s+)?(?:\p{Ll}+ed|met|meet|held|hold|spoke|speak"
    r"|talked|have|had|will|would|were|are|agreed)(?!\p{L}))",
    regex.I,
)
# Group nouns that are titles: "the two presidents" are two people the text calls president.
_GROUP_TITLES = {"presidents": "president", "ministers": "minister"}
_THE_BEFORE = regex.compile(r"(?<!\p{L})(?i:the)\s+$")
_TOLD_BEFORE = regex.compile(r"(?<!\p{L})(?i:told|tells|telling)\s+$")
_NOUN_AFTER = regex.compile(r"\s+\p{Ll}{3,}(?!\p{L})(?<!\s(?:and|who|was|were|has|had|said|says|met|which|that))")
# An envoy's title before the state or city he is posted to: "ambassador to Athens", "Envoy to the United Nations".
_POSTED_TO = regex.compile(r"(?i:ambassadors?|envoys?|emissary|consul|charge\s+d'affaires)\s+to\s+(?:the\s+)?$")
# A clause opened by a bare plural noun, its verb and up to two more words before a "their": "said leading
# ministers ended their", "that negotiators will resume their".
_UNNAMED_SUBJECT = regex.compile(
    r"(?:(?<!\p{L})(?:said|says|that)|^|[,;])\s+(?:\p{Ll}+\s+)?(\p{Ll}+s)\s+(?:\p{Ll}+\s+){1,3}$"
)
_DETERMINED = regex.compile(r"(?<!\p{L})(?i:the|a|an|this|that|its|his|her|their|our)\s+$")
_UNNAMED_OPENING = regex.compile(r"\W*(?:(?i:the)\s+)?(?:\p{Ll}+\s+)?(\p{Ll}+s)\s+(?:\p{Ll}+\s+){1,4}")
# A subordinate clause opening the sentence, up to its pronoun subject: "As she entered the meeting, ...".
_FRONTED_CLAUSE = regex.compile(
    r"\W*(?:as|when|while|after|before|once|since|until|although|though|if)\s+", regex.I
)
# "the leaders of Japan and China" names its parties itself: no group reference.
_OF_WHOM = regex.compile(r"\s+(?:of|from)(?!\p{L})", regex.I)
# Which parties a group noun can stand for: people ("the two leaders"), states ("the two countries");
# "both sides" and "the parties" can be either.
_GROUP_TYPES = {
    "leaders": PERSON, "men": PERSON, "women": PERSON,
    "ministers": PERSON, "presidents": PERSON, "countries": GPE,
    "nations": GPE, "governments": GPE, "companies": ORG, "firms": ORG, "banks": ORG,
}
# Where the clause of a trigger ends on its right: later words belong to another predication.
_CLAUSE_END = regex.compile(
    r"[;:“”\"«»()—]|,\s*(?:who|which|where|while|but|although|though|because|saying|said|according|as|when|after"
    r"|before|and\s+(?:he|she|they|it|the|a)\b)|\s(?:said|says|told|tells)\b"
    # a person's relative clause without a comma ("the ambassador who arrived last night"), another complement
    # clause ("said talks had ended and that discussions with the banks will begin later this month"), a predicate
    # set against the meeting's ("chatted with Reynolds after the meeting but declined to discuss their proposal")
    r"|\s(?:who|whom)\s|\sand\s+that\s|\sbut\s",
    regex.I,
)
# ... and a subordinate clause after the meeting's ("met Bush on Monday after U.S. naval forces destroyed an oil
# platform in the Gulf": not where they met), opened by a name or a subject pronoun (a date after the word is the
# meeting's bound, not a clause: "talks before March 31").
_SUBORDINATE = regex.compile(
    r"\s(?i:after|before|because|although|though|since|until|once)\s+(?=\p{Lu}|(?:he|she|they|we)\s)"
)
# A participle hyphenated to a name, which then modifies the noun after it: "Democrat-controlled", "London-based",
# "U.S.-backed", "state-run".
HYPHEN_PARTICIPLE = regex.compile(r"-(?:\p{Ll}+ed|run|held|owned)(?![\p{L}\-])")
_WHICH_THAT = regex.compile(r"\s(?:which|that)\s", regex.I)
# Words a name's phrase may start with when looking for the word before it ("with both Sanders and Clinton",
# "Kerry and his Russian counterpart Sergei Lavrov met").
_DETERMINERS = frozenset({"the", "a", "an", ".", "both", "either", "neither", "his", "her", "their", "its"})
# Words that are no common noun of a title ("central bank head"): verbs and conjunctions.
_NOT_TITLE_NOUNS = frozenset(
    {"and", "or", "but", "that", "is", "are", "was", "were", "will", "would", "has", "have", "had", "said", "says",
     "can", "could", "may", "might", "should", "must", "not", "also"}
)
_ABBREVIATED = regex.compile(r"(?<![\p{L}.])\p{Lu}\p{Ll}{0,3}$")
_TRAILING_FUNCTION_WORD = regex.compile(r"(?:\s+|^)(?:the|a|an|of|from|to|for|his|her|their|its)$", regex.I)
_NOT_TITLE_CHAR = regex.compile(r"[^\p{L}\p{M}\s.\-']")
_AND = regex.compile(r"[\s<>]*(?:and|&)[\s<>]*", regex.I)
# What joins two items of a list of names: "X and Y", "X, Y", "X, and Y", "X & Y", "X-Y".
_LIST_JOIN = regex.compile(r"\s*(?:,\s*(?:and\s+)?|(?:and|&)\s+)|-", regex.I)
# Words before a title that say when or how its holder came to it: "newly elected", "recently appointed".
_PARTICIPLE = regex.compile(r"\p{Ll}+(?:ly|ed)")
# A lower-case adjective by its ending ("presidential", "legislative", "parliamentary"), not a determiner ("any").
_ADJECTIVE = regex.compile(r"\p{Ll}{3,}(?:al|ic|ive|ary|ous|ent|ant|ist)")
_TIME_PREFIX = regex.compile(r"(?:then|ex|now)-\p{L}", regex.I)
# A lower-case word of a description before a name ("regional carrier", "broker"), and words that cannot be one (nor
# can a verb's gerund: "welcomed Mexico joining the GATT").
_DESCRIPTOR = regex.compile(r"(\p{Ll}[\p{Ll}\-]*)\s")
_NOT_DESCRIPTORS = frozenset(
    {"and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "said", "says", "told", "tells", "is", "was",
     "were", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can",
     "then", "also", "as", "while", "when", "where", "if", "because", "than", "not", "the", "a", "an", "its", "his",
     "her", "their", "this", "these", "those", "our"}
)
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some"})
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

    entity: EntityDraft
    start: int
    end: int
    # the group phrase this name only modifies ("Russian" in "Russian prosecutors"), if any
    group_phrase: tuple[int, int] | None = None


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str  # mention | pronoun | group | description
    resolved: list[Party] | None = None


@cache
def _description() -> AsciiTwin:
    """'the president', 'the HDP leader', 'the Japanese prime minister': resolved through the entity table."""
    roles = sorted((w for w, k in np_words().items() if k == "role"), key=len, reverse=True)
    return AsciiTwin(
        regex.compile(rf"(?<!\p{{L}})the\s+(?:[\p{{L}}.\-]+\s+){{0,3}}?(?:{'|'.join(roles)})(?!\p{{L}})", regex.I)
    )


def title_gap(gap: str) -> bool:
    """Only title words, capitalised words or a possessive between two names ("'s President")."""
    words = np_words()
    stripped = gap.replace("’s", " ").replace("'s", " ").strip()
    if _NOT_TITLE_CHAR.search(stripped):
        return False
    return all(w[0].isupper() or w.lower() in words for w in stripped.split())


def _city(entity: EntityDraft) -> bool:
    place = entity_lexicon.places().get(entity.name)
    return entity.type == GPE and entity.name in cities() and (place is None or place.kind != "country")


def unnamed(entity: EntityDraft) -> bool:
    """An entity the table made of title or group words alone ("crown prince", "Government officials"):
    it names no party of its own."""
    if not any(c.isupper() for c in entity.name):
        return True  # "trader", "presidential spokesman": a description without a single name in it
    kinds = [np_words().get(w) for w in entity.name.lower().split()]
    if entity.type == PERSON and len(kinds) > 1 and kinds[-1] == "group":
        return True  # "Port officials", "Banking sources": a capitalised word before a group noun names nobody
    # all title words, and a title or group noun or a lone modifier ("Congressional"): "National Security Council"
    # only has modifiers
    return None not in kinds and ("role" in kinds or "group" in kinds or len(kinds) == 1)


def capital_state(entity: EntityDraft) -> EntityDraft | None:
    """The state a capital stands for as a side ("talks with Tokyo", "negotiate with Peking"): the capital's
    affiliation, when the gazetteer knows the name as a capital and the table tied it to a state."""
    place = entity_lexicon.places().get(entity.name)
    side = entity.affiliation
    if entity.type != GPE or side is None or side.type != GPE:
        return None
    if place is not None and place.kind == "capital":
        return side
    # a capital the gazetteer knows first as something else ("Washington", the state): its own state's capital
    return side if entity_lexicon.capital_of().get(entity.name) == side.name else None


# Demonyms that share the title noun after the last one: "the Russian and Turkish presidents", "the French, German
# and Italian foreign ministers".
_MORE_DEMONYMS = regex.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}\-]*")
_TITLE_WORDS = regex.compile(r"\s+(\p{Ll}+)")


def title_holder(table: EntityTable, text: str, party: Party, others: list[Party]) -> EntityDraft | None:
    """A state named by a demonym that only modifies a title stands for the one person of that state the document
    gives the title: "the Russian and Turkish presidents met" are the two presidents, "his Turkish counterpart" the
    Turkish holder of the other side's title. None when the document names no such person, or more than one (the
    state stays the side, as in "Turkish officials")."""
    entity = party.entity
    if entity.type != GPE or text[party.start : party.end] == entity.name:
        return None
    pos = party.end
    while (more := _MORE_DEMONYMS.match(text, pos)) is not None:
        pos = more.end()
    words = np_words()
    title: list[str] = []
    while (m := _TITLE_WORDS.match(text, pos)) is not None and words.get(m.group(1)) == "mod":
        title.append(m.group(1))
        pos = m.end()
    noun = _TITLE_WORDS.match(text, pos)
    if noun is None:
        return None
    head = noun.group(1)
    if head in ("counterpart", "counterparts"):
        titles = {tuple(r.lower().split()[-2:]) for p in others if p.entity.type == PERSON for r in
                  p.entity.roles}
        # the other side's title, without its own state's demonym ("Russian foreign minister" -> foreign minister)
        titles = {tuple(w for w in t if words.get(w) in ("mod", "role")) for t in titles}
        if len(titles) != 1:
            return None
        title = list(titles.pop())
    elif plural_role(head):
        title.append(head[:-1])  # a plural title ("the Turkish president" is a description the entity table reads)
    else:
        return None
    if not title:
        return None
    holders = [
        e for e in table.entities
        if e.type == PERSON and e.affiliation is entity
        and any(set(title) <= set(r.lower().split()) for r in e.roles)
    ]
    return holders[0] if len(holders) == 1 else None


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"})


def spokesperson(entity: EntityDraft) -> bool:
    """A person the entity table knows only as a spokesperson ("The KLM spokeswoman", "a spokesman for
    Anglo-American"): whoever it is, it speaks for its organisation or state, not for itself."""
    return entity.type == PERSON and any(w in _SPOKESPEOPLE for w in entity.name.split())


def _holds(entity: EntityDraft, title: str) -> bool:
    """Does the text give the person `title` ("President", "Foreign Minister", "prime minister")?"""
    return any(title in role.lower().split() for role in entity.roles)


def _members(entity: EntityDraft) -> list[EntityDraft]:
    # Group entities ("the two leaders") carry the individuals they stand for (see entities/model.py).
    return list(getattr(entity, "members", None) or [])


def _own_phrases(mentions: list, text: str) -> list:
    """The mentions that can be a party phrase. Other stages register what they resolve, and a
    description spanning a person's name ("Minister X met Finance Minister", resolved to the last
    person) is no phrase of its own: the names inside it are the candidates. A name inside a longer
    name is a word of that name ("American" in "American Motors Corp broke off talks"), unless a hyphen
    joins it to the rest ("the Reagan-Gorbachev summit")."""
    people = [(m.start, m.end) for m in mentions if m.kind == "name" and m.entity is not None
              and m.entity.type == PERSON]
    starts = [s for s, _ in people]
    names = _Spans((m.start, m.end) for m in mentions if m.kind == "name")
    out = []
    for m in mentions:
        if m.kind != "name":
            i = bisect.bisect_left(starts, m.start)
            if i < len(people) and people[i][1] <= m.end and people[i] != (m.start, m.end):
                continue
        elif names.inside(m.start, m.end) and "-" not in (text[m.start - 1 : m.start], text[m.end : m.end + 1]):
            continue
        out.append(m)
    return out


class _Spans:
    """Sorted spans with a fast overlap test (sentences can hold thousands of names)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def inside(self, start: int, end: int) -> bool:
        """Does another span hold [start, end)?"""
        i = bisect.bisect_right(self.starts, start)
        return any(s <= start and end <= e and (s, e) != (start, end) for s, e in self.spans[max(0, i - 3) : i])

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        # spans starting before `end`: the nearest few are the only ones that can reach past `start`
        return all(e <= start for _, e in self.spans[max(0, i - 3) : i])


class Scope:
    """Candidates of one sentence, with lazy resolution through the entity table."""

    def __init__(
        self,
        doc: Document,
        table: EntityTable,
        sentence: Segment,
        previous: Segment | None,
        date_spans: dict[int, int] | None = None,
        around: tuple[int, int] | None = None,
    ) -> None:
        """`around`: the span of the sentence's triggers; rules look no further than REACH beyond it,
        so only that part of an overlong sentence is read."""
        self.doc, self.text, self.table = doc, doc.text, table
        self.sentence = sentence
        self.start, self.end = sentence.start, sentence.end
        if around is not None:
            self.start = max(self.start, around[0] - 2 * REACH)
            self.end = min(self.end, around[1] + 2 * REACH)
        self.previous = previous
        cands = [
            Candidate(m.start, m.end, "mention")
            for m in _own_phrases(table.mentions_in(self.start, self.end), self.text)
            if not (m.kind == "name" and m.entity is not None and self._split_word(m, m.entity))
        ]
        # the parties of the meeting just read, for "the two leaders"/"their talks" right after it
        self.recent_meeting: list[Party] = []
        for pattern, kind in ((_GROUP, "group"), (_PRONOUN, "pronoun"), (_description(), "description")):
            taken = _Spans((c.start, c.end) for c in cands)
            for m in pattern.finditer(self.text, self.start, self.end):
                if kind == "group" and _OF_WHOM.match(self.text, m.end()):
                    continue  # "the leaders of Japan, China and Germany" names them itself
                if taken.free(m.start(), m.end()):
                    cands.append(Candidate(m.start(), m.end(), kind))
        # a date is never a party, whatever a name recogniser made of "Tuesday"
        self.date_spans = date_spans or {}
        dated = _Spans((s, e) for s, e in self.date_spans.items() if self.start <= s < self.end)
        self.candidates = sorted((c for c in cands if dated.free(c.start, c.end)), key=lambda c: (c.start, -c.end))
        self._starts = [c.start for c in self.candidates]
        self._at = {}
        for c in reversed(self.candidates):
            self._at[c.start] = c  # the longest candidate starting at each offset

    # --- resolution -------------------------------------------------------------------------------
    def resolve(self, cand: Candidate) -> list[Party]:
        if cand.resolved is None:
            cand.resolved = self._resolve(cand)
        return cand.resolved

    def _resolve(self, cand: Candidate) -> list[Party]:
        parties = self._resolve_plain(cand)
        if cand.kind == "group" and parties:
            title = _GROUP_TITLES.get(self.text[cand.start : cand.end].lower().split()[-1])
            if title is not None and not all(_holds(p.entity, title) for p in parties):
                # "the two presidents" read as the last two people named, one of them a prime minister: the two
                # people the text titles so (further back: "Trump and Putin ... Theresa May ... the two presidents")
                return self._holders(cand.start, len(parties), title) or parties
        return parties

    def _holders(self, offset: int, n: int, title: str) -> list[Party]:
        """The n people named last before `offset` (within a few paragraphs) whom the text gives `title`."""
        found: list[Party] = []
        for m in reversed(self.table.mentions_in(max(0, offset - 6 * REACH), offset)):
            e = m.entity
            if e is None or e.type != PERSON or _members(e) or any(p.entity is e for p in found):
                continue
            if _holds(e, title):
                found.append(Party(e, m.start, m.end))
                if len(found) == n:
                    return found
        return []

    def _resolve_plain(self, cand: Candidate) -> list[Party]:
        mention = self.mention_at(cand.start, cand.end) if cand.kind == "mention" else None
        if mention is None or mention.entity is None:
            mention = self.table.resolve(cand.start, cand.end)
        entity = mention.entity if mention is not None else None
        word = self.text[cand.start : cand.end].lower()
        if word in ("they", "them", "their") and entity is not None and _city(entity):
            return []  # "they all showed up to meet him" read as the city just named ("Moscow" may be its government)
        if entity is not None and _members(entity):
            if cand.kind == "group" and self.recent_meeting:
                # "X met Citibank chairman John Reed. The two men discussed ...": the sides of the meeting just read,
                # not the table's last two names (which may read a title's company as a person)
                return self.recent_parties(cand.start, self._group_size(cand), _GROUP_TYPES.get(word.split()[-1]))
            if cand.kind == "group" and word.startswith("the ") and word.split()[1] not in _NUMBER:
                return []  # "The ministers also continued talks": a bare plural names no two parties (see below)
            members = [e for e in _members(entity) if e.type in PARTY_TYPES]
            want = _GROUP_TYPES.get(word.split()[-1]) if cand.kind == "group" else None
            if want is not None and any(e.type != want for e in members):
                return []  # "the two men" read as a treaty and a person: not the two men
            named = self.recent_meeting or self._named_together(self._last_named(members, cand.start), cand.start, want)
            if not named:
                # "Spokesman Sato was optimistic about talks between the two leaders" read as the last two people
                # named, a senator quoted before him and the spokesman himself
                return []
            return [Party(e, cand.start, cand.end) for e in members]
        # "their meeting", "the two leaders": the sides of what was just said; "they" may be one group
        # the entity table knows ("British officials ... they"), else the same
        group = cand.kind == "group" or (entity is not None and entity.plural and _GROUP.fullmatch(word) is not None)
        if word in ("they", "them") and entity is not None and not entity.plural and (pair := self._pair(cand.start)):
            return pair  # "the chiefs of X and Y said they met": the table picked one of the pair
        if word == "their" and self._unnamed_owner(cand.start):
            return []  # "Belga said leading ministers ended their talks": the ministers', whom no name says
        bare = cand.kind == "group" and word.startswith("the ") and word.split()[1] not in _NUMBER
        if bare and not self.recent_meeting:
            return []  # "the ministers, scheduled to meet": a bare plural, no meeting just read, names no two parties
        if group or word == "their" or (word in ("they", "them") and entity is None):
            # the number alone ("The two discussed") is said of people: "China" named after two people is not one
            kind = PERSON if word.split()[-1] in _NUMBER else _GROUP_TYPES.get(word.split()[-1])
            return self.recent_parties(cand.start, self._group_size(cand), kind)
        if word in ("he", "she") and (named := self._cataphor(cand)) is not None:
            return [named]
        named_person = entity is not None and entity.type == PERSON and not unnamed(entity)
        if word in ("he", "she", "him") and entity is not None and not named_person:
            # "he" is a person, whatever the table made of it, and one with a name: an unnamed antecedent ("A
            # government spokesman said ... Akiman when he met ...") is no party, the person named last may be
            entity = None
        if entity is None and word in ("he", "she", "him"):
            # the entity table found no antecedent: the latest person named before, in this or the last sentence
            people = self.recent_parties(cand.start, 1, PERSON, shallow=True)
            return [Party(p.entity, cand.start, cand.end) for p in people]
        if entity is None or entity.type not in PARTY_TYPES:
            return []
        if mention.kind == DESCRIPTION and self._bare_modifier(mention):
            return []  # "Company sources in talks with Algeria": sources at some company, not the one named last
        if entity.type == GPE and _POSTED_TO.search(self.text, max(0, mention.start - 40), mention.start):
            return []  # "Turkey's ambassador to Athens": where the envoy serves, not a side
        if entity.type == GPE and (self._name_of(mention) or self._only_in_names(entity)):
            # "the United Steelworkers of America": the end of a body's name, not the state; "The Writers Guild of
            # America said it agreed to meet": "it" resolved to a state the text names only inside such names
            return []
        side = entity.affiliation
        group = np_words().get(mention.text.split(" of ")[0].split()[-1].lower()) == "group"
        if mention.kind == ANONYMOUS and group and side is not None and side.type in PARTY_TYPES:
            # "Officials of the Ministry of Trade" stand for the ministry, as "U.S. officials" for the United
            # States (unless it is the other side's own: see finder._distinct)
            if side.type == GPE and any(w in stateless_groups() for w in mention.text.lower().split()):
                return []  # "several Brazilian business leaders": where they come from, not their state
            return [Party(side, mention.start, mention.end, (mention.start, mention.end))]
        return [Party(entity, mention.start, mention.end)]

    def _bare_modifier(self, mention: Mention) -> bool:
        """A one-word description without a determiner before a group noun ("Company sources", "Bank officials"):
        it says what kind of people, not which company."""
        if " " in mention.text or _DETERMINED.search(self.text, max(0, mention.start - 12), mention.start):
            return False
        nxt = _WORD.match(self.text, self.skip_space(mention.end), self.end)
        return nxt is not None and np_words().get(nxt.group().lower()) == "group"

    def _only_in_names(self, entity: EntityDraft) -> bool:
        names = [m for m in entity.mentions if m.kind == "name"]
        return bool(names) and all(self._name_of(m) for m in names)

    def _name_of(self, mention: Mention) -> bool:
        """Is the state at `mention` the end of a body's name read apart ("Writers Guild of America"): a name of
        no person and no state ends right before " of "?"""
        if not self.text.endswith(" of ", 0, mention.start):
            return False
        owner = self.table.mentions_in(max(0, mention.start - 80), mention.start - 4)
        owner = [m for m in owner if m.end == mention.start - 4 and m.kind == "name" and m.entity is not None]
        return bool(owner) and owner[-1].entity.type not in (PERSON, GPE)

    def _split_word(self, mention: Mention, entity: EntityDraft) -> bool:
        """A one-word guessed person that is a common English word written right after another name: a headline's
        capital ("the U.S. Kick off") or the second word of a name read apart ("American Express")."""
        if entity.type != PERSON or " " in entity.name or entity.roles or entity.members:
            return False  # a person the text titles or names in full
        if entity_lexicon.zipf(mention.text.lower()) < _COMMON_WORD:
            return False
        before = self.table.mentions_in(max(0, mention.start - 40), mention.start)
        before = [m for m in before if m.end <= mention.start]
        return bool(before) and self.text[before[-1].end : mention.start] == " "

    def _unnamed_owner(self, offset: int) -> bool:
        """Does a bare plural group noun open the clause of a "their" at `offset` as its subject ("said leading
        ministers ended their talks", "that negotiators resumed their talks")? "their" is then theirs."""
        m = _UNNAMED_SUBJECT.search(self.text, max(self.start, offset - 80), offset)
        if m is None and offset - self.sentence.start <= 80:
            m = _UNNAMED_OPENING.fullmatch(self.text, self.sentence.start, offset)  # "The directors will end their"
        return m is not None and np_words().get(m.group(1).lower()) == "group"

    def _cataphor(self, cand: Candidate) -> Party | None:
        """'As she entered the meeting, the bloc's foreign affairs head Federica Mogherini said ...': the
        subject of a clause fronted before the main one is the main clause's subject, named after the comma
        (the table looks only backwards, and finds whoever was named last)."""
        if not _FRONTED_CLAUSE.fullmatch(self.text, self.sentence.start, cand.start):
            return None
        comma = self.text.find(",", cand.end, self.end)
        if comma < 0:
            return None
        words = np_words()
        for m in self.table.mentions_in(comma, min(self.end, comma + 120)):
            if m.entity is None:
                continue
            gap = self.text[comma + 1 : m.start].replace("’s", " ").replace("'s", " ")
            if any(not (w[0].isupper() or w.lower() in words) for w in gap.split()):
                return None  # "..., officials said": the main clause has no named subject
            # only a person's name: "the secretary said", "officials said" are read backwards like the pronoun
            if m.kind != "name":
                return None
            if m.entity.type != PERSON:
                continue  # a state or body in the title: "EU foreign policy chief Federica Mogherini"
            gender = {"he": "male", "she": "female"}[self.text[cand.start : cand.end].lower()]
            return Party(m.entity, cand.start, cand.end) if m.entity.gender in (None, gender) else None
        return None

    def _pair(self, offset: int) -> list[Party]:
        """The last two names before `offset` in this sentence when they are coordinated ("X and <Y>")."""
        named = [m for m in self.table.mentions_in(max(self.start, offset - REACH), offset) if m.entity is not None]
        # a name inside the second one's title is no side: "Trump and China's President Xi ... they"
        while len(named) >= 3 and title_gap(self.text[named[-2].end : named[-1].start]):
            del named[-2]
        if len(named) < 2:
            return []
        a, b = named[-2:]
        joined = _AND.match(self.text, a.end, b.start)
        if joined is None or not title_gap(self.text[joined.end() : b.start]) or a.entity is b.entity:
            return []
        if a.entity.type not in PARTY_TYPES or b.entity.type not in PARTY_TYPES:
            return []
        return [Party(a.entity, a.start, a.end), Party(b.entity, b.start, b.end)]

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The table's mention of exactly [start, end), else the longest one overlapping it."""
        exact = [m for m in self.table.mentions_in(start, end) if m.start == start and m.end == end]
        return exact[0] if exact else self.table.mention_at(start, end)

    def inside_name(self, start: int, end: int) -> bool:
        """Does [start, end) lie inside a name, with words of the name on both sides ("Agreement on Tariffs")?"""
        m = self.table.mention_at(start, end)
        return m is not None and m.kind == NAME and m.start < start and end < m.end

    def other_person(self, pronoun: Party, others: list[Party]) -> Party | None:
        """The person a "he"/"she" stands for when the entity table took it for the other side of its own meeting
        ("Speaking after talks with President Alves, he said", the table's "he" being Alves): the latest person
        named before it (in this or the last sentence) who is none of `others` and whose gender fits."""
        word = self.text[pronoun.start : pronoun.end].lower()
        gender = {"he": "male", "she": "female"}.get(word)  # a subject (an object's "him" may be a third person)
        if gender is None:
            return None
        taken = {p.entity.id for p in others}
        start = self.previous.start if self.previous is not None else self.sentence.start
        for m in reversed(self.table.mentions_in(max(start, pronoun.start - 2 * REACH), pronoun.start)):
            e = m.entity
            if m.kind != "name" or e is None or e.type != PERSON or e.id in taken or _members(e) or unnamed(e):
                continue
            if e.guessed_person or e.gender not in (None, gender):
                continue
            return Party(e, pronoun.start, pronoun.end)
        return None

    def _group_size(self, cand: Candidate) -> int:
        first = self.text[cand.start : cand.end].lower().split()
        for word in first[:2]:
            if word in _NUMBER:
                return _NUMBER[word]
        return 2

    def recent_parties(
        self, offset: int, n: int, only: EntityType | None = None, shallow: bool = False
    ) -> list[Party]:
        """The parties a plural phrase at `offset` stands for: those of the meeting just read, else the
        n most recently mentioned distinct parties (this and the previous sentence), names that only
        modify a title ("Pakistan's National Security Adviser Sartaj Aziz") left out. `shallow`: names only
        (used while resolving a pronoun itself)."""
        if not shallow and self.recent_meeting and (len(self.recent_meeting) == n or n == 2):
            # unless this sentence names people of its own first: "Duterte, left, is shown the way by Abe
            # following their meeting" right after a meeting of Duterte's with China
            # ... but a meeting read in this sentence is the one meant: "Alfonsin met Camdessus, and Sourrouille
            # said the two men discussed ..."
            if any(p.start >= self.sentence.start for p in self.recent_meeting):
                return list(self.recent_meeting)
            here = self._named_before(offset, self.sentence.start, n, PERSON, shallow=True)
            return here if here else list(self.recent_meeting)
        start = max(self.previous.start if self.previous is not None else self.start, offset - 2 * REACH)
        named = self._named_before(offset, start, n, only, shallow)
        if n < 2 or self._named_together(named, offset, only):
            return named
        # "Kohl and Mitterrand arrived in Bavaria. Their talks ...": the parties last named together, not the last
        # two names ("Bavaria", "Mitterrand")
        lists = [run for run in self._lists_before(offset, start) if len(run) == n]
        lists = [run for run in lists if only is None or all(p.entity.type == only for p in run)]
        return lists[-1] if lists else []

    def _named_together(self, parties: list[Party], offset: int, kind: EntityType | None) -> bool:
        """Did the text name these parties together before `offset`, so that a plural phrase can stand for them:
        in one list ("Kohl and Mitterrand ... the two leaders"), or people in one sentence ("Deng told Shultz ... The
        two discussed")? The last names of two sentences are often a speaker and someone he quoted; but a phrase that
        says they are states ("the two countries") stands for the states named last."""
        wanted = {p.entity.id for p in parties}
        if len(wanted) < 2:
            return False
        if kind in (GPE, ORG):
            return True  # "the two countries", "the two companies": the states or bodies named last
        if any(wanted <= {p.entity.id for p in run} for run in self._lists_before(offset)):
            return True
        if len({p.entity.type == PERSON for p in parties}) > 1:
            return False  # a person and a state: a speaker and what he spoke of, as often as two sides
        if any(p.entity.type not in (PERSON, GPE) for p in parties):
            return False  # "officials at the Trade Representative's Office said ... the EEP": no two sides
        # people, or states, named in one sentence: "Japan asked the United States for talks. The two sides will meet"
        return len({self.doc.sentence_index(p.start) for p in parties}) == 1

    def _last_named(self, entities: list[EntityDraft], offset: int) -> list[Party]:
        """Where each entity was last named before `offset` (within a few sentences)."""
        last: dict[str, Party] = {}
        for m in self.table.mentions_in(max(0, offset - 3 * REACH), offset):
            if m.entity is not None and m.entity in entities:
                last[m.entity.id] = Party(m.entity, m.start, m.end)
        return list(last.values())

    def _named_before(self, offset: int, start: int, n: int, only: EntityType | None, shallow: bool) -> list[Party]:
        """The n parties named last in [start, offset), or none if there are fewer."""
        mentions = [m for m in self.table.mentions_in(start, offset) if m.entity is not None]
        found: list[tuple[int, Party]] = []
        for i, m in enumerate(mentions):
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and nxt.entity.type == PERSON and title_gap(self.text[m.end : nxt.start]):
                continue
            if _TOLD_BEFORE.search(self.text, max(0, m.start - 8), m.start):
                continue  # "He told Reuters the two companies ...": whom the speaker told is no side
            noun = _NOUN_AFTER.match(self.text, m.end)
            after_the = _THE_BEFORE.search(self.text, max(0, m.start - 5), m.start) is not None
            if after_the and noun is not None and noun.group().strip() not in PREPOSITIONS:
                # "the Louvre accord", "the Baker plan": a name modifying a noun is nobody here ("the United States
                # for talks" is somebody)
                continue
            found.append((m.start, Party(m.entity, m.start, m.end)))
        # a pronoun of this sentence may name a party the table only knows through resolution ("he")
        for c in self.before(offset, start):
            if not shallow and c.kind == "pronoun" and c.end <= offset and self.text[c.start : c.end].lower() in (
                "he",
                "she",
            ):
                found.extend((c.start, p) for p in self.resolve(c))
        seen: list[Party] = []
        for _, party in sorted(found, key=lambda x: -x[0]):
            e = party.entity
            if e.type not in PARTY_TYPES or _members(e) or any(p.entity is e for p in seen) or unnamed(e):
                continue  # "Officials said the two sides": no named party
            if only is not None and e.type != only:
                continue
            seen.append(party)
            if len(seen) == n:
                return seen
        return []

    def _lists_before(self, offset: int, start: int | None = None) -> list[list[Party]]:
        """The lists of parties named together before `offset` (from `start`, else a few sentences back), in text
        order: names joined by "and" or a hyphen, maybe after commas ("Obama, Park and Abe", "Chancellor Helmut
        Kohl and President Francois Mitterrand", "Trump-Putin"); a name that only modifies the next one's title
        ("Russian President Vladimir Putin") is no item."""
        if start is None:
            start = max(0, offset - 3 * REACH)
        mentions = [
            m for m in self.table.mentions_in(start, offset)
            if m.entity is not None and m.entity.type in PARTY_TYPES and not _members(m.entity)
        ]
        items = [
            m for m, nxt in zip(mentions, [*mentions[1:], None], strict=False)
            if nxt is None or nxt.entity.type != PERSON or not title_gap(self.text[m.end : nxt.start])
        ]
        lists: list[list[Party]] = []
        run: list[Party] = []
        closed = False  # whether the run's last link is "and" (a list of names with commas only is no list)
        for prev, m in zip([None, *items[:-1]], items, strict=False):
            join = _LIST_JOIN.match(self.text, prev.end, m.start) if prev is not None else None
            if join is not None and title_gap(self.text[join.end() : m.start]) and prev.entity is not m.entity:
                run = run or [Party(prev.entity, prev.start, prev.end)]
                run.append(Party(m.entity, m.start, m.end))
                closed = not join.group().strip().startswith(",") or "and" in join.group().lower()
                continue
            if len(run) >= 2 and closed:
                lists.append(run)
            run, closed = [], False
        if len(run) >= 2 and closed:
            lists.append(run)
        return lists

    def clause_end(self, pos: int) -> int:
        limit = min(self.end, pos + REACH)
        m = _CLAUSE_END.search(self.text, pos, limit)
        end = m.start() if m else limit
        for sub in _SUBORDINATE.finditer(self.text, pos, end):
            if sub.end() not in self.date_spans:
                end = sub.start()
                break
        # "which"/"that" right at `pos` opens a clause on the meeting itself ("talks which ended yesterday"); a
        # later one is about something else ("talks with Brazil increased the likelihood that banks would soon")
        later = _WHICH_THAT.search(self.text, self.skip_space(pos), end)
        return later.start() if later else end

    # --- positions -------------------------------------------------------------------------------
    def before(self, offset: int, lower: int) -> list[Candidate]:
        """Candidates inside [lower, offset), never looking further back than REACH characters."""
        lower = max(lower, offset - REACH)
        first = bisect.bisect_left(self._starts, lower)
        last = bisect.bisect_left(self._starts, offset)
        return [c for c in self.candidates[first:last] if c.end <= offset]

    def starting_at(self, offset: int) -> Candidate | None:
        return self._at.get(offset)

    def after(self, offset: int) -> list[Candidate]:
        """Candidates starting after `offset`, within REACH."""
        first = bisect.bisect_right(self._starts, offset)
        last = bisect.bisect_right(self._starts, offset + REACH)
        return self.candidates[first:last]

    def word_before(self, cand: Candidate, lower: int) -> str:
        """The word before the phrase that ends in `cand`, lower-cased ("" at the clause start or after
        punctuation). Title words and capitalised words before the name belong to its phrase ("with South
        Korean President Park" -> "with"), and so does "of" inside a title ("Secretary of State John Kerry"), and
        common nouns between a capitalised word and a title ("Mexican central bank head Miguel Mancera")."""
        words = np_words()
        after_capital = True
        tokens = list(_WORD.finditer(self.text, max(lower, cand.start - 200), cand.start))
        i = len(tokens)
        while i > 0:
            i -= 1
            token = tokens[i].group()
            low = token.lower()
            if low in ("of", "for", "to") and after_capital and self._capital_before(tokens[i].start(), lower):
                continue  # inside a title: "Secretary of State John Kerry", "Ambassador to Athens"
            if low in PREPOSITIONS:
                return low
            if token[0].isupper() or (low in words and words[low] != "det") or low in _DETERMINERS:
                if low != "the" or not after_capital:
                    # "the" keeps the capital after it: "Chancellor of the Exchequer Nigel Lawson"
                    after_capital = token[0].isupper()
                continue  # a title word, a name or an abbreviation's full stop ("U.S. President")
            if token in "()" and after_capital:
                continue  # an acronym in brackets inside the phrase: "the Fund's (IMF) Interim Committee"
            if (opening := self._title_nouns(tokens, i)) >= 0:
                i = opening  # "central bank" in "Mexican central bank head"
                continue
            return "" if not token[0].isalnum() else low
        return ""

    def _title_nouns(self, tokens: list[regex.Match[str]], i: int) -> int:
        """The index of the first of at most three lower-case words ending at tokens[i] that a capitalised word opens
        and a title word closes ("Mexican central bank head", "Tokyo stock exchange president"), or -1; the run has
        no verb, preposition or other function word."""
        nxt = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
        if np_words().get(nxt) != "role":
            return -1
        for j in range(i, max(-1, i - 4), -1):
            token = tokens[j].group()
            if token[0].isupper():
                return j + 1 if j < i else -1
            if not token.islower():
                return -1  # a comma, a number: no title's noun
            if token in PREPOSITIONS or token in _DETERMINERS or token in _NOT_TITLE_NOUNS:
                return -1
            if token.endswith(("ed", "ing")):
                return -1  # a verb's form: "Mexico asked bank head X"
        return -1

    def preceded_by_preposition(self, cand: Candidate, lower: int) -> bool:
        """Is the phrase ending in `cand` the object of a preposition ("in Geneva")?"""
        return self.word_before(cand, lower) in PREPOSITIONS

    def skip_space(self, pos: int) -> int:
        while pos < self.end and self.text[pos].isspace():
            pos += 1
        return pos

    def had_role_or_group(self, start: int, end: int) -> bool:
        """Does text[start:end] hold a title or group word ("a delegation from Japan", "U.S. officials")?"""
        words = np_words()
        return any(words.get(w.lower()) in ("role", "group") for w in _WORD.findall(self.text, start, end))

    def _capital_before(self, offset: int, lower: int) -> bool:
        """Is the word before `offset` capitalised or a title ("Secretary of State", "the head of the Bundesbank")?"""
        words = _WORD.findall(self.text, max(lower, offset - 40), offset)
        return bool(words) and (words[-1][0].isupper() or np_words().get(words[-1].lower()) == "role")

    had_role = False  # whether the last noun_phrase() held a title word ("the crown prince of ...")

    def _determiner(self, cand: Candidate) -> bool:
        word = self.text[cand.start : cand.end].lower()
        if word not in ("his", "her", "their", "its"):
            return False
        nxt = _WORD.match(self.text, cand.end + 1, self.end) if cand.end < self.end else None
        if nxt is None or not self.text[cand.end : nxt.start()].isspace():
            return False
        return word != "her" or nxt.group()[0].isupper() or nxt.group().lower() in np_words()

    def _title_ahead(self, pos: int, limit: int, depth: int = 0) -> bool:
        """Does a title follow at `pos`, maybe after one more participle: a capitalised word or a title word?"""
        m = _WORD.match(self.text, self.skip_space(pos), limit)
        if m is None:
            return False
        word = m.group()
        if word[0].isupper() or np_words().get(word) in ("mod", "role"):
            return True
        return depth == 0 and _PARTICIPLE.fullmatch(word) is not None and self._title_ahead(m.end(), limit, 1)

    def _group_word_at(self, pos: int, limit: int) -> bool:
        """Does a lower-case group word follow at `pos` ("editors", "officials")?"""
        m = _WORD.match(self.text, self.skip_space(pos), limit)
        return m is not None and m.group().islower() and np_words().get(m.group()) == "group"

    def _title_word_at(self, pos: int, limit: int) -> bool:
        """Does a lower-case title word (a modifier or a role) follow at `pos`?"""
        m = _WORD.match(self.text, self.skip_space(pos), limit)
        return m is not None and m.group().islower() and np_words().get(m.group()) in ("mod", "role")

    def _described_name(self, cands: list[Candidate], pos: int, limit: int) -> int | None:
        """Where a company's or a person's name starts after a state and a few common nouns that say what it is
        ("U.S. regional carrier Air Atlanta", "Canadian broker Wood Gundy"), else None: the state only
        describes the one named."""
        if not cands:
            return None
        gap = self.text[cands[-1].end : pos]
        if not gap.isspace() and not (gap[-1:].isspace() and HYPHEN_PARTICIPLE.fullmatch(gap.rstrip())):
            return None  # only a space, or a participle ("U.S.-backed rebel leader Adolfo Calero")
        states = self.resolve(cands[-1])
        if not states or any(p.entity.type != GPE for p in states):
            return None
        at = pos
        for _ in range(3):
            m = _DESCRIPTOR.match(self.text, at, limit)
            word = m.group(1) if m is not None else ""
            if not word or word in PREPOSITIONS or word in _NOT_DESCRIPTORS or word.endswith("ing"):
                return None
            at = m.end()
            named = self.starting_at(at)
            if named is not None and named.kind == "mention":
                parties = self.resolve(named)
                # a one-word name read as a person for want of a better reading is no name to describe ("Russian
                # gas giant Gazprom" made a person): the description may be all the text says of whom
                named_ok = all(p.entity.type == ORG or (p.entity.type == PERSON and not p.entity.guessed_person)
                               for p in parties)
                return at if parties and named_ok else None
        return None

    # --- noun phrases ----------------------------------------------------------------------------
    def noun_phrase(self, pos: int) -> tuple[int, list[Candidate], str]:
        """The noun phrase starting at `pos`: (end, its candidates, kind of its last lower-case word).

        The phrase runs over candidates, capitalised words, title and group words ("the visiting Polish
        leader Wojciech Jaruzelski", "officials of the Japanese Ministry ... (MITI)") and stops at other
        words or punctuation.
        """
        words = np_words()
        text, limit = self.text, min(self.end, pos + REACH)
        self.had_role = False
        possessive = False
        cands: list[Candidate] = []
        end, last_kind = pos, ""
        last_word = ""  # the last lower-case word read, when it came right before this one
        i = pos
        while i < limit:
            while i < limit and text[i].isspace():
                i += 1
            cand = self.starting_at(i)
            if cand is not None and cand.kind == "pronoun" and self._determiner(cand):
                end = i = cand.end  # "his counterpart": a possessive is a determiner here, not a party
                continue
            if cand is not None and cand.kind == "pronoun" and end > pos:
                break  # "following discussions with commercial banks it is confident": the next clause's subject
            if cand is not None:
                cands.append(cand)
                end = i = cand.end
                last_kind, last_word = "", ""
                possessive = False
                self.had_role = self.had_role or cand.kind == "description"
                continue
            if text.startswith(("'s", "’s", '"s'), i) and not text[i + 2 : i + 3].isalpha():
                # possessive: "Japan's Prime Minister Shinzo Abe" (wire copy may write the apostrophe as '"')
                end = i = i + 2
                possessive = True
                continue
            if text.startswith(("'", "’"), i) and text[i - 1 : i] == "s" and text[i + 1 : i + 2].isspace():
                end = i = i + 1  # a plural's possessive: "the Philippines' commercial creditors"
                possessive = True
                continue
            if cands and cands[-1].end == i and (hyphen := HYPHEN_PARTICIPLE.match(text, i, limit)) is not None:
                end = i = hyphen.end()  # "the Democrat-controlled Congress": the name modifies the head after it
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
            if _TIME_PREFIX.match(word):  # "then-Vice President Joe Biden", "ex-Prime Minister"
                word = word.split("-", 1)[1]
                low = word.lower()
            if low == "and" and words.get(last_word) == "mod" and self._title_word_at(m.end(), limit):
                pass  # two portfolios of one title: "energy and mines minister Arturo Hernandez"
            elif low == "and" and words.get(last_word) == "group" and not cands and self._group_word_at(m.end(), limit):
                # one group of two kinds of people: "reporters and editors from The New York Times" (but "Reagan
                # Administration officials and members of Congress" are two groups, each with its own side)
                pass
            elif word == "." and _ABBREVIATED.search(text, pos, i) and not (cands and cands[-1].end == i):
                pass  # "Sen. Chuck Grassley", "Gen. Salim Idris" (but a full stop after a name: "... and Shinzo Abe.")
            elif word[0].isupper() and low not in PREPOSITIONS:
                last_kind = ""
            elif low in words:
                last_kind = words[low] if words[low] in ("role", "group") else last_kind
                self.had_role = self.had_role or words[low] == "role"
            elif _PARTICIPLE.fullmatch(low) and self._title_ahead(m.end(), limit):
                pass  # "newly elected President Emmanuel Macron", "the recently appointed ambassador"
            elif _ADJECTIVE.fullmatch(word) and self._title_word_at(m.end(), limit):
                pass  # an adjective of the title's: "presidential candidate Donald Trump"
            elif (named := self._described_name(cands, i, limit)) is not None:
                i = named  # "U.S. regional carrier Air Atlanta", "Canadian broker Wood Gundy": the company's phrase
                continue
            elif not (word.isdigit() or low in _COUNTS):  # "14 Indonesian cabinet ministers"
                break
            possessive = False
            last_word = low
            end = i = m.end()
        if possessive:
            return pos, [], ""  # "Japan's decision": the name only modifies a common noun
        # a phrase never ends on a function word ("with the"): trim back to its last content
        while end > pos and (m := _TRAILING_FUNCTION_WORD.search(text, pos, end)):
            end = m.start()
        return end, [c for c in cands if c.end <= end], last_kind
