"""Documents, jobs and results in Redis (redis-py, orjson), shared by the API and the worker.

Writes that must happen together (a submission, a job's start, its outcome with its index entries, a
deletion) run as the Lua scripts of `store.scripts`. The job record is written at submit time and is the
source of truth for progress: Celery's own task state is never consulted.

A submission is recognised as one already stored, in this order, by its `Idempotency-Key` (the key *is* the
job id; another body with the same key is refused), its `external_id`, or its content (`store.fingerprints`):
the existing document and job are returned and nothing new is created or queued.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple, ParamSpec, Self, TypeVar, cast

import hiredis
import msgpack
import orjson
import redis
import redis.asyncio
from pydantic import BaseModel, ValidationError
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import ExponentialWithJitterBackoff
from redis.commands.core import Script
from redis.exceptions import NoScriptError, ResponseError
from redis.retry import Retry

from schemas import ExtractionResult, Job, JobStatus, SubmitRequest, WebhookDelivery
from schemas.trusted import trusted
from store import scripts
from store.errors import IdempotencyKeyReused, QueueFull, RecordsmithError, TransientError
from store.fingerprints import content_digest, external_id_digest, request_fingerprint
from store.keys import Keys, idempotent_id, new_id
from store.records_index import RecordsIndex, index_result
from store.settings import Settings

_new_job = trusted(Job)
P = ParamSpec("P")
R = TypeVar("R")

_TRANSIENT = (redis.ConnectionError, redis.TimeoutError, redis.exceptions.BusyLoadingError)


def now() -> datetime:
    """UTC, to the millisecond: what is stored is exactly what was returned."""
    moment = datetime.now(UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


_MILLISECONDS = [f".{ms:03d}+00:00" for ms in range(1000)]
_second: tuple[int, str] = (-1, "")  # the last whole second `now_iso` wrote, and its text up to the seconds


def now_iso() -> str:
    """`_iso(now())`, the moment a job starts or ends, as `datetime.isoformat` writes it ('2026-12-07T16:12:01.123
    +00:00'), made from the clock's seconds, the second's text written once a second: the two datetime calls
    cost about 25 K instructions, and each document's start and outcome take one."""
    global _second
    second, part = divmod(int(time.time() * 1000), 1000)
    written = _second
    if written[0] != second:
        written = _second = (second, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second)))
    return written[1] + _MILLISECONDS[part]


try:  # what redis-py's hiredis reader answers when it holds no whole reply
    from redis._parsers.hiredis import NOT_ENOUGH_DATA as _NOT_ENOUGH_DATA
except ImportError:  # pragma: no cover - another redis-py: every reply through read_response
    _NOT_ENOUGH_DATA = None


def transient(fn: Callable[P, R]) -> Callable[P, R]:
    """Redis client errors leave the store as TransientError (503 in the API, a retry in the worker)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except _TRANSIENT as exc:
            raise TransientError(f"Redis is unavailable: {exc}") from exc

    return wrapper


class StoredDocument(BaseModel):
    """A submitted document as kept in Redis: the request, plus its ids and arrival time."""

    id: str
    job_id: str
    created_at: datetime
    request: SubmitRequest


def document_json(document_id: str, job_id: str, created: datetime, request: SubmitRequest,
                  dumped: dict[str, Any]) -> bytes:
    """The stored document: the bytes `StoredDocument(...).model_dump_json()` gives, written by orjson from the
    request's `model_dump(mode="json")` (`dumped`), which the fingerprint needs anyway (half the cost; a test
    compares the two). What orjson cannot write (an integer beyond 64 bits in `metadata`) goes through pydantic."""
    try:
        return orjson.dumps({"id": document_id, "job_id": job_id, "created_at": created, "request": dumped},
                            option=orjson.OPT_UTC_Z)
    except orjson.JSONEncodeError:
        return StoredDocument(id=document_id, job_id=job_id, created_at=created, request=request
                              ).model_dump_json().encode()


def read_document(raw: bytes) -> StoredDocument:
    """A stored document read back: the StoredDocument `StoredDocument.model_validate_json(raw)` gives (a test
    compares the two), built without validating again what `document_json` wrote from a request validated at
    submission. orjson parses it in 2.6 us where pydantic took 14.4 (an article), and pydantic's validation ran
    through about 2.4 MiB of pydantic_core's code, resident in each worker pool child that ran it (issue #8,
    worker memory). JSON orjson does not read (an integer beyond 64 bits in `metadata`) goes through pydantic."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return StoredDocument.model_validate_json(raw)
    fields = data["request"]
    published = fields.get("published_at")
    if published is not None:  # pydantic writes a date as YYYY-MM-DD, a datetime with its time after a T
        fields["published_at"] = date.fromisoformat(published) if len(published) == 10 else \
            datetime.fromisoformat(published)
    return _constructed(StoredDocument, {"id": data["id"], "job_id": data["job_id"],
                                         "created_at": datetime.fromisoformat(data["created_at"]),
                                         "request": _constructed(SubmitRequest, fields)})


