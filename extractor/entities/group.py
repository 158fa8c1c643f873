"""Group name candidates into canonical entities: "Sergei Riabkov" / "Riabkov", "Mrs. Clinton" / "Hillary Clinton",
"Russian Foreign Ministry" / "the Russian Ministry", "Ministry of International Trade and Industry" / "MITI".

Full names found anywhere in the document come first, so a surname seen before its full name ("Riabkov" in a
headline) still joins the right person.
"""

from __future__ import annotations

import regex

from extractor.ascii_twin import AsciiTwin
from extractor.entities import lexicon
from extractor.entities.model import DESCRIPTION, GPE, NAME, ORG, OTHER, PERSON, EntityDraft, Mention
from extractor.entities.recognize import COMPOUND_ORG_HEADS, Candidate
from extractor.entities.tokens import stands_alone, without_particle, word_char
from schemas import EntityType

_SPEECH_AFTER = regex.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|added|wrote|asked|argued|insisted|noted)\b")
# A speech verb after a name, maybe past "also", and the pronoun after it that names the name: "said it", "also said
# its", "told reporters he", "said it is seeking" (but "said it was time" speaks of no one)
_SAID_PRONOUN_AFTER = regex.compile(
    r"\s+(?:(?:also|today|previously)\s+)?(?:said|says|told\s+\p{L}+|added|announced|reported)\s+(?:that\s+)?"
    r"(its|it(?!\s+(?:is|was)\s+(?!\p{Ll}+ing\b))|he|his|she|her)\b"
)
_SAID_OPENERS = frozenset(("also", "today", "previously", "said", "says", "told", "added", "announced", "reported"))
# A company's, newspaper's or institute's noun after a name, past at most two lower-case words that are no grammar
# ("Ifo economic institute", but not "Duncan said the company")
_BODY_NOUN_AFTER = AsciiTwin(
    regex.compile(
        r"\s+(?:(\p{Ll}+)\s+)?(?:(\p{Ll}+)\s+)?(?:company|firm|corporation|airline|carrier|maker|producer|newspaper|"
        r"daily|weekly|magazine|network|agency|institute|bank|utility|concern|brokerage|unit|subsidiary|affiliate|division)\b"
    )
)
# A company's, newspaper's, agency's or institute's noun right before a name, which it names ("oil company
# Ecopetrol", "the statistics institute Istat", "research board Irvam", "auditors Syndex")
_BODY_NOUN_BEFORE = regex.compile(
    r"(?<!\p{L})(?:company|firm|corporation|airline|carrier|newspaper|daily|weekly|magazine|agency|utility|concern|"
    r"brokerage|subsidiary|conglomerate|institute|office|board|bureau|council|auditors?|regulator|watchdog)\s+$"
)
# A speech verb right after a name: "Statistics Canada said", "Offshore Data Services also said"
_SAYS_RIGHT_AFTER = regex.compile(r"\s+(?:also\s+)?(?:said|says|told|added|reported|announced)\b")
_PREPOSITION_BEFORE = regex.compile(r"(?<!\p{L})(?:in|on|at|near|from|of|to|for|by|with|across)\s+(?:the\s+)?$")
# A plural noun after a body's noun makes that noun a modifier ("producer countries"), as "says" does not
_NOUN_AFTER = regex.compile(r"\s+(?!says\b)\p{Ll}+s\b")
# A title and "of" right before a name: "the new chairman of Allegis", "a spokesman for Amtorg" - a body's name
_TITLE_OF_BEFORE = AsciiTwin(
    regex.compile(
        r"(?<!\p{L})(?:(\p{Ll}+)\s+(?:of|at)|(spokesman|spokeswoman|spokesperson)\s+for)\s+(?:the\s+)?$"
    )
)
_FUNCTION_WORDS = frozenset(
    (
        "said", "says", "told", "added", "is", "was", "are", "were", "has", "had", "have", "will", "would", "the", "a",
        "an", "and", "or", "of", "to", "in", "at", "on", "for", "by", "with", "from", "as", "its", "his", "her",
        "their", "that", "which", "who",
    )
)
# A digit or a rating's "-plus"/"-minus" in a word ("A330", "Baa-2", "AA-minus"), and a number right after a word
# ("Chapter 11", "Section 201"): labels, not people
_LABEL = regex.compile(r"\d|-(?:plus|minus)$")
_NUMBER_AFTER = regex.compile(r" \d")
# A meeting verb right before a lone capitalised word: "met with Pence", "talks with Rice".
_MET_BEFORE = regex.compile(r"(?<!\p{L})(?:met|meet|meets|meeting|talks|talked|spoke)\s+(?:with\s+)?$")
# Endings of abstract nouns, which capitalised alone are titles or names of things, not people.
_ABSTRACT_SUFFIXES = ("ism", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ology", "ics")
# Endings of English adjectives: a common one capitalised alone ("Congressional", "Islamic", "Parliamentary",
# "Initial") qualifies a noun; it names nobody, as a rare word with them may ("Milosevic")
_ADJECTIVE_SUFFIXES = ("al", "ic", "ary", "ive", "ian", "ist", "ous")
_COMMON_ADJECTIVE_ZIPF = 3.5
_CONNECTORS = frozenset(("of", "for", "the", "and", "&", "on"))
_THE_RIGHT_BEFORE = regex.compile(r"(?<!\p{L})[Tt]he\s$")
# The words that place a name: "in Bedminster", "occurred at Chernobyl" (found with str.find, none inside another).
_PLACE_LEADS = ("in ", "near ", "at ")
# "the" right before a word and the end of the noun phrase right after it: "in the Gulf.", "the Pacific and",
# "the Budget," - a thing or a place; a surname after "the" only modifies a noun ("the Reagan administration").
_THE_BEFORE = regex.compile(r"(?<!\p{L})(?:([Ii]n|[Nn]ear|[Aa]cross|[Ii]nto|[Tt]hroughout)\s+)?the\s+$")
_PHRASE_ENDS_AFTER = regex.compile(r"\s*(?:[.,;:)?!]|$)|\s+(?:and|or)\b")
# Below this frequency the singular of a plural is no common English noun ("Eurobonds" and "Dlrs" are jargon)
_COMMON_SINGULAR_ZIPF = 3.0


def _edge_at(text: str, i: int) -> bool:
    """Whether `\\b` holds at offset `i` of `text`."""
    before = i > 0 and word_char(text[i - 1])
    after = i < len(text) and word_char(text[i])
    return before != after


# A capital inside a word after lower-case letters: a coined compound ("AirCal", "MasterCard"), unless the letters
# before it are a surname's prefix ("McCoy", "MacArthur", "LaRouche", "DiMaggio", "DeConcini", "VanDyke") or a first
# name (a handle: "DonaldTrump", "IanHanchett")
_INNER_CAPITAL = regex.compile(r"(\p{Lu}\p{Ll}+)\p{Lu}")
_SURNAME_PREFIXES = frozenset(("mc", "mac", "la", "le", "de", "di", "da", "du", "del", "van", "von", "fitz", "st"))


def _coined_compound(word: str) -> bool:
    m = _INNER_CAPITAL.match(word)
    if m is None:
        return False
    first = m.group(1).lower()
    return first not in _SURNAME_PREFIXES and not lexicon.is_first_name(first)


def _last_head(words: list[str]) -> str | None:
    """The last organisation head of a name, legal forms aside: "bank" for "Mellon Bank Corp" and "Bank of England"."""
    heads = lexicon.org_heads()
    low = (w.lower().rstrip(".") for w in reversed(words))
    return next((w for w in low if w in heads and w not in lexicon.LEGAL_FORMS), None)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w[0].isupper() and w.lower() not in _CONNECTORS)


