"""The `html` and `url` input forms through HTTP, Redis and real workers, with pages from a local server.

`open_stack` may fetch from 127.0.0.1 (RECORDSMITH_ALLOW_PRIVATE_URLS); the session's default worker may
not, which is how the SSRF guard is shown to refuse it.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from schemas import ExtractionResult, check_spans
from tests.conftest import Proc
from tests.integration.test_seed_roundtrip import wait_finished
from tests.localhttp import LocalServer

pytestmark = pytest.mark.integration

ARTICLE = ('<html><head><title>Envoys meet</title>'
           '<meta property="article:published_time" content="2019-03-12T08:00:00Z"></head><body>'
           '<nav><a href="/">Home</a> | <a href="/world">World news</a> | <a href="/sport">Sport</a></nav>'
           '<article><h1>Envoys meet in Vienna</h1>'
           '<p>Foreign Minister Maren Holt of Norway met her Austrian counterpart Felix Brandner in Vienna on '
           'Tuesday. &ldquo;The talks will resume next week,&rdquo; Holt told reporters after the meeting.</p>'
           '<p>Brandner said the two governments had agreed to keep the harbour agreement in force.</p>'
           '</article><footer>Copyright Example News. All rights reserved. Cookie settings.</footer>'
           '</body></html>')


def result_of(client: httpx.Client, submitted: dict) -> ExtractionResult:
    job = wait_finished(client, submitted["links"]["job"])
    assert job["status"] == "succeeded", job
    r = client.get(submitted["links"]["result"])
    assert r.status_code == 200, r.text
    return ExtractionResult.model_validate_json(r.content)


def submit(client: httpx.Client, payload: dict) -> dict:
    r = client.post("/v1/documents", json=payload)
    assert r.status_code == 202, r.text
    return r.json()


def assert_main_text(result: ExtractionResult) -> None:
    assert result.text is not None
    assert "Maren Holt" in result.text and "“The talks will resume next week,”" in result.text
    assert "Cookie settings" not in result.text and "Sport" not in result.text  # boilerplate dropped
    check_spans(result, result.text)  # offsets refer to the extracted text the result carries
    assert any(q.text.startswith("The talks will resume") and q.speaker and q.speaker.name == "Maren Holt"
               for q in result.quotes), result.quotes


def test_html_input_offsets_refer_to_the_extracted_text(open_client: Callable[[str], httpx.Client]) -> None:
    alpha = open_client("alpha")
    result = result_of(alpha, submit(alpha, {"html": ARTICLE, "published_at": "2019-03-14"}))
    assert_main_text(result)
    assert result.reference_date == "2019-03-14" and result.language == "en"
    tuesday = next(d for d in result.dates if d.text == "Tuesday")
    assert tuesday.value == "2019-03-12"


def test_html_without_published_at_takes_the_pages_own_date(open_client: Callable[[str], httpx.Client]) -> None:
    alpha = open_client("alpha")
    result = result_of(alpha, submit(alpha, {"html": ARTICLE.replace("Vienna on", "Vienna, on")}))
    assert result.reference_date == "2019-03-12"


def test_language_is_detected_when_absent(open_client: Callable[[str], httpx.Client]) -> None:
    alpha = open_client("alpha")
    html = ("<html><body><article><p>O ministro disse que as negociações vão continuar na próxima semana, "
            "e que o governo não tem pressa para assinar o acordo com os parceiros europeus.</p></article>"
            "</body></html>")
    assert result_of(alpha, submit(alpha, {"html": html})).language == "pt"


def test_html_without_main_text_fails_the_job(open_client: Callable[[str], httpx.Client]) -> None:
    alpha = open_client("alpha")
    job = wait_finished(alpha, submit(alpha, {"html": "<html><body><script>x()</script></body></html>"})
                        ["links"]["job"])
    assert job["status"] == "failed" and "holds no main text" in job["error"]


def test_url_input_is_fetched_and_read_as_html(open_client: Callable[[str], httpx.Client], web: LocalServer) -> None:
    alpha = open_client("alpha")
    url = web.route("/news/envoys.html", (200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE.encode()))
    web.route("/short/envoys", (302, {"Location": "/news/envoys.html"}, b""))
    result = result_of(alpha, submit(alpha, {"url": web.url + "/short/envoys"}))
    assert_main_text(result)
    assert result.reference_date == "2019-03-12"
    assert web.requests_to("/news/envoys.html")[-1].headers["host"] == url.split("/")[2]
    document = alpha.get(f"/v1/documents/{result.document_id}").json()
    assert document["source"] == "url"


def test_url_input_reads_plain_text(open_client: Callable[[str], httpx.Client], web: LocalServer) -> None:
    alpha = open_client("alpha")
    text = '"We are ready," the envoy Maren Holt said on 24 February 2022.'
    url = web.route("/notes.txt", (200, {"Content-Type": "text/plain; charset=utf-8"}, text.encode()))
    result = result_of(alpha, submit(alpha, {"url": url}))
    assert result.text == text and result.dates[0].value == "2022-02-24"


@pytest.mark.parametrize(("path", "reply", "error"), [
    ("/bad/pdf", (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7"),
     "is application/pdf; only text/html and text/plain are read"),
    ("/bad/huge", (200, {"Content-Type": "text/html"}, b"<p>" + b"z" * 70_000 + b"</p>"),
     "is 70007 bytes, above the limit of 65536"),
    ("/bad/gone", (410, {"Content-Type": "text/html"}, b"gone"), "answered HTTP 410"),
    ("/bad/loop", (302, {"Location": "/bad/loop"}, b""), "more than 2 redirects"),
])
def test_fetch_failures_end_the_job_failed_with_a_precise_error(
        open_client: Callable[[str], httpx.Client], web: LocalServer, path: str, reply: tuple, error: str) -> None:
    alpha = open_client("alpha")
    url = web.route(path, reply)
    job = wait_finished(alpha, submit(alpha, {"url": url})["links"]["job"])
    assert job["status"] == "failed", job
    assert job["error"].startswith("fetching the URL failed: ") and error in job["error"], job["error"]


def test_the_default_worker_refuses_private_urls(alpha: httpx.Client, worker: Proc, web: LocalServer) -> None:
    url = web.route("/private.html", (200, {"Content-Type": "text/html"}, ARTICLE.encode()))
    job = wait_finished(alpha, submit(alpha, {"url": url})["links"]["job"])
    assert job["status"] == "failed"
    assert "refused: 127.0.0.1 is not a public address (loopback" in job["error"], job["error"]
    assert not web.requests_to("/private.html")  # refused before any connection was made