M = TypeVar("M", bound=BaseModel)
_object_setattr = object.__setattr__
_new = object.__new__  # what BaseModel's own `__new__` is


@functools.cache  # pydantic's `model_fields` is a property of its metaclass, read through its `__getattr__` hook
def _field_names(cls: type[BaseModel]) -> frozenset[str]:
    return frozenset(cls.model_fields)


def _constructed(cls: type[M], values: dict[str, Any]) -> M:
    """`cls.model_construct(**values)`, its fields set directly when `values` names each of them (as `document_json`
    writes them; a document stored by an older version may lack one: pydantic's fills in its default), for a
    model without extra fields, root or post-init: pydantic's walks every field for aliases and defaults, about
    30 K instructions a model (a worker reads each document of a batch)."""
    if values.keys() != _field_names(cls):
        return cls.model_construct(**values)
    model = _new(cls)
    _object_setattr(model, "__dict__", values)
    _object_setattr(model, "__pydantic_fields_set__", set(values))
    _object_setattr(model, "__pydantic_extra__", None)
    _object_setattr(model, "__pydantic_private__", None)
    return model


def _fields(raw: dict[bytes, bytes] | list[bytes]) -> dict[str, str]:
    if isinstance(raw, list):  # HGETALL inside Lua comes back flat
        raw = dict(zip(raw[::2], raw[1::2], strict=True))
    return {k.decode(): v.decode() for k, v in raw.items()}


def _job_from_hash(raw: dict[bytes, bytes] | list[bytes]) -> Job:
    fields = _fields(raw)
    return Job(
        id=fields["id"],
        document_id=fields["document_id"],
        status=JobStatus(fields["status"]),
        created_at=fields["created_at"],
        started_at=fields.get("started_at") or None,
        finished_at=fields.get("finished_at") or None,
        attempts=int(fields.get("attempts", 0)),
        error=fields.get("error") or None,
        timings_ms=orjson.loads(fields["timings_ms"]) if fields.get("timings_ms") else {},
        webhook=WebhookDelivery.model_validate_json(fields["webhook"]) if fields.get("webhook") else None,
    )


@dataclass(frozen=True)
class Submission:
    """The outcome of one submission: a new job, or the existing one it was recognised as."""

    job: Job
    matched_on: str | None = None  # None: created now; else idempotency_key, external_id or content
    enqueued: bool = False  # whether the job's task was sent

    @property
    def created(self) -> bool:
        return self.matched_on is None


@dataclass(frozen=True)
class _ScriptCall:
    """One submission's call of the submit script, with what it answers when the script creates the job."""

    keys: list[str]
    args: list[Any]
    fingerprint: str
    new: Submission


def encode_document_cursor(score: int, document_id: str) -> str:
    return base64.urlsafe_b64encode(f"{score}|{document_id}".encode()).decode().rstrip("=")


def decode_document_cursor(cursor: str) -> tuple[int, str] | None:
    try:
        score, _, document_id = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().partition("|")
        return int(score), document_id
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def _client_options(settings: Settings) -> dict[str, Any]:
    return {"socket_timeout": settings.redis_timeout, "socket_connect_timeout": settings.redis_timeout,
            "health_check_interval": 30}


def _backoff() -> ExponentialWithJitterBackoff:
    # Fail fast: callers turn the error into a 503 or a Celery retry with its own backoff.
    return ExponentialWithJitterBackoff(cap=0.25, base=0.02)


def redis_client(settings: Settings) -> redis.Redis:
    """The Redis client of the store and of the API's task queue (the store and the broker are one Redis)."""
    return redis.Redis.from_url(settings.broker_url, retry=Retry(_backoff(), settings.redis_retries),
                                **_client_options(settings))


def async_redis_client(settings: Settings) -> redis.asyncio.Redis:
    """The same client for asyncio (`Store.submit_async`)."""
    return redis.asyncio.Redis.from_url(settings.broker_url, retry=AsyncRetry(_backoff(), settings.redis_retries),
                                        **_client_options(settings))


def round_trip(client: redis.Redis, commands: Sequence[tuple[Any, ...]]) -> list[Any]:
    """Send the commands at once and read every reply, in order (an error reply comes back as its exception, not
    raised). A pipeline without redis-py's pipeline: hiredis packs each command in one call (redis-py encodes
    every argument in Python first, and a document's outcome has about 60), on a connection of the client's pool,
    retried on a new connection with the client's retry policy after a connection error, as a pipeline is."""
    pool = client.connection_pool
    connection = pool.get_connection()
    try:
        return connection.retry.call_with_retry(lambda: _send_and_read(connection, commands),
                                                lambda error: connection.disconnect())
    finally:
        pool.release(connection)


