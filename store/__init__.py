"""The Redis data layer shared by the API and the worker: documents, jobs, results, the key layout."""

from store.errors import ExtractionFailed, InvalidDocument, NotFound, QueueFull, RecordsmithError, TransientError
from store.keys import Keys
from store.settings import Settings, get_settings
from store.store import Store, StoredDocument

__all__ = [
    "ExtractionFailed", "InvalidDocument", "Keys", "NotFound", "QueueFull", "RecordsmithError", "Settings", "Store",
    "StoredDocument", "TransientError", "get_settings",
]
