"""Past or future? The verb nearest a date in its sentence decides which way a weekday or month points."""

from __future__ import annotations

import re
from enum import Enum
from functools import cache

from extractor.dates import lexicon


class Tense(Enum):
    PAST = -1
    UNKNOWN = 0
    FUTURE = 1


_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_LETTERS = re.compile(r"[^\W\d_]+")  # other languages' words carry accents: "falará", "habló"


_MODALS = frozenset({"will", "would", "may", "might", "should", "shall", "could"})
_NEGATIONS = frozenset({"no", "nor", "neither", "nobody", "none", "never"})


def _cue(word: str, following: str) -> Tense:
    w = word.lower()
    if (w == "may" and word != "may") or (following == "have" and w in _MODALS):
        return Tense.UNKNOWN  # the month, not the modal; "may have closed Friday" looks back
    if w == "could" and following == "not":
        return Tense.UNKNOWN  # "could not be reached for comment on Thursday" looks back
    if w in lexicon.cues("future") or (w in lexicon.cues("intent") and following == "to"):
        return Tense.FUTURE
    # an infinitive or a "due to"/"set to" before the date looks ahead: "set to resume Monday"
    if w == "to" and following[:1].islower() and following not in lexicon.cues("not_verbs"):
        return Tense.FUTURE
    if w in lexicon.cues("past") or (
        w.endswith("ed") and len(w) > 4 and w not in lexicon.cues("not_past") and word[0].islower()
    ):
        return Tense.PAST
    return Tense.UNKNOWN


def _foreign_cue(word: str, lang: str) -> Tense:
    """Portuguese, Spanish, French and German: auxiliaries and common verbs by name, regular inflections by
    their ending (dates_cues.tsv)."""
    w = word.lower()
    for tense, kind in ((Tense.FUTURE, "future"), (Tense.PAST, "past")):
        if w in lexicon.cues(f"{kind}_{lang}"):
            return tense
        endings = tuple(lexicon.cues(f"{kind}_endings_{lang}"))
        inflected = endings and word[0].islower() and len(w) > 4 and w.endswith(endings)
        if inflected and w not in lexicon.cues(f"not_{kind}_{lang}"):
            return tense
    return Tense.UNKNOWN


def _reported_clause(words: list[re.Match[str]], lows: list[str], start: int) -> int:
    """Where the reported clause holding the date begins: after the last "said that" (or "told reporters
    that") before it. The reporting verb's tense is not the clause's: "said that on Thursday he would meet".
    `lows` are the words lower-cased."""
    reporting = lexicon.cues("reporting")
    begin = 0
    for i, m in enumerate(words):
        if m.start() >= start:
            break
        if lows[i] == "that" and not reporting.isdisjoint(lows[max(0, i - 2) : i]):
            begin = m.end()
    return begin


@cache
def _english_cue_words() -> frozenset[str]:
    """The lower-cased English words besides "-ed" forms that `tense_near` may read as a cue (see `_cue`)."""
    return frozenset({"to"}).union(*map(lexicon.cues, ("future", "intent", "past", "future_before")))


def _may_cue(lows: list[str], lang: str) -> list[int] | range:
    """The indexes of the words that can be a cue; every other word is read past without effect."""
    if lang != "en":
        return range(len(lows))
    words = _english_cue_words()
    return [i for i, w in enumerate(lows) if w in words or (w[-2:] == "ed" and len(w) > 4)]


INFINITIVE_REACH = 7  # words from "to" to the date within which an infinitive tells its time
SCHEDULED_REACH = 14  # the same for a verb of a scheduled event ("agreed to meet with the ... at 1000 EST Thursday")
_RANKS = frozenset({"first", "second", "third", "last", "only"})  # "the first to announce a cut on Tuesday"


def _infinitive_of_the_date(words: list[re.Match[str]], lows: list[str], i: int, start: int, verb: str) -> bool:
    """Whether the "to" at `i` opens an infinitive whose time the date after it tells: only shortly before the date
    ("headed Tuesday to East Africa" does not), further for a scheduled event; not after a rank ("was the first to
    raise its rate on Tuesday" looks back)."""
    if words[i].start() > start or (i > 0 and lows[i - 1] in _RANKS):
        return False
    reach = SCHEDULED_REACH if verb.lower() in lexicon.cues("scheduled_verbs") else INFINITIVE_REACH
    return sum(1 for w in words[i:] if w.start() < start) <= reach


# a stretch of time reported up to a month's end: "in the year to end June", "the six months to end-September",
# "in 1985/86 to end-June" ("licences to end-July" run ahead)
_PERIOD_BEFORE = re.compile(r"(?:year|months?|quarter|half|period|weeks?|season|\d\d)\s+$")


def _to_a_period_end(text: str, lows: list[str], i: int, at: int) -> bool:
    """The "to" at `i` (at `at` in the text) closes a period on a month's end, no infinitive."""
    if lows[i + 1 : i + 2] != ["end"] or lows[i + 2 : i + 3] == [] or lows[i + 2] not in lexicon.months("en"):
        return False
    return _PERIOD_BEFORE.search(text, max(0, at - 12), at) is not None


