"""Read proper-name candidates out of capitalised sequences: people with their titles, organisations, places.

A sequence such as "U.S. Secretary of State John Kerry" is cut into pieces - a place ("U.S."), a title run
("Secretary of State") and a name ("John Kerry") - and the last piece is what the sequence names; the pieces
before it become roles and affiliation. A sequence that ends in a title ("the Deputy Minister of Foreign
Affairs") is a description of a person named elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import regex

from extractor.entities import lexicon
from extractor.entities.model import GPE, ORG, OTHER, PERSON
from extractor.entities.tokens import Token, name_runs, stands_alone, tokenize_range, without_particle
from extractor.text import Document
from schemas import EntityType

_DETERMINERS = frozenset(("the", "a", "an"))
# Titles held only in a company: the unknown word before them names it ("Mondelez CEO Irene Rosenfeld").
_COMPANY_TITLES = frozenset(("ceo", "cfo", "coo"))
_SPEECH_VERB = r"(?:said|says|told|added|asked|wrote|argued|noted|insisted)\b"
_SPEECH_AFTER = regex.compile(r"\s*" + _SPEECH_VERB)
# … or after an appositive set off by commas ('Metrobanc, a federal savings bank, said')
_SPEECH_AFTER_APPOSITIVE = regex.compile(r"\s*,[^,;.\n]{1,80},\s*" + _SPEECH_VERB)
# … or after "and" another name that speaks with it ("Texaco and Pennzoil said")
_SPEECH_AFTER_PAIR = regex.compile(
    r"\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:said|say|says|told|added|agreed|wrote|argued|noted)\b"
)
# … or after a relative clause set off by commas, whose pronoun tells a body from a person ("Ford, which makes cars
# in Detroit, said", "Brannock, who chairs the committee, said")
_SPEECH_AFTER_RELATIVE = regex.compile(
    r"\s*,\s*(which|who)\b[^,;.\n]{1,100},\s*(?:said|says|told|added|wrote|argued|noted|insisted)\b"
)
# A meeting verb and a capitalised name after a sentence-initial word: "Obama met Xi", "Abe meets with Modi",
# "Miyazawa met with U.S. Treasury Secretary James Baker"
_MEETS_A_NAME_AFTER = regex.compile(
    r"\s+(?:met|meets|(?:will|to)\s+meet|(?:has|had)\s+met|talked|talks|spoke)\s+(?:with\s+)?\p{Lu}[\p{Ll}.]"
)
_HYPHEN_CAPITAL = regex.compile(r"-\p{Lu}")
# Capitalised words that are only grammar at the start of a name ("The", "But").
_COMMON_ZIPF = 4.3
# Before more capitalised words a sentence-initial word needs to be less common to be dropped ("Welcoming Soviet
# leader Mikhail Gorbachev's offer").
_COMMON_BEFORE_NAME_ZIPF = 3.0
# Below this a word is rare in English: a sentence adverb ("Nonetheless", "Ironically") is more common.
_RARE_ZIPF = 3.0
# Below this a word is practically absent from English text: a coined or foreign name, not a common noun.
_UNSEEN_ZIPF = 1.5


@dataclass(eq=False, slots=True)
class Candidate:
    start: int
    end: int
    kind: str  # "name" | "description"
    type: EntityType | None  # None: a single unknown capitalised word, typed when grouped
    name: str  # canonical form of this mention ("Russian Foreign Ministry", "Russia", "John Kerry")
    words: list[str] = field(default_factory=list)  # the name's words, for surname and acronym matching
    roles: list[str] = field(default_factory=list)
    affiliation: Candidate | None = None
    gender: str | None = None
    org_class: str = ""
    plural: bool = False
    place_kind: str = ""  # for GPE: country | alias | demonym | capital | city | region
    honorific: bool = False


@dataclass(slots=True)
class _Piece:
    kind: str  # org | orgname | place | honor | role | other
    i: int
    j: int
    place: lexicon.Place | None = None
    aff_piece: _Piece | None = None  # a role's "of <place/org>" complement
    role_end: int = 0  # token index where the role's own words end (before an "of <place>" complement)


def _join(text: str, toks: list[Token]) -> str:
    return text[toks[0].start : toks[-1].end]


# lower-case words inside the names of the lexicons ("Bank of America", "Rio de Janeiro", "Mar del Plata")
_LOWER_IN_NAMES = frozenset(("of", "and", "the", "de", "del", "da", "do", "dos", "das", "du", "des", "la", "el", "al"))


def _longest(text: str, toks: list[Token], i: int, table: dict, limit: int = 6) -> int:
    """Largest j such that the words toks[i:j] (as written) are a key of `table`; i if none."""
    best = i
    if i >= len(toks) or toks[i].text not in _openings(table):
        return best  # most words open no key: one set lookup instead of a slice and a lookup per length
    start = toks[i].start
    for j in range(i + 1, min(len(toks), i + limit) + 1):
        tok = toks[j - 1]
        if not tok.cap and tok.lower not in _LOWER_IN_NAMES:
            break
        if text[start : tok.end] in table:  # _join(text, toks[i:j]) without the slice of tokens
            best = j
    return best


# id(table) -> (table, its openings); the table is kept so that its id is never another's
_OPENINGS: dict[int, tuple[dict, frozenset[str]]] = {}


def _openings(table: dict) -> frozenset[str]:
    """The texts a key of `table` (one of the lexicon's dicts) may open with: each key, and each of its prefixes that
    ends where a token may end, next to a character that is no letter or digit ("St." of "St. Louis", "Rio" of "Rio
    de Janeiro"). A token's text outside this set opens no key."""
    found = _OPENINGS.get(id(table))
    if found is None or found[0] is not table:
        found = _OPENINGS[id(table)] = (
            table,
            frozenset(
                key[:p]
                for key in table
                for p in range(1, len(key) + 1)
                if p == len(key) or not key[p].isalnum() or not key[p - 1].isalnum()
            ),
        )
    return found[1]


# Company words that open a name in French, Spanish, Italian, Portuguese and German ("Banque Paribas", "Banco
# Industrial de Venezuela", "Compagnie Generale des Eaux"), and a bank's in English ("Bank Negara", "Bank Leumi"):
# the name runs on to the end of the capitalised words
_OPENING_HEADS = frozenset(
    ("bank", "banque", "banco", "banca", "compagnie", "societe", "société", "sociedad", "companhia", "bankhaus",
     "groupe", "gruppo", "prensa", "agence", "agencia", "instituto", "institut", "caisse")
)


# Legal forms that Swedish and Finnish names put first or inside ("AB Volvo", "Telefon AB L.M. Ericsson")
_OPENING_FORMS = frozenset(("ab",))


def _org_run(text: str, toks: list[Token], i: int) -> int:
    """End of an organisation name starting at i ("Russian Foreign Ministry", "Bank of America"), or i."""
    heads = lexicon.org_heads()
    if (toks[i].lower in _OPENING_HEADS or toks[i].lower in _OPENING_FORMS) and i + 1 < len(toks) and not (
        toks[i].lower == "bank" and (not toks[i + 1].cap or any(t.lower in heads for t in toks[i + 1 :]))
    ):  # (an English bank's word opens a name that no 'of' goes on with, 'Bank of the West', and no later head
        # closes, 'Bank Officers Union')
        j = i + 1
        while j < len(toks) and (toks[j].cap or toks[j].lower in _INNER_WORDS) and not _is_title(toks[j]):
            j += 1
        while not toks[j - 1].cap:
            j -= 1
        return j
    best = i
    j = i
    while j < len(toks) and (toks[j].cap or toks[j].lower in _ORG_RUN_WORDS):
        if (
            toks[j].cap
            and toks[j].lower in heads
            and (j > i or toks[j].lower not in _MODIFIED_HEADS)
            and not _adjective_before_name(toks, j)
            and not _numbered(text, toks, j)
        ):
            best = j + 1
            if toks[j].lower in _OPENING_FORMS and j + 1 < len(toks) and toks[j + 1].cap:
                return _org_run(text, toks, j)  # "Telefon AB L.M. Ericsson": the name runs on after the legal form
        j += 1
    if best == i:
        return i
    while best < len(toks) and toks[best].cap and toks[best].lower in lexicon.LEGAL_FORMS:
        best += 1  # "Harris Associates L.P.": the legal form closes the name
    # an "of ..." complement after the head belongs to the name unless a title follows ("Bank of America")
    if best < len(toks) and toks[best].lower in ("of", "for", "on"):
        k = best + 1
        while k < len(toks) and (toks[k].cap or toks[k].lower in ("the", "and", "of", "&")):
            if _is_role_head(toks[k]) and k + 1 < len(toks) and toks[k + 1].cap:
                break
            k += 1
        while k > best and not toks[k - 1].cap:
            k -= 1
        best = k
    return best


_INNER_WORDS = frozenset(("de", "del", "des", "du", "di", "do", "da", "la", "le", "y", "e", "of", "and", "&"))
# lower-case words inside a name that a head closes: English ones ("Bank of America") and the particles of other
# languages ("Petroleos de Venezuela S.A.", whose legal form closes it)
_ORG_RUN_WORDS = _INNER_WORDS | {"for", "the", "on"}
# Heads that name a body only after a word that says which ('United Auto Workers', not 'Workers objected')
_MODIFIED_HEADS = frozenset(("workers",))


def _is_title(tok: Token) -> bool:
    kinds = lexicon.role_words().get(tok.lower, ())
    return bool(kinds) and "honorific" not in kinds


# Organisation heads that are adjectives: a head only where they end the name ("Morgan Stanley International"),
# not before more of it ("International Trade and Industry")
_ADJECTIVE_HEADS = frozenset(("international",))


def _adjective_before_name(toks: list[Token], j: int) -> bool:
    return toks[j].lower in _ADJECTIVE_HEADS and j + 1 < len(toks) and toks[j + 1].cap


_NUMBERED_HEADS = frozenset(("unit",))
_NUMBER_NEXT = regex.compile(r" \d")
_NUMBER_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))