def _head_prefix(words: list[str]) -> tuple[str, ...] | None:
    """The words of an organisation name (lower case, connectors left out) up to its first head word, when that
    makes two words or more and the head heads the name: only a connector may follow it ("Preparatory Commission
    for the Treaty"), for in "Warner Communications Investors" the head word only modifies another noun."""
    heads = lexicon.org_heads()
    core: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        if low in _CONNECTORS:
            continue
        core.append(low)
        if low.rstrip(".") in heads:
            if len(core) < 2 or (i + 1 < len(words) and words[i + 1].lower() not in _CONNECTORS):
                return None
            return tuple(core)
    return None


_GENERATIONS = ("jr", "sr", "ii", "iii", "iv")
_MAX_NAME_WORDS = 4
# Titles before a ruler's or a cleric's given name: "King Hussein" is not Saddam Hussein.
_REGNAL = frozenset(("king", "queen", "prince", "princess", "pope", "sheikh", "sheik", "emir", "sultan"))


def _surname(words: list[str]) -> str:
    """The last name without its generational suffix or joined particle: "el-Sissi" and "Sissi" are one."""
    core = [w for w in words if w.rstrip(".").lower() not in _GENERATIONS]
    return without_particle((core or words)[-1]).lower()


_MIN_RESPELLED = 7  # letters a surname needs before a swapped pair of its letters reads as a typo, not another name


