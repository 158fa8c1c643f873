"""The Redis key layout: the only module that spells a key.

Every piece of tenant data lives under `{prefix}:t:{tenant}:`, so one tenant's data can be listed,
exported or deleted with a single SCAN pattern, and no id can reach another tenant's records:

    {prefix}:t:{tenant}:doc:{document_id}    string  orjson document (text, title, published_at, ..., job_id)
    {prefix}:t:{tenant}:job:{job_id}         hash    job record (status, timestamps, attempts, error, ...)
    {prefix}:t:{tenant}:result:{document_id} string  orjson ExtractionResult
    {prefix}:t:{tenant}:docs                 zset    document ids scored by creation time (ms)
    {prefix}:t:{tenant}:ext:{sha256}         string  job id of the document submitted with that external_id
    {prefix}:t:{tenant}:content:{sha256}     string  job id of the document with that content (text, date, language)
    {prefix}:t:{tenant}:rx:doc:{document_id} string  orjson {index key: [members]}: what to remove on delete
    {prefix}:t:{tenant}:rx:type:{type}       zset    the tenant's records of a type, all scores 0, ordered by member:
    {prefix}:t:{tenant}:rx:speaker:{name}    zset      "{9999999 - day ordinal}{9999999999999 - submitted ms}|
    {prefix}:t:{tenant}:rx:participant:{name} zset      {document_id}|{offset:08d}|{type}|{record id}|{day source}",
                                                      so lexical order is newest first and dates are lex ranges
    {prefix}:t:{tenant}:records:{document_id} hash   index layout 1 (documents indexed before 2026-12-06): "{type}:
                                                      {record id}" -> orjson RecordHit, still read; removed with
    {prefix}:t:{tenant}:rx:all               zset      the document, as its members in rx:all (no longer read)
    {prefix}:ratelimit:{key sha256}         hash    token bucket of one API key (tokens, ms of last refill)
    {prefix}:celery:*                        Celery's broker keys (queues, unacked), via kombu's global_keyprefix
    {prefix}:metrics:{name}                  hash    a metric's values by label (store.metrics), shared by all processes
    {prefix}:waiting:{queue}                 string  documents submitted to that queue whose job has not started yet
    {prefix}:viewer:secret                   string  the HMAC secret of the viewer's signed links (api.viewer.tokens)
    {prefix}:sweeper                         string  lock of the worker sweeping for lost jobs
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from dataclasses import dataclass

_B32 = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford: sortable, no ambiguous letters
_ID = re.compile(rf"(doc|job)_[{_B32}]{{26}}")


_PAIRS = [a + b for a in _B32 for b in _B32]  # every 10-bit value as two digits


def _b32(data: int, length: int) -> str:
    """The low `5 * length` bits of `data` as `length` Crockford digits, most significant first, read two digits
    at a time from a table (a digit at a time cost about 3 us more a new id; a submission makes two)."""
    head = _B32[data >> 5 * (length - 1) & 31] if length % 2 else ""
    return head + "".join([_PAIRS[data >> shift & 1023] for shift in range(5 * (length - length % 2) - 10, -1, -10)])


def new_id(kind: str) -> str:
    """`doc_…`/`job_…`: 48-bit milliseconds then 80 random bits (ULID layout), so ids sort by creation."""
    return f"{kind}_{_b32((int(time.time() * 1000) & (1 << 50) - 1) << 80 | secrets.randbits(80), 26)}"


def idempotent_id(kind: str, tenant: str, idempotency_key: str) -> str:
    """The id a retried submission maps to: the idempotency key *is* the job (and document) id."""
    digest = hashlib.sha256(f"{kind}\x00{tenant}\x00{idempotency_key}".encode()).digest()
    return f"{kind}_{_b32(int.from_bytes(digest[:17]) >> 6, 26)}"


def is_id(value: str, kind: str) -> bool:
    return bool(_ID.fullmatch(value)) and value.startswith(kind + "_")


@dataclass(frozen=True)
class Keys:
    """Key builder bound to the configured prefix (RECORDSMITH_KEY_PREFIX)."""

    prefix: str = "rs"

    def tenant(self, tenant: str) -> str:
        return f"{self.prefix}:t:{tenant}:"

    def document(self, tenant: str, document_id: str) -> str:
        return f"{self.tenant(tenant)}doc:{document_id}"

    def job(self, tenant: str, job_id: str) -> str:
        return f"{self.tenant(tenant)}job:{job_id}"

    def result(self, tenant: str, document_id: str) -> str:
        return f"{self.tenant(tenant)}result:{document_id}"

    def documents_index(self, tenant: str) -> str:
        return f"{self.tenant(tenant)}docs"

    def external_id(self, tenant: str, digest: str) -> str:
        return f"{self.tenant(tenant)}ext:{digest}"

    def content(self, tenant: str, digest: str) -> str:
        return f"{self.tenant(tenant)}content:{digest}"

    def records(self, tenant: str, document_id: str) -> str:
        return f"{self.tenant(tenant)}records:{document_id}"

    def record_entries(self, tenant: str, document_id: str) -> str:
        return f"{self.tenant(tenant)}rx:doc:{document_id}"

    def record_index(self, tenant: str, kind: str = "all", value: str | None = None) -> str:
        """`kind`: all, type (value: quote...), speaker or participant (value: a normalised name)."""
        return f"{self.tenant(tenant)}rx:{kind}" + (f":{value}" if value is not None else "")

    def metric(self, name: str) -> str:
        return f"{self.prefix}:metrics:{name}"

    def rate_limit(self, key_digest: str) -> str:
        return f"{self.prefix}:ratelimit:{key_digest}"

    @property
    def view_secret(self) -> str:
        return f"{self.prefix}:viewer:secret"

    @property
    def job_pattern(self) -> str:
        """SCAN pattern of every tenant's job hashes."""
        return f"{self.prefix}:t:*:job:*"

    def parse_job(self, key: str) -> tuple[str, str]:
        """(tenant, job_id) of a job key."""
        tenant, _, job_id = key.removeprefix(f"{self.prefix}:t:").rpartition(":job:")
        return tenant, job_id

    @property
    def celery_prefix(self) -> str:
        """kombu's `global_keyprefix`: the broker's queues share the namespace."""
        return f"{self.prefix}:celery:"

    def queue(self, name: str) -> str:
        """The broker list holding `name`'s waiting tasks (its length is the queue depth)."""
        return f"{self.celery_prefix}{name}"

    def waiting(self, queue: str) -> str:
        """The count of documents waiting in `queue` (their job still `queued`): a task may carry many documents,
        so the broker list's length does not say how much work waits."""
        return f"{self.prefix}:waiting:{queue}"

    @property
    def celery_unacked(self) -> str:
        """kombu's hash of delivered, not yet acknowledged messages: {delivery tag: [message, exchange, key]}."""
        return f"{self.celery_prefix}unacked"

    @property
    def sweeper_lock(self) -> str:
        """Held by the one worker sweeping for lost jobs (worker/sweeper.py)."""
        return f"{self.prefix}:sweeper"
