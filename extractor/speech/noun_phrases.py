"""The noun phrase that names a speaker, found around a cue without a parser.

Three places a speaker stands in news prose:
- before the cue: "Sergei Riabkov said", "Holmes, the spokesman, added", "the ministry has also said";
- after the cue: '"…," said Sen. Ted Cruz', "according to a Mitsui spokesman";
- as the clause subject, for participles: "Riabkov met Floyd after expressing “…”".
Each function returns the phrase's (start, end) in the text; the entity layer resolves it.
"""

from __future__ import annotations

import bisect
import re
import sys

import regex

from extractor.entities.lexicon import city_states, is_first_name, is_initial, nominal_of, nominals, org_heads, places
from extractor.patterns import ASCII_NON_SPACE
from extractor.speech.words import word_set

# words, abbreviations with inner dots ("U.S.", "Sen."), possessive suffixes, numbers ("1.5", "9/11"); any other
# non-space is a token
_TOKEN = regex.compile(r"(?:\p{L}\.){2,}|\p{L}[\p{L}\p{N}'’\-]*\.?|\p{N}+(?:[.,/]\p{N}+)*|\S")
_PRONOUNS = word_set("np_pronouns")
_DETERMINERS = word_set("np_determiners")
# words that end a noun phrase when met while reading backwards (or forwards)
_BOUNDARY = word_set("np_boundary")
# what may stand between a subject and its cue: adverbs, auxiliaries, negation
_SKIPPABLE = word_set("np_skippable")
_FRONTED = word_set("np_fronted")
_CONNECTIVES = word_set("np_connectives")  # single words that link a clause to what came before
_CAPITAL = regex.compile(r"\p{Lu}")
_YEAR = regex.compile(r"[12]\d{3}")
_PARTY_STATE = regex.compile(r"[RDI]-\p{Lu}")  # 'R-Ky.', 'D-Calif.': a US legislator's party and state
_PARTY_STATE_TOKEN = regex.compile(r"[RDI]-\p{Lu}[\p{L}.]{0,6}")
_NAME_PARTICLES = word_set("np_name_particles")
_MAX_NP = 9
# before a name that is a medium or a place ('on Twitter'), or to whom something was said ('a statement to Wired')
_MEDIUM_PREPOSITIONS = frozenset(("on", "in", "via", "to", "at"))
_MAX_FRONTED = 7  # tokens before the comma that closes a fronted adverbial ('Hours later,')
_MAX_FRONTED_PP = 16  # … when it opens with a preposition ('During a speech earlier in the day,')
_MAX_NAME_WORDS = 4  # words of a person's name set off in commas
_ROLE_WORDS = 12  # words of a role phrase between a person's name and the cue
# tokens an appositive holding a parenthesis may run to: an aside, not a clause listing companies and their codes
_BRACKETED_APPOSITIVE = 24
_MAX_APPOSITIVES = 3  # 'Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said'
_MAX_TICKER_TOKENS = 5
_RELATIVE_LIST_WORDS = 4  # words of a relative clause before the first comma of a list inside it
_MAX_QUOTED_WORDS = 4  # words quoted inside an appositive ('wearing “Ted Cruz” campaign pins')
_MAX_BRACKETED_TOKENS = 14  # '<Arab Malaysian Merchant Bank Bhd>': a company name the wire sets in angle brackets
_LOOKBACK = 260  # characters read back from a cue for its subject (past a relative clause in commas)
_LOOKAHEAD = 300  # characters read from a clause start for its subject
_COORDINATORS = word_set("np_coordinators")
_FINAL_ABBREVIATIONS = word_set("np_final_abbreviations")
_TIME_WORDS = word_set("np_time_words")
_CONNECTORS = frozenset(("of", "for", "and", "'s", "’s"))
# prepositions a list hangs on inside an appositive ('chairman of the subcommittee on wheat, soybeans and feedgrains')
_LIST_PREPOSITIONS = frozenset(("of", "on", "in", "for", "with", "about", "including", "from"))
# bodies named for what they are 'on' ('Committee on Foreign Relations', 'Commission on Civil Rights')
_BODIES_ON = frozenset(("committee", "subcommittee", "commission", "council", "conference", "panel", "board"))
# prepositions that never join two parts of one noun phrase the way 'of' and 'for' do
_CLAUSE_PREPOSITIONS = frozenset(("to", "in", "at", "from", "with", "on", "by", "into", "about", "against", "over"))
_OBJECT_PRONOUNS = frozenset(("it", "them", "him", "her", "us", "me"))
# prepositions before a gerund ("in disclosing", "by announcing"); a subject read back also stops at a time conjunction
GERUND_PREPOSITIONS = frozenset(("in", "by", "on", "upon"))
_GERUND_LEADS = GERUND_PREPOSITIONS | {"after", "while", "when"}
_ARTICLES = frozenset(("the", "a", "an"))
# words that lead into an article inside one phrase: connectors, quantifiers ('chairman of the bank', 'all the banks')
_INTO_ARTICLE = frozenset(("of", "for", "and", "'s", "all", "both", "half", "such", "quite", "what"))
_QUOTE_MARKS = frozenset('"“”‘’«»„')
_CLOSING_MARKS = frozenset('"”’»')
# conjunctions that open a subordinate clause before its subject (statements end what it reports at its comma)
SUBORDINATORS = frozenset(("while", "although", "though", "because", "whereas", "unless", "if", "when", "since"))
_LEADING_CONNECTORS = frozenset(("of", "for", "and", "but", "or", "nor", "'s", "-", "'", "’"))
_PEOPLE_POSTMODIFIERS = frozenset(("to", "at", "in", "from", "with"))
# a document speaks, not the topic or the occasion its phrase names
# prepositions that open an adverbial before a clause's subject ('Despite the rain dealers said')
_ADVERBIAL_PREPOSITIONS = frozenset(
    ("despite", "given", "amid", "with", "without", "at", "in", "on", "after", "before", "during", "following", "under")
)
_REPORTS = frozenset(("reports", "dispatches"))  # unnamed news from a place: 'reports from Tokyo said'
_DOCUMENTS = word_set("speaker_issued_documents") | {"filing", "document", "memorandum"}
_TOPIC_LINKS = frozenset(("on", "for", "with", "about", "into", "to"))
_EXAMPLES_BEFORE = re.compile(r"\b(?:such as|including)\s+$")
_EXAMPLES_REACH = 20  # characters before a subject read for the 'such as' that makes it an example
_DOCUMENT_LINKS = _TOPIC_LINKS | _BOUNDARY  # a topic's preposition, or a participle's ('issued at')
_RELATIVE_OPENER = re.compile(r"\s*(?:which|who|whose|where)\b")
_LEADERSHIP = frozenset(("led", "headed", "chaired", "controlled", "owned", "backed"))  # '<group> led by <name>'
_MODIFIED_NOUN_REACH = 4  # lower-case words from a place's name to its noun ('U.S. law enforcement official')
_MODIFIER_HOPS = 2  # prepositional phrases in a row between a people noun and its cue
# 'an aide who asked not to be identified said': a relative clause between the subject and its cue opens
# with a verb; 'a man who witnesses said' has the cue's own subject after 'who'
_RELATIVE_REACH = 10
_RELATIVE_VERBS = frozenset(
    ("is", "was", "has", "had", "did", "does", "would", "could", "will", "can", "spoke", "sought", "took", "led")
)