async def async_round_trip(client: redis.asyncio.Redis, command: tuple[Any, ...]) -> Any:
    """`round_trip` of one command over an asyncio client: packed by hiredis, sent and read on a connection of the
    client's pool, retried on a new connection with the client's retry policy after a connection error; an error
    reply is raised. redis-py's asyncio command path (its retry wrapper, argument encoding, reply callbacks) cost
    about 150 us of CPU a call, three times the round trip itself."""
    pool = client.connection_pool
    connection = await pool.get_connection()
    packed = hiredis.pack_command(command)

    async def send_and_read() -> Any:
        await connection.send_packed_command(packed)
        return await connection.read_response(disable_decoding=True)

    try:
        return await connection.retry.call_with_retry(send_and_read, lambda error: connection.disconnect())
    finally:
        await pool.release(connection)


async def async_read(client: redis.asyncio.Redis, command: tuple[Any, ...]) -> Any:
    """`async_round_trip` of a read, Redis's client errors raised as TransientError (503 in the API)."""
    try:
        return await async_round_trip(client, command)
    except _TRANSIENT as exc:
        raise TransientError(f"Redis is unavailable: {exc}") from exc


def _send_and_read(connection: redis.Connection, commands: Sequence[tuple[Any, ...]]) -> list[Any]:
    _send(connection, commands)
    return _read(connection, len(commands))


def _send(connection: redis.Connection, commands: Sequence[tuple[Any, ...]]) -> None:
    connection.send_packed_command([b"".join(hiredis.pack_command(command) for command in commands)])


def _read(connection: redis.Connection, replies: int) -> list[Any]:
    """The next `replies` replies of the connection. Those hiredis has already parsed are taken from its reader
    directly: redis-py's `read_response` costs several microseconds of Python a reply, and the reader holds them
    all once the first has come."""
    answers: list[Any] = []
    reader = getattr(getattr(connection, "_parser", None), "_reader", None) if _NOT_ENOUGH_DATA is not None else None
    try:
        for _ in range(replies):
            reply = reader.gets() if reader is not None else _NOT_ENOUGH_DATA
            if reply is _NOT_ENOUGH_DATA:
                try:
                    reply = connection.read_response()
                except ResponseError as exc:
                    reply = exc
            elif isinstance(reply, redis.ConnectionError) or (isinstance(reply, list) and reply and
                                                               isinstance(reply[0], redis.ConnectionError)):
                raise reply if isinstance(reply, redis.ConnectionError) else reply[0]  # as read_response does
            answers.append(reply)
    except BaseException:
        connection.disconnect()  # replies left unread would reach the connection's next user
        raise
    return answers


class Lease:
    """One connection of the client's pool, kept for a series of round trips (a worker's batch makes one a
    document) instead of taken from the pool and given back each time; `release` gives it back. A connection
    that failed is closed and given back at once (`drop`): the next round trip takes a new one."""

    def __init__(self, client: redis.Redis) -> None:
        self.client = client
        self.connection: redis.Connection | None = None

    def take(self) -> redis.Connection:
        if self.connection is None:
            self.connection = self.client.connection_pool.get_connection()
        return self.connection

    def drop(self) -> None:
        self._give_back(disconnect=True)

    def release(self) -> None:
        self._give_back(disconnect=False)

    def _give_back(self, disconnect: bool) -> None:
        connection, self.connection = self.connection, None
        if connection is not None:
            if disconnect:
                connection.disconnect()
            self.client.connection_pool.release(connection)


class PostedRoundTrip:
    """A `round_trip` split in two: the commands are sent now, on the lease's connection, and their replies read
    by `read`. Whoever posts does other work meanwhile (a worker extracts the next document while Redis runs the
    writes). A connection error, on sending or on reading, sends the commands again in a `round_trip` of their
    own (its retry policy), as `round_trip`'s own retry does. (A connection kept while Redis restarted fails only
    then, as one taken from the pool after a restart meets scripts Redis no longer knows: either way what was
    posted runs when its answers are read.)"""

    def __init__(self, lease: Lease, commands: Sequence[tuple[Any, ...]]) -> None:
        self.lease, self.commands = lease, commands
        self.sent = False
        connection = lease.take()
        try:
            _send(connection, commands)
        except _TRANSIENT:
            lease.drop()
            return
        except BaseException:
            lease.drop()
            raise
        self.sent = True

    def read(self) -> list[Any]:
        if not self.sent:  # the send failed: all again
            return round_trip(self.lease.client, self.commands)
        try:
            return _read(self.lease.take(), len(self.commands))
        except _TRANSIENT:
            self.lease.drop()
            return round_trip(self.lease.client, self.commands)
        except BaseException:
            self.lease.drop()
            raise


# A script, its keys and its arguments; or, without a script (None), a plain command: its words in the arguments.
ScriptCall = tuple[Script | None, Sequence[str], Sequence[Any]]


def run_scripts(client: redis.Redis, calls: Sequence[ScriptCall]) -> list[Any]:
    """Script calls in one round trip, by digest alone (redis-py's pipelined script call first asks Redis whether
    the script is loaded, a round trip more each time): the scripts are loaded only when Redis answers NOSCRIPT
    (after a restart), and what did not run is sent again. The first error reply is raised, once all have run."""
    return script_answers(client, calls, round_trip(client, _by_digest(calls)))


