"""One record per meeting: mentions of the same meeting merged, confidence from the evidence."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.meetings.scope import Party
from schemas import DateRecord, Location, Meeting, Span, SpeakerRef, trusted

# How much a trigger family says on its own: "met"/"summit" are plain meetings, "received"/"visited"
# need their object to be a party, "negotiations"/"conference" are often about a process or a venue.
_FAMILY_WEIGHT = {
    "meet": 0.8, "summit": 0.8, "phone": 0.8, "audience": 0.8, "talks": 0.75, "consultations": 0.65,
    "negotiations": 0.65, "host": 0.6, "receive": 0.6, "conference": 0.6, "visit": 0.55, "meal": 0.6,
}
# How the participants were found: an explicit "with"/"between"/"by" is stronger than a coordinated subject.
_HOW_BONUS = {"with": 0.1, "between": 0.1, "attended": 0.1, "passive": 0.1, "object": 0.05, "compound": 0.05}


@dataclass
class Draft:
    trigger: Span
    parties: list[Party]
    family: str
    how: str
    evidence: Span
    sentence: int
    date: DateRecord | None = None
    location: Location | None = None
    topic: Span | None = None
    resolved_by_name: bool = True
    mentions: int = 1
    verbal: bool = False  # the trigger is a meeting verb ("met", "discussed"), not a noun ("talks", "meeting")

    @property
    def key(self) -> frozenset[str]:
        return frozenset(p.entity.id for p in self.parties)

    def same_meeting(self, other: Draft) -> bool:
        if self.key != other.key:
            return False
        return self.date is None or other.date is None or _same_day(self.date.value, other.date.value)

    def absorb(self, other: Draft) -> None:
        if other.sentence == self.sentence and _FAMILY_WEIGHT.get(other.family, 0) > _FAMILY_WEIGHT.get(self.family, 0):
            # "X talks with Y during their meeting": the talking happens at the meeting, which is the event
            self.trigger, self.family = other.trigger, other.family
        elif other.sentence != self.sentence and other.verbal and not self.verbal:
            # "Speaking before talks with Alves, Brandt said ... Brandt met Alves in Lisbon": a verb states the meeting
            # itself, a noun often only places or times something else
            self.trigger, self.family, self.evidence, self.verbal = other.trigger, other.family, other.evidence, True
        self.mentions += 1
        self.date = self.date or other.date
        self.location = self.location or other.location
        self.topic = self.topic or other.topic


def _same_day(a: str, b: str) -> bool:
    """Whether two TIMEX3 values name the same day or period, a part of the day aside ('met early this afternoon'
    is 1987-04-07TAF, 'his meeting with Baker today' 1987-04-07); a duration's 'T' ('PT3H') is no time of day."""
    return a == b or (a[:4].isdigit() and b[:4].isdigit() and a.split("T", 1)[0] == b.split("T", 1)[0])


def merge(drafts: list[Draft]) -> list[Draft]:
    """Mentions of one meeting (same participants, same or unstated date) become one draft."""
    out: list[Draft] = []
    by_parties: dict[frozenset[str], list[Draft]] = {}
    for draft in drafts:
        kept_same = by_parties.setdefault(draft.key, [])
        for kept in kept_same:
            if kept.same_meeting(draft):
                kept.absorb(draft)
                break
        else:
            kept_same.append(draft)
            out.append(draft)
    return _merge_dated_subsets(out)


def _merge_dated_subsets(drafts: list[Draft]) -> list[Draft]:
    """A meeting on a stated date whose parties are some of another's on the same date is that meeting, named in
    part ('the meeting on Monday with Baker' and 'he, Baker and Poehl had a discussion during their meeting on
    Monday'): the fuller one absorbs it."""
    dropped: set[int] = set()
    for i, part in enumerate(drafts):
        if part.date is None:
            continue
        whole = next(
            (
                d for j, d in enumerate(drafts)
                if j != i and j not in dropped and d.date is not None and _same_day(d.date.value, part.date.value)
                and part.key < d.key
            ),
            None,
        )
        if whole is not None:
            whole.absorb(part)
            dropped.add(i)
    return [d for i, d in enumerate(drafts) if i not in dropped]


def confidence(d: Draft) -> float:
    score = _FAMILY_WEIGHT.get(d.family, 0.6) + _HOW_BONUS.get(d.how, 0.0)
    score += 0.05 * min(2, d.mentions - 1) + (0.03 if d.date else 0.0) + (0.02 if d.location else 0.0)
    if not d.resolved_by_name:
        score -= 0.1  # a participant rests on a pronoun or a group phrase
    return round(max(0.05, min(0.99, score)), 3)


def to_record(d: Draft, n: int) -> Meeting:
    return trusted(Meeting)(
        id=f"m{n}",
        participants=[trusted(SpeakerRef)(entity_id=p.entity.id, name=p.entity.name, start=p.start, end=p.end)
                      for p in d.parties],
        trigger=d.trigger,
        date_id=d.date.id if d.date else None,
        date_value=d.date.value if d.date else None,
        location=d.location,
        topic=d.topic,
        evidence=d.evidence,
        confidence=confidence(d),
    )
