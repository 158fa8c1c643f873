"""`recordsmith submit`: documents from files, folders and JSONL, sent with the SDK, a progress bar, JSONL out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from threading import Lock
from typing import Any, BinaryIO

import orjson
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from client.sdk import Client, Job, RecordsmithError

HTML = {".html", ".htm"}
SKIPPED = {".json", ".png", ".jpg", ".jpeg", ".gif", ".pdf", ".zip", ".gz"}


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith(".") and child.suffix.lower() not in SKIPPED:
                yield child
    else:
        yield path


def documents_in(paths: Iterable[Path], published_at: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(source, SubmitRequest fields) for every document: a text or HTML file is one, a JSONL line is one
    (its source is `file:line`). Read lazily: a big folder or JSONL file is never held in memory whole."""
    for path in paths:
        for file in _files(path):
            if file.suffix.lower() == ".jsonl":
                with file.open("rb") as lines:
                    for number, line in enumerate(lines, 1):
                        if line.strip():
                            fields = orjson.loads(line)
                            if published_at and "published_at" not in fields:
                                fields["published_at"] = published_at
                            yield f"{file}:{number}", fields
                continue
            body = file.read_text(encoding="utf-8", errors="replace")
            kind = "html" if file.suffix.lower() in HTML else "text"
            fields = {kind: body, "title": file.name}
            if published_at:
                fields["published_at"] = published_at
            yield str(file), fields


class SubmitProgress:
    """A rich progress bar on standard error: submitted, done, failed and the rate, updated from threads."""

    def __init__(self, waiting: bool) -> None:
        self.waiting = waiting
        self.submitted = self.done = self.failed = 0
        self._lock = Lock()
        self._progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(),
            TextColumn("submitted [cyan]{task.fields[submitted]}[/] · done [green]{task.fields[done]}[/] · "
                       "failed [red]{task.fields[failed]}[/] · {task.fields[rate]:.1f} docs/s"),
            TimeElapsedColumn(), console=Console(stderr=True), transient=False,
        )
        self._task = self._progress.add_task("extracting" if waiting else "submitting", total=None,
                                             submitted=0, done=0, failed=0, rate=0.0)

    def __enter__(self) -> SubmitProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._refresh()
        self._progress.stop()

    def count(self, submitted: int = 0, done: int = 0, failed: int = 0) -> None:
        with self._lock:
            self.submitted += submitted
            self.done += done
            self.failed += failed
            self._refresh()

    def _refresh(self) -> None:
        elapsed = self._progress.tasks[0].elapsed or 0.0
        finished = self.done + self.failed if self.waiting else self.submitted + self.failed
        total = self.submitted + (self.failed if not self.waiting else 0)
        self._progress.update(self._task, submitted=self.submitted, done=self.done, failed=self.failed,
                              rate=finished / elapsed if elapsed > 0 else 0.0, completed=finished,
                              total=max(total, finished) or None)


def _line(source: str, job: Job | None = None, **extra: Any) -> bytes:
    head: dict[str, Any] = {"path": source}
    if job is not None:
        head.update(document_id=job.document_id, job_id=job.id, status=job.status.value)
        if job.duplicate_of:
            head["duplicate_of"] = job.duplicate_of
    return orjson.dumps({**head, **extra}) + b"\n"


def _finish(job: Job, timeout: float) -> dict[str, Any]:
    """Wait for a job; its result, or why there is none."""
    try:
        job.wait(timeout)
        if job.status.value == "succeeded":
            return {"result": job.result().model_dump(mode="json")}
        return {"error": job.error or "failed"}
    except (RecordsmithError, TimeoutError) as exc:
        return {"error": str(exc)}


def run_submissions(client: Client, documents: Iterable[tuple[str, dict[str, Any]]], out: BinaryIO,
                    progress: SubmitProgress, *, wait: bool, concurrency: int, timeout: float) -> int:
    """Submit everything (at most `concurrency` requests in flight), write a JSON line per document (after its
    job finished, with --wait); returns how many were refused or failed."""
    sources: list[str] = []

    def tracked() -> Iterator[dict[str, Any]]:
        for source, fields in documents:
            sources.append(source)
            yield fields

    write_lock = Lock()

    def write(data: bytes) -> None:
        with write_lock:
            out.write(data)
            out.flush()

    def waited(source: str, job: Job) -> None:
        extra = _finish(job, timeout)
        progress.count(done=int("result" in extra), failed=int("error" in extra))
        write(_line(source, job, **extra))

    with ThreadPoolExecutor(max_workers=concurrency) as waiters:
        pending: list[Future[None]] = []
        # submit_many reads the input (filling `sources`) ahead of the outcomes it yields, in input order.
        for index, outcome in enumerate(client.submit_many(tracked(), concurrency)):
            source = sources[index]
            if isinstance(outcome, RecordsmithError):
                progress.count(failed=1)
                write(_line(source, error=str(outcome)))
            elif wait:
                progress.count(submitted=1)
                pending.append(waiters.submit(waited, source, outcome))
            else:
                progress.count(submitted=1)
                write(_line(source, outcome))
        for future in pending:
            future.result()
    return progress.failed