# _TOKEN for ASCII text, written for `re`: the same tokens, a quarter faster (windows around every cue are read).
# In ASCII \p{L} is [A-Za-z] and \p{N} [0-9]; regex's \s (Unicode White_Space) leaves out the separators
# \x1c-\x1f that re's \s holds, so \S is spelled out. Initials open on two written out: re allocates a repeat
# context each time it enters a group repeat, which "(?:[A-Za-z]\.){2,}" did at every letter.
_ASCII_TOKEN = re.compile(
    r"[A-Za-z]\.[A-Za-z]\.(?:[A-Za-z]\.)*|[A-Za-z][A-Za-z0-9'’\-]*\.?|[0-9]+(?:[.,/][0-9]+)*|" + ASCII_NON_SPACE
)


# what a word token goes on with, and the white space no token holds: a letter run's last character is a mark of
# its own when it is none of these
_NO_MARK = frozenset("'-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\t\n\x0b\x0c\r ")


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The tokens of text[lo:hi]. In ASCII text no token holds a space and none looks past its own characters, so
    a window's tokens are those of its runs between single spaces, each read on its own: a run of letters (most of
    them) or of digits is one token, and its offset the sum of the lengths before it, where a match would cost
    some hundreds of instructions for each position re tries and each match it returns, and str.find to place a
    run some hundreds more for its arguments. Any other run (punctuation, other white space) is read by the pattern."""
    if not text.isascii():
        return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]
    out: list[tuple[int, int, str]] = []
    start = lo
    for run in text[lo:hi].split(" "):
        end = start + len(run)
        if run.isalpha() or run.isdigit():  # neither when empty (two spaces in a row)
            out.append((start, end, run))
        elif run[:-1].isalpha() and run[-1] not in _NO_MARK:  # "said,", "Smith.": a word and its mark
            if run[-1] == ".":
                out.append((start, end, run))  # a word takes one dot along ("Sen.", "said.")
            else:
                out += [(start, end - 1, run[:-1]), (end - 1, end, run[-1])]
        elif run:
            out += [(m.start(), m.end(), m.group()) for m in _ASCII_TOKEN.finditer(text, start, end)]
        start = end + 1
    return out


def _is_word(tok: str) -> bool:
    return tok[0].isalnum()


class _Lows(dict[str, str]):
    """A token's lower-case form, its dots dropped and its curly apostrophe straightened: asked for some seventy
    times a document, mostly of the same few words, each read again from here (a dict lookup in C) after the first.
    Cleared when it grows past _MAX_LOWS, so that a worker reading for days does not keep every word it met."""

    def __missing__(self, tok: str) -> str:
        if len(self) >= _MAX_LOWS:
            self.clear()
        low = self[tok] = tok.lower().rstrip(".").replace("’", "'")
        return low


_MAX_LOWS = 50_000
_low = _Lows().__getitem__


def _capitalised(tok: str) -> bool:
    first = tok[0]
    if first.isascii():  # most tokens: no pattern call
        return "A" <= first <= "Z"
    return bool(_CAPITAL.match(first))


def _np_word(tok: str, nxt_capitalised: bool) -> bool:
    """Can this word sit inside a speaker noun phrase (given the word after it)?"""
    if not _is_word(tok):
        return tok in "'’&" or tok == "-"
    low = _low(tok)
    if low in ("of", "for"):
        return True
    if low == "and":
        return nxt_capitalised
    return not (low in _BOUNDARY and not _capitalised(tok))


def _end_of(text: str, start: int, end: int) -> int:
    """The phrase end without a sentence's full stop ('said John Smith.'), keeping 'Jr.', 'U.S.', 'J.'."""
    if text[end - 1] != ".":
        return end
    word = text[start : end - 1].rsplit(None, 1)[-1] if end - 1 > start else ""
    if len(word) <= 1 or "." in word or word.lower() in _FINAL_ABBREVIATIONS:
        return end
    return end - 1


def _skip_date(dates: list[tuple[int, int]], tokens: list[tuple[int, int, str]], i: int) -> int:
    """Index of the token before a date (and its preposition) ending at token i, or i itself (dates sorted)."""
    date = _date_holding(dates, tokens[i])
    if date is not None:
        while i >= 0 and tokens[i][0] >= date[0]:
            i -= 1
        if i >= 0 and _low(tokens[i][2]) in ("on", "in", "at", "last", "this", "earlier", "late"):
            i -= 1
    return i


def _date_holding(dates: list[tuple[int, int]], token: tuple[int, int, str]) -> tuple[int, int] | None:
    """The date (of `dates`, sorted) the token lies inside, if any."""
    k = bisect.bisect_right(dates, (token[0], sys.maxsize)) - 1  # the last date starting at or before the token
    return dates[k] if k >= 0 and token[1] <= dates[k][1] else None


