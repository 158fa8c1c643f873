"""Coreference for resolve(): pronouns, definite descriptions, anonymous sources and groups.

Antecedents are scored, not searched in a fixed order: agreement (gender, number, type) filters, then recency
(sentences back), salience (how often the entity is mentioned, whether it was a subject or already a speaker)
and fit (a description's noun in the entity's roles or organisation name, its place in the affiliation).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from extractor.ascii_twin import AsciiTwin
from extractor.entities import lexicon
from extractor.entities.model import (
    ANONYMOUS,
    DESCRIPTION,
    GPE,
    NAME,
    ORG,
    OTHER,
    PERSON,
    PRONOUN,
    EntityDraft,
    Mention,
)
from extractor.entities.nominal import DEFINITE, INDEFINITE, POSSESSIVE_PRONOUNS, NounPhrase
from schemas import EntityType

if TYPE_CHECKING:
    from extractor.entities.table import EntityTable

# How far back an antecedent may lie, in sentences.
_PRONOUN_WINDOW = 6
_DESCRIPTION_WINDOW = 40
# Hard caps on the search, whatever the sentence splitter made of the text.
_MAX_CHARS_BACK = 400
_MAX_MENTIONS = 80
# Description nouns that fit any person of the right gender when no role says so ("the official").
_GENERIC = frozenset(
    (
        "official",
        "officials",
        "man",
        "woman",
        "leader",
        "politician",
        "candidate",
        "nominee",
        "billionaire",
        "businessman",
        "mogul",
        "front-runner",
        "frontrunner",
        "hopeful",
        "lawmaker",
        "democrat",  # 'the Illinois Democrat', 'the Utah Republican': the lawmaker just named (see _PARTY_MEMBERS)
        "republican",
        "source",
        "deputy",
        "executive",
        "host",
        "speaker",
        "person",
    )
)
# nouns for a party's member, which stand for someone the text names, never an unnamed spokesman
_PARTY_MEMBERS = frozenset(("democrat", "republican"))
# Prepositions that link a description to its owner ("spokesman for Reagan") or sit inside a title ("Minister for
# Aviation").
_TITLE_LINKS = frozenset(("of", "for", "at", "from", "with", "in", "to", "by"))
# Irregular plurals of description nouns ("the two men" are two of anyone, like "the man").
_SINGULAR = {"men": "man", "women": "woman"}
_SPEECH_AFTER = AsciiTwin(
    regex.compile(
        r"[\s,]*(?:\p{Ll}+ly\s+)?(?:said|says|told|added|asked|wrote|argued|insisted|noted|warned|stressed|explained|"
        r"continued|replied|responded|declared|announced|tweeted|claimed|stated)\b"
    )
)
# Words after which a name is an object, not a subject ("calling Bush", "with Floyd").
_NOT_BEFORE_SUBJECT = frozenset(
    [
        "in",
        "to",
        "with",
        "by",
        "for",
        "of",
        "from",
        "at",
        "on",
        "against",
        "about",
        "over",
        "under",
        "into",
        "onto",
        "through",
        "between",
        "among",
        "toward",
        "towards",
        "around",
        "near",
        "without",
        "within",
        "behind",
        "beyond",
        "upon",
        "via",
        "despite",
        "after",
        "before",
        "than",
        "like",
        "as",
        "and",
        "or",
        "called",
        "calling",
        "attacked",
        "told",
        "asked",
        "thanked",
        "met",
        "praised",
        "criticized",
        "criticised",
        "blamed",
        "endorsed",
        "defeated",
        "beat",
        "accused",
        "urged",
        "said",
        "says",
        "the",
        "a",
        "an",
    ]
)
# A lower-case noun right after a name makes the name a modifier ("Trump campaign", "Obama administration").
_NOUN_AFTER = regex.compile(
    r"(?:'s|’s)?\s+(?:campaign|administration|aides?|spokes\w+|camp|team|supporters|"
    r"allies|officials|release|statement|foundation|family|government|plan|policy|policies)\b"
)
_SUBJECT_REACH = 250
# A speech verb and what may stand between it and the subject of the clause it reports ('said yesterday that')
_REPORTED_SUBJECT = regex.compile(
    r"\s+(?:\p{Ll}+ly\s+)?(?:said|says|told\s+\p{Ll}+|reported|announced|added|stated|declared)"
    r"(?:\s+(?:on\s+)?(?:yesterday|today|\p{Lu}\p{Ll}+day))?(?:\s+that)?\s+(?:the\s+)?"
)
_CLAUSE_BREAK = regex.compile(r"[;:]|,\s*(?:but|and|while|although|whereas|because)\b|\s(?:but|while|whereas)\s")
_SPEAKS_SOON_AFTER = regex.compile(
    r"(?:\s+(?:here|there|also|today|yesterday|late|earlier|on|\p{Lu}\p{Ll}+day|\p{Ll}+ly)){0,2}\s+"
    r"(?:said|says|told|added|reported|announced|stated)\b"
)
_OPENS_SENTENCE = regex.compile(r"\s*(?:[\"'“‘(]\s*)?(?:The\s+)?")
# A finite verb right after a name: the name is its clause's subject ('South Korea unveiled', 'The bank has')
_VERB_RIGHT_AFTER = regex.compile(
    r"\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|"
    r"did|does|said|says|told|made|took|gave|sent|won|lost|sold|bought|began|set|cut|put|held|left|met|paid|rose|"
    r"fell|saw|became|kept)\b"
)
_SUFFIX_GAP = regex.compile(r"\s*(?:\([^()]{1,30}\)\s*)?")  # a name's parenthesis before its legal suffix
_NAME_FOLLOWS = regex.compile(r",?\s{1,2}")
_APPOSITIVE_CLOSES = regex.compile(r"\s*(?:,(?!\s*(?:and|or)\b)|\)|(?:said|says|told|reported)\b)")
# Salience weights (a sentence of distance costs 1.0), set on PolNeAR train.
_SUBJECT_WEIGHT = 0.8
_FREQUENCY_WEIGHT = 0.05
_PRONOUN_WEIGHT = 0.3  # already referred to by a pronoun: the topic
_RESOLVED_SPEAKER_WEIGHT = 0.6  # asked about by resolve(): a speaker or participant
_ATTRIBUTION_BEFORE = regex.compile(r",\s+(?:the\s+)?\Z")
_TRAILING_ATTRIBUTION = regex.compile(r",\s+(?:the|a|an)\s+[^,.;]{1,40}?\s+(?:said|says|reported|announced)\b")
_PREPOSITION_BEFORE = regex.compile(r"\b(?:by|of|with|from|to|in|for|at|on|and)\s+(?:the\s+)?<?\Z")
_BRACKETED = regex.compile(r"\s*\([^()]{1,12}\)")


def _speaks(text: str, end: int) -> bool:
    """A speech verb right after a mention ending at `end`, or after its bracketed short form ("Economist
    Intelligence Unit (EIU) said")."""
    if (b := _BRACKETED.match(text, end, end + 16)) is not None:
        end = b.end()
    return _SPEECH_AFTER.match(text, end, end + 40) is not None


_SPEAKING_PLACE = -0.6  # a country's fit for a pronoun that speaks, below an organisation's (0.2)
_LEAD_WEIGHT = 1.0  # the company the article opens on, for "it" and "the company"
_QUOTED_PENALTY = 3.0  # a name inside someone's quoted words is rarely who a narrative pronoun means
_NOT_NOUNS = frozenset(("too", "also", "alone", "himself", "herself", "itself", "themselves", "again", "then", "now"))
_LOWER_WORD_AFTER = regex.compile(r"(?:['’]s)?\s+(\p{Ll}[\p{Ll}-]+)\s*$")
_FIRST_PERSON = frozenset(("i", "me", "my"))
_FEMALE_NOUNS = frozenset(
    (
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "woman",
        "queen",
        "princess",
        "businesswoman",
    )
)
# a person guessed from one capitalised word is a poor antecedent: as if named a sentence further back
_GUESSED_PERSON = -1.0
# a member named by the body or the title he holds there: 'the senator' is 'Senate Republican leader Robert Dole'
_ROLE_SEATS = {
    "senator": {"senate", "sen"},
    "congressman": {"house", "rep", "representative", "congress"},
    "congresswoman": {"house", "rep", "representative", "congress"},
    "lawmaker": {"senate", "sen", "house", "rep", "representative", "congress", "parliament", "mp"},
    "governor": {"gov"},
    # and the nouns that name a title by another word: 'the pontiff' is Pope Francis, 'the monarch' King Abdullah
    "pontiff": {"pope"},
    "monarch": {"king", "queen", "emir", "sultan"},
    "premier": {"prime"},
    # 'the FBI chief' is its director, 'the agency head' its chairman
    "chief": {"director", "chairman", "chairwoman", "commissioner", "head"},
    "head": {"director", "chairman", "chairwoman", "commissioner", "chief"},
}
_MALE_NOUNS = frozenset(
    (
        "spokesman",
        "chairman",
        "congressman",
        "man",
        "king",
        "prince",
        "businessman",
    )
)


def resolve_phrase(table: EntityTable, np: NounPhrase) -> Mention | None:
    text = table.text
    words = np.words
    first = words[0][2].lower()
    pron = lexicon.pronouns().get(first)
    if len(words) == 1 and pron is not None:
        if first in _FIRST_PERSON and not table.in_quote(words[0][0]):
            return None  # the writer speaking: no entity in the text
        ent = resolve_pronoun(table, words[0][0], first)
        return Mention(words[0][0], words[0][1], words[0][2], PRONOUN, ent) if ent else None

    head = _name_head(table, np) or _name_closing_a_title(table, np) or _company_cut_at_its_comma(table, np)
    if head is not None:
        return head
    # a description whose appositive names the entity: "A spokesman for Yeutter, Gary Holmes,", "the national news
    # agency, Yonhap,"
    if np.head_end < np.end:
        names = [m for m in table.mentions_in(np.head_end, np.end) if m.kind == NAME and m.entity is not None]
        typ = lexicon.nominals()[np.noun].type if np.noun else "PERSON"
        # (a body's name the text gives nothing else to type by is read as a person's: 'Yonhap')
        named = [
            m for m in names
            if m.entity.type.value == typ or (typ == "ORG" and m.entity.guessed_person)  # type: ignore[union-attr]
        ]
        if named and typ in ("PERSON", "ORG"):
            return named[0]
    if not np.noun:
        return _unknown_description(table, np)
    return _resolve_description(table, np, text)


def _unknown_description(table: EntityTable, np: NounPhrase) -> Mention | None:
    """ "An Egyptian textbook", "the gambling tycoon": a described source the lexicon has no noun for is an entity of
    its own, named by the phrase; bare words without an article are not read as a source."""
    words = np.words
    if not np.determiner or len(words) < 2 or not words[-1][2].islower() or np.determiner in POSSESSIVE_PRONOUNS:
        return None
    kind = DESCRIPTION if np.determiner in DEFINITE else ANONYMOUS
    head = words[-1][2].lower()
    if len(words) >= 3 and head.endswith("ed") and not _participle_after_group(words):
        return None  # "the plan failed": a clause, its verb read as a head noun ("the accused" has no noun before)
    if kind == DESCRIPTION and np.possessor is None:
        # "the exchange" after "the Tokyo Grain Exchange", "the institute" after "the State Statistics Institute": an
        # organisation named with the head noun, though the lexicon has no entry for it
        named = _best(table, np.start, _DESCRIPTION_WINDOW, lambda e: _named_with(e, head))
        if named is not None:
            return Mention(np.head_start, np.head_end, table.text[np.head_start : np.head_end], kind, named)
    start = words[1][0] if np.possessor is None else words[0][0]
    name = table.text[start : words[-1][1]]
    ent = next((e for e in table.entities if e.name == name and e.type is OTHER), None)
    if ent is None:
        ent = table.new_entity(name, OTHER)
    return Mention(np.head_start, np.head_end, table.text[np.head_start : np.head_end], kind, ent)


# Participles that close a phrase naming a group of people ("a majority of those polled", "pct of the banks involved")
_GROUP_PARTICIPLES = frozenset(("polled", "surveyed", "questioned", "interviewed", "involved", "asked", "contacted"))


def _participle_after_group(words: list[tuple[int, int, str]]) -> bool:
    """Whether the phrase's last word is a participle that describes what comes before it ("those polled", "harshly
    worded"), not the verb of a clause ("the plan failed")."""
    before = words[-2][2].lower()
    return words[-1][2].lower() in _GROUP_PARTICIPLES or before in ("those", "people") or before.endswith("ly")


def _named_with(ent: EntityDraft, head: str) -> float | None:
    """An organisation whose name holds the description's head noun fits it."""
    return 2.0 if ent.type is ORG and head in {w.lower() for w in ent.name.split()} else None


def _name_closing_a_title(table: EntityTable, np: NounPhrase) -> Mention | None:
    """A personal name that closes a person's title whose 'of' names a body: 'chairman of both companies Li Ka-shing',
    'chairman of the joint committee Jack Patterson' (the title's 'of' keeps `_name_head` from reading past it). Not
    a name that is the object itself ('aide to Secretary Richard Lyng', 'spokesman for brokers James Capel', 'wife
    of a man called Muhammad Shaker')."""
    i = np.noun_index
    words = np.words
    if not np.noun or i != (1 if np.determiner else 0) or i + 3 >= len(words) or words[i + 1][2] != "of":
        return None
    nom = lexicon.nominals()[np.noun]
    if nom.type != "PERSON" or nom.plural:
        return None
    last = next((m for m in reversed(table.mentions_in(np.start, np.end)) if m.end == np.end), None)
    if last is None or last.kind != NAME or last.entity is None or last.entity.type is not PERSON:
        return None
    if " " not in last.text or last.entity.guessed_person:
        return None  # ('manager of the state-run oil company Ecopetrol': a lone word there names the body)
    before = [w for s, _e, w in words if s < last.start]
    body = before[-1] if len(before) > i + 2 else ""
    body_nom = lexicon.nominal_of(body)
    return last if body.islower() and body_nom is not None and body_nom.type == "ORG" else None


def _company_cut_at_its_comma(table: EntityTable, np: NounPhrase) -> Mention | None:
    """The company whose name the phrase ends inside, where the phrase reader stopped at the name's comma: 'lead
    manager Goldman' of 'said lead manager Goldman, Sachs and Co' (the first name after the noun decides)."""
    if np.noun_index < 0:
        return None
    for start, _end, _w in np.words[np.noun_index + 1 :]:
        m = table.mention_at(start, start + 1)
        if m is not None and m.start == start:
            cut = m.kind == NAME and m.end > np.end and m.entity is not None and m.entity.type is ORG
            return m if cut else None
    return None


def _name_head(table: EntityTable, np: NounPhrase) -> Mention | None:
    """A name (or capitalised title) that is the head of the phrase, not a modifier of its noun."""
    limit = np.head_end
    inside = [m for m in table.mentions_in(np.head_start, np.head_end) if m.entity is not None]
    for i, (_s, _e, w) in enumerate(np.words[1:], 1):
        if w.lower() in _TITLE_LINKS and not _inside_title(np, i) and not _inside_name(inside, _s):
            limit = _s
            break
    inside = [m for m in inside if m.start < limit]
    if np.possessor is not None:
        # what the possessor owns, or a name the possessive opens ("the Seafarers' International Union")
        ps, pe = np.possessor
        inside = [m for m in inside if m.start >= pe or (m.start <= ps and m.end > pe and m.kind == NAME)]
    if not inside:
        return None
    # the head of an English noun phrase comes last: "Republican pollster Daron Shaw"; nested mentions
    # ("Russian" in "Russian Foreign Ministry") are parts of the longer one
    outer = [m for m in inside if not any(o is not m and o.start <= m.start and m.end <= o.end for o in inside)]
    best = max(outer, key=lambda m: (m.start, m.end - m.start))
    if best.entity is not None and " " not in best.text and (best.entity.guessed_person or _legal_suffix(best.text)):
        # "Arab Malaysian Merchant Bank Bhd", "Yamaichi International (Europe) Ltd": a lone word right after a name
        # (and its parenthesis) is the name's legal suffix, read as a name of its own, not the phrase's head
        named = [m for m in outer if m.kind == NAME and m.end < best.start and _SUFFIX_GAP.fullmatch(
            table.text, m.end, best.start) is not None and (m.entity is None or m.entity.type is not GPE)]
        best = named[0] if named else best
    if best.kind == NAME and best.text.split(" ", 1)[0] in _TITLE_LINKS:
        return None  # a name read with the preposition of a title ("for Antitrust Charles Rule") is no head
    if np.noun_index >= 0:
        noun_start = np.words[np.noun_index][0]
        if best.end <= noun_start and best.kind == NAME:
            return None  # "Obama administration official": the name modifies the noun
    if (
        # 'an Iowa Democrat', and 'the Illinois Democrat' after a lawmaker is named: a person, not the party ('the
        # Democrats' with no word between is the party)
        (
            np.determiner in INDEFINITE
            or (np.determiner in DEFINITE and len(np.words) >= 3 and best.text.lower() == np.noun)
        )
        and best.kind == NAME
        and best.entity is not None
        and best.entity.type is not PERSON
        and np.noun
        and lexicon.nominals()[np.noun].type == "PERSON"
    ):
        return None  # "an Iowa Democrat" is a person, not the party
    after = _LOWER_WORD_AFTER.match(table.text, best.end, np.head_end)
    if best.kind == NAME and after is not None and _is_noun(after.group(1)):
        return None  # "An Egyptian textbook", "the RNC member": a name before a common noun modifies it
    return best


def _inside_name(mentions: list[Mention], at: int) -> bool:
    """Whether offset `at` falls inside a name: the 'of' of 'Bank of Japan governor Satoshi Sumita' links no title
    to an owner ('spokesman for Reagan')."""
    return any(m.kind == NAME and m.start < at < m.end for m in mentions)


def _legal_suffix(word: str) -> bool:
    """'Ltd', 'Inc.', 'AG': a word that closes a company's name."""
    return lexicon.org_heads().get(word.rstrip(".").lower()) == "company" and word[:1].isupper() and len(word) <= 4


# Lower-case words inside a capitalised title's fields
_TITLE_JOINS = frozenset(("and", "&", "of", "for", "the"))


def _inside_title(np: NounPhrase, i: int) -> bool:
    """Is the preposition at word `i` part of a capitalised title before a name ("Minister for Aviation Michael
    Spicer", "Secretary of State John Kerry"), not the link to an owner ("spokesman for Reagan", "Spokesman for
    Foreign Minister X", where a second title follows)? A capitalised title word before it, capitalised words after
    it, none of them a title's head, and a name after those."""
    words = np.words
    if not _title_before(words, i):
        return False
    between = 0
    for _s, _e, w in words[i + 1 :]:
        if w in _TITLE_JOINS:
            continue  # "Minister of State for Finance and Industry Damas Mbogoro": one title of several fields
        if not w[:1].isupper():
            return False
        if "head" in lexicon.role_words().get(w.lower(), ()):
            return False
        between += 1
    return between >= 3  # at least one title word and a name of two words


def _title_before(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a capitalised title's head word stands right before word `i`, or opens the capitalised fields before it
    ("Minister of State | for Finance")."""
    for k in range(i - 1, -1, -1):
        w = words[k][2]
        if w[:1].isupper() and "head" in lexicon.role_words().get(w.lower(), ()):
            return True
        if k == i - 1 and not w[:1].isupper():
            return False
        if (not w[:1].isupper() and w not in _TITLE_JOINS) or lexicon.is_first_name(w.lower()):
            return False  # "Analyst Edward Johnson | of Johnson Redbook": a name ends the title before the link
    return False


def _is_noun(word: str) -> bool:
    """A lower-case word after a name that can head the phrase (not "himself", "too", "alone", "quickly")."""
    return word not in lexicon.pronouns() and not word.endswith("ly") and word not in _NOT_NOUNS


def _places_in(table: EntityTable, np: NounPhrase) -> list[EntityDraft]:
    out = []
    for m in table.mentions_in(np.start, np.end):
        if m.kind == NAME and m.entity is not None and m.entity.type in (GPE, ORG):
            out.append(m.entity)
    if np.possessor is not None:
        poss = table.mention_at(*np.possessor)
        if poss is not None and poss.entity is not None:
            out.append(poss.entity)
    return out


def _noun_gender(noun: str) -> str | None:
    if noun in _FEMALE_NOUNS:
        return "female"
    if noun in _MALE_NOUNS:
        return "male"
    return None


def _named_right_after(table: EntityTable, np: NounPhrase, typ: EntityType = PERSON) -> EntityDraft | None:
    """The person a title introduces: "the visiting Polish leader Wojciech Jaruzelski", "the spokesman, Gary Holmes";
    the body a description introduces, where the name closes the appositive: "the central bank, Bank Negara, said",
    "the official news agency Tass said" (not the list of 'the bank, Citicorp and Chase')."""
    m = _NAME_FOLLOWS.match(table.text, np.end, np.end + 4)
    if m is None:
        return None
    nxt = table.mention_at(m.end(), m.end() + 1)
    if nxt is None or nxt.kind != NAME or nxt.start != m.end() or nxt.entity is None or nxt.entity.type is not typ:
        return None
    return nxt.entity if typ is PERSON or _APPOSITIVE_CLOSES.match(table.text, nxt.end) else None


def _resolve_description(table: EntityTable, np: NounPhrase, text: str) -> Mention | None:
    nom = lexicon.nominals()[np.noun]
    span = (np.head_start, np.head_end)
    mention_text = text[span[0] : span[1]]
    if nom.type == "PERSON" and not nom.plural and (named := _named_right_after(table, np)) is not None:
        first = 1 if np.determiner and len(np.words) > 1 else 0
        named.add_role(text[np.words[first][0] : np.words[-1][1]])
        return Mention(span[0], span[1], mention_text, DESCRIPTION, named)
    det = np.determiner
    if det in POSSESSIVE_PRONOUNS:
        owner = resolve_pronoun(table, np.words[0][0], det)
        return _anonymous(table, np, nom, owner)
    if nom.type == "ORG" and det in DEFINITE and (
        named := _named_right_after(table, np, ORG) or _organisation_named_before(table, np) or _said_before(table, np)
    ):
        return Mention(span[0], span[1], mention_text, DESCRIPTION, named)
    if np.noun in _COLLECTIVE_NOUNS and det in DEFINITE and _named_for_people(table, np):
        return _anonymous(table, np, nom, None)  # 'the Hunt group' is its own, not the company it bought into
    anchors = _places_in(table, np)
    if (
        nom.match == "self"
        or det in INDEFINITE
        or (det == "" and np.possessor is None and (nom.plural or len(np.words) > 1))
    ):
        if (
            not anchors
            and nom.type == "PERSON"
            and not nom.plural  # 'party leaders' may be any of the party's, 'a company spokesman' speaks for it
            and (owner := _owner_by_modifier(table, np)) is not None
        ):
            return _anonymous(table, np, nom, owner, named_for=True)
        return _anonymous(table, np, nom, anchors[0] if anchors else None)
    if nom.match == "group" or np.count >= 2:
        ent = _group(table, np.start, np.count or 2, nom.type, np.noun, _field_words(np))
    elif nom.type == "PERSON":
        ent = _role_antecedent(table, np, anchors)
    elif nom.type == "GPE" and anchors and anchors[0].type is GPE:
        ent = anchors[0]  # "the Cuban government" is Cuba's, whatever place the text named last
    elif nom.type == "GPE":
        lead = _lead_state(table)
        ent = _best(
            table, np.start, _DESCRIPTION_WINDOW,
            lambda e: (1.0 + (_LEAD_WEIGHT if e is lead else 0.0)) if e.type is GPE else None,
        )
    else:
        ent = _org_antecedent(table, np, nom.match)
    if ent is None:
        return _anonymous(table, np, nom, anchors[0] if anchors else None)
    return Mention(span[0], span[1], mention_text, DESCRIPTION, ent)


def _organisation_named_before(table: EntityTable, np: NounPhrase) -> EntityDraft | None:
    """ "the Brookehill group", "the Hunt investor group": an organisation's name before the body's noun says which
    body the description is (where 'the group' alone would take the most salient company)."""
    if np.noun_index < 1 or np.noun in _COMPANY_NOUNS:
        return None  # ('the regional Bell company' after 'US West Inc': the lead company's reading stands)
    if np.noun in _PART_NOUNS and np.words[np.noun_index - 1][2].lower() != "news":
        return None  # 'the Energy Department agency' is a part of the department ('the Tass news agency' is Tass)
    noun_start = np.words[np.noun_index][0]
    named = [
        m.entity
        for m in table.mentions_in(np.head_start, noun_start)
        if m.kind == NAME
        and m.entity is not None
        and m.entity.type is ORG
        and table.text.startswith(" ", m.end)  # not 'the Democratic-controlled committee'
    ]
    return named[-1] if named else None


def _named_for_people(table: EntityTable, np: NounPhrase) -> bool:
    """Whether a person's name stands before a description's noun ('the Hunt group', 'the Bass group')."""
    noun_start = np.words[np.noun_index][0]
    return any(
        m.kind == NAME and m.entity is not None and m.entity.type is PERSON
        for m in table.mentions_in(np.head_start, noun_start)
    )


_COMPANY_NOUNS = frozenset(("company", "firm"))
_PART_NOUNS = frozenset(("agency", "unit", "subsidiary", "division", "affiliate", "arm", "office", "branch"))


def _said_before(table: EntityTable, np: NounPhrase) -> EntityDraft | None:
    """ "the group" again: a body's description repeated within a few sentences goes on naming what it named
    ('A group controlled by Brookehill Partners … the group disclosed … The group added'), where salience alone
    would turn to the company the group bought into. ('the company' has its own reading: see lead_org.)"""
    if np.noun not in _COLLECTIVE_NOUNS or len(np.words) != 2:
        return None  # only the bare 'the group': 'the Hunt group' or 'an investor group' names a body of its own
    si = table.doc.sentence_index(np.start)
    lo = table.doc.sentences[max(0, si - _REPEAT_WINDOW)].start if table.doc.sentences else 0
    lo = max(lo, np.start - _MAX_CHARS_BACK * _REPEAT_WINDOW)
    for m in reversed(table.before(np.start, lo)):
        if m.kind == DESCRIPTION and m.text.lower().endswith(" " + np.noun) and _definite(m.text):
            return m.entity
    # a group introduced by an indefinite phrase ('An investor group led by George Soros said …', 'An investor group
    # headed by members of the Bass family also holds 24 pct … The group said'): its first mention, read now, as the
    # speech layer reads a speaker (up to its comma or its reporting verb) where it speaks. (One set after a name
    # describes the name: 'Timber Realization, a limited partnership formed to …')
    intros = list(_GROUP_INTRO.finditer(table.text, lo, np.start))
    intro = intros[-1] if intros else None  # the latest
    if (
        intro is None
        or intro.group(1).lower() != np.noun
        or table.text[max(0, intro.start() - 2) : intro.start()].strip() == ","
    ):
        return None
    sentence = table.doc.sentence_at(intro.start())
    speaks = _SPEAKS.search(table.text, intro.end(), sentence.end if sentence is not None else np.start)
    end = intro.end(1)
    if speaks is not None:
        comma = table.text.find(",", intro.end(), speaks.start())
        end = len(table.text[: comma if comma >= 0 else speaks.start()].rstrip())
    mention = table.resolve_in_passing(intro.start(), end)
    if (mention is None or mention.kind != ANONYMOUS) and end > intro.end(1):
        # ('An investor group that includes T. Boone Pickens III said': the phrase reads as the name it includes)
        mention = table.resolve_in_passing(intro.start(), intro.end(1))
    return mention.entity if mention is not None and mention.kind == ANONYMOUS else None


def _definite(phrase: str) -> bool:
    """Whether a description opens on a definite determiner ('the group', 'The Brookehill group')."""
    return phrase.split(" ", 1)[0].lower() in DEFINITE


_COLLECTIVE_NOUNS = frozenset(("group", "consortium", "syndicate", "partnership"))
# 'An investor group led by', 'a consortium headed by', 'a group that includes': an indefinite group introduced by
# who forms it
_GROUP_INTRO = regex.compile(
    r"\b[Aa]n?\s+(?:[\p{Ll}-]+\s+){0,2}?(group|consortium|syndicate|partnership)\s+"
    r"(?:led|headed|controlled|formed|organized|organised|made\s+up|comprising|including|that\s+includes)\b"
)
_SPEAKS = regex.compile(r"\s(?:said|says|told|disclosed|reported|announced|stated)\b")
_REPEAT_WINDOW = 6  # sentences back a repeated 'the group' reads for its earlier self


def _anonymous(
    table: EntityTable, np: NounPhrase, nom: lexicon.Nominal, owner: EntityDraft | None, named_for: bool = False
) -> Mention:
    """An unnamed source ("a senior U.S. official", "his spokesman") is an entity of its own; `named_for`: the
    owner stands for the modifier that named it ("a company spokesman" is the "spokesman for Fujitsu Ltd")."""
    text = table.text
    words = np.words
    start_word = 1 if np.determiner and words[0][2].lower() in DEFINITE | INDEFINITE | POSSESSIVE_PRONOUNS else 0
    if np.possessor is not None:
        start_word = 0
    if named_for:
        start_word = max(start_word, np.noun_index)
    name = text[words[start_word][0] : words[-1][1]] if start_word < len(words) else text[np.head_start : np.head_end]
    if (np.determiner in POSSESSIVE_PRONOUNS or named_for) and owner is not None:
        name = f"{name} for {owner.name}"
    elif np.possessor is not None:
        name = f"{text[np.possessor[0] : np.possessor[1]]} {name}"
    typ = EntityType(nom.type)
    ent = next(
        (e for e in table.entities if e.name.lower() == name.lower() and e.type is typ and not e.members),
        None,
    )
    if ent is None:
        ent = table.new_entity(name, typ)
        ent.plural = nom.plural
        ent.add_role(np.noun)
        ent.affiliation = owner
        ent.gender = _noun_gender(np.noun)
    kind = DESCRIPTION if np.determiner in DEFINITE else ANONYMOUS
    return Mention(np.head_start, np.head_end, text[np.head_start : np.head_end], kind, ent)


def _role_antecedent(table: EntityTable, np: NounPhrase, anchors: list[EntityDraft]) -> EntityDraft | None:
    noun = np.noun
    gender = _noun_gender(noun)
    words = {w.lower() for _s, _e, w in np.words}
    generic = noun in _GENERIC

    def fit(ent: EntityDraft) -> float | None:
        if ent.type is not PERSON or (ent.plural != lexicon.nominals()[noun].plural and not ent.members):
            return None
        if gender and ent.gender and gender != ent.gender:
            return None
        if noun in _PARTY_MEMBERS and not any(m.kind == NAME for m in ent.mentions):
            return None
        role_words = {w.lower().strip(".") for r in ent.roles for w in r.split()}
        score = 0.0
        if noun in role_words or noun.rstrip("s") in role_words or role_words & _ROLE_SEATS.get(noun, set()):
            score += 2.0 + 0.3 * len((words - {noun, "the"}) & role_words)
        elif not generic and not (noun in ("president", "leader") and ent.affiliation is not None):
            return None
        if anchors and ent.affiliation is not None:
            score += 1.0 if ent.affiliation in anchors else -0.5
        if anchors and _of_another_country(ent, anchors):
            return None  # 'the Japanese officials' are none of the 'sources close to the Italian Foreign Ministry'
        return score

    return _best(table, np.start, _DESCRIPTION_WINDOW, fit, cataphora=True)


def _of_another_country(ent: EntityDraft, anchors: list[EntityDraft]) -> bool:
    """Whether the words of an unnamed source or of its body name a country the description's own place is not
    ('Italian' in 'sources close to the Italian Foreign Ministry' for 'the Japanese officials')."""
    anchored = {a.name for a in anchors if a.type is GPE}  # (a body the description names is an anchor too)
    if not anchored or any(m.kind == NAME for m in ent.mentions):
        return False  # a named person's own words say nothing of where the description places him
    names = [ent.name] + ([ent.affiliation.name] if ent.affiliation is not None else [])
    places = lexicon.places()
    return any(
        (place := places.get(word)) is not None and place.kind in _COUNTRY_KINDS and place.canonical not in anchored
        for name in names
        for word in name.split()
    )


_COUNTRY_KINDS = frozenset(("country", "demonym"))


def lead_org(table: EntityTable) -> EntityDraft | None:
    """The organisation that speaks in the article's first sentence ("Convenient Food Mart Inc said it has agreed to
    buy Plaid Pantries Inc", "..., the U.S. Agriculture Department said"), or opens it when nobody speaks there: what
    the article is about, so "it" and "the company" go on naming it when another company was named in between."""
    if not table.lead_org_known:
        table.lead_org_known = True
        first = table.doc.sentences[0] if table.doc.sentences else None
        if first is not None:
            orgs = [
                m for m in table.mentions_in(first.start, first.end)
                if m.kind == NAME and m.entity is not None and m.entity.type is ORG
            ]
            text = table.text
            # the one that speaks after the news ("..., the U.S. Agriculture Department said"), else one that speaks
            # and is no object ("National Gypsum Co's Austin Co said"; not "owned by AMR Corp, said"), else the one
            # opening the sentence, unless someone described speaks at its end ("..., the brokerage firm said")
            speaking = [m for m in orgs if _speaks(text, m.end)]
            lead = next((m for m in speaking if _ATTRIBUTION_BEFORE.search(text, 0, m.start)), None)
            lead = lead or next((m for m in speaking if not _PREPOSITION_BEFORE.search(text, 0, m.start)), None)
            if lead is None and not _TRAILING_ATTRIBUTION.search(text, first.start, first.end):
                # (after one word at most: 'The', 'Privately-held')
                lead = next((m for m in orgs if " " not in text[first.start : m.start].strip()), None)
            table.lead_org = lead.entity if lead is not None else None
    return table.lead_org


def _lead_state(table: EntityTable) -> EntityDraft | None:
    """The state that opens the article's first sentence ("Ecuador is due to resume crude output ..."): what it is
    about, so "the government" goes on naming it when a neighbour was named in between."""
    first = table.doc.sentences[0] if table.doc.sentences else None
    if first is None:
        return None
    return next(
        (
            m.entity
            for m in table.mentions_in(first.start, first.start + _LEAD_REACH)
            if m.kind == NAME and m.entity is not None and m.entity.type is GPE and m.start - first.start <= 4
        ),
        None,
    )


_LEAD_REACH = 40  # characters of the first sentence where its subject state's name opens


def _owner_by_modifier(table: EntityTable, np: NounPhrase) -> EntityDraft | None:
    """The organisation a body's noun before a person's noun stands for, read as 'the company' would be: 'a company
    spokesman' after Fujitsu Ltd is Fujitsu's, 'a bourse official' the exchange's."""
    first = 1 if np.determiner else 0
    for _s, _e, word in np.words[first : np.noun_index]:
        if not word.islower():
            return None  # 'Trading bank spokesmen', 'a Mitsui spokesman': a class, or a name of its own
        nom = lexicon.nominals().get(word)
        if nom is not None and nom.type == "ORG" and not nom.plural:
            return _org_antecedent(table, np, nom.match, word, by_class_of_body=False)
    return None


def _org_antecedent(
    table: EntityTable, np: NounPhrase, match: str, noun: str | None = None, by_class_of_body: bool = True
) -> EntityDraft | None:
    """The organisation a description names: one with the noun in its name, a company for 'the company' (a media
    body for 'the newspaper'), and, `by_class_of_body`, any government body or group for 'the ministry'."""
    noun = noun or np.noun
    lead = lead_org(table)
    fields = _field_words(np)
    # a bare 'the bank': a company's noun (the head-word lexicon's class) names a company as 'the company' does;
    # with a modifier ('the central bank', 'the savings bank') it says which of its kind it means
    as_company = match == "head" and len(np.words) == 2 and lexicon.org_heads().get(noun) == "company"

    central = noun == "bank" and any(w == "central" for _s, _e, w in np.words[: np.noun_index])

    def fit(ent: EntityDraft) -> float | None:
        if ent.type is not ORG:
            return None
        if central:
            return 2.0 if _central_bank(ent) else None
        name_words = {w.lower() for w in ent.name.split()}
        if noun in name_words:
            return 2.0
        if match == "media" and ent.org_class == match and _only_told(table.text, ent):
            return None  # 'told Reuters': the agency the words were said to is no publication that said them
        if (match in ("company", "media") and ent.org_class == match) or (as_company and ent.org_class == "company"):
            return 1.5 + (_LEAD_WEIGHT if ent is lead else 0.0)
        if match == "campaign" or not fields <= name_words:
            return None  # 'the agriculture ministry' is no 'U.S. Embassy' that happens to be a government body
        return 0.0 if by_class_of_body and match == "head" and ent.org_class in ("gov", "group") else None

    return _best(table, np.start, _DESCRIPTION_WINDOW, fit, cataphora=True)


def _only_told(text: str, ent: EntityDraft) -> bool:
    """Whether every mention of an organisation is the one something was told to ('a minister told Reuters')."""
    return all(text.endswith("told ", 0, m.start) for m in ent.mentions)


_CENTRAL_BANK_WORDS = frozenset(("central", "reserve", "national"))


def _central_bank(ent: EntityDraft) -> bool:
    """Whether a named organisation is a central bank, which 'the central bank' names, and not a commercial one
    with 'Bank' in its name ('Deutsche Bank'): a government bank ('Bundesbank'), a central, reserve or national
    bank ('Swiss National Bank', 'Federal Reserve'), or the bank of a country ('Bank of Japan'; not 'Bank of
    America', a commercial bank: the United States' central bank is the Federal Reserve)."""
    name = ent.name.lower()
    words = name.split()
    if "reserve" in words or ("bank" in name and ent.org_class == "gov"):
        return True
    if "bank" not in words:
        return False
    if _CENTRAL_BANK_WORDS & set(words):
        return True
    country = lexicon.places().get(ent.name[len("Bank of ") :]) if name.startswith("bank of ") else None
    return country is not None and country.kind == "country" and country.canonical != "United States"


def _field_words(np: NounPhrase) -> frozenset[str]:
    """The lower-case words before a description's noun that say which of its kind it means ('the agriculture
    ministry', 'the editorial board', 'the union leaders'; not the level or standing: 'the central bank')."""
    return frozenset(
        w for _s, _e, w in np.words[: np.noun_index] if w.islower() and w not in DEFINITE and w not in _LEVEL_WORDS
    )


def _title_words(ent: EntityDraft) -> set[str]:
    """The words of a person's titles and of the body he belongs to, lower-cased."""
    words = {w.lower().strip(".") for r in ent.roles for w in r.split()}
    if ent.affiliation is not None:
        words.update(w.lower() for w in ent.affiliation.name.split())
    return words


_LEVEL_WORDS = frozenset(
    ("central", "federal", "national", "state", "provincial", "regional", "municipal", "local", "official", "main",
     "new", "top", "government", "governing", "ruling", "two", "three", "four", "both", "all", "other", "former",
     "senior", "leading", "several", "some", "many")
)


def _titled_otherwise(ent: EntityDraft, noun: str) -> bool:
    """ "the two presidents" are two people titled president: a person whose known titles hold another office
    (a prime minister named in between) is not one of them. Generic nouns ("the two leaders", "the two men")
    take anyone, and so does a person without a known title."""
    title = _SINGULAR.get(noun) or (noun[:-1] if noun.endswith("s") else noun)
    if title in _GENERIC or lexicon.nominals().get(title) is None or not ent.roles:
        return False
    role_words = {w.lower().strip(".") for r in ent.roles for w in r.split()}
    return title not in role_words


def _one_person(ent: EntityDraft) -> bool:
    """A person the text names with a first name ("Bernie Sanders") is one person, whatever a family reading of
    another mention made of the entity ("the Sanders campaign" read like "the Kennedys")."""
    return ent.type is PERSON and " " in ent.name and lexicon.is_first_name(ent.name.split()[0])


def _group(
    table: EntityTable, start: int, count: int, typ: str, noun: str, fields: frozenset[str] = frozenset()
) -> EntityDraft | None:
    """ "the two leaders": the last `count` distinct people (or states) mentioned before; with `fields` ('the union
    leaders'), only people whose titles or bodies hold those words."""
    want = GPE if typ == "GPE" else PERSON
    members: list[EntityDraft] = []
    for m in reversed(table.before(start, max(0, start - _MAX_CHARS_BACK * _DESCRIPTION_WINDOW), _MAX_MENTIONS)):
        ent = m.entity
        if ent is None or ent.type is not want or ent.members or ent in members:
            continue
        if ent.plural and not _one_person(ent):
            continue
        if _titled_otherwise(ent, noun) or (fields and not fields <= _title_words(ent)):
            continue
        members.append(ent)
        if len(members) == count:
            break
    if len(members) < 2:
        return None
    members.reverse()
    for ent in table.entities:
        if ent.members == members:
            return ent
    group = table.new_entity(" and ".join(e.name for e in members), want)
    group.plural = True
    group.members = members
    return group


def resolve_pronoun(table: EntityTable, start: int, pronoun: str) -> EntityDraft | None:
    info = lexicon.pronouns()[pronoun.lower()]
    # EntityType is a StrEnum: a member is the str of its value, found in the set of type names without `.value`
    lead = lead_org(table) if ORG in info.types and not info.plural else None
    # "it said" speaks for a body far more often than for a country named near it ("... exports to the U.S. ...
    # It said", about a ministry's report)
    speaks = ORG in info.types and not info.plural and _speaks(table.text, start + len(pronoun))
    place_fit = _SPEAKING_PLACE if speaks else 0.0

    def fit(ent: EntityDraft) -> float | None:
        if ent.type not in info.types:
            return None
        if ent.type is PERSON:
            if info.gender and ent.gender and info.gender != ent.gender:
                return None
            if info.plural != ent.plural:
                return None
            return _GUESSED_PERSON if ent.guessed_person else 0.0
        if info.plural:
            return 0.5 if ent.plural else -0.7
        if ent.plural:
            return None
        if ent is lead:
            return 0.2 + _LEAD_WEIGHT
        return {ORG: 0.2, GPE: place_fit}.get(ent.type, -0.8)

    speaker = _speaker_before(table, start)
    if speaker is not None and fit(speaker) is not None:
        return speaker  # "American Motors earlier said it broke off talks": the pronoun is the name that speaks
    return _best(table, start, _PRONOUN_WINDOW, fit)


# A speech verb and maybe "that" right before a pronoun, after a name and maybe an adverb: "X earlier said it"
_SAID_BEFORE_PRONOUN = regex.compile(
    r"(?:\s+(?:\p{Ll}+ly|also|earlier|later|again|today|yesterday|previously))?\s+(?:said|says|added|announced|reported)"
    r"\s+(?:that\s+)?$"
)


def _speaker_before(table: EntityTable, start: int) -> EntityDraft | None:
    """The entity named right before the speech verb that the pronoun at `start` follows ("Renault said its ...")."""
    text = table.text
    if not text.endswith(("said ", "says ", "added ", "announced ", "reported ", "that "), 0, start):
        return None  # the common case, without the pattern
    m = _SAID_BEFORE_PRONOUN.search(text, max(0, start - 40), start)
    if m is None:
        return None
    before = table.before(m.start(), m.start() - 80, 3)
    if not before or before[-1].end != m.start() or before[-1].kind != NAME:
        return None
    return before[-1].entity


def _best(
    table: EntityTable,
    start: int,
    window: int,
    fit: Callable[[EntityDraft], float | None],
    cataphora: bool = False,
) -> EntityDraft | None:
    """The entity with the best fit + salience - distance among mentions before `start` (then just after)."""
    doc = table.doc
    si = doc.sentence_index(start)
    lo = doc.sentences[max(0, si - window)].start if doc.sentences else 0
    # long sentences (or none at all) must not make the search quadratic
    lo = max(lo, start - _MAX_CHARS_BACK * window)
    inside = table.in_quote(start)
    scores: dict[int, tuple[float, EntityDraft]] = {}
    fits: dict[int, float | None] = {}
    seen: dict[int, int] = {}
    for m in reversed(table.before(start, lo, _MAX_MENTIONS)):
        ent = m.entity
        assert ent is not None
        key = id(ent)
        # an entity's two latest mentions decide its score; older ones only repeat them
        if seen.get(key, 0) >= 2:
            continue
        seen[key] = seen.get(key, 0) + 1
        if key not in fits:
            fits[key] = fit(ent)
        f = fits[key]
        if f is None:
            continue
        score = f + _salience(table, m, si, inside)
        if key not in scores or score > scores[key][0]:
            scores[key] = (score, ent)
    if not scores and cataphora:
        hi = doc.sentences[min(len(doc.sentences) - 1, si + 3)].end if doc.sentences else len(table.text)
        for m in table.after(start, min(hi, start + _MAX_CHARS_BACK * 3))[:_MAX_MENTIONS]:
            ent = m.entity
            assert ent is not None
            f = fit(ent)
            if f is not None:
                return ent
    if not scores:
        return None
    return max(scores.values(), key=lambda s: s[0])[1]


def _salience(table: EntityTable, m: Mention, si: int, inside_quote: bool) -> float:
    ent = m.entity
    assert ent is not None
    sentence, subject, quoted = table.features(m)
    score = -1.0 * (si - sentence) + 0.001 * (m.start / max(1, len(table.text)))
    if quoted and not inside_quote:
        score -= _QUOTED_PENALTY
    if m.kind == PRONOUN:
        score += _PRONOUN_WEIGHT
    if table.is_speaker(m):
        score += _RESOLVED_SPEAKER_WEIGHT
    score += subject
    score += _FREQUENCY_WEIGHT * min(len(ent.mentions), 5)
    return score


def subject_weight(table: EntityTable, m: Mention) -> float:
    """How much being the subject of its clause ("Stovall said", the first person named) adds to salience."""
    return _SUBJECT_WEIGHT if is_subject(table, m) else 0.0


def is_subject(table: EntityTable, m: Mention) -> bool:
    """A mention that is the likely subject of its clause: followed by a speech verb, or the first person named in
    its sentence (outside quotations) and not the object of a preposition or verb."""
    text = table.text
    if _SPEECH_AFTER.match(text, m.end, m.end + 40):
        return True
    sent = table.doc.sentence_at(m.start)
    if sent is None:
        return False
    if m.start - sent.start <= 4:
        return True
    # a clause subject comes early: look back a bounded stretch, whatever the sentence splitter made of the text
    clause_start = max(sent.start, m.start - _SUBJECT_REACH)
    if _is_modifier_or_object(text, text[clause_start : m.start], m):
        return False
    for other in table.mentions_in(clause_start, m.start):
        if (
            other.entity is not None
            and other.entity.type is PERSON
            and not table.in_quote(other.start)
            and not _is_modifier_or_object(text, text[clause_start : other.start], other)
        ):
            return False
        if _subject_opens_sentence(text, sent.start, other, m):
            return False
    return True


def _subject_opens_sentence(text: str, sent_start: int, other: Mention, m: Mention) -> bool:
    """Whether `other` opens the sentence as the subject of the clause `m` stands in: 'South Korea unveiled a list of
    U.S. goods', 'The EIU said in its forecast it revised OECD growth'; not the subject of a clause reported after a
    speech verb ('The paper said Poindexter was ready'), of a clause coordinated after ('…, but chairman Howard
    Metzenbaum wants'), nor when `m` itself speaks ('…, Trade Ministry officials here said')."""
    return (
        _OPENS_SENTENCE.fullmatch(text, sent_start, other.start) is not None
        and _VERB_RIGHT_AFTER.match(text, other.end) is not None
        and _REPORTED_SUBJECT.fullmatch(text, other.end, m.start) is None
        and _CLAUSE_BREAK.search(text, other.end, m.start) is None
        and _SPEAKS_SOON_AFTER.match(text, m.end, m.end + 60) is None
    )


def _inside_a_title(words: list[str]) -> bool:
    """Whether the last word is the "of" or "to" of a title ("Minister of", "Ambassador to")."""
    if len(words) < 2 or words[-1] not in ("of", "to"):
        return False
    before = words[-2]
    return before[:1].isupper() or before.lower() in lexicon.role_words()


def _is_modifier_or_object(text: str, lead: str, m: Mention) -> bool:
    """ "the Trump campaign" (a name modifying a noun) or "with Floyd" (after a preposition or verb)."""
    words = lead.split()
    roles = lexicon.role_words()
    # look past the name's own title ("with Turkish Ambassador to Athens Nazmi Akiman"), whose "of" or "to" follows a
    # title's word; an "of" right before the name makes it an object ("the problems of Afghanistan", "Qintex Ltd of
    # Brisbane")
    popped = 0
    while words and (words[-1][:1].isupper() or words[-1].lower() in roles or (popped and _inside_a_title(words))):
        if words[-1].endswith(","):
            break
        words.pop()
        popped += 1
    if words and words[-1].lower().strip(",") in _NOT_BEFORE_SUBJECT:
        return True
    return bool(_NOUN_AFTER.match(text, m.end, m.end + 30))
