"""Per-purpose models of the HTTP API: what a client sends, what it gets back."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class SubmitRequest(BaseModel):
    """One document to extract records from: `text`, `html` or `url` (exactly one)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, min_length=1, description="plain text; offsets refer to it")
    html: str | None = Field(default=None, min_length=1, description="HTML; its main text is extracted")
    url: str | None = Field(default=None, min_length=1, max_length=2048, description="fetched by the worker")
    title: str | None = Field(default=None, max_length=1000)
    published_at: date | datetime | None = Field(
        default=None, description="publication date: relative dates resolve against it"
    )
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}$", description="ISO 639-1 code")
    external_id: str | None = Field(default=None, max_length=256, description="your id for the document")
    metadata: dict[str, Any] = Field(default_factory=dict)
    callback_url: str | None = Field(default=None, max_length=2048, description="webhook for the job's outcome")

    @model_validator(mode="after")
    def _one_source(self) -> SubmitRequest:
        given = [name for name in ("text", "html", "url") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of text, html or url (got {', '.join(given) or 'none'})")
        if self.text is not None and "\x00" in self.text:
            raise ValueError("text contains NUL characters: send text, not binary data")
        return self

    def reference_date(self) -> date | None:
        if isinstance(self.published_at, datetime):
            return self.published_at.date()
        return self.published_at


class JobStatus(StrEnum):
    queued = "queued"
    running = "running"
    succeeded = "succeeded"
    failed = "failed"

    @property
    def finished(self) -> bool:
        return self in (JobStatus.succeeded, JobStatus.failed)


class Links(BaseModel):
    job: str
    document: str
    result: str


class SubmitResponse(BaseModel):
    document_id: str
    job_id: str
    status: JobStatus
    links: Links


class Job(BaseModel):
    """The job record, written at submit time: the source of truth for a document's progress."""

    id: str
    document_id: str
    status: JobStatus
    created_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None
    attempts: int = 0
    error: str | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    links: Links | None = None


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[dict[str, Any]] | None = Field(default=None, description="field errors of a 422")
