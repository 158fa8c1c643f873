"""Who said a quote: the cue and the speaker phrase an attribution rests on, with how strong it is.

Patterns, strongest first:
- after the quote:  '“…,” he said' / '“…,” said Sen. Ted Cruz' / '“…,” Smith, a spokesman, told reporters'
- before the quote: 'Smith said: “…”' / 'according to the ministry, “…”' / 'adding: “…”' (the clause subject)
- a cue earlier in the same sentence (a partial quote): 'said the plan was “a disaster”'
- no cue of its own: the speaker of another quote in the paragraph, or of the quote the previous
  paragraph ended with (a quote running on), or of a paragraph ending 'Smith said:'.
The speaker phrase is a text span; the entity layer resolves it to a canonical entity.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import regex

from extractor.entities.lexicon import nominals, places
from extractor.patterns import ASCII_WHITE_SPACE, WHITE_SPACE, compile_gated
from extractor.speech.counting import at_least_words
from extractor.speech.cues import Cue
from extractor.speech.noun_phrases import absolute_subject, clause_subject, phrase_after, subject_before
from extractor.speech.quote_marks import QuoteSpan
from extractor.speech.scare_quotes import is_scare_quote
from extractor.speech.words import word_set
from extractor.text import Document, Segment

# between an attribution and its quote: 'said:', 'said,', 'said that', 'told reporters on Tuesday:'
_ADJACENT = regex.compile(r"^[\s,:;—–-]*(?:(?:that|que|dass)\s*)?[\s,:—–-]*$")
_CLOSES_SPEECH = regex.compile(r"[,.!?…—–-][\s\"“”‘’']*$", regex.REVERSE)
_THAT_START = regex.compile(r"\s*(?:that|que|dass)\b")
_LEADING = regex.compile(r"[\s,.;:!?—–-]*")
_PARTITIVE_HEADS = word_set("source_partitive_heads")
_POST_MODIFIER = regex.compile(r"\s(?:of|instead)\s")
_QUOTED_AS = regex.compile(r"\bquot(?:ed|ing|es)\s+(.{1,80}?)\s+as\s+$", regex.S | regex.REVERSE)
# '…, Trade Minister Hajime Tamura was quoted as saying': the subject of the passive is the speaker
_QUOTED_PASSIVE = regex.compile(
    r"\b(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?quot(?:ed|ing)\s+(?:by\s+[^,;]{1,60}?\s+)?as\s+$",
    regex.REVERSE,
)
# ('according to preliminary figures from the bureau', 'calculations by Reuters Pipeline': a plural needs no article)
_DOCUMENT_HEADS = regex.compile(
    r"(?:(?:an?|the|his|her|its|their)\s+(?:\w+\s+){0,2}?(?:statement|release|report|letter|post|tweet|email|message|"
    r"communiqu[eé]|note|interview|study|survey|poll|filing|analysis|memo|document|bulletin|broadcast|dispatch)|"
    r"(?:(?:an?|the|his|her|its|their)\s+)?(?:\w+\s+){0,2}?(?:statements|reports|figures|data|calculations|estimates|"
    r"statistics|surveys))"
    r"\s+(?:from|by|of|(?:issued|released|filed|signed|written|sent)\s+by|on\s+behalf\s+of)\s+",
    regex.I,
)
# the same for ASCII text, for re (a call of it costs about half one of regex; \w and IGNORECASE read ASCII alike):
# regex's \s (Unicode White_Space) is there the six characters of _S, re's also holds \x1c-\x1f
_S = ASCII_WHITE_SPACE
_ASCII_DOCUMENT_HEADS = re.compile(_DOCUMENT_HEADS.pattern.replace(r"\s", _S), re.I)
_DOCUMENT_LINK = len(" on behalf of ")  # the longest link between a document and its author
_PRONOUNS = word_set("np_pronouns")
# the first word of a clause a cue reports ('said | he would …', 'told reporters | that …')
_NEXT_WORD = regex.compile(r"\s+(\w+)")
_CLAUSE_OPENERS = frozenset(("that", "he", "she", "they", "it", "we", "i", "the", "his", "her", "their", "its"))
_COORDINATED = regex.compile(r"\b(?:and|but)\s+(?:(?:also|then|later|further|\w+ly)\s+)*$", regex.REVERSE)
# words opening an adverbial put before the clause ('In', 'During', 'However', 'Under the proposed contract'); the
# prepositions count here, where a phrase read as the subject is tested, not where clause_subject skips adverbials
_FRONTED = word_set("np_fronted") | word_set("np_fronted_prepositions")
_DOCUMENT_WORDS = word_set("speaker_document_words")
_SPEAKER_WORD = regex.compile(r"\p{L}[\p{L}'’.-]*")
# the rest of a sentence after an inverted speaker: nothing, or one appositive ('…, finance director of Hollis.')
_TO_NEXT = regex.compile(r"\s+to\b")
_VERB_NEXT = regex.compile(r"\s+(?:would|will|could|should|may|might|must|can|had|has|have|was|were|is|are)\b")
# ... or after the rest of its noun phrase: '…, said some U.K. Institutional investors had placed orders'
_VERB_SOON_NEXT = regex.compile(
    r"\s+(?:(?!(?:who|which|that|whose)\b)\p{Ll}+\s+){0,2}?"
    r"(?:would|will|could|should|may|might|must|can|had|has|have|was|were|is|are)\b"
)
# (and its role after 'as': '…, said Merrill Lynch Capital Markets as lead manager.')
_CLOSES_SENTENCE = regex.compile(
    r"(?:\s*,(?!\s*(?:who|which|that|whose|adding|saying)\b)[^,;:.!?]{1,80}|\s+as\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+)?"
    r"\s*[.!?]?[\"”’']?\s*$"
)
_PASSIVE = regex.compile(r"\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+ly\s+)?$", regex.REVERSE)
# forward re twins of reverse patterns whose matches are only tested for being there (a match ends where the
# stretch ends whichever way it is read): _PASSIVE and _COORDINATED in ASCII text (where \w and \b read alike);
# the slot of an inverted speaker ('…, said X'), a comma or colon closing the stretch, in any text
_ASCII_PASSIVE = compile_gated(rf"\b(?:is|are|was|were|be|been|being|get|got){_S}+(?:\w+ly{_S}+)?$")
_ASCII_COORDINATED = compile_gated(rf"\b(?:and|but){_S}+(?:(?:also|then|later|further|\w+ly){_S}+)*$")
# a form of 'be' right before an -ing cue: a progressive ('are urging', 'has been asking', 'is publicly urging')
_PROGRESSIVE = compile_gated(rf"\b(?:is|are|was|were|be|been|am){_S}+(?:\w+ly{_S}+)?$")
_AUX_REACH = 30  # characters before an -ing cue read for its auxiliary
_RELATIVE_BEFORE_AUX = compile_gated(rf"\b(?:who|which|that){_S}+(?:has|have|had){_S}*$|\b(?:who|which|that){_S}*$")
_INVERSION_SLOT = compile_gated(rf"[,:;—–]{WHITE_SPACE}*$")
_CONTINUES = regex.compile(r"\s*(?:of|for|in|at|on|to|from|with|by|and|or|'s|’s)\b")
# '” beamed Donald Hartley' / '” Oliver barked.' (a past-tense verb outside the lexicon, then the end)
_MANNER_INVERTED = regex.compile(r"[ \t]*(\p{Ll}+ed)[ \t]+(?=\p{Lu})")
# '” Oliver barked.', '” an angry Hollande retaliated.' (a name, perhaps after an article and adjectives)
# (the verb may take a time after it: '” Toomey fumed on Tuesday.')
_MANNER_POST = regex.compile(
    r"[ \t]*((?:(?:an?|the)[ \t]+(?:\p{Ll}+[ \t]+){0,2})?(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3})(\p{Ll}+ed)"
    r"(?:[ \t]+(?:on|late|early|last|this)[ \t]+\p{L}+|[ \t]+(?:yesterday|today|tonight))?[ \t]*[.,]"
)
# a subject's predicate in the past tense, after an appositive or an adverb or two: ' then listed', ', R-Ky.,
# delivered'
_PAST_PREDICATE = regex.compile(
    r"(?:,[^,:;\n]{1,60},)?(?:\s+(?:then|also|\p{Ll}+ly))*\s+(?:\p{Ll}{2,}ed|made|gave|wrote|sent|took|spoke|began)\b"
)
_OPENING_MARKS = frozenset('"“')
# 'then leaned in and boomed: “…”' (a past-tense verb outside the lexicon, a colon, the quote)
_MANNER_COLON = regex.compile(r"\b(\p{Ll}{3,}ed)[ \t]*:[ \t]*$", regex.REVERSE)
# 'Clinton: "…"' at the start of a sentence, after another quote or after a dash closing a digest's heading ('Pollsters
# agree - Carl Bialik: "…"'); a legislator's party and state may follow the name ('Rep. Trey Gowdy (R-S.C.): "…"')
_NAME_COLON = regex.compile(
    r"(?:^|[.!?\n\"”]\s*|\s[-–—]\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)(?:\s*\([^()]{1,12}\))?\s*:\s*$",
    regex.REVERSE,
)
_VERB_LED = regex.compile(r"\p{Ll}+ing\b")
_SUBJECT_BREAK = regex.compile(
    r"[.!?;:,“”\"«»‘’']|\b(?:that|when|while|because|if|as|after|before|but|and|or|what|who|which)\b"
)
# '” ― Esther Tapia' / '- Sanders.': a dash, then a capitalised name
_DASH_NAME = regex.compile(r"[ \t\u00a0]*[―—–-][ \t\u00a0]*(?=\p{Lu})")
_DASH_LINE = 120  # characters of a '- Name, affiliation.' paragraph
_LABEL = regex.compile(r"(\p{Lu}[\p{Lu}.'’\- ]{1,30}\p{Lu}):\s")
# capitalised words, their connectors and a parenthesised acronym: the start of a name, whatever its length
_NAME_WORDS = regex.compile(r"(?:\s*(?:\p{Lu}[\p{L}.'’&-]*|of|and|for|the|\(\p{Lu}+\)))+\s*")
_GROUP_OBJECTS = frozenset(("them", "us"))
# a cue in a clause of time set beside a reporting clause: '…, Wallace said, as the crowd cheered'
_SUBORDINATE_CUE = regex.compile(r",\s*(?:as|while|when)\s+(?:[\p{L}'’.-]+\s+){1,4}$")
# between a reporting verb and the subject of the clause it reports: words (a listener, a date, 'that'), no
# punctuation or conjunction that would open a clause of another kind
_REPORTED_SUBJECT_GAP = regex.compile(
    r"(?:\s+(?!(?:and|but|or|while|when|because|although|after|before|as|if|which|who|whom|where)\b)[\p{L}\p{N}'’-]+)*\s+"
)
_REPORTED_GAP = 60  # characters between such a verb and the subject
_LONG_SUBJECT = 6  # words a subject may run before the head word read back from the cue
_LEAD_TAIL = 4  # words after the cue of a sentence that introduces the next quote ('said in a statement.')
_POST_WINDOW = 220  # characters after a quote in which its cue may stand
_PRE_REACH = 600  # characters before a quote or cue where its attribution may stand
_PRE_LINK = 60  # characters between a cue and the quote it introduces, for a direct attribution


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: tuple[int, int] | None  # the speaker phrase (or None: the cue has no speaker we can read)
    cue: Cue | None
    how: str  # post | inverted | pre | partial | same-paragraph | carried | colon
    confidence: float


def _source_phrase(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """'a statement from the Foreign Ministry' speaks for the Foreign Ministry."""
    if span is None:
        return None
    # the phrase stops before 'from' or 'issued by', so the head is matched past its end
    m = (_ASCII_DOCUMENT_HEADS if text.isascii() else _DOCUMENT_HEADS).match(text, span[0], span[1] + _DOCUMENT_LINK)
    if m and m.end() > span[0]:
        author = phrase_after(text, m.end(), m.end() + 200)
        if author is not None and _reports_from_place(text, m, author):
            return span  # 'Overnight reports from Tokyo said': news from a place, which is no author
        return author or span
    return span


def _reports_from_place(text: str, head: regex.Match[str] | re.Match[str], author: tuple[int, int]) -> bool:
    """Whether a document head is unnamed reports or dispatches 'from' a place ('reports from Tokyo')."""
    words = text[head.start() : head.end()].lower().split()
    return len(words) >= 2 and words[-1] == "from" and words[-2] in ("reports", "dispatch") and (
        text[author[0] : author[1]] in places()
    )


def _names_someone(text: str, span: tuple[int, int]) -> bool:
    """Whether a phrase after a cue can be its speaker: a name (a capitalised word) or a noun for a person or a
    body ('the floor manager of one cash house', 'the company'); not a pronoun or a common noun opening the clause
    that was said ('his calculations showed')."""
    words = _SPEAKER_WORD.findall(text, *span)
    return any(w[0].isupper() for w in words) or any(w.lower() in nominals() for w in words)


def _source_head(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The part of a source phrase before its first post-modifier ('a basket | of world currencies'), unless that
    part is only a partitive ('the head of the IMF', 'some of the dealers')."""
    m = _POST_MODIFIER.search(text, *span)
    if m is None:
        return span
    words = _SPEAKER_WORD.findall(text, span[0], m.start())
    return span if words and words[-1].lower() in _PARTITIVE_HEADS else (span[0], m.start())


