"""JSON logs with request ids, through a real API and a real prefork worker: the id a client sends (or the
one generated for it) comes back in `X-Request-ID` and marks the document's log lines in both processes."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.request_id import choose
from tests.conftest import KEYS, Proc, start_api

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def json_service(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Proc, Proc]]:
    # Its own queue: this worker serves only this API, and the session's worker never sees its tasks.
    json_env = {**env, "RECORDSMITH_LOG_FORMAT": "json", "RECORDSMITH_QUEUE": "json-logs"}
    folder = tmp_path_factory.mktemp("json-logs")
    worker = Proc(["worker", "--concurrency", "2"], json_env, folder / "worker.log").start()
    api, url = start_api(json_env, folder / "api.log")
    api_proc = api
    yield url, api_proc, worker
    api_proc.stop()
    worker.stop()


def lines(log: Path) -> list[dict]:
    out = []
    for line in log.read_text(errors="replace").splitlines():
        if line.startswith("{"):
            out.append(json.loads(line))
    return out


def test_a_request_id_follows_the_document_into_the_worker(json_service: tuple[str, Proc, Proc],
                                                           seed_text: str) -> None:
    url, api, worker = json_service
    headers = {"Authorization": f"Bearer {KEYS['alpha']}"}
    request_id = f"client-{uuid.uuid4().hex[:12]}"
    submitted = httpx.post(f"{url}/v1/documents", headers={**headers, "X-Request-ID": request_id},
                           json={"text": f"{seed_text}\n{request_id}"}, timeout=30)
    assert submitted.status_code == 202 and submitted.headers["x-request-id"] == request_id
    document_id = submitted.json()["document_id"]
    job = httpx.get(f"{url}{submitted.json()['links']['job']}", params={"wait": 30}, headers=headers,
                    timeout=40).json()
    assert job["status"] == "succeeded", worker.tail()

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        mine = [e for e in lines(worker.log) if e.get("request_id") == request_id]
        if any("ended" in e["msg"] for e in mine):
            break
        time.sleep(0.1)
    assert any(document_id in e["msg"] and "started" in e["msg"] for e in mine), worker.tail()
    assert any("ended" in e["msg"] and "SUCCESS" in e["msg"] for e in mine), worker.tail()
    assert len({e["pid"] for e in mine}) == 1  # one pool child ran it
    assert all(e["level"] and e["ts"] and e["logger"] for e in mine)
    # Lines of other tasks carry no id or another one: the id is cleared after each task.
    api_lines = [e for e in lines(api.log) if e.get("request_id") == request_id]
    assert any(e["msg"].startswith("POST /v1/documents 202") for e in api_lines), api.tail()
    assert seed_text[:40] not in api.log.read_text() + worker.log.read_text()  # no document text in logs


def test_ids_are_generated_when_absent_or_unusable_and_tokens_stay_out_of_the_logs(
        json_service: tuple[str, Proc, Proc]) -> None:
    url, api, _ = json_service
    first = httpx.get(f"{url}/healthz").headers["x-request-id"]
    second = httpx.get(f"{url}/healthz", headers={"X-Request-ID": "bad id\twith spaces"}).headers["x-request-id"]
    assert len(first) == 32 and first != second and " " not in second
    assert httpx.get(f"{url}/v1/documents/doc_00000000000000000000000000/view",
                     params={"token": "secret-token-value"}).status_code == 401
    time.sleep(0.3)
    text = api.log.read_text()
    assert "secret-token-value" not in text
    assert any(e.get("request_id") == first for e in lines(api.log))


@pytest.mark.parametrize(("given", "kept"), [("abc-123", True), ("a" * 128, True), ("a" * 129, False),
                                              ("", False), ("x y", False), ("ü", False), (None, False)])
def test_which_ids_are_honoured(given: str | None, kept: bool) -> None:
    assert (choose(given) == given) is kept


def test_text_access_lines_hide_view_tokens() -> None:
    import logging

    from client.logs import RedactTokens

    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:5", "GET", "/v1/documents/doc_x/view?token=abc.def&x=1", "1.1", 200), None)
    assert RedactTokens().filter(record)
    assert record.getMessage() == '127.0.0.1:5 - "GET /v1/documents/doc_x/view?token=…&x=1 HTTP/1.1" 200'
