"""Word tokens with offsets, and the capitalised sequences that proper names are read from."""

from __future__ import annotations

import calendar
import re
import sys
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from extractor.ascii_twin import AsciiTwin
from extractor.entities import lexicon
from extractor.patterns import ASCII_NON_SPACE
from extractor.text import Document

# Acronyms with dots ("U.S."), words with inner hyphens/apostrophes (but not a possessive "'s"),
# numbers, or any other single non-space character.
_TOKEN = regex.compile(
    r"(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’](?![sS]\b)[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|\S"
)
# _TOKEN for ASCII text, for re (a cheaper call than regex's): there \p{Lu} is [A-Z], \p{L} [A-Za-z], \p{M} nothing,
# \p{N} [0-9], ’ absent, and regex's \S anything but the six ASCII White_Space characters (re's \s also holds
# \x1c-\x1f, so \S is spelled out)
_ASCII_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z0-9]*(?:[-'](?![sS]\b)[A-Za-z0-9]+)*|[0-9]+(?:[.,][0-9]+)*|" + ASCII_NON_SPACE
)
# Words whose following dot belongs to them ("Mr.", "Corp.") rather than ending the sentence.
_DOTTED = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "capt",
        "sgt",
        "rev",
        "st",
        "jr",
        "sr",
        "corp",
        "inc",
        "co",
        "ltd",
        "prof",
        "mt",
        "ft",
        "messrs",
        "adm",
        "cmdr",
        "gov't",
    )
)
# Lower-case words that may sit inside a proper name when capitalised words surround them.
_PARTICLES = frozenset(
    (
        "de",
        "da",
        "del",
        "della",
        "di",
        "do",
        "dos",
        "das",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "al",
        "bin",
        "ibn",
        "ben",
        "y",
        "arap",
        "bint",
        "el",
        "des",
        "dei",
        "ter",
        "ten",
        "zu",
        "vom",
    )
)
_OF = frozenset(("of", "for", "on"))
# Weekday and month names (but not "may", a name and a verb too), which end a capitalised run.
_CALENDAR = frozenset(
    w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.day_abbr, *calendar.month_abbr) if w
) - {"may", "mar", "jan", "sun", "sat", "wed"}
# Names of agreements and meetings, which "on ..." or "of ..." continues ("General Agreement on Tariffs and Trade",
# "Treaty of Rome", "Conference on Disarmament")
_ON_TAKERS = frozenset(("agreement", "treaty", "convention", "conference", "accord", "pact", "charter"))
# Heads after which "of ..." continues the same name ("Bank of America", "Republic of Korea").
_OF_TAKERS = frozenset(
    (
        "republic",
        "kingdom",
        "states",
        "state",
        "bank",
        "university",
        "house",
        "chamber",
        "bay",
        "gulf",
        "isle",
        "city",
        "islands",
        *_ON_TAKERS,
    )
)


# Arabic name particles joined to the capitalised name ("el-Sissi", "al-Moallem", "bin-Talal"): the particle
# belongs to the name, which counts as capitalised even when the particle is written in lower case.
_PARTICLES_JOINED = "al|el|ad|ed|ar|as|ash|at|az|an|ul|ud|bin|ibn|abu|bint"
# the particle before a capitalised word's start: extends the word found by _CAP (a separate test after a hyphen,
# because an optional particle inside _CAP made the scan of every document four times slower)
_PARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}-])(?:" + _PARTICLES_JOINED + r")-$")
_PARTICLE_WORD = regex.compile(r"(?i:" + _PARTICLES_JOINED + r")-(?=\p{Lu})")


def without_particle(word: str) -> str:
    """ "Sissi" for "el-Sissi" or "El-Sissi": the name a joined particle opens."""
    if "-" not in word:  # the particle is joined by a hyphen
        return word
    m = _PARTICLE_WORD.match(word)
    return word[m.end() :] if m else word


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str  # lower case, trailing dot removed
    cap: bool  # starts with an upper-case letter
    initial: bool  # first word of a sentence or of a quotation, where capitals prove nothing
    sentence: int


