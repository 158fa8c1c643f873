"""The recordsmith Python SDK: `Client` and `AsyncClient` over httpx.

    from client.sdk import Client

    with Client("http://127.0.0.1:8000", api_key) as rs:
        job = rs.submit(text=article, published_at="2023-10-05")
        result = job.wait(timeout=60).result()          # schemas.ExtractionResult
        for hit in rs.records(type="quote", speaker="Riabkov"):
            print(hit.speaker.name, hit.text)

Every call retries 429 and 503 answers (honouring `Retry-After`) and connection failures with exponential
backoff. A submission lost in flight (a timeout after it was sent) is retried only when it carries an
`idempotency_key`, so a retry can never create a second job. Errors are `RecordsmithError` subclasses built
from the API's problem+json.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from schemas import ExtractionResult, RecordHit, SubmitRequest
from schemas import Job as JobRecord

RETRIED = (429, 503)
MAX_RETRY_AFTER = 60.0


class RecordsmithError(Exception):
    """A problem+json answer of the API (or, with status 0, no answer at all)."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        self.status = status
        self.problem = problem
        self.title = str(problem.get("title") or "")
        self.detail = str(problem.get("detail") or "")
        super().__init__(f"{status} {self.title}: {self.detail}".strip(" :"))


class TransportError(RecordsmithError):
    """The server could not be reached (status 0)."""


class AuthenticationError(RecordsmithError):
    """401: no API key, or not a valid one."""


class NotFoundError(RecordsmithError):
    """404: no such document or job (or another tenant's)."""


class ResultNotReadyError(RecordsmithError):
    """409: the job has not finished, or it failed (`job_status`)."""

    @property
    def job_status(self) -> str | None:
        return self.problem.get("job_status")


class InvalidRequestError(RecordsmithError):
    """413, 415, 422: the request was refused as it is; `errors` lists a 422's field errors."""

    @property
    def errors(self) -> list[dict[str, Any]]:
        return list(self.problem.get("errors") or [])


class RateLimitedError(RecordsmithError):
    """429 after every retry."""


class UnavailableError(RecordsmithError):
    """503 after every retry: Redis or the queue is down, or the queue is full."""


class ServerError(RecordsmithError):
    """Any other 5xx."""


_BY_STATUS = {401: AuthenticationError, 403: AuthenticationError, 404: NotFoundError, 409: ResultNotReadyError,
              413: InvalidRequestError, 415: InvalidRequestError, 422: InvalidRequestError,
              429: RateLimitedError, 503: UnavailableError}


def error_from(response: httpx.Response) -> RecordsmithError:
    try:
        problem = response.json()
        if not isinstance(problem, dict):
            raise ValueError
    except ValueError:
        problem = {"title": response.reason_phrase, "detail": response.text[:500]}
    cls = _BY_STATUS.get(response.status_code, ServerError if response.status_code >= 500 else RecordsmithError)
    return cls(response.status_code, problem)


def retry_delay(response: httpx.Response | None, attempt: int, backoff: float) -> float:
    """`Retry-After` (seconds or an HTTP date) when the server gives one, else full-jitter exponential."""
    value = response.headers.get("retry-after") if response is not None else None
    if value:
        try:
            return min(MAX_RETRY_AFTER, max(0.0, float(value)))
        except ValueError:
            try:
                moment = parsedate_to_datetime(value)
                return min(MAX_RETRY_AFTER, max(0.0, moment.timestamp() - time.time()))
            except (TypeError, ValueError):
                pass
    return random.uniform(0, backoff * 2**attempt)


def submit_body(text: str | None = None, html: str | None = None, url: str | None = None,
                **fields: Any) -> dict[str, Any]:
    """The JSON body of one submission (SubmitRequest fields; the server checks them and answers 422)."""
    body = {"text": text, "html": html, "url": url, **fields}
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in body.items() if v is not None}


