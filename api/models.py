"""Per-purpose response models of the API that are not part of the shared contract (yet)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel

from schemas import JobStatus, Links


class DocumentPublic(BaseModel):
    """A stored document's metadata (the text itself is not echoed back)."""

    id: str
    job_id: str
    status: JobStatus
    created_at: datetime
    title: str | None = None
    published_at: date | datetime | None = None
    language: str | None = None
    external_id: str | None = None
    metadata: dict[str, Any] = {}
    source: str
    length: int | None = None
    links: Links


class DocumentPage(BaseModel):
    """Newest first; follow `next_cursor` (null on the last page)."""

    documents: list[DocumentPublic]
    next_cursor: str | None = None


class Health(BaseModel):
    status: str
