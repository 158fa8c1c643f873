"""The records index: names, the member layout whose lexical order is newest first, the dates a record is
filed under, cursors, and queries against a private Redis (bounded scans, deletion, rewrites)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from client.embedded_redis import EmbeddedRedis
from schemas import SubmitRequest
from store import Settings, Store
from store.keys import Keys
from store.records_index import RecordQuery, decode_cursor, encode_cursor, index_result, inverted_day, name_key

KEYS = Keys("rs")
SUBMITTED = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def speaker(entity_id: str, name: str) -> dict:
    return {"entity_id": entity_id, "name": name, "start": 0, "end": 1}


RESULT = {
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


def test_records_are_filed_under_their_own_date_else_the_publication_else_the_submission() -> None:
    filed = index_result(KEYS, "alpha", "doc_x", RESULT, date(2024, 2, 15), SUBMITTED)
    rows = {name: orjson.loads(row) for name, row in filed.rows.items()}
    assert (rows["quote:q1"]["date"], rows["quote:q1"]["date_source"]) == ("2024-02-13", "record")  # its statement's
    assert (rows["statement:s1"]["date"], rows["statement:s1"]["date_source"]) == ("2024-02-13", "record")
    assert (rows["quote:q2"]["date"], rows["quote:q2"]["date_source"]) == ("2024-02-15", "published_at")
    assert (rows["date:d2"]["date"], rows["date:d2"]["date_source"]) == ("2024-02-15", "published_at")
    undated = index_result(KEYS, "alpha", "doc_x", RESULT, None, SUBMITTED)
    assert orjson.loads(undated.rows["quote:q2"])["date_source"] == "submitted"
    assert orjson.loads(undated.rows["quote:q2"])["date"] == "2024-03-01"


def test_a_person_is_indexed_by_the_last_name_too_an_organisation_only_whole() -> None:
    filed = index_result(KEYS, "alpha", "doc_x", RESULT, None, SUBMITTED)
    speakers = {key.rsplit(":", 1)[1] for key in filed.members if ":rx:speaker:" in key}
    assert speakers == {"sergei-riabkov", "riabkov", "united-nations"}
    assert len(filed.members[KEYS.record_index("alpha")]) == 5
    assert all(key.startswith(KEYS.tenant("alpha")) for key in filed.members)


@given(st.dates(), st.dates())
def test_later_days_sort_first(a: date, b: date) -> None:
    assert (inverted_day(a) < inverted_day(b)) == (a > b)
    assert len(inverted_day(a)) == 7


def test_cursors_round_trip_and_refuse_anything_else() -> None:
    filed = index_result(KEYS, "alpha", "doc_01m8g5s4tkz0yekzbyxjs27e4t", RESULT, None, SUBMITTED)
    member = filed.members[KEYS.record_index("alpha")][0]
    assert decode_cursor(encode_cursor(member)) == member
    for bad in ("", "%%%", encode_cursor("x|y"), encode_cursor(member + "|extra"), "é"):
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
    assert store.succeed("alpha", doc.job_id, doc, orjson.dumps(fewer), {}, fewer)
    assert store.records.query("alpha", RecordQuery(speaker="Riabkov"))[0] == []
    assert len(store.records.query("alpha", RecordQuery())[0]) == 2  # the two dates


def test_no_entry_is_written_for_a_deleted_document(store: Store) -> None:
    job, _ = store.submit("alpha", SubmitRequest(text="Gone soon."))
    doc = store.get_document("alpha", job.document_id)  # as the worker read it before the engine ran
    assert store.delete_document("alpha", job.document_id)
    assert not store.succeed("alpha", job.id, doc, orjson.dumps(RESULT), {})
    assert list(store.redis.scan_iter("rxtest:*")) == []