def _numbered(text: str, toks: list[Token], j: int) -> bool:
    """Whether a number follows a head that numbers things: a label ("Unit Two", "Unit 2" of a power plant), not a
    body's name (a number after other heads is a quantity: "Chevron USA Inc 3,000 bpd")."""
    if toks[j].lower not in _NUMBERED_HEADS:
        return False
    if j + 1 < len(toks):
        return toks[j + 1].lower in _NUMBER_WORDS
    return _NUMBER_NEXT.match(text, toks[j].end) is not None


def _is_role_head(tok: Token) -> bool:
    return "head" in lexicon.role_words().get(tok.lower, ())


def _role_run(text: str, toks: list[Token], i: int) -> tuple[int, int, _Piece | None]:
    """(end of the title words, end including an "of ..." complement, the complement if it is a place/org)."""
    roles = lexicon.role_words()
    j, last_head = i, i
    while j < len(toks) and toks[j].lower in roles and "honorific" not in roles[toks[j].lower]:
        if "head" in roles[toks[j].lower]:
            last_head = j + 1
        j += 1
    if last_head == i:
        return i, i, None
    end = last_head
    if (
        end + 1 < len(toks)
        and toks[end].lower in ("of", "for", "to")
        and toks[end + 1].cap
        and toks[end + 1].lower != "the"  # a capitalised 'The' is the next line's: a name must follow it
        or (end + 2 < len(toks) and toks[end].lower in ("of", "for", "to") and toks[end + 1].lower == "the")
    ):
        k = end + 1 + (toks[end + 1].lower == "the")
        place_end = _longest(text, toks, k, lexicon.places())
        org_end = max(_longest(text, toks, k, lexicon.org_names()), _org_run(text, toks, k))
        if org_end > k and org_end >= place_end:
            return end, org_end, _Piece("org", k, org_end)
        if place_end > k and toks[end].lower == "to":
            return place_end, place_end, None  # "Ambassador to Athens": the place is part of the title
        if place_end > k:
            return end, place_end, _Piece("place", k, place_end, place=lexicon.places()[_join(text, toks[k:place_end])])
        # "of Foreign Affairs", "of State": common words that complete the title, up to a name; after "the"
        # any capitalised word does ("Chancellor of the Exchequer Nigel Lawson"): no name follows an article
        m = k
        after_article = toks[end + 1].lower == "the"
        while m < len(toks) and toks[m].cap and not lexicon.is_first_name(toks[m].lower):
            if lexicon.zipf(toks[m].lower) < 3.5 and not (after_article and m + 1 < len(toks)):
                break
            m += 1
            if m + 2 < len(toks) and toks[m].lower == "and" and _common_title_word(toks[m + 1]):
                m += 1  # "Minister of Industry and Trade Cahit Aral": the two fields make one title
        if m > k:
            # "Minister of State for Finance Damas Mbogoro": a second complement of common words goes on the title
            while m + 2 < len(toks) and toks[m].lower in ("for", "of") and toks[m + 1].cap:
                n = m + 1
                while n < len(toks) and toks[n].cap and not lexicon.is_first_name(toks[n].lower):
                    if lexicon.zipf(toks[n].lower) < 3.5:
                        break
                    n += 1
                    if n + 1 < len(toks) and toks[n].lower == "and" and toks[n + 1].cap:
                        n += 1  # "for Finance and Industry"
                if n == m + 1:
                    break
                m = n
            return m, m, None
    return end, end, None


def _common_title_word(tok: Token) -> bool:
    """A capitalised common word that may complete a title's field ("Trade" of "Industry and Trade")."""
    return tok.cap and not lexicon.is_first_name(tok.lower) and lexicon.zipf(tok.lower) >= 3.5


def _pieces(text: str, toks: list[Token]) -> list[_Piece]:
    out: list[_Piece] = []
    i = 0
    roles = lexicon.role_words()
    while i < len(toks):
        tok = toks[i]
        if out and out[-1].kind == "other":
            # inside a name, only a title (followed by more words) or an organisation head ends it
            role_end, full_end, comp = _role_run(text, toks, i)
            if role_end > i and full_end < len(toks):
                name = out[-1]
                while name.j - 1 > name.i and toks[name.j - 1].lower in ("and", "&"):
                    name.j -= 1  # "Sheikh Zaid bin Sultan al-Nahayan and Oil Minister ...": the "and" joins two people
                out.append(_Piece("role", i, full_end, aff_piece=comp, role_end=role_end))
                i = full_end
                continue
            out[-1].j = i + 1
            i += 1
            continue
        if _is_role_head(tok) and i + 1 < len(toks) and toks[i + 1].lower in ("of", "for", "to"):
            # a title with its complement ("Officials of the Ministry of Trade", "Chairman of the Federal Reserve
            # Board Alan Greenspan"): the organisation is the title's, not a name that starts with the title
            role_end, full_end, comp = _role_run(text, toks, i)
            if role_end > i:
                out.append(_Piece("role", i, full_end, aff_piece=comp, role_end=role_end))
                i = full_end
                continue
        orgname_end = _longest(text, toks, i, lexicon.org_names())
        org_end = _org_run(text, toks, i)
        place_end = _longest(text, toks, i, lexicon.places())
        if place_end > i and not _adjective_stands_apart(toks, i, place_end):
            place_end = i  # "Western Journalism": the adjective is part of a name
        if place_end > i and _place_starts_a_name(toks, i, place_end):
            place_end = i  # "Vladimir Putin", "Chad Smith": a place name that is a first name here
        if place_end > i and _initials_open_a_name(text, toks, i, place_end):
            place_end = i  # "N.M. Rothschild", "the D.C. Circuit": initials, not the state "Bedminster, N.J." names
        if org_end > i and org_end >= max(orgname_end, place_end + 1):
            out.append(_Piece("org", i, org_end))
            i = org_end
        elif orgname_end > i and orgname_end >= place_end:
            out.append(_Piece("orgname", i, orgname_end))
            i = orgname_end
        elif place_end > i:
            out.append(_Piece("place", i, place_end, place=lexicon.places()[_join(text, toks[i:place_end])]))
            i = place_end
        elif "honorific" in roles.get(tok.lower, ()) and i + 1 < len(toks):
            out.append(_Piece("honor", i, i + 1))
            i += 1
        else:
            role_end, full_end, comp = _role_run(text, toks, i)
            if role_end > i:
                out.append(_Piece("role", i, full_end, aff_piece=comp, role_end=role_end))
                i = full_end
            else:
                out.append(_Piece("other", i, i + 1))
                i += 1
    return out


def _adjective_stands_apart(toks: list[Token], i: int, j: int) -> bool:
    """A group adjective ("Western", "Hispanic") is a piece of its own only before a title, honorific or first name."""
    place = lexicon.places().get(" ".join(t.text for t in toks[i:j]))  # None where the text has two spaces
    if place is None or place.kind != "group" or j >= len(toks):
        return True
    nxt = toks[j].lower
    return nxt in lexicon.role_words() or lexicon.is_first_name(nxt)


def _place_starts_a_name(toks: list[Token], i: int, j: int) -> bool:
    """A city or country name followed by another capitalised word that is no title or organisation is a first
    name ("Russian President Vladimir Putin"); demonyms and abbreviations ("U.S.") always stand apart."""
    if j >= len(toks) or j - i > 1:
        return False
    place = lexicon.places()[toks[i].text]
    nxt = toks[j]
    return (
        place.kind in ("city", "capital", "country", "region")
        and nxt.cap
        and nxt.lower not in lexicon.role_words()
        and nxt.lower not in lexicon.org_heads()
        and nxt.text not in lexicon.places()
        and lexicon.is_first_name(toks[i].lower)
    )


def _initials_open_a_name(text: str, toks: list[Token], i: int, j: int) -> bool:
    """A state abbreviated by its initials ("N.J.") is the state after a city and its comma; before more capitalised
    words anywhere else it is a name's initials."""
    if j >= len(toks) or "." not in toks[i].text:
        return False
    place = lexicon.places().get(toks[i].text)  # None for the first word of a longer name ("St. Catharines")
    if place is None or place.kind != "region":
        return False
    return not text[: toks[i].start].rstrip().endswith(",")


def _surname_he(tok: Token, after: Token) -> bool:
    """'He Kang, Minister of Agriculture', 'But He Weiling said': the Chinese surname He, not the pronoun, which a
    verb or an adverb follows in lower case, never a rare capitalised word."""
    return (
        tok.text == "He"
        and after.cap
        and not after.text.isupper()
        and lexicon.zipf(after.lower) < _COMMON_ZIPF
        and after.text not in lexicon.places()
    )


