"""The pure extraction engine: `extract(text, reference_date=None, language=None) -> ExtractionResult`.

No I/O, no Redis, no Celery: the same call runs in the worker, the CLI and the tests.
"""

from extractor.pipeline import extract, warm_up
from extractor.version import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION", "extract", "warm_up"]
