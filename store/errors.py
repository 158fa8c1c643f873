"""The one exception tree of recordsmith, and what each error means to HTTP and to Celery.

    RecordsmithError                 status  retried?
     ├── InvalidDocument              422     never: the input is wrong, sending it again cannot help
     │    └── IdempotencyKeyReused    422     never: the key was first used with another document
     ├── NotFound                     404     never: also what a tenant sees for another tenant's ids
     ├── TransientError               503     yes, with backoff: Redis unreachable or loading, a timeout
     │    └── QueueFull               503     yes: backpressure, more than RECORDSMITH_MAX_QUEUE_DEPTH waiting
     └── ExtractionFailed             (job)   never: the engine failed on this document; the job ends `failed`

The API turns `http_status` into an RFC 9457 problem (plus `Retry-After` when `retryable`); the worker
retries exactly the `retryable` ones. Redis client errors become `TransientError` at the store boundary.
"""

from __future__ import annotations


class RecordsmithError(Exception):
    http_status = 500
    title = "Internal error"
    retryable = False


class InvalidDocument(RecordsmithError):
    http_status = 422
    title = "Invalid document"


class IdempotencyKeyReused(InvalidDocument):
    title = "Idempotency-Key reused"


class NotFound(RecordsmithError):
    http_status = 404
    title = "Not found"


class TransientError(RecordsmithError):
    http_status = 503
    title = "Service temporarily unavailable"
    retryable = True


class QueueFull(TransientError):
    title = "Queue full"


class ExtractionFailed(RecordsmithError):
    title = "Extraction failed"
