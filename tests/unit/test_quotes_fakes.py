"""A stand-in entity table for the speech rules' unit tests.

It knows the names a test declares (canonical name -> type and surface forms); "he"/"she" resolve to the
latest person mentioned before them, "it"/"they" to the latest organisation or state, and any other
phrase containing a declared surface form to that entity; anything else becomes an anonymous entity named
by the phrase. So the tests exercise quote finding and attribution, not name recognition.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractor.speech import find_speech
from extractor.text import Document
from schemas import EntityType, Quote, SpeakerRef, Statement


@dataclass(eq=False)
class FakeEntity:
    id: str
    name: str
    type: EntityType
    gender: str | None = None
    plural: bool = False


@dataclass(eq=False)
class FakeMention:
    start: int
    end: int
    text: str
    kind: str
    entity: FakeEntity | None


_PERSON_PRONOUNS = {"he", "she"}
_GROUP_PRONOUNS = {"it", "they"}


class FakeTable:
    def __init__(self, text: str, names: dict[str, tuple[str, list[str]]]) -> None:
        self.text = text
        self.entities: list[FakeEntity] = []
        self.forms: list[tuple[str, FakeEntity]] = []
        for name, (kind, forms) in names.items():
            ent = FakeEntity(f"e{len(self.entities) + 1}", name, EntityType(kind))
            self.entities.append(ent)
            self.forms += [(form, ent) for form in [name, *forms]]
        self.forms.sort(key=lambda f: -len(f[0]))

    def _latest(self, before: int, types: set[EntityType]) -> FakeEntity | None:
        best, best_at = None, -1
        for form, ent in self.forms:
            at = self.text.rfind(form, 0, before)
            if ent.type in types and at > best_at:
                best, best_at = ent, at
        return best

    def resolve(self, start: int, end: int) -> FakeMention | None:
        phrase = self.text[start:end]
        low = phrase.lower()
        if low in _PERSON_PRONOUNS:
            ent = self._latest(start, {EntityType.PERSON})
        elif low in _GROUP_PRONOUNS:
            ent = self._latest(start, {EntityType.ORG, EntityType.GPE})
        else:
            ent = next((e for form, e in self.forms if form in phrase), None)
            if ent is None:
                ent = FakeEntity(f"e{len(self.entities) + 1}", phrase, EntityType.OTHER)
                self.entities.append(ent)
        return FakeMention(start, end, phrase, "name", ent) if ent else None

    def mentions_in(self, start: int, end: int) -> list[FakeMention]:
        """Declared names written inside [start, end), sorted by start."""
        out = []
        for form, ent in self.forms:
            at = self.text.find(form, start, end)
            while at >= 0:
                out.append(FakeMention(at, at + len(form), form, "name", ent))
                at = self.text.find(form, at + 1, end)
        return sorted(out, key=lambda m: m.start)

    def speaker_ref(self, mention: FakeMention) -> SpeakerRef:
        assert mention.entity is not None
        return SpeakerRef(entity_id=mention.entity.id, name=mention.entity.name, start=mention.start, end=mention.end)


def speech(text: str, names: dict[str, tuple[str, list[str]]] | None = None) -> tuple[list[Quote], list[Statement]]:
    """find_speech over `text` with the fake entity table and no dates."""
    return find_speech(Document(text), FakeTable(text, names or {}), [], "en")  # type: ignore[arg-type]