def _transposed(a: str, b: str) -> bool:
    """Whether `b` is `a` with two adjacent letters swapped ("schelsinger" for "schlesinger"), the first kept."""
    if a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _generation(words: list[str]) -> str:
    """ "jr" for "Donald Trump Jr.", "" for "Donald Trump": father and son are two people."""
    last = words[-1].rstrip(".").lower() if len(words) > 1 else ""
    return last if last in _GENERATIONS else ""


def _regnal(cand: Candidate) -> bool:
    return len(cand.words) == 1 and any(r.split()[-1].lower() in _REGNAL for r in cand.roles)


# Below this frequency a word is no English word: the second word of a two-word company names it alone ("Babcock")
_RARE_ZIPF = 3.5
# the entity types a lone capitalised word may already have been given earlier in the document
_SINGLE_WORD_TYPES = (PERSON, OTHER, GPE)


class Grouper:
    """Builds EntityDraft objects and their name mentions; ids are assigned later in order of first mention."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.entities: list[EntityDraft] = []
        self.mentions: list[Mention] = []
        self._by_key: dict[tuple[EntityType, str], EntityDraft] = {}
        self._words: dict[int, list[str]] = {}  # id(entity) -> words of its longest name
        self._found: dict[int, EntityDraft] = {}
        self._by_surname: dict[str, list[EntityDraft]] = {}  # people in order of creation
        self._first_at: dict[int, int] = {}  # id(person or organisation) -> where the text first names them
        self._orgs: list[EntityDraft] = []
        self._owners_first: set[int] = set()  # id(org) first named as the owner of another ("Ford Motor Co's")
        # id(org) -> (core words, initials, words up to the head, its name in lower case)
        self._org_keys: dict[int, tuple[list[str], str, tuple[str, ...] | None, str]] = {}
        self._acronyms: dict[str, Candidate] = {}
        self._lower_seen: dict[str, bool] = {}
        self._speaks_as_it: dict[str, bool] = {}  # word -> _speaks_of_itself_as_it(word)
        self._never_he: dict[str, bool] = {}  # name -> _speaks_never_as_he(name)
        self._bodies: dict[tuple[str, bool], bool] = {}  # (word, adjacent) -> _names_a_body(word, adjacent)
        self._place_leads: list[int] | None = None  # offsets just after each "in ", "near ", "at "

    # -- entity creation -------------------------------------------------------------------------------
    def _new(self, name: str, typ: EntityType, words: list[str]) -> EntityDraft:
        ent = EntityDraft(id="", name=name, type=typ)
        self.entities.append(ent)
        self._by_key[(typ, name.lower())] = ent
        self._set_words(ent, words)
        return ent

    def _respell(self, people: list[EntityDraft], spelling: str) -> None:
        """Give the people the surname's spelling the text uses more often ("Brent Beesely" once, "Beesley" four
        times: Brent Beesley), the typo being the rarer one."""
        for ent in people:
            words = self._words[id(ent)]
            if self.text.count(spelling) > self.text.count(words[-1]):
                ent.name = ent.name[: len(ent.name) - len(words[-1])] + spelling
                self._set_words(ent, [*words[:-1], spelling])

    def _set_words(self, ent: EntityDraft, words: list[str]) -> None:
        self._words[id(ent)] = words
        if ent.type is PERSON:
            self._by_surname.setdefault(_surname(words), []).append(ent)
        elif ent.type is ORG:
            core = [w.lower() for w in words if w.lower() not in _CONNECTORS] or [ent.name.lower()]
            if id(ent) not in self._org_keys:
                self._orgs.append(ent)
            self._org_keys[id(ent)] = (core, _initials(words).lower(), _head_prefix(words), ent.name.lower())

    def place(self, canonical: str) -> EntityDraft:
        ent = self._by_key.get((GPE, canonical.lower()))
        if ent is None:
            ent = self._new(canonical, GPE, canonical.split())
            capital_of = lexicon.capital_of().get(canonical)
            if capital_of and capital_of != canonical:
                ent.affiliation = self.place(capital_of)
        return ent

    def _add_mention(self, cand: Candidate, ent: EntityDraft, kind: str = NAME) -> Mention:
        mention = Mention(cand.start, cand.end, self.text[cand.start : cand.end], kind, ent)
        ent.mentions.append(mention)
        self.mentions.append(mention)
        return mention

    # -- matching --------------------------------------------------------------------------------------
    def _person_for(self, words: list[str], gender: str | None, at: int | None = None) -> EntityDraft | None:
        """The person `words` name. A full name matches the same first name (or its initial) and generation; a
        lone surname at offset `at` is the first person of that name the text introduced before it (the article's
        subject: "Trump" after "Donald Trump ... his son Eric Trump" is Donald), else the first one after it."""
        surname = _surname(words)
        first = words[0].lower() if len(words) > 1 else None
        generation = _generation(words)
        fits = []
        known = self._by_surname.get(surname)
        if known is None and len(words) == 1 and len(surname) >= _MIN_RESPELLED:
            # "Schelsinger said" after "Helmut Schlesinger": wire copy's typo of a name already given in full
            known = next(
                (
                    v for k, v in self._by_surname.items()
                    if len(k) == len(surname) and k[0] == surname[0] and _transposed(k, surname)
                ),
                None,
            )
            if known is not None:
                self._respell(known, words[0])
        for ent in known or ():
            if ent.type is not PERSON or ent.plural:
                continue
            ew = self._words[id(ent)]
            if gender and ent.gender and gender != ent.gender:
                continue
            if first and len(ew) > 1 and ew[0].lower() != first and not _initial_of(first, ew[0]):
                continue
            if first and len(ew) > 1 and _generation(ew) != generation:
                continue
            fits.append(ent)
        if not fits or first or at is None:
            return fits[-1] if fits else None
        # a run of headline words ending in the name ("Christie Calls Hillary Clinton") introduces nobody
        fits = [e for e in fits if len(self._words[id(e)]) <= _MAX_NAME_WORDS] or fits
        before = [e for e in fits if self._first_at.get(id(e), at) <= at]
        return min(before or fits, key=lambda e: self._first_at.get(id(e), at))

    def _as_org(self, cand: Candidate) -> EntityDraft:
        """The organisation a candidate names: one already known, else a new one."""
        return self._org_for(cand) or self._new(cand.name, ORG, cand.words)

    def _org_for(self, cand: Candidate) -> EntityDraft | None:
        words = [w.lower() for w in cand.words if w.lower() not in _CONNECTORS]
        if not words:
            return None
        name = cand.name.lower()
        low = set(words)
        single = words[0] if len(words) == 1 else None
        if single is not None and (named := self._named_by_its_head(cand, single)) is not None:
            return named
        head = _head_prefix(cand.words) if single is None else None  # one word is no prefix up to a head
        keys = self._org_keys
        for ent in reversed(self._orgs):
            if keys[id(ent)][3] == name:
                return ent  # "Honeywell" is Honeywell Inc, not the later Honeywell Bull Inc
        if single is not None:
            return self._short_form_of(single)
        for ent in reversed(self._orgs):
            core, initials, ent_head, _name = keys[id(ent)]
            # "Russian Ministry" within "Russian Foreign Ministry": same last word, words a subset
            if words[-1] == core[-1] and low <= set(core):
                return ent
            # "California Water" for "California Water Service Co": the opening words of the name
            if len(words) < len(core) and core[: len(words)] == words:
                return ent
            # "Preparatory Commission of the Treaty" and "Preparatory Commission for the ... Treaty": same name up
            # to the head word
            if head is not None and head == ent_head:
                return ent
        return None

    def _named_by_its_head(self, cand: Candidate, head: str) -> EntityDraft | None:
        """ "The Bank said" after "the Reserve Bank", "the Ministry" after "the Finance Ministry": a body's head word
        alone after "the" is the body of that head the text named last before it, as "the bank" in lower case is."""
        if head not in lexicon.org_heads() or head in lexicon.LEGAL_FORMS:
            return None
        if not _THE_RIGHT_BEFORE.search(self.text, max(0, cand.start - 4), cand.start):
            return None
        at = cand.start
        first_at = self._first_at
        before = [e for e in self._orgs if first_at.get(id(e), at) < at and _last_head(self._words[id(e)]) == head]
        return max(before, key=lambda e: first_at[id(e)]) if before else None

    def _short_form_of(self, single: str) -> EntityDraft | None:
        """The company a one-word short form names ("MITI" for the "Ministry of International Trade and Industry",
        "Mitsui" for "Mitsui Co Ltd", "Babcock" for "Deutsche Babcock AG"). Shared by several, it is the one named
        first, the article's subject ("IDC" for IDC Services Inc, not IDC Acquisition Corp; "GE" for GE Information
        Services Co, a unit of General Electric Co), unless that one was first named as the owner of another
        ("Piedmont Aviation Inc's Piedmont Airlines said … Piedmont said") or only in a headline's capitals."""
        key = single.rstrip(".")
        keys = self._org_keys
        fits: list[EntityDraft] = []
        for ent in self._orgs:
            core, initials, _head, _name = keys[id(ent)]
            if (len(single) >= 2 and initials == key) or core[0].rstrip(".") == key or (
                len(core) == 2
                and core[1] == single
                and single not in lexicon.org_heads()
                and (_national(ent) or lexicon.zipf(single) < _RARE_ZIPF)
            ):
                fits.append(ent)
        return next(
            (e for e in fits if id(e) not in self._owners_first and not e.name.isupper()), fits[0] if fits else None
        )

    # -- candidates --------------------------------------------------------------------------------------
    def add_named(self, cands: list[Candidate]) -> dict[int, EntityDraft]:
        """Give every name candidate an entity. Returns id(candidate) -> entity (descriptions excluded)."""
        found: dict[int, EntityDraft] = {}
        self._found = found
        self._acronyms = self._parenthesised_acronyms(cands)
        # full personal names and typed multi-word names first, then single words that may be surnames
        ordered = sorted(
            (c for c in cands if c.kind == NAME),
            key=lambda c: (not (c.type is not None and (c.type is not PERSON or len(c.words) > 1)),),
        )
        for cand in ordered:
            ent = self._entity_for(cand)
            found[id(cand)] = ent
            if ent.type is ORG:
                self._first_at[id(ent)] = min(cand.start, self._first_at.get(id(ent), cand.start))
        for cand in cands:
            if cand.kind == NAME:
                ent = found[id(cand)]
                self._add_mention(cand, ent)
                self._absorb(cand, ent, found)
        return found

    def _parenthesised_acronyms(self, cands: list[Candidate]) -> dict[str, Candidate]:
        """ "West German Trade and Industry Association (DIHT)": the acronym names the organisation before it."""
        out: dict[str, Candidate] = {}
        orgs_by_end = {c.end: c for c in cands if c.type is ORG and c.kind == NAME}
        by_end = {c.end: c for c in cands if c.kind == NAME}
        text = self.text
        for b in cands:
            if b.start < 2 or text[b.start - 2 : b.start] != " (":
                continue  # both readings below need the name right after " ("
            a = orgs_by_end.get(b.start - 2)
            if (
                a is not None
                and len(b.words) == 1
                and b.words[0].isupper()
                and self.text[a.end : b.start] == " ("
                and self.text[b.end : b.end + 1] == ")"
            ):
                out.setdefault(b.words[0], a)
            elif _short_name_in_brackets(self.text, a := by_end.get(b.start - 2), b):
                # "Petroleos Mexicanos (Pemex)": a name that brackets its own short form is an organisation's
                assert a is not None
                a.type = b.type = ORG
                a.gender = b.gender = None
                out.setdefault(b.words[0], a)
        return out

    def _entity_for(self, cand: Candidate) -> EntityDraft:
        if cand.type is GPE:
            return self.place(cand.name)
        named = self._acronyms.get(cand.words[0]) if len(cand.words) == 1 else None
        if named is not None and id(named) in self._found:
            return self._found[id(named)]
        if cand.type is ORG:
            ent = self._org_for(cand)
            if ent is None and len(cand.words) == 1 and cand.name.isupper():
                # a surname in capitals is no acronym when that person is known: a transcript's "LOPEZ:" label
                person = self._person_for(cand.words, cand.gender)
                if person is not None:
                    return person
            if ent is None:
                ent = self._new(cand.name, ORG, cand.words)
                if self.text.startswith(("'s ", "’s "), cand.end):
                    self._owners_first.add(id(ent))
            if len(cand.words) > len(self._words[id(ent)]) and not cand.name.isupper():
                ent.name = cand.name
                self._set_words(ent, cand.words)
            return ent
        if cand.type is PERSON and len(cand.words) > 1:
            ent = self._person_for(cand.words, cand.gender)
            if ent is None and self._company_not_person(cand):
                return self._as_org(cand)
            if ent is None:
                ent = self._new(cand.name, PERSON, cand.words)
            elif len(cand.words) > len(self._words[id(ent)]):
                ent.name = cand.name
                self._set_words(ent, cand.words)
            self._first_at[id(ent)] = min(cand.start, self._first_at.get(id(ent), cand.start))
            ent.gender = ent.gender or cand.gender  # known now, for the surnames matched before _absorb runs
            return ent
        if cand.type is OTHER:
            if len(cand.words) == 1 and (org := self._org_for(cand)) is not None:
                return org  # "Lewis-Westco" after "Lewis-Westco and Co": the company, not a pairing
            if len(cand.words) > 1 and (
                self._speaks_of_itself_as_it(cand.words[-1])
                or self._names_a_body(cand.name, adjacent=True)
                or (_common_words(cand.words) and self._speaks_never_as_he(cand.name))
            ):
                # "Blue Ridge Hardware said its sales rose", "the Business Day newspaper", "Statistics Canada said":
                # a name of common words that speaks of itself as "it", names a body, or speaks and is never "he"
                return self._as_org(cand)
            return self._by_key.get((OTHER, cand.name.lower())) or self._new(
                cand.name, OTHER, cand.words
            )
        # a single capitalised word: a known person's surname, an organisation's short form, or new
        word = cand.words[0]
        if _regnal(cand):  # "King Hussein": a given name, matching only the same king
            ent = self._by_key.get((PERSON, cand.name.lower()))
        else:
            ent = self._person_for([word], cand.gender, cand.start)
        if ent is None:
            ent = self._org_for(cand)
        if ent is None:
            ent = self._first_name_match(word)
        if ent is None:
            ent = next(
                (e for typ in _SINGLE_WORD_TYPES if (e := self._by_key.get((typ, word.lower()))) is not None), None
            )
        if ent is None:
            ent = self._new(word, self._guess_single(cand), [word])
            self._first_at[id(ent)] = cand.start
            if ent.type is PERSON:
                # "Mrs." decides; else a clear first name ("Jane") that is nobody's surname here
                ent.gender = cand.gender or lexicon.first_name_gender(word.lower())
        return ent

    def _first_name_match(self, word: str) -> EntityDraft | None:
        """The one person whose full name opens with `word`: "Jane" for "Jane Smith", and a family name written
        first ("Rha" for "Rha Woong Bae", "Kim" for "Kim Young-sam")."""
        hits = [
            e
            for e in self.entities
            if e.type is PERSON and len(self._words[id(e)]) > 1 and self._words[id(e)][0] == word
        ]
        return hits[-1] if len(hits) == 1 else None

    def _guess_single(self, cand: Candidate) -> EntityType:
        """Type of a lone capitalised word nothing else explains: a person when it speaks or looks like a name."""
        word = cand.words[0]
        if cand.type is PERSON:
            return PERSON
        if _LABEL.search(word) or _NUMBER_AFTER.match(self.text, cand.end, cand.end + 8):
            return OTHER  # "A330", "AA-minus", "Baa-2", "Chapter 11": a model, a rating, a label
        if _coined_compound(word):
            return ORG  # "AirCal", "PaineWebber", "WestLB": two words run together name a business, not a person
        if word not in lexicon.places() and self._names_a_body(word) and not self._placed(word):
            return ORG
        if word not in lexicon.places() and self._titled_by(cand) and not self._placed(word):
            return ORG  # "the new chairman of Allegis", "a spokesman for Amtorg"
        if _BODY_NOUN_BEFORE.search(self.text, max(0, cand.start - 24), cand.start):
            return ORG  # "state oil company Ecopetrol said", "the party newspaper Pravda": the body that noun names
        if _SPEECH_AFTER.match(self.text, cand.end, cand.end + 80):
            return ORG if self._speaks_of_itself_as_it(word) else PERSON
        if _MET_BEFORE.search(self.text, max(0, cand.start - 24), cand.start):
            return PERSON  # "met with Pence": whom one meets is a person, whatever the word's ending
        if word.lower().endswith(_ABSTRACT_SUFFIXES):
            return OTHER
        if any(word.lower().endswith(h) and len(word) > len(h) + 2 for h in COMPOUND_ORG_HEADS):
            return ORG  # "Bundesbank", "Gazprombank"
        if self._placed(word):
            return GPE  # "in Bedminster", "occurred at Chernobyl": a place the gazetteer does not know
        # a word never written in lower case in this document is a name, not a capitalised common word
        if self._written_lower(word) or (lexicon.zipf(word.lower()) >= 5.0 and not lexicon.is_first_name(word)):
            return OTHER
        if word.endswith("s") and not word.endswith("ss"):
            # "Treasuries", "Firms": a headline's plural noun; "the Clintons" after "Hillary Clinton": a family
            return OTHER if _plural_of_a_common_noun(word) and not self._family_of(word) else PERSON
        if (
            word.lower().endswith(_ADJECTIVE_SUFFIXES)
            and lexicon.zipf(word.lower()) >= _COMMON_ADJECTIVE_ZIPF
            and not lexicon.is_first_name(word.lower())
        ):
            return OTHER  # "a Congressional committee", "an Islamic year"; "Hillary", "Eric" are names
        if (lead := self._closes_a_phrase_after_the(word)) is not None:
            return GPE if lead else OTHER  # "tankers in the Gulf", "the Budget,": a place or a thing
        return PERSON

    def _closes_a_phrase_after_the(self, word: str) -> bool | None:
        """None unless the document writes `word` after "the" and before a phrase's end ("the Gulf,", "the Pacific
        and"); then whether a place's preposition opens that phrase somewhere ("in the Gulf")."""
        found = None
        for end in self._ends_of(word):
            start = end - len(word)
            m = _THE_BEFORE.search(self.text, max(0, start - 16), start)
            if m is not None and _PHRASE_ENDS_AFTER.match(self.text, end) is not None:
                found = bool(found) or m.group(1) is not None
        return found

    def _family_of(self, plural: str) -> bool:
        """Whether a person named earlier has the plural's singular as surname ("the Clintons", "the Kennedys")."""
        return any(ent.type is PERSON for ent in self._by_surname.get(lexicon.singular(plural.lower()), ()))

    def _titled_by(self, cand: Candidate) -> bool:
        """Whether a lower-case title and "of", "for" or "at" stand right before the word ("chairman of Allegis")."""
        m = _TITLE_OF_BEFORE.search(self.text, max(0, cand.start - 40), cand.start)
        return m is not None and (m.group(2) is not None or "head" in lexicon.role_words().get(m.group(1), ()))

    def _company_not_person(self, cand: Candidate) -> bool:
        """A name of several words typed a person only for want of common words in it ("Goldman Sachs", "Glidden
        Paints"), with no title, honorific or first name, that speaks of itself as "it" or names a body."""
        if cand.roles or cand.honorific or cand.gender or lexicon.is_first_name(cand.words[0].lower()):
            return False
        last = cand.words[-1]
        return self._speaks_of_itself_as_it(last) or self._names_a_body(last)

    def _names_a_body(self, word: str, adjacent: bool = False) -> bool:
        known = self._bodies.get((word, adjacent))
        if known is None:
            known = self._bodies[(word, adjacent)] = self._reads_a_body(word, adjacent)
        return known

    def _reads_a_body(self, word: str, adjacent: bool) -> bool:
        """Whether the document writes `word` before a company's or a newspaper's noun ("the Ifo economic institute",
        "Pravda newspaper", "Statoil oil company"): the name of that body, nobody's surname."""
        for end in self._ends_of(word):
            if self._next_word(end) in _FUNCTION_WORDS:
                continue  # "Ifo said", "Ifo and": the common case, without the pattern
            m = _BODY_NOUN_AFTER.match(self.text, end, end + 60)
            if m is None or (adjacent and (m.group(1) is not None or _NOUN_AFTER.match(self.text, m.end()))):
                continue  # "the Silicon Valley law firm", "South American producer countries": a modifier of it
            if m.group(1) not in _FUNCTION_WORDS and m.group(2) not in _FUNCTION_WORDS:
                return True
        return False

    def _next_word(self, end: int) -> str:
        """The word after one space at `end` ("" when no space follows: then the pattern decides)."""
        text = self.text
        if not text.startswith(" ", end):
            return ""
        stop = text.find(" ", end + 1)
        return text[end + 1 : stop if stop >= 0 else len(text)]

    def _speaks_of_itself_as_it(self, word: str) -> bool:
        """Whether the word that speaks goes on about itself as "it" rather than "he" or "she" ("Statoil said it
        would drill", "Renault said its sales rose"; "Seaga said he ..."): a company, not a person. Read once a word:
        the answer reads every occurrence of the word, and every mention of a name asks again."""
        known = self._speaks_as_it.get(word)
        if known is None:
            known = self._speaks_as_it[word] = self._it_outnumbers_he(word)
        return known

    def _speaks_never_as_he(self, name: str) -> bool:
        """Whether the name speaks somewhere ("Statistics Canada said") and never goes on about itself as "he" or
        "she" after its speech verb. Read once a name, as every mention of it asks again."""
        known = self._never_he.get(name)
        if known is None:
            known = self._never_he[name] = self._reads_never_as_he(name)
        return known

    def _reads_never_as_he(self, name: str) -> bool:
        speaks = False
        for end in self._ends_of(name):
            if _SAYS_RIGHT_AFTER.match(self.text, end, end + 30) is None:
                continue
            start = end - len(name)
            if _PREPOSITION_BEFORE.search(self.text, max(0, start - 12), start) is not None:
                continue  # "police on Long Island said": the name places the speaker
            speaks = True
            m = _SAID_PRONOUN_AFTER.match(self.text, end, end + 60)
            if m is not None and not m.group(1).lower().startswith("it"):
                return False
        return speaks

    def _it_outnumbers_he(self, word: str) -> bool:
        it = he = 0
        for end in self._ends_of(word):
            if (after := self._next_word(end)) and after not in _SAID_OPENERS:
                continue
            m = _SAID_PRONOUN_AFTER.match(self.text, end, end + 60)
            if m is not None:
                if m.group(1).lower().startswith("it"):
                    it += 1
                else:
                    he += 1
        return it > he

    def _ends_of(self, word: str) -> list[int]:
        """Where each occurrence of `word` as a whole word ends (str.find, not a regular expression over the text)."""
        text, out, i = self.text, [], self.text.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or not word_char(text[i - 1])) and (end == len(text) or not word_char(text[end])):
                out.append(end)
            i = text.find(word, end)
        return out

    def _placed(self, word: str) -> bool:
        """Whether the document puts `word` after 'in', 'near' or 'at' somewhere (its first mention may be a
        modifier: "the Chernobyl nuclear plant ... occurred at Chernobyl")."""
        # the same test as re.search(rf"\b(?:in|near|at) {word}\b"), without compiling a pattern per word
        text = self.text
        if self._place_leads is None:
            self._place_leads = []
            for lead in _PLACE_LEADS:
                at = text.find(lead)
                while at >= 0:
                    if _edge_at(text, at):
                        self._place_leads.append(at + len(lead))
                    at = text.find(lead, at + len(lead))
        return any(text.startswith(word, i) and _edge_at(text, i + len(word)) for i in self._place_leads)

    def _written_lower(self, word: str) -> bool:
        """Whether the document also writes `word` in lower case (then it is a common word, not a name)."""
        low = word.lower()
        if low not in self._lower_seen:
            self._lower_seen[low] = stands_alone(self.text, low)
        return self._lower_seen[low]

    def _absorb(self, cand: Candidate, ent: EntityDraft, found: dict[int, EntityDraft]) -> None:
        """Carry roles, gender and affiliation from a mention to its entity."""
        for role in cand.roles:
            ent.add_role(role)
        if ent.type is PERSON and ent.gender is None and cand.gender:
            ent.gender = cand.gender
        if cand.org_class and not ent.org_class:
            ent.org_class = cand.org_class
        ent.plural = ent.plural or cand.plural
        if cand.affiliation is not None and ent.affiliation is None:
            aff = found.get(id(cand.affiliation))
            if aff is None and cand.affiliation.type is GPE:
                aff = self.place(cand.affiliation.name)
            if aff is not None and aff is not ent:
                ent.affiliation = aff

    def add_description(self, cand: Candidate, ent: EntityDraft) -> Mention:
        for role in cand.roles:
            ent.add_role(role)
        return self._add_mention(cand, ent, DESCRIPTION)

    def new_entity(self, name: str, typ: EntityType, words: list[str]) -> EntityDraft:
        return self._new(name, typ, words)

    def words_of(self, ent: EntityDraft) -> list[str]:
        return self._words.get(id(ent), ent.name.split())


