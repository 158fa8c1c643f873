"""Who met whom: the parties a trigger connects, read off the sentence around it.

No parser: the rules walk the sentence left (the subject, with coordination: "Obama, Park and Abe
met") and right (after adjuncts such as dates and "in Geneva": "with X", "between X and Y", a direct
object, a passive "by X"), and look at compounds before meeting nouns ("the Reagan-Gorbachev summit").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from extractor.entities import EntityDraft
from extractor.entities import lexicon as entity_lexicon
from extractor.entities.model import GPE, ORG, PERSON
from extractor.meetings.dating import DateIndex
from extractor.meetings.lexicon import (
    TriggerForm,
    address_verbs,
    adjuncts,
    meeting_nouns,
    np_words,
    office_verbs,
    plural_role,
    private_groups,
    stateless_groups,
    venue_words,
)
from extractor.meetings.phrases import CLAUSE, POSITION, POSSESSED, SEPARATOR, WORD, PhraseReader, anchored_group
from extractor.meetings.places import cities
from extractor.meetings.scope import (
    PARTY_TYPES,
    PREPOSITIONS,
    REACH,
    Candidate,
    Party,
    Scope,
    capital_state,
    title_gap,
    unnamed,
)

_PASSIVE = regex.compile(r"(?<!\p{L})(?:was|were|been|being|is|are|be)\s+(?:\p{L}+ly\s+)?$", regex.I)
_PROGRESSIVE = regex.compile(r"(?<!\p{L})(?:are|were|is|was|been|be)\s+(?:(?:also|still|now|already)\s+)?$", regex.I)
_RELATIVE_THAT = regex.compile(r"(?:that|which)\s+", regex.I)
_HAD_WITH = regex.compile(
    r"\s+(?:had|held|has\s+had|have\s+had|had\s+held|will\s+have|would\s+have|plans\s+to\s+have)\s+with(?!\p{L})",
    regex.I,
)
# A passive verb before its agent ("was made yesterday by"), and the meeting that places or times the agent ("... at
# a meeting with", "... after talks with").
_PASSIVE_VERB = regex.compile(
    r"(?<!\p{L})(?:was|were|been|being|is|are)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+(?:ed|en|de)\s", regex.I
)
_AT_MEETING = regex.compile(
    r"\s+(?:at|during|in|following|after|before|ahead\s+of)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\p{Ll}\-]+\s+){0,3}",
    regex.I,
)
_DATE_LEAD = regex.compile(r"(?:on|in)\s+", regex.I)
_AND_OWNED = regex.compile(r"\s*,?\s*and\s+(?=(?:his|her|their|its)\s)", regex.I)
_ATTENDED = regex.compile(r",?\s*attended\s+by\s", regex.I)
# Words that end the short object before a with-phrase: another verb or a copula owns what follows ("after the
# talks there was impatience with Japan").
_NOT_AHEAD = frozenset(
    {"or", "but", "then", "meet", "met", "meets", "meeting", "talk", "talks", "spoke", "speak", "there", "was",
     "were", "is", "are", "be", "been"}
)
_COMPOUND = regex.compile(
    r"(?<![\p{L}\-])(\p{Lu}[\p{L}.’']*(?:-\p{Lu}[\p{L}.’']*)+)\s+(?:[\p{Ll}\-]+\s+){0,2}$"
)
# A verb that brings someone to a meeting, and what may follow its object before "for talks".
_INVITE = regex.compile(r"(?<!\p{L})(?:invit|summon|recall|call(?:ed|ing|s)?\s+back|brought|bring)\p{L}*\s+", regex.I)
_SEND = regex.compile(r"(?<!\p{L})(?:send|sends|sent|sending|dispatch|dispatched|dispatching)\s+", regex.I)
_INVITE_TAIL = regex.compile(r"(?:\s+[\p{L}.,'’\-]+){0,8}?\s+(?:for|to)\s+(?:\p{L}+\s+){0,2}", regex.I)
# A trip to a state or its capital for talks: the verb before the place, and the purpose after it ("arrived in Uganda
# for talks", "was in Moscow on Monday for arms talks", "will visit Japan next week for consultations").
_TRAVELLED = regex.compile(
    r"(?:(?<!\p{L})(?:arriv\p{L}*|visit\p{L}*|flew|fly|flies|flying|travel\p{L}*|went|go|goes|going|came|come|comes"
    r"|coming|was|were|is|are|be|been)\s+(?:(?:also|again|now|still|already)\s+)?(?:(?:in|to|into)\s+)?"
    # ... or an apposition on the traveller: "Saouma, in Brazil for talks with agriculture officials, said"
    r"|,\s*(?:(?:also|again|now|still|already)\s+)?in\s+)(?:the\s+)?$",
    regex.I,
)
# ... "to discuss", "to hold talks" are that purpose too.
_FOR_TALKS = regex.compile(r"(?<!\p{L})(?:for\s+(?:[\p{Ll}\-]+\s+){0,3}|to\s+)$")
# ... but "to attend the talks", "to chair them" are talks held there, not with its government.
_ATTENDING = regex.compile(r"(?:attend|chair)\p{L}*\s", regex.I)
# A travel noun whose of-phrase names the traveller, and what may follow it up to "for talks": "the arrival of
# Baldrige for talks with", "the visit of Alves to Bonn for talks with" (a date may stand between: "departure later
# today of").
_TRAVEL_OF = regex.compile(r"(?<!\p{L})(?:arrival|visit|trip|departure)\s+(?:\p{Ll}+\s+){0,2}?of\s+", regex.I)
_TRAVEL_TAIL = regex.compile(
    r"(?:\s+(?:to|in)\s+[\p{Lu}][\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)*)?\s+for\s+(?:\p{Ll}+\s+){0,4}"
)
# "the Geneva meeting", "this week's Helsinki summit": a city naming the meeting by its place.
_PLACE_MODIFIER = regex.compile(r"\s+(?:\p{Ll}+\s+)?")
_ARTICLE_BEFORE = regex.compile(r"(?:(?<!\p{L})(?:the|a|this|that|last)|['’]s)\s+$", regex.I)
# A description coordinated after a subject, up to the name in apposition to it (title words may open the name),
# and what may follow that name before the verb: "X and his Danish counterpart, Y(,) (will) meet".
_APPOSED_AND = regex.compile(
    r"\s+and\s+(?:the|his|her|its|their)\s+([^,;:()\"“”]{1,80}),\s*(?:\p{Lu}[\p{L}.\-]*\s+){0,4}", regex.I
)
_APPOSED_TAIL = regex.compile(r"\s*,?\s*(?:\p{Ll}+\s+){0,2}")  # the closing comma is often left out
# An apposition on the first of two coordinated names, up to the second name (whose title may come first): "X, the
# Russian foreign minister, and Y", "X, Turkey's foreign minister, and Secretary of State Y", "X, Norsk Hydro's chief
# executive, and Y".
_APPOSED_FIRST = regex.compile(
    r",\s*(?:(?:the|a|an|his|her|its|their)\s+|(?:\p{Lu}[\p{L}.\-]*\s+){0,2}\p{Lu}[\p{L}.\-]*['’]s\s+)([^,;:()\"“”]{1,80}),\s*and\s+([^,;:()\"“”]{0,60})$",
    regex.I,
)
# A common noun owning the title in such an apposition: "the company's", "the country's".
_COMMON_OWNER = regex.compile(r"^\p{Ll}+['’]s\s+")
# A clause's own subject given by a description of a body, up to its verb: "the company held", "his company had",
# "the union has also begun" (the noun is checked against the entity layer's nominals).
_DESCRIBED_SUBJECT = regex.compile(
    r"\s*(?:the|his|her|its|their|our)\s+(?:[\p{Ll}\-]+\s+){0,3}?(\p{Ll}+)\s+(\p{Ll}+)\s", regex.I
)
# The openers of a clause set inside the sentence, which a comma closes ("X, who chaired a meeting of EC ministers,
# was asked about ...", "Although Baker met Kohl on Monday, he still faced criticism on his return").
_INSET_OPENERS = frozenset(
    {"who", "whom", "which", "although", "though", "because", "while", "when", "after", "before", "since", "until",
     "once"}
)
# A relative clause closed by a comma right before the verb: "Merkel, whom Obama praised, met" ("later", "has").
_CLOSED_RELATIVE = regex.compile(r",\s*(?:\p{Ll}+\s+){0,2}$")
# A relative pronoun and a speaker before a reporting verb: "whom he said (recently) spoke".
_RELATIVE_SPEAKER = regex.compile(r"(?<!\p{L})(who|whom)\s+(?:he|she|they|we|officials|sources)\s+$", regex.I)
_REPORTING_OPENERS = frozenset({"said", "says", "believes", "believed", "added"})
# The opening of a relative clause on a name: "Abe, who said that ...".
_RELATIVE_OPENS = regex.compile(r",\s*(?:who|which)\s", regex.I)
# An apposition opened by an article after a name, up to a name inside it: ", a top aide to", ", the adviser of".
_TITLE_APPOSITION = regex.compile(r",\s*(?:a|an|the)\s+([^,;:()\"“”]{1,60}?\s(?:to|of|for))\s+[^,;:()\"“”]{0,60}")
# "and" and a plural description of the list that follows it, up to the list's opening mark: "and the six world
# powers - ", "and major trade allies ", "and its main trading partners, ", "and other Arab states ".
_LIST_DESCRIPTION = regex.compile(
    r"\s*,?\s*and\s+(?:(?:the|its|their|his|her)\s+)?((?:[\p{L}\-]+\s+){0,3}\p{Ll}+)\s*(?:,|--?|[—–])?\s*(?:the\s+)?"
)
# A meeting noun held inside one side: "internal discussions", "both internal and external talks".
_INTERNAL = regex.compile(r"(?<!\p{L})internal\s+(?:and\s+external\s+)?(?:[\p{Ll}\-]+\s+)?$", regex.I)
_LOWER_OPENING = regex.compile(r"\s*(?:[\p{Ll}\-]+\s+){1,6}")
# A title that says what it heads with an of-phrase, opening the clause before the name: "(its) president of North
# American operations", "vice president of marketing" (the title's own words, "of" and up to three words after it).
_TITLE_OF_OPENING = regex.compile(r"\s*((?:[\p{Ll}\-]+\s+){1,4})of\s+((?:[\p{L}.\-]+\s+){1,3})")
_NOT_TITLE = frozenset(
    {"and", "or", "but", "that", "which", "who", "is", "are", "was", "were", "will", "would", "has", "have", "had",
     "not", "also", "then", "when", "while", "if", "as", "so", "it", "they", "he", "she", "we", "there"}
)
_SPEECH_EVENT = regex.compile(r"(?:at|before|during)\s+(?:a|an|the)\s", regex.I)
_APPOSITION_OPENS = regex.compile(r"\s*(?:a|an|the)\s", regex.I)
# ... or a title without its article: "X, head of the IMF's Asia department, met", "X, deputy chairman of ...".
_BARE_TITLE_OPENS = regex.compile(r"\s*(\p{Ll}+)\s")
_FRONTED_DATE = regex.compile(r"\W*(?:(?:in|on|at|during|since|by|early|late)\s+)?", regex.I)
_GERUND_AFTER = regex.compile(r"\s+meeting\s+with(?!\p{L})")
_OWNER = regex.compile(r"['’]s\s+\p{Ll}")
_QUOTE = regex.compile(r"[\"“”«»]")
# Plural meeting nouns that coordinated names modify are one event of each name ("the IMF and World Bank meetings",
# "the G-5 and G-7 meetings"), not a meeting between them ("the Reagan and Gorbachev meeting" is one).
_SEPARATE_EVENTS = frozenset({"meetings", "summits"})
_SEASONAL = frozenset(
    {"annual", "semi-annual", "semiannual", "biannual", "yearly", "spring", "autumn", "fall", "winter", "summer"}
)
_VERBS_BEFORE_MEETINGS = frozenset(
    {"hold", "holds", "held", "holding", "have", "has", "had", "having", "attend", "attends", "attended", "began",
     "begin", "begins", "resume", "resumed", "resumes", "start", "started", "starts", "open", "opened", "opens",
     "end", "ended", "ends", "continue", "continued", "continues", "plan", "planned", "plans"}
)
_QUOTE_MARKS = frozenset('"“«')
# Auxiliaries before a quoted verb phrase that stays inside its clause: 'had "agreed in principle"'.
_QUOTED_PREDICATE_LEADS = frozenset(
    {"had", "has", "have", "was", "were", "is", "are", "be", "been", "would", "will", "could", "should", "can", "may",
     "might", "must", "to", "not"}
)
# What shows that "called X" was a phone call: its purpose or means after the person ("called Putin to congratulate
# him", "called Merkel by phone"), not a complement ("called Putin a thug", "a unit called ICI Pharma.").
_CALL_TAIL = regex.compile(r"to\s+(?!account\b)\p{Ll}|by\s+(?:tele)?phone(?!\p{L})", regex.I)
_URGED = regex.compile(r"(?<!\p{L})to\s+(?!(?:discuss|talk|review|brief|explain|present)(?!\p{L}))\p{Ll}", regex.I)
_PUNCT = regex.compile(r"[,;.:()]")
# What a verb's object may add between commas before its with-phrase: ", including the trade imbalance, with".
_INCLUDED_WITH = regex.compile(
    r",\s*(?:including|notably|particularly|especially|such\s+as)\s+[^,;:()\"“”]{1,80},\s*with(?!\p{L})", regex.I
)
# Verbs whose complement clause may go without "that": "She noted trade representative Clayton Yeutter met ...".
_REPORTING = frozenset(
    {"noted", "added", "argued", "stressed", "insisted", "confirmed", "announced", "believes", "believed", "thinks",
     "thought", "recalled", "explained", "acknowledged", "revealed", "disclosed", "suggested", "hoped", "hopes",
     "expects", "expected", "reported", "reports"}
)
_SUBJECT_LEADS = frozenset(
    {"", "and", "or", "but", "nor", "then", "also", "later", "meanwhile", "now", "today", "yesterday", "earlier",
     "both", "separately", "instead", "however", "as", "so", "because", "if", "once", "since", "until", "whether",
     "although", "though", "yet", "when", "while", "after", "before"}
)
# Words after an object phrase that do not make its name a noun's modifier ("received Abe and Park").
_NOT_NOUNS = frozenset(
    {"and", "or", "but", "who", "whom", "which", "that", "as", "when", "while", "where", "to", "said", "says", "told",
     "face", "behind", "together", "inside", "outside", "ahead", "throughout", "despite", "amid", "so", "if", "because",
     "until", "unless", "since"}
)
# A meeting noun that times or places its clause, or is its purpose: "after a bilateral meeting", "before
# their talks", "greet Mattis for a meeting", the caption "Obama and Stoltenberg at the NATO summit".
_TIMED_BY = regex.compile(
    r"(?<!\p{L})(?:after|before|during|following|ahead\s+of|for|at)\s+(?:(?:a|an|the|their)\s+(?:[\p{L}\-]+\s+){0,3}"
    # ... or bare modifiers of the noun, lower-case words but "of" ("for more of this discussion" is no occasion)
    r"|(?-i:(?:(?!of\s)\p{Ll}[\p{Ll}\-]*\s+){0,3}))$",
    regex.I,
)
# Only an article between a speech verb and the meeting it addresses: "told a meeting of".
# What comes before "for" a meeting that is still to be prepared ("to prepare for the summit", "groundwork for"), or
# that someone leaves for ("before leaving for the Venice summit": the others named in the clause stay behind).
_PREPARING = frozenset(
    {"prepare", "prepares", "prepared", "preparing", "preparation", "preparations", "groundwork", "ready", "readying",
     "leave", "leaves", "leaving", "left", "depart", "departs", "departed", "departing"}
)
_ADDRESSED = regex.compile(r"\s+(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){0,2}", regex.I)
_EACH_OTHER = regex.compile(r"(?:each\s+other|one\s+another)(?!\p{L})", regex.I)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "it"})
_AUXILIARIES = frozenset(
    {"to", "will", "would", "has", "have", "had", "was", "were", "is", "are", "been", "be", "being", "can", "could",
     "may", "might", "must", "should", "not", "also", "later", "warmly", "formally", "officially"}
)
# Prepositions that place a group rather than name its side ("officials in Geneva", "delegates at the talks").
_WHERE = frozenset({"in", "at", "near"})
_COMPOUND_PREPOSITIONS = frozenset({("ahead", "of"), ("close", "to")})
# An apposition opened by an article or a number right after a name and closed by the same mark: ", the world's two
# biggest trading partners with shipments of ...," or " - the two biggest economies of Asia - ".
_CLOSED_APPOSITION = regex.compile(
    r"\s*,\s*(?:the|a|an|both|two|three)\s[^,;:()\"“”]{1,160}?,"
    r"|\s+(?:--?|[—–])\s*(?:the|a|an|both|two|three)\s[^;:()\"“”—–]{1,160}?\s(?:--?|[—–])",
    regex.I,
)
# What may stand between a name and the meeting noun it modifies ("IMF consultations", "U.S. trade talks"), and
# what opens that noun's phrase before the name ("the annual IMF consultations").
_MODIFIER_GAP = regex.compile(r"\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}")
_DETERMINER_BEFORE = regex.compile(
    r"(?<!\p{L})(?:the|a|an|this|that|these|their|new|further|fresh)\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}$", regex.I
)
# A speaker named by a common noun alone, right before the speech verb: "..., senators said".
_UNNAMED_SPEAKER = regex.compile(r"(\p{Lu}[\p{L}.\-]*\s+)?(?<![\p{L}\-])(\p{Ll}+)\s+$")
_SPEECH_OPENERS = frozenset({"said", "says", "told", "tells"})
# An "it" that only holds the place of a clause after it: "It is (also) doubtful that the talks with China ...",
# "It was agreed that", "It seems likely that": nobody who talks.
_EXPLETIVE = regex.compile(
    r"\s+(?:is|was|will\s+be|would\s+be|seems|seemed|appears|appeared|remains|remained)\s+"
    r"(?:(?:also|still|now|not|very|quite|highly|more|less|most|least)\s+)*\p{Ll}+\s+(?:that|whether|if)(?!\p{L})"
)
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
# A phrase opening its clause before the subject: "After meeting with Putin, Obama said ...", "Speaking to
# reporters after talks with Suharto, he said ...".
_FRONTED = regex.compile(
    r"^\W*(?:\p{L}+ing\s+(?:\p{L}+\s+){0,3}"
    # "In a press conference after talks with ...": where it was said, then when
    r"|(?:in|at)\s+(?:a|an|the|his|her)\s+(?:[\p{Ll}\-]+\s+){0,2}(?:conference|briefing|interview|speech|statement)\s+)?"
    r"(?:after|before|following|during|ahead\s+of|at|in)\s+"
    r"(?:(?:the|a|an|his|her|their|[\p{Ll}\-]+)\s+){0,3}$"
    # "After touring Dar es Salaam and meeting with ...": another gerund first
    r"|^\W*(?:after|before|following|during)\s+\p{Ll}+ing\s+(?:[\p{L}\-]+\s+){0,8}and\s+$",
    regex.I,
)

# A possessive opening a fronted phrase, up to the meeting noun it owns: "After his meeting", "Following her talks".
_FRONTED_POSSESSIVE = regex.compile(
    r"\W*(?:after|following|before|during|ahead\s+of|at|in)\s+(his|her)\s+(?:[\p{Ll}\-]+\s+){0,2}", regex.I
)

# A fronted phrase placing the main clause inside a meeting: "In a phone call, ...", "During talks in Geneva, ...".
_IN_MEETING = regex.compile(r"\W*(?:in|during|at)\s+(?:(?:the|a|an|their|[\p{Ll}\-]+)\s+){0,3}$", regex.I)

# A passive clause whose subject a person owns, up to the meeting word: "His resignation was accepted during
# a meeting with Sarney" (the possessor met Sarney; the agent is left unsaid).
_OWNED_PASSIVE = regex.compile(
    r"\s+\p{Ll}+\s+(?:was|were|has\s+been|had\s+been|will\s+be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\s+"
    r"(?:during|at|in|after|before|following)\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?$"
)


@dataclass(slots=True)
class Reading:
    parties: list[Party]
    how: str  # the rule that found them (recorded for confidence)
    reach: int  # end of the last phrase the rule consumed
    # how many of the parties are the subject side, when the rule read a subject and its other side ("X held
    # separate talks with Y and Z" is one meeting with each of them); -1 when the rule made no such division
    subject_count: int = -1


def _words_between(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _person_noun(word: str) -> bool:
    """A noun that describes one person ("wife", "son", "doctor"), from the entity layer's nominals."""
    nominal = entity_lexicon.nominals().get(word)
    return nominal is not None and nominal.type == PERSON and not nominal.plural


