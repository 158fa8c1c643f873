"""The records index: names, the member layout whose lexical order is newest first, the dates a record is
filed under, cursors, and queries against a private Redis (bounded scans, deletion, rewrites)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import msgpack
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from client.embedded_redis import EmbeddedRedis
from schemas import ExtractionResult, SubmitRequest
from store import Settings, Store
from store.keys import Keys
from store.records_index import (
    TYPES,
    IndexedDocument,
    RecordQuery,
    decode_cursor,
    encode_cursor,
    hit_row,
    index_result,
    inverted_day,
    name_key,
)

KEYS = Keys("rs")
SUBMITTED = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def speaker(entity_id: str, name: str) -> dict:
    return {"entity_id": entity_id, "name": name, "start": 0, "end": 1}


RESULT = {
    "extractor_version": "test",
    "entities": [{"id": "e1", "name": "Sergei Riabkov", "type": "PERSON"},
                 {"id": "e2", "name": "United Nations", "type": "ORG"}],
    "dates": [{"id": "d1", "start": 40, "end": 47, "text": "Tuesday", "type": "DATE", "value": "2024-02-13",
               "resolved": {"start": "2024-02-13", "end": "2024-02-13"}, "confidence": 0.9},
              {"id": "d2", "start": 60, "end": 73, "text": "this Thursday", "type": "DATE", "value": "XXXX-WXX-4",
               "resolved": None, "confidence": 0.5}],
    "quotes": [{"id": "q1", "start": 1, "end": 10, "text": "We agree,", "speaker": speaker("e1", "Sergei Riabkov"),
                "cue": None, "statement_id": "s1", "confidence": 0.9},
               {"id": "q2", "start": 80, "end": 90, "text": "Not today", "speaker": speaker("e2", "United Nations"),
                "cue": None, "statement_id": None, "confidence": 0.7}],
    "statements": [{"id": "s1", "speaker": speaker("e1", "Sergei Riabkov"), "cue": {"start": 12, "end": 16,
                    "text": "said"}, "content": {"start": 0, "end": 11, "text": "\"We agree,\""}, "kind": "direct",
                    "date_id": "d1", "date_value": "2024-02-13", "quote_ids": ["q1"], "confidence": 0.8}],
    "meetings": [],
}


def test_names_fold_case_accents_and_punctuation() -> None:
    assert name_key("Sergéi  RIABKOV") == name_key("sergei riabkov") == "sergei-riabkov"
    assert name_key("Jean-Marie Le Pen") == "jean-marie-le-pen"
    assert name_key("!!!") == ""


def filed(document_id: str, published: date | None, result: dict = RESULT) -> IndexedDocument:
    return index_result(KEYS, "alpha", document_id, ExtractionResult.model_validate(result), published, SUBMITTED)


def rows(filed: IndexedDocument, result: dict = RESULT) -> dict[str, dict]:
    """'{type}:{record id}' -> the row a query answers for it."""
    records = {f"{kind}:{r['id']}": r for kind in TYPES for r in result.get(f"{kind}s", [])}
    return {f"{m.split('|')[3]}:{m.split('|')[4]}": hit_row(m, records[f"{m.split('|')[3]}:{m.split('|')[4]}"])
            for key, members in filed.members.items() if ":rx:type:" in key for m in members}


def test_records_are_filed_under_their_own_date_else_the_publication_else_the_submission() -> None:
    dated = rows(filed("doc_x", date(2024, 2, 15)))
    assert (dated["quote:q1"]["date"], dated["quote:q1"]["date_source"]) == ("2024-02-13", "record")  # its statement's
    assert (dated["statement:s1"]["date"], dated["statement:s1"]["date_source"]) == ("2024-02-13", "record")
    assert (dated["quote:q2"]["date"], dated["quote:q2"]["date_source"]) == ("2024-02-15", "published_at")
    assert (dated["date:d2"]["date"], dated["date:d2"]["date_source"]) == ("2024-02-15", "published_at")
    undated = rows(filed("doc_x", None))
    assert (undated["quote:q2"]["date"], undated["quote:q2"]["date_source"]) == ("2024-03-01", "submitted")
    assert undated["statement:s1"]["text"] == '"We agree,"' and undated["date:d2"]["text"] == "this Thursday"
    assert undated["quote:q1"]["speaker"]["name"] == "Sergei Riabkov" and undated["date:d1"]["speaker"] is None
    assert undated["quote:q2"]["record"] == RESULT["quotes"][1]


def test_a_person_is_indexed_by_the_last_name_too_an_organisation_only_whole() -> None:
    members = filed("doc_x", None).members
    speakers = {key.rsplit(":", 1)[1] for key in members if ":rx:speaker:" in key}
    assert speakers == {"sergei-riabkov", "riabkov", "united-nations"}
    assert sum(len(m) for key, m in members.items() if ":rx:type:" in key) == 5
    assert all(key.startswith(KEYS.tenant("alpha")) for key in members)


@given(st.dates(), st.dates())
def test_later_days_sort_first(a: date, b: date) -> None:
    assert (inverted_day(a) < inverted_day(b)) == (a > b)
    assert len(inverted_day(a)) == 7


def test_cursors_round_trip_and_refuse_anything_else() -> None:
    member = filed("doc_01m8g5s4tkz0yekzbyxjs27e4t", None).members[KEYS.record_index("alpha", "type", "quote")][0]
    assert decode_cursor(encode_cursor(member)) == member
    layout_1 = member[:-2]  # before the day's source was a field of its own
    assert decode_cursor(encode_cursor(layout_1)) == layout_1
    for bad in ("", "%%%", encode_cursor("x|y"), encode_cursor(member + "|extra"), encode_cursor(member + "x"), "é"):
        assert decode_cursor(bad) is None


@pytest.fixture
def store(redis_server: EmbeddedRedis) -> Iterator[Store]:
    s = Store.from_settings(Settings(redis_url=redis_server.url, key_prefix="rxtest"))
    yield s
    for key in s.redis.scan_iter("rxtest:*"):
        s.redis.delete(key)
    s.close()


def saved(store: Store, text: str, published: str | None, result: dict = RESULT) -> str:
    job, _ = store.submit("alpha", SubmitRequest(text=text, published_at=published))
    assert store.succeed("alpha", job.id, store.get_document("alpha", job.document_id), orjson.dumps(result), {})
    return job.document_id


def test_a_bounded_scan_answers_a_short_page_with_a_cursor(store: Store) -> None:
    for day in range(12):
        saved(store, f"Document {day}.", (date(2024, 1, 1) + timedelta(days=day)).isoformat())
    query = RecordQuery(speaker="United Nations", words=("today",), limit=50)
    hits, cursor = store.records.query("alpha", query, budget=3)
    assert len(hits) == 3 and cursor is not None
    walked = hits
    while cursor is not None:
        hits, cursor = store.records.query("alpha", RecordQuery(speaker="United Nations", words=("today",),
                                                                after=decode_cursor(cursor), limit=50), budget=3)
        walked += hits
    assert [h["date"] for h in walked] == [(date(2024, 1, 12) - timedelta(days=i)).isoformat() for i in range(12)]


def test_saving_a_result_again_replaces_its_entries(store: Store) -> None:
    document_id = saved(store, "Once.", "2024-02-15")
    doc = store.get_document("alpha", document_id)
    fewer = {**RESULT, "quotes": [], "statements": []}
    assert store.succeed("alpha", doc.job_id, doc, orjson.dumps(fewer), {}, ExtractionResult.model_validate(fewer))
    assert store.records.query("alpha", RecordQuery(speaker="Riabkov"))[0] == []
    assert len(store.records.query("alpha", RecordQuery())[0]) == 2  # the two dates


def test_no_entry_is_written_for_a_deleted_document(store: Store) -> None:
    job, _ = store.submit("alpha", SubmitRequest(text="Gone soon."))
    doc = store.get_document("alpha", job.document_id)  # as the worker read it before the engine ran
    assert store.delete_document("alpha", job.document_id)
    assert not store.succeed("alpha", job.id, doc, orjson.dumps(RESULT), {})
    assert list(store.redis.scan_iter("rxtest:*")) == []


def saved_by_layout_1(store: Store, text: str, published: str | None, result: dict = RESULT) -> str:
    """A document saved as the index wrote it before 2026-12-06: members without their day's source, also in
    `rx:all`, and each record's row whole in the document's `records:` hash."""
    job, _ = store.submit("alpha", SubmitRequest(text=text, published_at=published))
    doc = store.get_document("alpha", job.document_id)
    indexed = index_result(store.keys, "alpha", doc.id, ExtractionResult.model_validate(result),
                           doc.request.published_at, doc.created_at)
    members = {key: [m[:-2] for m in listed] for key, listed in indexed.members.items()}
    members[store.keys.record_index("alpha")] = [m for key, listed in members.items() if ":rx:type:" in key
                                                 for m in listed]
    row_values = {name: orjson.dumps(row) for name, row in rows(indexed, result).items()}
    for key, listed in members.items():
        store.redis.zadd(key, dict.fromkeys(listed, 0))
    store.redis.hset(store.keys.records("alpha", doc.id), mapping=row_values)
    store.redis.set(store.keys.record_entries("alpha", doc.id), orjson.dumps(members))
    store.redis.set(store.keys.result("alpha", doc.id), orjson.dumps(result))
    store.redis.hset(store.keys.job("alpha", job.id), mapping={"status": "succeeded"})
    return doc.id


def test_documents_indexed_by_layout_1_are_read_with_the_others_and_deleted_whole(store: Store) -> None:
    old = saved_by_layout_1(store, "Before.", "2024-02-16")
    time.sleep(0.005)  # submitted in a later millisecond: ordered after it on a shared day
    new = saved(store, "After.", "2024-02-15")
    hits, cursor = store.records.query("alpha", RecordQuery())
    assert cursor is None
    # Newest day first (the publication days, then the records' own 2024-02-13), then the document submitted
    # last, then reading order.
    assert [(h["document_id"], h["id"], h["date"]) for h in hits] == [
        (old, "d2", "2024-02-16"), (old, "q2", "2024-02-16"), (new, "d2", "2024-02-15"), (new, "q2", "2024-02-15"),
        (new, "s1", "2024-02-13"), (new, "q1", "2024-02-13"), (new, "d1", "2024-02-13"),
        (old, "s1", "2024-02-13"), (old, "q1", "2024-02-13"), (old, "d1", "2024-02-13")]
    by_document = {d: [h for h in hits if h["document_id"] == d] for d in (old, new)}
    for a, b in zip(by_document[old], by_document[new], strict=True):  # the same rows, from either layout
        assert {**a, "document_id": "", "date": ""} == {**b, "document_id": "", "date": ""}
    assert [h["document_id"] for h in store.records.query("alpha", RecordQuery(speaker="riabkov"))[0]] == [
        new, new, old, old]
    # Paged one record at a time across both layouts and the merged type sets: the same order.
    walked, after = [], None
    while True:
        page, cursor = store.records.query("alpha", RecordQuery(types=frozenset({"quote", "date"}), after=after,
                                                                limit=1))
        walked += page
        if cursor is None:
            break
        after = decode_cursor(cursor)
    assert walked == [h for h in hits if h["type"] in ("quote", "date")]
    assert store.delete_document("alpha", old)
    assert not any(old.encode() in member for key in store.redis.scan_iter("rxtest:t:alpha:rx:*")
                   if store.redis.type(key) == b"zset" for member in store.redis.zrange(key, 0, -1))
    assert not store.redis.exists(store.keys.records("alpha", old), store.keys.record_entries("alpha", old))
    assert {h["document_id"] for h in store.records.query("alpha", RecordQuery())[0]} == {new}


def test_a_document_whose_entries_were_listed_as_json_is_deleted_whole(store: Store) -> None:
    """Entry lists are MessagePack since 2026-12-07; one written before, as JSON, is still read (deletion, a result
    saved again)."""
    first, again = saved(store, "Listed before.", "2024-02-15"), saved(store, "Saved again.", "2024-02-14")
    for document_id in (first, again):
        listed = store.keys.record_entries("alpha", document_id)
        members = msgpack.unpackb(store.redis.get(listed))
        assert members and all(":rx:" in key for key in members)
        store.redis.set(listed, orjson.dumps(members))
    doc = store.get_document("alpha", again)
    fewer = {**RESULT, "quotes": [], "statements": []}
    assert store.succeed("alpha", doc.job_id, doc, orjson.dumps(fewer), {}, ExtractionResult.model_validate(fewer))
    assert [h["document_id"] for h in store.records.query("alpha", RecordQuery(speaker="Riabkov"))[0]] == [first] * 2
    assert store.delete_document("alpha", first) and store.delete_document("alpha", again)
    assert not [key for key in store.redis.scan_iter("rxtest:t:alpha:rx:*")]