def _plural_of_a_common_noun(word: str) -> bool:
    """ "Treasuries", "Firms", "CDs": a plural whose singular is a common English noun and no given name (a family is
    "the Kennedys", and "Phillips" or "Stephens" open with a given name)."""
    low = word.lower()
    singular = lexicon.singular(low)
    return (
        len(singular) > 1
        and not lexicon.is_first_name(singular)
        and lexicon.zipf(singular) >= _COMMON_SINGULAR_ZIPF
        and lexicon.zipf(singular) > lexicon.zipf(low)
    )


def _short_name_in_brackets(text: str, a: Candidate | None, b: Candidate) -> bool:
    """ "Petroleos Mexicanos (Pemex)", "Den Norske Stats Oljeselskap (Statoil)": a name of two words or more that
    nobody titles, without a first name, followed by one word in brackets with its first letter."""
    return (
        a is not None
        and a.type in (None, PERSON, OTHER)
        and not a.roles
        and not a.honorific
        and len(a.words) >= 2
        and not lexicon.is_first_name(a.words[0].lower())
        and len(b.words) == 1
        and b.type in (None, PERSON, ORG)
        and b.name[:1] == a.name[:1]
        and text[a.end : b.start] == " ("
        and text[b.end : b.end + 1] == ")"
    )


def _common_words(words: list[str]) -> bool:
    """Whether a name is made of English words only, none of them a first name or a title ("Statistics Canada",
    "Judicial Watch"), as a person's name with a title fragment ("Recorder Helen Purcell") or a rare given name
    ("Quina Jones") is not."""
    return all(
        lexicon.zipf(w.lower()) >= _RARE_ZIPF - 0.5
        and not lexicon.is_first_name(w.lower())
        and w.lower().rstrip(".") not in lexicon.role_words()
        for w in words
    )


def _national(ent: EntityDraft) -> bool:
    """Whether an organisation's name opens with a place or its adjective ("Deutsche Babcock", "American Express")."""
    first = ent.name.split(" ", 1)[0]
    return first in lexicon.places()


def _initial_of(a: str, b: str) -> bool:
    """ "j." and "john" are compatible first names."""
    a, b = a.rstrip(".").lower(), b.rstrip(".").lower()
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
