"""find_entities: recognise names, group them, attach appositive titles, and open the table for resolve()."""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from extractor.entities import coref, lexicon, nominal
from extractor.entities.appositive import Appositives, closes_appositive
from extractor.entities.group import Grouper
from extractor.entities.model import GPE, NAME, PERSON, EntityDraft
from extractor.entities.quoted import quoted_spans
from extractor.entities.recognize import Candidate, candidates
from extractor.entities.table import EntityTable
from extractor.entities.tokens import word_char
from extractor.patterns import ASCII_WHITE_SPACE
from extractor.text import Document

_COMMA = regex.compile(r"\s*,\s*")
_ACRONYM_GAP = regex.compile(r"\s*\(\p{Lu}[\p{Lu}.&]{1,10}\)\s+")
_COMMA_THE = regex.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?")
# Stand-alone titles resolved per document; past this (only in pathological texts) they stay unresolved.
_MAX_TITLES = 200
_MAX_SUBJECT_PRONOUNS = 2000
_SUBJECT_PRONOUN = regex.compile(r"(?:He|She)\b")
_SPEAKING_VERBS = r"(?:said|says|added|told|argued|noted|wrote|insisted|explained)\b"
_SPEAKING_PRONOUN = regex.compile(r"\b([Hh]e|[Ss]he)\s+" + _SPEAKING_VERBS)
# the same for ASCII text, where regex's \s (Unicode White_Space) is these six characters (re's \s also holds
# \x1c-\x1f); tried only where str.find has found "he" or "He" (`_speaking_pronouns`)
_ASCII_SPEAKING_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)" + ASCII_WHITE_SPACE + "+" + _SPEAKING_VERBS)
_OPENING_MARKS = "\"'“‘«„ "
_THE_BEFORE = regex.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")


def find_entities(doc: Document, language: str = "en") -> EntityTable:
    """The document's entities. `language` is accepted for the pipeline's signature; the lexicons are English."""
    text = doc.text
    cands = candidates(doc)
    grouper = Grouper(text)
    found = grouper.add_named(cands)
    _attach_appositives(text, Appositives(doc, cands), cands, found, grouper)
    pending = _link_descriptions(text, cands, found, grouper)
    table = EntityTable(doc, grouper, quoted_spans(doc))
    for cand in pending[:_MAX_TITLES]:
        _resolve_title(table, cand)
    _resolve_subject_pronouns(table)
    return table


def _resolve_subject_pronouns(table: EntityTable) -> None:
    """Resolve "He"/"She" opening a sentence and "he said", in reading order, so each carries its chain on."""
    text = table.text
    found = []
    for n, sent in enumerate(table.doc.sentences[:_MAX_SUBJECT_PRONOUNS]):
        start = sent.start
        while start < sent.end and text[start] in _OPENING_MARKS:
            start += 1
        if n > 0 and text.startswith(("He", "She"), start):  # the pattern's own words, before calling it
            m = _SUBJECT_PRONOUN.match(text, start, min(sent.end, start + 4))
            if m is not None:
                found.append(m.span())
    found.extend(_speaking_pronouns(text))
    for start, end in sorted(set(found))[:_MAX_SUBJECT_PRONOUNS]:
        table.resolve_in_passing(start, end)


def _speaking_pronouns(text: str) -> list[tuple[int, int]]:
    """The pronouns of "he said", "She told": the spans of _SPEAKING_PRONOUN's group over the whole text. In ASCII
    text the pattern is tried only at each "he" or "He" (or the "s"/"S" before it) where a word starts, which
    str.find reaches faster than a scan that tests every character; no verb holds "he", so no two matches overlap
    and the spans are the same."""
    if not text.isascii():
        return [m.span(1) for m in _SPEAKING_PRONOUN.finditer(text, 0, len(text))]
    out = []
    for he in ("he", "He"):
        at = text.find(he)
        while at >= 0:
            start = at - 1 if at > 0 and text[at - 1] in "Ss" else at
            if start == 0 or not word_char(text[start - 1]):
                m = _ASCII_SPEAKING_PRONOUN.match(text, start)
                if m is not None:
                    out.append(m.span(1))
            at = text.find(he, at + 2)
    return out


def _affiliate(ent: EntityDraft, aff: Candidate | None, found: dict[int, EntityDraft], grouper: Grouper) -> None:
    if aff is None or ent.affiliation is not None:
        return
    target = found.get(id(aff))
    if target is None and aff.type is GPE:
        target = grouper.place(aff.name)
    if target is not None and target is not ent:
        ent.affiliation = target


def _attach_appositives(
    text: str, apps: Appositives, cands: list[Candidate], found: dict[int, EntityDraft], grouper: Grouper
) -> None:
    for cand in cands:
        ent = found.get(id(cand))
        if ent is None or ent.type is not PERSON or cand.kind != NAME:
            continue
        for app in (apps.after(cand), apps.before(cand)):
            if app is not None:
                ent.add_role(app.role)
                _affiliate(ent, app.affiliation, found, grouper)


def _link_descriptions(
    text: str, cands: list[Candidate], found: dict[int, EntityDraft], grouper: Grouper
) -> list[Candidate]:
    """Capitalised titles next to a name ("the Deputy Minister of Foreign Affairs, Sergei Riabkov") name it."""
    pending = []
    for n, cand in enumerate(cands):
        if cand.kind != "description":
            continue
        target = None
        m = _COMMA.match(text, cand.end, cand.end + 8)
        if m is None or "," not in m.group():
            # "Director of the Federal Bureau of Investigation (FBI) Louis Freeh": the acronym closes the title
            m = _ACRONYM_GAP.match(text, cand.end, cand.end + 16)
        if m is not None:
            after = m.end()
            nxt = _neighbour(cands, n, 1, lambda c, after=after: c.start >= after)
            if nxt is not None and nxt.start == m.end() and found.get(id(nxt)) is not None:
                target = found[id(nxt)]
        if target is None:
            before = cand.start
            prev = _neighbour(cands, n, -1, lambda c, before=before: c.end <= before and c.kind == NAME)
            after_name = prev is not None and _COMMA_THE.fullmatch(text, prev.end, cand.start)
            if after_name and closes_appositive(text, cand.end):
                target = found.get(id(prev))
        if target is not None and target.type is PERSON:
            grouper.add_description(cand, target)
            _affiliate(target, cand.affiliation, found, grouper)
        else:
            pending.append(cand)
    return pending


def _neighbour(cands: list[Candidate], n: int, step: int, ok: Callable[[Candidate], bool]) -> Candidate | None:
    """The nearest candidate before (step -1) or after (step 1) cands[n] that passes `ok`, looking a few steps."""
    for k in range(n + step, n + step * 4, step):
        if not 0 <= k < len(cands):
            return None
        if ok(cands[k]):
            return cands[k]
    return None


def _resolve_title(table: EntityTable, cand: Candidate) -> None:
    """A title standing alone ("the President said") is a definite description of someone."""
    m = _THE_BEFORE.search(table.text, max(0, cand.start - 5), cand.start)
    start = m.start() if m else cand.start
    np = nominal.parse(table.text, start, cand.end)
    if np is None or not np.noun:
        return
    if np.determiner not in nominal.DEFINITE and not lexicon.nominals()[np.noun].plural:
        np.determiner = "the"  # a singular title is definite even without its article ("President said")
    mention = coref.resolve_phrase(table, np)
    if mention is not None:
        table.register(mention)