def script_answers(client: redis.Redis, calls: Sequence[ScriptCall], answers: list[Any]) -> list[Any]:
    """The answers of `calls` sent by digest, once those Redis did not know (NOSCRIPT) have run; the first error
    reply raised."""
    missing = [i for i, answer in enumerate(answers) if isinstance(answer, NoScriptError)]
    if missing:
        for script in {call.sha: call for call in (calls[i][0] for i in missing) if call is not None}.values():
            client.script_load(script.script)
        for i, answer in zip(missing, round_trip(client, _by_digest([calls[i] for i in missing])), strict=True):
            answers[i] = answer
    raise_first_error(answers)
    return answers


def _by_digest(calls: Sequence[ScriptCall]) -> list[tuple[Any, ...]]:
    return [("EVALSHA", script.sha, len(keys), *keys, *args) if script is not None else tuple(args)
            for script, keys, args in calls]


def raise_first_error(answers: Sequence[Any]) -> None:
    """Raise the first error reply of a `round_trip`, if any."""
    for answer in answers:
        if isinstance(answer, Exception):
            raise answer


@functools.cache
def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


class StoreScript(Script):
    """redis-py's Script (what `register_script` returns), its SHA1 digest (the name EVALSHA calls it by) computed
    once per text (`_sha1`) instead of for each client. The store's are computed when this module loads, in a
    worker's main process before its pool forks: a pool child hashes nothing, where a first SHA1 in a process
    brings about 0.8 MiB of OpenSSL's code into it (issue #8, worker memory). The texts are ASCII: their UTF-8,
    which redis-py's default encoder gives, is what it hashes (a test compares the digests)."""

    def __init__(self, registered_client: redis.Redis, script: str) -> None:
        self.registered_client = registered_client
        self.script = script
        self.sha = _sha1(script)


STORE_SCRIPTS = (scripts.SUBMIT, scripts.START, scripts.FINISH, scripts.DELETE, scripts.SET_FIELD_IF_EXISTS)
for _text in STORE_SCRIPTS:
    _sha1(_text)