def _leading_grammar(text: str, toks: list[Token], i: int, j: int, capitalised_elsewhere: set[str]) -> int:
    """Skip determiners and sentence-initial common words ("The", "But", "Speaking") at the start of a run."""
    stop = lexicon.stopwords()
    # a run closed by a company word ("Imperial Chemical Industries PLC", "Trans World Airlines") is one name
    # from its first word: only determiners and stop words before it are grammar
    company = j - i >= 2 and _company_run(text, toks, i, j)
    while i < j:
        tok = toks[i]
        if i + 1 < j and toks[i + 1].lower in ("and", "&"):
            break  # "A and W Brands": a word that "and" joins to the next is a name's, not grammar
        if i + 2 == j and _surname_he(toks[i], toks[i + 1]):  # a longer run is a headline's ('He Captures GOP')
            break
        if tok.lower in stop or (tok.initial and i + 1 < j and _PARTICIPLE_COMPOUND.fullmatch(tok.text)):
            i += 1  # ('Privately-held NeoRx Corp said', 'State-owned Petrobras': a participle compound modifies it)
            continue
        if (
            not company
            and tok.initial
            and _longest(text, toks, i, lexicon.places()) == i
            and _longest(text, toks, i, lexicon.org_names()) == i
            and tok.cap
            and tok.lower not in capitalised_elsewhere
            and tok.text not in lexicon.places()
            and tok.lower not in lexicon.role_words()
            and tok.lower not in lexicon.org_heads()
            and not lexicon.is_first_name(tok.lower)
            and not lexicon.is_initial(tok.text)  # 'F. Wilhelm Christians said': an initial is no common word
            and lexicon.zipf(tok.lower) >= (_COMMON_ZIPF if i + 1 == j else _COMMON_BEFORE_NAME_ZIPF)
            and not (i + 1 < j and _opens_speaking_name(text, toks, i, j))
        ):
            i += 1
            continue
        break
    return i


# What may follow a name that a body's word closes ("Heart Federal Savings and Loan Association said"), where a
# lower-case noun would make the run a modifier ("Twelve Arab League nations", "Internal Trump University records")
_AFTER_BODY_NAME = regex.compile(r"\s*(?:[,()<.;:]|(?:said|says|told|added)\b)")


def _company_run(text: str, toks: list[Token], i: int, j: int) -> bool:
    """Whether a company's word closes the run's name, at its end or before an "of ..." complement ("Imperial
    Chemical Industries PLC", "Municipal Assistance Corp of New York"), or another body's word ends a run that names
    a subject or stands apart ("Heart Federal Savings and Loan Association said")."""
    heads = lexicon.org_heads()
    for k in range(j - 1, i, -1):
        tok = toks[k]
        cls = heads.get(tok.lower.rstrip(".")) if tok.cap else None
        if cls == "company":
            return k == j - 1 or toks[k + 1].lower == "of"
        if cls == "group" or cls == "gov":
            if k < j - 1:
                return cls == "gov" and toks[k + 1].lower == "of"  # "Monetary Authority of Singapore"
            return _AFTER_BODY_NAME.match(text, tok.end, tok.end + 12) is not None
    return False


# Endings of the adverbs and participles that open sentences ("Previously", "Welcoming", "Striking")
_GRAMMAR_ENDINGS = ("ly", "ing")


def _opens_speaking_name(text: str, toks: list[Token], i: int, j: int) -> bool:
    """Whether the sentence-initial word toks[i] is the first word of a name that speaks ("Appalachian Power said",
    "Southwestern Bell said"): the run is followed by a speech verb, its first word is rarer than the grammar words
    that open sentences and is no adverb or participle, and no title or first name in the run names a person
    ("Investor David Smith said", "Shipping minister Lord Brabazon said" keep their first word as grammar)."""
    tok = toks[i]
    return (
        lexicon.zipf(tok.lower) < _COMMON_ZIPF
        and not tok.lower.endswith(_GRAMMAR_ENDINGS)
        and _SPEECH_AFTER.match(text, toks[j - 1].end, toks[j - 1].end + 40) is not None
        and not any(t.lower in lexicon.role_words() or lexicon.is_first_name(t.lower) for t in toks[i + 1 : j])
    )


def _place_candidate(text: str, toks: list[Token], piece: _Piece) -> Candidate | None:
    """A place, or the party a party adjective names ("Republican"); group adjectives ("Hispanic") name nothing."""
    place = piece.place
    assert place is not None
    if place.kind == "group":
        return None
    if place.kind == "party":
        return Candidate(
            toks[piece.i].start,
            toks[piece.j - 1].end,
            "name",
            ORG,
            place.canonical,
            words=place.canonical.split(),
            org_class="party",
            plural=False,
        )
    return Candidate(
        toks[piece.i].start,
        toks[piece.j - 1].end,
        "name",
        GPE,
        place.canonical,
        words=[t.text for t in toks[piece.i : piece.j]],
        place_kind=place.kind,
        plural=False,
    )


def _org_candidate(text: str, toks: list[Token], piece: _Piece) -> Candidate:
    words = toks[piece.i : piece.j]
    cls, aff = lexicon.org_names().get(_join(text, words), ("", None))
    aff_cand = None
    heads = [lexicon.org_heads()[t.lower] for t in words if t.cap and t.lower in lexicon.org_heads()]
    cls = cls or (heads[-1] if heads else "group")
    name_words = words
    place_end = _longest(text, words, 0, lexicon.places())
    if 0 < place_end < len(words):
        place = lexicon.places()[_join(text, words[:place_end])]
        aff_cand = _place_candidate(text, words, _Piece("place", 0, place_end, place=place))
        # "Japanese Ministry of International Trade": the long name stands without its nationality
        if len(words) - place_end >= 3 and lexicon.org_heads().get(words[place_end].lower) == "gov":
            name_words = words[place_end:]
    elif aff is not None:
        aff_cand = Candidate(words[0].start, words[0].start, "name", GPE, aff, words=[aff])
    # "Mitsui Co Ltd" is canonically "Mitsui": legal-form words are not part of the name
    while len(name_words) > 1 and name_words[-1].lower in lexicon.LEGAL_FORMS:
        name_words = name_words[:-1]
        if len(name_words) > 1 and name_words[-1].lower in ("and", "&"):
            name_words = name_words[:-1]  # "Lewis-Westco and Co" is "Lewis-Westco"
    name = _join(text, name_words)
    plural = name_words[-1].lower in ("republicans", "democrats", "forces")
    return Candidate(
        words[0].start,
        words[-1].end,
        "name",
        ORG,
        name,
        words=[t.text for t in name_words],
        affiliation=aff_cand,
        org_class=cls,
        plural=plural,
    )


def _name_type(toks: list[Token], titled: bool) -> EntityType | None:
    if titled:
        return PERSON
    if len(toks) == 1:
        tok = toks[0]
        if tok.text.isupper() and 2 <= len(tok.text.replace(".", "")) <= 6:
            return ORG
        if tok.text.endswith(_POSSESSIVES):
            return ORG  # a name that keeps its "'s" is a firm named for its founder ("Moody's")
        if "-" in tok.text and _HYPHEN_CAPITAL.search(without_particle(tok.text)):
            return OTHER  # "Reagan-Gorbachev", "Japan-Poland": a pairing, not a name
        return None
    if any(t.lower in ("and", "&") for t in toks[1:-1]):
        return ORG  # "S and P", "Standard and Poor's": partners' names make a firm, not a person
    given = toks[_given_name_at(toks)]
    if lexicon.is_first_name(given.lower) and given.lower not in lexicon.role_words():
        return PERSON
    if any(ch.isdigit() for t in toks for ch in t.text):
        return OTHER  # "Airbus A330", "Nielsen 1-20": a model or a label, nobody's name
    # several capitalised words, none of them common English: a foreign or unusual personal name
    if all(lexicon.zipf(t.lower) < 4.0 for t in toks if len(t.lower) > 2) and len(toks) <= 4:
        return PERSON
    # a given name English has never seen before a surname that is also a given name ("Rakeyia Scott")
    if len(toks) == 2 and lexicon.zipf(toks[0].lower) < _UNSEEN_ZIPF and lexicon.is_first_name(toks[1].lower):
        return PERSON
    return OTHER


