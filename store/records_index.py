"""The per-tenant records index behind `GET /v1/records`: written with a result, read newest first.

Every quote, statement, meeting and date of a saved result becomes one *member* in a few sorted sets: its
type, and one set per speaker or participant name. All scores are 0, so Redis orders members lexically, and the
member is built so that lexical order is the order the API promises:

    {9999999 - day ordinal:07d}{9999999999999 - submitted ms:013d}|{document id}|{offset:08d}|{type}|{record id}|{s}

newest record day first, then the most recently submitted document, then reading order; `s` is where the day
came from (`r` the record, `p` the document's published_at, `s` its submission). A `since`/`until` range is a
ZRANGEBYLEX range over the first seven characters, and a cursor is simply the last member seen. A query of
several types reads their sets merged.

The row a query answers with (a `RecordHit`) is made from the member and the record in the document's stored
result, read at query time: the member holds the day and its source, the result the record (its cited text,
speaker and participants).

Layout 1 (before 2026-12-06), still read: members without the `|{s}` field, also listed in a set of all records
(`rx:all`, no longer read or written), and each record's row kept whole in the document's `records:` hash, read
from there. Deleting such a document removes them all, as before.

Names are matched case- and accent-insensitively on the canonical name ("sergei riabkov"), and a person is
also found by the last word of the name ("Riabkov"); organisations and places only by their whole name.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any, cast

import orjson
import redis

from schemas import ExtractionResult, SpeakerRef
from store.keys import Keys

TYPES = ("quote", "statement", "meeting", "date")
_MAX_DAY = 9_999_999
_MAX_MS = 9_999_999_999_999
_MEMBER = re.compile(r"\d{20}\|doc_[0-9a-z]{26}\|\d{8}\|(quote|statement|meeting|date)\|[^|]{1,64}(\|[rps])?")
_WORD = re.compile(r"\w+")
# Where a record's day came from: the member's last field and the row's `date_source`.
DATE_SOURCES = {"r": "record", "p": "published_at", "s": "submitted"}
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


@lru_cache(maxsize=4096)  # a document's records share a few days, and so do the documents of a few weeks
def _day(value: str | None) -> date | None:
    if value is None or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def inverted_day(day: date) -> str:
    return f"{_MAX_DAY - day.toordinal():07d}"


@dataclass
class IndexedDocument:
    """What a result adds to the index: the members of each sorted set."""

    members: dict[str, list[str]] = field(default_factory=dict)

    def add(self, index_key: str, member: str) -> None:
        self.members.setdefault(index_key, []).append(member)


def index_result(keys: Keys, tenant: str, document_id: str, result: ExtractionResult, published_at: Any,
                 submitted_at: datetime) -> IndexedDocument:
    """The index entries of one result. Each saved result goes through it, so it reads the records' fields from
    their `__dict__` (a pydantic model's attribute goes through its `__getattr__` hook, several times the cost),
    makes a member in one f-string with the offset padded by `zfill` (a format spec is parsed each time), and
    the day's part of a member once per day."""
    fields = result.__dict__
    quotes, statements, meetings, dated_records = (fields["quotes"], fields["statements"], fields["meetings"],
                                                   fields["dates"])
    dates = {d.__dict__["id"]: d.__dict__ for d in dated_records} if statements or meetings else {}
    by_id = {s.__dict__["id"]: s.__dict__ for s in statements} if quotes else {}
    persons = {e.__dict__["id"] for e in fields["entities"] if e.__dict__["type"] == "PERSON"}
    fallback = _day(published_at.isoformat() if isinstance(published_at, date) else published_at)
    fallback_source = "|p" if fallback else "|s"
    fallback = fallback or submitted_at.date()
    inverted_ms = f"{_MAX_MS - int(submitted_at.timestamp() * 1000):013d}|{document_id}|"
    by_name: dict[str, str] = {}  # role + name key -> its sorted set
    # Per day (None: the fallback): the member's prefix and suffix. A document's records share a few days.
    days: dict[date | None, tuple[str, str]] = {}
    out = IndexedDocument()
    members = out.members

    def known(day: date | None) -> tuple[str, str]:
        found = days[day] = (inverted_day(day or fallback) + inverted_ms, "|r" if day else fallback_source)
        return found

    def own_day(record: dict[str, Any]) -> date | None:
        date_id = record["date_id"]
        dated = dates.get(date_id) if date_id else None
        if dated is not None and dated["resolved"] is not None:
            return _day(dated["resolved"].__dict__["start"])
        return _day(record["date_value"])

    def named(member: str, speakers: Sequence[SpeakerRef], role: str) -> None:
        if len(speakers) == 1:
            ref = speakers[0].__dict__
            names: frozenset[str] | set[str] = name_keys(ref["name"], ref["entity_id"] in persons)
        else:
            names = set()
            for speaker in speakers:
                ref = speaker.__dict__
                names |= name_keys(ref["name"], ref["entity_id"] in persons)
        for name in names:
            index = by_name.get(role + name)
            if index is None:
                index = by_name[role + name] = keys.record_index(tenant, role, name)
            listed = members.get(index)
            if listed is None:
                members[index] = [member]
            else:
                listed.append(member)

    if quotes:
        listed = members[keys.record_index(tenant, "type", "quote")] = []
        for quote in quotes:
            record = quote.__dict__
            statement = by_id.get(record["statement_id"]) if record["statement_id"] else None
            day = own_day(statement) if statement is not None else None
            prefix, suffix = days.get(day) or known(day)
            member = f"{prefix}{str(record['start']).zfill(8)}|quote|{record['id']}{suffix}"
            listed.append(member)
            if record["speaker"] is not None:
                named(member, (record["speaker"],), "speaker")
    if statements:
        listed = members[keys.record_index(tenant, "type", "statement")] = []
        for statement in statements:
            record = statement.__dict__
            day = own_day(record)
            prefix, suffix = days.get(day) or known(day)
            offset = min(record["cue"].__dict__["start"], record["content"].__dict__["start"])
            member = f"{prefix}{str(offset).zfill(8)}|statement|{record['id']}{suffix}"
            listed.append(member)
            if record["speaker"] is not None:
                named(member, (record["speaker"],), "speaker")
    if meetings:
        listed = members[keys.record_index(tenant, "type", "meeting")] = []
        for meeting in meetings:
            record = meeting.__dict__
            day = own_day(record)
            prefix, suffix = days.get(day) or known(day)
            member = f"{prefix}{str(record['evidence'].__dict__['start']).zfill(8)}|meeting|{record['id']}{suffix}"
            listed.append(member)
            if record["participants"]:
                named(member, record["participants"], "participant")
    if dated_records:
        listed = members[keys.record_index(tenant, "type", "date")] = []
        for dated in dated_records:
            record = dated.__dict__
            resolved = record["resolved"]
            day = _day(resolved.__dict__["start"]) if resolved is not None else None
            prefix, suffix = days.get(day) or known(day)
            listed.append(f"{prefix}{str(record['start']).zfill(8)}|date|{record['id']}{suffix}")
    return out


def _records(result: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    for kind, plural in (("quote", "quotes"), ("statement", "statements"), ("meeting", "meetings"),
                         ("date", "dates")):
        for record in result.get(plural, []):
            yield kind, record


def _cited(kind: str, record: dict[str, Any]) -> str:
    """The text a record cites: what `q` searches."""
    if kind == "statement":
        return record["content"]["text"]
    if kind == "meeting":
        return record["evidence"]["text"]
    return record["text"]


def hit_row(member: str, record: dict[str, Any]) -> dict[str, Any]:
    """The `RecordHit` of a member (layout 2) and its record."""
    _, document_id, _, kind, record_id, source = member.split("|")
    return {"document_id": document_id, "type": kind, "id": record_id,
            "date": date.fromordinal(_MAX_DAY - int(member[:7])).isoformat(), "date_source": DATE_SOURCES[source],
            "text": _cited(kind, record), "speaker": record.get("speaker") or None,
            "participants": record.get("participants", []), "record": record}


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

    def _sources(self, tenant: str, query: RecordQuery) -> list[str]:
        """The narrowest sorted sets that hold every answer between them (read merged); the other filters are
        checked row by row."""
        if query.speaker:
            return [self.keys.record_index(tenant, "speaker", name_key(query.speaker))]
        if query.participants:
            return [self.keys.record_index(tenant, "participant", name_key(query.participants[0]))]
        return [self.keys.record_index(tenant, "type", kind) for kind in TYPES if kind in query.types]

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
        sources = self._sources(tenant, query)
        low, high = _lex_range(query)
        hits: list[dict[str, Any]] = []
        examined = 0
        while examined < budget:
            chunk = self._chunk(sources, low, high, min(CHUNK, budget - examined))
            if not chunk:
                return hits, None
            wanted = [m for m in chunk if m.split("|")[3] in query.types]
            if not query.words and not query.participants[1:] and len(wanted) > query.limit - len(hits):
                # Every row read is a hit: read only as many as the page lacks, and look no further this round.
                wanted = wanted[:query.limit - len(hits)]
                chunk = chunk[:chunk.index(wanted[-1]) + 1]
            rows = self._rows(tenant, wanted)
            for member in chunk:
                examined += 1
                low = f"({member}"
                row = rows.get(member)
                if row is not None and self._matches(row, query):
                    hits.append(row)
                    if len(hits) == query.limit:
                        return hits, encode_cursor(member) if self._chunk(sources, low, high, 1) else None
        return hits, encode_cursor(low[1:])

    def _chunk(self, sources: list[str], low: str, high: str, count: int) -> list[str]:
        """The next members of the sets merged, in order: up to `count` from each, kept up to the first of the sets
        that has more past what it gave (what comes after it may still lie in that set's rest)."""
        if len(sources) == 1:
            return [m.decode() for m in cast(list[bytes], self.redis.zrangebylex(sources[0], low, high, 0, count))]
        pipe = self.redis.pipeline(transaction=False)
        for source in sources:
            pipe.zrangebylex(source, low, high, 0, count)
        read = pipe.execute()
        merged = sorted({m.decode() for members in read for m in members})
        full = [members[-1].decode() for members in read if len(members) == count]
        if full:
            bound = min(full)
            merged = merged[:bisect.bisect_right(merged, bound)]
        return merged

    def _rows(self, tenant: str, members: list[str]) -> dict[str, dict[str, Any]]:
        """Each member's row; a member of a document deleted between the two reads has none (skipped)."""
        if not members:
            return {}
        pipe = self.redis.pipeline(transaction=False)
        old: list[str] = []  # layout 1: the row is stored whole
        documents: dict[str, list[str]] = {}  # layout 2: the row is made from the record in the result
        for member in members:
            fields = member.split("|")
            if len(fields) == 5:
                old.append(member)
                pipe.hget(self.keys.records(tenant, fields[1]), f"{fields[3]}:{fields[4]}")
            else:
                documents.setdefault(fields[1], []).append(member)
        for document_id in documents:
            pipe.get(self.keys.result(tenant, document_id))
        answers = pipe.execute()
        rows = {m: orjson.loads(raw) for m, raw in zip(old, answers, strict=False) if raw is not None}
        for listed, raw in zip(documents.values(), answers[len(old):], strict=True):
            if raw is None:
                continue
            records = {(kind, record["id"]): record for kind, record in _records(orjson.loads(raw))}
            for member in listed:
                _, _, _, kind, record_id, _ = member.split("|")
                record = records.get((kind, record_id))
                if record is not None:
                    rows[member] = hit_row(member, record)
        return rows
