"""find_meetings: triggers -> participants -> date, place, topic -> merged meeting records."""

from __future__ import annotations

import regex

from extractor.entities import EntityTable
from extractor.entities.model import GPE, ORG, PERSON
from extractor.meetings.dating import DateIndex, meeting_date
from extractor.meetings.participants import Reader, Reading
from extractor.meetings.phrases import anchored_group
from extractor.meetings.places import meeting_place, place_before, place_on
from extractor.meetings.records import Draft, merge, to_record
from extractor.meetings.scope import Party, Scope, capital_state, spokesperson, title_holder, unnamed
from extractor.meetings.topics import follow_up_topic, meeting_topic
from extractor.meetings.triggers import TriggerHit, find_triggers
from extractor.text import Document
from schemas import DateRecord, Meeting, Span, trusted

_PRONOUNS = frozenset(["he", "she", "they", "we", "it", "him", "her", "them", "his", "their", "its"])
# "held separate talks with Iran and Iraq", "in separate meetings with", "met separately with": one meeting with each
# ("separate" right before the meeting word, past two modifiers at most, or "separately" right after it)
_SEPARATE_BEFORE = regex.compile(r"(?<!\p{L})separate(?:ly)?\s+(?:[\p{Ll}\-]+\s+){0,2}\p{L}+$", regex.I)
_SEPARATELY_AFTER = regex.compile(r"\s+separately(?!\p{L})", regex.I)


def _distinct(parties: list[Party], table: EntityTable, text: str) -> list[Party]:
    """Each entity once, and only named ones; a state or organisation that is another participant's own
    affiliation is that participant's side, not a second party, unless it only modified a group phrase:
    "Putin attends a meeting with Russian prosecutors" is Putin and the prosecutors, not Putin and Russia."""
    seen: set[str] = set()
    out = []
    for p in parties:
        if spokesperson(p.entity):
            # "The KLM spokeswoman said she expected news on the talks with Vendex": KLM's talks
            side = p.entity.affiliation
            if side is None or side.type not in (ORG, GPE):
                continue  # "the presidential spokesman": nobody named to stand for
            p = Party(side, p.start, p.end)
        if (state := capital_state(p.entity)) is not None:
            p = Party(state, p.start, p.end)  # "negotiate with Tokyo": Japan
        if (holder := title_holder(table, text, p, parties)) is not None:
            p = Party(holder, p.start, p.end)  # "the Russian and Turkish presidents", "his Turkish counterpart"
        if unnamed(p.entity):
            continue  # "Government officials", "Trade sources" read as names: no named party
        if p.entity.id not in seen:
            seen.add(p.entity.id)
            out.append(p)
    kept = []
    for p in out:
        own_side = p.entity.type != PERSON and any(
            q.entity.affiliation is p.entity for q in out if q is not p
        )
        if not own_side:
            kept.append(p)
        elif p.group_phrase is not None and (group := anchored_group(table, text, *p.group_phrase)) is not None:
            kept.append(group)
    return kept


def _own_side_pronoun(scope: Scope, text: str, parties: list[Party]) -> list[Party] | None:
    """A personal pronoun the entity table resolved to another side of the same meeting ("Speaking after talks with
    President Alves, he said": no one meets himself) stands for the person named before it who is none of the
    other sides; None when there is no such pronoun or person."""
    for i, p in enumerate(parties):
        if text[p.start : p.end].lower() not in _PRONOUNS:
            continue
        others = parties[:i] + parties[i + 1 :]
        if not any(q.entity is p.entity and text[q.start : q.end].lower() not in _PRONOUNS for q in others):
            continue
        if (person := scope.other_person(p, others)) is not None:
            return [*parties[:i], person, *parties[i + 1 :]]
    return None


def _subject_side_kept(reading: Reading, group: list[Party], parties: list[Party]) -> bool:
    """Does a party of the subject's side remain, when the rule read a subject and the other side after it? Without
    one, the names left are the other side alone, of someone unnamed ("bankers say it will recur in talks with
    Chile and Peru", "steel executives met with Commerce Department and State Department officials") or of
    nobody said ("progress in bank discussions with Chile and Peru"): they did not meet each other."""
    if reading.subject_count < 0 or reading.subject_count >= len(group):
        return True
    subject = {(p.start, p.end) for p in group[: reading.subject_count]}
    return any((p.start, p.end) in subject for p in parties)


def _by_name(text: str, parties: list[Party]) -> bool:
    return all(text[p.start].isupper() and text[p.start : p.end].lower() not in _PRONOUNS for p in parties)