def analyse(text: str, toks: list[Token], capitalised_elsewhere: set[str]) -> list[Candidate]:
    """Candidates read from one capitalised sequence, the named one last."""
    lone = toks[0] if len(toks) == 1 else None
    if (
        lone
        and lone.initial
        and lone.lower in lexicon.org_heads()
        and lone.lower not in capitalised_elsewhere
        and not (lone.text.isupper() and lone.text.isalpha())  # ('ASA said': initials, though 'ASA' is a legal form)
    ):
        return []  # an organisation word alone opens a sentence as a common noun ("Company sources said")
    if lone and lone.cap and lone.lower not in lexicon.role_words():
        return _analyse_word(text, toks, capitalised_elsewhere)
    i = _leading_grammar(text, toks, 0, len(toks), capitalised_elsewhere)
    toks = toks[i:]
    if not toks:
        return []
    pieces = _pieces(text, toks)
    if len(pieces) >= 2 and _common_word_after_a_dotted_place(text, toks, pieces[-2], pieces[-1]):
        pieces.pop()
    if len(pieces) >= 2 and _common_words_close_a_name(toks, pieces[-2], pieces[-1]):
        pieces[-2:] = [_Piece("org", pieces[-2].i, pieces[-1].j)]
    elif len(pieces) >= 2 and _title_opens_a_name(toks, pieces[-2], pieces[-1]):
        pieces[-2:] = [_Piece("other", pieces[-2].i, pieces[-1].j)]
    out: list[Candidate] = []
    roles: list[str] = []
    affiliation: Candidate | None = None
    gender: str | None = None  # from an honorific ("Mrs."), else from a title ("chairman")
    role_gender: str | None = None
    titled = False
    role_start: int | None = None
    last_role: _Piece | None = None
    for n, piece in enumerate(pieces[:-1]):
        if piece.kind == "place" and last_role is not None and pieces[n + 1].kind == "role":
            # "Deputy U.S. Trade Representative": one title around a place
            if (place := _place_candidate(text, toks, piece)) is not None:
                affiliation = place
                out.append(place)
            roles.pop()
            role_start = last_role.i
        elif piece.kind == "place":
            if (place := _place_candidate(text, toks, piece)) is not None:
                affiliation = place
                out.append(place)
        elif piece.kind in ("org", "orgname"):
            affiliation = _org_candidate(text, toks, piece)
            out.append(affiliation)
            role_start = piece.i if role_start is None else role_start
        elif piece.kind == "honor":
            gender = lexicon.role_genders().get(toks[piece.i].lower, gender)
            titled = True
        elif piece.kind == "role":
            roles.append(_join(text, toks[role_start if role_start is not None else piece.i : piece.role_end]))
            role_start = None
            last_role = piece
            role_gender = role_gender or lexicon.role_genders().get(toks[piece.role_end - 1].lower)
            titled = True
            if piece.aff_piece is not None:
                affiliation = _piece_candidate(text, toks, piece.aff_piece)
                if affiliation is not None:
                    out.append(affiliation)
        else:  # a name before a title: "Obama spokesman Josh Earnest", "MITI vice president Makoto Kuroda"
            cand = _other_candidate(text, toks[piece.i : piece.j], False, None)
            out.append(cand)
            nxt = pieces[n + 1]
            if cand.type is None and nxt.kind == "role" and toks[nxt.role_end - 1].lower in _COMPANY_TITLES:
                cand.type, cand.org_class = ORG, "company"  # "Mondelez CEO Irene Rosenfeld"
            if cand.type is ORG:
                affiliation = cand
                role_start = piece.i if role_start is None else role_start
    head = pieces[-1]
    if head.kind == "place":
        if (place := _place_candidate(text, toks, head)) is not None:
            out.append(place)
    elif head.kind in ("org", "orgname"):
        org = _org_candidate(text, toks, head)
        if org.affiliation is not None and org.affiliation.end > org.affiliation.start:
            out.append(org.affiliation)  # "Russian" in "Russian Foreign Ministry" also mentions Russia
        out.append(org)
    elif head.kind == "role":
        role_text = _join(text, toks[role_start if role_start is not None else head.i : head.role_end])
        if head.aff_piece is not None and (comp := _piece_candidate(text, toks, head.aff_piece)) is not None:
            out.append(comp)
            affiliation = comp
        desc = Candidate(
            toks[0].start if roles or role_start is not None else toks[head.i].start,
            toks[head.j - 1].end,
            "description",
            PERSON,
            role_text,
            roles=[*roles, role_text],
            affiliation=affiliation,
            gender=gender or role_gender or lexicon.role_genders().get(toks[head.role_end - 1].lower),
        )
        desc.start = toks[head.i].start if not roles else desc.start
        out.append(desc)
    elif head.kind == "other":
        if (
            len(pieces) == 1
            and head.j - head.i == 1
            and (
                _capital_proves_nothing(text, toks[head.i], capitalised_elsewhere)
                or (toks[head.i].initial and toks[head.i].lower in lexicon.nominals())
            )
        ):
            return out  # "Officials said": a description for resolve(), not a name
        cand = _other_candidate(text, toks[head.i : head.j], titled, gender)
        # the first name tells before the title does: "CFTC chairman Susan Phillips" is a woman
        cand.gender = cand.gender or role_gender
        cand.roles = roles
        cand.affiliation = affiliation
        if titled:
            cand.honorific = any(p.kind == "honor" for p in pieces)
        out.append(cand)
    return out


# A word at least this common in English is a common noun or adjective, not a surname ("Pacific", "Markets").
_COMMON_NAME_WORD_ZIPF = 3.0


def _common_words_close_a_name(toks: list[Token], before: _Piece, last: _Piece) -> bool:
    """ "Texas Pacific", "Alberta Agriculture", "Merrill Lynch Capital Markets": common English words (no first name)
    right after a state, a city or an organisation continue its name; they name no person."""
    if last.kind != "other" or before.kind not in ("place", "org", "orgname") or before.j != last.i:
        return False
    if before.kind == "org" and toks[before.j - 1].lower in lexicon.LEGAL_FORMS:
        return False  # "Chrysler Corp Jeep": the legal form closed the company's name
    if before.kind == "place" and (
        before.place is None
        or before.place.kind not in ("region", "city", "capital")
        or not toks[before.i].text[1:].islower()
    ):
        return False  # "U.S. Firms", "Lebanese Pound", "Britain Today": a country or its adjective before a noun
    return all(
        t.cap
        and not t.text.isupper()
        and not lexicon.is_first_name(t.lower)
        and lexicon.zipf(t.lower) >= _COMMON_NAME_WORD_ZIPF
        and t.lower not in lexicon.stopwords()
        for t in toks[last.i : last.j]
    )


def _common_word_after_a_dotted_place(text: str, toks: list[Token], before: _Piece, last: _Piece) -> bool:
    """ "6.2 billion U.S. Dlrs", "the U.S. Currency", "the U.K. Budget": wire copy capitalises the word after an
    abbreviation's dot as if a sentence began there; a wire-copy unit, or a common word the text also writes in lower
    case, names nothing ("U.S. Sprint", never written "sprint", stays a name)."""
    if before.kind != "place" or last.kind != "other" or before.j != last.i or last.j - last.i != 1:
        return False
    tok = toks[last.i]
    if not toks[before.j - 1].text.endswith(".") or not tok.text[1:].islower():
        return False
    return tok.lower in lexicon.stopwords() or (
        lexicon.zipf(tok.lower) >= _COMMON_NAME_WORD_ZIPF
        and not lexicon.is_first_name(tok.lower)
        and stands_alone(text, tok.lower)
    )


_NAME_CONNECTORS = frozenset(("of", "on", "for", "the", "and", "&"))


def _title_opens_a_name(toks: list[Token], before: _Piece, last: _Piece) -> bool:
    """ "General Agreement on Tariffs and Trade": words joined by "on", "of" or "and" are no personal name, so the
    title word right before them is the name's first word, not a title held by someone."""
    return (
        before.kind == "role"
        and before.aff_piece is None
        and before.j == last.i
        and last.kind == "other"
        and toks[last.i].cap
        and any(t.lower in _NAME_CONNECTORS for t in toks[last.i + 1 : last.j - 1])
    )


def _analyse_word(text: str, toks: list[Token], capitalised_elsewhere: set[str]) -> list[Candidate]:
    """The common case of a lone capitalised word, without the piece machinery."""
    tok = toks[0]
    if tok.lower in lexicon.stopwords():
        return []
    if (state := _state_after_city(text, tok)) is not None:
        return [Candidate(tok.start, tok.end, "name", GPE, state, words=[state], place_kind="region")]
    place = lexicon.places().get(tok.text)
    if place is None and len(tok.text) >= 4 and tok.text.isupper() and tok.text.isalpha():
        place = lexicon.places().get(tok.text.title())  # a dateline or headline in capitals ("JOHANNESBURG")
        if place is not None and place.kind not in ("country", "capital", "city", "region"):
            place = None
    if place is not None:
        cand = _place_candidate(text, toks, _Piece("place", 0, 1, place=place))
        return [cand] if cand is not None else []
    if tok.text in lexicon.org_names() or (tok.lower in lexicon.org_heads() and tok.lower not in _MODIFIED_HEADS):
        return [_org_candidate(text, toks, _Piece("org", 0, 1))]
    if _capital_proves_nothing(text, tok, capitalised_elsewhere) or (tok.initial and tok.lower in lexicon.nominals()):
        return []
    if (
        tok.initial
        and tok.lower not in capitalised_elsewhere
        and lexicon.zipf(tok.lower) >= _COMMON_ZIPF
        and not _subject_of_a_clause(text, tok)
    ):
        return []  # "But", "Speaking": a common word that only the sentence capitalised
    cand = _other_candidate(text, toks, False, None)
    # "the Hafts", "the Kennedys": a family, never 'he'
    cand.plural = tok.text.endswith("s") and text.endswith("the ", 0, tok.start)
    return [cand]


# An appositive after a name and its comma: an article, then words up to a comma, a sentence's end or a word that goes
# on describing ("a federal savings bank,", "the chairman of the committee", "a unit of Allegis", "the company that")
_APPOSITIVE = regex.compile(
    r",\s+(?:a|an|the)\s+((?:[\p{L}\p{N}.'’&-]+\s+){0,5}?[\p{L}\p{N}'’&-]+)"
    r"(?=\s*(?:[,;:()]|\.(?:\s|$)|$)|\s+(?:of|for|in|at|with|based|that|which|who|whose|owned|controlled|and|since|until"
    r"|from|on|to)\b)"
)
# A verb before the appositive's closing comma or a relative pronoun: the phrase is the subject of a clause, not an
# appositive ("near Maribor, the department's counselor in Belgrade said", "in the Capitol, a group of senators met
# with ..."); after "that" or "which" a verb is the relative clause's ("a group that has sued")
_VERB_IN_CLAUSE = regex.compile(
    r"(?:(?!\b(?:that|which|who|whose)\b)[^,;.\n])*?\b(?:said|says|told|met|meets|is|was|are|were|has|have|had|will"
    r"|would|could|can|may|might|must|should|did|does|do)\b"
)
# A compound ending in a participle ('Privately-held', 'State-owned', 'Texas-based', 'Family-run')
_PARTICIPLE_COMPOUND = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Ll}+)*-(?:\p{Ll}+ed|held|run|led|made|born|built|known)")
# Nouns that describe a country as well as a company ("in Sichuan, the country's biggest agricultural producer")
_PLACE_NOUNS = frozenset(("producer", "exporter", "importer", "supplier", "consumer"))
# Prepositions that place what follows them: "in Sichuan, the country's biggest producer" is a place
_PLACING = regex.compile(
    r"(?<!\p{L})(?:[Ii]n|[Nn]ear|[Aa]t|[Ii]nside|[Aa]cross|[Tt]hroughout|[Aa]round|[Oo]utside)\s+(?:the\s+)?$"
)
# Organisation heads that also end compound names written as one word ("Citibank", "Gazprombank"): no title makes
# such a word a person
COMPOUND_ORG_HEADS = ("bank", "corp", "tel", "com", "air", "soft", "tech")


