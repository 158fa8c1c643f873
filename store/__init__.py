"""The Redis data layer shared by the API and the worker: documents, jobs, results, the key layout."""

from store.errors import (
    ExtractionFailed,
    IdempotencyKeyReused,
    InvalidDocument,
    NotFound,
    QueueFull,
    RecordsmithError,
    TransientError,
)
from store.keys import Keys
from store.settings import Settings, get_settings
from store.store import Store, StoredDocument, Submission

__all__ = [
    "ExtractionFailed", "IdempotencyKeyReused", "InvalidDocument", "Keys", "NotFound", "QueueFull",
    "RecordsmithError", "Settings", "Store", "StoredDocument", "Submission", "TransientError", "get_settings",
]