def _ticker_start(tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """Index of the '<' opening the stock code that tokens[i] ('>') closes ('<LHAG.F>'), if it is one."""
    j = i - 1
    while j >= 0 and i - j <= _MAX_TICKER_TOKENS and tokens[j][2] != "<":
        if not (tokens[j][2].isupper() or tokens[j][2][0].isdigit() or tokens[j][2] in ".-"):
            return None
        j -= 1
    return j if j >= 0 and tokens[j][2] == "<" and j < i - 1 else None


def _bracketed_name(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """The name inside '<…>' that tokens[i] ('>') closes, when the brackets hold a capitalised name rather than a
    stock code: the wire marks companies so ('<Dixons Group PLC> said'), and the name is the subject."""
    j = i - 1
    while j >= 0 and i - j <= _MAX_BRACKETED_TOKENS and tokens[j][2] not in "<>":
        j -= 1
    if j < 0 or tokens[j][2] != "<" or j + 1 >= i or not _capitalised(tokens[j + 1][2]):
        return None
    return tokens[j + 1][0], tokens[i - 1][1]


def _skip_appositive(tokens: list[tuple[int, int, str]], i: int) -> int:
    """tokens[i] is a ',' or ')' just before the cue: the index before the appositive or parenthetical."""
    if tokens[i][2] == ")":
        j = i - 1
        while j >= 0 and tokens[j][2] != "(":
            j -= 1
        return j - 1 if j > 0 else -1
    # the comma closed a quotation too (', acknowledging it was "controversial," said'): its opening mark is inside
    quoted = i + 1 < len(tokens) and tokens[i + 1][2] in '”"'
    bracketed = False
    j = i - 1
    while j >= 0 and (tokens[j][2] not in ',;:(“”"—–' or (quoted and tokens[j][2] in '“"') or _quoted_words(tokens, j)):
        if (opening := _quoted_words(tokens, j)) is not None:
            j = opening - 1  # 'X, wearing "Cruz" campaign pins, said': a word or two quoted inside the appositive
            continue
        if tokens[j][2] in '“"':
            quoted = False
        elif tokens[j][2] == ")":
            # a parenthesis inside the appositive ('X, asked in an interview (on NBC) about taxes, said'): past it
            bracketed = True
            while j > 0 and tokens[j][2] != "(":
                j -= 1
        j -= 1
    if j < 0 or tokens[j][2] != "," or (bracketed and i - j > _BRACKETED_APPOSITIVE):
        return i  # no opening comma: not an appositive (nor a long clause with a bracket: a list of names)
    head = tokens[j + 1][2]
    low = _low(head)
    if low == "that":
        return i  # 'demands, as a condition, that criteria be set, said X': the clause said, no appositive
    appositive = (
        low in _DETERMINERS
        or low in ("who", "whose", "which", "now", "then", "himself", "herself", "itself", "themselves", "both", "each")
        or head[0].isdigit()
        or not _capitalised(head)
        or i - j <= 3  # "Smith, Texas," / "Holmes, 45,"
        # "Tad Devine, Sanders's chief strategist,": a role phrase, whatever its first word
        or any(_is_word(t) and not _capitalised(t) for _, _, t in tokens[j + 1 : i])
        or any(t.endswith(("'s", "’s")) for _, _, t in tokens[j + 1 : i])
    )
    return j - 1 if appositive else i


def _set_off_before_appositive(tok: str) -> bool:
    """Whether a token set off in commas between a person's name and an appositive is an age ('Mark Dunne, 52, a
    wheat farmer') or a legislator's party and state ('Rep. Ed Jones, D-Tenn., chairman of …')."""
    return (tok.isdigit() and len(tok) <= 3) or _PARTY_STATE_TOKEN.fullmatch(tok) is not None


def _relative_list_start(tokens: list[tuple[int, int, str]], j: int) -> int:
    """tokens[j] stands before a comma an appositive opened at; when that comma is a list's inside a relative clause
    ('Acme, which installs, services and monitors alarms, said'), the index before the comma that opens the clause."""
    for k in range(j, max(0, j - _RELATIVE_LIST_WORDS), -1):
        tok = tokens[k][2]
        if _low(tok) in ("which", "who"):
            return k - 2 if k >= 2 and tokens[k - 1][2] == "," else j
        if not _is_word(tok):
            return j
    return j


def _quoted_words(tokens: list[tuple[int, int, str]], j: int) -> int | None:
    """The index of the mark opening a few quoted words that tokens[j], a closing mark, ends ('“Ted Cruz”'), if any."""
    if tokens[j][2] not in '”"':
        return None
    for k in range(j - 1, max(-1, j - 2 - _MAX_QUOTED_WORDS), -1):
        if tokens[k][2] in '“"':
            return k if k < j - 1 else None
        if not _is_word(tokens[k][2]):
            return None
    return None


def subject_before(text: str, lo: int, pos: int, dates: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The noun phrase ending just before a cue at `pos`, reading back no further than `lo`."""
    span = _subject_before(text, lo, pos, dates)
    if span is not None and (commas := _address_commas(text, lo, pos, span, dates)):
        # 'Bryson Oil Plc, a Belfast, Northern Ireland, oil company, said': the region closes a city's address inside
        # a longer phrase, whose commas are not the phrase's own; read again without them
        return _subject_before(text, lo, pos, dates, commas)
    if span is not None and (examples := _EXAMPLES_BEFORE.search(text, max(lo, span[0] - _EXAMPLES_REACH), span[0])):
        # 'Several independent oil companies such as Permian Corp and Coastal Corp said': the examples' class speaks
        return _subject_before(text, lo, examples.start(), dates) or span
    return span


def _address_commas(
    text: str, lo: int, pos: int, span: tuple[int, int], dates: list[tuple[int, int]]
) -> frozenset[int]:
    """The offsets of the commas around a state or country found as a subject right after '<City>, ' and before
    another comma (the one before it only when the one after opens a relative clause, 'Fort Worth, Texas, which …',
    or closes the phrase before the cue at `pos`, 'a driver from Ava, Mo., said'), or none; not after a date
    ('Friday, Texas, leading …, asked')."""
    start, end = span
    if text[end : end + 2] == ".,":
        end += 1  # 'a Sarasota, Fla., maker': the phrase stops before the abbreviation's dot
    if not (end < len(text) and text[end] == "," and text[start - 2 : start] == ", " and start - 3 > lo):
        return frozenset()
    if not text[start - 3].isalpha() or not _place_after_city(text[start:end]):
        return frozenset()
    city = start - 3
    while city > lo and (text[city - 1].isalpha() or text[city - 1] in ".'-"):
        city -= 1  # (the city's last word)
    if not text[city].isupper() or _date_holding(dates, (city, start - 2, "")) is not None:
        return frozenset()
    # the comma after the region still opens a relative clause ('Fort Worth, Texas, which holds …') or closes an
    # appositive the address ends
    closes = _RELATIVE_OPENER.match(text, end + 1) or not text[end + 1 : pos].strip()
    return frozenset((start - 2,)) if closes else frozenset((start - 2, end))


def _place_after_city(name: str) -> bool:
    """A state, province or country, as wire copy writes it after a city ('Dallas, Texas', 'Hope, B.C.')."""
    place = places().get(name)
    return (place is not None and place.kind in ("country", "alias", "region")) or name.rstrip(".") in city_states()


def _subject_before(
    text: str, lo: int, pos: int, dates: list[tuple[int, int]] = (), ignored: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    tokens = _tokens(text, max(lo, pos - _LOOKBACK), pos)
    if ignored:
        tokens = [t for t in tokens if t[0] not in ignored]
    i = len(tokens) - 1
    appositives = 0
    commas = False  # an appositive set off by commas was skipped
    while i >= 0:
        j = _skip_date(dates, tokens, i) if dates else i
        if j != i and not (j >= 0 and _low(tokens[j][2]) in ("of", "for") and _YEAR.fullmatch(tokens[i][2])):
            i = j  # ('the report for calendar 1986 said': a year after 'of'/'for' is inside the phrase)
            continue
        tok = tokens[i][2]
        if _low(tok) in _SKIPPABLE or (tok.endswith("ly") and not _capitalised(tok) and len(tok) > 4):
            i -= 1
            continue
        if tok == ">":
            if (j := _ticker_start(tokens, i)) is not None:
                i = j - 1  # 'Texaco Inc <TX> said': a stock code between the name and its verb
                continue
            # the name right before the cue or its parenthesis, or opening the sentence before an appositive
            # ('<Cie Bancaire>, a subsidiary of Paribas, said'); not one inside a clause skipped as an appositive
            # ('The fund, called <Malaysian Fund Inc>, will be …, said AMBB')
            name = _bracketed_name(tokens, i)
            opens = name is not None and not text[max(lo, pos - _LOOKBACK) : name[0] - 1].strip()
            return name if not commas or opens else None
        if (who := _relative_clause(tokens, i)) is not None:
            # ('Anne Ford, who is chairman of the forum said': a comma opened the clause, none closes it)
            i = who - 2 if who >= 2 and tokens[who - 1][2] == "," else who - 1
            continue
        if tok in _CLOSING_MARKS and i > 0 and tokens[i - 1][2] == ",":
            i -= 1  # 'X, acknowledging it was "controversial," said': the comma inside the quote closes the clause
            continue
        if tok == "," and appositives == 0 and (named := _named_description(tokens, i)) is not None:
            return named
        if tok == ")" or (tok == "," and appositives < _MAX_APPOSITIVES):  # '(Escom)' is never the last one
            j = _skip_appositive(tokens, i)
            if j == i:
                return None
            j = _relative_list_start(tokens, j)
            # ', who is here on a visit,' hangs on the phrase right before it: no appositive further back
            # ('Asked about the attack, the Crown Prince, who …, replied')
            relative = j + 2 < len(tokens) and _low(tokens[j + 2][2]) in ("who", "whose", "which")
            i, appositives = j, _MAX_APPOSITIVES if relative else appositives + 1
            commas = commas or tok == ","
            if i >= 2 and tokens[i][2].islower() and _low(tokens[i - 1][2]) in ("a", "an") and tokens[i - 2][2] == ",":
                i -= 3  # 'Safety-Kleen, an industrial, automotive parts cleaning service, said': adjectives in a list
            if i >= 2 and tokens[i - 1][2] == "," and _set_off_before_appositive(tokens[i][2]):
                i -= 2  # 'Mark Dunne, 52, a wheat farmer, said', 'Rep. Ed Jones, D-Tenn., chairman of …, said'
            continue
        break
    if i < 0 or not _is_word(tokens[i][2]) or _low(tokens[i][2]) in _COORDINATORS:
        return None
    end = tokens[i][1]
    if _low(tokens[i][2]) in _PRONOUNS:
        return tokens[i][0], end
    k, start = _read_back(tokens, i)
    if (name_end := _name_before_origin(tokens, k)) is not None and (
        named := _subject_before(text, lo, name_end, dates)
    ) is not None:
        # 'Donna Rawlings, 59, of Ashton, Md., said', 'analyst William Raferty, of Smith Barney, said': where the
        # speaker lives or works, set off after the name
        return named
    if (seat := _seat_after_bracket(text, tokens, k, i)) is not None and (
        company := _subject_before(text, lo, seat, dates)
    ) is not None:
        # '<Qintex Ltd> of Brisbane said', 'Hitachi Ltd <HIT.T> of Japan said': the wire's brackets close a company's
        # name (or its stock code), and the place after them is its seat; the company speaks
        return company
    k, start = _list_before(tokens, k, i, start)
    if k >= 1 and tokens[k][2].endswith("ing") and tokens[k][2].islower() and _low(tokens[k - 1][2]) in _GERUND_LEADS:
        # 'Du Plessis in disclosing the new agreement last night said': the phrase is the gerund's object
        return subject_before(text, lo, tokens[k - 1][0], dates)
    if (
        commas
        and k > 0
        and _low(tokens[k][2]) in _LIST_PREPOSITIONS
        and not _capitalised(tokens[i][2])
        and _list_tail(tokens, i + 1)
    ):
        # 'Dan Glickman, chairman of the subcommittee on wheat, soybeans and feedgrains, said': the commas were a
        # list's, inside the appositive; read on from the comma before the preposition
        comma = next((j for j in range(k - 1, -1, -1) if tokens[j][2] == ","), None)
        return subject_before(text, lo, tokens[comma][1], dates) if comma is not None else None
    # past commas, a phrase after a preposition is its object, inside a clause (see _past_clause)
    object_of = commas and k >= 0 and _low(tokens[k][2]) in _CLAUSE_PREPOSITIONS
    if (document := _document_before(tokens, k, i)) is not None:
        # 'a World Bank report on the economy said', 'a communique issued at the end of the meeting said': the
        # document speaks, the phrase after it names its topic or occasion
        i = document
        k, start = _read_back(tokens, i)
        object_of = False
    elif k > 0 and (head := _noun_before_modifier(tokens, k)) is not None:
        # 'sources close to the ministry said', 'reporters at the scene told', 'police and hospital officials said'
        k, start = _read_back(tokens, head)
        object_of = False
    elif k > 0 and (name := _name_before_place(text, tokens, k, i)) is not None:
        # 'Tom Hale in Zurich said', 'Anna Berg of Banque Lemaire (Balem) in Geneva said': the name speaks, not the
        # place it speaks from
        i = name
        k, start = _read_back(tokens, i)
        object_of = False
    # never start on a connector ("of the campaign") or a conjunction ("But the company said")
    # (the phrase's tokens are tokens[k + 1 : i + 1], from `start` to `end`: tokens hold no space, so reading
    # text[start:end] again would find the same ones)
    sub = tokens[k + 1 : i + 1]
    while sub and (
        _low(sub[0][2]) in _LEADING_CONNECTORS
        or _low(sub[0][2]) in SUBORDINATORS  # 'While some analysts estimated …': the clause's conjunction
        or _date_holding(dates, sub[0]) is not None
    ):
        sub = sub[1:]  # (a date opening the phrase is the clause's: 'Earlier today sources close to X reiterated')
    if not sub or _low(sub[-1][2]) in _BOUNDARY or _low(sub[-1][2]) in _CONNECTORS:
        return None  # 'an offering of | notes due 1992': the cue word is the noun the phrase goes on to
    if (k < 0 or not _is_word(tokens[k][2])) and (head := _subject_after_fronted(sub)) is not None:
        sub = head  # 'Given market liquidity dealers said', 'At the meeting Smith said': no comma closed the adverbial
    first = sub[0][0]
    comma = _role_comma(tokens, k)
    if comma is not None and (name := _name_before_appositive(tokens, comma, i)) is not None:
        # 'Steve Richards, a supply manager with X, a Houston firm, said', or without the comma that closes the role
        # ('Michael German, vice president of economic analysis at American Gas Association said'): the role is an
        # appositive of the name before it; the phrase covers both, and the name is its head
        first = name
    elif object_of:
        return _past_clause(text, lo, tokens, k, dates)
    return first, _end_of(text, sub[0][0], sub[-1][1])


def _subject_after_fronted(sub: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """The tokens of the subject in a phrase opening its clause on a capitalised preposition with no comma after its
    adverbial ('Despite the rain | dealers', 'At the meeting | Smith'): a name closing it, or a noun for people."""
    if len(sub) < 3 or not _capitalised(sub[0][2]) or _low(sub[0][2]) not in _ADVERBIAL_PREPOSITIONS:
        return None
    if _capitalised(sub[1][2]) and _people_noun(sub[1][2]):
        return None  # 'Under Secretary of State X': a title
    j = len(sub) - 1
    if _capitalised(sub[j][2]):
        while j > 2 and _is_word(sub[j - 1][2]) and _capitalised(sub[j - 1][2]):
            j -= 1
        return sub[j:] if j > 1 else None
    return sub[j:] if _people_noun(sub[j][2]) else None


def _name_before_origin(tokens: list[tuple[int, int, str]], k: int) -> int | None:
    """tokens[k] stopped a phrase read back from a cue; when it is a comma that opens 'of <Name>' (a hometown or an
    employer set off after a name), the end offset of the word before it, past an age in commas ('Rawlings, 59,')."""
    if not (k >= 1 and k + 2 < len(tokens) and tokens[k][2] == "," and _low(tokens[k + 1][2]) == "of"):
        return None
    if not _capitalised(tokens[k + 2][2]):
        return None  # ('Analysts, of course, said')
    j = k - 1
    if j >= 2 and _set_off_before_appositive(tokens[j][2]) and tokens[j - 1][2] == ",":
        j -= 2
    return tokens[j][1] if _is_word(tokens[j][2]) else None


def _seat_after_bracket(text: str, tokens: list[tuple[int, int, str]], k: int, i: int) -> int | None:
    """tokens[k] stopped a phrase (ending at tokens[i]) read back from a cue; when it is the '>' closing a company's
    name or stock code and the phrase is 'of'/'in' and a known place, the end offset of that '>'."""
    if k < 0 or tokens[k][2] != ">" or k + 2 > i or _low(tokens[k + 1][2]) not in ("of", "in"):
        return None
    return tokens[k][1] if text[tokens[k + 2][0] : tokens[i][1]] in places() else None


def _document_before(tokens: list[tuple[int, int, str]], k: int, i: int) -> int | None:
    """tokens[k] stopped a phrase (ending at tokens[i]) read back from a cue; the index of a document noun the
    phrase is the topic of ('report on | the economy') or a participle's object after it ('communique issued at |
    the end of …'), if any."""
    if k < 1 or (link := _low(tokens[k][2])) not in _DOCUMENT_LINKS:
        return None
    j = k - 1
    if k >= 2 and _is_participle(tokens[j][2]) and link != "by":
        j -= 1  # (its agent, 'issued by the ministry', is who speaks)
    elif link not in _TOPIC_LINKS:
        return None
    return j if _low(tokens[j][2]) in _DOCUMENTS and _topic(tokens[i][2]) else None


def _topic(tok: str) -> bool:
    """Whether a phrase's last word names a document's topic ('on the economy'), not where it ran ('a report on Cable
    News Network', 'a document on the campaign website'), which stands for its author."""
    nominal = nominals().get(_low(tok))
    return not _capitalised(tok) and (nominal is None or nominal.match not in ("media", "self"))


def _list_before(tokens: list[tuple[int, int, str]], k: int, i: int, start: int) -> tuple[int, int]:
    """Two words joined by 'and' (tokens k+1..i) close a list in commas before them: 'Smith, Jones and Brown said',
    'the Commodity Board for Margarine, Fats and Oils said', 'Sears, Roebuck and Co said'; the phrase takes it in."""
    pair = [t for _, _, t in tokens[k + 1 : i + 1]]
    if len(pair) != 3 or _low(pair[1]) not in ("and", "&") or not (_capitalised(pair[0]) and _capitalised(pair[2])):
        return k, start
    while k >= 1 and tokens[k][2] == "," and _is_word(tokens[k - 1][2]) and _capitalised(tokens[k - 1][2]):
        j, before = _read_back(tokens, k - 1)
        if j >= 0 and _is_word(tokens[j][2]):
            break  # '… adding shares of Morton-Thiokol, Standard and Poor's said': the name closes what was said
        if _low(tokens[j + 1][2]) in _FRONTED or _low(tokens[k - 1][2]) in _TIME_WORDS:
            break  # 'However, S and P said', 'At the close of business Thursday, X and Y said': no list
        k, start = j, before
    return k, start


def _past_clause(
    text: str, lo: int, tokens: list[tuple[int, int, str]], k: int, dates: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The phrase read back past commas is a preposition's object (tokens[k] the preposition) inside a clause, no
    subject: 'Industrial Equity, which is owned by Brierley Investments Ltd, a New Zealand company, said',
    '<Pacific Basin Development Corp>, based in Vancouver, British Columbia, said'. When a relative clause or a
    participle opens that clause after a comma, the subject is the phrase before it, if one can be read."""
    comma = next((j for j in range(k - 1, -1, -1) if tokens[j][2] == ","), None)
    if comma is None or comma == 0:
        return None
    opener = tokens[comma + 1][2]
    if opener.islower() and opener.endswith("ly") and comma + 2 < len(tokens):
        opener = tokens[comma + 2][2]  # 'recently formed from …': an adverb before the participle
    if _low(opener) not in ("which", "who") and not (opener.islower() and opener.endswith(("ed", "ing"))):
        return None
    return subject_before(text, lo, tokens[comma][0], dates)


def _list_tail(tokens: list[tuple[int, int, str]], comma: int) -> bool:
    """Whether the words after tokens[comma] up to the next comma close a list ('…, soybeans and feedgrains,'),
    not a relative clause or an appositive of their own ('…, which was still open,')."""
    words = []
    for _s, _e, tok in tokens[comma + 1 :]:
        if tok == ",":
            break
        words.append(_low(tok))
    return bool(words) and words[0] not in _DETERMINERS and words[0] not in ("who", "whose", "which") and any(
        w in ("and", "or") for w in words
    )


def _role_comma(tokens: list[tuple[int, int, str]], k: int) -> int | None:
    """The comma that may open a role phrase running on to the cue: tokens[k] itself, where the phrase read back
    stopped, or the nearest one before it past words only ('…, vice president of economic analysis at | …')."""
    j = k
    while j > 0 and k - j < _ROLE_WORDS and _is_word(tokens[j][2]):
        j -= 1
    return j if j >= 1 and tokens[j][2] == "," else None


def _name_before_appositive(tokens: list[tuple[int, int, str]], k: int, i: int) -> int | None:
    """tokens[k] is a comma before a role phrase ending at tokens[i] ('a supply manager with X'); the start offset of a
    person's name right before the comma, that opens its clause ('…, Steve Richards, a supply manager …'), if any."""
    role = [t for _, _, t in tokens[k + 1 : i + 1] if _is_word(t)]
    # a role names a person's post in lower case, after a determiner or a body's name ('SAMBA managing director')
    if not any(_people_noun(t) and not _capitalised(t) for t in role) and (
        not any(_people_noun(t) for t in role) or _capitalised(role[0]) and _low(role[0]) not in _DETERMINERS
    ):
        return None
    j = k - 1
    while j >= 0 and _is_word(tokens[j][2]) and _capitalised(tokens[j][2]) and k - j <= _MAX_NAME_WORDS:
        j -= 1
    if k - j < 3 or not _opens_personal_name(tokens, j + 1, k) or (j >= 0 and tokens[j][2] not in ",;:(“\""):
        return None
    return tokens[j + 1][0]


def _opens_personal_name(tokens: list[tuple[int, int, str]], at: int, end: int) -> bool:
    """Whether a personal name opens at tokens[at] (before tokens[end]): a given name, or an initial before one
    ('F. Wilhelm Christians')."""
    if is_initial(tokens[at][2]) and at + 2 < end:
        at += 1
    return is_first_name(_low(tokens[at][2]))


def _named_description(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """'the chairman of the bank employers' federation, Horst Burgard, told', 'A spokesman for Yeutter, Gary
    Holmes, said', 'the official news agency, Tass, said': a description and the person's or body's name in commas
    after it (tokens[i] is the closing comma); the phrase covers both, and the name is its head."""
    j = i - 1
    while j >= 0 and _is_word(tokens[j][2]) and _capitalised(tokens[j][2]) and i - j <= _MAX_NAME_WORDS:
        j -= 1
    if j < 1 or tokens[j][2] != "," or i - j < 2:
        return None
    last = tokens[j - 1][2]
    if not _is_word(last) or _low(last) in _PRONOUNS or _low(last) in _BOUNDARY:
        return None
    k, start = _read_back(tokens, j - 1)
    if i - j >= 3 and _opens_personal_name(tokens, j + 1, i):
        if not _people_noun_in(tokens, j - 1):
            return None
    elif (
        not last.islower()
        or (body := nominals().get(last)) is None
        or body.type != "ORG"
        or any(t[2] == "," for t in tokens[: k + 1])
    ):
        # 'South Korea's national news agency, Yonhap, said': a body's description opening the clause and its name
        # (not one inside an appositive: 'Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore, said')
        return None
    return start, tokens[i - 1][1]


def _people_noun_in(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the phrase read back from tokens[i] holds a noun for a person ('chairman', 'spokesman')."""
    k, _ = _read_back(tokens, i)
    return any(_is_word(t) and _people_noun(t) for _, _, t in tokens[k + 1 : i + 1])


def _relative_clause(tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """Index of the 'who' opening a relative clause that ends at tokens[i], right before a cue, if any
    (one set off by commas is an appositive)."""
    if not _is_word(tokens[i][2]):
        return None
    for k in range(i - 1, max(-1, i - _RELATIVE_REACH), -1):
        tok = tokens[k][2]
        if not _is_word(tok):
            return None
        if _low(tok) == "who":
            verb = _low(tokens[k + 1][2])
            return k if k > 0 and (verb.endswith("ed") or verb in _RELATIVE_VERBS) else None
    return None


def _read_back(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, int]:
    """From the phrase's last token tokens[i], read back over noun-phrase words: (index of the token that
    stopped the phrase, or -1; start offset of the phrase)."""
    start = tokens[i][0]
    nxt_cap = _capitalised(tokens[i][2])
    n = 1
    k = i - 1
    acronym = False  # a parenthesised acronym was read: the name it abbreviates comes before it
    while k >= 0 and (n < _MAX_NP or (acronym and n < 2 * _MAX_NP and _in_name_before(tokens, k))):
        tok = tokens[k][2]
        if tok in _QUOTE_MARKS and k >= 2 and _is_word(tokens[k - 1][2]) and tokens[k - 2][2] in _QUOTE_MARKS:
            # a scare-quoted word inside the phrase: 'the “deputy” of Russian diplomacy'
            start, nxt_cap, n, k = tokens[k - 2][0], False, n + 3, k - 3
            continue
        if tok == ")" and k >= 3 and tokens[k - 2][2] == "(" and _capitalised(tokens[k - 1][2]) and _capitalised(
            tokens[k - 3][2]
        ):
            # an acronym or a place in parentheses inside a name: 'Sugar Regulation Administration (SRA) chairman X',
            # 'Yamaichi International (Europe) Ltd'
            start, nxt_cap, n, k = tokens[k - 2][0], True, n + 3, k - 3
            # ('Kuwait Oil Tanker Company (KOTC) Chairman and Managing Director X': the name an acronym abbreviates
            # is read whole, whatever the phrase's length)
            acronym = acronym or tokens[k + 2][2].isupper()
            continue
        titles = _low(tok) == "and" and k > 0 and _people_noun(tokens[k - 1][2]) and _people_noun(tokens[k + 1][2])
        # 'on' inside a body's name: 'the Interministerial Committee on Credit and Savings'
        body = _low(tok) == "on" and nxt_cap and k > 0 and _low(tokens[k - 1][2]) in _BODIES_ON
        if not (_np_word(tok, nxt_cap) or titles or body) or _low(tok) in _PRONOUNS:
            break  # ('chairman and chief executive officer Philip Lippincott': one person's two titles)
        if tok == "-" and k > 0 and tokens[k - 1][1] < tokens[k][0]:
            # a dash, set off by a space ('DHAKA - President Hossain Mohammad Ershad said', '… foodstuffs -- Western
            # economists say'), ends the phrase; a hyphen does not ('U.S.-based')
            break
        start, nxt_cap, n = tokens[k][0], _capitalised(tok), n + 1
        k -= 1
        if _low(tok) in _ARTICLES and k >= 0 and _ends_phrase_before_article(tokens[k][2]):
            break  # 'In reporting third quarter results | the company said': an article opens the phrase
    if k >= 0 and n >= _MAX_NP and _low(tokens[k][2]) in _ARTICLES:
        # 'a | spokesman for one of Spain's major sunflower oil producers': the article opening a phrase read to its
        # full length is still the phrase's
        start, k = tokens[k][0], k - 1
    return k, start


def _in_name_before(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether tokens[k] is a word of a capitalised name read back: a capitalised word, or a connector after one
    ('Bank of | Japan')."""
    tok = tokens[k][2]
    if _capitalised(tok):
        return True
    return _low(tok) in ("of", "and", "&") and k > 0 and _capitalised(tokens[k - 1][2])


def _ends_phrase_before_article(tok: str) -> bool:
    """A lower-case word before 'the'/'a' that cannot lead into it inside one noun phrase ('results the
    company'), unlike a connector ('head of the bank') or a quantifier ('all the banks')."""
    return _is_word(tok) and not _capitalised(tok) and _low(tok) not in _INTO_ARTICLE


def _noun_before_modifier(tokens: list[tuple[int, int, str]], k: int, hops: int = _MODIFIER_HOPS) -> int | None:
    """tokens[k] stopped a phrase read back from a cue; the index of a people noun the phrase modifies, if any:
    'sources close to | the ministry', 'reporters at | the scene', 'police and | hospital officials',
    'protesters marching through | the streets', 'an official attending | the talks',
    'one lobbyist with close connections to | the administration' (modifiers in a row)."""
    word = _low(tokens[k][2])
    if (
        k >= 1
        and tokens[k][2].islower()
        and word.endswith("ing")
        and len(word) > 4
        and word not in _BOUNDARY  # ('delegates including | X' lists who they are)
        and _people_noun(tokens[k - 1][2])
    ):
        return k - 1  # 'a company official attending | the meeting': a participle and its object after the noun
    participle = k >= 1 and _is_participle(tokens[k - 1][2]) and word in _BOUNDARY
    if word == "by" and k >= 2 and tokens[k - 1][2] in _LEADERSHIP and _is_word(tokens[k - 2][2]):
        # 'an investor group led by Melvyn Gelch told': the group speaks, not its leader
        return k - 2 if nominals().get(_low(tokens[k - 2][2])) is not None else None
    if word in _PEOPLE_POSTMODIFIERS or participle:
        j = k - 1
        if j >= 0 and (_low(tokens[j][2]) in ("close", "near") or participle):
            j -= 1  # 'sources close to …', 'protesters marching through …'
        if j >= 0 and _is_word(tokens[j][2]) and _people_noun(tokens[j][2]):
            return j
        if hops and j >= 0 and _is_word(tokens[j][2]):
            before, _ = _read_back(tokens, j)
            return _noun_before_modifier(tokens, before, hops - 1) if before > 0 else None
    if word == "and" and k >= 1 and _people_noun(tokens[k - 1][2]) is not None:
        before = tokens[k - 2][2] if k >= 2 else ","
        if before in ",;:(—–":
            return k - 1  # a coordination opening the clause, nouns only: ', police and hospital officials said'
    return None


def _name_before_place(text: str, tokens: list[tuple[int, int, str]], k: int, i: int) -> int | None:
    """tokens[k] stopped a phrase read back from a cue (ending at tokens[i]); when it is the 'in' of a known place
    after a name or a body's noun ('Tom Hale in | Zurich', 'the ministry in | Bonn', 'the embassy in | Tokyo'), the
    index of that word (before an acronym in parentheses: 'Banque Lemaire (Balem) in | Geneva'); also the 'from' of a
    place after reports ('Overnight reports from | Tokyo said'): the reports speak, not where they came from."""
    link = _low(tokens[k][2])
    if link not in ("in", "from") or k >= i or text[tokens[k + 1][0] : tokens[i][1]] not in places():
        return None
    j = k - 1
    if j >= 3 and tokens[j][2] == ")" and tokens[j - 2][2] == "(":
        j -= 3
    if j < 0 or not _is_word(tokens[j][2]):
        return None
    word = _low(tokens[j][2])
    if link == "from":
        return j if word in _REPORTS else None
    return j if _capitalised(tokens[j][2]) or word in nominals() or word in org_heads() else None


def _is_participle(tok: str) -> bool:
    """A lower-case word in -ing or -ed that can open a participle modifying the noun before it."""
    return tok.islower() and len(tok) > 4 and tok.endswith(("ing", "ed"))


def _people_noun(tok: str) -> bool:
    nominal = nominals().get(_low(tok))
    return nominal is not None and nominal.type == "PERSON"


def _name_follows(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """'Trump spokeswoman Hope Hicks': a role word between names; not 'Trump attacked Clinton'. A participle opens
    a role only before a noun for a person ('Fiat managing director Cesare Romiti'), not 'Trump attacked Clinton'."""
    if tokens[k][2].endswith(("ed", "ing")):
        return (
            k + 2 < len(tokens)
            and _people_noun(tokens[k + 1][2])
            and not _capitalised(tokens[k + 1][2])
            and _capitalised(tokens[k + 2][2])
        )
    for _, _, tok in tokens[k + 1 : k + 3]:
        if not _is_word(tok) or _low(tok) in _BOUNDARY:
            return False
        if _capitalised(tok):
            return True
    return False


def _verb_before_object(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """A lower-case past tense followed by the start of another phrase ('welcomed the scheme', 'rejected his
    offer', 'praised Smith'), unlike a participle modifying the noun after it ('the proposed merger')."""
    tok = tokens[k][2]
    if _capitalised(tok) or k + 1 >= len(tokens):
        return False
    nxt = _low(tokens[k + 1][2])
    # ('The agreement limits it to …': any word before an object pronoun is a verb; 'refused to' is one too)
    past = len(tok) > 4 and tok.endswith("ed")
    return (past and (_opens_np(tokens[k + 1][2]) or nxt == "to")) or nxt in _OBJECT_PRONOUNS


def phrase_after(
    text: str, pos: int, hi: int, dates: list[tuple[int, int]] = (), predicate_follows: bool = False
) -> tuple[int, int] | None:
    """The noun phrase starting right after `pos` ('said Sen. Ted Cruz', 'according to the ministry').

    `predicate_follows`: the phrase is a clause's subject and its verb comes next ('The minister welcomed the scheme
    and said'): a capitalised article is no name, and a past tense before another phrase ends the subject.

    A name ends before a date (`dates` sorted): in German every noun is capitalised, so 'sagte Scholz am Montag' would
    otherwise read on into the weekday as if it were more of the name. A date before any name is a modifier of the
    phrase ('said a 2008 Clinton veteran') and stays.
    """
    tokens = _tokens(text, pos, min(hi, pos + _LOOKAHEAD))
    k = bisect.bisect_left(dates, (pos, -1))
    if k < len(dates):
        date_at = dates[k][0]
        if any(_capitalised(tok) for s, _, tok in tokens if s < date_at):
            tokens = [t for t in tokens if t[0] < date_at]
    if not tokens or not _is_word(tokens[0][2]) or _low(tokens[0][2]) in _TIME_WORDS:
        return None  # '"…," he said Friday' has no speaker after its cue
    out: list[tuple[int, int, str]] = []
    named = False
    for k, (s, e, tok) in enumerate(tokens):
        if len(out) >= _MAX_NP or (out and _ends_sentence_before(text, out[-1], s)):
            break
        low = _low(tok)
        if not out and low in _PRONOUNS:
            return s, e
        nxt_cap = k + 1 < len(tokens) and _capitalised(tokens[k + 1][2])
        if _is_word(tok) and low in _NAME_PARTICLES and nxt_cap:
            out.append((s, e, tok))
            continue
        if not _np_word(tok, nxt_cap) or (out and low in _PRONOUNS):
            break
        if (
            named
            and _is_word(tok)
            and not _capitalised(tok)
            and low not in _CONNECTORS
            and not _name_follows(tokens, k)
            and not _name_before_noun(text, out, tokens, k)
        ):
            # 'Smith defended the plan': a lower-case word after a name starts the predicate,
            # unless a name follows it ('Trump spokeswoman Hope Hicks') or the name is a place's that modifies a noun
            break
        if predicate_follows and not named and len(out) >= 2 and _verb_before_object(tokens, k):
            break  # 'The minister welcomed the scheme and said': a past tense and its object end the phrase
        named = named or (_capitalised(tok) and not (predicate_follows and low in _DETERMINERS))
        out.append((s, e, tok))
    while out and _low(out[-1][2]) in ("of", "for", "and", "-", "'", "’", "&"):
        out.pop()
    return (out[0][0], _end_of(text, out[0][0], out[-1][1])) if out else None


def _name_before_noun(text: str, out: list[tuple[int, int, str]], tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the name read so far (`out`) modifies the noun for people or a body that the lower-case words from
    tokens[k] run on to: a place, a nationality or a party some words before it ('said a Mexican official', 'according
    to U.S. intelligence agencies', 'said a Tokyo branch vice president'), any other name right before it ('the
    Clinton campaign', 'said Texaco officials'); not 'said Japan would …', 'Smith defended the plan'."""
    end = len(out)
    while end > 0 and _is_word(out[end - 1][2]) and not _capitalised(out[end - 1][2]):
        end -= 1  # ('a U.S. trade | official': the words already read on from the place)
    j = end
    while j > 0 and _capitalised(out[j - 1][2]):
        j -= 1
    if j == end or len(out) - end >= _MODIFIED_NOUN_REACH:
        return False
    reach = _MODIFIED_NOUN_REACH if text[out[j][0] : out[end - 1][1]] in places() else 1
    if reach == 1 and end < len(out):
        return False
    for _, _, tok in tokens[k : k + reach]:
        low = _low(tok)
        if not _is_word(tok) or _capitalised(tok) or low in _BOUNDARY or low in _PRONOUNS:
            return False
        found = nominal_of(low)  # ('agencies': a plural the lexicon holds in the singular)
        if found is not None and found.type in ("PERSON", "ORG"):
            return True
    return False


def _ends_sentence_before(text: str, last: tuple[int, int, str], start: int) -> bool:
    """Whether a phrase's last token `last` ends its sentence before the token at `start`: a paragraph break between
    them, or a lower-case word with a full stop ('according to FEC records. | The senator …'); a capitalised one may be
    a title ('Sen. | Ted Cruz')."""
    return "\n" in text[last[1] : start] or (last[2].endswith(".") and last[2][0].islower())


def clause_subject(
    text: str, lo: int, hi: int, dates: list[tuple[int, int]] = (), predicate_follows: bool = False
) -> tuple[int, int] | None:
    """The subject of the clause starting at `lo`, after fronted adverbials ('According to X, ...');
    `predicate_follows` as for phrase_after."""
    hi = min(hi, lo + _LOOKAHEAD)
    tokens = _tokens(text, lo, hi)
    i = 0
    while i < len(tokens):
        low = _low(tokens[i][2])
        if tokens[i][2] in ",—–" or any(ds <= tokens[i][0] < de for ds, de in dates):
            i += 1
            continue
        reach = _MAX_FRONTED_PP if low in _FRONTED else _MAX_FRONTED
        comma = next((k for k in range(i, min(len(tokens), i + reach)) if tokens[k][2] == ","), None)
        if low in _CONNECTIVES and (comma is None or comma + 1 == len(tokens) or not _opens_np(tokens[comma + 1][2])):
            # 'And then Trump went on the attack, saying': no subject after the comma, so the connective opened no
            # adverbial up to it ('But that morning, an angry crowd …' has one)
            i += 1
            continue
        if low in _FRONTED and comma is None:
            i += 1  # no comma: the adverbial has no clear end; drop only its first word
            continue
        if comma is not None and comma + 1 < len(tokens):
            after = tokens[comma + 1][2]
            # 'Hours later, Trump …' / 'Here in Columbia, Sanders …' but not 'Smith, a senator, …' nor a party
            # and state after a name ('Mitch McConnell, R-Ky., delivered')
            if low in _FRONTED or (
                (_capitalised(after) or _low(after) in _PRONOUNS)
                and _low(after) not in _DETERMINERS
                and not _PARTY_STATE.match(after)
            ):
                i = comma + 1
                continue
        break
    if i >= len(tokens) or not _is_word(tokens[i][2]):
        return None
    s0 = tokens[i][0]
    first = tokens[i][2]
    if _low(first) in _PRONOUNS:
        return s0, tokens[i][1]
    if not (_capitalised(first) or _low(first) in _DETERMINERS):
        return None  # a clause that opens with a verb or an adverb has no subject we can read
    return phrase_after(text, s0, hi, predicate_follows=predicate_follows)


def _opens_np(tok: str) -> bool:
    """Whether a token can open a subject noun phrase: a name, a pronoun or a determiner."""
    return _is_word(tok) and (_capitalised(tok) or _low(tok) in _PRONOUNS or _low(tok) in _DETERMINERS)


def absolute_subject(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """A name or pronoun right before a participle ('… with Trump reportedly yelling: “…”'), or a description
    after 'with' ('with one senator saying')."""
    tokens = _tokens(text, max(lo, pos - _LOOKBACK), pos)
    i = len(tokens) - 1
    while i >= 0 and (_low(tokens[i][2]) in _SKIPPABLE or tokens[i][2].endswith("ly")):
        i -= 1
    if i < 0 or not _is_word(tokens[i][2]):
        return None
    tok = tokens[i][2]
    if _low(tok) in _PRONOUNS and _low(tok) != "it":
        return tokens[i][0], tokens[i][1]
    if _people_noun(tok) and not _capitalised(tok):
        # '… with one senator saying': a description right after 'with', its determiner included
        j = next((j for j in range(i - 1, max(-1, i - 4), -1) if _low(tokens[j][2]) == "with"), None)
        return (tokens[j + 1][0], tokens[i][1]) if j is not None and j + 1 <= i else None
    if not _capitalised(tok) or i == 0:
        return None
    j = i
    while j > 0 and _is_word(tokens[j - 1][2]) and _capitalised(tokens[j - 1][2]):
        j -= 1
    if j > 0 and _low(tokens[j - 1][2]) in _MEDIUM_PREPOSITIONS:
        # 'posted a message on Twitter reading “…”', 'wrote in a statement to Wired explaining': where it was written or
        # to whom, not who wrote it
        return None
    return tokens[j][0], _end_of(text, tokens[j][0], tokens[i][1])
