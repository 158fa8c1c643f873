"""Speech cues: the verbs and phrases that report speech ("said", "told", "according to").

The lexicon is data (lexicons/speech_cues.tsv): one row per surface form with its lemma, its class
and flags. Matching is one compiled alternation per language, built once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick
import regex

from extractor.ascii_scan import between_spaces, byte_map, whole_words
from extractor.entities.lexicon import places
from extractor.speech.words import word_set

# A verb form right after one of these is a noun ("the notes", "his remarks", "a claim"), not a cue.
_NOUN_MARKERS = word_set("cue_noun_markers")
# lemmas whose form in -s is as often a plural noun ('notes', 'reports', 'claims'), and the words that list nouns
_NOUN_LEMMAS = word_set("cue_noun_lemmas")
# words that follow such a lemma in -s as a noun, never as a verb: 'estimates of', 'notes due 1990'
_NOUN_NEXT = word_set("cue_noun_next")
# 'press reports that …', 'recent reports of': a modifier before a plural that is also a verb makes it the noun
_NOUN_MODIFIERS = word_set("cue_noun_modifiers")
_COORDINATORS = frozenset(("and", "or"))
_MODALS = word_set("cue_modals")
_FUTURE_MODALS = frozenset(("will", "would"))
# a quote closed right before the subject of a future cue: '“…,” the two-term president will say'
_CLOSED_QUOTE_BEFORE = regex.compile(r"[,!?]\s*[\"”]\s+(?:[\w.'’-]+\s+){1,5}$")
_CLOSED_QUOTE_REACH = 80
_NEGATIONS = word_set("cue_negations")
# 'the award has not been confirmed by a court', 'had never been announced': a negation before the auxiliaries
_NEGATED_AUXILIARIES = frozenset(("be", "been", "being", "have", "has", "had"))
_NEGATED_CHAIN = regex.compile(r"(?:\bnot|\bnever|n't)\s+(?:(?:be|been|being|have|has|had)\s+){1,2}$")
_CONTRACTIONS = word_set("cue_contractions")
_PLURAL_LEMMAS = word_set("cue_plural_lemmas")
_PLURAL_SUBJECTS = word_set("cue_plural_subjects")
_NOT_PLURAL = word_set("cue_not_plural")
# lemma:next-word pairs where a cue form is not speech ('reports to', 'estimated at')
_FALSE_NEXT = word_set("cue_false_next")
_FALSE_NEXT_LEMMAS = frozenset(pair.split(":", 1)[0] for pair in _FALSE_NEXT)
# previous-word:lemma pairs where a cue form is part of a compound, not speech ('value added tax')
_FALSE_BEFORE = word_set("cue_false_before")
# a participle right after an amount describes it: 'the 3.9 billion dlrs reported in 1985', 'the highest ever reported'
_AMOUNT_WORDS = word_set("cue_amount_words")
# 'Swiss franc notes', 'medium term notes', 'private estimates': a noun before a plural that is also a verb makes a
# compound noun whatever follows (unlike _NOUN_MODIFIERS: '… the Guardian newspaper reports.' is a verb); so does a
# plural quantifier, which a verb in -s does not agree with ('with most forecasts clustered in …')
_NOUN_COMPOUNDS = word_set("cue_noun_compounds")
# a headline's 'X praises, laments Y': a cue in the present right after another and a comma is the second verb of a
# list, with no subject of its own (in the past the comma may close a clause: 'after the winner was declared, told')
_VERB_BEFORE_COMMA = regex.compile(r"(\p{Ll}+s),[ \t]*$")
# (and the adjectives of order that take a participle the same way: 'its last reported full year')
_ORDER_WORDS = ("earlier", "last", "latest", "first")
_ADVERB_AFTER_ARTICLE = regex.compile(
    rf"(?:\b(?:the|a|an|its|his|her|their|our)|'s)\s+(?:\p{{L}}+ly|{'|'.join(_ORDER_WORDS)})\s+$"
)
_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")
# words that open a verb's object or clause, not a noun an adjective would qualify
_CLAUSE_OPENERS = word_set("cue_clause_openers")
_BY_AGENT = regex.compile(r"\s+by\b")
# 'were announced yesterday by Yeutter' reports what the agent said; 'the rules proposed by X' describes the rules
# forms of 'be': a participle after them is a passive ('were announced by') or a progressive ('is adding')
_BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been", "being"))
_AUXILIARIES = frozenset(
    ("is", "are", "was", "were", "have", "had", "will", "would", "could", "should", "may", "might")
)


def _plural_noun(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in _NOT_PLURAL


@dataclass(frozen=True, slots=True)
class CueForm:
    lemma: str
    cls: str  # verb | ing | base | source | phrase
    invertible: bool  # '"...," said Smith'
    addressee: bool  # 'told reporters': the object is the listener, never the speaker
    quote_only: bool  # '"…," Beck questioned': attributes an adjacent quote, never reports on its own
    # 'maintained that …' reports; 'maintained its lead', 'declared a dividend', 'posted a loss' do not: on its own
    # (without a quote) the verb reports only a clause
    clause_only: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    text: str
    form: CueForm
    negated: bool
    cls: str  # the form's class, except a base form used as a present plural ('they say') is a verb


@cache
def _lexicon() -> dict[str, dict[str, CueForm]]:
    table: dict[str, dict[str, CueForm]] = {}
    raw = resources.files("extractor.lexicons").joinpath("speech_cues.tsv").read_text("utf-8")
    for line in raw.splitlines():
        if not line or line.startswith("#"):
            continue
        lang, form, lemma, cls, flags = line.split("\t")
        flag_set = set(flags.split(","))
        table.setdefault(lang, {})[form] = CueForm(
            lemma, cls, "inv" in flag_set, "addr" in flag_set, "q" in flag_set, "cl" in flag_set
        )
    return table


@cache
def _automaton(language: str) -> ahocorasick.Automaton | None:
    forms = _lexicon().get(language)
    if not forms:
        return None
    automaton = ahocorasick.Automaton()
    for form, cue_form in forms.items():
        automaton.add_word(form, (form, cue_form))
    automaton.make_automaton()
    return automaton


_WORD_MARKS = "'’-"  # a cue form next to one of these, or to a letter or digit, is part of a longer word
# ASCII text with every character that may not border a cue form (no letter, digit or word mark) a space
_BORDERS_TO_SPACE = byte_map(lambda c: c if c.isalnum() or c in _WORD_MARKS else " ")


@cache
def _word_automaton(language: str) -> ahocorasick.Automaton | None:
    """The forms as whole-word keys (`ascii_scan.whole_words`), for `between_spaces(low, _BORDERS_TO_SPACE)` of
    lower-cased ASCII text: a hit is a form with no letter, digit or word mark on either side, as `find_cues`
    wants one, in one pass that leaves the automaton at its root between words (the plain automaton of the
    forms walks into every word and reports forms inside longer words, which are then read and dropped). A
    space inside a form stands for any bordering character there: the surface check drops those readings."""
    forms = _lexicon().get(language)
    return whole_words((form, (form, cue_form)) for form, cue_form in forms.items()) if forms else None


_AFTER_INITIAL = regex.compile(r"\b\p{Lu}\.,?[ \t]$")  # 'B.A. ', 'U.K., ': an initial's full stop before a word
_BEFORE_START = regex.compile(r"(?:^|[.!?:;\n\"“”‘’«»(\[—–-])\s*$", regex.REVERSE)
_LAST_WORD = regex.compile(r"([\p{L}'’]+)-?\s*$", regex.REVERSE)


# In ASCII text: regex's \s (Unicode White_Space; not the separators \x1c-\x1f) and the letters of _LAST_WORD
_ASCII_WHITE_SPACE = frozenset("\t\n\x0b\x0c\r ")
_ASCII_WORD = frozenset("'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def previous_word(text: str, pos: int) -> str:
    """The word before `pos` (within 40 characters; past white space and one hyphen), lower-cased; "" if none."""
    lo = max(0, pos - 40)
    if not text.isascii():
        m = _LAST_WORD.search(text, lo, pos)
        return m.group(1).lower().replace("’", "'") if m else ""
    # _LAST_WORD read backwards by hand: a dozen characters tested in Python cost a tenth of a regex search
    end = pos
    while end > lo and text[end - 1] in _ASCII_WHITE_SPACE:
        end -= 1
    if end > lo and text[end - 1] == "-":
        end -= 1
    start = end
    while start > lo and text[start - 1] in _ASCII_WORD:
        start -= 1
    return text[start:end].lower()


def find_cues(text: str, language: str) -> list[Cue]:
    """Every speech cue in `text`, in order. Forms that read as nouns or bare infinitives are dropped."""
    language = language if language in _lexicon() else "en"
    forms = _lexicon()[language]
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lowered; keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    longest: dict[int, tuple[int, str, CueForm]] = {}
    for start, end, form, cue_form in _hits(low, language):
        surface = text[start:end]
        # lower case, or capitalised at a sentence start ("According to …"); never "United States"
        if surface != form and (surface != form[0].upper() + form[1:] or not _sentence_start(text, start)):
            continue
        if start not in longest or longest[start][0] < end:
            longest[start] = (end, surface, cue_form)
    out = []
    covered_to = noun_end = -1
    for start in sorted(longest):
        end, surface, form = longest[start]
        if start < covered_to:
            continue
        before = previous_word(text, start)
        if _noun_form(text, low, start, end, form, before):
            if form.lemma in _NOUN_LEMMAS and low.endswith("s", start, end):
                noun_end = end  # a plural noun ('the reports'), which a finite verb after it has for its subject
            continue
        if low.endswith("ed", start, end) and (
            before == "of" or _adverb_after_article(low, start)
        ):
            continue  # 'the average of estimated returns', 'the previously announced sale': an adjective
        if low.endswith("ed", start, end) and before in _AMOUNT_WORDS:
            continue  # 'the 228.7 billion dlrs reported in 1985': an amount, not a reporter
        if f"{before}:{form.lemma}" in _FALSE_BEFORE:
            continue  # 'a five pct value added sales tax'
        if form.cls == "verb" and low.endswith("s", start, end) and _verb_in_list(text, start, forms):
            continue  # 'X praises, laments Y': the verbs share a subject that is no reporting clause's
        if low.endswith("ed", start, end) and _BY_AGENT.match(low, end) and before not in _BE_FORMS:
            continue  # 'rules proposed by the commission would …': a participle describing a noun
        if (
            form.cls in ("verb", "ing", "base")
            and _after_finite_cue(text, start, before, forms)
            and (form.cls != "verb" or noun_end < 0 or text[noun_end:start].strip())
        ):
            # 'denied reports that …': a form right after a speech verb is its object noun (but 'the reports said'
            # reports: a finite verb after the noun; 'Trump's comments saying …' leaves the participle to the noun)
            continue
        if form.cls == "verb" and low.endswith("s", start, end) and _next_word(low, end) in _AUXILIARIES:
            continue  # 'official forecasts were needed': a verb in -s never has an auxiliary after it
        if form.lemma == "add" and form.cls == "ing" and before in _BE_FORMS:
            continue  # 'the filing is adding uncertainty to the market': adding something, not saying it
        if form.lemma in _FALSE_NEXT_LEMMAS and f"{form.lemma}:{_next_word(low, end)}" in _FALSE_NEXT:
            continue  # 'reports to the chairman', 'estimated at 350 kilos': not speech
        cls = form.cls
        if cls == "base" and before not in _MODALS:
            if before not in _PLURAL_SUBJECTS and not _plural_noun(before):
                continue
            if form.lemma not in _PLURAL_LEMMAS:
                # '“…,” they conclude' attributes a quote; 'primaries conclude the season' reports nothing
                form = dataclasses.replace(form, quote_only=True)
            cls = "verb"  # 'they say', 'officials warn'
        elif (
            cls == "base"
            and before in _FUTURE_MODALS
            and form.lemma in _PLURAL_LEMMAS
            and _CLOSED_QUOTE_BEFORE.search(text, max(0, start - _CLOSED_QUOTE_REACH), start)
        ):
            # '“…,” the president will say, according to excerpts': the quote before is his words; what he 'will
            # say that …' is not yet said, so the cue attributes quotes only (only a verb of saying: 'would continue
            # to seek …' is no speech; 'said he would tell X: “…”' leaves the quote to the finite verb)
            form = dataclasses.replace(form, quote_only=True)
            cls = "verb"
        negated = (
            before in _NEGATIONS
            or before.endswith("n't")
            or (before in _NEGATED_AUXILIARIES and _NEGATED_CHAIN.search(low, max(0, start - 30), start) is not None)
        )
        out.append(Cue(start, end, surface, form, negated, cls))
        covered_to = end
    return out


def _noun_form(text: str, low: str, start: int, end: int, form: CueForm, before: str) -> bool:
    """Whether the cue form at [start, end) reads as a noun where it stands."""
    # "Smith's notes", "Sanders' comments" (a word in -s takes the apostrophe alone); but "Moody's said", "Lloyd's
    # warned the": a name in 's before a past-tense verb
    possessive = before.endswith(("'s", "s'")) and before not in _CONTRACTIONS and not _past_after_name(low, start, end)
    if form.cls in ("verb", "ing", "base") and (before in _NOUN_MARKERS or possessive):
        return True
    if form.lemma not in _NOUN_LEMMAS or not low.endswith("s", start, end):
        return False
    if before in _COORDINATORS or before in _NOUN_COMPOUNDS:
        # 'in cash and notes over five years', 'claims and reports': a plural noun in a list; 'Swiss franc notes'
        return True
    after = _next_word(low, end)
    if after in _NOUN_NEXT:
        return True  # 'Wall Street estimates of 1.10 dlrs', 'dlr notes due 1990', 'no firm estimates on the costs'
    # 'Italian press reports that a bond issue was studied pushed …' ('… Guardian newspaper reports.' is a verb),
    # 'Japanese estimates put the impact at …', '10-year notes'
    if not after:
        return False
    return (before in _NOUN_MODIFIERS and not _in_name(text, start, before)) or before in _demonyms()


@cache
def _demonyms() -> frozenset[str]:
    """Nationality adjectives, lower-cased ('japanese', 'german'), which only modify a noun. (Asked with one word,
    the word before a cue: 'West German estimates' is found by 'german'.)"""
    return frozenset(surface.lower() for surface, place in places().items() if place.kind == "demonym")


def _hits(low: str, language: str) -> Iterator[tuple[int, int, str, CueForm]]:
    """(start, end, form, cue form) of each cue form in the lower-cased text with no letter, digit or word mark
    on either side; in ASCII text a form with other characters for its spaces too (see `_word_automaton`)."""
    if low.isascii():
        for last, (form, cue_form) in _word_automaton(language).iter(between_spaces(low, _BORDERS_TO_SPACE)):
            yield last - len(form) - 1, last - 1, form, cue_form  # the key's last space is one past the form's end
        return
    automaton = _automaton(language)
    assert automaton is not None
    for last, (form, cue_form) in automaton.iter(low):
        start, end = last - len(form) + 1, last + 1
        if (start and (low[start - 1].isalnum() or low[start - 1] in _WORD_MARKS)) or (
            end < len(low) and (low[end].isalnum() or low[end] in _WORD_MARKS)
        ):
            continue  # inside a longer word
        yield start, end, form, cue_form


def _adverb_after_article(low: str, start: int) -> bool:
    """ "the previously announced", "Nor-Quest's earlier reported bid", "its last reported year": an article or a
    possessive and an adverb in -ly (or a word of _ORDER_WORDS) right before `start`. (Only a text ending in "ly" or
    such a word before its white space can match: that test spares most searches.)"""
    lo = max(0, start - 40)
    return low[lo:start].rstrip().endswith(("ly", *_ORDER_WORDS)) and (
        _ADVERB_AFTER_ARTICLE.search(low, lo, start) is not None
    )


def _after_finite_cue(text: str, start: int, before: str, forms: dict[str, CueForm]) -> bool:
    """Is the word before `start` a finite speech verb written in lower case ('denied', not 'Zero Hedge')?"""
    prev = forms.get(before)
    if prev is None or prev.cls not in ("verb", "ing"):
        return False
    m = _LAST_WORD.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).islower()


def _verb_in_list(text: str, start: int, forms: dict[str, CueForm]) -> bool:
    """Whether a finite cue form in -s is the word before `start` and a comma: 'praises, laments'."""
    m = _VERB_BEFORE_COMMA.search(text, max(0, start - 40), start)
    prev = forms.get(m.group(1)) if m else None
    # ('in five states, said', 'press reports, said': a plural noun that is also a verb ends a phrase)
    return prev is not None and prev.cls == "verb" and prev.lemma not in _NOUN_LEMMAS


def _past_after_name(low: str, start: int, end: int) -> bool:
    """Whether a cue after a word in 's is a finite past-tense verb, the word a name ("Moody's said it …"), not an
    adjective of the possessed noun ("the company's announced plan", "Moody's revised outlook")."""
    if not low.endswith(("ed", "said", "told", "wrote"), start, end):
        return False
    if low.endswith(("said", "told"), start, end):
        return True  # never an adjective after a possessive
    nxt = _NEXT_WORD.match(low, end, end + 40)
    return nxt is None or nxt.start(1) != end + 1 or nxt.group(1) in _CLAUSE_OPENERS


def _in_name(text: str, start: int, before: str) -> bool:
    """Whether the word `before` the cue at `start` is capitalised inside its sentence: the end of a name ('the
    Associated Press reports', 'CBS News reports'), not a modifier ('Press reports said' opening a sentence)."""
    at = len(text[:start].rstrip()) - len(before)
    return at >= 0 and text[at].isupper() and not _sentence_start(text, at)


def _next_word(low: str, pos: int) -> str:
    m = _NEXT_WORD.match(low, pos, pos + 40)
    return m.group(1) if m else ""


def _sentence_start(text: str, pos: int) -> bool:
    """Only a sentence, paragraph or quotation opens with a capitalised cue ('According to …'); wire copy also
    capitalises the word after an initial's full stop ('Rabobank Nederland B.A. Said it …', 'in the U.K., Said')."""
    if pos == 0 or _BEFORE_START.search(text, max(0, pos - 4), pos) is not None:
        return True
    return _AFTER_INITIAL.search(text, max(0, pos - 5), pos) is not None