def _draft(
    reader: Reader, hit: TriggerHit, parties: list[Party], reach: int, how: str, sentence: int, dates: DateIndex
) -> Draft:
    """The meeting one trigger states: its clause gives the date, the place and the topic."""
    scope, text = reader.scope, reader.text
    evidence = scope.sentence
    lower, _ = reader.clause_start(hit.start)
    upper = min(scope.clause_end(max(hit.end, reach)), reader.inset_end(hit.start, max(hit.end, reach)))
    verbal = hit.form.kind != "noun"
    # "discussed the crisis with ...": the trigger itself introduces the topic
    topic_start = hit.start if hit.form.form.startswith("discuss") else hit.end
    topic = meeting_topic(text, (topic_start, upper), dates, tuple(p.start for p in parties), scope.inside_name)
    topic_span = (topic.start, topic.end) if topic is not None else None
    # a phone call has no meeting place: "in Geneva" there is where a caller was
    place = None
    meet_verb = verbal and hit.form.family == "meet"
    if topic is not None and hit.form.family != "phone" and (place := place_on(scope.table, text, topic, meet_verb)):
        topic = None  # "when they met on Bali", "a meeting on Capitol Hill": where, not what about
    if place is None and hit.form.family != "phone":
        place = meeting_place(scope.table, text, (lower if verbal else hit.end, upper), dates, topic)
        if place is None and not verbal:
            place = place_before(scope.table, text, hit.start, lower)
    return Draft(
        trigger=trusted(Span)(start=hit.start, end=hit.end, text=text[hit.start : hit.end]),
        parties=parties,
        family=hit.form.family,
        how=how,
        evidence=trusted(Span)(start=evidence.start, end=evidence.end, text=text[evidence.start : evidence.end]),
        sentence=sentence,
        date=meeting_date(dates, text, (hit.start, hit.end), (lower, upper), verbal, topic_span),
        location=place,
        topic=topic,
        resolved_by_name=_by_name(text, parties),
        verbal=hit.form.kind in ("verb", "with"),
    )


def _meetings_of(reading: Reading, text: str, hit: TriggerHit, lower: int) -> list[list[Party]]:
    """The parties of each meeting a reading states: one group, or, for separate meetings of one side with each of
    several others ("Saudi Arabia held separate talks with Iran and Iraq", "X and Y met separately with Z"), one
    group per other side."""
    n = reading.subject_count
    if n < 1:
        return [reading.parties]
    separate = _SEPARATE_BEFORE.search(text, max(lower, hit.start - 40), hit.end) or _SEPARATELY_AFTER.match(
        text, hit.end
    )
    if not separate:
        return [reading.parties]
    subject, others = reading.parties[:n], reading.parties[n:]
    if len(others) >= 2:
        return [subject + [other] for other in others]
    if len(subject) >= 2:
        return [[side, *others] for side in subject]
    return [reading.parties]


def find_meetings(doc: Document, entities: EntityTable, dates: list[DateRecord], language: str) -> list[Meeting]:
    """Meetings between at least two resolvable parties, one record per meeting."""
    hits = find_triggers(doc, language)
    if not hits:
        return []
    text = doc.text
    index = DateIndex(dates)
    drafts: list[Draft] = []
    for i, sentence_hits in sorted(hits.items()):
        around = (sentence_hits[0].start, sentence_hits[-1].end)
        scope = Scope(doc, entities, doc.sentences[i], doc.sentences[i - 1] if i else None, index.spans, around)
        reader = Reader(scope, index)
        for hit in sentence_hits:
            if drafts and drafts[-1].sentence >= i - 1:
                scope.recent_meeting = drafts[-1].parties  # "their meeting", "the two leaders" right after
            reading = reader.read(hit.start, hit.end, hit.form)
            for group in _meetings_of(reading, text, hit, doc.sentences[i].start):
                parties = _distinct(group, entities, text)
                if len(parties) < 2 and (repaired := _own_side_pronoun(scope, text, group)) is not None:
                    parties = _distinct(repaired, entities, text)
                if len(parties) >= 2 and not _subject_side_kept(reading, group, parties):
                    continue
                if len(parties) >= 2:
                    drafts.append(_draft(reader, hit, parties, reading.reach, reading.how, i, index))
    for draft in drafts:
        following = draft.sentence + 1
        if draft.topic is None and following < len(doc.sentences):
            nxt = doc.sentences[following]
            draft.topic = follow_up_topic(text, (nxt.start, nxt.end), index)
    return [to_record(d, n) for n, d in enumerate(merge(drafts), 1)]
