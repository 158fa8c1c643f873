"""Log output of `recordsmith api` and `recordsmith worker`: text for terminals, JSON lines for containers
(RECORDSMITH_LOG_FORMAT=json), one object per record so a log shipper needs no parsing rules.

Every line carries the request id of the HTTP request it serves (`X-Request-ID`, api.request_id) and the
id travels with the task to the worker, so a document's lines, API and worker, share one `request_id`.
"""

from __future__ import annotations

import logging
import re
import sys
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import orjson

REQUEST_ID: ContextVar[str | None] = ContextVar("recordsmith_request_id", default=None)
TASK_HEADER = "recordsmith_request_id"  # the Celery message header carrying it to the worker


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
            "pid": record.process,
        }
        request_id = REQUEST_ID.get()
        if request_id:
            entry["request_id"] = request_id
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(entry).decode()


def configure_json(level: str = "INFO") -> None:
    """Route every logger (uvicorn's and Celery's included) through one JSON handler on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "celery"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True


def follow_requests_into_tasks() -> None:
    """Celery signals, connected once per process: a published task carries the current request id in its
    headers (API side); a worker sets it for the task's run and clears it after (worker side, inherited by the
    prefork children)."""
    from celery.signals import before_task_publish, task_postrun, task_prerun

    before_task_publish.connect(_stamp, weak=False, dispatch_uid="recordsmith-stamp")
    task_prerun.connect(_enter, weak=False, dispatch_uid="recordsmith-enter")
    task_postrun.connect(_leave, weak=False, dispatch_uid="recordsmith-leave")


def _stamp(headers: dict[str, Any] | None = None, **_: Any) -> None:
    request_id = REQUEST_ID.get()
    if request_id and headers is not None:
        headers[TASK_HEADER] = request_id


_task_log = logging.getLogger("recordsmith.worker")


def _enter(task: Any = None, args: Any = None, **_: Any) -> None:
    REQUEST_ID.set(getattr(task.request, TASK_HEADER, None) if task else None)
    _task_log.info("task %s started: %s", task.name if task else "?", " ".join(map(str, args or ())))


def _leave(task: Any = None, state: str | None = None, retval: Any = None, **_: Any) -> None:
    _task_log.info("task %s ended: %s (%s)", task.name if task else "?", state, retval)
    REQUEST_ID.set(None)


_TOKEN = re.compile(r"(token=)[^&\s\"]+")


class RedactTokens(logging.Filter):
    """uvicorn's access lines show the query string: a viewer link's token is replaced by `…` there."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_TOKEN.sub(r"\1…", a) if isinstance(a, str) else a for a in record.args)
        return True


def redact_access_log() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactTokens) for f in access.filters):
        access.addFilter(RedactTokens())