def _cites_document(text: str, span: tuple[int, int]) -> bool:
    """'according to several reports', 'according to a joint statement': a document speaks for its unnamed author."""
    return any(w.lower() in _DOCUMENT_WORDS for w in _SPEAKER_WORD.findall(text, *span))


def _opens_adverbial(text: str, span: tuple[int, int]) -> bool:
    """'In the tightly scripted world of politics, …': a phrase read as a subject that is a fronted adverbial."""
    first = text[span[0] : span[1]].split(None, 1)
    return bool(first) and first[0].lower() in _FRONTED


def _opens_clause(text: str, lo: int, span: tuple[int, int]) -> bool:
    """Whether a subject phrase opens its clause, or follows one fronted word set off by a comma ('Separately,
    John Smith, a spokesman, said the plan failed': the words after the cue are what was said, no inverted speaker)."""
    before = text[lo : span[0]].strip()
    if not before:
        return True
    word = before[:-1]
    return before.endswith(",") and word.isalpha() and (word.lower() in _FRONTED or word.endswith("ly"))


class Attributor:
    """Finds the speaker phrase for each quote of one document."""

    def __init__(self, doc: Document, cues: list[Cue], dates: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc.text
        # 'Blumenthal was asked' reports no words of Blumenthal's: passive cues never attribute
        passive = _ASCII_PASSIVE if doc.text.isascii() else _PASSIVE
        self.cues = [c for c in cues if not passive.search(doc.text, max(0, c.start - 25), c.start)]
        self._starts = [c.start for c in self.cues]
        self._speaker_cache: dict[tuple[int, int, int], tuple[int, int] | None] = {}
        self.dates = sorted(dates)

    def _cues_in(self, lo: int, hi: int) -> list[Cue]:
        i = bisect.bisect_left(self._starts, lo)
        out = []
        while i < len(self.cues) and self.cues[i].end <= hi:
            out.append(self.cues[i])
            i += 1
        return out

    def _sentence_start(self, pos: int) -> int:
        sent = self.doc.sentence_at(pos)
        return sent.start if sent is not None else 0

    def _speaker_of(self, cue: Cue, lo: int, hi: int) -> tuple[int, int] | None:
        """The speaker phrase of a cue standing in [lo, hi) (quotes and statements ask for the same cues)."""
        key = (cue.start, lo, hi)
        if key not in self._speaker_cache:
            self._speaker_cache[key] = self._read_speaker(cue, lo, hi)
        return self._speaker_cache[key]

    def _read_speaker(self, cue: Cue, lo: int, hi: int) -> tuple[int, int] | None:
        text = self.text
        if cue.cls == "source":
            span = _source_phrase(text, phrase_after(text, cue.end, hi, self.dates))
            # 'will fluctuate in price according to the international price of gold': no one is cited; nor by 'a
            # basket of world currencies instead of the U.S. dollar', whose name is not its head's
            head = _source_head(text, span) if span is not None else None
            return span if head is not None and (_names_someone(text, head) or _cites_document(text, head)) else None
        if cue.cls == "ing" or cue.cls == "phrase":
            if cue.cls == "ing" and (m := _QUOTED_PASSIVE.search(text, max(lo, cue.start - 100), cue.start)):
                return subject_before(text, lo, m.start(), self.dates)
            m = _QUOTED_AS.search(text, lo, cue.start)
            if m:
                return phrase_after(text, m.start(1), m.end(1))
            if (
                cue.cls == "ing"
                and (aux := _PROGRESSIVE.search(text, max(lo, cue.start - _AUX_REACH), cue.start))
                and not _RELATIVE_BEFORE_AUX.search(text, max(lo, aux.start() - _AUX_REACH), aux.start())
            ):
                # 'Treasury officials are urging banks to …', 'the company was stressing growth': a progressive is its
                # clause's own verb, and its subject speaks (not that of a cue before it, 'Smith said the company …');
                # a relative pronoun's antecedent is read below ('Phillippi, who has been telling clients …')
                return subject_before(text, lo, aux.start(), self.dates)
            if cue.cls == "ing" and (span := absolute_subject(text, lo, cue.start)):
                return span  # '… footage of Trump saying “…”'
            if cue.cls == "ing" and (earlier := self._coordinated_participle(cue, lo)) is not None:
                return self._speaker_of(earlier, lo, hi)  # 'with Trump tweeting that … and asking, “…”'
            # the subject of the nearest finite cue before it, else of the clause
            for other in reversed(self._cues_in(lo, cue.start)):
                if other.cls == "verb" and (span := subject_before(text, lo, other.start, self.dates)):
                    # (the comma may stand inside a closing quote mark: 'the book "The Tragedy of X," explaining')
                    set_off = text[lo : cue.start].rstrip().rstrip("\"”’'").endswith(",")
                    if set_off and (outer := self._reporting_cue_of(span[0], lo)) is not None:
                        # 'Starr said Clinton's situation reminds him …, explaining': the nearer verb stands in
                        # what the first one reports; the participle set off by a comma goes with the clause that
                        # reports ('said the Bundesbank told him it was observing …' leaves it to the nearer one)
                        return self._speaker_of(outer, lo, hi)
                    return span
                if other.cls == "verb" and _COORDINATED.search(text, max(lo, other.start - 40), other.start):
                    # '… refused to answer but said …, adding': the subject the coordinated verb shares
                    return self._speaker_of(other, lo, hi)
            if cue.cls == "phrase":
                return subject_before(text, lo, cue.start, self.dates)
            return clause_subject(text, lo, cue.start, self.dates)
        inverted_slot = cue.start - lo < 2 or _INVERSION_SLOT.search(text, max(lo, cue.start - 20), cue.start)
        span = subject_before(text, lo, cue.start, self.dates)
        # 'John Smith, the finance minister, warned investors': a subject opening the clause, its appositive closed by
        # the comma before the cue; what follows the cue is its object, not an inverted speaker
        has_subject = span is not None and _opens_clause(text, lo, span) and not _opens_adverbial(text, span)
        if cue.form.invertible and inverted_slot and not has_subject:
            # '…, said chairman-elect Denys Henderson.': a phrase closing the sentence after the cue is its speaker
            after = phrase_after(text, cue.end, hi, self.dates)
            if after is not None and _CLOSES_SENTENCE.match(text, after[1], hi):
                return _source_phrase(text, after)
        coordinated = _ASCII_COORDINATED if text.isascii() else _COORDINATED
        if span is None and coordinated.search(text, max(lo, cue.start - 40), cue.start):
            # 'Smith said … but added that …': the subject of the verb it is coordinated with
            for other in reversed(self._cues_in(lo, cue.start)):
                if other.cls == "verb" and "," not in text[other.end : cue.start].rstrip().rstrip(","):
                    return self._speaker_of(other, lo, other.start)
            # 'I laughed and said, “…”', 'The minister welcomed the scheme and said'
            return clause_subject(text, lo, cue.start, self.dates, predicate_follows=True)
        if (
            span is not None
            and not has_subject
            and _opens_adverbial(text, span)
            and text.startswith(",", span[1])
            and not _names_someone(text, (text.find(" ", span[0], span[1]) + 1 or span[1], span[1]))
        ):
            # 'Instead of banding together, …, said the floor manager …': an adverbial closed by its comma names no
            # one ('First Union said', 'On February 2 the company, a health maintenance organization, said' do)
            span = None
        if span is None and cue.form.invertible and inverted_slot:
            span = phrase_after(text, cue.end, hi, self.dates)  # 'The plan is dead, said Smith.'
            if span is not None and (not _names_someone(text, span) or _VERB_SOON_NEXT.match(text, span[1])):
                # '…, said it met its targets', '…, said his calculations showed …', '…, said Phelps has lowered
                # costs': the phrase opens what was said
                span = None
            comma = text.rfind(",", lo, cue.start)
            if (
                span is None
                and cue.form.lemma == "say"  # ('The debt accord, announced last Friday, stretched …' is a participle)
                and comma >= 0
                and not text[comma + 1 : cue.start].strip()
                and not _TO_NEXT.match(text, cue.end)  # ('The plan, said to be …')
            ):
                # 'William Siedenburg of Smith Barney Harris Upham and Co, said Phelps …': a stray comma after
                # the subject that opens the sentence
                before = subject_before(text, lo, comma, self.dates)
                opens = before is not None and not text[lo : before[0]].strip() and not _opens_adverbial(text, before)
                span = before if opens else None  # ('Beyond the budget, said his calculations showed …': no one)
        return _source_phrase(text, span)

    def _coordinated_participle(self, cue: Cue, lo: int) -> Cue | None:
        """The participle a participle is coordinated with ('tweeting that … | and asking'): the nearest cue before it,
        when that is a participle too and 'and' or 'but' stands right before this one."""
        coordinated = _ASCII_COORDINATED if self.text.isascii() else _COORDINATED
        if not coordinated.search(self.text, max(lo, cue.start - 40), cue.start):
            return None
        earlier = [c for c in self._cues_in(lo, cue.start) if c.cls in ("verb", "ing")]
        return earlier[-1] if earlier and earlier[-1].cls == "ing" else None

    def _reporting_cue_of(self, subject_start: int, lo: int) -> Cue | None:
        """The finite cue whose reported clause a subject opens: one right before it, past its listener, a date or
        'that' but no punctuation or conjunction ('said | Clinton's situation', 'told reporters on Monday that | the
        bank'); None when the subject opens a clause of its own."""
        for other in reversed(self._cues_in(max(lo, subject_start - _REPORTED_GAP), subject_start)):
            if other.cls == "verb":
                gap = self.text[other.end : subject_start]
                return other if _REPORTED_SUBJECT_GAP.fullmatch(gap) and not other.negated else None
        return None

    def speaker_of_cue(self, cue: Cue, lo: int | None = None) -> tuple[int, int] | None:
        """The speaker phrase of any cue, read within its sentence (from `lo` when given)."""
        sent = self.doc.sentence_at(cue.start)
        start = sent.start if sent is not None else 0
        end = sent.end if sent is not None else len(self.text)
        return self._speaker_of(cue, max(start, lo or 0, cue.start - _PRE_REACH), min(end, cue.end + _PRE_REACH))

    def paragraph_speaker(self, q: QuoteSpan) -> Attribution | None:
        """'Li said modern equipment would raise yields. “Up to now, …”': a quote that opens a sentence of its own right
        after a reporting sentence (of its paragraph, or closing the one before) is that sentence's speaker's."""
        doc, text = self.doc, self.text
        if q.open_at is None or text[q.end - 1] not in ".!?…":
            return None  # (a quote that does not end its sentence has its reporting clause after it)
        para = doc.paragraphs[q.paragraph]
        end = len(text[para.start : q.open_at].rstrip()) + para.start
        if end <= para.start and q.paragraph > 0:
            # a paragraph opening with the quote: the reporting sentence closing the paragraph before ('Khamenei …
            # said the attack lacked military value.\n\n“With this move …”')
            para = doc.paragraphs[q.paragraph - 1]
            end = len(text[para.start : para.end].rstrip()) + para.start
        if end <= para.start or text[end - 1] not in ".!?":
            return None
        sent = doc.sentence_at(end - 1)
        if sent is None:
            return None
        # the sentence's first reporting verb: a later one sits inside what it reports ('Semegran said he raised his
        # estimates')
        for cue in self._cues_in(max(para.start, sent.start), end):
            if cue.cls == "verb" and not cue.negated:
                span = self.speaker_of_cue(cue)
                # (no cue of its own: the reporting sentence keeps its own statement)
                return Attribution(span, None, "same-paragraph", 0.7) if span is not None else None
        return None

    def after(self, q: QuoteSpan, hi: int) -> Attribution | None:
        """'“…,” he said' and '“…,” said Smith'."""
        if q.after is None:
            return None
        lo = q.after
        window = min(hi, lo + _POST_WINDOW)
        cues = [c for c in self._cues_in(lo, window) if c.cls in ("verb", "source", "ing")]
        if not cues:
            return None
        cue = cues[0]
        lead = _LEADING.match(self.text, lo, cue.start)
        gap_start = lead.end() if lead else lo
        sent_end = self._sentence_end(lo, hi)
        if gap_start >= cue.start:  # the cue comes first: '“…,” said Smith' / '“…,” according to X'
            if cue.cls == "source":
                span = _source_phrase(self.text, phrase_after(self.text, cue.end, sent_end, self.dates))
            elif cue.form.quote_only and not (
                _CLOSES_SPEECH.search(self.text, q.start, q.end) or self.text[lo:gap_start].strip()
            ):
                return None  # '"Saturday Night Live" cheered the season': no punctuation hands the quote over
            elif cue.cls == "verb":
                span = phrase_after(self.text, cue.end, sent_end, self.dates)
            else:
                # 'Trump defended “New York values,” saying the city …': no participle is inverted (the phrase after
                # it opens what it reports); the words quoted inside the clause are its subject's, whose report the
                # participle goes on to
                span = self.speaker_of_cue(cue)
                return Attribution(span, None, "partial", 0.7) if span is not None else None
            if span is None or _VERB_NEXT.match(self.text, span[1]):
                return None  # '“controversial,” said the commission would …': the phrase opens what was said
            return Attribution(span, cue, "inverted", 0.92)
        quoted_as = _QUOTED_AS.search(self.text, max(lo, cue.start - 100), cue.start)
        if cue.cls == "ing" and (
            _QUOTED_PASSIVE.search(self.text, max(lo, cue.start - 100), cue.start)
            or (quoted_as and quoted_as.group(1).lower() not in _GROUP_OBJECTS)  # 'quoted them': whom is unclear
        ):
            # '“…,” Keswick was quoted by the newspaper as saying', '“…,” the agency quoted him as saying'
            span = self._speaker_of(cue, lo, cue.start)
            return Attribution(span, cue, "post", 0.9) if span is not None else None
        if cue.cls != "verb" or _CONTINUES.match(self.text, lo, cue.start):
            return None  # '“deputy” of Russian diplomacy guaranteed': the quoted word sits inside a phrase
        span = subject_before(self.text, gap_start, cue.start, self.dates)
        if span is None or _VERB_LED.match(self.text, span[0], span[1]):
            return None  # '“…,” raising fresh questions': no subject, a participle clause
        if span[0] > gap_start + 2:
            # everything between the quote and its cue is the subject ('a narrator in the Clinton ad asks'),
            # as long as no sentence ends and no clause opens in between
            between = self.text[gap_start : span[0]]
            if not _NAME_WORDS.fullmatch(between) and (
                _SUBJECT_BREAK.search(between) or at_least_words(between, 0, len(between), _LONG_SUBJECT + 1)
            ):
                return None  # (a long name is no clause: 'Ministry of International Trade and Industry (MITI) …')
            span = (gap_start, span[1])
        return Attribution(span, cue, "post", 0.95)

    def reports_a_clause(self, cue: Cue, hi: int) -> bool:
        """Whether a cue goes on to report a clause of its own ('said he would have fired …', 'told reporters that
        …'), rather than ending its sentence or a setting ('said on Monday.')."""
        start = cue.end
        if cue.form.addressee and (listener := phrase_after(self.text, start, hi, self.dates)) is not None:
            start = listener[1]
        m = _NEXT_WORD.match(self.text, start, hi)
        return m is not None and m.group(1).lower() in _CLAUSE_OPENERS

    def manner(self, q: QuoteSpan, hi: int) -> Attribution | None:
        """A verb outside the lexicon in the attribution slot: '“…!” beamed Donald Hartley', '“…,” Oliver barked.'"""
        if q.after is None or not _CLOSES_SPEECH.search(self.text, q.start, q.end):
            return None
        m = _MANNER_INVERTED.match(self.text, q.after, hi)
        if m:
            span = phrase_after(self.text, m.end(1), hi, self.dates)
            return Attribution(span, None, "manner", 0.7) if span else None
        m = _MANNER_POST.match(self.text, q.after, hi)
        if m:
            span = subject_before(self.text, q.after, m.start(2), self.dates)
            if span and span[0] <= m.start(1) + 1:
                return Attribution(span, None, "manner", 0.7)
        return None

    def manner_colon(self, q: QuoteSpan, lo: int) -> Attribution | None:
        """'Trump leaned in and boomed: “…”' - the subject of a verb outside the lexicon that a colon hands over."""
        if q.open_at is None:
            return None
        start = max(lo, self._sentence_start(q.open_at))
        m = _MANNER_COLON.search(self.text, start, q.open_at)
        if m is not None:
            span = clause_subject(self.text, start, m.start(1), self.dates)
            return Attribution(span, None, "manner", 0.7) if span else None
        if not self.text[start : q.open_at].rstrip().endswith(":"):
            return None
        # 'She then addressed the supporters again: “…”': a subject acting in the past tense, its object, a colon
        span = self._past_subject(start, q.open_at)
        return Attribution(span, None, "manner", 0.6) if span else None

    def _past_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """The subject of the clause from `start`, when a past-tense predicate follows it ('He then listed …'); a
        sentence that only describes ('The reason is plain', 'it gets better') introduces no one's words."""
        span = clause_subject(self.text, start, end, self.dates, predicate_follows=True)
        return span if span is not None and _PAST_PREDICATE.match(self.text, span[1], end) else None

    def named_colon(self, q: QuoteSpan, lo: int) -> Attribution | None:
        """'Clinton: "…"' - a name and a colon before the quote, as in a transcript or a digest."""
        if q.open_at is None:
            return None
        m = _NAME_COLON.search(self.text, max(lo - 1, q.open_at - 80, 0), q.open_at)
        if m is None:
            return None
        return Attribution((m.start(1), m.end(1)), None, "label", 0.75)

    def dash(self, q: QuoteSpan, hi: int) -> Attribution | None:
        """'“…” ― Esther Tapia' and a quote whose next paragraph is '- Bernie Sanders.'"""
        if q.after is None:
            return None
        m = _DASH_NAME.match(self.text, q.after, hi)
        if m is None and q.paragraph + 1 < len(self.doc.paragraphs) and hi == self.doc.paragraphs[q.paragraph].end:
            nxt = self.doc.paragraphs[q.paragraph + 1]
            line = self.text[nxt.start : nxt.end].rstrip(" \t\u00a0.")
            # (a line set between dashes, '– An immigrant himself –', is a heading, not a signature)
            if len(line) <= _DASH_LINE and self.text[q.after : hi].strip() == "" and line[-1:] not in "―—–-":
                m = _DASH_NAME.match(self.text, nxt.start, nxt.end)
        if m is None:
            return None
        span = phrase_after(self.text, m.end(), m.end() + 120, self.dates)
        return Attribution(span, None, "dash", 0.85) if span else None

    def label(self, q: QuoteSpan) -> Attribution | None:
        """A transcript turn quoted whole: '"PENCE: Well, look, …'."""
        m = _LABEL.match(self.text, q.start, q.end)
        return Attribution((m.start(1), m.end(1)), None, "label", 0.85) if m else None

    def _sentence_end(self, lo: int, hi: int) -> int:
        sent = self.doc.sentence_at(lo)
        if sent is None:
            return hi
        end = sent.end
        if end <= lo:  # the closing mark ended the sentence: the attribution is the next one
            idx = self.doc.sentence_index(lo) + 1
            if idx < len(self.doc.sentences):
                end = self.doc.sentences[idx].end
        return min(hi, end)

    def before(self, q: QuoteSpan, lo: int) -> Attribution | None:
        """'Smith said: “…”', 'according to X, “…”', and partial quotes after a cue in the sentence."""
        if q.open_at is None:
            return None
        open_at = q.open_at
        sent_lo = max(lo, self._sentence_start(open_at), open_at - _PRE_REACH)
        cues = [c for c in self._cues_in(sent_lo, open_at) if c.cls in ("verb", "ing", "source", "phrase")]
        cues = [c for c in cues if not c.negated] or cues
        if not cues:
            return None
        cue = cues[-1]
        if (label := self.named_colon(q, lo)) is not None and label.speaker is not None and label.speaker[0] > cue.end:
            return None  # 'Pollsters agree - Carl Bialik: “…”': the name labelling the quote, not the cue before it
        span = self._speaker_of(cue, sent_lo, open_at)
        if span is None:
            return None
        gap = self.text[cue.end : open_at]
        if cue.cls == "source":
            gap = self.text[span[1] : open_at]
        # 'said:', 'told reporters:', 'said of the plan,' introduce the quote whole; 'said that … “' quotes a part
        framed = len(gap) <= _PRE_LINK and gap.rstrip().endswith((":", ",")) and not _THAT_START.match(gap)
        direct = bool(_ADJACENT.match(gap)) or framed
        if direct:
            return Attribution(span, cue, "pre", 0.9)
        return Attribution(span, cue, "partial", 0.75)

    def sentence_lead(self, q: QuoteSpan, lo: int) -> Attribution | None:
        """A sentence ending in its cue introduces the quote after it: 'Bystrom agreed. “…”'."""
        lead = self._lead_sentence(q)
        if lead is None:
            return None
        sent, inside, reported = lead
        if (inside and reported) or sent.start < lo:
            return None  # 'Noting that it was “good” for March, the spokesman said …': its own sentence reports it
        cues = [c for c in self._cues_in(sent.start, sent.end) if c.cls in ("verb", "ing")]
        if len(cues) > 1 and _SUBORDINATE_CUE.search(self.text, max(sent.start, cues[-1].start - 60), cues[-1].start):
            cues.pop()  # '“…,” Wallace said, as the crowd cheered. “…”': the clause that reports, not the one beside it
        if not cues or at_least_words(self.text, cues[-1].end, sent.end, _LEAD_TAIL + 1):
            return None
        span = self._speaker_of(cues[-1], sent.start, sent.end)
        return Attribution(span, cues[-1], "lead", 0.8) if span else None

    def acting_lead(self, q: QuoteSpan) -> Attribution | None:
        """'Subroto, attending a conference, blamed the swings on supply. “If we stick to the limits, …”': a quote
        opening its sentence right after a sentence of its paragraph whose subject acted (a past tense) is that
        subject's words (the last resort: no cue, no neighbour, no reporting sentence before)."""
        lead = self._lead_sentence(q)
        if lead is None or lead[1] or lead[2]:
            return None  # not opening its sentence, or its own sentence reports it ('“…” changes, said Ito')
        sent = lead[0]
        span = self._past_subject(sent.start, sent.end)
        return Attribution(span, None, "lead", 0.6) if span else None

    def _lead_sentence(self, q: QuoteSpan) -> tuple[Segment, bool, bool] | None:
        """The sentence before the quote's own, in its paragraph, that may lead into it; whether the quote stands
        inside its own sentence (not opening it), and whether a reporting verb follows it there."""
        if q.open_at is None:
            return None
        here = self.doc.sentence_index(q.open_at)
        if here < 1:
            return None
        own, sent = self.doc.sentences[here], self.doc.sentences[here - 1]
        if self.doc.paragraph_index(sent.start) != q.paragraph:
            return None
        inside = bool(self.text[own.start : q.open_at].strip())
        reported = q.close_at is not None and any(c.cls == "verb" for c in self._cues_in(q.close_at, own.end))
        return sent, inside, reported

    def colon_lead(self, q: QuoteSpan) -> Attribution | None:
        """A paragraph ending 'Smith said:' introduces the quote that opens the next one."""
        if q.paragraph == 0:
            return None
        prev = self.doc.paragraphs[q.paragraph - 1]
        if not self.text[prev.start : prev.end].rstrip().endswith(":"):
            return None
        lo = self._sentence_start(prev.end - 1)
        cues = [c for c in self._cues_in(lo, prev.end) if c.cls in ("verb", "ing", "source")]
        if not cues:
            # 'He then listed the qualities a nominee needs:' - a sentence of its own handing over to the quote
            # that opens the next paragraph, whatever its verb: its subject speaks
            if self.text[prev.start] in _OPENING_MARKS or q.open_at != self.doc.paragraphs[q.paragraph].start:
                # the paragraph before is itself quoted ('"… Here they are:'): the speaker's own words; or the quote
                # does not open its paragraph, so the colon does not hand over to it
                return None
            span = self._past_subject(lo, prev.end)
            return Attribution(span, None, "colon", 0.6) if span else None
        span = self._speaker_of(cues[-1], lo, prev.end)
        return Attribution(span, cues[-1], "colon", 0.8) if span else None


def attribute(att: Attributor, quotes: list[QuoteSpan]) -> list[Attribution | None]:
    """One attribution (or None) per quote, in the quotes' order."""
    doc = att.doc
    out: list[Attribution | None] = []
    # a quoted title or term ('called it a "claim of right"') does not end the reach of a cue the way a quote does
    bounds = [not is_scare_quote(doc.text[q.start : q.end], None) for q in quotes]
    prev_bound: list[int | None] = []  # the nearest bounding quote before each quote, in its paragraph
    last: int | None = None
    for i, q in enumerate(quotes):
        if last is not None and quotes[last].paragraph != q.paragraph:
            last = None
        prev_bound.append(last)
        if bounds[i]:
            last = i
    next_bound: list[int | None] = [None] * len(quotes)
    last = None
    for i in range(len(quotes) - 1, -1, -1):
        if last is not None and quotes[last].paragraph != quotes[i].paragraph:
            last = None
        next_bound[i] = last
        if bounds[i]:
            last = i
    fallback: dict[int, Attribution] = {}
    for i, q in enumerate(quotes):
        para = doc.paragraphs[q.paragraph]
        prev, nxt = prev_bound[i], next_bound[i]
        prev_after = quotes[prev].after if prev is not None else None
        lo = para.start if prev_after is None else prev_after
        nxt_open = quotes[nxt].open_at if nxt is not None else None
        hi = para.end if nxt_open is None else nxt_open
        post = att.after(q, hi)
        pre = att.before(q, lo)
        ends_sentence = q.close_at is not None and doc.text[q.close_at - 1] in ".!?…" and post and post.how == "post"
        if ends_sentence and post and post.cue is not None and att.reports_a_clause(post.cue, hi):
            # '"It's a very sad development," Cruz told reporters. "…" Ohio Gov. John Kasich said he would have fired
            # …': a sentence after a quote that ends its own, whose cue reports a clause of its own, is its speaker
            # only when nothing else is
            fallback[i] = post
            post = None
        # (a participle after the quote gives its subject only when no cue before the quote attributes it: 'But he
        # added, “…,” adding “…”')
        if post and not ((ends_sentence or post.how == "partial") and pre):
            out.append(post)
        elif pre:
            out.append(pre)
        else:
            out.append(
                att.label(q)
                or att.dash(q, hi)
                or att.named_colon(q, lo)
                or att.manner_colon(q, lo)
                or att.manner(q, hi)
                or att.sentence_lead(q, lo)
                or att.colon_lead(q)
            )
    _fill_gaps(doc, quotes, out)
    for i, q in enumerate(quotes):
        if out[i] is None:
            out[i] = (
                att.paragraph_speaker(q) or att.acting_lead(q) or _between_turns(doc, quotes, out, i) or fallback.get(i)
            )
    return out


def _between_turns(doc: Document, quotes: list[QuoteSpan], out: list[Attribution | None], i: int) -> Attribution | None:
    """A paragraph that is one quote, with no cue, between two quotes of one speaker close by (the quote before it at
    most two paragraphs back, the one after it in the next paragraph) is that speaker's: '“…,” Viguerie notes. ¶
    Viguerie is upbeat about … ¶ “…” ¶ “…,” Viguerie notes.'"""
    q = quotes[i]
    if i == 0 or i + 1 >= len(quotes) or q.start - doc.paragraphs[q.paragraph].start > 2:
        return None
    before, after = out[i - 1], out[i + 1]
    if (
        before is None
        or after is None
        or before.speaker is None
        or after.speaker is None
        or q.paragraph - quotes[i - 1].paragraph > 2
        or quotes[i + 1].paragraph - q.paragraph > 1
    ):
        return None
    text = doc.text
    last_word = text[before.speaker[0] : before.speaker[1]].rsplit(None, 1)[-1].lower()
    if last_word != text[after.speaker[0] : after.speaker[1]].rsplit(None, 1)[-1].lower() or last_word in _PRONOUNS:
        return None
    return Attribution(after.speaker, after.cue, "carried", min(before.confidence, after.confidence, 0.6))


def _fill_gaps(doc: Document, quotes: list[QuoteSpan], out: list[Attribution | None]) -> None:
    """Quotes without a cue take the speaker of a neighbour in the paragraph, or of the quote running on."""
    first_attributed: dict[int, int] = {}  # paragraph -> its first quote with an attribution of its own
    for j, q in enumerate(quotes):
        if out[j] is not None:
            first_attributed.setdefault(q.paragraph, j)
    last_attributed: dict[int, int] = {}  # paragraph -> its latest attributed quote so far
    for i, q in enumerate(quotes):
        if out[i] is None:
            j = last_attributed.get(q.paragraph, first_attributed.get(q.paragraph))
            if j is not None:
                src = out[j]
                assert src is not None
                out[i] = Attribution(src.speaker, src.cue, "same-paragraph", min(src.confidence, 0.8))
            elif i and q.start - doc.paragraphs[q.paragraph].start <= 2:
                # a paragraph that opens with a quote continues the previous paragraph's last quoted speaker
                src = out[i - 1]
                if quotes[i - 1].paragraph == q.paragraph - 1 and src is not None:
                    out[i] = Attribution(src.speaker, src.cue, "carried", min(src.confidence, 0.6))
        if out[i] is not None:
            last_attributed[q.paragraph] = i
