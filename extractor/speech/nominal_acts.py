"""Speech acts written as nouns: "Gorbachev's offer Saturday to proceed with a treaty", "Papandreou's renewed
offer that the two countries meet".

A possessive name, a speech noun, perhaps a date, then the 'that' or 'to' clause it reports. Only people make
such acts here: "the company's offer to buy shares" is a bid, not something said, so find_speech keeps a
nominal act only when its owner resolves to a person.
"""

from __future__ import annotations

import regex

from extractor.speech.cues import Cue, CueForm
from extractor.speech.statements import StatementDraft, StatementFinder

_NOUNS = (
    "offer|proposal|call|appeal|pledge|promise|warning|demand|suggestion|assurance|assurances|threat|denial|claim"
    "|assertion|insistence|vow"
)
_ADJECTIVES = "renewed|new|latest|earlier|repeated|surprise|fresh|formal|public|written|verbal"
_ACT = regex.compile(
    r"(?P<owner>(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s+"
    rf"(?:(?:{_ADJECTIVES})\s+)?(?P<noun>{_NOUNS})\b"
)
# The end of every _ACT match: one search for it spares the owner's scan, tried at every capital, in the many
# documents that hold none
_POSSESSED_NOUN = regex.compile(rf"['’]s\s+(?:(?:{_ADJECTIVES})\s+)?(?:{_NOUNS})\b")
# 'that' or an infinitive opening what was offered ('a proposal to the commission' is no clause); an offer to buy
# or to pay is a bid, whoever makes it
_CLAUSE = regex.compile(
    r"\s*(?:,\s*)?(?:(that)\s+(?=\p{L})|(to)\s+(?!(?:buy|acquire|purchase|sell|pay|take\s+over|merge|invest|lend|supply"
    r"|the|a|an|his|her|its|their|this|these|those)\b)(?=\p{Ll}))"
)
_CONTENT_END = regex.compile(r"[,;:]\s|[.!?](?:\s|$)")
_MIN_CONTENT = 12  # characters: 'to go' reports too little to be a statement
_CONFIDENCE = 0.6


def find_nominal_acts(finder: StatementFinder) -> list[StatementDraft]:
    """Drafts of the noun-form speech acts in the document, dated; their owner is the speaker phrase."""
    doc = finder.doc
    text = doc.text
    if ("'s " not in text and "’s " not in text) or _POSSESSED_NOUN.search(text) is None:
        return []
    out = []
    for m in _ACT.finditer(text):
        sent = doc.sentence_at(m.start())
        sent_end = sent.end if sent is not None else len(text)
        # 'offer Saturday to …': the date dates the act
        clause = _CLAUSE.match(text, finder.skip_dates(m.end(), sent_end))
        if clause is None:
            continue
        stop = _CONTENT_END.search(text, clause.end(), sent_end)
        content = (clause.start(clause.lastindex or 1), stop.start() if stop else sent_end)
        if content[1] - content[0] < _MIN_CONTENT:
            continue
        noun = m.group("noun")
        form = CueForm(lemma=noun, cls="noun", invertible=False, addressee=False, quote_only=False)
        cue = Cue(m.start("noun"), m.end("noun"), noun, form, negated=False, cls="noun")
        out.append(finder.dated(StatementDraft(cue, m.span("owner"), content, "indirect", confidence=_CONFIDENCE)))
    return out
