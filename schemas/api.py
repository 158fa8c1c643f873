"""Per-purpose models of the HTTP API: what a client sends, what it gets back."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.records import DateRecord, Meeting, Quote, SpeakerRef, Statement


class SubmitRequest(BaseModel):
    """One document to extract records from: `text`, `html` or `url` (exactly one)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, min_length=1, description="plain text; offsets refer to it")
    html: str | None = Field(default=None, min_length=1, description="HTML; its main text is extracted")
    url: str | None = Field(default=None, min_length=1, max_length=2048,
                            description="an http(s) page the worker fetches (HTML or plain text); offsets refer "
                                        "to its extracted text, which the result carries")
    title: str | None = Field(default=None, max_length=1000)
    published_at: date | datetime | None = Field(
        default=None, description="publication date: relative dates resolve against it"
    )
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}$", description="ISO 639-1 code")
    external_id: str | None = Field(default=None, max_length=256, description="your id for the document")
    metadata: dict[str, Any] = Field(default_factory=dict)
    callback_url: str | None = Field(default=None, min_length=1, max_length=2048,
                                     description="http(s) URL the job's outcome is POSTed to, signed (see README)")

    @field_validator("url", "callback_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        # Only the form is checked here; where the URL points is checked by the worker's SSRF guard.
        if value is None:
            return value
        scheme, sep, rest = value.partition("://")
        host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rpartition("@")
        if not sep or scheme.lower() not in ("http", "https") or not host[2] or host[1]:
            raise ValueError("give an absolute http:// or https:// URL with a host and no user name")
        if any(c.isspace() or ord(c) < 32 for c in value):
            raise ValueError("the URL contains whitespace or control characters")
        return value

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


Day = date  # the RecordHit field `date` would shadow the type inside the class body
MatchedOn = Literal["idempotency_key", "external_id", "content"]


class SubmitResponse(BaseModel):
    document_id: str
    job_id: str
    status: JobStatus
    links: Links
    duplicate_of: str | None = Field(
        default=None, description="set when the submission was recognised as a document already stored: its id "
                                  "(equal to document_id); no new document or job was created")
    matched_on: MatchedOn | None = Field(default=None, description="what recognised it")


class WebhookDelivery(BaseModel):
    """Where the job's outcome is delivered, and how that went so far."""

    url: str
    status: Literal["pending", "retrying", "delivered", "failed"]
    attempts: int = 0
    last_status_code: int | None = Field(default=None, description="HTTP status of the last attempt")
    last_error: str | None = Field(default=None, description="why the last attempt failed, when it did")
    last_attempt_at: datetime | None = None


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
    webhook: WebhookDelivery | None = Field(default=None, description="set when the job has a callback_url")
    links: Links | None = None


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[dict[str, Any]] | None = Field(default=None, description="field errors of a 422")


class ResultNotReady(Problem):
    """The 409 of `GET /v1/documents/{id}/result` while the job is queued or running, or after it failed."""

    job_status: JobStatus
    job: str = Field(description="the job's URL: poll it with `?wait=30`")


class BatchRequest(BaseModel):
    """Many documents in one call, at most RECORDSMITH_MAX_BATCH. Each document is checked and answered on its
    own: one that is not a valid SubmitRequest gets its own problem, the others are accepted."""

    model_config = ConfigDict(extra="forbid")

    documents: list[SubmitRequest] = Field(min_length=1)


class BatchItem(BaseModel):
    """One document's outcome: `status` 202 with the ids of its job, or a 4xx/503 `problem`."""

    index: int = Field(description="position of the document in the request")
    status: int = Field(description="202 when accepted (or recognised as a duplicate), else the problem's status")
    submission: SubmitResponse | None = None
    problem: Problem | None = None


class BatchResponse(BaseModel):
    """`207 Multi-Status`, when at least one document was accepted (a batch of which none was is refused
    as a whole: one problem, with each document's problem in its `items`)."""

    accepted: int
    rejected: int
    items: list[BatchItem]


class RecordType(StrEnum):
    quote = "quote"
    statement = "statement"
    meeting = "meeting"
    date = "date"


class RecordHit(BaseModel):
    """One record of one document, as `GET /v1/records` lists them."""

    document_id: str
    type: RecordType
    id: str = Field(description="the record's id inside its document's result")
    date: Day = Field(description="the day the record is sorted and filtered by (`since`, `until`)")
    date_source: Literal["record", "published_at", "submitted"] = Field(
        description="record: the record's own resolved date (a statement's or meeting's date, a quote's "
                    "statement's date, a date record's start); else the document's published_at; else the day "
                    "it was submitted")
    text: str = Field(description="the cited text: a quote's words, a statement's content, a meeting's evidence, "
                                  "a date's words")
    speaker: SpeakerRef | None = None
    participants: list[SpeakerRef] = Field(default_factory=list)
    record: Quote | Statement | Meeting | DateRecord


class RecordPage(BaseModel):
    """Newest first. A page may hold fewer than `limit` records; keep following `next_cursor` until it is null."""

    records: list[RecordHit]
    next_cursor: str | None = None