def _appositive_head(text: str, end: int) -> str | None:
    """The head noun of an appositive right after offset `end` (", a federal savings bank," -> "bank"), if any."""
    if not text.startswith(",", end):
        return None
    m = _APPOSITIVE.match(text, end, end + 120)
    if m is None:
        return None
    head = m.group(1).rsplit(None, 1)[-1]
    if not head.islower() or _VERB_IN_CLAUSE.match(text, m.end(), m.end() + 80) is not None:
        return None
    return head


def _describes_a_name(text: str, end: int) -> bool:
    """Whether an appositive after `end` is headed by a body's noun or a title ("Samedan, a Noble unit, is ...")."""
    head = _appositive_head(text, end)
    return head is not None and (head in lexicon.body_nouns() or "head" in lexicon.role_words().get(head, ()))


def _type_by_appositive(text: str, cand: Candidate) -> None:
    """Type a name that nothing else typed by the head noun of the appositive after it: an organisation's noun
    ("Metrobanc, a federal savings bank, said", "Samedan, a Noble unit, is ...") or a title ("Citibank, the chairman
    of the advisory committee, said" is a person). A first name, a title or an honorific has typed a person already;
    places keep their type."""
    if cand.kind != "name" or cand.type is GPE or cand.type is ORG or cand.roles or cand.honorific:
        return
    if cand.type is PERSON and lexicon.is_first_name(cand.words[0].lower()):
        return
    head = _appositive_head(text, cand.end)
    if head is None:
        if cand.type is None and (m := _SPEECH_AFTER_RELATIVE.match(text, cand.end, cand.end + 200)) is not None:
            cand.type = ORG if m.group(1) == "which" else PERSON  # "Ford, which makes cars, said"
            cand.org_class = "company" if cand.type is ORG else ""
        return
    placed = _PLACING.search(text, max(0, cand.start - 16), cand.start) is not None
    cls = lexicon.body_nouns().get(head)
    if cls is not None and not (placed and head in _PLACE_NOUNS):
        cand.type, cand.org_class, cand.gender, cand.plural = ORG, cls, None, False
    elif (
        cand.type in (None, OTHER)  # ('Coyle Kelly, an analyst at …': words English knows read as no name)
        and not placed
        and "head" in lexicon.role_words().get(head, ())
        and not any(cand.name.lower().endswith(h) for h in COMPOUND_ORG_HEADS)
    ):
        cand.type = PERSON


def _subject_of_a_clause(text: str, tok: Token) -> bool:
    """A common word that speaks after a relative clause ("Ford, which makes cars, said") or meets someone named
    ("Obama met Xi") is a name, unless it is a plural, an adverb or participle, or a common noun the lexicons know
    ("Analysts, who asked not to be named, said")."""
    return (
        tok.text.isalpha()
        and not tok.lower.endswith(("s", *_GRAMMAR_ENDINGS))
        and tok.lower not in lexicon.nominals()
        and tok.lower not in lexicon.role_words()
        and (
            _MEETS_A_NAME_AFTER.match(text, tok.end, tok.end + 30) is not None
            or _SPEECH_AFTER_RELATIVE.match(text, tok.end, tok.end + 200) is not None
        )
    )


def _state_after_city(text: str, tok: Token) -> str | None:
    """The US state that "Fla" names in "Pensacola, Fla., said": a state abbreviation right after a capitalised
    word and its comma (elsewhere "Miss", "Wash" or "Ill" are words)."""
    start = tok.start
    if start < 3 or text[start - 2 : start] != ", " or not text[start - 3].isalpha():
        return None
    state = lexicon.city_states().get(tok.text)
    if state is None or tok.text in lexicon.places():
        return None
    k = text.rfind(" ", 0, start - 2) + 1
    return state if text[k].isupper() else None


def _city_before_state(text: str, cand: Candidate) -> bool:
    """ "Pensacola" in "Pensacola, Fla.", "Norris City" in "Norris City, Ill.": an unknown name right before a
    comma and a US state is a town there."""
    if not text.startswith(", ", cand.end):
        return False
    if cand.type is PERSON and not any(w in _TOWN_WORDS for w in cand.words):
        return False  # "John Smith, Calif.": a person of that state
    start = end = cand.end + 2
    while end < len(text) and (text[end].isalpha() or text[end] in ". ") and end - start < 20:
        if text[end] == " " and not text[end + 1 : end + 2].isupper():
            break
        end += 1
    word = text[start:end].rstrip(" ")
    states = lexicon.city_states()
    return word in states or (word.endswith(".") and word.count(".") == 1 and word[:-1] in states)


# Words of town names that are also first names or common words ("Norris City", "Palm Beach", "Grand Rapids")
_TOWN_WORDS = frozenset(
    ("City", "Beach", "Falls", "Springs", "Park", "Heights", "Hills", "Valley", "Lake", "Rapids", "Harbor", "Creek",
     "Island", "Bay", "Port", "Fort", "Mount", "Point", "Village", "Junction")
)


def _capital_proves_nothing(text: str, tok: Token, capitalised_elsewhere: set[str]) -> bool:
    """A lone sentence-initial word never capitalised elsewhere ("Chastened, he ...") is no name unless it speaks."""
    return (
        tok.initial
        and tok.lower not in capitalised_elsewhere
        and not lexicon.is_first_name(tok.lower)
        and not tok.text.isupper()
        and _SPEECH_AFTER.match(text, tok.end, tok.end + 40) is None
        and _SPEECH_AFTER_APPOSITIVE.match(text, tok.end, tok.end + 120) is None
        and _SPEECH_AFTER_PAIR.match(text, tok.end, tok.end + 60) is None
        and (not tok.text.isalpha() or _MEETS_A_NAME_AFTER.match(text, tok.end, tok.end + 30) is None)
        and not (lexicon.zipf(tok.lower) < _RARE_ZIPF and _describes_a_name(text, tok.end))
    )


def _piece_candidate(text: str, toks: list[Token], piece: _Piece) -> Candidate | None:
    if piece.kind == "place":
        return _place_candidate(text, toks, piece)
    if piece.kind in ("org", "orgname"):
        return _org_candidate(text, toks, piece)
    return None


def _given_name_at(toks: list[Token]) -> int:
    """Where a personal name's given name is: after an initial that opens a longer name ("F. Ross Johnson", "J. Peter
    Grace"), else first."""
    return 1 if len(toks) > 2 and lexicon.is_initial(toks[0].text) else 0


def _other_candidate(text: str, toks: list[Token], titled: bool, gender: str | None) -> Candidate:
    typ = _name_type(toks, titled)
    words = [t.text.rstrip(".") if len(t.text) > 2 else t.text for t in toks]
    if len(toks) > 1 and all(_LETTERS.fullmatch(t.text) or t.lower in ("and", "&") for t in toks):
        words = ["".join(t.text for t in toks if t.cap)]  # "S and P" is the acronym "SP" of its full name
    if typ is OTHER and len(toks) == 1 and _SPEECH_AFTER.match(text, toks[0].end, toks[0].end + 40) is not None:
        typ = None  # "Petro-Canada said", "Schmidt-Chiari said": a pairing ("Reagan-Gorbachev") never speaks
    if typ is PERSON and gender is None:
        gender = lexicon.first_name_gender(toks[_given_name_at(toks)].lower) if len(toks) > 1 else None
    return Candidate(toks[0].start, toks[-1].end, "name", typ, _join(text, toks), words=words, gender=gender)


_POSSESSIVES = ("'s", "’s")
_JOINTS = (*_POSSESSIVES, " and ")
_PLURAL_POSSESSIVES = ("' ", "’ ")


def _possessive_mark(text: str, tok: Token) -> int:
    """The length of the possessive mark right after a word: 2 for "'s" ("Moody's"), 1 for a plural's apostrophe
    before a space ("Makers' Association"), 0 for none."""
    if text.startswith(_POSSESSIVES, tok.end):
        return 2
    return 1 if tok.text.endswith("s") and text.startswith(_PLURAL_POSSESSIVES, tok.end) else 0
# a letter abbreviation that "and" joins into one company name ("S and P", "A and W Brands", "AT and T")
_LETTERS = regex.compile(r"\p{Lu}{1,2}")


