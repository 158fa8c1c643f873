"""A stand-in entity table for the meeting rules' unit tests.

It knows exactly the names a test declares (canonical name -> type and surface forms), resolves "he"/"she"
to the latest person, "it" to the latest organisation or state, and "the two leaders" to a group of the
latest two people, so the tests exercise the meeting rules and not name recognition.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from extractor.text import Document
from schemas import EntityType, SpeakerRef


@dataclass(eq=False)
class FakeEntity:
    id: str
    name: str
    type: EntityType
    plural: bool = False
    gender: str | None = None
    members: list[FakeEntity] = field(default_factory=list)
    affiliation: FakeEntity | None = None


@dataclass(eq=False)
class FakeMention:
    start: int
    end: int
    text: str
    kind: str
    entity: FakeEntity | None


_TYPES = {"PERSON": EntityType.PERSON, "ORG": EntityType.ORG, "GPE": EntityType.GPE, "OTHER": EntityType.OTHER}


class FakeTable:
    def __init__(self, text: str, names: dict[str, tuple[str, ...]]) -> None:
        """names: canonical name -> (type, surface form, ...); the canonical name is always a surface form.
        A type "PERSON>Russia" also makes the person affiliated with the entity named "Russia"."""
        self.text = text
        self.entities: list[FakeEntity] = []
        self.mentions: list[FakeMention] = []
        affiliations = {}
        spans: list[tuple[int, int, int, FakeEntity]] = []
        for n, (name, (typ, *forms)) in enumerate(names.items(), 1):
            typ, _, affiliation = typ.partition(">")  # "PERSON>Russia": a person affiliated with Russia
            entity = FakeEntity(f"e{n}", name, _TYPES[typ])
            affiliations[name] = affiliation
            self.entities.append(entity)
            for form in sorted({name, *forms}, key=len, reverse=True):
                for m in regex.finditer(rf"(?<!\p{{L}}){regex.escape(form)}(?!\p{{L}})", text):
                    spans.append((len(form), m.start(), m.end(), entity))
        covered: set[int] = set()
        for _, start, end, entity in sorted(spans, key=lambda x: -x[0]):  # longest names first
            if not covered.intersection(range(start, end)):
                covered.update(range(start, end))
                self.mentions.append(FakeMention(start, end, text[start:end], "name", entity))
        self._sort()
        by_name = {e.name: e for e in self.entities}
        for entity in self.entities:
            entity.affiliation = by_name.get(affiliations[entity.name])

    def _sort(self) -> None:
        self.mentions.sort(key=lambda x: x.start)
        self._starts = [m.start for m in self.mentions]

    def _near(self, start: int, end: int) -> list[FakeMention]:
        """Mentions starting in [start - 100, end): names are short, so no earlier one reaches `start`."""
        return self.mentions[bisect.bisect_left(self._starts, start - 100) : bisect.bisect_left(self._starts, end)]

    def mentions_in(self, start: int, end: int) -> list[FakeMention]:
        return [m for m in self._near(start, end) if start <= m.start and m.end <= end and m.kind != "pronoun"]

    def mention_at(self, start: int, end: int) -> FakeMention | None:
        hits = [m for m in self._near(start, end) if m.start < end and start < m.end]
        return max(hits, key=lambda m: m.end - m.start) if hits else None

    def _latest(self, before: int, types: set[EntityType], n: int = 1) -> list[FakeEntity]:
        out: list[FakeEntity] = []
        for m in reversed(self._near(before - 2000, before)):
            if m.end <= before and m.entity is not None and m.entity.type in types and m.entity not in out:
                out.append(m.entity)
                if len(out) == n:
                    break
        return out

    def resolve(self, start: int, end: int) -> FakeMention | None:
        known = self.mention_at(start, end)
        if known is not None and known.start == start and known.end == end:
            return known
        phrase = self.text[start:end].lower()
        if phrase in ("he", "she", "him", "his", "her"):
            found = self._latest(start, {EntityType.PERSON})
        elif phrase in ("it", "its"):
            found = self._latest(start, {EntityType.ORG, EntityType.GPE})
        elif regex.fullmatch(r"the two (?:leaders|men|ministers)", phrase):
            people = self._latest(start, {EntityType.PERSON}, 2)
            pair = FakeEntity("g1", "the two leaders", EntityType.PERSON, plural=True, members=people)
            found = [pair] if len(people) == 2 else []
        else:
            found = []
        if not found:
            return None
        mention = FakeMention(start, end, self.text[start:end], "pronoun", found[0])
        i = bisect.bisect_left(self._starts, start)
        self.mentions.insert(i, mention)
        self._starts.insert(i, start)
        return mention

    def speaker_ref(self, mention: FakeMention) -> SpeakerRef:
        assert mention.entity is not None
        return SpeakerRef(entity_id=mention.entity.id, name=mention.entity.name, start=mention.start, end=mention.end)


def run(text: str, names: dict[str, tuple[str, ...]], dates: list | None = None, language: str = "en") -> list:
    """find_meetings on `text` with the fake table."""
    from extractor.meetings import find_meetings

    return find_meetings(Document(text), FakeTable(text, names), dates or [], language)  # type: ignore[arg-type]
