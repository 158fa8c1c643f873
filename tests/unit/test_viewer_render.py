"""The viewer's text layering and its signed links, without a browser."""

from __future__ import annotations

import time

import pytest

from api.viewer.render import Item, page, segments
from api.viewer.tokens import ViewTokens
from client.embedded_redis import EmbeddedRedis
from schemas import ExtractionResult


def _item(key: str, *spans: tuple[int, int]) -> Item:
    return Item(key, key.split("-")[0], key, list(spans))


def test_overlapping_and_nested_spans_cut_the_text_into_layers() -> None:
    text = "abcdefghij"
    quote, entity = _item("quote-1", (2, 8)), _item("entity-1", (4, 6), (9, 10))
    statement = _item("statement-1", (0, 5))
    cut = [(piece, [i.key for i in covering]) for piece, covering in segments(text, [quote, entity, statement])]
    assert "".join(piece for piece, _ in cut) == text
    assert cut == [("ab", ["statement-1"]), ("cd", ["statement-1", "quote-1"]),
                   ("e", ["statement-1", "quote-1", "entity-1"]), ("f", ["quote-1", "entity-1"]),
                   ("gh", ["quote-1"]), ("i", []), ("j", ["entity-1"])]


def test_spans_past_the_end_or_empty_are_clipped_and_text_is_escaped() -> None:
    text = "<b>x</b> & y"
    result = ExtractionResult(extractor_version="t", dates=[
        {"id": "d1", "start": 9, "end": 10, "text": "&", "type": "DATE", "value": "2024", "confidence": 0.5}])
    html = page("a <title>", text, result, "/s")
    assert "&lt;b&gt;x&lt;/b&gt; " in html and "<b>" not in html.split("<body>")[1]
    assert 'class="m t-date"' in html and "a &lt;title&gt;" in html
    assert [p for p, _ in segments("abc", [_item("date-1", (2, 99)), _item("date-2", (1, 1))])] == ["ab", "c"]


def test_the_record_data_block_cannot_be_closed_by_record_text() -> None:
    result = ExtractionResult(extractor_version="t", dates=[
        {"id": "d1", "start": 0, "end": 9, "text": "</script>", "type": "DATE", "value": "</script>",
         "confidence": 0.5}])
    html = page("t", "</script>", result, "/s")
    data = html.split('id="record-data">')[1]
    assert data.index("</script>") > data.index("<\\/script>")


@pytest.fixture(scope="module")
def tokens(tmp_path_factory: pytest.TempPathFactory):
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis")).start()
    import redis

    client = redis.Redis.from_url(server.url)
    yield lambda: ViewTokens(client, "test:viewer:secret")
    client.close()
    server.kill()


def test_tokens_are_bound_to_document_and_expiry_and_shared_across_processes(tokens) -> None:
    token, expires_at = tokens().issue("alpha", "doc_1", 60)
    assert expires_at >= time.time() + 59
    grant = tokens().check(token, "doc_1")  # another ViewTokens (another process) reads the same secret
    assert (grant.tenant, grant.document_id) == ("alpha", "doc_1")
    assert tokens().check(token, "doc_2") is None
    payload, signature = token.split(".")
    assert tokens().check(payload + "." + signature[::-1], "doc_1") is None
    for junk in ("", ".", "a.b.c", "!!!.???", payload):
        assert tokens().check(junk, "doc_1") is None
    expired, _ = tokens().issue("alpha", "doc_1", -1)
    assert tokens().check(expired, "doc_1") is None