def _joined_runs(doc: Document, runs: list[list[Token]]) -> list[list[Token]]:
    """Runs with the names that the run splitter cuts at a possessive or an "and" made whole again.

    "Moody's Investors Service Inc": a name word whose "'s" an organisation head follows opens the organisation's
    name, and the same word with its "'s" is that organisation again wherever else it stands ("Moody's said").
    Before a speech verb "X's" is a name too, as a possessive never is ("Reagan's aides said" keeps "Reagan").
    "S and P", "A and W Brands": letters that "and" joins are one company, never two names; but letters after
    other words are labels ("Class A and B shares").
    """
    text = doc.text
    # only a run that ends right before an "'s", a plural's "'" or an " and " can change
    spots = [
        k for k, run in enumerate(runs) if text.startswith(_JOINTS, run[-1].end) or _possessive_mark(text, run[-1])
    ]
    if not spots:
        return runs
    # the spots whose "X's" opens the organisation of the next run (a join below keeps both ends of that pair)
    opening = {k for k in spots if k + 1 < len(runs) and _possessive_opens_org(text, runs[k], runs[k + 1])}
    owners = {runs[k][-1].text for k in opening}
    firms = {
        (runs[k][0].text, runs[k + 1][0].text)
        for k in spots
        if k + 1 < len(runs) and _partners_of_one_firm(text, runs[k], runs[k + 1])
    } | _partners_with_legal_form(runs)
    out = list(runs)
    for k in reversed(spots):  # from the end, so the runs after k are whole already ("S and P's")
        run = out[k]
        last = run[-1]
        nxt = out[k + 1] if k + 1 < len(out) else None
        if mark := _possessive_mark(text, last):
            opens = k in opening
            if last.text in owners or (mark == 2 and _SPEECH_AFTER.match(text, last.end + 2, last.end + 42)):
                word = text[last.start : last.end + mark]
                run = [*run[:-1], replace(last, end=last.end + mark, text=word, lower=word.lower())]
            out[k : k + 1 + opens] = [[*run, *nxt] if opens and nxt is not None else run]
        elif nxt is not None and (
            _letters_and(text, run, nxt[0])
            or _partner_and(text, run, nxt)
            or (firms and (run[0].text, nxt[0].text) in firms and _pair_of_words(text, run, nxt))
        ):
            out[k : k + 2] = [[*run, *tokenize_range(doc, last.end, nxt[0].start), *nxt]]
    return out


def _names_joined_over_gaps(doc: Document, runs: list[list[Token]]) -> list[list[Token]]:
    """Runs with two kinds of company names the run splitter cuts made whole again, in one pass:
    - named for where it trades: "Audi of America Inc", "Mitsubishi Motor Sales of America Inc" (cut at "of", leaving
      the brand apart and "America Inc" a company called America); "Bank of America" is whole already;
    - named for its partners, as wire copy writes it with commas: "Goldman, Sachs and Co", "Merrill Lynch, Pierce,
      Fenner and Smith Inc" (cut at each comma, leaving "Goldman" a person): a run "<Partner> and Co" or "<Partner>
      and <Partner> Inc" takes the partners' names before it."""
    text = doc.text
    out: list[list[Token]] = []
    for run in runs:
        while out and _joins_over_gap(text, out[-1], run):
            before = out.pop()
            # "lead manager Goldman, Sachs and Co": the title is left to the description rules (a firm's role)
            before = before[_partners_after_title(before) :]
            run = [*before, *tokenize_range(doc, before[-1].end, run[0].start), *run]
        out.append(run)
    return out


def _partners_after_title(run: list[Token]) -> int:
    """Where the partners' names start in a run that opens on a lower-case title ("lead manager Goldman", "analyst
    Wood"), else 0."""
    k = next((i + 1 for i in range(len(run) - 1, -1, -1) if not run[i].cap), 0)
    return k if 0 < k < len(run) and run[k - 1].lower in lexicon.role_words() else 0


def _joins_over_gap(text: str, before: list[Token], run: list[Token]) -> bool:
    """Whether `run` closes a company's name that `before` opens, over " of " or ", " (the gap's length is tested
    first: most runs lie further apart)."""
    gap = run[0].start - before[-1].end
    if gap == 4:  # " of "
        return (
            text.startswith(" of ", before[-1].end)
            and _place_and_legal_form(text, run)
            and all(t.cap for t in before)
            and not any(t.lower in lexicon.role_words() for t in before)
        )
    if gap == 5:  # " and "
        return text.startswith(" and ", before[-1].end) and _partners_named_as_a_firm(text, before, run)
    return (
        gap == 2
        and text.startswith(", ", before[-1].end)
        and _partners_run(run)
        and _partner_names(before[_partners_after_title(before) :])
    )


# What shows two surnames joined by "and" are one firm: its stock or a unit after it ("Harper and Row common shares"),
# or the firm a person works for or a holder is controlled by before it ("David Pike of Phillips and Drew"); not a
# possessive or an agent ("Abrahms and Conrad's study", "underwritten by Korth and PaineWebber" name two)
_FIRM_AFTER = regex.compile(r"\s+(?:common|shares|stock|unit|subsidiary)\b")
_FIRM_BEFORE = regex.compile(r"(?:\b(?:controlled|owned)\s+by|\p{Lu}\p{Ll}+\s+of|\b[Ss]hares\s+of)\s+$")


def _partners_named_as_a_firm(text: str, before: list[Token], run: list[Token]) -> bool:
    """ "Johnson and Johnson", "Harper and Row common shares", "economist David Pike of Phillips and Drew": two
    partners' surnames that name a firm (not two people: 'Smith and Jones met')."""
    if len(before) != 1 or len(run) != 1 or not _partner_names([*before, *run]):
        return False
    first, second = before[0], run[0]
    # 'Johnson and Johnson': nobody is named twice over
    firm = (
        first.lower == second.lower
        or _FIRM_AFTER.match(text, second.end) is not None
        or _FIRM_BEFORE.search(text, max(0, first.start - 16), first.start) is not None
    )
    # (last, as it reads the whole text: 'Nahum Vaskevitch', 'Nerco Minerals Co' elsewhere are a person's or a
    # company's own name)
    return firm and not _named_otherwise(text, first.text) and not _named_otherwise(text, second.text)


def _named_otherwise(text: str, word: str) -> bool:
    """Whether the text writes the word inside a longer name somewhere (after or before another capitalised word)."""
    escaped = regex.escape(word)
    return regex.search(rf"\p{{Lu}}[\p{{L}}.]*\s+{escaped}\b|\b{escaped}\s+\p{{Lu}}", text) is not None


def _partners_run(run: list[Token]) -> bool:
    """ "Sachs and Co", "Fenner and Smith Inc", or one partner's name before such a run was joined to it."""
    words = [t.lower.rstrip(".") for t in run]
    if "and" not in words or words[-1] not in ("co", "inc", "company"):
        return False
    return all(t.cap for t in run if t.lower != "and") and len(run) <= _PARTNERSHIP_WORDS


def _partner_names(run: list[Token]) -> bool:
    """One or two capitalised surnames ('Pierce' too, which is also a first name): no place, organisation head or
    title."""
    return len(run) <= 2 and all(
        t.cap
        and t.text not in lexicon.places()
        and t.lower not in lexicon.org_heads()
        and t.lower not in lexicon.role_words()
        for t in run
    )


_PARTNERSHIP_WORDS = 12  # "Merrill Lynch, Pierce, Fenner and Smith Inc" joined so far


def _place_and_legal_form(text: str, run: list[Token]) -> bool:
    """ "America Inc", "U.S.A. Corp": a country or region and the legal form that closes a company's name."""
    if not 2 <= len(run) <= _PLACE_COMPANY_WORDS or run[-1].lower.rstrip(".") not in lexicon.LEGAL_FORMS:
        return False
    place = lexicon.places().get(_join(text, run[:-1]))
    return place is not None and place.kind in ("country", "alias", "region", "continent")


_PLACE_COMPANY_WORDS = 4  # "America Inc", "North America Ltd", "U.S.A. Inc"


def _letters_and(text: str, run: list[Token], right: Token) -> bool:
    """ "S and P", "AT and T": letter abbreviations joined by "and", after nothing but grammar or more letters
    ("But S and P said", "E D and F Man")."""
    left = run[-1]
    return (
        right.start - left.end == 5
        and text.startswith(" and ", left.end)
        and _LETTERS.fullmatch(left.text) is not None
        and _LETTERS.fullmatch(right.text) is not None
        and min(len(left.text), len(right.text)) == 1
        and all(t.lower in lexicon.stopwords() or (len(t.text) == 1 and t.cap) for t in run[:-1])
    )


def _partner_and(text: str, left: list[Token], right: list[Token]) -> bool:
    """ "Standard and Poor's said": a name that took its "'s" (see `_joined_runs`) with one word before its "and"
    names one firm of partners; a place or a first name there is a name of its own."""
    word = left[0]
    return (
        len(left) == 1
        and right[0].start - word.end == 5
        and right[0].text.endswith(_POSSESSIVES)
        and text.startswith(" and ", word.end)
        and word.text not in lexicon.places()
        and not lexicon.is_first_name(word.lower)
    )


# After "X and Y": a verb whose subject is one body ("Duff and Phelps said it has downgraded", "lowered its rating");
# "said it was" and "said it would be" are no proof ("Reagan and Nakasone said it was time")
_ONE_BODY_AFTER = regex.compile(
    r"\s+(?:also\s+)?(?:(?:said|says|added|announced|reported)\s+(?:that\s+)?(?:its\b|it\s+(?!(?:is|was|would|will|"
    r"could|may|might)\s+(?!\p{Ll}+ing\b))\p{Ll})|\p{Ll}+(?:ed|s)\s+its\b)"
)


def _pair_of_words(text: str, left: list[Token], right: list[Token]) -> bool:
    """Two single capitalised words joined by one "and": neither a place, a first name, a title or grammar."""
    if len(left) != 1 or len(right) != 1 or right[0].start - left[0].end != 5:
        return False
    if not text.startswith(" and ", left[0].end):
        return False
    return all(
        t.cap
        and t.text not in lexicon.places()
        and not lexicon.is_first_name(t.lower)
        and t.lower not in lexicon.stopwords()
        and t.lower not in lexicon.role_words()
        and t.lower not in lexicon.org_heads()
        and t.text[1:].islower()
        for t in (left[0], right[0])
    )


def _partners_with_legal_form(runs: list[list[Token]]) -> set[tuple[str, str]]:
    """The pairs of partners that a run names with its legal form ("Procter and Gamble Co"): the same pair is that
    firm wherever else the document writes it without one ("Procter and Gamble said")."""
    return {
        (run[0].text, run[2].text)
        for run in runs
        if len(run) == 4 and run[1].lower == "and" and run[3].lower.rstrip(".") in lexicon.LEGAL_FORMS
    }


