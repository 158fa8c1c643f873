"""The entity layer's working objects: canonical entities and the mentions that point at them."""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas import EntityType

# The entity types as module constants: Python 3.11 reads a member off an Enum class through the class's attribute
# machinery, about 900 machine instructions a read (callgrind), where a module global costs a few dozen, and the
# stage compares types several times a candidate.
PERSON, ORG, GPE, OTHER = EntityType.PERSON, EntityType.ORG, EntityType.GPE, EntityType.OTHER

# Mention kinds: a proper name, a pronoun, a definite description ("the ministry") or an anonymous
# source ("a U.S. official", which is its own entity).
NAME, PRONOUN, DESCRIPTION, ANONYMOUS = "name", "pronoun", "description", "anonymous"


@dataclass(eq=False, slots=True)
class EntityDraft:
    """A canonical entity while the document is being read (identity semantics: two drafts never merge by value)."""

    id: str
    name: str
    type: EntityType
    gender: str | None = None
    plural: bool = False
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: EntityDraft | None = None
    # the individual entities a group stands for ("the two leaders"); empty for ordinary entities
    members: list[EntityDraft] = field(default_factory=list)
    # organisation class from the head-word lexicon (company, media, gov, party, group), "" otherwise
    org_class: str = ""

    @property
    def guessed_person(self) -> bool:
        """A person only for want of a better reading: one capitalised word with no title, gender or members
        ('Libor', 'Shamrock'), as opposed to someone the text names in full, titles or genders."""
        return (
            self.type is PERSON and not self.roles and self.gender is None and " " not in self.name
            and not self.members
        )

    def add_role(self, role: str) -> None:
        if role and role.lower() not in {r.lower() for r in self.roles}:
            self.roles.append(role)

    def __repr__(self) -> str:
        return f"EntityDraft({self.id}, {self.name!r}, {self.type.value})"


@dataclass(eq=False, slots=True)
class Mention:
    """A span of the text that refers to an entity; `text == doc.text[start:end]`."""

    start: int
    end: int
    text: str
    kind: str
    entity: EntityDraft | None = None

    def __repr__(self) -> str:
        target = self.entity.name if self.entity else None
        return f"Mention({self.start}:{self.end} {self.text!r} {self.kind} -> {target!r})"