class Store:
    # Where the submit script counts new documents per tenant (a hash), if anywhere: `store.metrics` sets it.
    submitted_counter: str | None = None

    def __init__(self, client: redis.Redis, keys: Keys, queue: str = "recordsmith", max_queue_depth: int = 0,
                 deduplicate_content: bool = True) -> None:
        self.redis = client
        self.keys = keys
        self.queue = queue
        self.max_queue_depth = max_queue_depth
        self.deduplicate_content = deduplicate_content
        self.records = RecordsIndex(client, keys)
        self._submit = StoreScript(client, scripts.SUBMIT)
        self._start = StoreScript(client, scripts.START)
        self._finish = StoreScript(client, scripts.FINISH)
        self._delete = StoreScript(client, scripts.DELETE)
        self._set_if_exists = StoreScript(client, scripts.SET_FIELD_IF_EXISTS)
    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        return cls(redis_client(settings), Keys(settings.key_prefix), settings.queue, settings.max_queue_depth,
                   settings.deduplicate_content)

    def close(self) -> None:
        self.redis.close()

    @transient
    def ping(self) -> bool:
        return bool(self.redis.ping())

    @transient
    def submit(self, tenant: str, request: SubmitRequest, idempotency_key: str | None = None) -> tuple[Job, bool]:
        """Store a document and its queued job: (job, True) when new, (the job it was recognised as, False)."""
        (outcome,) = self.submit_many(tenant, [request], [idempotency_key])
        if isinstance(outcome, RecordsmithError):
            raise outcome
        return outcome.job, outcome.created

    @transient
    def submit_many(self, tenant: str, requests: Sequence[SubmitRequest], idempotency_keys: Sequence[str | None],
                    task_for: Callable[[str], bytes] | None = None) -> list[Submission | RecordsmithError]:
        """Submit many documents in one round trip (one script call each, pipelined when there are several):
        each gets its own outcome, a Submission or the error that refused it (QueueFull, IdempotencyKeyReused).
        With `task_for`, each new job's task message (`task_for(document_id)`) is pushed onto the queue by the
        script that stores the job, which is then enqueued from the start."""
        created = now()
        score = int(created.timestamp() * 1000)
        calls = [self._submission(tenant, request, key, created, score, task_for)
                 for request, key in zip(requests, idempotency_keys, strict=True)]
        replies = run_scripts(self.redis, [(self._submit, call.keys, call.args) for call in calls])
        return [self._outcome(reply, call) for reply, call in zip(replies, calls, strict=True)]

    async def submit_async(self, client: redis.asyncio.Redis, tenant: str, request: SubmitRequest,
                           idempotency_key: str | None, task_for: Callable[[str], bytes] | None = None
                           ) -> Submission | RecordsmithError:
        """`submit_many` of one document over an asyncio client (`async_redis_client`): a caller in an event loop,
        the API's single submission, answers without a hop to a worker thread."""
        created = now()
        call = self._submission(tenant, request, idempotency_key, created, int(created.timestamp() * 1000), task_for)
        keys, args = call.keys, call.args
        try:
            try:
                reply = await async_round_trip(client, ("EVALSHA", self._submit.sha, len(keys), *keys, *args))
            except NoScriptError:  # a restarted Redis no longer knows the script: EVAL loads it as it runs it
                reply = await async_round_trip(client, ("EVAL", scripts.SUBMIT, len(keys), *keys, *args))
        except _TRANSIENT as exc:
            raise TransientError(f"Redis is unavailable: {exc}") from exc
        return self._outcome(reply, call)

    def _submission(self, tenant: str, request: SubmitRequest, key: str | None, created: datetime, score: int,
                    task_for: Callable[[str], bytes] | None) -> _ScriptCall:
        if key is None:
            document_id, job_id = new_id("doc"), new_id("job")
        else:
            document_id, job_id = idempotent_id("doc", tenant, key), idempotent_id("job", tenant, key)
        dumped = request.model_dump(mode="json")
        fingerprint = request_fingerprint(request, dumped)
        created_iso = _iso(created)
        fields = {"id": job_id, "document_id": document_id, "status": JobStatus.queued.value,
                  "created_at": created_iso, "attempts": 0, "fingerprint": fingerprint,
                  "waiting_key": self.keys.waiting(self.queue)}
        if task_for is not None:
            fields["enqueued_at"] = created_iso
        args: list[Any] = [document_json(document_id, job_id, created, request, dumped), score, document_id,
                           self.max_queue_depth,
                           self.keys.job(tenant, ""), tenant, task_for(document_id) if task_for else ""]
        for name, value in fields.items():
            args += [name, value]
        digest = content_digest(request) if self.deduplicate_content else None
        keys = [self.keys.job(tenant, job_id), self.keys.document(tenant, document_id),
                self.keys.documents_index(tenant), self.keys.queue(self.queue),
                self.keys.external_id(tenant, external_id_digest(request.external_id))
                if request.external_id is not None else "",
                self.keys.content(tenant, digest) if digest else "", self.submitted_counter or "",
                self.keys.waiting(self.queue)]
        # built unvalidated (schemas.trusted): the values are the store's own, and validating cost 16 K instructions
        new_job = _new_job(id=job_id, document_id=document_id, status=JobStatus.queued, created_at=created)
        return _ScriptCall(keys, args, fingerprint, Submission(new_job, enqueued=task_for is not None))

    def _outcome(self, reply: list[Any], call: _ScriptCall) -> Submission | RecordsmithError:
        kind = reply[0].decode()
        if kind == "new":
            return call.new
        if kind == "queue_full":
            return QueueFull(f"more than {self.max_queue_depth} documents are waiting; retry later")
        fields = _fields(reply[1])
        if kind == "idempotency_key" and fields.get("fingerprint", call.fingerprint) != call.fingerprint:
            return IdempotencyKeyReused(
                "this Idempotency-Key was used for a different document; use a new key for new content")
        return Submission(_job_from_hash(reply[1]), kind, "enqueued_at" in fields)

    @transient
    def queue_depth(self) -> int:
        """Tasks waiting in the broker's list (not counting those a worker has taken); a task may carry many
        documents (`documents_waiting` counts those)."""
        return int(self.redis.llen(self.keys.queue(self.queue)))

    @transient
    def documents_waiting(self) -> int:
        """Documents submitted to this queue whose job has not started: what RECORDSMITH_MAX_QUEUE_DEPTH bounds."""
        return int(self.redis.get(self.keys.waiting(self.queue)) or 0)

    @transient
    def mark_enqueued(self, tenant: str, *job_ids: str) -> None:
        """Note that these jobs' tasks were sent (one round trip): a replay then does not send them again."""
        moment = _iso(now())
        raise_first_error(round_trip(self.redis, [("HSET", self.keys.job(tenant, job_id), "enqueued_at", moment)
                                                  for job_id in job_ids]))

    @transient
    def is_enqueued(self, tenant: str, job_id: str) -> bool:
        return bool(self.redis.hexists(self.keys.job(tenant, job_id), "enqueued_at"))

    # redis-py types every reply as `bytes | str`: the store's clients never decode replies, so theirs are bytes.

    def _get(self, key: str) -> bytes | None:
        return cast(bytes | None, self.redis.get(key))

    @transient
    def get_job(self, tenant: str, job_id: str) -> Job | None:
        raw = cast(dict[bytes, bytes], self.redis.hgetall(self.keys.job(tenant, job_id)))
        return _job_from_hash(raw) if raw else None

    async def get_job_async(self, client: redis.asyncio.Redis, tenant: str, job_id: str) -> Job | None:
        """`get_job` over an asyncio client (`async_redis_client`): the API reads a job from its event loop, without
        a hop to a worker thread (which costs more CPU than the read, and waits for a thread on a busy host)."""
        raw = await async_read(client, ("HGETALL", self.keys.job(tenant, job_id)))
        return _job_from_hash(raw) if raw else None

    async def job_status_async(self, client: redis.asyncio.Redis, tenant: str, job_id: str) -> JobStatus | None:
        """A job's status alone (None when the job is gone): what a long poll reads while it waits."""
        raw = await async_read(client, ("HGET", self.keys.job(tenant, job_id), "status"))
        return _STATUSES[raw] if raw is not None else None

    async def result_async(self, client: redis.asyncio.Redis, tenant: str, document_id: str
                           ) -> tuple[bool, bytes | None]:
        """Whether the document exists, and its stored result JSON (None when there is none yet), read together in
        one MGET: a result is served only while its document exists, with no second read between."""
        document, result = await async_read(client, ("MGET", self.keys.document(tenant, document_id),
                                                     self.keys.result(tenant, document_id)))
        return document is not None, result

    @transient
    def get_document(self, tenant: str, document_id: str) -> StoredDocument | None:
        raw = self._get(self.keys.document(tenant, document_id))
        return read_document(raw) if raw else None

    @transient
    def get_documents(self, tenant: str, document_ids: Sequence[str]) -> list[StoredDocument | None]:
        """Many documents in one round trip, in order; None for one that is gone."""
        raws = cast(list[bytes | None], self.redis.mget([self.keys.document(tenant, d) for d in document_ids])
                    ) if document_ids else []
        return [read_document(raw) if raw else None for raw in raws]

    @transient
    def get_result_json(self, tenant: str, document_id: str) -> bytes | None:
        """The stored ExtractionResult, as the JSON bytes the worker wrote (served without re-parsing)."""
        return self._get(self.keys.result(tenant, document_id))

    def writes(self, defer_observations: bool = False) -> JobWrites:
        """A round trip's worth of job state changes (a worker's batch sends several at once)."""
        return JobWrites(self, defer_observations)

    def outcome_metrics(self, status: JobStatus, timings_ms: dict[str, float]
                        ) -> tuple[tuple[str, str], list[Any]]:
        """Where the finish script counts an outcome it writes: (the outcome's counter, the stage histogram; '' for
        none) and the histogram's arguments (per stage: its bucket field, its sum field, microseconds). Nowhere here:
        `store.metrics` counts."""
        return ("", ""), []

    def outcome_observations(self, timings: Iterable[dict[str, float]]) -> dict[str, int]:
        """What observing these successes' stage timings adds to each field of the histogram `outcome_metrics`
        names (`JobWrites(defer_observations=True)` observes a batch's at once)."""
        return {}

    @transient
    def deliveries(self, tenant: str, job_ids: Sequence[str]) -> list[Started | None]:
        """Each job's status and deliveries, as a start answers them (None for a job that is gone)."""
        pipe = self.redis.pipeline(transaction=False)
        for job_id in job_ids:
            pipe.hmget(self.keys.job(tenant, job_id), "status", "attempts", "shared_at")
        return [Started(_STATUSES[status], int(attempts or 0), int(shared_at or 0)) if status else None
                for status, attempts, shared_at in pipe.execute()]

    def start_attempt(self, tenant: str, job_id: str) -> Job | None:
        """Mark the job running and count the delivery; a finished job comes back unchanged; None if gone."""
        writes = self.writes()
        writes.start(tenant, job_id)
        return writes.send()[0]

    def succeed(self, tenant: str, job_id: str, document: StoredDocument, result_json: bytes,
                timings_ms: dict[str, float], result: ExtractionResult | None = None) -> bool:
        """Save the result, its records index entries (`store.records_index`) and mark the job succeeded, in one
        round trip (the result's SET, then the finish script, which takes it back if the job is gone); False when
        the job no longer exists (its document was deleted while the engine ran).
        `result` is the ExtractionResult `result_json` holds, when the caller has it: not parsed again (JSON that
        is not an ExtractionResult is saved, not indexed)."""
        writes = self.writes()
        writes.succeed(tenant, job_id, document, result_json, timings_ms, result)
        return writes.send()[0]

    def fail(self, tenant: str, job_id: str, error: str, timings_ms: dict[str, float] | None = None) -> bool:
        writes = self.writes()
        writes.fail(tenant, job_id, error, timings_ms)
        return writes.send()[0]

    @transient
    def record_webhook(self, tenant: str, job_id: str, delivery: WebhookDelivery) -> bool:
        """Note the job's webhook delivery state; False (nothing written) when the job is gone."""
        return bool(self._set_if_exists(keys=[self.keys.job(tenant, job_id)],
                                        args=["webhook", delivery.model_dump_json(exclude_none=True)]))

    @transient
    def delete_document(self, tenant: str, document_id: str) -> bool:
        """The document, its job, result, records and index entries go together; False when there was none."""
        doc = self.get_document(tenant, document_id)
        if doc is None:
            return False
        digest = content_digest(doc.request)
        keys = [self.keys.document(tenant, document_id), self.keys.job(tenant, doc.job_id),
                self.keys.result(tenant, document_id), self.keys.records(tenant, document_id),
                self.keys.record_entries(tenant, document_id), self.keys.documents_index(tenant),
                self.keys.external_id(tenant, external_id_digest(doc.request.external_id))
                if doc.request.external_id is not None else "",
                self.keys.content(tenant, digest) if digest else ""]
        return bool(self._delete(keys=keys, args=[document_id, doc.job_id]))

    @transient
    def document_by_external_id(self, tenant: str, external_id: str) -> tuple[StoredDocument, JobStatus] | None:
        """The live document submitted with this external_id (the last one, when earlier ones failed)."""
        job_id = self._get(self.keys.external_id(tenant, external_id_digest(external_id)))
        job = self.get_job(tenant, job_id.decode()) if job_id else None
        doc = self.get_document(tenant, job.document_id) if job else None
        return (doc, job.status) if doc and job else None

    @transient
    def list_documents(self, tenant: str, after: tuple[int, str] | None, limit: int
                       ) -> tuple[list[tuple[StoredDocument, JobStatus | None]], str | None]:
        """Newest first: one page of documents with their jobs' status, and the cursor of the next page.
        Documents of one batch share a millisecond: ties are ordered by id, and the cursor names both."""
        index = self.keys.documents_index(tenant)
        pipe = self.redis.pipeline(transaction=False)
        if after is None:
            pipe.zrevrangebyscore(index, "+inf", "-inf", 0, limit + 1, withscores=True)
        else:
            score, last = after
            pipe.zrevrangebyscore(index, score, score, withscores=True)
            pipe.zrevrangebyscore(index, f"({score}", "-inf", 0, limit + 1, withscores=True)
        pages = pipe.execute()
        found = [(m.decode(), int(s)) for page in pages for m, s in page]
        if after is not None:
            found = [(m, s) for m, s in found if s != after[0] or m < after[1]]
        found = found[:limit + 1]
        page, more = found[:limit], len(found) > limit
        pipe = self.redis.pipeline(transaction=False)
        for document_id, _ in page:
            pipe.get(self.keys.document(tenant, document_id))
        docs = [read_document(raw) for raw in pipe.execute() if raw]
        pipe = self.redis.pipeline(transaction=False)
        for doc in docs:
            pipe.hget(self.keys.job(tenant, doc.job_id), "status")
        statuses = [JobStatus(raw.decode()) if raw else None for raw in pipe.execute()]
        cursor = encode_document_cursor(page[-1][1], page[-1][0]) if more and page else None
        return list(zip(docs, statuses, strict=True)), cursor