def as_submission(item: str | dict[str, Any] | SubmitRequest) -> tuple[dict[str, Any], str | None]:
    """An item of `submit_many`: a text, a dict of SubmitRequest fields (plus `idempotency_key`), or a
    SubmitRequest -> (body, idempotency key)."""
    if isinstance(item, str):
        return submit_body(text=item), None
    if isinstance(item, SubmitRequest):
        return item.model_dump(mode="json", exclude_none=True, exclude_defaults=True), None
    fields = dict(item)
    key = fields.pop("idempotency_key", None)
    return submit_body(**fields), key


def _records_params(type: str | Iterable[str] | None, speaker: str | None, participant: str | Iterable[str] | None,
                    since: date | str | None, until: date | str | None, q: str | None,
                    page_size: int) -> dict[str, Any]:
    params: dict[str, Any] = {"limit": page_size}
    for name, value in (("type", type), ("participant", participant)):
        if value is not None:
            params[name] = [value] if isinstance(value, str) else list(value)
    for name, given in (("speaker", speaker), ("since", since), ("until", until), ("q", q)):
        if given is not None:
            params[name] = given.isoformat() if isinstance(given, date) else given
    return params


class _Base:
    def __init__(self, base_url: str, api_key: str, max_retries: int, backoff: float) -> None:
        self.base_url = base_url.rstrip("/")
        self.headers = {"Authorization": f"Bearer {api_key}", "User-Agent": "recordsmith-sdk"}
        self.max_retries, self.backoff = max_retries, backoff

    def absolute(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else self.base_url + path


def retryable(method: str, headers: dict[str, str] | None, exc: httpx.TransportError) -> bool:
    """A request that failed in transit may be sent again when it was never sent (connect errors) or when
    sending it twice does nothing twice (reads, and writes carrying an Idempotency-Key)."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout) or method == "GET" or bool(
        headers and headers.get("Idempotency-Key"))


def _submitted(answer: dict[str, Any]) -> tuple[JobRecord, str | None]:
    record = JobRecord(id=answer["job_id"], document_id=answer["document_id"], status=answer["status"],
                       created_at=datetime.now().astimezone(), links=answer["links"])
    return record, answer.get("duplicate_of")


class _JobView:
    """What a job says about itself; `Job` and `AsyncJob` add the calls."""

    def __init__(self, client: Any, record: JobRecord, duplicate_of: str | None = None) -> None:
        self.client, self.record, self.duplicate_of = client, record, duplicate_of

    id = property(lambda self: self.record.id)
    document_id = property(lambda self: self.record.document_id)
    status = property(lambda self: self.record.status)
    error = property(lambda self: self.record.error)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.id!r}, document_id={self.document_id!r}, status={self.status.value!r})"

    def _remaining(self, deadline: float, timeout: float) -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"job {self.id} is still {self.status.value} after {timeout:g} s")
        return min(30.0, remaining)


class Job(_JobView):
    """A submitted document's job. `wait()` refreshes it; `result()` fetches the records."""

    client: Client

    def refresh(self, wait: float = 0) -> Job:
        self.record = self.client.job(self.id, wait=wait).record
        return self

    def wait(self, timeout: float = 300.0) -> Job:
        """Long-poll until the job is succeeded or failed; TimeoutError if it is still going after `timeout`."""
        deadline = time.monotonic() + timeout
        while not self.status.finished:
            self.refresh(wait=self._remaining(deadline, timeout))
        return self

    def result(self) -> ExtractionResult:
        return self.client.result(self.document_id)

    def view_url(self, ttl: int = 3600) -> str:
        return self.client.view_url(self.document_id, ttl)


class Client(_Base):
    """Synchronous client; thread-safe (`submit_many` uses threads)."""

    def __init__(self, base_url: str, api_key: str, *, timeout: float = 40.0, max_retries: int = 5,
                 backoff: float = 0.5, transport: httpx.BaseTransport | None = None) -> None:
        super().__init__(base_url, api_key, max_retries, backoff)
        self.http = httpx.Client(base_url=self.base_url, timeout=timeout, headers=self.headers, transport=transport)

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        for attempt in range(self.max_retries + 1):
            response = None
            try:
                response = self.http.request(method, path, **kwargs)
            except httpx.TransportError as exc:
                if attempt == self.max_retries or not retryable(method, kwargs.get("headers"), exc):
                    raise TransportError(0, {"title": "Unreachable", "detail": f"{self.base_url}: {exc}"}) from exc
            else:
                if response.status_code < 400:
                    return response
                if response.status_code not in RETRIED or attempt == self.max_retries:
                    raise error_from(response)
            time.sleep(retry_delay(response, attempt, self.backoff))
        raise AssertionError("unreachable")  # the loop returns or raises

    def submit(self, text: str | None = None, *, html: str | None = None, url: str | None = None,
               idempotency_key: str | None = None, **fields: Any) -> Job:
        """Submit one document (exactly one of text, html, url); other SubmitRequest fields as keywords."""
        return self._submit(submit_body(text, html, url, **fields), idempotency_key)

    def _submit(self, body: dict[str, Any], idempotency_key: str | None) -> Job:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        answer = self.request("POST", "/v1/documents", json=body, headers=headers).json()
        return Job(self, *_submitted(answer))

    def submit_many(self, items: Iterable[str | dict[str, Any] | SubmitRequest],
                    concurrency: int = 8) -> Iterator[Job | RecordsmithError]:
        """Submit documents with at most `concurrency` requests in flight; yields, in input order, each one's
        Job or the RecordsmithError that refused it (one refused document does not stop the others)."""
        def one(item: str | dict[str, Any] | SubmitRequest) -> Job | RecordsmithError:
            try:
                return self._submit(*as_submission(item))
            except RecordsmithError as exc:
                return exc

        pending: deque[Future[Job | RecordsmithError]] = deque()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            for item in items:
                if len(pending) >= concurrency:
                    yield pending.popleft().result()
                pending.append(pool.submit(one, item))
            while pending:
                yield pending.popleft().result()

    def job(self, job_id: str, wait: float = 0) -> Job:
        params = {"wait": wait} if wait else {}
        record = JobRecord.model_validate_json(self.request("GET", f"/v1/jobs/{job_id}", params=params).content)
        return Job(self, record)

    def document(self, document_id: str) -> dict[str, Any]:
        return self.request("GET", f"/v1/documents/{document_id}").json()

    def result(self, document_id: str) -> ExtractionResult:
        return ExtractionResult.model_validate_json(self.request("GET", f"/v1/documents/{document_id}/result").content)

    def records(self, type: str | Iterable[str] | None = None, *, speaker: str | None = None,
                participant: str | Iterable[str] | None = None, since: date | str | None = None,
                until: date | str | None = None, q: str | None = None, page_size: int = 100) -> Iterator[RecordHit]:
        """Records across all of the tenant's documents, newest first, following the pages lazily."""
        params = _records_params(type, speaker, participant, since, until, q, page_size)
        while True:
            page = self.request("GET", "/v1/records", params=params).json()
            yield from (RecordHit.model_validate(row) for row in page["records"])
            if not page.get("next_cursor"):
                return
            params["cursor"] = page["next_cursor"]

    def view_url(self, document_id: str, ttl: int = 3600) -> str:
        """A link a browser can open without the API key: the viewer, valid for `ttl` seconds."""
        link = self.request("POST", f"/v1/documents/{document_id}/view-link", params={"ttl": ttl}).json()
        return self.absolute(link["url"])


class AsyncJob(_JobView):
    client: AsyncClient

    async def refresh(self, wait: float = 0) -> AsyncJob:
        self.record = (await self.client.job(self.id, wait=wait)).record
        return self

    async def wait(self, timeout: float = 300.0) -> AsyncJob:
        deadline = time.monotonic() + timeout
        while not self.status.finished:
            await self.refresh(wait=self._remaining(deadline, timeout))
        return self

    async def result(self) -> ExtractionResult:
        return await self.client.result(self.document_id)

    async def view_url(self, ttl: int = 3600) -> str:
        return await self.client.view_url(self.document_id, ttl)


class AsyncClient(_Base):
    """The same API for asyncio: every call is a coroutine; `submit_many` and `records` are async iterators."""

    def __init__(self, base_url: str, api_key: str, *, timeout: float = 40.0, max_retries: int = 5,
                 backoff: float = 0.5, transport: httpx.AsyncBaseTransport | None = None) -> None:
        super().__init__(base_url, api_key, max_retries, backoff)
        self.http = httpx.AsyncClient(base_url=self.base_url, timeout=timeout, headers=self.headers,
                                      transport=transport)

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self.http.aclose()

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        for attempt in range(self.max_retries + 1):
            response = None
            try:
                response = await self.http.request(method, path, **kwargs)
            except httpx.TransportError as exc:
                if attempt == self.max_retries or not retryable(method, kwargs.get("headers"), exc):
                    raise TransportError(0, {"title": "Unreachable", "detail": f"{self.base_url}: {exc}"}) from exc
            else:
                if response.status_code < 400:
                    return response
                if response.status_code not in RETRIED or attempt == self.max_retries:
                    raise error_from(response)
            await asyncio.sleep(retry_delay(response, attempt, self.backoff))
        raise AssertionError("unreachable")

    async def submit(self, text: str | None = None, *, html: str | None = None, url: str | None = None,
                     idempotency_key: str | None = None, **fields: Any) -> AsyncJob:
        return await self._submit(submit_body(text, html, url, **fields), idempotency_key)

    async def _submit(self, body: dict[str, Any], idempotency_key: str | None) -> AsyncJob:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        answer = (await self.request("POST", "/v1/documents", json=body, headers=headers)).json()
        return AsyncJob(self, *_submitted(answer))

    async def submit_many(self, items: Iterable[str | dict[str, Any] | SubmitRequest] | AsyncIterable[Any],
                          concurrency: int = 8) -> AsyncIterator[AsyncJob | RecordsmithError]:
        """As `Client.submit_many`: at most `concurrency` in flight, outcomes in input order."""
        async def one(item: Any) -> AsyncJob | RecordsmithError:
            try:
                return await self._submit(*as_submission(item))
            except RecordsmithError as exc:
                return exc

        async def each() -> AsyncIterator[Any]:
            if isinstance(items, AsyncIterable):
                async for item in items:
                    yield item
            else:
                for item in items:
                    yield item

        pending: deque[asyncio.Task[AsyncJob | RecordsmithError]] = deque()
        try:
            async for item in each():
                if len(pending) >= concurrency:
                    yield await pending.popleft()
                pending.append(asyncio.create_task(one(item)))
            while pending:
                yield await pending.popleft()
        finally:
            for task in pending:
                task.cancel()

    async def job(self, job_id: str, wait: float = 0) -> AsyncJob:
        params = {"wait": wait} if wait else {}
        response = await self.request("GET", f"/v1/jobs/{job_id}", params=params)
        return AsyncJob(self, JobRecord.model_validate_json(response.content))

    async def document(self, document_id: str) -> dict[str, Any]:
        return (await self.request("GET", f"/v1/documents/{document_id}")).json()

    async def result(self, document_id: str) -> ExtractionResult:
        response = await self.request("GET", f"/v1/documents/{document_id}/result")
        return ExtractionResult.model_validate_json(response.content)

    async def records(self, type: str | Iterable[str] | None = None, *, speaker: str | None = None,
                      participant: str | Iterable[str] | None = None, since: date | str | None = None,
                      until: date | str | None = None, q: str | None = None,
                      page_size: int = 100) -> AsyncIterator[RecordHit]:
        params = _records_params(type, speaker, participant, since, until, q, page_size)
        while True:
            page = (await self.request("GET", "/v1/records", params=params)).json()
            for row in page["records"]:
                yield RecordHit.model_validate(row)
            if not page.get("next_cursor"):
                return
            params["cursor"] = page["next_cursor"]

    async def view_url(self, document_id: str, ttl: int = 3600) -> str:
        link = (await self.request("POST", f"/v1/documents/{document_id}/view-link", params={"ttl": ttl})).json()
        return self.absolute(link["url"])