_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those"})


def _attributive(words: list[re.Match[str]], i: int) -> bool:
    """An -ed word after a determiner (and an adverb) is an adjective, not a verb: "on a still unspecified
    date in January", "the recently proposed merger"."""
    if not words[i].group().endswith("ed"):
        return False
    before = [w.group().lower() for w in words[max(0, i - 2) : i]]
    if before and before[-1] in _DETERMINERS:
        return True
    adverb = len(before) == 2 and (before[1].endswith("ly") or before[1] in ("still", "already"))
    return adverb and before[0] in _DETERMINERS


def _passive(lows: list[str], i: int) -> bool:
    """A participle after "be" ("will be held Friday", "is expected to be signed Monday", "would be formally
    approved"): the tense is the one of the word governing "be", a cue further back, not the participle's."""
    return (i > 0 and lows[i - 1] == "be") or (i > 1 and lows[i - 2] == "be" and lows[i - 1].endswith("ly"))


def _to_be(lows: list[str], i: int) -> bool:
    """The participle at `i` (after "be") follows "to be", not "was to be" (a plan seen from the past)."""
    j = i - 1 if lows[i - 1] == "be" else i - 2  # the index of "be"
    return j > 0 and lows[j - 1] == "to" and (j < 2 or lows[j - 2] not in ("was", "were", "had"))


def _planned_before(words: list[re.Match[str]], i: int) -> bool:
    """A plan seen from the past ("it had been due to expire Friday", "had been scheduled to close Monday"):
    the pluperfect places the day before the time of writing."""
    return any(w.group().lower() == "had" for w in words[max(0, i - 3) : i])


_QUOTE_MARKS = frozenset('"\u201c\u201d')
# a clause of reason or concession after the date and a comma: ", as rates have stabilized", ", because ..."
# a reporting verb joined after a comma by "and"/"but" (and an adverb): ", but added", ", and later told reporters"
_COORDINATED = re.compile(r",\s*(?:and|but)\s+(?:(?:[a-z]+ly|later|also)\s+)?$")
_REASON_AFTER = re.compile(r",\s*(?:as|because|since|although|though|while|whereas)\s", re.IGNORECASE)


def _other_clause(text: str, end: int, verb: re.Match[str], hi: int) -> bool:
    """The cue `verb` after the date is another clause's: a reporting verb that closes the sentence after a comma
    ("the Fed is unlikely to cut rates on Thursday, analysts said", "..., a spokesman told Reuters") tells when the
    words were said, and a clause of reason or concession after a comma has a time of its own. After a date put
    in front ("On Friday, the company said it would") the reporting verb is the clause's own."""
    if text.find(",", end, verb.start()) < 0:
        return False
    if _REASON_AFTER.search(text, end, verb.start()):
        return True
    if verb.group().lower() not in lexicon.cues("reporting"):
        return False
    if _COORDINATED.search(text, end, verb.start()):
        return True  # "would consider its options on Thursday, but added that ...": a second saying
    tail = text[verb.end() : hi]
    return len(tail.split()) <= 4 and _QUOTE_MARKS.isdisjoint(tail)


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)


def _reported_after(text: str, words: list[re.Match[str]], lows: list[str], i: int, span: tuple[int, int, int]) -> bool:
    """The cue at `i` is in a clause reported after the date ("Baker said in an interview on Sunday that Washington
    would reexamine the accord"): a "that" between the date and the cue, and a reporting verb before the date in its
    clause, which the date tells the time of. `span` is where the clause begins, and the date's start and end."""
    lo, start, end = span
    if _THAT.search(text, end, words[i].start()) is None:
        return False
    reporting = lexicon.cues("reporting")
    return any(low in reporting for w, low in zip(words, lows, strict=True) if lo <= w.start() < start)


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "not"})


def _perfect_infinitive(lows: list[str], i: int) -> bool:
    """ "to" at i - 1, "have" at i and a participle at i + 1: a time before the one the clause speaks from."""
    if i + 1 >= len(lows) or lows[i] != "have" or lows[i - 1] != "to":
        return False
    participle = lows[i + 1]
    return participle.endswith(("ed", "en")) or participle in lexicon.cues("past")


# a quote's edge between a cue and the date: one of them is the quote's words, which speak from the day they were
# said, the other the reporting clause's, which has a tense of its own ('"We meet tomorrow," Smith told reporters on
# Friday'; '"The vote is on Tuesday," she said'; 'Smith said on Monday, "we would lose"'). A short title in quotes
# between them ('on CNN's "New Day," Smith told') closes before the cue; a reporting verb before the quote's opening
# mark ('said: "... in October"') still reads as its tense
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


def _closing(text: str, i: int) -> bool:
    return text[i] == "\u201d" or (text[i] == '"' and text[i - 1] in ",.!?")