class Started(NamedTuple):
    """A started job, briefly: its status (`running`, or the final one of a finished job), its deliveries, and the
    number of the one delivery it shared with the other documents of a run (`JobWrites.join`; 0: none)."""

    status: JobStatus
    attempts: int
    shared_at: int = 0

    @property
    def own_attempts(self) -> int:
        """The deliveries that ran this document alone: the ones a worker lost can be laid on it."""
        return self.attempts - (self.shared_at > 0)

    @property
    def in_run(self) -> bool:
        """Whether its current delivery is the one it shares with a run of documents."""
        return self.shared_at == self.attempts > 0


class JobWrites:
    """Job state changes sent to Redis together, in one round trip (`run_scripts`): a worker's batch sends the
    outcome of one document with the start of the next. Queue writes with `start`, `succeed` and `fail`, then
    `send()` answers each, in order, as the single-write methods of `Store` do. Posted round trips (`post`,
    `collect`) share one connection of the pool until `release`.

    `defer_observations` (a worker's batch): a success's stage timings are not observed in the stage histogram by
    its finish script but kept here once Redis has confirmed the outcome, and added up when a `post(flush=True)`
    sends them (`Store.outcome_observations`), one HINCRBY a histogram field (a batch's documents share most of
    their buckets: about 30 commands a batch instead of 16 a document). The outcome counters are still counted by
    the finish script."""

    def __init__(self, store: Store, defer_observations: bool = False) -> None:
        self.store = store
        self.calls: list[ScriptCall] = []
        self.queued: list[str] = []  # the kind of each write: start, started (brief), or the outcome's status
        self.posted: tuple[list[ScriptCall], list[str], PostedRoundTrip] | None = None
        self.lease = Lease(store.redis)
        self.defer_observations = defer_observations
        self.observing: dict[int, tuple[str, dict[str, float]]] = {}  # queued success -> (histogram, its timings)
        self.posted_observing: dict[int, tuple[str, dict[str, float]]] = {}
        self.observed: dict[str, list[dict[str, float]]] = {}  # confirmed, not sent: histogram -> successes' timings
        self.packed = msgpack.Packer().pack  # index entries (one packer: making one costs 10 K instructions)

    def call(self, script: Script | None, keys: Sequence[str], args: Sequence[Any]) -> None:
        self.calls.append((script, keys, args))

    def start(self, tenant: str, job_id: str, brief: bool = False) -> None:
        """Mark the job running and count the delivery: answered as the Job (None when it is gone), or, `brief`,
        as its status and deliveries (`Started`, None when it is gone)."""
        self.call(self.store._start, [self.store.keys.job(tenant, job_id)], [now_iso(), "brief" if brief else ""])
        self.queued.append("started" if brief else "start")

    def join(self, tenant: str, job_id: str) -> None:
        """Start the job in a run of documents, one delivery shared by the run, if it was never started (still
        `queued`, never in a run before: a job joins one run at most); else leave it as it is. Answered as
        (`Started` or None when it is gone, whether it joined now)."""
        self.call(self.store._start, [self.store.keys.job(tenant, job_id)], [now_iso(), "join"])
        self.queued.append("joined")

    def succeed(self, tenant: str, job_id: str, document: StoredDocument, result_json: bytes,
                timings_ms: dict[str, float], result: ExtractionResult | None = None) -> None:
        keys = self.store.keys
        if result is None:
            try:
                result = ExtractionResult.model_validate_json(result_json)
            except ValidationError:
                result = None
        members = index_result(keys, tenant, document.id, result, document.request.published_at,
                               document.created_at).members if result is not None else {}
        # the result travels as a plain SET, not as the script's argument (store.scripts.FINISH)
        self.call(None, (), ("SET", keys.result(tenant, document.id), result_json))
        self.queued.append("plain")
        self._finish(tenant, job_id, document.id, JobStatus.succeeded, "", timings_ms, self.packed(members))

    def fail(self, tenant: str, job_id: str, error: str, timings_ms: dict[str, float] | None = None) -> None:
        self._finish(tenant, job_id, "-", JobStatus.failed, error[:2000] or "failed", timings_ms or {}, "")

    def _finish(self, tenant: str, job_id: str, document_id: str, status: JobStatus, error: str,
                timings_ms: dict[str, float], entries: bytes | str) -> None:
        keys = self.store.keys
        if self.defer_observations and status is JobStatus.succeeded:  # observed once confirmed (`collect`)
            (counter, histogram), counted = self.store.outcome_metrics(status, {})
            if histogram:
                self.observing[len(self.calls)] = (histogram, timings_ms)
        else:
            (counter, histogram), counted = self.store.outcome_metrics(status, timings_ms)
        self.call(self.store._finish,
                  [keys.job(tenant, job_id), keys.result(tenant, document_id), keys.records(tenant, document_id),
                   keys.record_entries(tenant, document_id), counter, histogram],
                  [status.value, now_iso(), error, orjson.dumps(timings_ms), entries, tenant, len(counted),
                   *counted])
        self.queued.append(status.value)

    @transient
    def send(self) -> list[Any]:
        """One round trip: each queued write's answer (a start: the Job or None, a brief one as `start` tells; an
        outcome: whether it was written, False for a job that is gone). No round trip when there is nothing to
        send."""
        try:
            self.post()
            return self.collect()
        finally:
            self.release()

    def release(self) -> None:
        """Give the connection of the posted round trips back to the pool (what was posted must be collected)."""
        self.lease.release()

    @transient
    def post(self, flush: bool = False) -> None:
        """Send the queued writes without waiting for their answers, which `collect` reads (`send` in two
        halves), and with `flush` the observations kept (`defer_observations`). Whatever was posted before must
        have been collected."""
        if self.posted is not None:
            raise RuntimeError("the writes posted before were not collected")
        if flush and self.observed:
            for histogram, timings in self.observed.items():
                for field, amount in self.store.outcome_observations(timings).items():
                    self.call(None, (), ("HINCRBY", histogram, field, amount))
                    self.queued.append("observed")
            self.observed.clear()
        queued, self.queued = self.queued, []
        calls, self.calls = self.calls, []
        self.posted_observing, self.observing = self.observing, {}
        if queued:
            self.posted = (calls, queued, PostedRoundTrip(self.lease, _by_digest(calls)))

    @transient
    def collect(self) -> list[Any]:
        """The answers of the writes `post` sent, as `send` answers them ([] when nothing was posted)."""
        if self.posted is None:
            return []
        (calls, queued, posted), self.posted = self.posted, None
        observing, self.posted_observing = self.posted_observing, {}
        answers = script_answers(self.store.redis, calls, posted.read())
        for position, (histogram, timings) in observing.items():
            if answers[position]:  # written: observed
                self.observed.setdefault(histogram, []).append(timings)
        return [_answer(kind, a) for kind, a in zip(queued, answers, strict=True) if kind not in _UNANSWERED]


# Writes queued beside the others whose answers are not handed back: the observations kept (`post(flush=True)`) and
# a result's SET (`succeed`).
_UNANSWERED = frozenset(("observed", "plain"))


_STATUSES = {status.value.encode(): status for status in JobStatus}  # JobStatus(...) costs a Python call


def _answer(kind: str, answer: Any) -> Any:
    if kind == "start":
        return _job_from_hash(answer) if answer else None
    if kind == "started":
        status, attempts, shared_at = answer
        return Started(_STATUSES[status], attempts, shared_at) if status is not None else None
    if kind == "joined":
        status, attempts, shared_at, joined = answer
        return Started(_STATUSES[status], attempts, shared_at) if status is not None else None, bool(joined)
    return bool(answer)
