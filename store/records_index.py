"""The per-tenant records index behind `GET /v1/records`: written with a result, read newest first.

Every quote, statement, meeting and date of a saved result becomes one row (a `RecordHit`, kept in the
document's `records:` hash) and one *member* in a few sorted sets: all records, its type, and one set per
speaker or participant name. All scores are 0, so Redis orders members lexically, and the member is built
so that lexical order is the order the API promises:

    {9999999 - day ordinal:07d}{9999999999999 - submitted ms:013d}|{document id}|{offset:08d}|{type}|{record id}

newest record day first, then the most recently submitted document, then reading order. A `since`/`until`
range is a ZRANGEBYLEX range over the first seven characters, and a cursor is simply the last member seen.

Names are matched case- and accent-insensitively on the canonical name ("sergei riabkov"), and a person is
also found by the last word of the name ("Riabkov"); organisations and places only by their whole name.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import orjson
import redis

from store.keys import Keys

TYPES = ("quote", "statement", "meeting", "date")
_MAX_DAY = 9_999_999
_MAX_MS = 9_999_999_999_999
_MEMBER = re.compile(r"\d{20}\|doc_[0-9a-z]{26}\|\d{8}\|(quote|statement|meeting|date)\|[^|]{1,64}")
_WORD = re.compile(r"\w+")
CHUNK = 200  # members read per ZRANGEBYLEX while filtering


def fold(text: str) -> str:
    """Case and accents folded away: 'Sergéi RIABKOV' -> 'sergei riabkov'."""
    if text.isascii():  # no accents to decompose
        return text.casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def name_key(name: str) -> str:
    """'Sergéi  RIABKOV' -> 'sergei-riabkov': the form both the index and the query use."""
    return "-".join(_WORD.findall(fold(name)))


@lru_cache(maxsize=4096)  # a speaker's name comes back with each of their records, in every document about them
def name_keys(name: str, is_person: bool) -> frozenset[str]:
    full = name_key(name)
    if not full:
        return frozenset()
    return frozenset((full, full.rsplit("-", 1)[-1])) if is_person else frozenset((full,))


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def inverted_day(day: date) -> str:
    return f"{_MAX_DAY - day.toordinal():07d}"


@dataclass
class IndexedDocument:
    """What a result adds to the index: rows for the `records:` hash, members for each sorted set."""

    rows: dict[str, bytes] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=dict)

    def add(self, index_key: str, member: str) -> None:
        self.members.setdefault(index_key, []).append(member)


def index_result(keys: Keys, tenant: str, document_id: str, result: dict[str, Any], published_at: Any,
                 submitted_at: datetime) -> IndexedDocument:
    """The index entries of one saved result (a dict as the worker serialised it)."""
    dates = {d["id"]: d for d in result.get("dates", [])}
    statements = {s["id"]: s for s in result.get("statements", [])}
    persons = {e["id"] for e in result.get("entities", []) if e.get("type") == "PERSON"}
    fallback = _day(published_at.isoformat() if isinstance(published_at, date) else published_at)
    fallback_source = "published_at" if fallback else "submitted"
    fallback = fallback or submitted_at.date()
    inverted_ms = f"{_MAX_MS - int(submitted_at.timestamp() * 1000):013d}"
    every_record = keys.record_index(tenant)
    of_type = {kind: keys.record_index(tenant, "type", kind) for kind in TYPES}
    by_name: dict[tuple[str, str], str] = {}  # (role, name key) -> its sorted set
    # Per day (None: the fallback): its inverted prefix, its ISO form and its source. A document's records share
    # a few days.
    days: dict[date | None, tuple[str, str, str]] = {}

    def own_day(record: dict[str, Any]) -> date | None:
        dated = dates.get(record.get("date_id") or "")
        if dated and dated.get("resolved"):
            return _day(dated["resolved"]["start"])
        return _day(record.get("date_value"))

    out = IndexedDocument()
    rows, members = out.rows, out.members
    for kind, record in _records(result):
        if kind == "date":
            day = _day((record.get("resolved") or {}).get("start"))
        elif kind == "quote":
            day = own_day(statements.get(record.get("statement_id") or "", {}))
        else:
            day = own_day(record)
        known = days.get(day)
        if known is None:
            shown = day or fallback
            known = days[day] = (inverted_day(shown), shown.isoformat(), "record" if day else fallback_source)
        speaker = record.get("speaker")
        participants = record.get("participants", [])
        offset, text = _anchor(kind, record)
        record_id = record["id"]
        member = f"{known[0]}{inverted_ms}|{document_id}|{offset:08d}|{kind}|{record_id}"
        rows[f"{kind}:{record_id}"] = orjson.dumps({
            "document_id": document_id, "type": kind, "id": record_id, "date": known[1], "date_source": known[2],
            "text": text, "speaker": speaker or None, "participants": participants, "record": record,
        })
        targets = [every_record, of_type[kind]]
        for role, refs in (("speaker", [speaker] if speaker else ()), ("participant", participants)):
            named: set[str] = set()
            for ref in refs:
                named |= name_keys(ref["name"], ref["entity_id"] in persons)
            for name in named:
                index = by_name.get((role, name))
                if index is None:
                    index = by_name[role, name] = keys.record_index(tenant, role, name)
                targets.append(index)
        for index in targets:
            listed = members.get(index)
            if listed is None:
                members[index] = [member]
            else:
                listed.append(member)
    return out


def _records(result: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    for kind, plural in (("quote", "quotes"), ("statement", "statements"), ("meeting", "meetings"),
                         ("date", "dates")):
        for record in result.get(plural, []):
            yield kind, record


def _anchor(kind: str, record: dict[str, Any]) -> tuple[int, str]:
    """Where the record sits in the text (reading order inside a document) and the text it cites."""
    if kind == "statement":
        return min(record["cue"]["start"], record["content"]["start"]), record["content"]["text"]
    if kind == "meeting":
        return record["evidence"]["start"], record["evidence"]["text"]
    return record["start"], record["text"]


def encode_cursor(member: str) -> str:
    return base64.urlsafe_b64encode(member.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str | None:
    """The member a cursor stands for, or None when it is not one of ours."""
    try:
        member = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return member if _MEMBER.fullmatch(member) else None


@dataclass(frozen=True)
class RecordQuery:
    types: frozenset[str] = frozenset(TYPES)
    speaker: str | None = None
    participants: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    words: tuple[str, ...] = ()  # `q`, folded: every word must appear in the cited text (case, accents ignored)
    after: str | None = None  # the decoded cursor
    limit: int = 50


def _lex_range(query: RecordQuery) -> tuple[str, str]:
    low = f"[{inverted_day(query.until)}" if query.until else "-"
    high = f"({_MAX_DAY - query.since.toordinal() + 1:07d}" if query.since else "+"
    if query.after and (low == "-" or query.after >= low[1:]):
        low = f"({query.after}"
    return low, high


class RecordsIndex:
    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.redis = client
        self.keys = keys

    def _source(self, tenant: str, query: RecordQuery) -> str:
        """The narrowest sorted set that holds every answer; the other filters are checked row by row."""
        if query.speaker:
            return self.keys.record_index(tenant, "speaker", name_key(query.speaker))
        if query.participants:
            return self.keys.record_index(tenant, "participant", name_key(query.participants[0]))
        if len(query.types) == 1:
            return self.keys.record_index(tenant, "type", next(iter(query.types)))
        return self.keys.record_index(tenant)

    @staticmethod
    def _matches(row: dict[str, Any], query: RecordQuery) -> bool:
        if query.participants[1:]:  # the first one chose the sorted set; the others must be there too
            present = {k for ref in row["participants"] for k in name_keys(ref["name"], True)}
            if not all(name_key(p) in present for p in query.participants[1:]):
                return False
        text = fold(row["text"]) if query.words else ""
        return all(word in text for word in query.words)

    def query(self, tenant: str, query: RecordQuery, budget: int = 5000) -> tuple[list[dict[str, Any]], str | None]:
        """One page of rows and the cursor of the next (None at the end). At most `budget` members are
        examined per call, so a rare filter answers a short page with a cursor rather than scan everything."""
        source = self._source(tenant, query)
        low, high = _lex_range(query)
        hits: list[dict[str, Any]] = []
        examined = 0
        while examined < budget:
            chunk = [m.decode() for m in self.redis.zrangebylex(source, low, high, 0, min(CHUNK, budget - examined))]
            if not chunk:
                return hits, None
            wanted = [m for m in chunk if m.split("|")[3] in query.types]
            rows = self._rows(tenant, wanted)
            for member in chunk:
                examined += 1
                low = f"({member}"
                row = rows.get(member)
                if row is not None and self._matches(row, query):
                    hits.append(row)
                    if len(hits) == query.limit:
                        return hits, encode_cursor(member) if self._more(source, low, high) else None
        return hits, encode_cursor(low[1:])

    def _more(self, source: str, low: str, high: str) -> bool:
        return bool(self.redis.zrangebylex(source, low, high, 0, 1))

    def _rows(self, tenant: str, members: list[str]) -> dict[str, dict[str, Any]]:
        if not members:
            return {}
        pipe = self.redis.pipeline(transaction=False)
        for member in members:
            _, document_id, _, kind, record_id = member.split("|")
            pipe.hget(self.keys.records(tenant, document_id), f"{kind}:{record_id}")
        # A row gone missing belongs to a document deleted between the two reads: skipped.
        return {m: orjson.loads(raw) for m, raw in zip(members, pipe.execute(), strict=True) if raw is not None}