def _across_a_quote_edge(text: str, a: int, b: int, cue_after: bool) -> bool:
    first = _QUOTE_MARK.search(text, a, b)
    if first is None:
        return False
    if _closing(text, first.start()):
        return True
    return cue_after and _QUOTE_MARK.search(text, first.end(), b) is None


_FIXED_FOR = frozenset({"set", "due", "slated", "planned", "scheduled", "expected"})
_FOR_BEFORE = re.compile(r"\s+for\s+(?:next\s+|this\s+)?")
# "a decision is expected in August", "the payment is due by June", "closing is now scheduled on Monday": a time
# looked ahead to, after "is" ("set in March", "planned in May" tell when a plan was made; "than expected in March",
# "missed a payment due on September 29" look back)
_AWAITED_IN = frozenset({"due", "slated", "scheduled", "expected"})
_IN_BEFORE = re.compile(r"\s+(?:in|on|by|around)\s+")
_AWAITING = frozenset({"is", "are", "be", "now", "also", "still"})


def tense_near(text: str, start: int, end: int, lo: int, hi: int, lang: str = "en") -> Tense:
    """The tense of the cue word nearest to text[start:end] within text[lo:hi] (its sentence)."""
    words = list((_WORD if lang == "en" else _LETTERS).finditer(text, lo, hi))
    lows = [m.group().lower() for m in words]
    clause = _reported_clause(words, lows, start)
    best, best_dist = Tense.UNKNOWN, 10**9
    other_clause = Tense.UNKNOWN  # the nearest cue of another clause after the date
    for i in _may_cue(lows, lang):
        m = words[i]
        if start <= m.start() < end or m.start() < clause:
            continue
        if m.start() >= end and best is not Tense.UNKNOWN and m.start() - end >= best_dist:
            break  # the cues after the date only get further away
        nxt = words[i + 1] if i + 1 < len(words) else None
        # only the word right after counts: "climbed to 6-5/8 pct" has no infinitive
        following = nxt.group() if nxt and text[m.end() : nxt.start()].isspace() else ""
        if lows[i] == "to" and (
            not _infinitive_of_the_date(words, lows, i, start, following) or _to_a_period_end(text, lows, i, m.start())
        ):
            continue
        if lang == "en" and m.group().lower() in lexicon.cues("future_before") and text[m.end() : start].isspace():
            return Tense.FUTURE  # right before the date: "a new office of the chairman, effective Feb. 1"
        if lows[i] in _FIXED_FOR and _FOR_BEFORE.fullmatch(text, m.end(), start) and not _planned_before(words, i):
            # a time fixed ahead: "the meeting is set for Saturday", "was planned for Monday" ("had been set for
            # Friday" looks back)
            return Tense.FUTURE
        if lows[i] in _AWAITED_IN and _IN_BEFORE.fullmatch(text, m.end(), start) and i > 0 and lows[i - 1] in _AWAITING:
            return Tense.FUTURE
        cue = _cue(m.group(), following) if lang == "en" else _foreign_cue(m.group(), lang)
        if cue is Tense.UNKNOWN:
            continue
        if _across_a_quote_edge(text, *((m.end(), start, False) if m.end() <= start else (end, m.start(), True))):
            continue
        if lows[i] == "due" and lang == "en" and (i == 0 or lows[i - 1] not in _BE) and m.start() > start:
            continue  # "closed the bank on Friday due to insolvency": the cause, not a time fixed ahead
        if lows[i] == "could" and (m.start() > start or not _NEGATIONS.isdisjoint(lows[max(0, i - 5) : i])):
            # "on Friday, for which he could give no reason", "neither he nor his lawyer could be reached Friday":
            # a possibility after the date, or denied, is a past one
            continue
        if lows[i] == "compared" and m.start() > start:
            continue  # "a loss in the second quarter compared to one in the first": what follows is the past
        if cue is Tense.FUTURE and lang == "en" and _perfect_infinitive(lows, i + 1 if lows[i] == "to" else i + 2):
            continue  # "is likely to have suffered", "was expected to have closed Friday" look back
        if cue is Tense.PAST and lang == "en" and _attributive(words, i):
            continue
        if cue is Tense.PAST and lang == "en" and _passive(lows, i):
            if not _to_be(lows, i):
                continue
            cue = Tense.FUTURE  # "a dividend to be distributed July 12", "is to be signed Monday"
        if cue is Tense.FUTURE and lang == "en" and _planned_before(words, i):
            cue = Tense.PAST
        if m.start() >= end and lang == "en" and (
            _other_clause(text, end, m, hi) or _reported_after(text, words, lows, i, (clause, start, end))
        ):
            if other_clause is Tense.UNKNOWN:
                other_clause = cue  # it decides only when the date's own clause has no cue
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        # a modal before the date binds more tightly than a reporting verb after it ("will meet ... Friday, he said")
        if cue is Tense.FUTURE and m.end() <= start:
            dist //= 2
        if dist < best_dist:
            best, best_dist = cue, dist
    return other_clause if best is Tense.UNKNOWN else best
