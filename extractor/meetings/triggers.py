"""Meeting words in a sentence, with the senses that are not meetings filtered out.

"meet the target", "met expectations", "meeting the deadline", "met with criticism", "news
conference" and hedged mentions ("calls for talks", "moving towards talks") are dropped here;
whether two parties can be found is the participant rules' business.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extractor.meetings.lexicon import TriggerForm, WordGated, false_senses, hedges, triggers
from extractor.meetings.phrases import POSSESSED
from extractor.text import Document

_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*")
# Words that can stand between a meeting verb and the noun that shows its sense ("meet all its targets").
_FILLER = frozenset(
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "all", "some", "most", "many", "of", "with",
        "these", "those", "this", "that",
    }
)


# A holding verb and up to two modifiers before a meeting noun ("hold security talks").
_HELD = regex.compile(
    r"(?<!\p{L})(?:hold|holds|held|holding)\s+(?:(?!(?:with|between|a|an|the|their|his|her|its|of)\s)[\p{Ll}\-]+\s+){1,2}$"
)
# A meeting verb whose purpose is the meeting noun: "met for talks with", "will meet for two hours of talks".
_MET_FOR = regex.compile(
    r"(?<!\p{L})(?:meet|meets|met|meeting)\s+for\s+(?:(?!(?:with|between|a|an|the|their|his|her|its)\s)[\p{Ll}\d\-]+\s+){0,3}$",
    regex.I,
)
# Taking part in a meeting named by its noun: "attends a meeting with Russian prosecutors", "chaired the talks".
_ATTENDS = regex.compile(
    r"(?<!\p{L})(?:attend|attends|attended|attending|chair|chairs|chaired|chairing)\s+(?:a|an|the|his|her|their)\s+"
    r"(?:(?!(?:with|between|of)\s)[\p{Ll}\-]+\s+){0,2}$"
)
# The subject noun of a passive "met": "unless their demands were met", "conditions have been met".
_MET_SUBJECT = WordGated(
    regex.compile(
        r"(\p{L}+)\s+(?:(?:have|has|had|will|would|could|can|must|should|to)\s+)?(?:were|are|was|is|be|been|being)\s+"
        r"(?:\p{Ll}+ly\s+)?$",
        regex.I,
    ),
    frozenset({"were", "are", "was", "is", "be", "been", "being"}),  # the copula is a whole word of its own
)
# Guards for input that is not prose (a million-character line of "talks"): a news sentence holds a few
# meeting words and an article a few dozen, so these bounds only cut work that could not be real.
MAX_PER_SENTENCE = 20
MAX_PER_DOCUMENT = 1000
# How far before a trigger its hedge may start: a proposal's that-clause may open with a long subject ("proposed that
# Congressmen and representatives of soybean growers meet").
HEDGE_REACH = 90
# A preposition that opens a new phrase after the meeting word's own object: "met with Japan on the bill",
# "negotiations with banks about debt terms" name the topic there, not another sense of the verb.
_NEW_PHRASE = frozenset({"on", "about", "over", "in", "at", "to", "for", "after", "before", "during", "regarding"})
# Units of an amount written in figures ("50 pct margin requirements", "a 200 mln dlr target").
_UNITS = frozenset({"pct", "percent", "mln", "billion", "million", "bln", "dlr", "dlrs", "tonnes", "tons", "barrels"})
_DIGIT = regex.compile(r"\d")
# A with-phrase ahead in the clause of a meeting word: "discuss bilateral issues, including trade, with".
_WITH_AHEAD = regex.compile(r"[^.;:!?]{0,100}?\swith\s", regex.I)
_MODALS = frozenset({"to", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "did", "not"})


@dataclass(frozen=True, slots=True)
class TriggerHit:
    start: int
    end: int
    form: TriggerForm


def _object_sense_ok(text: str, end: int, limit: int) -> bool:
    """False when the words after a "meet" word are the object of another sense ("meet the target",
    "met with criticism"); one modifier may come first ("met growth targets"), and names ("meet Army
    requirements"), and an amount ("meet the 50 pct margin requirements"), and two coordinated modifiers. A later
    phrase's noun is no object of the verb ("met with Japan on the bill")."""
    objects, _, _ = false_senses()
    content = 0
    joined = False
    words = list(_WORD.finditer(text, end, min(limit, end + 80)))
    for i, m in enumerate(words):
        word = m.group().lower()
        if word in objects and not _first_name(m, words[i + 1] if i + 1 < len(words) else None, text):
            return False
        if word in _NEW_PHRASE and m.start() > end + 1:
            return True
        if m.group()[0].isupper():
            continue  # a name, maybe modifying the noun that shows the sense: "meet U.S. requests"
        if word in _UNITS and _DIGIT.search(text, words[i - 1].end() if i else end, m.start()):
            continue  # the unit of an amount modifying the noun: "50 pct", "200 mln dlr"
        if word in ("and", "or") and content == 1 and not m.group()[0].isupper():
            joined = True  # two modifiers coordinated before the noun: "the exchange's capital and surplus rules"
            continue
        if word not in _FILLER:
            content += 1
            if content == 2 + joined:
                return True
    return True


def _passive_sense_ok(text: str, start: int, lower: int) -> bool:
    """False when a passive "met" has the object of another sense as its subject ("unless their demands were
    met", "the conditions have been met"): the same objects as after the active verb."""
    objects, _, _ = false_senses()
    subject = _MET_SUBJECT.search(text, max(lower, start - 60), start)
    return subject is None or subject.group(1).lower() not in objects


def _first_name(word: regex.Match[str], nxt: regex.Match[str] | None, text: str) -> bool:
    """A capitalised sense word right before another capitalised word is a person's first name ("met Bill
    English", "met Bill Clinton"), not the object of another sense ("met the bill's costs")."""
    return (
        word.group()[0].isupper()
        and nxt is not None
        and nxt.group()[0].isupper()
        and text[word.end() : nxt.start()] == " "
    )


def _inside_name(text: str, offset: int, lower: int) -> bool:
    """A capitalised meeting word inside a sentence is part of a name ("NBC's Meet the Press", "the
    Nuclear Security Summit")."""
    before = text[max(lower, offset - 20) : offset].rstrip()
    before = before.lstrip("\"“‘'«(") if offset - lower <= 20 else before
    return bool(before) and before[-1] not in ".:;-—–"


def _purpose(text: str, offset: int, lower: int, earlier: list[TriggerHit] | None) -> bool:
    """'a meeting with Obama to discuss the situation with Syria': the purpose of a meeting already
    found, not a second one; but the purpose of a visit may name whom the visitor meets."""
    if not earlier:
        return False
    if earlier[-1].form.family == "visit" and _WITH_AHEAD.match(text, offset):
        return False  # "will visit Lisbon to discuss trade with Alves": the visit's purpose names whom he meets
    return _word_before(text, offset, lower) == "to"


def _noun_use(text: str, offset: int, form: str, lower: int) -> bool:
    """'host'/'visit' without a tense are nouns ("talk show host Seth Meyers", "SiriusXM host"), unless a
    modal or "to" comes first ("will host", "to visit"); "hosts" after a name are a show's hosts."""
    before = _word_before(text, offset, lower)
    if form.endswith(("ed", "ing")):
        return False
    if form.endswith("s"):
        if form.lower() != "hosts":
            return False
        words = _WORD.findall(text, max(lower, offset - 40), offset)
        return bool(words) and words[-1][0].isupper()
    return before not in _MODALS


def _owned_visit(text: str, offset: int, form: TriggerForm, lower: int) -> bool:
    """'Merkel's visit to Obama', 'his visit with the pope': the noun "visit" owned by its visitor names a
    meeting when its object is a person (participants.py checks that)."""
    return form.kind == "visit" and POSSESSED.search(text, max(lower, offset - 60), offset) is not None


def _word_after(text: str, end: int, upper: int) -> str:
    m = _WORD.search(text, end, min(upper, end + 40))
    return m.group().lower() if m else ""


def _word_before(text: str, start: int, lower: int) -> str:
    words = _WORD.findall(text, max(lower, start - 40), start)
    return words[-1].lower() if words else ""


def find_triggers(doc: Document, language: str) -> dict[int, list[TriggerHit]]:
    """The meeting triggers of the document, by sentence index, in order."""
    lexicon = triggers(language)
    if lexicon is None:
        return {}
    _, before_words, call_words = false_senses()
    text = doc.text
    out: dict[int, list[TriggerHit]] = {}
    total = 0
    for m in lexicon.finditer(text):
        index = doc.sentence_index(m.start())
        if index < 0 or m.end() > doc.sentences[index].end:
            continue
        if len(out.get(index, ())) == MAX_PER_SENTENCE:
            continue
        start, end = doc.sentences[index].start, doc.sentences[index].end
        form = lexicon.forms[" ".join(m.group().lower().split())]
        if form.kind == "noun" and _word_before(text, m.start(), start) in before_words:
            continue
        if form.family in ("meet", "negotiations") and not _object_sense_ok(text, m.end(), end):
            continue
        if form.form == "met" and not _passive_sense_ok(text, m.start(), start):
            continue
        if form.family == "phone" and form.form.startswith("call") and _word_after(text, m.end(), end) in call_words:
            continue  # "a put and call option"
        if text[m.start()].isupper() and _inside_name(text, m.start(), start):
            continue
        if form.family == "talks" and form.kind == "with" and _purpose(text, m.start(), start, out.get(index)):
            continue
        # "meet for talks" is one trigger (below), hedged by what comes before its verb: "proposed that the two
        # prime ministers meet for talks"
        met_for = _MET_FOR.search(text, max(start, m.start() - 40), m.start()) if form.kind == "noun" else None
        opening = met_for.start() if met_for else m.start()
        if hedges().search(text[max(start, opening - HEDGE_REACH) : opening]):
            continue
        one_word = " " not in form.form  # "paid a visit to" is a verb phrase whatever precedes it
        noun = form.kind in ("transitive", "visit") and one_word and _noun_use(text, m.start(), m.group(), start)
        if noun and not _owned_visit(text, m.start(), form, start):
            continue
        begin = m.start()
        if form.kind == "noun" and (held := _HELD.search(text, max(start, begin - 40), begin)):
            begin = held.start()  # "held security talks" is one trigger, like "held talks"
        elif met_for is not None:
            begin = met_for.start()  # "met for talks with Xi": the meeting and its purpose are one trigger
        elif form.kind == "noun" and (attended := _ATTENDS.search(text, max(start, begin - 40), begin)):
            begin = attended.start()  # "attends a meeting with", "chaired the talks": taking part is the event
        out.setdefault(index, []).append(TriggerHit(begin, m.end(), form))
        total += 1
        if total == MAX_PER_DOCUMENT:
            break
    return out
