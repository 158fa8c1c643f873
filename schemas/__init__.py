"""The public contract of recordsmith: result records, API models and problems (pydantic v2)."""

from schemas.api import (
    BatchItem,
    BatchRequest,
    BatchResponse,
    Job,
    JobStatus,
    Links,
    Problem,
    RecordHit,
    RecordPage,
    RecordType,
    ResultNotReady,
    SubmitRequest,
    SubmitResponse,
    WebhookDelivery,
)
from schemas.grounding import GroundingError, check_spans, span_errors
from schemas.records import (
    SCHEMA_VERSION,
    DateRecord,
    DateType,
    Entity,
    EntityType,
    ExtractionResult,
    Location,
    Meeting,
    Quote,
    ResolvedInterval,
    Span,
    SpeakerRef,
    Statement,
    StatementKind,
)
from schemas.trusted import trusted

__all__ = [
    "SCHEMA_VERSION", "BatchItem", "BatchRequest", "BatchResponse", "RecordHit", "RecordPage", "RecordType",
    "ResultNotReady", "DateRecord", "DateType", "Entity", "EntityType", "ExtractionResult", "GroundingError",
    "Job", "JobStatus", "Links", "Location", "Meeting", "Problem", "Quote", "ResolvedInterval", "Span",
    "SpeakerRef", "Statement", "StatementKind", "SubmitRequest", "SubmitResponse", "WebhookDelivery", "check_spans",
    "span_errors", "trusted",
]