# A lower-case participle or adjective after a hyphen makes the word a compound adjective whose name is its
# first part ("Iran-backed", "EC-produced", "Soviet-built"); other hyphenated words stay whole ("Rolls-Royce").
_COMPOUND_TAIL = r"(?:\p{Ll}+ed|made|run|built|born|style|wide|bound|era|like|sized)\b"
_CAP_WORD = (
    r"(?:\p{Lu}\.){2,}|(?:\p{Lu}\.)+\p{Lu}(?![\p{L}\p{M}\p{N}])|\p{Lu}[\p{L}\p{M}\p{N}]*"
    r"(?:(?:-(?!" + _COMPOUND_TAIL + r")|['’](?![sS]\b))[\p{L}\p{M}\p{N}]+)*\.?"
)
_LEAD_PUNCT = " \t\"'“‘«„‹([—–-:"
_INITIAL_AFTER = frozenset("\"'“‘«„‹([:")
# a straight quote mark opens a quotation when the word touches it ('"Prices') and closes one when a space follows
# it ('," Smith said'): only after an opening mark is a capital the quotation's first word
_STRAIGHT_QUOTES = frozenset("\"'")


_CAP = AsciiTwin(regex.compile(_CAP_WORD))
# An ASCII text's bytes with each capital as "A", each other letter or digit as "a", the marks that may go on in a
# capitalised word ("-", "'", ".") as they are and anything else as a space: there a capital's run of letters and
# digits is found by a pattern that opens on one byte, which re scans for far faster than _CAP's opening classes
_CAPITAL_MARKS = bytes(
    ord("A") if chr(i).isupper() else ord("a") if chr(i).isalnum() else i if chr(i) in "-'." else ord(" ")
    for i in range(128)
) + b" " * 128
_CAPITAL_RUN = re.compile(rb"A[Aa]*")
# a stock ticker in angle brackets ("Texaco Inc <TX> said", "<LHAG.F>") is a code, not a name
_TICKER = regex.compile(r"<[\p{Lu}\p{N}.\-]{1,12}>")
_MAX_GAP = 48
# Bounds that only pathological inputs reach: a name is at most this many words, and a document yields at most
# this many capitalised runs (a long news article has a few hundred), so the stage stays linear and fast.
_MAX_RUN_WORDS = 14
_MAX_RUNS = 4000


@cache
def _joiners() -> frozenset[str]:
    """Lower-case words that may stand between two capitalised words of one name or title."""
    roles = (w for w, kinds in lexicon.role_words().items() if "honorific" not in kinds)
    return frozenset((*roles, *_PARTICLES, *_OF, *_CONTRACTED_AND, "the", "and", "&", "to"))


# 'and' contracted inside a name: "Steak 'n Egg Kitchen"; in capitals it is a letter between apostrophes
_CONTRACTED_AND = ("'n", "'n'")


def _contracted_letter(text: str, start: int, end: int) -> bool:
    """Whether the capital letter text[start:end] after " '" is a contraction inside a name ("Pay 'N Pak", "Pic 'N'
    Save", "Toys 'R' Us"), not the first word of a quotation ("'A Hell Of A Lot") nor "I"."""
    return (
        end - start == 1
        and text[start] not in "AI"
        and text.startswith(" '", start - 2)
        and text.startswith((" ", "' "), end)
    )