def _partners_of_one_firm(text: str, left: list[Token], right: list[Token]) -> bool:
    """ "Duff and Phelps said it has lowered ...": two names joined by "and" that go on as one body ("it", "its")
    are a firm of partners, here and wherever else the document writes that pair."""
    end = right[0].end
    return _pair_of_words(text, left, right) and _ONE_BODY_AFTER.match(text, end, end + 60) is not None


# Collective nouns whose capitalised possessive opens a name, whatever word follows: "the People's Liberation Army",
# "the People's Republic of China", "the Kurdish People's Democratic Party" (a people owns no party or army).
_COLLECTIVE_OWNERS = frozenset({"people", "women", "children"})


def _possessive_opens_org(text: str, run: list[Token], nxt: list[Token]) -> bool:
    """Whether run ends in "X's" or a plural's "Xs'" right before an organisation head that opens `nxt` ("Moody's
    Investors", "Hudson's Bay", "Gilt Edged Market Makers' Association") or is a collective noun's possessive
    ("People's Liberation Army"); a place, title or organisation of its own owns what follows ("Japan's Finance
    Ministry")."""
    last = run[-1]
    mark = _possessive_mark(text, last)
    return (
        (mark == 2 or (mark == 1 and _common_plural(last)))
        and last.end + mark + 1 == nxt[0].start
        and text[last.end + mark] == " "
        and (nxt[0].lower in lexicon.org_heads() or (last.lower in _COLLECTIVE_OWNERS and last.cap))
        and last.text not in lexicon.places()
        and last.text not in lexicon.org_names()
        and (last.lower not in lexicon.org_heads() or mark == 1)  # "Waterside Workers' Federation" is one body
        and last.lower not in lexicon.role_words()
        and last.lower not in lexicon.LEGAL_FORMS
    )


# Plurals that name a firm's partners ("Salomon Brothers' Capital" is the firm's, no body of brothers)
_FIRM_PLURALS = frozenset(("brothers", "sons", "bros"))
# How much more common than its singular a plural may be: "workers" (4.95) and "worker" (4.43); a surname such as
# "Holmes" (4.06) is far more common than "holme" (2.39)
_PLURAL_OVER_SINGULAR_ZIPF = 0.6
_SINGULAR_MIN_ZIPF = 2.0


def _common_plural(tok: Token) -> bool:
    """Whether a word is a common noun's plural, whose possessive opens a body's name ("Makers' Association",
    "Seafarers' International Union"), not a surname ending in s ("Sanders'", "Holmes'") nor a firm's partners."""
    plural = tok.lower
    singular = plural[:-1]
    return (
        plural not in _FIRM_PLURALS
        and not lexicon.is_first_name(singular)
        and lexicon.zipf(singular) >= max(_SINGULAR_MIN_ZIPF, lexicon.zipf(plural) - _PLURAL_OVER_SINGULAR_ZIPF)
    )


# what may stand between the words of a name an acronym spells: a space, a possessive's apostrophe, connectors
_SPELLED_GAP = regex.compile(r"['’]?\s+(?:(?:of|for|and|on|the|de|du|des|la|&)\s+)*")
_ACRONYM_IN_BRACKETS = regex.compile(r"\p{Lu}{2,8}")
_MAX_SPELLED_RUNS = 4


def _names_spelled_by_acronyms(doc: Document, runs: list[list[Token]]) -> tuple[list[list[Token]], set[int]]:
    """ "Middle East Economic Survey (MEES)", "Centers for Disease Control (CDC)", "Zambia Consolidated Copper Mines
    (ZCCM)": the capitalised words before an acronym in brackets whose initials spell it are one organisation's
    name, whatever place or common words a reader finds in them, and however the run splitter cut them. Returns the
    runs with those names made whole, and the starts of the names (a place the acronym spells stays a place:
    "United Arab Emirates (UAE)")."""
    text = doc.text
    out: list[list[Token]] = []
    spelled: set[int] = set()
    for run in runs:
        if out and _is_bracketed_acronym(text, run):
            name = _spelled_name(doc, out, run[0].text)
            if name is not None:
                start = name[0].start
                while out and out[-1][0].start >= start:
                    out.pop()
                if out and out[-1][-1].end > start:  # the name opens inside a run ("The Bank of Bahrain")
                    out[-1] = [t for t in out[-1] if t.end <= start]
                    if not out[-1]:
                        out.pop()
                out.append(name)
                spelled.add(start)
        out.append(run)
    return out, spelled


def _is_bracketed_acronym(text: str, run: list[Token]) -> bool:
    tok = run[0]
    return (
        len(run) == 1
        and text[tok.start - 2 : tok.start] == " ("
        and text.startswith(")", tok.end)
        and _ACRONYM_IN_BRACKETS.fullmatch(tok.text) is not None
    )


def _spelled_name(doc: Document, before: list[list[Token]], acronym: str) -> list[Token] | None:
    """The words of the runs just before " (acronym)" whose capitals' initials spell it, over gaps of connectors
    alone; None when they do not, or name a place."""
    text = doc.text
    toks = before[-1]
    if not text.startswith(" (", toks[-1].end):
        return None
    k = len(before) - 1
    while True:
        caps = [t for t in toks if t.cap]
        if len(caps) >= len(acronym):
            first = caps[-len(acronym)]
            if "".join(t.text[0] for t in caps[-len(acronym) :]) != acronym:
                return None
            return _name_with_its_lead(text, toks, toks.index(first))
        if k == 0 or len(before) - k > _MAX_SPELLED_RUNS:
            return None
        prev = before[k - 1]
        if _SPELLED_GAP.fullmatch(text, prev[-1].end, toks[0].start) is None:
            return None
        k -= 1
        toks = [*prev, *tokenize_range(doc, prev[-1].end, toks[0].start), *toks]


def _name_with_its_lead(text: str, toks: list[Token], i: int) -> list[Token] | None:
    """The spelled name `toks[i:]` with the words before it in its run: a place or a body opening it stays in it
    ("U.S. National Association of Wheat Growers (NAWG)", "White House Office of Management and Budget (OMB)"); an
    owner or a phrase it closes does not ("Tamura's Ministry of ...", "Officials of the ..."); a title before it
    keeps the phrase to the title rules ("Chairman of the Presidential Commission on Good Government (PCGG)"); a
    place the acronym spells is no organisation."""
    lead = list(toks[:i])
    if any(_is_role_head(t) for t in lead):
        return None
    while lead and (lead[0].lower in _DETERMINERS or _common_opener(lead[0])):
        lead.pop(0)
    if lead and lead[-1].cap and not lead[-1].text.endswith(_POSSESSIVES):
        i = toks.index(lead[0])
    name = toks[i:]
    return None if _join(text, name) in lexicon.places() else name


# a name wire copy puts in angle brackets, Reuters' mark for a company without a ticker: "<Barco of California>"
_ANGLE_BRACKETED = regex.compile(r"<(\p{Lu}[^<>()\n]{1,80})>")
# a ticker with its exchange's code ("<VOLV ST>", "<SKPS ST>"): short capitals, no name
_TICKER_WORDS = regex.compile(r"[\p{Lu}\p{N}.\-]{1,6}(?: [\p{Lu}\p{N}]{1,3})?")
# a description inside the brackets ("<Nova, an Alberta Corporation>") makes them no name alone
_BRACKETED_APPOSITIVE = regex.compile(r",\s+(?:a|an|the)\s")


def _companies_in_angle_brackets(doc: Document, runs: list[list[Token]]) -> tuple[list[list[Token]], set[int]]:
    """ "<Barco of California>", "<Merrill Lynch, Pierce, Fenner and Smith Ltd>": the runs that fill angle brackets
    are one company's name, whatever people, places or common words a reader finds in them. Returns the runs with
    those names made whole, and the starts of the names."""
    spans = [
        (m.start(1), m.end(1))
        for m in _ANGLE_BRACKETED.finditer(doc.text)
        if _TICKER_WORDS.fullmatch(m.group(1)) is None and _BRACKETED_APPOSITIVE.search(m.group(1)) is None
    ]
    if not spans:
        return runs, set()
    out: list[list[Token]] = []
    named: set[int] = set()
    k = 0
    for start, end in spans:
        while k < len(runs) and runs[k][0].start < start:
            out.append(runs[k])
            k += 1
        j = k
        while j < len(runs) and runs[j][-1].end <= end:
            j += 1
        if j > k and runs[k][0].start == start and runs[j - 1][-1].end == end:
            name = list(runs[k])
            for run in runs[k + 1 : j]:
                name += [*tokenize_range(doc, name[-1].end, run[0].start), *run]
            out.append(name)
            named.add(start)
            k = j
    out.extend(runs[k:])
    return out, named


def _common_opener(tok: Token) -> bool:
    """A common word that only the sentence capitalised ("Enough European Community (EC) members ...")."""
    return tok.initial and lexicon.zipf(tok.lower) >= _COMMON_ZIPF