def _lower_title(words: list[str]) -> bool:
    """Lower-case words that make a title: the last a title noun, none a verb or preposition."""
    if not words or np_words().get(words[-1]) != "role" or any(w in PREPOSITIONS or w in _NOT_TITLE for w in words):
        return False
    return all(np_words().get(w) in ("role", "mod", "det") or not w.endswith(("ed", "ing")) for w in words)


def _described_list(gap: str) -> bool:
    """Is `gap` the coordinator of a name and a plural description that announces the list after it ("Iran and the
    six world powers - Britain, China, ...", "the United States and major trade allies West Germany, France, ...")?"""
    m = _LIST_DESCRIPTION.fullmatch(gap)
    if m is None:
        return False
    words = _words_between(m.group(1))
    return words[-1].endswith("s") and not any(w in PREPOSITIONS or w in _NOT_TITLE for w in words)


class Reader(PhraseReader):
    """The participant rules for one sentence."""

    def __init__(self, scope: Scope, dates: DateIndex) -> None:
        super().__init__(scope, dates)
        self.subject_end = -1  # end of the subject phrase the last subject() call found
        self.described = ""  # the entity type of the body a description names as that subject ("the company")
        self._clauses: tuple[list[int], list[str]] | None = None

    # --- left side -------------------------------------------------------------------------------
    def clause_start(self, offset: int) -> tuple[int, str]:
        window = max(self.scope.start, offset - REACH)
        if self._clauses is None:  # the sentence's clause openers, found once
            found = list(CLAUSE.finditer(self.text, self.scope.start, self.scope.end))
            self._clauses = ([m.end() for m in found], [m.group().lower() for m in found])
        ends, words = self._clauses
        i = bisect.bisect_right(ends, offset) - 1
        while i >= 0 and words[i] in _QUOTE_MARKS and self._quoted_predicate(ends[i] - 1, offset):
            i -= 1  # 'X and Y had "agreed in principle" during talks': a fragment quoted inside the clause
        return (ends[i], words[i]) if i >= 0 and ends[i] > window else (window, "")

    def inset_end(self, trigger_start: int, pos: int) -> int:
        """Where a clause set inside the sentence that holds the trigger closes: the first comma after `pos` (the end
        of the phrases the trigger governs) that is no date's ("on Monday, March 2, to discuss": inside the date and
        the one closing it); the sentence's end when the trigger's clause is none, or was closed before the trigger
        ("Baker, who arrived Monday, met Kohl")."""
        lower, opener = self.clause_start(trigger_start)
        if opener not in _INSET_OPENERS or "," in self.text[lower:trigger_start]:
            return self.scope.end
        comma = self.text.find(",", pos, self.scope.end)
        while comma >= 0 and (self.dates.covers(comma) or self._closes_apposed_date(comma)):
            comma = self.text.find(",", comma + 1, self.scope.end)
        return comma if comma >= 0 else self.scope.end

    def _closes_apposed_date(self, comma: int) -> bool:
        dates = self.dates.within(max(0, comma - 40), comma)
        return bool(dates) and dates[-1].end == comma and "," in dates[-1].text

    def _quoted_predicate(self, mark: int, offset: int) -> bool:
        """Is the quote mark at `mark` one end of a quoted verb phrase that closes before `offset`, right after an
        auxiliary of its clause ('had "agreed in principle"', 'were "very useful"')? Other quotations (a whole
        quoted sentence, a quoted name after "of") do open a clause of their own. A straight mark is a closing one
        after an odd number of them in the sentence."""
        straight = self.text[mark] == '"'
        if straight and self.text.count('"', self.scope.start, mark) % 2:
            opening = self.text.rfind('"', self.scope.start, mark)
        else:
            opening = mark
            closing = {"“": "”", "«": "»"}.get(self.text[mark], '"')
            if self.text.find(closing, mark + 1, offset) < 0:
                return False
        before = WORD.findall(self.text, max(self.scope.start, opening - 20), opening)
        return bool(before) and before[-1].lower() in _QUOTED_PREDICATE_LEADS

    def _subject_like(self, cand: Candidate, trigger_start: int, lower: int) -> bool:
        word = self.text[cand.start : cand.end].lower()
        if self.text[cand.start - 1 : cand.start] == "-" or self.text.startswith("-", cand.end):
            return False  # "to ease U.S.-Japan trade friction at a meeting": a compound's part modifies a noun
        if cand.start == self.scope.skip_space(lower) and self.clause_start(cand.start)[1] in ("told", "tells"):
            return False  # "told Reuters the government was discussing ...": whom the speaker told
        if _ARTICLE_BEFORE.search(self.text, max(lower, cand.start - 6), cand.start):
            venue = self.text[cand.start : cand.end].split()[-1] in venue_words()
            if _PLACE_MODIFIER.fullmatch(self.text, cand.end, trigger_start) and (
                venue or any(self._city(p) for p in self.scope.resolve(cand))
            ):
                return False  # "after the Geneva meeting with Lavrov", "a White House meeting": where they met
            if _OWNER.match(self.text, cand.end):
                return False  # "Todd Stern, the State Department's climate envoy, began talks": a title's owner
        if cand.kind == "mention" and _GERUND_AFTER.match(self.text, cand.end) and cand.end < trigger_start:
            return True  # "thoughts on Donald Trump meeting with Pena Nieto": the gerund's own subject
        if cand.kind == "pronoun":
            if word in _POSSESSIVES:
                # "their summit", "his meeting with Putin": only right before the trigger ("their reserves to
                # meet" is no subject)
                # ... but "his aides met": the possessive owns the group that met
                between = _words_between(self.text[cand.end : trigger_start])
                words = np_words()
                return len(between) <= 2 and not any(w in PREPOSITIONS or words.get(w) == "group" for w in between)
            if word not in _SUBJECT_PRONOUNS:
                return False
            if word != "it":
                return True  # "he", "they": the case says subject ("Trump suggested he changed his mind after ...")
        # a subject starts its clause or follows a conjunction or an adverb; after a verb or a preposition a
        # name is an object ("Nakasone will visit Washington for talks with Reagan")
        # ... or a group's members ("A team of Nigerian officials will meet"), or a fronted date ("In August Trump met")
        lead = self.scope.word_before(cand, lower)
        if lead in _REPORTING and cand.kind == "mention":
            return True
        return (
            lead in _SUBJECT_LEADS or self._group_of(cand) or self._dated_lead(cand, lower)
            or self._titled_opening(cand, lower)
        )

    def _titled_opening(self, cand: Candidate, lower: int) -> bool:
        """Only a lower-case title opens the clause before the name ("said commodity operations deputy administrator
        Ralph Klopfenstein will meet"): its words are no verb or preposition, and the last is a title; or a title
        with an of-phrase (see _title_of_opening)."""
        m = _LOWER_OPENING.fullmatch(self.text, lower, cand.start)
        return (m is not None and _lower_title(_words_between(m.group()))) or self._title_of_opening(cand, lower)

    def _title_of_opening(self, cand: Candidate, lower: int) -> bool:
        """ "said its president of North American operations Ronald Langley met": a title and the of-phrase of what it
        heads open the clause before the name (no verb, preposition or other name in them)."""
        m = _TITLE_OF_OPENING.fullmatch(self.text, lower, cand.start)
        if m is None or self._other_name(cand, lower):
            return False
        title, headed = _words_between(m.group(1)), _words_between(m.group(2))
        words = np_words()
        if words.get(title[-1]) != "role" or any(words.get(w) not in ("role", "mod", "det") for w in title):
            return False
        return not any(w in PREPOSITIONS or w in _NOT_TITLE for w in headed)

    def _other_name(self, cand: Candidate, lower: int) -> bool:
        """Is there a person's name before `cand` in its clause (the of-phrase names a body or place at most)?"""
        return any(
            c.kind == "mention" and any(p.entity.type == PERSON for p in self.scope.resolve(c))
            for c in self.scope.before(cand.start, lower)
        )

    def _adjective_of_common_noun(self, cand: Candidate, trigger_start: int) -> bool:
        """'European coffee traders', 'Italian companies held talks': a nationality word before a common noun that is
        no title or group of the state ("Japanese officials", "a Ugandan goodwill mission" stand for their state) is
        no party; before modifiers of the meeting noun only it is a side ("the U.S. and Japanese trade talks")."""
        if not self._adjective(cand):
            return False
        words = np_words()
        common = False
        for n, m in enumerate(WORD.finditer(self.text, cand.end, trigger_start)):
            if n > 2 or not m.group().islower():
                break
            kind = words.get(m.group())
            if m.group() in stateless_groups():
                return True  # "Brazilian business leaders", "Japanese executives": where they come from, not a side
            if kind in ("group", "role") or plural_role(m.group()):
                return False  # "Japanese officials", "the Russian and Turkish presidents"
            common = common or kind != "mod"
        return common

    def _place_of_members(self, cand: Candidate, trigger_start: int) -> bool:
        """'Representatives of the Florida sugarcane producers met': a place inside a group's of-phrase that modifies
        a common noun says where the members come from; it is no side ("officials of Canada and Mexico met", "envoys
        of the Soviet trade delegation" name theirs)."""
        if not self._group_of(cand) or not any(p.entity.type == GPE for p in self.scope.resolve(cand)):
            return False
        words = np_words()
        common = False
        for n, m in enumerate(WORD.finditer(self.text, cand.end, trigger_start)):
            word = m.group()
            if n > 2 or not word.islower() or word in _NOT_TITLE or word in PREPOSITIONS:
                break
            if words.get(word) in ("group", "role") or plural_role(word):
                return False
            common = common or words.get(word) != "mod"
        return common

    def _dated_lead(self, cand: Candidate, lower: int) -> bool:
        """ "In August Trump met", "On Monday, Obama met": only a dating phrase opens the clause before the name."""
        for date in self.dates.within(lower, cand.start):
            opens = _FRONTED_DATE.fullmatch(self.text, lower, date.start) is not None
            if opens and not self.text[date.end : cand.start].strip(" ,"):
                return True
        return False

    def subject(self, trigger_start: int) -> list[Party]:
        self.subject_end, self.described = -1, ""
        lower, opener = self.clause_start(trigger_start)
        relative = opener in ("who", "which", "whom")
        closed = relative and _CLOSED_RELATIVE.search(self.text, lower, trigger_start) is not None
        if opener in _REPORTING_OPENERS and not self.scope.before(trigger_start, lower):
            # "Garcia, whom he said recently spoke by telephone with": the relative pronoun is the reported clause's
            # subject, not the speaker
            verb = self.text.rfind(opener, self.scope.start, lower)
            speaker = _RELATIVE_SPEAKER.search(self.text, max(self.scope.start, verb - 40), verb)
            if speaker and (antecedent := self._antecedent(speaker.start(1))) is not None:
                return self._antecedent_side(antecedent)
        if closed:
            # "Merkel, whom Obama praised, met Putin": the relative clause closed before the verb, whose subject
            # is the name the clause hangs on
            if (antecedent := self._antecedent(lower - len(opener))) is not None:
                return self._antecedent_side(antecedent)
            # ... or no name: "Striking seamen, who say they are owed pay, held talks" (not "they")
            self.subject_end = lower - len(opener)
            return []
        if not relative and (antecedent := self._enclosing_antecedent(lower, trigger_start)) is not None:
            return self._antecedent_side(antecedent)
        cands = [
            c for c in self.scope.before(trigger_start, lower)
            if self._subject_like(c, trigger_start, lower) and not self._adjective_of_common_noun(c, trigger_start)
            and not self._place_of_members(c, trigger_start)
        ]
        if cands and (pair := self._apposed_pair(cands[-1], trigger_start, lower)) is not None:
            return pair
        if cands and (head := self._apposition_head(cands[-1], trigger_start, lower)) is not None:
            # "Rostenkowski, an Illinois Democrat whose ..., met": the name the apposition describes
            self.subject_end = cands[-1].end
            return self.scope.resolve(head)
        if cands:
            self.subject_end = cands[-1].end
            return self.coordinated_left(cands[-1], lower, trigger_start) + self._owned_group_after(cands[-1].end)
        if not relative and (described := self._described_subject(lower, trigger_start)) is not None:
            # "X said the company held talks with Y": the clause has a subject of its own, which no name gives; the
            # speaker only reports the talks (see described_side)
            self.subject_end, self.described = described
            return []
        if relative:
            # a relative clause without its own subject hangs on a name ("Akiman, who arrived from a meeting")
            return self._relative_antecedent(lower - len(opener))
        return []

    def _described_subject(self, lower: int, trigger_start: int) -> tuple[int, str] | None:
        """The end and entity type of a body's description that opens the clause as its subject, before the trigger
        ("the company held talks", "the bank would negotiate"); a description the trigger itself ends ("the talks
        with", "the company's talks") or a phrase going on with a preposition ("the head of the bank met") is none."""
        m = _DESCRIBED_SUBJECT.match(self.text, lower, self.scope.end)
        if m is None or m.start(2) > trigger_start:
            return None
        nominal = entity_lexicon.nominals().get(m.group(1).lower())
        if nominal is None or nominal.type not in (ORG, GPE) or m.group(2).lower() in PREPOSITIONS:
            return None
        return m.end(1), nominal.type

    def described_side(self, trigger_start: int) -> list[Party]:
        """The body a description subject names, when the sentence's subject is that body or someone affiliated
        with a body of its kind ("USX chairman David Roderick said the company had ended talks with BP": USX);
        else nobody (the speaker is no side: "the Anglo American spokesman said the company held talks")."""
        outer = self.outer_subject(trigger_start)
        if len(outer) != 1:
            return []
        speaker = outer[0]
        for body in (speaker.entity, speaker.entity.affiliation):
            if body is not None and body.type == self.described:
                return [Party(body, speaker.start, speaker.end)]
        return []

    def _antecedent_side(self, antecedent: Candidate) -> list[Party]:
        """The name a relative clause hangs on, with the names coordinated before it in its own clause: "after
        Fernandez and Singson, who is in Manila, conferred" ("after" opens that clause; it is no preposition)."""
        return self.coordinated_left(antecedent, self.clause_start(antecedent.start)[0])

    def _enclosing_antecedent(self, lower: int, trigger_start: int) -> Candidate | None:
        """'Abe, who said that Japan wanted closer ties, met Obama': the verb's clause opens inside a relative
        clause ("that Japan wanted ...") which a comma closes right before the verb; the subject is the name the
        relative clause hangs on, not a name of the clause inside it."""
        closing = _CLOSED_RELATIVE.search(self.text, lower, trigger_start)
        if closing is None or self.scope.before(trigger_start, closing.start()):
            return None  # "..., said that in Geneva, they met": the clause has a subject of its own after the comma
        opened = list(_RELATIVE_OPENS.finditer(self.text, self.scope.start, lower))
        if not opened:
            return None
        return self._antecedent(opened[-1].start())

    def _apposition_head(self, cand: Candidate, trigger_start: int, lower: int) -> Candidate | None:
        """The name before an apposition that holds `cand` and closes with a comma right before the verb."""
        close = self.text.rfind(",", cand.end, trigger_start)
        # the verb, or a verb phrase that holds the meeting noun ("X, vice minister of MITI, is to hold two days of
        # meetings with")
        if close < 0 or len(_words_between(self.text[close + 1 : trigger_start])) > 6:
            return None
        opening = self.text.rfind(",", lower, cand.start)
        if opening < 0:
            return None
        bare = None
        if not _APPOSITION_OPENS.match(self.text, opening + 1):
            bare = _BARE_TITLE_OPENS.match(self.text, opening + 1)
            if bare is None or np_words().get(bare.group(1)) not in ("role", "mod"):
                return None
        named = [c for c in self.scope.before(opening, lower) if c.kind == "mention"]
        if not named or self.text[named[-1].end : opening].strip():
            return None
        if bare is not None and not any(p.entity.type == PERSON for p in self.scope.resolve(named[-1])):
            return None  # a bare title describes a person: "In Paris, chairman X, 65, met" is no apposition on Paris
        return named[-1]

    def _relative_antecedent(self, pronoun_start: int) -> list[Party]:
        antecedent = self._antecedent(pronoun_start)
        if antecedent is None:
            self.subject_end = pronoun_start  # "those who met Clinton": a subject, but no name
            return []
        parties = self._antecedent_side(antecedent)
        if not parties:
            self.subject_end = pronoun_start  # "Turkey's ambassador to Athens who arrived from a meeting": unnamed
        return parties

    def _antecedent(self, pronoun_start: int) -> Candidate | None:
        """The name a relative pronoun at `pronoun_start` hangs on: "Akiman, who", "Merkel, with whom"."""
        before = [c for c in self.scope.before(pronoun_start, self.scope.start) if c.kind == "mention"]
        # the preposition may move before the pronoun
        if not before or self.text[before[-1].end : pronoun_start].strip(" ,").lower() not in ("", "with"):
            return None
        if self.text[pronoun_start : pronoun_start + 3].lower() == "who" and (head := self._apposed_head(before)):
            return head  # "X, a top aide to Y, who visited": the person the apposition describes, not the name in it
        return before[-1]

    def _apposed_head(self, before: list[Candidate]) -> Candidate | None:
        """The person named right before an apposition that opens with an article and a title and holds the last name
        of `before` ("X, a top aide to Surinam leader Y"), else None."""
        inner = before[-1]
        for head in reversed(before[:-1]):
            apposition = _TITLE_APPOSITION.fullmatch(self.text, head.end, inner.start)
            if apposition is None:
                continue
            if not any(np_words().get(w) == "role" for w in _words_between(apposition.group(1))):
                return None
            people = [p for p in self.scope.resolve(head) if p.entity.type == PERSON]
            return head if people else None
        return None

    def _apposed_pair(self, name: Candidate, trigger_start: int, lower: int) -> list[Party] | None:
        """'X and his West German counterpart, Y, met': the name in apposition right before the verb closes a
        description coordinated after the subject X; both are sides, the description's own names ("the head of
        Mexico's central bank") are not. None when the name is no such apposition."""
        if not _APPOSED_TAIL.fullmatch(self.text, name.end, trigger_start):
            return None
        # the subject may be a pronoun: "after he and his wife, Elizabeth Dole, had met with Reagan"
        subjects = [
            c for c in self.scope.before(name.start, lower)
            if c.kind == "mention" or self.text[c.start : c.end].lower() in _SUBJECT_PRONOUNS - {"it"}
        ]
        for cand in reversed(subjects):
            m = _APPOSED_AND.fullmatch(self.text, cand.end, name.start)
            if m is None:
                continue
            described = _words_between(m.group(1))
            # a title ("his Danish counterpart") or a person's noun ("his wife", "her son") describes the person
            titled = any(np_words().get(w) == "role" for w in described) or _person_noun(described[-1])
            people = [p for p in self.scope.resolve(name) if p.entity.type == PERSON]
            # the subject opens its clause (or follows a fronted phrase), maybe after a short title ("Last week,
            # central bank president X and ...")
            title = _words_between(self.text[lower : cand.start].rsplit(",", 1)[-1])
            subject = self._subject_like(cand, trigger_start, lower) or (
                len(title) <= 4 and not any(w in PREPOSITIONS or w.endswith("ed") for w in title)
            )
            if not titled or not people or not subject:
                return None
            self.subject_end = name.end
            return self.coordinated_left(cand, lower, trigger_start) + people
        return None

    def _owned_group_after(self, end: int) -> list[Party]:
        """'Trump and his aides have been meeting with ...': a group the subject owns, coordinated after it."""
        m = _AND_OWNED.match(self.text, end, self.scope.end)
        if m is None:
            return []
        phrase_end, _, kind = self.scope.noun_phrase(m.end())
        group = anchored_group(self.scope.table, self.text, m.end(), phrase_end) if kind == "group" else None
        if group is None:
            return []
        self.subject_end = phrase_end
        return [group]

    def outer_subject(self, trigger_start: int) -> list[Party]:
        """The subject of the sentence when the trigger's own clause has none ("X told Y that before a
        meeting with Z ...")."""
        lower, opener = self.clause_start(trigger_start)
        in_quote = self.scope.table.in_quote(trigger_start)
        if opener in _SPEECH_OPENERS and (speaker := self._speaker_before(lower - len(opener))):
            return speaker  # "Syria is flexible, Foreign Minister Leo Tindemans said after talks with Hussein"
        if opener in _SPEECH_OPENERS and self._unnamed_speaker(lower - len(opener)):
            return []  # "Japan will face sanctions, senators said after a meeting with Baldrige": not Japan
        for cand in self.scope.before(lower, self.scope.start):
            if self.scope.table.in_quote(cand.start) and not in_quote:
                continue  # '"We had problems," Obama said after meeting Putin': the quote's words are the speaker's
            word = self.text[cand.start : cand.end].lower()
            usable = cand.kind != "pronoun" or (word in _SUBJECT_PRONOUNS and not self._expletive(cand))
            if usable and self.scope.word_before(cand, self.scope.start) in _SUBJECT_LEADS:
                return self._phrase_head(cand)
        return []

    def _expletive(self, cand: Candidate) -> bool:
        """Is the pronoun an "it" that holds the place of the clause after it ("It is doubtful that the talks ...")?"""
        return self.text[cand.start : cand.end].lower() == "it" and _EXPLETIVE.match(self.text, cand.end) is not None

    def _unnamed_speaker(self, verb_start: int) -> bool:
        """A speaker named by a group or title noun alone, right before the speech verb ("..., senators said",
        "the spokesman said"), not by a name ("White House officials said")."""
        m = _UNNAMED_SPEAKER.search(self.text, self.scope.start, verb_start)
        return m is not None and np_words().get(m.group(2).lower()) in ("group", "role") and not m.group(1)

    def _speaker_before(self, verb_start: int) -> list[Party]:
        """The name right before a speech verb ("..., Leo Tindemans said after talks with"): the one who spoke
        after (or at) the meeting, rather than the first name of the sentence, which may be what was said."""
        named = self.scope.before(verb_start, self.scope.start)
        # the comma that closes an apposition may stand between: "Emery's chairman, John C. Emery, said"
        if not named or self.text[named[-1].end : verb_start].strip(" ,"):
            return []
        if named[-1].kind == "pronoun" and self.text[named[-1].start : named[-1].end].lower() not in _SUBJECT_PRONOUNS:
            return []
        return self._phrase_head(named[-1]) if self.scope.word_before(named[-1], self.scope.start) == "" else []

    def owner(self, trigger_start: int) -> list[Party]:
        """'His resignation was accepted during a meeting with Sarney': the person whose thing the passive
        clause, opened by the possessive, is about (only a person: "its shares were sold at a meeting")."""
        lower, _ = self.clause_start(trigger_start)
        for cand in self.scope.before(trigger_start, lower):
            word = self.text[cand.start : cand.end].lower()
            if cand.kind != "pronoun" or word not in ("his", "her") or self.scope.word_before(cand, lower) != "":
                return []
            if not _OWNED_PASSIVE.fullmatch(self.text, cand.end, trigger_start):
                return []
            return [p for p in self.scope.resolve(cand) if p.entity.type == PERSON]
        return []

    def agent(self, trigger_start: int) -> list[Party]:
        """'The request was made yesterday by Chiles at a meeting with Baker': the agent of a passive clause is
        at the meeting that places it."""
        lower, _ = self.clause_start(trigger_start)
        named = [c for c in self.scope.before(trigger_start, lower) if c.kind == "mention"]
        if not named or not _AT_MEETING.fullmatch(self.text, self._past_dates(named[-1].end), trigger_start):
            return []
        by = self.scope.word_before(named[-1], lower) == "by"
        if not by or not _PASSIVE_VERB.search(self.text, lower, named[-1].start):
            return []
        return self.scope.resolve(named[-1])

    def _past_dates(self, pos: int) -> int:
        """The end of the dates right after `pos` ("by Kelly last week in a meeting", "by Kelly on Tuesday
        during talks"), else `pos`."""
        while True:
            nxt = self.scope.skip_space(pos)
            lead = _DATE_LEAD.match(self.text, nxt)
            date = lead.end() if lead and lead.end() in self.date_spans else nxt
            if date not in self.date_spans:
                return pos
            pos = self.date_spans[date]

    def _relative_object(self, trigger_start: int) -> list[Party]:
        """'Funaro, who he met with last week, ...': a relative clause with a subject of its own hangs on the
        name its verb met."""
        lower, opener = self.clause_start(trigger_start)
        if opener not in ("who", "whom") or self.subject_end < lower:
            return []
        # the clause's own subject opens it (after a capitalised title at most: "whom President Barack Obama met"),
        # and only auxiliaries stand before the verb ("who he had met with")
        inside = self.scope.before(trigger_start, lower)
        if not inside or not all(w[0].isupper() for w in self.text[lower : inside[0].start].split()):
            return []
        if len(_words_between(self.text[inside[0].end : trigger_start])) > 2:
            return []
        antecedent = self._antecedent(lower - len(opener))
        return self.scope.resolve(antecedent) if antecedent is not None else []

    def fronted_subject(self, trigger_start: int, reach: int) -> list[Party]:
        """'After meeting with Putin, Obama said ...': the subject follows the fronted phrase."""
        lower, _ = self.clause_start(trigger_start)
        if not _FRONTED.search(self.text[lower:trigger_start]):
            return []
        comma = self.text.find(",", reach, self.scope.end)
        if comma < 0:
            return []
        for cand in self.scope.after(comma):
            if cand.start > comma:
                between = self.text[comma + 1 : cand.start]
                if len(_words_between(between)) > 4 or _QUOTE.search(between):
                    return []  # the main clause's subject is the first words after the comma, not a quote
                if cand.kind == "pronoun" and self.text[cand.start : cand.end].lower() not in _SUBJECT_PRONOUNS:
                    return []
                return self._phrase_head(cand)
        return []

    def fronted_owner(self, trigger_start: int, reach: int) -> list[Party]:
        """'After his meeting with Nakasone, Treasury Secretary James Baker said ...': a possessive opening a fronted
        phrase points ahead to the person who is the main clause's subject (of the pronoun's gender)."""
        lower, _ = self.clause_start(trigger_start)
        m = _FRONTED_POSSESSIVE.fullmatch(self.text, lower, trigger_start)
        if m is None:
            return []
        people = [p for p in self.fronted_subject(trigger_start, reach) if p.entity.type == PERSON]
        gender = "male" if m.group(1).lower() == "his" else "female"
        return people if len(people) == 1 and people[0].entity.gender in (None, gender) else []

    def fronted_address(self, trigger_start: int, reach: int) -> list[Party]:
        """'In a phone call on Saturday, Kerry told Cavusoglu that ...': a meeting noun fronted without its other
        side, whose main clause has one side address the other. Only a short adjunct (a date, "in Geneva") may
        stand between the noun and the comma, and only a title between the comma and the subject's name."""
        lower, _ = self.clause_start(trigger_start)
        if not _IN_MEETING.match(self.text[lower:trigger_start]):
            return []  # "After the meeting, Kerry told Lavrov": said after it, maybe elsewhere
        comma = self.text.find(",", reach, min(self.scope.end, reach + 60))
        if comma < 0 or len(_words_between(self.text[reach:comma])) > 4:
            return []
        if any(not self.scope.preceded_by_preposition(c, reach) for c in self.scope.before(comma, reach)):
            return []  # "In talks with Japan, ...": the noun's own phrase names a side
        for cand in self.scope.after(comma):
            if cand.start - comma > 120 or not title_gap(self.text[comma + 1 : cand.start]):
                return []
            verb = WORD.match(self.text, self.scope.skip_space(cand.end), self.scope.end)
            if verb is not None and verb.group().lower() in address_verbs():
                addressed, _ = self.object_list(verb.end())
                subject = self.scope.resolve(cand)
                return subject + addressed if subject and addressed else []
        return []

    def _phrase_head(self, cand: Candidate) -> list[Party]:
        """The party of the subject phrase that opens with `cand`: its head, not a modifier of its title
        ("Chinese President Xi Jinping said", "Republican candidate Donald Trump said"). The phrase opens with
        its article, so that "The Israeli prime minister" is read as the description the entity table resolved."""
        start = cand.start - 4 if self.text[max(0, cand.start - 4) : cand.start].lower() == "the " else cand.start
        end, cands, kind = self.scope.noun_phrase(start)
        return (self.head(start, end, cands, kind) if cands else []) or self.scope.resolve(cand)

    def coordinated_left(self, last: Candidate, lower: int, trigger_start: int | None = None) -> list[Party]:
        """`last` and the candidates coordinated with it to its left ("Obama, Park and Abe"). The
        separator next to `last` must be "and" (a bare comma is an apposition or a fronted phrase:
        "According to the Kremlin, the two presidents"); a list that is a preposition's object ("wars in
        Syria, Yemen and Libya") is no subject at all."""
        items = [last]
        cur = last
        for prev in reversed(self.scope.before(last.start, lower)):
            if prev.end > cur.start:
                continue
            gap = POSITION.sub("", self.text[prev.end : cur.start])
            sep = SEPARATOR.match(gap)
            if sep and sep.end() > 0 and title_gap(gap[sep.end() :]):
                if len(items) == 1 and not (sep.group(1) or sep.group(2) or sep.group(3)):
                    break
                if prev.kind == "pronoun" and self.text[prev.start : prev.end].lower() in _POSSESSIVES:
                    break
                items.append(prev)
                cur = prev
            elif title_gap(gap):
                if cur is items[-1] and self._of_place(prev, cur, gap):
                    items[-1] = prev  # "Foreign Minister Anna Berg of Sweden met": the person, not her country
                cur = prev  # a modifier inside the same title ("South Korean President Park")
            elif (first := self._apposed_first(cur, lower)) is not None:
                items.append(first)  # "X, the Russian foreign minister, and Y met": the names in the apposition are
                cur = first  # X's title, passed over
            elif len(items) >= 2 and cur is items[-1] and (named := self._listed_after(cur, lower)) is not None:
                items.append(named)  # "The United States and major trade allies West Germany, France and Japan met"
                cur = named
            else:
                break
        if len(items) > 1 and self.scope.preceded_by_preposition(items[-1], lower) and not self._group_of(items[-1]):
            return []
        parties: list[Party] = []
        for cand in reversed(items):
            parties.extend(self._described(cand, trigger_start) if cand is items[0] else self.scope.resolve(cand))
        return parties

    def _listed_after(self, first: Candidate, lower: int) -> Candidate | None:
        """The name coordinated before a plural description that announces the list opening with `first` ("Japan and
        its main trading partners, the United States and Canada, met"), else None."""
        named = [c for c in self.scope.before(first.start, lower) if c.kind == "mention"]
        if named and _described_list(self.text[named[-1].end : first.start]):
            return named[-1]
        return None

    def _apposed_first(self, cur: Candidate, lower: int) -> Candidate | None:
        """The person named before a title in apposition that is coordinated with `cur` ("Sergei Lavrov, the Russian
        foreign minister, and John Kerry met"), else None. The apposition must be a title (it holds a title or group
        word: "X, the president's wife, and Y" is no title of X's)."""
        m = _APPOSED_FIRST.search(self.text, max(lower, cur.start - 160), cur.start)
        if m is None or not title_gap(m.group(2)):
            return None
        words = np_words()
        # the title may be owned by a common noun ("X, the company's chief executive, and Y") and end in a modifier
        # of its role ("chief executive")
        title = _COMMON_OWNER.sub("", m.group(1), count=1)
        kinds = [words.get(w) for w in _words_between(title)]
        ends_in_role = bool(kinds) and (kinds[-1] in ("role", "group") or (kinds[-1] == "mod" and "role" in kinds))
        if not title_gap(title) or not ends_in_role:
            return None
        named = [c for c in self.scope.before(m.start(), lower) if c.kind == "mention"]
        if not named or named[-1].end != m.start():
            return None
        people = [p for p in self.scope.resolve(named[-1]) if p.entity.type == PERSON]
        return named[-1] if people else None

    def _of_place(self, person: Candidate, place: Candidate, gap: str) -> bool:
        """ "Anna Berg of Sweden": a person's name, then "of"/"from" and the state or body she belongs to (or a place
        the entity layer took for a one-word person: "Emma Nicholson of Winterbourne")."""
        if gap.strip().lower() not in ("of", "from") or person.kind != "mention":
            return False
        named = self.scope.mention_at(person.start, person.end)
        if named is None or named.kind != "name":
            return False  # "Officials from Japan and Egypt": a group of the states, which are the parties
        who, where = self.scope.resolve(person), self.scope.resolve(place)
        return (
            len(who) == 1
            and who[0].entity.type == PERSON
            and bool(where)
            and all(p.entity.type != PERSON or p.entity.guessed_person for p in where)
        )

    def _group_of(self, cand: Candidate) -> bool:
        """'Officials from Canada and the United States', 'delegations of ...': a group noun before the
        preposition makes the listed names the subject's sides. A place after "in" or "at" only says where the
        group is ("U.S. officials in Geneva met", "the EU's leaders in Brussels will negotiate")."""
        words = _words_between(self.text[max(self.scope.start, cand.start - 40) : cand.start])
        while words and words[-1] in ("the", "a", "an"):
            words.pop()
        return (
            len(words) >= 2
            and words[-1] in PREPOSITIONS
            and words[-1] not in _WHERE
            and np_words().get(words[-2]) == "group"
        )

    def _described(self, cand: Candidate, trigger_start: int | None) -> list[Party]:
        """A name that only modifies a title right before the trigger ("the Japanese prime minister met",
        "the New York businessman discussed") stands for the person the description resolves to; when the
        entity table knows nobody, there is no party (the state or city is not the one who met)."""
        if trigger_start is None or cand.kind != "mention":
            return self.scope.resolve(cand)
        words = np_words()
        role_end = -1
        for m in WORD.finditer(self.text, cand.end, trigger_start):
            kind = words.get(m.group().lower())
            if not m.group()[0].islower() or kind not in ("role", "mod"):
                break
            if kind == "role":
                role_end = m.end()
        if role_end < 0:
            return self.scope.resolve(cand)
        start = cand.start - 4 if self.text[max(0, cand.start - 4) : cand.start].lower() == "the " else cand.start
        mention = self.scope.table.resolve(start, role_end)
        if mention is not None and mention.entity is not None and mention.entity.type == PERSON:
            return [Party(mention.entity, mention.start, mention.end)]
        return []

    # --- the rules -------------------------------------------------------------------------------
    def read(self, start: int, end: int, form: TriggerForm) -> Reading:
        kind = form.kind
        pos = self.skip_adjuncts(end)
        word = self.word_at(pos)
        # "is negotiating with", "were talking with": a progressive, not a passive, after the same auxiliaries
        progressive = self.text[start:end].split()[0].lower().endswith("ing")
        passive = not progressive and bool(_PASSIVE.search(self.text, max(self.scope.start, start - 40), start))
        objects: list[Party] = []
        reach = end
        how = ""
        if kind == "noun":
            if attended := _ATTENDED.match(self.text, pos, self.scope.end):
                # "the meeting, attended by Lawson and Poehl"
                objects, reach = self.object_list(attended.end())
                return Reading(objects, "attended", reach)
            if word == "between":
                # "talks between X and Y" name both sides; with fewer, the subject is a host, not a side
                objects, reach = self.object_list(pos + len(word))
                return Reading(objects, "between", reach)
            compound = self.compound(start)
            if (relative := self.relative_with(pos)) is not None:
                return relative  # "a private meeting he had with Rubio"
            if word not in ("with", "between") and (ahead := self._with_ahead(pos)) >= 0:
                pos, word = ahead, "with"  # "talks on trade with Japan"
            if self._gerund(start, form) and word not in PREPOSITIONS:
                objects, reach = self.object_list(pos)  # "ahead of meeting Secretary of State John Kerry"
                how = "object"
            elif word == "with" or (word in ("to", "from") and form.family == "phone") or (
                word == "to" and form.family == "audience"
            ):
                # "phone calls to the leaders of Japan", "granted an audience to Macri"
                objects, reach = self.object_list(pos + len(word))
                how = "with"
                if word != "with":  # "said in a telephone conversation from New York": where the caller was
                    objects = [p for p in objects if not self._city(p)]
                if word == "from":
                    objects = [p for p in objects if p.entity.type != GPE]
            elif word == "of" and not compound:
                return self._members_meeting(start, pos + len(word), self._noun_start(start, end, form))
            if len(compound) >= 2 and not objects:
                return Reading(compound, "compound", end)
            if objects and (sent := self.invited(start, _SEND)):
                return Reading(sent[0] + objects, "with", reach)  # "sending Shultz to Moscow for talks with X"
            if not objects and (invited := self.invited(start)):
                # "summoning Ambassador Kampelman home for consultations": the summoner meets him
                objects, verb_start = invited
                return Reading(self.subject(verb_start) + objects, "object", end)
            if not objects and not compound and not self._with_no_state(pos, word) and (trip := self.travelled(start)):
                return Reading(trip, "with", end)  # "arrived in Uganda for talks": with its government
            objects = compound + objects
            if not objects and form.family in ("conference", "meal"):
                return Reading([], "", end)
        elif kind in ("verb", "with"):
            if kind == "with" and passive:
                return Reading([], "", end)  # "the plan will be discussed with X": the subject is the topic
            # "discussed the crisis with X"; but a call is with X at once ("what he calls an 'eternal merger' with X")
            phone = form.family == "phone"
            if kind == "with" and word != "with" and not phone and (ahead := self._with_ahead(pos)) >= 0:
                pos, word = ahead, "with"
            if passive and word == "by" and kind == "verb":
                objects, reach = self.object_list(pos + 2)
                how = "passive"
            elif word == "with" or (word == "from" and form.family == "phone" and kind == "with"):
                # "a call from Obama"; but "speaking by phone from Oman" says where the speaker was
                objects, reach = self.object_list(pos + len(word))
                how = "with"
            elif kind == "verb" and word not in PREPOSITIONS:
                objects, reach = self.object_list(pos)
                how = "object"
                direct = not any(w in PREPOSITIONS for w in _words_between(self.text[end:pos]))
                if direct and not objects and (self._common_noun_at(pos) or self.scope.noun_phrase(pos)[0] > pos):
                    # "Citicorp and Chase met debt problems": an object, not a party (but "met on the sidelines")
                    return Reading([], "", end)
        else:  # transitive | visit
            owned_visit = kind == "visit" and word in ("to", "with") and bool(self.possessor(start))
            if passive and word == "by" and self._thing_received(start):
                return Reading([], "", end)  # "the preferred stock to be received by PNP shareholders"
            if passive and word == "by":
                objects, reach = self.object_list(pos + 2)
                how = "passive"
            elif owned_visit:
                objects, reach = self.object_list(pos + len(word))  # "Merkel's visit to Obama"
                how = "with"
            elif word not in PREPOSITIONS:
                objects, reach = self.object_list(pos)
                how = "object"
            objects = [p for p in objects if not (kind == "visit" and self._city(p))]
            if form.family == "phone" and form.form.startswith("call") and not self._phone_call(reach):
                return Reading([], "", end)
            if form.family == "visit" and form.form.startswith("call") and self._urged(reach):
                return Reading([], "", end)  # "called on Baker to resign": a demand, not a visit
            if not owned_visit and self._modifier(reach):
                return Reading([], "", end)  # "hosted the Louvre meeting", "received FDA approval"
            person = any(p.entity.type == PERSON for p in objects)
            if not person and (kind == "visit" or not self.scope.had_role_or_group(pos, reach)):
                return Reading([], "", end)  # "hosting the Olympics", "visited Moscow"
            if not objects:
                return Reading([], "", end)
        demand = form.family == "phone" and form.form in ("call", "calls") and objects
        if demand and self.word_at(self.skip_adjuncts(reach)) == "for":
            return Reading([], "", end)  # "calls from France and the Netherlands for changes": demands, not calls
        subject = self.subject(start)
        if kind in ("noun", "visit") and objects and (fronted := self.fronted_owner(start, reach)):
            subject = fronted  # "After his meeting with Nakasone, Baker said": the main clause's subject
        elif kind in ("noun", "visit") and objects and (owner := self.possessor(start)):
            subject = owner  # "During Merkel's meeting with Obama", "Obama praised Merkel's talks with Putin"
        elif kind in ("noun", "visit") and objects and self._owned_by_other(start):
            # "the Times said the government's talks with the IMF ...", "Stepp will brief reporters on the union's
            # negotiations with AMC": an unnamed owner is the side, not the clause's or the sentence's subject
            return Reading([], "", reach)
        if kind == "noun" and objects and (trip := self.traveller(start)):
            subject = trip  # "before the arrival of Baldrige for talks with Rha": the traveller, not the subject
        if not subject and objects and self.subject_end < 0:
            # no subject of its own ("before a meeting with Baker"); an unresolved one ("the president") stays one
            subject = self.fronted_subject(start, reach) or self.outer_subject(start)
            subject = subject or self.owner(start) or self.agent(start)
        if not subject and objects and self.described:
            subject = self.described_side(start)
        if not subject and objects and kind == "noun":
            subject = self._naming_modifier(start)  # "the annual IMF consultations with Belgium"
        if not objects and not subject and kind == "noun" and (sides := self.fronted_address(start, reach)):
            return Reading(sides, "addressed", reach)
        if not objects and kind in ("verb", "with") and subject and (antecedent := self._relative_object(start)):
            return Reading(subject + antecedent, "object", end)
        if not objects:
            after = self.scope.skip_space(pos + len(word))
            named_by = word == "with" or (word == "by" and (kind == "noun" or passive) and after not in self.date_spans)
            if named_by and not _EACH_OTHER.match(self.text, after):
                # the trigger's own phrase names the other side, an unnamed one: "X and Y will negotiate with a third
                # party", "during a telephone conversation with another party member", "a discussion by the ministers"
                return Reading([], "", end)
            if kind == "with" and not subject[1:] and (trip := self.travelled(start)):
                return Reading(trip, "with", end)  # "arrived in Caracas to discuss an aid plan": with its government
            if kind == "with" and _SPEECH_EVENT.match(self.text, pos):
                return Reading([], "", end)  # "Boren and the FCA officials spoke at a hearing": an audience, no meeting
            # "the two sides are (also) discussing pay", "Norvik and Dalen were negotiating an accord": a finite verb,
            # whose states or bodies talk with each other (people "are talking about" or "negotiating financing" with
            # others as often)
            finite = (
                form.form in ("discussing", "negotiating")
                and any(p.entity.type != PERSON for p in subject)
                and _PROGRESSIVE.search(self.text, max(self.scope.start, start - 30), start) is not None
            )
            gerund = kind == "with" and form.form.endswith("ing") and not finite
            if form.form in ("call", "calls") or gerund:
                # "they made their call": a call is a phone call only with its other side; "X and Y spent two days
                # talking to officials": a gerund's subjects did not meet each other
                return Reading([], "", end)
            if kind == "noun" and _INTERNAL.search(self.text, max(self.scope.start, start - 40), start):
                return Reading([], "", end)  # "X and Y have had internal discussions": each within itself
            how = "coordinated" if len(subject) >= 2 else ""
            hosts = form.form in _SEPARATE_EVENTS or all(p.entity.type == ORG for p in subject)
            if kind == "noun" and how and hosts and self._names_modify(self._noun_start(start, end, form)):
                # "the Group of Five and Group of Seven meetings": one meeting each; "the IMF and World Bank talks":
                # bodies named before the noun host the talks (states or people there are its sides: "the U.S. and
                # Japanese trade talks")
                return Reading([], "", end)
            if kind == "noun" and subject and not self._governs(start):
                return Reading(self._present(start, subject), "present", end)
        bodies = all(p.entity.type == ORG for p in subject + objects)
        if form.form in _SEPARATE_EVENTS and bodies and self._seasonal(start):
            return Reading([], "", reach)  # "the IMF holds its semi-annual meetings with the World Bank": held jointly
        if objects and kind != "noun" and how in ("object", "with") and all(unnamed(p.entity) for p in subject):
            # "The Saudi leader will ... meet Queen Elizabeth and Prince Philip": whom someone met, not each other
            return Reading([], "", end)
        return Reading(subject + objects, how or "subject", reach, len(subject) if objects else -1)

    def _naming_modifier(self, trigger_start: int) -> list[Party]:
        """The party a name modifying the meeting noun stands for, after an article ("the annual IMF consultations
        with Belgium", "the U.S. trade talks with Japan"); not a city or a venue, which says where ("the Geneva talks
        with", "a White House lunch with")."""
        lower, _ = self.clause_start(trigger_start)
        before = self.scope.before(trigger_start, lower)
        if not before or before[-1].kind != "mention":
            return []
        cand = before[-1]
        gap = _MODIFIER_GAP.fullmatch(self.text, cand.end, trigger_start)
        if gap is None or any(w in PREPOSITIONS for w in _words_between(gap.group())):
            return []  # "the U.S. stance in negotiations with Tokyo": the name modifies another noun
        if not _DETERMINER_BEFORE.search(self.text, max(lower, cand.start - 60), cand.start):
            return []
        if self.text[cand.start : cand.end].split()[-1] in venue_words():
            return []
        parties = self.scope.resolve(cand)
        return [] if not parties or any(self._city(p) for p in parties) else parties

    def possessor(self, trigger_start: int) -> list[Party]:
        """The name or possessive pronoun that owns the meeting noun at `trigger_start` ("Merkel's first meeting
        with", "his visit to"): a side of the meeting whatever the clause around it is about."""
        lower, _ = self.clause_start(trigger_start)
        owned = POSSESSED.search(self.text, max(lower, trigger_start - 60), trigger_start)
        if owned is None:
            return []
        for cand in reversed(self.scope.before(owned.end(), lower)):
            pronoun = cand.kind == "pronoun" and self.text[cand.start : cand.end].lower() in _POSSESSIVES
            if (pronoun and cand.start == owned.start()) or (cand.kind == "mention" and cand.end == owned.start()):
                return self.scope.resolve(cand)
        return []

    def _names_modify(self, trigger_start: int) -> bool:
        """Do the subject's names end right before the meeting noun, as its modifiers (past one modifier word at
        most: "the IMF and World Bank spring meetings", "the IMF and World bank meetings"), with no verb between
        ("X and Y hold meetings")?"""
        if self.subject_end < 0:
            return False
        between = _words_between(self.text[self.subject_end : trigger_start])
        return not between or (len(between) == 1 and between[0] not in _VERBS_BEFORE_MEETINGS)

    def _with_no_state(self, pos: int, word: str) -> bool:
        """Does a with-phrase at `pos` name people who do not stand for the state travelled to ("flew to the United
        States for negotiations with creditors", "... with businessmen"; "for talks with government officials" are
        its own)?"""
        if word != "with":
            return False
        start = self.scope.skip_space(pos + len(word))
        end, _, _ = self.scope.noun_phrase(start)
        groups = [w for w in _words_between(self.text[start:end]) if np_words().get(w) == "group"]
        return bool(groups) and all(w in private_groups() or w in stateless_groups() for w in groups)

    def _seasonal(self, trigger_start: int) -> bool:
        """Is the meeting noun at `trigger_start` a body's seasonal round ("its semi-annual meetings", "the annual
        meetings", "the spring meetings")? Bodies hold those together; they are no meeting between them."""
        words = _words_between(self.text[max(self.scope.start, trigger_start - 30) : trigger_start])
        return bool(words) and words[-1] in _SEASONAL

    def _owned_by_other(self, trigger_start: int) -> bool:
        """Is the meeting noun owned by someone the possessor rule could not name ("the government's talks", "the
        company's talks")? That owner is the side, not the clause's or the sentence's subject. A date owns nothing
        ("Monday's talks")."""
        lower, _ = self.clause_start(trigger_start)
        owned = POSSESSED.search(self.text, max(lower, trigger_start - 60), trigger_start)
        if owned is None:
            return False
        return not any(d.end == owned.start() for d in self.dates.within(lower, owned.start()))

    def _urged(self, reach: int) -> bool:
        """Does a purpose follow "called on X" ending at `reach` ("called on Shultz to resign", "... for restraint")?"""
        pos = self.skip_adjuncts(reach)
        if self.word_at(pos) == "for":
            return True
        # a demand anywhere in the clause: "called on Reagan in a resolution to retaliate", "called on Nakasone, who
        # is due to step down, to mediate" (but "called on Shultz to discuss trade" is the visit's purpose)
        return _URGED.search(self.text, reach, min(self.scope.end, reach + 150)) is not None

    def _phone_call(self, reach: int) -> bool:
        """Whether "called X" ending at `reach` is a call: a purpose or the phone follows, or a date ("called
        Merkel on Tuesday")."""
        pos = self.skip_adjuncts(reach)
        dated = any(reach <= s < pos for s in self.date_spans) if pos > reach else False
        return dated or _CALL_TAIL.match(self.text, pos) is not None

    def _thing_received(self, trigger_start: int) -> bool:
        """Is the subject of a passive trigger a thing ("the stock to be received by", "the plan was hosted by"): a
        lower-case noun that is no title, group or pronoun right before its auxiliaries?"""
        tokens = WORD.findall(self.text, max(self.scope.start, trigger_start - 60), trigger_start)
        while tokens and tokens[-1].lower() in _AUXILIARIES:
            tokens.pop()
        if not tokens or not tokens[-1].islower():
            return False
        head = tokens[-1]
        kind = np_words().get(head)
        return head not in _SUBJECT_PRONOUNS | {"who", "which", "that"} and kind not in ("group", "role") and not (
            plural_role(head)
        )

    def _noun_start(self, start: int, end: int, form: TriggerForm) -> int:
        """Where the meeting noun itself starts, past a verb the trigger holds ("will hold talks", "attended a
        meeting")."""
        return max(start, self.text.lower().rfind(form.form.split()[-1], start, end))

    def _members_meeting(self, start: int, pos: int, noun_start: int) -> Reading:
        """'Mogherini told a meeting of EU foreign ministers', 'Kerry attended a meeting of the NATO
        council': the subject of the verb that governs the meeting noun met the body or group the
        of-phrase names. Without a subject of its own clause, or when the noun sits inside another
        phrase ("the minutes of a meeting of the Fed"), the members alone are no two sides."""
        members, reach = self.object_list(pos)
        if members and self._modifies_other_noun(members[-1].end):
            return Reading([], "", reach)
        subject = self.subject(start)
        if subject and self._names_modify(noun_start):
            subject = []  # "the Interim Committee and Development Committee meetings of the World Bank": which ones
        lower, opener = self.clause_start(start)
        if not subject and opener in ("told", "tells") and _ADDRESSED.fullmatch(self.text, lower, start):
            subject = self.subject(lower - len(opener))  # "X told a meeting of ...": the meeting is told
        if not members or not subject or not self._governs(start):
            return Reading([], "", reach)
        return Reading(subject + members, "of", reach)

    def _modifies_other_noun(self, end: int) -> bool:
        """'a meeting of the Wolfsburg plant's workforce': the name ending at `end` modifies a noun that is not
        its members, and no member meets; its own members ("of EC finance ministers") keep it a body."""
        if not self._common_noun_at(self.scope.skip_space(end)):
            return False
        words = np_words()
        for m in WORD.finditer(self.text, end, self.scope.end):
            kind = words.get(m.group().lower())
            if kind != "mod":
                return kind not in ("role", "group")
        return True

    def _modifier(self, reach: int) -> bool:
        """Does a common noun follow the object phrase ending at `reach`, so that its name only modifies
        that noun ("the Louvre meeting", "Food and Drug Administration approval")?"""
        return self._common_noun_at(self.scope.skip_space(reach))

    def _common_noun_at(self, pos: int) -> bool:
        """Does a lower-case word start at `pos` that opens a noun phrase rather than an adjunct or a
        new clause ("debt problems", "the press", but not "to", "and", "privately")?"""
        m = WORD.match(self.text, pos, self.scope.end)
        if m is None or not m.group()[0].islower():
            return False
        word = m.group().lower()
        return word in meeting_nouns() or not (
            word in PREPOSITIONS or word in _NOT_NOUNS or word in adjuncts() or word.endswith("ly")
        )

    def _present(self, trigger_start: int, subject: list[Party]) -> list[Party]:
        """'Trump and Xi chat after a bilateral meeting', 'Erdogan greets Bahceli before a meeting': people
        named in a clause that is timed by a meeting were its participants. Only people: "Exxon and Mobil
        shares rose after the OPEC meeting" says nothing of who met."""
        timed = _TIMED_BY.search(self.text, max(self.scope.start, trigger_start - 80), trigger_start)
        if timed is None:
            return []
        before = _words_between(self.text[max(self.scope.start, timed.start() - 30) : timed.start()])
        if timed.group().split()[0].lower() == "for" and before and before[-1] in _PREPARING:
            return []  # "met Reagan to prepare for the Venice summit": a later meeting they prepare or leave for
        if self._office_taken(timed.start()):
            return []  # "Two directors, X and Y, will retire at the meeting": each leaves office there
        people = list(subject)
        # names inside the timing phrase modify the meeting ("at the NATO summit"): nobody present
        named = [c for c in self.scope.before(timed.start(), self.subject_end) if c.kind == "mention"]
        for cand, nxt in zip(named, [*named[1:], None], strict=False):
            if nxt is not None and title_gap(self.text[cand.end : nxt.start]):
                continue  # a title's part, not a person of its own ("Marine" in "Marine General James Mattis")
            if _OWNER.match(self.text, cand.end):
                continue  # "accept the resignation of Martens's government after talks": whose thing, not who was there
            people += self.scope.resolve(cand)
        if len({p.entity.id for p in people}) < 2:
            return []
        if any(p.entity.type != PERSON for p in people):
            # "Canadian and Egyptian wheat negotiators failed to agree during talks": a coordinated subject of
            # groups of people stands for the states or bodies it names
            sides = len({p.entity.id for p in subject}) >= 2 and self._group_subject()
            return list(subject) if sides and all(p.entity.type != PERSON for p in subject) else []
        return people

    def _office_taken(self, timing_start: int) -> bool:
        """Is the verb right after the subject, past its auxiliaries, one of taking or leaving an office ("will
        retire", "were elected")? Not such a word further on: "greet retired General Mattis" describes a name."""
        verb_start = max(self.subject_end, self.scope.start)
        office = office_verbs().search(self.text, verb_start, timing_start)
        return office is not None and all(
            w in _AUXILIARIES or w == "," for w in _words_between(self.text[verb_start : office.start()])
        )

    def _group_subject(self) -> bool:
        """Does the subject phrase ending at `subject_end` go on to a group noun ("... Egyptian wheat negotiators")?"""
        words = np_words()
        for n, m in enumerate(WORD.finditer(self.text, self.subject_end, self.scope.end)):
            if n > 2 or not m.group().islower():
                return False
            if words.get(m.group()) == "group":
                return True
        return False

    def _city(self, party: Party) -> bool:
        return party.entity.type != PERSON and self.text[party.start : party.end] in cities()

    def _governs(self, trigger_start: int) -> bool:
        """'X and Y held talks', 'X and Y will hold meetings': the meeting noun is the object of the
        subject's verb, not inside a phrase about something else ("were involved in the Iran talks")."""
        if self.subject_end < 0:
            return True
        # an apposition closed before the verb describes the subject: "X and Y, the biggest trading partners in the
        # world, opened talks"
        apposition = _CLOSED_APPOSITION.match(self.text, self.subject_end, trigger_start)
        verb_side = apposition.end() if apposition else self.subject_end
        for cand in self.scope.before(trigger_start, verb_side):
            between = _words_between(self.text[cand.end : trigger_start])
            if cand.kind == "mention" and (len(between) > 2 or any(w in PREPOSITIONS for w in between)):
                return False  # "X and Y asked Japan to begin talks" (but "attended the Brussels summit")
        gap = self.text[verb_side:trigger_start]
        for date in self.dates.within(verb_side, trigger_start):  # "agreed on Friday to hold talks"
            gap = regex.sub(rf"(?:(?<!\p{{L}})(?:on|in|at|during)\s+)?{regex.escape(date.text)}", " ", gap)
        # "to hold talks", "a round of talks" keep the noun the verb's object, but "ahead of" and "close to" ("sources
        # close to the negotiations") are prepositions
        words = _words_between(gap)
        prepositional = any(pair in _COMPOUND_PREPOSITIONS for pair in zip(words, words[1:], strict=False))
        return not prepositional and not any(w in PREPOSITIONS and w not in ("to", "of") for w in words)

    def invited(self, trigger_start: int, verbs: regex.Pattern[str] = _INVITE) -> tuple[list[Party], int] | None:
        """'invited X to Washington for talks', 'summoned X home for consultations': X meets the subject
        (and X is the one who meets, with `_SEND` verbs: "sent X to Moscow for talks with Y")."""
        lower, _ = self.clause_start(trigger_start)
        found = list(verbs.finditer(self.text, lower, trigger_start))
        if not found:
            return None
        m = found[-1]
        parties, reach = self.object_list(m.end())
        if not parties or not _INVITE_TAIL.fullmatch(self.text[reach:trigger_start]):
            return None
        return parties, m.start()

    def traveller(self, trigger_start: int) -> list[Party]:
        """'the scheduled arrival of Baldrige for talks with Rha': the one the travel noun's of-phrase names came
        for the talks, whatever the clause around it is about ("prices rose ahead of the visit of X ...")."""
        lower, _ = self.clause_start(trigger_start)
        found = list(_TRAVEL_OF.finditer(self.text, max(lower, trigger_start - 160), trigger_start))
        if not found:
            return []
        parties, reach = self.object_list(found[-1].end())
        if not parties or not _TRAVEL_TAIL.fullmatch(self.text, reach, trigger_start):
            return []
        return parties

    def travelled(self, trigger_start: int) -> list[Party]:
        """'A World Bank team arrived in Uganda for talks': whoever went to a state (or its capital) for talks that
        name no other side met its government."""
        lower, _ = self.clause_start(trigger_start)
        purpose = _FOR_TALKS.search(self.text, max(lower, trigger_start - 40), trigger_start)
        if purpose is None or _ATTENDING.match(self.text, trigger_start):
            return []
        before = self.scope.before(purpose.start(), lower)
        if not before or before[-1].kind != "mention" or self.skip_adjuncts(before[-1].end) != purpose.start():
            return []
        place = before[-1]
        verb = _TRAVELLED.search(self.text, max(lower, place.start - 30), place.start)
        if verb is None or (verb.group().startswith(",") and not purpose.group().startswith("for")):
            return []  # the apposition only with its talks: "Thomson, in India to talk to tourism leaders" is no visit
        states = []
        for p in self.scope.resolve(place):
            kind = getattr(entity_lexicon.places().get(p.entity.name), "kind", None)
            state = capital_state(p.entity) or (p.entity if kind in ("country", "alias") else None)
            if p.entity.type == GPE and state is not None:
                states.append(Party(state, p.start, p.end))
        if len(states) != 1:
            return []
        subject = self.subject(verb.start())
        return subject + states if subject else []

    def relative_with(self, pos: int) -> Reading | None:
        """'the meeting (that) he had with Rubio': the relative clause names both sides."""
        m = _RELATIVE_THAT.match(self.text, pos)
        cand = self.scope.starting_at(m.end() if m else pos)
        if cand is None:
            return None
        verb = _HAD_WITH.match(self.text, cand.end, self.scope.end)
        if verb is None:
            return None
        objects, reach = self.object_list(verb.end())
        return Reading(self.scope.resolve(cand) + objects, "with", reach) if objects else None

    def _gerund(self, start: int, form: TriggerForm) -> bool:
        """'meeting' used as a verb: after a preposition or an auxiliary, not after a determiner."""
        if form.form != "meeting":
            return False
        lower = max(self.scope.start, start - 40)
        for date in self.dates.within(lower, start):  # "are today meeting Lawson": a date between
            if not self.text[date.end : start].strip():
                start = date.start
        before = _words_between(self.text[lower:start])
        return bool(before) and (before[-1] in PREPOSITIONS or before[-1] in ("was", "were", "is", "are", "be", "been"))

    def _with_ahead(self, pos: int) -> int:
        """'discussed the crisis with Putin': a short object, then `with`. -1 if there is none."""
        for n, m in enumerate(WORD.finditer(self.text, pos, self.scope.end)):
            if n > 4:
                return -1
            if punct := _PUNCT.search(self.text, pos, m.start()):
                # "discuss bilateral issues, including the trade imbalance, with Reagan": past the inclusion
                included = _INCLUDED_WITH.match(self.text, punct.start())
                return included.end() - len("with") if included else -1
            word = m.group().lower()
            if word == "with":
                return m.start()
            # a possessive pronoun opening the verb's object ("negotiating its proposed merger with X") is no party
            # there (after a preposition it owns another phrase: "spoke of his friendship with X")
            inside = [
                c for c in self.scope.before(m.end(), pos - 1)
                if c.start <= m.start() < c.end and not (n == 0 and c.kind == "pronoun" and word in _POSSESSIVES)
            ]
            if word in _NOT_AHEAD or any(not _OWNER.match(self.text, c.end) for c in inside):
                # "address the conference or meet with Sanders": the with-phrase is another verb's (but a name
                # owning the object is in it: "discussed Argentina's loan request with Knox")
                return -1
        return -1

    def _named_earlier(self, word: str) -> EntityDraft | None:
        """The one person, state or organisation of the document whose name is `word` or ends in it."""
        found = {e for e in self.scope.table.entities if e.type in PARTY_TYPES and e.name.split()[-1] == word}
        if not found and (place := entity_lexicon.places().get(word)) is not None and place.kind != "city":
            # "Soviet-American talks" read as one name: the states the demonyms stand for, when the text names them
            found = {e for e in self.scope.table.entities if e.type == GPE and e.name == place.canonical}
        return found.pop() if len(found) == 1 else None

    def compound(self, trigger_start: int) -> list[Party]:
        """Names joined by hyphens before a meeting noun: "the Reagan-Gorbachev summit", "U.S.-Japan talks"."""
        m = _COMPOUND.search(self.text, max(self.scope.start, trigger_start - 120), trigger_start)
        if m is None:
            return []
        base = m.start(1)
        whole = self.scope.table.mention_at(base, base + len(m.group(1)))
        if whole is not None and not (whole.start <= base and whole.end >= base + len(m.group(1))):
            whole = None
        parties: list[Party] = []
        offset = base
        for part in m.group(1).split("-"):
            mention = self.scope.table.mention_at(offset, offset + len(part))
            if mention is None or mention.entity is None or mention is whole:
                mention = self.scope.table.resolve(offset, offset + len(part))
            entity = mention.entity if mention is not None else None
            if entity is None or (whole is not None and entity is whole.entity):
                entity = self._named_earlier(part)  # "Reagan-Gorbachev" read as one name
            if entity is not None and entity.type in PARTY_TYPES and (whole is None or entity is not whole.entity):
                parties.append(Party(entity, offset, offset + len(part)))
            offset += len(part) + 1
        # a hyphenated name ("Park Geun-hye") is one party; its parts naming nobody else say so
        return parties if len(parties) >= 2 or whole is None else []