def _contraction_joins(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether an apostrophe of a contracted letter is all that stands between two words of a name."""
    gap = text[a_end:b_start]
    return (gap == " '" and _contracted_letter(text, b_start, b_end)) or (
        gap == "' " and _contracted_letter(text, a_start, a_end)
    )


@lru_cache(maxsize=4096)
def _gap_joins(gap: str) -> bool:
    """Whether the text between two capitalised words joins them (a pure test of the gap, asked again for the same
    few gaps: ", ", " and ", " of ")."""
    if gap == " " or gap == "  ":
        return True
    if len(gap) > _MAX_GAP or "\n" in gap or not gap.startswith(" ") or not gap.endswith(" "):
        return False
    words = gap.split(" ")
    joiners = _joiners()
    return all(w in joiners for w in words if w) and len([w for w in words if w]) <= 4 and "" not in words[1:-1]


def _title_words(doc: Document, start: int, starts: list[int]) -> list[Token]:
    """Lower-case title words right before a capitalised word ("leader" in "Soviet leader Mikhail"), if any."""
    text = doc.text
    if start < 2 or text[start - 1] != " " or not text[start - 2].islower():
        return []
    roles = lexicon.role_words()
    # the word right before first (most capitalised words follow no title): the loop below reads it first
    lo = max(0, start - _MAX_GAP)
    space = text.rfind(" ", lo, start - 1)
    if text[space + 1 if space >= 0 else lo : start - 1] not in roles:
        return []
    lead = text[lo : start - 1]
    out: list[Token] = []
    pos = start - 1
    for word in reversed(lead.split(" ")):
        if not word or word not in roles or "honorific" in roles[word] or not word.islower():
            break
        pos -= len(word)
        out.append(_token(text, pos, pos + len(word), starts))
        pos -= 1
    out.reverse()
    return out


def _token(text: str, s: int, e: int, starts: list[int]) -> Token:
    """A Token for text[s:e]; a trailing dot stays only on abbreviations and initials ("Mr.", "U.S.", "J.")."""
    word = text[s:e]
    dotted = word[-1] == "."  # (an index and a comparison cost half a call of str.endswith)
    if dotted and word.count(".") == 1 and len(word) > 2 and word[:-1].lower() not in _DOTTED:
        e -= 1
        word = word[:-1]
        dotted = False  # its one dot is gone
    si = bisect_right(starts, s) - 1
    sent_start = starts[si] if si >= 0 else 0
    cap = (
        word[0].isupper()
        or ("-" in word and _PARTICLE_WORD.match(word) is not None)
        or ((word[0].isdigit() or word[0] in "cilp") and _uncapitalised_name_word(text, s, word))
    )
    initial = False
    if cap and (s - sent_start <= 12 or text[s - 1] != " " or not text[s - 2].isalnum()):
        # only a capital needs excusing by its position; one after a space and a letter or digit, past the
        # sentence's first 12 characters, follows no mark that opens anything
        lead = text[max(sent_start, s - 12) : s]
        mark = lead.rstrip()[-1:]
        opens = mark in _INITIAL_AFTER and not (mark in _STRAIGHT_QUOTES and lead[-1:].isspace())
        initial = (s - sent_start <= 12 and not lead.strip(_LEAD_PUNCT)) or opens
    lower = word.lower()
    if dotted and lower[-2:] != "..":  # one trailing dot (lower case ends in a dot where the word does)
        lower = lower[:-1]
    return Token(s, e, word, lower, cap, initial, si)


# Words of a name that no capital opens: the number of a body named by its members ("Group of 24", "Group of 77", as
# "Seven" is of "Group of Seven"), and a legal form that wire copy writes in lower case after a company's name
# ("Cyclops corp said")
_NUMBERED_BODY = regex.compile(r"(?<=\bGroup of )\d+\b")
_LOWER_LEGAL_FORM = re.compile(r" (corp|inc|ltd|co|plc)\b(?![-'’]|\.\w)")
def _uncapitalised_name_word(text: str, start: int, word: str) -> bool:
    """Whether the word at `start` that opens on a digit or a lower-case letter is one of a name's words."""
    if word[0].isdigit():
        return _NUMBERED_BODY.match(text, start) is not None
    return _LOWER_LEGAL_FORM.match(text, start - 1) is not None and _capitalised_word_ends(text, start - 1)


def _capitalised_word_ends(text: str, end: int) -> bool:
    """Whether a word that opens on a capital ends at `end`."""
    i = end
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return i < end and text[i].isupper()


def _uncapitalised_name_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The capitalised words' spans with the words of names that no capital opens among them."""
    found = [m.span() for m in _NUMBERED_BODY.finditer(text)] if "Group of " in text else []
    found += [m.span(1) for m in _LOWER_LEGAL_FORM.finditer(text) if _capitalised_word_ends(text, m.start())]
    return sorted([*spans, *found]) if found else spans


def tokenize_range(doc: Document, start: int, end: int) -> list[Token]:
    """Word tokens of text[start:end] (punctuation skipped), each knowing its sentence and whether it is initial."""
    text = doc.text
    starts = [seg.start for seg in doc.sentences]
    out: list[Token] = []
    for m in (_ASCII_TOKEN if text.isascii() else _TOKEN).finditer(text, start, end):
        s, e = m.span()
        if not text[s].isalnum():
            continue
        if e < len(text) and text[e] == "." and text[s].isalpha():
            word = text[s:e].lower()
            if word in _DOTTED or (e - s == 1 and text[s].isupper()):
                e += 1
        out.append(_token(text, s, e, starts))
    return out


def name_runs(doc: Document) -> list[list[Token]]:
    """The document's capitalised sequences as token lists (see `sequences`), in text order.

    The regex engine finds the capitalised words; runs join words separated by spaces and connectors only.
    """
    text = doc.text
    starts = [seg.start for seg in doc.sentences]
    # a ticker needs its "<": str's test for one scans faster than the pattern's search, and most texts have none
    tickers = [m.span() for m in _TICKER.finditer(text, 0, len(text))] if "<" in text else []
    spans = _capitalised_words(text)
    spans = _uncapitalised_name_words(text, spans)  # (a cue's test first would cost more: " co" is in "company")
    if "-" in text:  # a joined particle ("el-Sissi") needs a hyphen
        spans = [_with_particle(text, s, e) if text[s - 1] == "-" else (s, e) for s, e in spans]
    if tickers:  # most documents have none
        spans = [span for span in spans if not _inside(tickers, span[0])]
    out: list[list[Token]] = []
    k = 0
    count = len(spans)
    while k < count and len(out) < _MAX_RUNS:
        s, e = spans[k]
        toks = _title_words(doc, s, starts) if s > 1 and text[s - 1] == " " and text[s - 2].islower() else []
        toks.append(_token(text, s, e, starts))
        k += 1
        while k < count and len(toks) < _MAX_RUN_WORDS:
            pos = toks[-1].end
            if text.startswith(("'s ", "’s "), pos) and _possessive_company(text, pos, spans[k]):
                # "Standard and Poor's Corp", "McDonald's Corp": the possessive is part of the company's name
                toks[-1] = _token(text, toks[-1].start, pos + 2, starts)
                pos += 2
            s, e = spans[k]
            if s - pos > _MAX_GAP:
                break  # most capitalised words are far apart: no gap to read
            gap = text[pos:s]
            if gap != " " and not _contraction_joins(text, toks[-1].start, pos, s, e):  # neither holds a word
                if not _gap_joins(gap):
                    break
                for word in gap.split(" "):
                    if word:
                        ws = text.index(word, pos)
                        toks.append(_token(text, ws, ws + len(word), starts))
                        pos = ws + len(word)
            toks.append(_token(text, s, e, starts))
            k += 1
        if len(toks) == 1:
            out.append(toks)
            continue
        for i, j in sequences(text, toks):
            out.append(toks[i:j])
    return out


def _capitalised_words(text: str) -> list[tuple[int, int]]:
    """The spans of _CAP's matches over the text. In ASCII text a capital and the letters and digits after it are
    the whole match when no mark follows them: _CAP's first two branches need a dot right after a capital, and its
    last one reads on only across a hyphen, an apostrophe or a dot. _CAP is asked only there, and a run it read on
    over ("Royce" of "Rolls-Royce", "S" of "U.S.") is skipped, as its scan skips it."""
    if not text.isascii():
        return [m.span() for m in _CAP.finditer(text, 0, len(text))]
    marks = text.encode("ascii").translate(_CAPITAL_MARKS)
    n = len(text)
    out = []
    end = 0
    for m in _CAPITAL_RUN.finditer(marks):
        s, e = m.span()
        if s < end:
            continue
        if e < n and marks[e] != 32:  # a mark: "-", "'" or "."
            e = _CAP.match(text, s).end()
        out.append((s, e))
        end = e
    return out


def _with_particle(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a capitalised word with the particle joined before it ("el-Sissi" for "Sissi")."""
    if start > 2 and text[start - 1] == "-" and (m := _PARTICLE_BEFORE.search(text, max(0, start - 6), start)):
        return m.start(), end
    return start, end


def _possessive_company(text: str, end: int, nxt: tuple[int, int]) -> bool:
    return text[end : nxt[0]] in ("'s ", "’s ") and text[nxt[0] : nxt[1]].rstrip(".").lower() in lexicon.LEGAL_FORMS


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _joinable(text: str, a: Token, b: Token) -> bool:
    """Two tokens are neighbours in a name when only spaces (no line break, no punctuation) separate them."""
    gap = text[a.end : b.start]
    if "'" in gap:
        return _contraction_joins(text, a.start, a.end, b.start, b.end)
    return a.sentence == b.sentence and 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap


def _is_role(tok: Token) -> bool:
    kinds = lexicon.role_words().get(tok.lower)
    return bool(kinds) and "honorific" not in kinds


def _is_role_head(tok: Token) -> bool:
    return "head" in lexicon.role_words().get(tok.lower, ())


def sequences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of capitalised runs, with name-internal connectors and leading role words.

    "Deputy Minister of Foreign Affairs", "Bank of America", "Soviet leader Mikhail Gorbachev" (a lower-case
    title run joins the name that follows it), "Ministry of International Trade and Industry".
    """
    out: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        if not tokens[i].cap and not _lower_title_before_name(text, tokens, i):
            i += 1
            continue
        if i > 0 and _headline_verb(text, tokens, i):
            i += 1  # the verb that ended the name before it starts no name either
            continue
        j = i + 1
        has_of = title_of = False
        of_end = i
        while j < n and _joinable(text, tokens[j - 1], tokens[j]):
            tok = tokens[j]
            if tok.lower in _CALENDAR:
                break  # "CNN Tuesday", "Brussels on Monday": a date ends the name
            if tok.cap:
                if _headline_verb(text, tokens, j):
                    break
                if title_of and lexicon.is_first_name(tok.lower):
                    # "Secretary of State Mike Pompeo and North Korean officials": a personal name closes the
                    # title, whose "of" no longer lets "and" join what follows
                    has_of = title_of = False
                j += 1
                continue
            if _is_role(tok) and _lower_title_before_name(text, tokens, j):
                j += 1
                continue
            nxt = j + 1
            if tok.lower == "the" and has_of:
                pass
            elif tok.lower in _OF or tok.lower == "to":
                prev = tokens[j - 1].lower
                if tok.lower == "to" and not _is_role_head(tokens[j - 1]):
                    break
                on_taker = lexicon.org_heads().get(prev) == "gov" or prev in _ON_TAKERS
                if tok.lower == "on" and (not on_taker or _country_ends_run(tokens, nxt)):
                    # "Committee on Foreign Relations", but not "the Times on Saturday"; a body is named for a
                    # matter, and a country after "on" is what it met about ("the Security Council on Syria")
                    break
                if not (prev in lexicon.org_heads() or prev in _OF_TAKERS or _is_role_head(tokens[j - 1])):
                    break
                if nxt < n and tokens[nxt].lower == "the" and _joinable(text, tok, tokens[nxt]):
                    nxt += 1
            elif tok.lower in ("and", "&"):
                if not (has_of or tok.lower == "&" or _org_head_ahead(tokens, nxt)):
                    break
                if _and_parts_whole(tokens, of_end if title_of else i, j, has_of and not title_of):
                    break
            elif tok.lower in _CONTRACTED_AND:
                pass
            elif tok.lower not in _PARTICLES:
                break
            else:
                while nxt < n and tokens[nxt].lower in _PARTICLES and _joinable(text, tokens[nxt - 1], tokens[nxt]):
                    nxt += 1  # "Hans van der Broek", "Miguel de la Madrid"
            if nxt < n and tokens[nxt].cap and _joinable(text, tokens[nxt - 1], tokens[nxt]):
                has_of = has_of or tok.lower in _OF
                if tok.lower in _OF and _is_role_head(tokens[j - 1]):
                    title_of, of_end = True, nxt  # "Vice Chairman of Reading and Bates Drilling Co"
                j = nxt
            else:
                break
        out.append((i, j))
        i = j
    return out


# Words that, with legal forms, make the second partner of a firm named for people ("Eli Lilly and Co", "Alex
# Brown and Sons Inc"): after "and" they continue the name that stands before it.
_PARTNER_WORDS = frozenset(("co", "company", "sons", "son", "associates", "partners", "brothers", "bros"))
# Legal forms that open a company's name ("AB Volvo")
_OPENING_FORMS = frozenset(("ab",))
# Below this frequency a word is no English word ("Flygmotor")
_RARE_ZIPF = 3.0
# Organisation heads that close a body of their own after "and" even inside an "of" name ("Bank of Japan and
# Bank of England"), unlike the matters such a name lists ("Ministry of Mines and Energy")
_BODY_CLASSES = frozenset(("gov", "party", "group"))


def _and_parts_whole(tokens: list[Token], i: int, j: int, has_of: bool) -> bool:
    """Whether the name tokens[i:j] before an "and" (tokens[j]) is whole, so the words after the "and" name
    someone else: "Texaco Inc and Chevron Corp" (a legal form closed the first), "Edouard Balladur and Bank of
    France" (a personal name), "Interim Committee and Development Committee" (the same head twice), "Liberal
    Democratic Party and Finance Ministry" (two bodies). Partners' names stay one ("Eli Lilly and Co", "Procter
    and Gamble Co", "Securities and Exchange Commission", "Bank and Trust Co", "Ministry of Trade and Industry")."""
    heads = lexicon.org_heads()
    right: list[str] = []  # the capitalised words after the "and", across more "and"s ("and Summit Savings and
    k = j + 1  # Loan Association")
    partner = 0  # how many of them stand before the next "and"
    while k < len(tokens) and len(right) < _MAX_RUN_WORDS:
        if tokens[k].cap:
            right.append(tokens[k].lower.rstrip("."))
        elif tokens[k].lower not in ("and", "&") or not right:
            break
        partner = partner or (len(right) if not tokens[k].cap else 0)
        k += 1
    partner = partner or len(right)
    if not right or all(w in _PARTNER_WORDS or w in lexicon.LEGAL_FORMS for w in right[:partner]):
        return False  # "William Blair and Co and Howard Weil"
    if _known_parties(tokens, i, j, partner):
        return True
    last = tokens[j - 1]
    last_word = last.lower.rstrip(".")
    if last_word in lexicon.LEGAL_FORMS and j - i >= 2:
        return True  # "Ford Motor Co and Chrysler Corp"
    if right[0] in _OPENING_FORMS or (tokens[i].lower in _OPENING_FORMS and j - i >= 2):
        return True  # "Electrolux and AB Volvo", "AB Volvo and Electrolux AB": the Swedish legal form opens a name
    if (
        j - i >= 2
        and last.cap
        and last_word not in heads
        and lexicon.zipf(last_word) < _RARE_ZIPF
        and lexicon.zipf(right[0]) >= _RARE_ZIPF
        and partner >= 3
        and right[partner - 1] in lexicon.LEGAL_FORMS
        and not any(w in lexicon.LEGAL_FORMS for w in right[partner - 3 : partner - 1])
    ):
        # "Volvo Flygmotor and General Electric Co": a name closed by a word that is no English word, then a
        # company of two words or more opening with an English one; partners' names join nouns ("Savings and
        # Loan") or surnames ("Donaldson Lufkin and Jenrette Securities Corp")
        return True
    right_heads = [w for w in right if w in heads]
    if j - i >= 2 and last.cap and last_word not in heads and _personal_name_ends(tokens, i, j):
        # "Finance Minister Edouard Balladur and Bank of France Governor Jacques de Larosiere": the words after the
        # "and" name another (a title, a body of its own), not a surname's partner ("Marine Savings and Loan")
        first_head = next((n for n, w in enumerate(right) if w in heads), len(right))
        return first_head != 1 or any(w in lexicon.role_words() for w in right)
    if not right_heads:
        return False
    left_heads = {t.lower for t in tokens[i:j] if t.cap and t.lower in heads}
    if has_of:
        # "Bank of Iron County and Summit Savings and Loan Association", "Group of Five and Group of Seven";
        # the matters an "of" name lists may hold company words ("Ministry of Information and Communications"),
        # and a body with one word before its head may be its partner ("Committee of the IMF and World Bank")
        first_head = next(n for n, w in enumerate(right) if w in heads)
        return (
            any(w in left_heads for w in right_heads)
            or right[-1] in lexicon.LEGAL_FORMS
            or (first_head != 1 and any(heads[w] in _BODY_CLASSES or w == "bank" for w in right_heads))
        )
    if last_word not in heads or j - i < 2:
        return False  # "Securities and Exchange Commission", "House Ways and Means Committee"
    if right[0] in heads and right[0] != last_word:
        return False  # "Dauphin Deposit Bank and Trust Co": one head runs into the next
    # "U.S. Commerce Department and Defence Department"; "Iranian Army and Revolutionary Guards Corps"
    return last_word in right_heads or (
        heads[last_word] in _BODY_CLASSES and heads[right_heads[-1]] in _BODY_CLASSES
    ) or (heads[last_word] == "party" or heads[right_heads[-1]] == "party")


def _known_parties(tokens: list[Token], i: int, j: int, partner: int) -> bool:
    """Two parties the lexicons know on both sides of the "and" at tokens[j]: "IMF and World Bank", "World Bank and
    International Monetary Fund", "Group of Five and Canada" (a country alone after the "and"); a name that is
    one place ("Trinidad and Tobago") or goes on after the place ("Australia and New Zealand Banking Group") is one."""
    left = " ".join(t.text for t in tokens[i:j])
    right_toks = tokens[j + 1 : j + 1 + partner]
    right = " ".join(t.text for t in right_toks)
    places, orgs = lexicon.places(), lexicon.org_names()
    if f"{left} and {right}" in places:
        return False
    right_known = right in orgs or _opens_known_org(right_toks) or (
        right in places and places[right].kind in ("country", "alias")
    )
    heads = lexicon.org_heads()
    left_known = (
        left in orgs
        or _acronym(left)
        or any(t.cap and t.lower in heads for t in tokens[i:j])
        or (left in places and places[left].kind in ("country", "alias"))
    )
    return right_known and (left_known or right in orgs)


def _acronym(word: str) -> bool:
    return len(word) >= 3 and word.isupper() and word.isalpha()


def _opens_known_org(toks: list[Token]) -> bool:
    """Whether the words open with an organisation the lexicon knows ("International Monetary Fund" is no lexicon
    name, but its initials are)."""
    initials = "".join(t.text[0] for t in toks if t.cap)
    return len(toks) >= 3 and initials in lexicon.org_names()


def _personal_name_ends(tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens[i:j] end in a personal name that opens them or follows a title: a first name, maybe initials,
    then one surname that is no organisation, title or place word ("Edouard Balladur", "Treasury Secretary James
    Baker", "George H. Bush"); "San Diego Gas", "Chase Manhattan" and "Diamond Shamrock Refining" are no people."""
    last = tokens[j - 1]
    if last.text in lexicon.places() or last.lower in lexicon.role_words() or lexicon.zipf(last.lower) >= 5.5:
        return False
    k = j - 2
    while k > i and len(tokens[k].text) == 2 and tokens[k].text.endswith("."):
        k -= 1  # initials
    first = tokens[k]
    if not (first.cap and lexicon.is_first_name(first.lower)) or first.text in lexicon.places():
        return False
    return k == i or tokens[k - 1].lower in lexicon.role_words()


def _country_ends_run(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i:] open with a country's name (one or two words) that no capitalised word continues."""
    for width in (1, 2):
        words = tokens[i : i + width]
        if len(words) < width or not all(t.cap for t in words):
            return False
        place = lexicon.places().get(" ".join(t.text for t in words))
        after = tokens[i + width] if i + width < len(tokens) else None
        if place is not None and place.kind in ("country", "alias") and (after is None or not after.cap):
            return True
    return False


# Verbs that title-case headlines put after a name ("Obama Meets Abe", "Kerry Heading to Kyiv", "Putin Says").
_HEADLINE_VERBS = frozenset(
    (
        "says", "meets", "visits", "heads", "urges", "warns", "calls", "vows", "tells", "asks", "holds", "seeks",
        "wins", "faces", "hosts", "welcomes", "rejects", "denies", "backs", "slams", "announces", "arrives", "signs",
        "pledges", "speaks", "talks", "travels", "discusses", "receives", "accuses", "returns", "heading", "visiting",
        "seeking", "facing", "urging", "calling", "warning", "vowing", "hosting", "travelling", "traveling",
        "talking", "returning", "arriving", "signing", "pledging",
    )
)
# a capitalised word at least this common is a word of the language, no part of a personal name
_NAME_WORD_MAX_ZIPF = 4.0


def _headline_verb(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised tokens[j] is a verb that a headline capitalised after a personal name, which the
    document also writes in lower case."""
    tok, prev = tokens[j], tokens[j - 1]
    if tok.lower not in _HEADLINE_VERBS or not prev.cap or prev.text in lexicon.places():
        return False
    if not (lexicon.is_first_name(prev.lower) or lexicon.zipf(prev.lower) < _NAME_WORD_MAX_ZIPF):
        return False
    return not _org_head_ahead(tokens, j) and stands_alone(text, tok.lower)


def stands_alone(text: str, low: str) -> bool:
    r"""Whether `low` occurs with no word character on either side: re.search(rf"(?<!\w){low}(?!\w)"),
    without compiling a pattern per word."""
    i = text.find(low)
    while i >= 0:
        end = i + len(low)
        if not (i > 0 and word_char(text[i - 1])) and not (end < len(text) and word_char(text[end])):
            return True
        i = text.find(low, i + 1)
    return False


def word_char(ch: str) -> bool:
    r"""What `\w` matches in a str pattern."""
    return ch.isalnum() or ch == "_"


def _org_head_ahead(tokens: list[Token], i: int) -> bool:
    """ "Trade and Industry Association": an organisation head word closes the capitalised words that follow."""
    while i < len(tokens) and tokens[i].cap:
        if tokens[i].lower in lexicon.org_heads():
            return True
        i += 1
    return False


def _lower_title_before_name(text: str, tokens: list[Token], i: int) -> bool:
    """A lower-case title run ("foreign minister", "leader") that ends right before a capitalised name."""
    j = i
    while j < len(tokens) and not tokens[j].cap and _is_role(tokens[j]):
        if j > i and not _joinable(text, tokens[j - 1], tokens[j]):
            return False
        j += 1
    return (
        j > i
        and _is_role_head(tokens[j - 1])
        and j < len(tokens)
        and tokens[j].cap
        and _joinable(text, tokens[j - 1], tokens[j])
        and tokens[j].lower not in lexicon.stopwords()
    )