def candidates(doc: Document) -> list[Candidate]:
    """Every name and title candidate in the document, in text order."""
    runs, spelled = _names_spelled_by_acronyms(doc, _names_joined_over_gaps(doc, _joined_runs(doc, name_runs(doc))))
    if "<" in doc.text:
        runs, bracketed = _companies_in_angle_brackets(doc, runs)
        spelled |= bracketed
    capitalised_elsewhere = {t.lower for run in runs for t in run if t.cap and not t.initial}
    # a word less common than "one" or "everybody" that speaks alone ("Continental said") is a name wherever it opens
    # a sentence ("Continental Federal Savings and Loan Association said"), not a word only the sentence capitalised
    openers = {
        run[0].lower for run in runs if len(run) > 1 and run[0].initial and run[0].lower not in capitalised_elsewhere
    }
    if openers:
        capitalised_elsewhere.update(
            run[0].lower
            for run in runs
            if len(run) == 1
            and run[0].lower in openers
            and run[0].cap
            and _SPEECH_AFTER.match(doc.text, run[0].end, run[0].end + 40)
            and lexicon.zipf(run[0].lower) < _COMMON_ZIPF
        )
    out: list[Candidate] = []
    org_names: set[str] = set()
    org_first_words: set[str] = set()
    analysed: list[tuple[list[Token], list[Candidate]]] = []
    for run in runs:
        if (
            len(run) == 1
            and run[0].cap
            and run[0].lower in _CLOSING_FORMS
            and (_close_company(doc.text, out, run[0]) or not _acronym(run[0].text))
        ):
            # "Nikko Securities Co (Europe) Ltd", "American Marketing Services, Inc": the legal form closes the name
            # before it, and names nothing alone (but "the American Soybean Association (ASA)" names it)
            continue
        if run[0].start in spelled:
            i = 1 if len(run) > 1 and run[0].lower in _DETERMINERS else 0  # "<The Ceco Corp>"
            found = [_org_candidate(doc.text, run, _Piece("org", i, len(run)))]
        elif len(run) > 1 and run[0].lower in lexicon.role_words() and _join(doc.text, run) in org_names:
            # "Gen Term also said" after "Gen Term Corp said": the company again, not General Term
            found = [_org_candidate(doc.text, run, _Piece("org", 0, len(run)))]
        else:
            found = analyse(doc.text, run, capitalised_elsewhere)
        for c in found:
            if c.type is ORG:
                org_names.add(c.name)
                org_first_words.add(c.name.split(" ", 1)[0])
        if len(found) == 1 and found[0].type is None and found[0].name.endswith("s"):
            # "fake Reeboks" after "Reebok International": the company's products, nobody who speaks (a candidate
            # without a type is one word)
            cand = found[0]
            if cand.name[:-1] in org_first_words:
                cand.type, cand.plural = OTHER, True
        if found and doc.text.startswith(", ", found[-1].end):
            last = found[-1]
            if (last.type is None or (last.type is PERSON and not last.roles and not last.honorific)) and (
                _city_before_state(doc.text, last)
            ):
                last.type, last.place_kind, last.gender = GPE, "city", None
            else:
                _type_by_appositive(doc.text, last)
        out.extend(found)
        analysed.append((run, found))
    org_names = list(_org_name_words(doc.text, analysed))
    _cities_named_for_companies(doc.text, analysed, org_names)
    _towns_named_for_people(doc.text, analysed)
    _short_forms_of_orgs(doc.text, analysed, out, org_names)
    out.sort(key=lambda c: (c.start, -c.end))
    return out


# legal forms that close a company's name (the Swedish "AB" also opens one)
_CLOSING_FORMS = lexicon.LEGAL_FORMS - {"ab"}
# what stands between a company's name and its legal form: a comma, or a place or unit in brackets
_BEFORE_FORM = regex.compile(r",\s*|\s*\([^()]{1,40}\)\s*")


def _close_company(text: str, out: list[Candidate], form: Token) -> bool:
    """Whether `form` closes the name before it; that name is then a company, when nothing typed it otherwise."""
    last = next((c for c in reversed(out[-3:]) if _BEFORE_FORM.fullmatch(text, c.end, form.start)), None)
    if last is None or last.kind != "name":
        return False
    if last.type in (None, PERSON, OTHER) and not last.roles:
        last.type, last.org_class, last.gender, last.plural = ORG, "company", None, False
    return True


def _acronym(word: str) -> bool:
    return len(word) >= 3 and word.isupper()


def _org_name_words(text: str, analysed: list[tuple[list[Token], list[Candidate]]]) -> Iterator[tuple[str, ...]]:
    """The words of each organisation's name found in the document, but for a name with "and" in it ("Dudley Taft
    and Narragansett Capital Inc" may be two parties: "Dudley Taft" opens none)."""
    for _run, found in analysed:
        for c in found:
            if c.type is ORG and c.kind == "name" and c.end > c.start:
                words = tuple(text[c.start : c.end].split())
                if "and" not in words and "&" not in words:
                    yield words


def _short_forms_of_orgs(
    text: str,
    analysed: list[tuple[list[Token], list[Candidate]]],
    out: list[Candidate],
    org_names: list[tuple[str, ...]],
) -> None:
    """A run that opens an organisation's name found elsewhere in the document is that organisation: "Computer
    Memories said" after "Computer Memories Inc" (where "Computer" would be grammar opening a sentence), "California
    Water" after "California Water Service Co" (not the state and a word), "Great Western said" after "Great Western
    Financial Corp" (not two common words). Two words at least: one word is matched to its organisation when
    grouped."""
    openings = {words[:k] for words in org_names for k in range(2, len(words))}
    if not openings:
        return
    for run, found in analysed:
        if len(run) < 2 or (found and found[-1].type is ORG and found[-1].end == run[-1].end):
            continue  # (a run read as nothing but common words is tried: "Great Western said")
        if any(t.lower in ("and", "&") for t in run):
            continue  # "Dudley Taft and Narragansett": two parties, whatever a longer run made of them
        i = 0
        while i < len(run) - 2 and run[i].lower in _DETERMINERS:
            i += 1
        if tuple(t.text for t in run[i:]) not in openings:
            continue
        for c in found:
            out.remove(c)
        out.append(_org_candidate(text, run, _Piece("org", i, len(run))))


def _cities_named_for_companies(
    text: str, analysed: list[tuple[list[Token], list[Candidate]]], org_names: list[tuple[str, ...]]
) -> None:
    """ "Toyota said" after "Toyota Motor Corp", "Hitachi" after "Hitachi Ltd": a city's name alone that opens an
    organisation's name found in the document is that organisation, unless the words around put it on the map ("a
    plant in Toyota", "the greater Houston area", "Houston, Texas")."""
    # a name that a legal form or a company noun closes (not 'Aleppo Province', 'Miami International Airport')
    first_words = {words[0] for words in org_names if len(words) > 1 and _closes_company(words[-1])}
    if not first_words:
        return
    for cand, word in _lone_places_off_the_map(text, analysed):
        if word not in first_words or not _company_word_as_place(text, cand):
            continue
        cand.type, cand.place_kind, cand.org_class = ORG, "", "company"
        cand.name, cand.words = word, [word]  # the company's word, not the place it names ("American", not the U.S.)


def _towns_named_for_people(text: str, analysed: list[tuple[list[Token], list[Candidate]]]) -> None:
    """ "Douglas said" after "Roger Douglas", "Durham said" after "G. Robert Durham": a town's name alone that is
    the surname of a person named in full in the document is that person, unless the words around put it on the
    map. Countries and regions keep their reading ("Senator Jordan" leaves Jordan the country)."""
    surnames = {
        c.words[-1] for _run, found in analysed for c in found if c.type is PERSON and 1 < len(c.words) <= _NAME_WORDS
    }
    if not surnames:
        return
    for cand, word in _lone_places_off_the_map(text, analysed):
        if cand.place_kind in _TOWN_KINDS and word in surnames:
            cand.type, cand.place_kind = PERSON, ""
            cand.name, cand.words = word, [word]


def _lone_places_off_the_map(
    text: str, analysed: list[tuple[list[Token], list[Candidate]]]
) -> Iterator[tuple[Candidate, str]]:
    """Each place read from a one-word run alone, with its word, that the words around do not put on the map: no
    dateline ('ORLANDO, Fla. -'), no 'in downtown Norfolk' or 'Houston, Texas' (a company or a person may bear
    its name)."""
    for run, found in analysed:
        if len(run) != 1 or len(found) != 1 or found[0].type is not GPE:
            continue
        cand = found[0]
        word = text[cand.start : cand.end]
        if not word.isupper() and not _on_the_map(text, cand):
            yield cand, word


_NAME_WORDS = 4  # a longer "person" is a headline's run of capitals ("Clinton Campaign ... In Florida")
_TOWN_KINDS = frozenset(("city", "capital", "alias"))  # "Holland said" after "David M. Holland" too


def _on_the_map(text: str, cand: Candidate) -> bool:
    """ 'in downtown Norfolk', 'the greater Houston area', 'Houston, Texas': words around a name that make it a
    place."""
    before = text[max(0, cand.start - _PLACE_WORD_REACH) : cand.start].split()
    return bool(before and before[-1].lower() in _PLACE_WORDS_BEFORE) or _PLACE_AFTER.match(text, cand.end) is not None


def _company_word_as_place(text: str, cand: Candidate) -> bool:
    """Whether a place candidate may be a company's first word standing for it: a city's name ("Toyota"), or a
    nationality that speaks or owns ("American said", "American's merger" after "American Airlines"), as a people
    does in the plural."""
    if cand.place_kind == "city":
        return True
    return cand.place_kind == "demonym" and (
        _SPEECH_AFTER.match(text, cand.end) is not None or text.startswith(_POSSESSIVES, cand.end)
    )


def _closes_company(word: str) -> bool:
    """A legal form or a company's head noun ending a name ('Corp', 'Bank', 'Airlines'), not 'International'."""
    low = word.rstrip(".").lower()
    return low != "international" and lexicon.org_heads().get(low) == "company"


_PLACE_WORD_REACH = 10  # characters before a name read for the word that would make it a place
_PLACE_WORDS_BEFORE = frozenset(("in", "at", "from", "to", "near", "outside", "of", "downtown", "greater", "suburban"))
_PLACE_AFTER = regex.compile(r",\s+\p{Lu}|\s+(?:area|region|suburb)\b")
