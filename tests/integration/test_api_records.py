"""`GET /v1/records` over real HTTP, Redis and a worker: everything a person said, across documents.

The documents are set in 1987 with names no other test uses, so the filters can be checked exactly even
though the session's other tests share the tenant.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import jsonschema
import pytest

from tests.conftest import Proc
from tests.integration.test_seed_roundtrip import wait_finished

pytestmark = pytest.mark.integration

PAGE_SCHEMA = json.loads((Path(__file__).parents[2] / "schemas/json/record-page.schema.json").read_text())
DOCUMENTS = {
    "vienna": {"text": '"We will not back down," Foreign Minister Ingrid Tamminen said on Tuesday. Tamminen met '
                       'Oskar Valtonen in Vienna on Monday.', "published_at": "1987-02-15"},
    "deal": {"text": '"The harbour deal is dead," said Ingrid Tämminen, the foreign minister, on 3 March 1987.',
             "published_at": "1987-03-04"},
    "sanctions": {"text": 'Ingrid Tamminen told reporters that the harbour sanctions would stay. "Nothing has '
                          'changed," she said.', "published_at": "1987-06-01"},
    "helsinki": {"text": "Oskar Valtonen met Ingrid Tamminen and Lars Okkonen in Helsinki on Friday to discuss "
                         "the harbour.", "published_at": "1987-05-10"},
    "undated": {"text": '"Harbour fees will fall," Ingrid Tamminen said.'},
}


@pytest.fixture(scope="module")
def docs(client_for, worker: Proc) -> dict[str, str]:
    """name -> document id, all extracted."""
    alpha = client_for("alpha")
    names = list(DOCUMENTS)
    body = alpha.post("/v1/documents:batch", json={"documents": [DOCUMENTS[n] for n in names]}).json()
    assert body["accepted"] == len(names), body
    ids = {}
    for name, item in zip(names, body["items"], strict=True):
        assert wait_finished(alpha, item["submission"]["links"]["job"])["status"] == "succeeded", worker.tail()
        ids[name] = item["submission"]["document_id"]
    return ids


def records(client: httpx.Client, **params: object) -> list[dict]:
    r = client.get("/v1/records", params=params)
    assert r.status_code == 200, r.text
    jsonschema.validate(r.json(), PAGE_SCHEMA)
    assert r.json()["next_cursor"] is None
    return r.json()["records"]


def test_everything_a_person_said_newest_first(alpha: httpx.Client, docs: dict[str, str]) -> None:
    quotes = records(alpha, type="quote", speaker="Tamminen")
    by = {docs[n]: n for n in docs}
    assert [by[q["document_id"]] for q in quotes] == ["undated", "sanctions", "deal", "vienna"]
    today = datetime.now(UTC).date().isoformat()
    assert [(q["date"], q["date_source"]) for q in quotes] == [
        (quotes[0]["date"], "submitted"), ("1987-06-01", "published_at"), ("1987-03-03", "record"),
        ("1987-02-10", "record")]
    assert quotes[0]["date"] in (today, datetime.now().date().isoformat())
    assert quotes[2]["speaker"]["name"] == "Ingrid Tämminen" and quotes[2]["text"] == "The harbour deal is dead,"
    assert all(q["type"] == "quote" and q["record"]["id"] == q["id"] and q["record"]["text"] == q["text"]
               for q in quotes)


@pytest.mark.parametrize("name", ["tamminen", "TAMMINEN", "Ingrid Tamminen", "ingrid tämminen", "Tämminen"])
def test_names_match_case_and_accent_insensitively_and_by_surname(alpha: httpx.Client, docs: dict[str, str],
                                                                  name: str) -> None:
    assert len(records(alpha, type="quote", speaker=name)) == 4


def test_a_first_name_alone_or_another_person_finds_nothing(alpha: httpx.Client, docs: dict[str, str]) -> None:
    assert records(alpha, speaker="Ingrid") == []
    assert records(alpha, speaker="Valtonen", type="quote") == []


def test_statements_include_indirect_speech(alpha: httpx.Client, docs: dict[str, str]) -> None:
    statements = records(alpha, type="statement", speaker="Tamminen", q="sanctions")
    assert [s["text"] for s in statements] == ["the harbour sanctions would stay"]
    assert statements[0]["record"]["kind"] == "indirect" and statements[0]["document_id"] == docs["sanctions"]


def test_meetings_by_participant(alpha: httpx.Client, docs: dict[str, str]) -> None:
    meetings = records(alpha, participant="Valtonen")
    assert [m["document_id"] for m in meetings] == [docs["helsinki"], docs["vienna"]]
    assert [m["date"] for m in meetings] == ["1987-05-08", "1987-02-09"]
    assert {p["name"] for p in meetings[0]["participants"]} == {"Oskar Valtonen", "Ingrid Tamminen", "Lars Okkonen"}
    both = records(alpha, participant=["Valtonen", "Okkonen"])
    assert [m["document_id"] for m in both] == [docs["helsinki"]]


def test_since_and_until_bound_the_record_date(alpha: httpx.Client, docs: dict[str, str]) -> None:
    spring = records(alpha, speaker="Tamminen", since="1987-03-01", until="1987-05-31")
    assert {(r["type"], r["document_id"]) for r in spring} == {("quote", docs["deal"]), ("statement", docs["deal"])}
    assert {r["date"] for r in records(alpha, speaker="Tamminen", since="1987-06-01", until="1987-06-01")} == {
        "1987-06-01"}
    february = records(alpha, type="date", since="1987-02-01", until="1987-02-28")
    assert [(d["date"], d["text"]) for d in february] == [("1987-02-10", "Tuesday"), ("1987-02-09", "Monday")]


def test_q_needs_every_word_in_the_cited_text(alpha: httpx.Client, docs: dict[str, str]) -> None:
    harbour = records(alpha, speaker="Tamminen", q="HARBOUR")
    assert {r["text"] for r in harbour} == {"The harbour deal is dead,", "the harbour sanctions would stay",
                                            "Harbour fees will fall,"}
    assert records(alpha, speaker="Tamminen", q="harbour deal")[0]["document_id"] == docs["deal"]
    assert records(alpha, speaker="Tamminen", q="harbour zebra") == []
    assert records(alpha, speaker="Tamminen", q="DÉAD")[0]["document_id"] == docs["deal"]


def test_the_cursor_walks_every_record_once(alpha: httpx.Client, docs: dict[str, str]) -> None:
    everything = records(alpha, speaker="Tamminen", limit=100)
    walked, cursor = [], None
    while True:
        page = alpha.get("/v1/records", params={"speaker": "Tamminen", "limit": 2} | (
            {"cursor": cursor} if cursor else {})).json()
        assert len(page["records"]) <= 2
        walked += page["records"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert walked == everything and len(everything) >= 8


def test_other_tenants_see_none_of_it(beta: httpx.Client, docs: dict[str, str]) -> None:
    assert records(beta, speaker="Tamminen") == []
    assert records(beta, participant="Valtonen") == []


@pytest.mark.parametrize("params", [{"type": "tweet"}, {"cursor": "bm90IGEgbWVtYmVy"}, {"limit": 0}, {"limit": 101},
                                    {"since": "1987-06-01", "until": "1987-01-01"}, {"since": "last week"},
                                    {"speaker": "Tamminen", "participant": "Valtonen"}, {"speaker": "!!!"}])
def test_bad_filters_are_422_problems(alpha: httpx.Client, params: dict) -> None:
    r = alpha.get("/v1/records", params=params)
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json", r.text


def test_records_need_a_key(anonymous: httpx.Client) -> None:
    assert anonymous.get("/v1/records").status_code == 401
