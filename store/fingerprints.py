"""Digests that recognise a submission seen before: the same request, the same external id, the same content.

- `request_fingerprint`: the whole request; an `Idempotency-Key` reused with another body is refused.
- `external_id_digest`: the client's own id, hashed so that any string makes a safe key segment.
- `content_digest`: what the records depend on (the text or HTML, `published_at`, `language`); title,
  metadata, external id and callback do not change the records. URLs have none: a page changes over time.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from schemas import SubmitRequest


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def request_fingerprint(request: SubmitRequest, dumped: dict[str, Any] | None = None) -> str:
    """`dumped`: the request's `model_dump(mode="json")`, when the caller has it."""
    return _sha256(orjson.dumps(request.model_dump(mode="json") if dumped is None else dumped,
                                option=orjson.OPT_SORT_KEYS))


def external_id_digest(external_id: str) -> str:
    return _sha256(external_id.encode())


def content_digest(request: SubmitRequest) -> str | None:
    if request.text is not None:
        source = ["text", request.text]
    elif request.html is not None:
        source = ["html", request.html]
    else:
        return None
    published = request.published_at.isoformat() if request.published_at is not None else None
    return _sha256(orjson.dumps([*source, published, request.language]))
