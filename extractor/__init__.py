"""The pure extraction engine: `extract(text, reference_date=None, language=None) -> ExtractionResult`, and
`extract_many(requests)` for several documents at once (the same records, less CPU a document).

No I/O, no Redis, no Celery: the same call runs in the worker, the CLI and the tests.
"""

from extractor.pipeline import BATCH_SIZE, Request, extract, extract_many, warm_up
from extractor.version import EXTRACTOR_VERSION

__all__ = ["BATCH_SIZE", "EXTRACTOR_VERSION", "Request", "extract", "extract_many", "warm_up"]
