"""A small synchronous httpx client for the recordsmith HTTP API (used by `recordsmith submit/results`)."""

from __future__ import annotations

import time
from typing import Any

import httpx


class ApiError(Exception):
    """A problem+json answer (or a transport failure, status 0)."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        super().__init__(f"{status} {problem.get('title', '')}: {problem.get('detail', '')}".strip())
        self.status = status
        self.problem = problem


class RecordsmithClient:
    def __init__(self, url: str, api_key: str, timeout: float = 40.0) -> None:
        self.http = httpx.Client(base_url=url.rstrip("/"), timeout=timeout,
                                 headers={"Authorization": f"Bearer {api_key}"})

    def __enter__(self) -> RecordsmithClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.http.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise ApiError(0, {"title": "Unreachable", "detail": f"{self.http.base_url}: {exc}"}) from exc
        if response.status_code >= 400:
            try:
                problem = response.json()
            except ValueError:
                problem = {"title": response.reason_phrase, "detail": response.text[:500]}
            raise ApiError(response.status_code, problem)
        return response

    def submit(self, text: str, idempotency_key: str | None = None, **fields: Any) -> dict[str, Any]:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        body = {"text": text, **{k: v for k, v in fields.items() if v is not None}}
        return self._call("POST", "/v1/documents", json=body, headers=headers).json()

    def job(self, job_id: str, wait: float = 0) -> dict[str, Any]:
        params = {"wait": wait} if wait else {}
        return self._call("GET", f"/v1/jobs/{job_id}", params=params).json()

    def wait(self, job_id: str, timeout: float = 300.0) -> dict[str, Any]:
        """Long-poll until the job is succeeded or failed (or `timeout` passes: the last state is returned)."""
        deadline = time.monotonic() + timeout
        job = self.job(job_id)
        while job["status"] not in ("succeeded", "failed") and time.monotonic() < deadline:
            job = self.job(job_id, wait=min(30.0, max(0.1, deadline - time.monotonic())))
        return job

    def document(self, document_id: str) -> dict[str, Any]:
        return self._call("GET", f"/v1/documents/{document_id}").json()

    def result_job_id(self, document_id: str) -> str:
        return self.document(document_id)["job_id"]

    def result(self, document_id: str) -> dict[str, Any]:
        return self._call("GET", f"/v1/documents/{document_id}/result").json()
