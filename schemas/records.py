"""The result contract (DESIGN.md, schema_version "1"): records grounded in character spans.

Every record that cites the text carries `[start, end)` Python `str` offsets and the cited
text; `schemas.grounding.check_spans` asserts `text[start:end] == span.text` for a result.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION: Final = "1"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Record):
    """A verbatim piece of the document: `text == document[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class EntityType(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    OTHER = "OTHER"


class Entity(_Record):
    id: str
    name: str = Field(description="canonical name, e.g. 'Sergei Riabkov'")
    type: EntityType
    mentions: list[Span] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    affiliation: str | None = Field(default=None, description="id of the entity this one belongs to")


class SpeakerRef(_Record):
    """A resolved speaker or participant and the mention the attribution rests on."""

    entity_id: str
    name: str = Field(description="canonical name of the entity")
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)


class DateType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class ResolvedInterval(_Record):
    start: str = Field(description="ISO date (or date-time) of the first instant")
    end: str = Field(description="ISO date (or date-time) of the last instant, inclusive")


class DateRecord(_Record):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    type: DateType
    value: str = Field(description="TIMEX3 value, e.g. 2022-02-24, 1996, 1939/1945, P1Y, XXXX-WXX-4")
    granularity: str | None = Field(default=None, description="day, week, month, quarter, year, ...")
    resolved: ResolvedInterval | None = None
    confidence: float = Field(ge=0.0, le=1.0)


class Quote(_Record):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(description="the words inside the quotation marks")
    speaker: SpeakerRef | None = None
    cue: Span | None = None
    statement_id: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)


class StatementKind(StrEnum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


class Statement(_Record):
    id: str
    speaker: SpeakerRef | None = None
    cue: Span
    content: Span
    kind: StatementKind
    date_id: str | None = None
    date_value: str | None = None
    quote_ids: list[str] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)


class Location(_Record):
    name: str
    entity_id: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Meeting(_Record):
    id: str
    participants: list[SpeakerRef]
    trigger: Span
    date_id: str | None = None
    date_value: str | None = None
    location: Location | None = None
    topic: Span | None = None
    evidence: Span
    confidence: float = Field(ge=0.0, le=1.0)


class ExtractionResult(_Record):
    schema_version: Literal["1"] = SCHEMA_VERSION
    document_id: str | None = None
    language: str = "en"
    reference_date: str | None = Field(default=None, description="ISO date the relative dates resolve against")
    extractor_version: str
    timings_ms: dict[str, float] = Field(default_factory=dict)
    text: str | None = Field(
        default=None,
        description="the text the offsets refer to, when it differs from what was submitted (HTML, URL input)",
    )
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateRecord] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
