"""Reported speech acts: every cue with a speaker becomes a statement, direct, indirect or mixed.

- direct: the cue attributes quotes ('“…,” he said'); the content is the quoted text;
- mixed: the cue's clause quotes only part of what was said ('said the plan was “a disaster”');
- indirect: no quote ('affirmed that Moscow remains committed …'); the content is the reported clause,
  after the cue ('said (that) …', 'told reporters (that) …') or before a reporting clause that closes
  the sentence ('…, the president said.').
A date record in the cue's clause, outside the content, is when it was said ('affirmed this Thursday').
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import regex

from extractor.entities.lexicon import org_heads
from extractor.patterns import ASCII_WHITE_SPACE, WHITE_SPACE, compile_gated
from extractor.speech.attribution import Attribution, Attributor
from extractor.speech.counting import at_least_words, first_words_end
from extractor.speech.cues import Cue, previous_word
from extractor.speech.evidence import evidence_as_speaker
from extractor.speech.noun_phrases import GERUND_PREPOSITIONS as _GERUND_PREPOSITIONS
from extractor.speech.noun_phrases import SUBORDINATORS, clause_subject, phrase_after, subject_before
from extractor.speech.quote_marks import QuoteSpan
from extractor.speech.words import word_set
from extractor.text import Document
from schemas import DateRecord, DateType

_DATE_LEAD = regex.compile(r"\s*(?:,\s*)?(?:(?:on|in|at|during|late|early|last|earlier)\s+)?")
# the comma that closes what a reporting clause reports, inside a closing quote mark or not
# (written for re, whose call costs less than regex's and which skips to the commas; regex's \s spelled out)
# (a company name the wire sets in angle brackets opens after the comma: ', <Arab Malaysian Merchant Bank Bhd> said')
_COMMA_BEFORE = regex.compile(r",\s*$")
# a relative pronoun and the subject before a cue ('with whom it | said', 'which he | said')
_RELATIVE_BEFORE = regex.compile(r"\b(?:which|whom|who)\s+(?:\w+\s+){0,2}$")
# what follows a participle, not a reporting verb ('the company, said to be worth …', 'said by analysts to be …')
_PASSIVE_AFTER = regex.compile(r"\s+(?:to|by)\b")
_COMMA_CLOSES = compile_gated(rf",[\"'”’»]?{WHITE_SPACE}*<?$")
# A participle after a closing cue, maybe after a preposition, or an absolute phrase: '…, Dole said, singling out …',
# '…, the Bundesbank said, without naming the banks involved', '…, the bank said, with income set to exceed …'
_PARTICIPLE_NEXT = regex.compile(
    r"\s*,\s*(?:with\b|(?:(?:without|while|before|after|when|in|by)\s+)?\p{Ll}+ing\b)"
)
_OPENS_THAT = regex.compile(r"\s*(?:that|que|dass)\b")
_SPACE_LEAD = regex.compile(r"\s*(?:,\s*)?")
# ('announced jointly that …': an adverb in -ly before 'that' goes with it; so does an aside in commas: 'said,
# however, that …')
_ASIDES = r"(?:however|though|moreover|nevertheless|nonetheless|therefore|instead|also|too)"
_THAT = regex.compile(rf"\s*(?:,\s*)?(?:{_ASIDES}\s*,\s*)?(?:(?:\p{{L}}+ly\s+)?(?:that|que|dass)\b\s*)?")
_POSSESSIVE = regex.compile(r"['’]s\b")
_PASSIVE = regex.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", regex.REVERSE)
_COORDINATION = regex.compile(r"[,;]?\s*\b(?:and|but)\s+(?:(?:also|then|later|further|\w+ly)\s+)*$", regex.REVERSE)
# 'and' or 'but' right before a subject of a later reporting verb ('… late Friday and traders said that …')
_CONJUNCTION_BEFORE = regex.compile(r"[,;]?\s*\b(?:and|but)\s+$", regex.REVERSE)
_CONJUNCTION = regex.compile(r"\b(?:and|but)\s")
_SUBJECT_REACH = 270  # noun_phrases.subject_before reads back 260 characters, and the conjunction stands before
_SPEAKING_PERSONS = frozenset(("i", "we", "you"))
# where the phrase after a listener begins ('told reporters | Akiman came', 'told Reuters | Sandoz had'); not a name
# the listener's own article opens ('told the House subcommittee') or a word inside its name goes on ('the
# Securities and Exchange Commission'; see _next_phrase)
_NEXT_PHRASE = regex.compile(
    r"(?<=\p{Ll}[\p{Ll}-]*)(?<!\b(?:the|a|an|his|her|its|their|this|these|those|and|of|for))\s+"
    r"(\p{Lu}|\d|(?:the|a|an|his|her|its|their|this|these|those)\b)"  # ('told the meeting | 80 pct of …')
)
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*")
_WORD = regex.compile(r"\p{L}+")
_CAPITALISED_BEFORE = regex.compile(r"\b\p{Lu}[\p{L}'’.-]*$")
# a parenthesis closing a listener's name ('the Supreme Soviet (parliament)')
_LISTENER_ASIDE = regex.compile(r"\s*\([^()]{1,40}\)")
# 'the' and the capitalised words of a name after it ('the United States', 'the Supreme Soviet')
_THE_NAME = regex.compile(r"[Tt]he\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+")
# An object pronoun after a cue that takes a listener is the whole listener ('told him', 'assured them')
_OBJECT_PRONOUN = regex.compile(r"\s+(him|them|us|me)\b(?!\s+and\b)")
_PLACE_PREPOSITION = regex.compile(r"\s+(?:in|at)\s+(?=\p{Lu}|(?:the|a|an)\s)")
_LISTENER_NOUN = regex.compile(
    r"\s+(?!(?:he|she|it|they|we|i|you|there|in|at|on|by|for|from|with|after|before|during)\b)\p{Ll}+(?=\s+(?:\p{Lu}|(?:the|a|an|his|her|its|their)\b))"
)
# (the comma may close a quote that stays with the content: 'adding, “…,” Gobert added')
_CLOSING_CLAUSE = regex.compile(r",([\"”’]?)\s+(?=[^,]*$)", regex.REVERSE)
_CLOSING_TAIL = 4  # words after a cue that closes its sentence ('the sources said on Monday.')
# characters between the comma and the cue of a reporting clause closing the sentence: any short phrase
# (', the sources said'), a longer one only when it is the cue's speaker (', Sugar Regulation Administration (SRA)
# chairman Arsenim Yulo said')
_CLOSING_SHORT = 58
_CLOSING_REACH = 120
_CLAUSE_BREAK = regex.compile(
    r"\b(?:but|and|while|whereas|which|who|whom|when|after|before|because|since|until|if)\b|;"
)
_PARTICIPLE_OPENING = regex.compile(r"\s*\p{L}+ing\b")
# what follows a date that stands as an adverbial of its own, not as a noun's modifier or a clause's subject
_OPENS_CLAUSE = regex.compile(
    r"\s*(?:$|[,;:.!?\"“”'(—–-]|\p{Lu}|(?:that|the|a|an|he|she|it|they|we|i|you|his|her|its|their|this|these|those"
    r"|there|in|on|at|for|from|to|with|by|after|before|as|when|while|and|but|also|again|both|all|each|some|most"
    r"|many|several|no|one|two)\b)"
)
# a lower-case word right after a date that makes the date its modifier ('current dividend', 'first quarter sales',
# 'February growth'); verbs in -ed ('yesterday opposed'), adverbs in -ly and the words of _OPENS_CLAUSE are none
_MODIFIED_NOUN = regex.compile(r"[ \t]+(?!\p{Ll}+(?:ed|ly)\b)(\p{Ll}[\p{Ll}-]*)\b")
_DEICTIC = regex.compile(
    r"\b(?:today|yesterday|tonight|tomorrow|ago|last|this|earlier|later|recently|lately|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\b",
    regex.IGNORECASE,
)
_COORDINATION_BREAK = regex.compile(r"\b(?:and|but)\b|;")
_FIRST_WORD = regex.compile(r"\s*(\p{L}+)")
# re twins of the patterns matched at every cue, for ASCII text: a call of re costs about half one of regex. There
# regex's \s (Unicode White_Space) is the six characters of _S (re's \s also holds \x1c-\x1f) and \p{L} is [A-Za-z].
_S = ASCII_WHITE_SPACE
_ASCII_DATE_LEAD = re.compile(rf"{_S}*(?:,{_S}*)?(?:(?:on|in|at|during|late|early|last|earlier){_S}+)?")
_ASCII_SPACE_LEAD = re.compile(rf"{_S}*(?:,{_S}*)?")
_ASCII_THAT = re.compile(
    rf"{_S}*(?:,{_S}*)?(?:{_ASIDES}{_S}*,{_S}*)?(?:(?:[A-Za-z]+ly{_S}+)?(?:that|que|dass)\b{_S}*)?"
)
_ASCII_FIRST_WORD = re.compile(rf"{_S}*([A-Za-z]+)")
# _PASSIVE searched forwards: every match ends at the search's end, and only one can (its copula is the word before
# the last, or the last), so the leftmost match is the one regex finds reading back
_ASCII_PASSIVE = compile_gated(rf"\b(?:is|are|was|were|be|been|being){_S}+(?:\w+ly{_S}+)?$")
# the word before a date that makes it a period of reported figures ('for the year', 'the year ended June 30')
_PERIOD_WORDS = frozenset(("for", "ended", "ending"))
_CLAUSE_AFTER_COMMA = regex.compile(
    r",\s*(?:with|which|who|while|although|though|but|and|as|after|when|including|because|\p{Ll}+ing)\b"
)
_PARTICIPLE_AFTER = regex.compile(r"\s+\p{Ll}+ed\b")
_SUBJECT_WORD = regex.compile(r"\p{Lu}[\p{L}.&'’-]*")
_VERB_OPENS = regex.compile(r"(?:(?:also|still|now|further|\p{Ll}+ly)\s+)?\p{Ll}+(?:s|ed)\b")
_INFINITIVE = regex.compile(r"\bto\s+\p{Ll}")
# the comma that ends a clause: not one inside a number ('2,400'); a quote it closes ('had “been friends,” he …')
# stays with the clause
_CLAUSE_COMMA = regex.compile(r"(?:(?<!\d),|,(?!\d))([\"”’]*)")
_OF_YEAR = regex.compile(r"\b(?:of|for)\s+(?:(?:calendar|fiscal)\s+)?$", regex.REVERSE)
_SUBORDINATE_LEAD = regex.compile(rf"\s*(?i:{'|'.join(sorted(SUBORDINATORS))})\s+")
_THAT_WORD = regex.compile(r"\b(?:that|que|dass)\b\s*")
_PREPOSITIONS = word_set("statement_prepositions")
_SUBJECT_PRONOUN = regex.compile(r"(?:it|he|she|they|we|I|there)\b", regex.IGNORECASE)
# where a cue was uttered, written between the cue and a clause without 'that': 'said in a statement the offer was …',
# 'said in its annual report it expected …'
_SETTING = regex.compile(
    r"\s*(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(word_set('statement_setting_nouns')))})\b"
    r"(?:\s+(?:issued|released|published)(?:\s+(?:here|today|yesterday))?)?"
    r"(?=\s+(?:(?:the|a|an|it|he|she|they|we|its|his|her|their|this|these|there)\b|\p{Lu}))"
)
_PASSIVE_REPORTS = word_set("statement_passive_lemmas")
# a participle that opens the sentence sets the scene of the speech act: 'Asked about the talks, Smith said they …'
_FRONTED_PARTICIPLE = regex.compile(
    rf"(?i:{'|'.join(sorted(word_set('statement_fronted_participles')))})\b"
)
# whom the speaker cites, set off after the cue: 'said on Monday, quoting Foreign Minister X, that …'
_SOURCE_ASIDE = regex.compile(
    rf"\s*,\s*(?:{'|'.join(sorted(word_set('statement_source_participles')))})\s[^,;]{{1,100}},\s*(?:that\b\s*)?"
)
# 'said on Twitter his country would …', 'announced on television the country would …': the medium it was said on
_ON_MEDIUM = regex.compile(
    r"\s*on\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}\p{N}'’.-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(word_set('statement_media_nouns')))})\b"
    r"(?=\s+(?:(?:the|a|an|it|he|she|they|we|its|his|her|their|this|these|there)\b|\p{Lu}))"
)
# 'said on completion of the merger, the combined company …', 'said on closing it used …': an adverbial closed by its
# comma or by a subject pronoun opens the content (a 'that' after it belongs to the content)
_ON_ADVERBIAL = regex.compile(
    r"\s*on\s+[^,.;:\"“”]{1,60}(?:,\s*(?:(?:the|a|an|it|he|she|they|its|his|her|their)\b|\p{Lu})"
    r"|\s(?:it|he|she|they|we)\s)"
)
PLAIN_REPORTING = word_set("speech_plain_reporting")  # say, tell, add: verbs that only report
# '…, which, the guild said, would …': the reporting clause is an aside; 'said to have' is no report
_ASIDE_CLOSES = regex.compile(r"\s*,|\s+to\b")
_SETTING_REACH = 100  # characters of 'in an interview with Reuters' before a 'that'
_SETTING_WORDS = 6  # words of a setting or a listener between a cue and its 'that' ('told Randolph and others that')
_RUN_ON = 3000  # characters beyond which a sentence is not prose
_SENTENCE_REACH = 1000  # characters either side of a cue that its statement may cover
_LATER_CUES = 6  # cues after this one that may close or coordinate with it
_DATE_REACH = 300  # characters around a cue where the date of its speech act may stand
_FRONTED_CHARS = 80
_FRONTED_WORDS = 8  # a date this close to the sentence start dates the whole sentence
_AGENT = regex.compile(r"\s*,?\s*by\s+")
_SAID_ON = (DateType.DATE, DateType.TIME)  # the types of a date a statement was made on (durations and sets are not)
_RELATIVE_OPENS = regex.compile(r",\s*(?:which|who)\b")
_RELATIVE = regex.compile(r",\s*(?:which|that|who)\s+$", regex.REVERSE)
_TRAILING = " \t\n,;:.—–-"
_TRAILING_END = _TRAILING + "<"  # '…, <Dixons Group PLC> said': the bracket opens the speaker's name
_MIN_CONTENT_WORDS = 2
# prepositions before a gerund ('without asking Congressional leaders for their advice', 'comply with reporting
# provisions'); 'after saying the plan was dead' still reports its clause
_GERUND_OBJECT_LEADS = _GERUND_PREPOSITIONS | {"without", "with", "for", "of", "about", "from", "after", "before"}
_WH_CLAUSE = regex.compile(r"(?:how|why|when|whether|what)\b")
_GERUND_CLAUSE_WORDS = 5  # a gerund's content opens a clause or an appeal within its first words
# 'added three billion dlrs to its reserves', 'added 43 mln new shares': a quantity that the verb adds, not a clause it
# reports. An object runs to 'to'/'for' or ends within a few words, with no auxiliary on the way; a reported clause
# goes on to its verb ('added 20 dlrs a barrel was a possibility', 'added about 90 pct of the assets came from Asia')
_QUANTITY = regex.compile(
    r"(?:(?:more|less|fewer)\s+than\s+|about\s+|almost\s+|nearly\s+|some\s+|another\s+|over\s+|up\s+to\s+)?"
    r"(?:\p{N}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"thousand|dozen|several|a\s+(?:further|hundred|thousand|million|billion))\b)",
    regex.IGNORECASE,
)
# an object and where it was added: 'added new monochrome and color models to the Series 3000 line'
# ('added U.S. allies look very strongly to a budget cut' reports: an adverb shows the verb)
_ADDED_TO = regex.compile(r"(?:(?![\p{L}-]+ly\s)[\p{L}\d/.-]+\s+){1,8}?to\s+(?:the|its|their|his|her|a|an|this)\b")
# (added 1/8 dlr at 81-5/8: a price gain; 'added about 100 mln stg onto fourth quarter results')
_OBJECT_ENDS = regex.compile(r"\b(?:to|for|at|onto|into)\b")
_MODAL_AND_TENSE = ("is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
                    "should", "must")
_AUXILIARY = regex.compile(rf"\b(?:{'|'.join(_MODAL_AND_TENSE + ('be', 'been'))})\b")  # anywhere in an object
_AUXILIARIES = _MODAL_AND_TENSE + ("does", "did")  # what a clause missing its subject opens on
_AUXILIARY_PREFIXES = tuple(sorted({w[:2] for w in _AUXILIARIES}))
_AUXILIARY_OPENS = regex.compile(rf"(?:{'|'.join(_AUXILIARIES)})\b")
_REPORTING_CLAUSE_WORDS = 4  # words of a content that is a reporting clause of its own ('the department said')
_REPORTING_CLAUSE_CHARS = 60  # … and characters, a test that costs less than counting its words
_LISTENER_HEADS = word_set("statement_listener_heads")
_OPENING_QUOTES = ('"', "“", "‘", "«")
_COMMA_ONLY = regex.compile(r"\s*,\s*")
_ASIDE_QUOTES = (*_OPENING_QUOTES, "'")  # (and the two apostrophes some papers open a quote with: "said, ''I …")
_ASIDE_GAP = 4  # characters between the comma before an aside's speaker and the speaker
_APPROXIMATOR = regex.compile(
    r"(?:about|over)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half|several)\b)"
)
# 'but' and the subject of a clause, not a verb the speaker's own ('but declined to elaborate', 'but did not say')
# ('but also the flow of drugs' goes on too; 'but also warned' is what the speaker did)
_BUT_CLAUSE = regex.compile(
    r"but\s+(?:also\s+)?(?!(?:did|does|do|would|could|will|can|was|were|is|are|has|have|had|not|never|gave|added|"
    r"said|declined|refused|noted|cautioned|warned|stressed)\b)(?!\p{Ll}+ed\b)\p{L}+\s+\p{L}"
)
# words of what follows 'reported' where the figures' noun stands, past a determiner and a few modifiers ('a 1986
# pretax profit', 'its fourth quarter earnings', 'net income')
_FIGURES_HEAD_WORDS = 5
_FIGURE_NOUNS = word_set("statement_figure_nouns")
_FIGURE_VERBS = word_set("statement_figure_verbs")  # a verb that makes the figures a clause ('net income rose')
_AUXILIARY_WORDS = frozenset(_MODAL_AND_TENSE + ("be", "been"))
_SHORT_OBJECT = 6  # words of a quantity object closing the sentence ('added 43 mln new shares')


@dataclass
class StatementDraft:
    cue: Cue
    speaker: tuple[int, int] | None
    content: tuple[int, int]
    kind: str  # direct | indirect | mixed
    quotes: list[int] = field(default_factory=list)  # indices into the document's quotes
    date: DateRecord | None = None
    confidence: float = 0.5


def _next_phrase(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """Where the phrase after a listener begins (_NEXT_PHRASE), past capitalised words that carry a name on to an
    organisation's head word ('the Securities and Exchange Commission', 'the House Appropriations Committee' are one
    listener; after 'told reporters' a name opens what was said: 'Philadelphia Electric can not …')."""
    m = _NEXT_PHRASE.search(text, lo, hi)
    if m is not None and (named := _THE_NAME.match(text, lo, hi)) is not None and m.start(1) < named.end():
        # 'told the United States | …', 'told the Supreme Soviet | …': capitalised words after 'the' make one name
        m = _NEXT_PHRASE.search(text, named.end(), hi)
    while (
        m is not None
        and _CAPITALISED_BEFORE.search(text, lo, m.start()) is not None
        and (run := _CAPITALISED_RUN.match(text, m.start(1), hi)) is not None
    ):
        heads = [w for w in _WORD.finditer(text, *run.span()) if w.group().lower() in org_heads()]
        if not heads:
            break
        m = _NEXT_PHRASE.search(text, heads[-1].end(), hi)
    return m


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRAILING:
        start += 1
    while end > start and text[end - 1] in _TRAILING_END:
        end -= 1
    return start, end


class StatementFinder:
    def __init__(self, doc: Document, cues: list[Cue], attributor: Attributor, dates: list[DateRecord]) -> None:
        self.doc = doc
        self.text = doc.text
        self.cues = cues
        self.attributor = attributor
        self.dates = sorted(dates, key=lambda d: d.start)
        self._date_starts = [d.start for d in self.dates]
        self._cue_starts = [c.start for c in cues]
        self._quote_starts: list[int] = []
        self._quote_ends: list[int] = []
        # who reported figures ('Acme reported a loss of …'): no statement, but a speaker a later 'it said' continues
        self.figure_reporters: list[tuple[int, int]] = []

    def _cues_between(self, lo: int, hi: int) -> list[Cue]:
        return self.cues[bisect.bisect_left(self._cue_starts, lo) : bisect.bisect_left(self._cue_starts, hi)]

    def _sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos`, clipped to a window at word boundaries (a run-on 'sentence' of a whole
        document reports nothing a clause-sized window would not)."""
        sent = self.doc.sentence_at(pos)
        s, e = (sent.start, sent.end) if sent is not None else (0, len(self.text))
        if pos - s > _SENTENCE_REACH:
            s = self.text.find(" ", pos - _SENTENCE_REACH, pos) + 1 or pos - _SENTENCE_REACH
        if e - pos > _SENTENCE_REACH:
            cut = self.text.rfind(" ", pos, pos + _SENTENCE_REACH)
            e = cut if cut > pos else pos + _SENTENCE_REACH
        return s, e

    def _complement(self, cue: Cue, quotes: list[QuoteSpan]) -> tuple[int, int]:
        """What the cue reports, when it follows the cue: up to the sentence end or a coordinated cue."""
        text = self.text
        _, sent_end = self._sentence(cue.start)
        # a quote that runs past the sentence splitter's boundary still belongs to the content
        k = bisect.bisect_left(self._quote_starts, cue.end)
        while k < len(quotes) and quotes[k].start <= sent_end:
            if quotes[k].end > sent_end:
                sent_end = quotes[k].end
            k += 1
        start = cue.end
        listened: tuple[int, int] | None = None  # the phrase read as the cue's listener
        if cue.form.addressee:
            that = _THAT_WORD.search(text, start, min(sent_end, start + 80))
            if that and _INFINITIVE.search(text, start, that.start()):
                that = None  # 'asked the FTC to vacate an order that requires …': the request is the infinitive's
            if that:
                start = that.start()
            elif pronoun := _OBJECT_PRONOUN.match(text, start, sent_end):
                listened = pronoun.span(1)  # 'told him protectionist sentiment is severe'
                start = pronoun.end()
            elif listener := phrase_after(text, start, sent_end):
                listened = listener
                # 'told reporters Akiman came …', 'told a news conference the plan …': a listener
                # ends where a name or another determiner begins
                nxt = _next_phrase(text, listener[0], listener[1])
                start = nxt.start(1) if nxt else listener[1]
                if nxt is None and (noun := _LISTENER_NOUN.match(text, start, sent_end)):
                    start = noun.end()  # 'told the Senate committee | the plan …': the listener's own noun
                if aside := _LISTENER_ASIDE.match(text, start, sent_end):
                    start = aside.end()  # 'told the Supreme Soviet (parliament) | industrial output …'
            if (
                listened is not None
                and (place := _PLACE_PREPOSITION.match(text, start, sent_end))
                and (setting := phrase_after(text, place.end(), sent_end))
            ):
                # 'told reporters in Frankfurt | he hoped …': where it was said is not what was said
                nxt = _next_phrase(text, setting[0], setting[1])
                start = nxt.start(1) if nxt else setting[1]
        undated = start
        start = self.skip_dates(start, sent_end)
        dated = start != undated  # a date after the cue (or its listener) was read as the date of the act
        if text.startswith(",", start) and (aside := _SOURCE_ASIDE.match(text, start, sent_end)):
            start = aside.end()  # the source the speaker cites is not what it said
        ascii_text = text.isascii()
        lead = (_ASCII_FIRST_WORD if ascii_text else _FIRST_WORD).match(text, start, sent_end)
        on = lead is not None and lead.group(1) == "on"
        if (
            lead
            and (on or lead.group(1).lower() in _PREPOSITIONS)
            and cue.cls != "source"
            # 'said about 47 mln dlrs would be …', 'told Reuters over 100 workers were …': a number's approximator
            # (right after a cue that takes a listener, the number is the listener's: 'told about 200 bankers … that')
            and not (
                _APPROXIMATOR.match(text, lead.start(1), sent_end)
                and (listened is not None or not cue.form.addressee)
            )
            # 'asked the FTC | to vacate an order that …': after a listener, an infinitive is the request
            and not (listened is not None and _INFINITIVE.match(text, lead.start(1)))
        ):
            # 'declared in an interview with Reuters that …' reports what follows 'that', 'said in a statement the
            # offer …' and 'said on Twitter his country would …' what follows the setting or medium; 'responded to
            # Henry's tweet' reports nothing, while 'insisted on linking the pact to …' reports the gerund and 'said on
            # completion of the merger, …' the whole
            that = _THAT_WORD.search(text, start, min(sent_end, start + _SETTING_REACH))
            setting = _ON_MEDIUM.match(text, start, sent_end) if on else _SETTING.match(text, start, sent_end)
            if setting is not None and (that is None or that.start() > setting.end() + 1):
                start = self.skip_dates(setting.end(), sent_end)
            elif (
                that is not None
                and not (on and _ON_ADVERBIAL.match(text, start, that.start()))
                # ('by promising to tax goods made by companies that …': after a participle, a 'that' inside the
                # clause of an infinitive that is no speech verb; 'went on to say that …' reports what follows it)
                and not (
                    cue.cls == "ing"
                    and _INFINITIVE.match(text, lead.start(1))
                    and not self._cues_between(lead.end(1), that.start())
                )
            ):
                start = that.end()
            elif not on:
                return start, start
        m = (_ASCII_THAT if ascii_text else _THAT).match(text, start, sent_end)
        # (the prefix tests are inline gates: few clauses open on an auxiliary, and a call costs more than a test)
        if m and m.end() > start:
            if (
                text.startswith(_AUXILIARY_PREFIXES, m.end())
                and _AUXILIARY_OPENS.match(text, m.end(), sent_end)
                and (that := _THAT_WORD.search(text, start, m.end()))
            ):
                start = that.start()  # 'told reporters that was not good enough': 'that' is the clause's subject
            else:
                start = m.end()
        if text.startswith(_AUXILIARY_PREFIXES, start) and _AUXILIARY_OPENS.match(text, start, sent_end):
            if dated:
                return start, start  # 'the order announced last week is 350 mln dlrs': a participle, no speech
            start = self._subject_back(start, listened)
        end = sent_end
        # a cue right after a relative pronoun and its subject ('with whom it | said') reports inside that clause
        in_relative = _RELATIVE_BEFORE.search(text, max(0, cue.start - 30), cue.start) is not None
        for other in self._cues_between(cue.end + 1, end)[:_LATER_CUES]:
            if self._quoted(other.start):
                continue  # 'adding, “The statements have come out and said …”': the quoted speaker's own words
            if cue.cls == "ing" and other.cls == "verb" and (comma := _COMMA_CLOSES.search(text, start, other.start)):
                end = comma.end()  # 'X, acknowledging that …, said …': the participle's clause ends at the comma
                break
            cut = _COORDINATION.search(text, max(start, other.start - 40), other.start)
            if cut is not None:
                end = cut.start()  # '… but added that …' reports something else
                break
            if other.cls == "verb" and other.form.lemma in PLAIN_REPORTING and (
                # (the conjunction stands before the subject, which is read back at most _SUBJECT_REACH characters)
                _CONJUNCTION.search(text, max(start, other.start - _SUBJECT_REACH), other.start) is not None
                and (subject := subject_before(text, start, other.start)) is not None
                and text[subject[0] : subject[1]].lower() not in _SPEAKING_PERSONS
                and (cut := _CONJUNCTION_BEFORE.search(text, max(start, subject[0] - 8), subject[0])) is not None
            ):
                # '… late Friday and traders said that …': another speaker's report (not the quoted speaker's own
                # story: '"I give speeches, and I tell people …"')
                end = cut.start()
                break
            if other.form.quote_only:
                continue  # '…, resigned for health reasons.': a cue that only attributes a quote closes no clause
            if (
                in_relative
                and other.cls == "verb"
                and (comma := _COMMA_BEFORE.search(text, start, other.start))
                and not _PASSIVE_AFTER.match(text, other.end)
            ):
                # '… with whom it said it has had talks, said it plans …': a relative clause's report ends at the
                # comma after which its subject's own verb goes on
                end = comma.start()
                break
            closing = _CLOSING_CLAUSE.search(text, max(start, other.start - _CLOSING_REACH), other.start)
            if closing is not None and (
                (not at_least_words(text, other.end, sent_end, _CLOSING_TAIL + 1)
                 and (other.start - closing.end() <= _CLOSING_SHORT or self._speaks_after(other, closing.end())))
                or (other.cls == "verb" and self._speaks_right_after(other, closing.end()))
            ):
                # '…, the sources said.' reports this whole clause, and so does '… in which he said the pact should
                # lapse, Subroto said Indonesia was ready …': the later cue's speaker opens a clause of its own
                end = closing.end(1) if closing.group(1) else closing.start()
                break
        return _trim(text, start, end)

    def _quoted(self, pos: int) -> bool:
        """Whether `pos` stands inside one of the document's quotes."""
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and pos < self._quote_ends[k]

    def _subject_back(self, start: int, listened: tuple[int, int] | None) -> int:
        """Where a content that opens on a verb ('… have cooperated') really starts: its subject was read as the
        listener, which then ends at its head noun ('told reporters | major nations have …', 'told a news conference |
        after-tax profit …') or, with none, was no listener at all ('warned another trade row will develop')."""
        if listened is None:
            return start  # 'which the union said was unacceptable': the subject stands before the cue
        for word in _WORD.finditer(self.text, *listened):
            if word.group().lower() in _LISTENER_HEADS and not self.text.startswith(("'", "’"), word.end()):
                # (a plural possessive is no head: 'told the annual shareholders' meeting | parent company …')
                return _trim(self.text, word.end(), listened[1])[0] if word.end() < listened[1] else start
        return listened[0]

    def _speaks_right_after(self, cue: Cue, comma_end: int) -> bool:
        """Whether a plain reporting verb's subject opens right after the comma and what it reports follows it:
        '…, Subroto said Indonesia was ready …' (not an aside: '…, which, the guild said, would have …')."""
        if cue.form.lemma not in PLAIN_REPORTING or _ASIDE_CLOSES.match(self.text, cue.end):
            return False  # ('both former officials said to have played …' reports nothing)
        speaker = self.attributor.speaker_of_cue(cue)
        return speaker is not None and speaker[0] == comma_end and speaker[1] < cue.start

    def _speaks_after(self, cue: Cue, comma_end: int) -> bool:
        """Whether the cue's speaker phrase opens right after a comma: '…, the sources said' closes a clause;
        '…, lack of assets … will make it impossible' does not."""
        speaker = self.attributor.speaker_of_cue(cue)
        return speaker is not None and speaker[0] <= comma_end + 1

    def skip_dates(self, pos: int, end: int) -> int:
        """Past a date that follows the cue ('affirmed this Thursday that …'): it dates the act, not the content."""
        k = bisect.bisect_left(self._date_starts, pos)
        if k == len(self._date_starts) or self._date_starts[k] >= end:
            return pos  # no date starts before `end`, so none is skipped (most calls: no need to read the leads)
        moved = True
        while moved:
            moved = False
            leads = (_ASCII_DATE_LEAD, _ASCII_SPACE_LEAD) if self.text.isascii() else (_DATE_LEAD, _SPACE_LEAD)
            for lead in leads:  # 'said on Monday', 'said last month' ('last' is the date's)
                m = lead.match(self.text, pos, end)
                at = m.end() if m else pos
                k = bisect.bisect_left(self._date_starts, at)
                if (k < len(self.dates) and self.dates[k].start == at and self.dates[k].end <= end
                        and not _POSSESSIVE.match(self.text, self.dates[k].end)
                        and (at > pos + 1 and self.text[at - 2].isalpha() or self._adverbial(self.dates[k]))):
                    # 'said last week's rise was …': a possessive date belongs to the content's subject, and so
                    # does a period without a preposition that a noun or verb follows ('said the quarter was going
                    # well', 'said first quarter sales will rise'); 'said on Monday sales …', 'said today trading …'
                    pos, moved = self.dates[k].end, True
                    break
        return pos

    def _date_for(self, cue: Cue, content: tuple[int, int], speaker: tuple[int, int] | None) -> DateRecord | None:
        """When it was said: a date in the cue's own clause, never in what was said.

        'affirmed this Thursday that …', 'Over the weekend Baker criticised …, saying …', '…, he said on
        Tuesday'; not a date in a clause coordinated before the cue ('did not say … today, but said …').
        """
        s, e = self._sentence(cue.start)
        text = self.text
        best: DateRecord | None = None
        lo, hi = max(s, cue.start - _DATE_REACH), min(e, cue.end + _DATE_REACH)
        first = bisect.bisect_left(self._date_starts, lo)
        last = bisect.bisect_left(self._date_starts, hi)
        aside = self._aside(cue, content, speaker)
        for d in self.dates[first:last]:
            if d.end > hi or (content[0] < d.end and d.start < content[1]):
                continue
            if aside and d.end <= aside:
                continue  # 'Last year, the report said, costs rose …': the date is what was said
            if (
                speaker is not None
                and speaker[0] < d.start < d.end <= speaker[1]
                and _OF_YEAR.search(text, speaker[0], d.start)  # (bounded: a reverse search walks back to its start)
            ):
                continue  # a year qualifying the speaker's name ('the Trade Act of 1974 says') is not when it was said
            if d.type not in _SAID_ON or self._modifier(d, cue) or self._period_of_content(d):
                continue
            if d.end <= cue.start and self._outside_clause(d, cue, speaker):
                continue
            if content[0] >= cue.end:  # the content follows the cue
                if d.start >= content[1]:
                    continue
                # 'At a news conference on Tuesday, he said …' but not 'Welcoming the offer Saturday, he said …'
                fronted = (
                    d.start - s <= _FRONTED_CHARS
                    and not at_least_words(text, s, d.start, _FRONTED_WORDS + 1)
                    and (speaker is None or d.end <= speaker[0])
                    and not _PARTICIPLE_OPENING.match(text, s)
                )
                if d.end <= cue.start and not fronted and _CLAUSE_BREAK.search(text, d.end, cue.start):
                    continue
            elif d.end <= content[1] or not self._in_reporting_clause(cue, d):
                continue  # '…, he said on Tuesday': only in a closing reporting clause
            if best is None or abs(d.start - cue.start) < abs(best.start - cue.start):
                best = d
        return best

    def _aside(self, cue: Cue, content: tuple[int, int], speaker: tuple[int, int] | None) -> int | None:
        """The speaker's start when the reporting clause is an aside set off in commas inside what was said ('In the
        coming weeks, the source said, Democrats will …', '… the previous year, Holm said, while …'): the words before
        it are the content's, and a date there dates them, not the saying. Not a clause that opens a quote ('On Friday,
        Holm said, "We …"')."""
        if speaker is None or not speaker[1] <= cue.start < cue.end < content[0]:
            return None
        text = self.text
        if not _COMMA_ONLY.fullmatch(text, cue.end, content[0]) or text.startswith(_ASIDE_QUOTES, content[0]):
            return None
        return speaker[0] if text[max(0, speaker[0] - _ASIDE_GAP) : speaker[0]].rstrip().endswith(",") else None

    def _period_of_content(self, d: DateRecord) -> bool:
        """A date that is the period the reported figures cover ('For the year it reported a loss', 'In the year
        ended February 28, 1986, X reported income') or that someone quoted spoke of: not when it was said."""
        k = bisect.bisect_right(self._quote_starts, d.start) - 1
        if k >= 0 and d.end <= self._quote_ends[k]:
            return True
        return previous_word(self.text, d.start) in _PERIOD_WORDS

    def _in_reporting_clause(self, cue: Cue, d: DateRecord) -> bool:
        """Whether a date after a closing cue is still its reporting clause's ('…, he said on Tuesday', '…, the
        ministry said in a statement on Tuesday'): no other clause opening after a comma, no other cue and no
        participle it would qualify ('…, CBS said, with the bonuses paid in February', '…, Hayes said, adding that …
        this month', '… said in a prospectus for a bond recently issued')."""
        text = self.text
        if ";" in text[cue.end : d.start] or _CLAUSE_AFTER_COMMA.search(text, cue.end, d.start):
            return False  # (', the foreign minister, on 3 March' is the speaker's appositive, and stays)
        if any(c.cls != "phrase" for c in self._cues_between(cue.end + 1, d.start)):
            return False  # another speech act ('in a statement' is where this one was made)
        return _PARTICIPLE_AFTER.match(text, d.end) is None

    def _adverbial(self, d: DateRecord) -> bool:
        """Whether a date stands as an adverbial of its own where it is: followed by what opens a clause ('said
        Tuesday the …'), or a time told from the moment of writing ('said earlier today trading …'), which does not
        qualify a noun."""
        return _OPENS_CLAUSE.match(self.text, d.end) is not None or _DEICTIC.search(d.text) is not None

    def _modifier(self, d: DateRecord, cue: Cue) -> bool:
        """A date that qualifies a noun: 'its current dividend', 'higher first quarter net', 'this week's meeting'."""
        if _POSSESSIVE.match(self.text, d.end):
            return True
        m = _MODIFIED_NOUN.match(self.text, d.end)
        return m is not None and m.start(1) != cue.start and not self._adverbial(d)

    def _outside_clause(self, d: DateRecord, cue: Cue, speaker: tuple[int, int] | None) -> bool:
        """A date before the cue that belongs to another clause: one coordinated before the reporting clause ('Spain
        joined the EC at the start of last year and farmers say'), the clause of another cue ('said yesterday that
        China had promised'; a participle shares its verb's date), or an appositive of the speaker ('Le Matin, the
        tabloid launched in February, said')."""
        text = self.text
        subject = speaker[0] if speaker is not None and d.end <= speaker[0] < cue.start else cue.start
        if _COORDINATION_BREAK.search(text, d.end, subject):
            return True
        if cue.cls != "ing" and any(c.start >= d.end for c in self._cues_between(d.end, cue.start)):
            return True
        if (
            cue.cls == "ing"
            and speaker is not None
            and d.end <= speaker[0]
            and "," in text[d.end : speaker[0]]
            and any(
                c.cls == "verb" and c.start >= speaker[1] and not text[c.end : cue.start].strip(" ,")
                for c in self._cues_between(d.end, cue.start)
            )
            and at_least_words(text, self._sentence(cue.start)[0], d.start, _FRONTED_WORDS + 1)
        ):
            # '… into operation in early 1988, the company said, adding …': the verb closes its report, which holds
            # the date (not 'In talks last Saturday, business leaders said they …, arguing')
            return True
        if speaker is not None and speaker[1] <= d.start < cue.start and "," in text[speaker[1] : d.start]:
            return True
        # a relative clause set off by commas before the cue: 'Ford, which earned … up from 2.51 billion in 1985, said'
        return "," in text[d.end : cue.start] and (
            _RELATIVE_OPENS.search(text, self._sentence(cue.start)[0], d.start) is not None
        )

    def direct(self, quotes: list[QuoteSpan], atts: list[Attribution | None]) -> list[StatementDraft]:
        """One statement per cue that attributes quotes; quotes that borrow a speaker join it."""
        self._quote_starts = [q.start for q in quotes]
        self._quote_ends = [q.end for q in quotes]
        by_cue: dict[int, StatementDraft] = {}
        for i, (q, a) in enumerate(zip(quotes, atts, strict=True)):
            if a is None or a.cue is None:
                continue
            key = a.cue.start
            draft = by_cue.get(key)
            if draft is not None:
                draft.quotes.append(i)
                if a.how in ("post", "inverted", "pre", "colon", "lead", "partial"):
                    draft.content = (min(draft.content[0], q.start), max(draft.content[1], q.end))
                continue
            if a.how == "partial":
                content = self._complement(a.cue, quotes)
                if not (content[0] <= q.start and q.end <= content[1]):
                    # (an empty complement stands right after the cue, before a space: 'pledged | to "continue …"')
                    start = min(content[0], q.start)
                    while start < q.start and self.text[start].isspace():
                        start += 1
                    content = (start, max(content[1], q.end))
                kind = "mixed"
            else:
                content = (q.start, q.end)
                kind = "direct"
            by_cue[key] = StatementDraft(a.cue, a.speaker, content, kind, [i], confidence=a.confidence)
        out = list(by_cue.values())
        for d in out:
            d.date = self._date_for(d.cue, d.content, d.speaker)
        return out

    def indirect(self, taken: set[int], quotes: list[QuoteSpan]) -> list[StatementDraft]:
        """Statements for cues that attribute no quote."""
        text = self.text
        out = []
        quote_starts = [q.start for q in quotes]
        for cue in self.cues:
            if cue.start in taken or cue.negated or cue.form.quote_only or cue.cls not in ("verb", "ing", "source"):
                continue
            k = bisect.bisect_right(quote_starts, cue.start) - 1
            if k >= 0 and cue.start < quotes[k].end:
                continue  # a cue inside a quote is the quoted speaker's words
            sent = self.doc.sentence_at(cue.start)
            if sent is not None and sent.end - sent.start > _RUN_ON:
                continue  # a 'sentence' of thousands of characters is a list or broken text, not reported speech
            s, e = self._sentence(cue.start)
            passive = None
            if cue.cls == "verb":
                copula = _ASCII_PASSIVE if text.isascii() else _PASSIVE
                passive = copula.search(text, max(s, cue.start - 20), cue.start)
            if passive is not None:
                # 'is said to be' reports no one's words; 'were announced yesterday by Yeutter' does,
                # 'a loan guaranteed by the parent' does not
                if cue.form.lemma in _PASSIVE_REPORTS and (draft := self._passive(cue, passive.start(), s, e)):
                    out.append(draft)
                continue
            speaker = self.attributor.speaker_of_cue(cue)
            if speaker is None or evidence_as_speaker(cue.form.lemma, text, speaker):
                continue  # 'the latest figures suggested that …' states evidence, not speech
            content = self._content(cue, speaker, s, e, quotes)
            if (
                content is not None
                and content[0] >= cue.end
                and _SUBORDINATE_LEAD.fullmatch(text, s, speaker[0])
                and (m := _CLAUSE_COMMA.search(text, content[0], content[1]))
            ):
                # 'While some analysts said the company was worth more, the board …': the subordinate clause ends at
                # its comma, and the main clause is not what they said
                content = _trim(text, content[0], m.end(1) if m.group(1) else m.start())
            if content is None or not at_least_words(text, *content, _MIN_CONTENT_WORDS):
                continue
            if cue.form.clause_only and content[0] >= cue.end and not self._reports_clause(cue, content):
                continue  # 'declared a dividend', 'maintained its lead': an object, not what was said
            if cue.form.lemma == "report" and content[0] >= cue.end and self._figures_object(content):
                self.figure_reporters.append(speaker)  # 'Praxis reported a net loss of 2.2 mln dlrs'
                continue
            if (
                cue.form.lemma == "add"
                and content[0] >= cue.end
                and not _THAT_WORD.search(text, cue.end, content[0])  # 'added that about 13.6 mln dlrs …' reports
                and self._quantity_object(content)
            ):
                continue
            if self._only_reporting_clause(content):
                continue  # '… the initiative announced in April, it said': what follows the cue is another's report
            if cue.cls == "ing" and self._gerund_before_verb(cue, e):
                continue  # 'Du Plessis in disclosing the new agreement last night said …': the verb reports
            if cue.cls == "ing" and self._gerund_with_object(cue, content):
                continue  # 'delays in announcing a stimulus package': the gerund names an act, says nothing
            k = bisect.bisect_left(quote_starts, content[0])
            inside = []
            while k < len(quotes) and quotes[k].start < content[1]:
                if quotes[k].end <= content[1]:
                    inside.append(k)
                k += 1
            kind = "mixed" if inside else "indirect"
            draft = StatementDraft(cue, speaker, content, kind, inside, confidence=0.8 if cue.cls == "verb" else 0.7)
            draft.date = self._date_for(cue, content, speaker)
            out.append(draft)
        # '…, a spokesman said, responding to an inquiry': the participle reports the same act as the verb
        acts = {(d.speaker, d.content) for d in out if d.cue.cls != "ing"}
        return [d for d in out if d.cue.cls != "ing" or (d.speaker, d.content) not in acts]

    def _gerund_before_verb(self, cue: Cue, sent_end: int) -> bool:
        """Whether a participle is a gerund after a preposition ('in disclosing', 'by announcing') with a finite
        reporting verb later in its sentence: the verb's statement is the speech act."""
        return previous_word(self.text, cue.start) in _GERUND_PREPOSITIONS and any(
            c.cls == "verb" for c in self._cues_between(cue.end, sent_end)
        )

    def _gerund_with_object(self, cue: Cue, content: tuple[int, int]) -> bool:
        """Whether a participle after a preposition is a gerund taking an object: 'in announcing a stimulus package'
        reports no words, 'by saying the election may be rigged' does (a clause: 'that', a subject pronoun or an
        auxiliary), and a content before such a gerund is not its own."""
        if previous_word(self.text, cue.start) not in _GERUND_OBJECT_LEADS:
            return False
        if content[0] < cue.end:
            return True
        text = self.text
        head_end = first_words_end(text, *content, _GERUND_CLAUSE_WORDS)
        return not (
            self._reports_clause(cue, content)
            or _AUXILIARY.search(text, *content)
            # 'calling on the EC to cut its subsidies', 'insisting more forcefully that …', 'recalling how he …':
            # an appeal or a clause
            or _WH_CLAUSE.match(text, *content)
            or _INFINITIVE.search(text, content[0], head_end)
            or _THAT_WORD.search(text, content[0], head_end)
        )

    def _reports_clause(self, cue: Cue, content: tuple[int, int]) -> bool:
        """Whether the content after a cue is a clause: 'that' opens it ('declared in Bonn that …') or a subject
        pronoun does ('maintained it was insured')."""
        return (
            _THAT_WORD.search(self.text, cue.end, content[0] + 1) is not None
            or _SUBJECT_PRONOUN.match(self.text, content[0]) is not None
        )

    def _only_reporting_clause(self, content: tuple[int, int]) -> bool:
        """Whether a content is no more than a subject and another cue: 'it said', 'the department said'."""
        if (
            content[1] - content[0] > _REPORTING_CLAUSE_CHARS
            or at_least_words(self.text, *content, _REPORTING_CLAUSE_WORDS + 1)
        ):
            return False
        # (a cue that only attributes a quote next to it closes no report of its own: 'said the reforms would
        # continue.', 'said the talks continued.')
        return any(c.end >= content[1] and not c.form.quote_only for c in self._cues_between(content[0], content[1]))

    def _that_after_setting(self, cue: Cue, after: tuple[int, int]) -> bool:
        """Whether the cue's complement opens past a 'that' a few words after the cue ('said with some confidence
        that …', 'told Randolph and others that …')."""
        that = _THAT_WORD.search(self.text, cue.end, after[0])
        return that is not None and not at_least_words(self.text, cue.end, that.start(), _SETTING_WORDS + 1)

    def _figures_object(self, content: tuple[int, int]) -> bool:
        """Whether what follows 'reported' is the figures a company reported, a noun phrase with no verb of its own
        ('a 1986 loss of 236,469 dlrs', 'earnings of 40 cts a share'), rather than a reported clause ('net income rose
        to …', 'its profits were lower')."""
        text = self.text
        if _SUBJECT_PRONOUN.match(text, content[0]) or _THAT_WORD.match(text, content[0]):
            return False  # ('reported it expects revenues …')
        words = [w.lower() for w in _WORD.findall(text, *content)]
        if not any(w in _FIGURE_NOUNS for w in words[:_FIGURES_HEAD_WORDS]):
            return False
        return not any(w in _FIGURE_VERBS or w in _AUXILIARY_WORDS for w in words)

    def _quantity_object(self, content: tuple[int, int]) -> bool:
        """Whether what follows 'added' is the quantity added (_QUANTITY) or a thing added to something ('added new
        color models to the line'), rather than a reported clause."""
        text = self.text
        if (to := _ADDED_TO.match(text, *content)) is not None:
            return _AUXILIARY.search(text, content[0], to.end()) is None
        if _QUANTITY.match(text, *content) is None:
            return False
        link = _OBJECT_ENDS.search(text, *content)
        if link is None and at_least_words(text, *content, _SHORT_OBJECT + 1):
            return False
        return _AUXILIARY.search(text, content[0], link.start() if link else content[1]) is None

    def dated(self, draft: StatementDraft) -> StatementDraft:
        """The draft with the date of its own clause (for drafts found elsewhere: nominal_acts)."""
        draft.date = self._date_for(draft.cue, draft.content, draft.speaker)
        return draft

    def _passive(self, cue: Cue, aux: int, s: int, e: int) -> StatementDraft | None:
        """'The talks, which were announced yesterday by Clayton Yeutter, …': the agent said the subject."""
        text = self.text
        by = _AGENT.match(text, self.skip_dates(cue.end, e), e)
        speaker = phrase_after(text, by.end(), e) if by else None
        if speaker is None:
            return None
        relative = _RELATIVE.search(text, s, aux)
        content = (
            subject_before(text, s, relative.start(), self.attributor.dates)
            if relative
            else clause_subject(text, s, aux, self.attributor.dates, predicate_follows=True)
        )
        if content is None:
            return None
        draft = StatementDraft(cue, speaker, content, "indirect", [], confidence=0.6)
        draft.date = self._date_for(cue, content, speaker)
        return draft

    def _content(
        self, cue: Cue, speaker: tuple[int, int], s: int, e: int, quotes: list[QuoteSpan]
    ) -> tuple[int, int] | None:
        text = self.text
        if cue.cls == "source":
            before = _trim(text, s, cue.start)
            if at_least_words(text, *before, 3):
                return before  # '…, according to Mitsui officials.'
            comma = text.find(",", speaker[1], e)
            if comma < 0:
                return None
            after = _trim(text, comma + 1, e)
            if before[1] > before[0] and _AUXILIARY_OPENS.match(text, *after):
                return before[0], after[1]  # 'PTT, according to Statoil, is negotiating …': its subject before
            return after
        after = self._complement(cue, quotes)
        # a reporting clause closing its sentence: '…, the president said.' reports what precedes it
        head = _trim(text, s, speaker[0])
        closing = (
            speaker[0] < cue.start
            and _COMMA_CLOSES.search(text, s, speaker[0]) is not None  # '… "mixed credits," the OECD said
            # at most four words after the cue, or a participle: '…, Dole said, singling out …', or what the speaker
            # did besides: '…, the minister said, but declined to give a forecast'
            and (
                not at_least_words(text, *after, 5)
                or _PARTICIPLE_NEXT.match(text, cue.end)
                or (text.startswith("but ", after[0]) and not _BUT_CLAUSE.match(text, after[0], after[1]))
            )
            and not _OPENS_THAT.match(text, cue.end)  # 'After the attack, X replied that …' reports what follows
            # ('In its report on exports, the department said with some confidence that …': past its setting, a few
            # words on; not a relative clause's, 'promising to impose tariffs on goods made by companies that …')
            and not self._that_after_setting(cue, after)
            # 'Asked about the talks, Smith said they failed': the scene set before, the words after
            and not (after[1] > after[0] and _FRONTED_PARTICIPLE.match(text, head[0]))
            # 'When asked …, Canova said, “No comment,” the Herald reported': the words quoted after the cue
            and not text.startswith(_OPENING_QUOTES, after[0], after[1])
        )
        if closing and at_least_words(text, *head, 3):
            return head
        if (
            speaker[0] < cue.start
            and text.startswith(",", cue.end)
            and text[head[1] : speaker[0]].strip() == ","
            and (
                (
                    text.startswith(_AUXILIARY_PREFIXES, after[0])
                    and _AUXILIARY_OPENS.match(text, after[0], after[1])
                    and at_least_words(text, *head, 2)
                )
                # 'Toyota, he said, also expects to stress sales …': a one-word subject before its verb in -s
                or (_SUBJECT_WORD.fullmatch(text, *head) and _VERB_OPENS.match(text, after[0], after[1]))
                # 'The economy will expand, he said, but growth will be flat': a clause of its own after 'but' goes on
                # with what was said ('…, he said, but declined to elaborate' is what he did)
                or (_BUT_CLAUSE.match(text, after[0], after[1]) and at_least_words(text, *head, 3))
            )
        ):
            return head[0], after[1]  # 'One point of agreement, Feldstein said, was that …': both sides of the aside
        if speaker[0] > cue.end and text[s : cue.start].rstrip().endswith(","):
            return _trim(text, s, cue.start)  # '…, said the official.'
        return after if after[1] > after[0] else None
