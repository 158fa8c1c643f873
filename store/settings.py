"""The one `Settings` object: every knob of the service, read from `RECORDSMITH_*` environment variables."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_TENANT = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_DIGEST = re.compile(r"^sha256:([0-9a-f]{64})$")


def parse_tenant_pairs(raw: str, what: str) -> list[tuple[str, str]]:
    """`"tenant:value,tenant:value"` -> [(tenant, value)]; tenants become Redis key segments, so they are checked."""
    pairs = []
    for item in raw.split(","):
        item = item.strip()
        if not item:
            continue
        tenant, sep, value = item.partition(":")
        if not sep or not value or not _TENANT.match(tenant):
            raise ValueError(f"{what} entries are 'tenant:{what}' with tenant matching {_TENANT.pattern}")
        pairs.append((tenant, value))
    return pairs


def parse_api_keys(raw: str) -> dict[str, str]:
    """{key: tenant} of the keys given in clear; entries given as `tenant:sha256:<hex>` are digests only."""
    return {key: tenant for tenant, key in parse_tenant_pairs(raw, "key") if not _DIGEST.match(key)}


def key_digest(key: str) -> str:
    """What the API keeps of a key: its SHA-256 (hex). A leaked memory dump or setting then leaks no key."""
    return hashlib.sha256(key.encode()).hexdigest()


def api_key_digests(raw: str) -> dict[str, str]:
    """{sha256 hex of the key: tenant}, for keys given in clear and for `tenant:sha256:<hex>` entries alike."""
    digests = {}
    for tenant, key in parse_tenant_pairs(raw, "key"):
        given = _DIGEST.match(key)
        digests[given.group(1) if given else key_digest(key)] = tenant
    return digests


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RECORDSMITH_", extra="ignore")

    redis_url: str | None = Field(default=None, description="Redis for the store and the Celery broker")
    api_keys: str = Field(default="", description="'tenant:key,tenant:key'; a key may be given as its digest, "
                                                   "'tenant:sha256:<hex>'", repr=False)
    key_prefix: str = Field(default="rs", pattern=r"^[A-Za-z0-9_.-]{1,32}$", description="prefix of every Redis key")
    queue: str = Field(default="recordsmith", pattern=r"^[A-Za-z0-9_.-]{1,64}$", description="Celery queue name")
    max_body_bytes: int = Field(default=1024 * 1024, gt=0, description="request body limit (413 above it)")
    task_time_limit: float = Field(default=60.0, gt=0, description="hard limit of one extraction, seconds")
    visibility_timeout: float = Field(
        default=300.0, gt=0, description="seconds before an unacknowledged task is redelivered"
    )
    max_queue_depth: int = Field(default=0, ge=0, description="documents waiting (not started) at which "
                                                              "submissions get 503 (0: no limit)")
    max_batch: int = Field(default=100, ge=1, le=10_000, description="documents per `POST /v1/documents:batch`")
    batch_task_size: int = Field(default=50, ge=1, le=1000, description=(
        "documents per extraction task of a batch submission: a batch of more is split into tasks of about equal "
        "size, so several worker processes share it (each task costs the worker's main process about 2 ms and "
        "its child a few Redis round trips: 50 halves that a document against 25)"))
    max_batch_bytes: int = Field(default=16 * 1024 * 1024, gt=0, description="body limit of a batch (413 above it); "
                                                                             "each document stays under max_body_bytes")
    deduplicate_content: bool = Field(
        default=True, description="a document whose text (or HTML), published_at and language match one already "
                                  "stored in the tenant returns that document instead of a new one")
    worker_nice: int = Field(default=10, ge=0, le=19, description="niceness `recordsmith worker` adds to its "
                             "processes, so an API on the same host stays responsive while extraction saturates "
                             "the cores (0: same priority)")
    max_attempts: int = Field(default=3, ge=1, description="deliveries of one job before it is failed for good")
    transient_retries: int = Field(default=5, ge=0, description="retries of a task after a Redis error")
    redis_retries: int = Field(default=3, ge=0, description="redis-py reconnect attempts per command")
    redis_timeout: float = Field(default=5.0, gt=0, description="socket timeout of Redis commands, seconds")
    max_wait: float = Field(default=30.0, gt=0, le=30.0, description="longest `?wait=` long-poll, seconds")
    retry_after: int = Field(default=2, ge=1, description="Retry-After seconds when Redis is unreachable")
    log_format: Literal["text", "json"] = Field(default="text", description="`json` in containers")
    data_dir: Path = Field(default=Path("data"), description="`recordsmith serve`: embedded Redis data, API key")
    url: str = Field(default="http://127.0.0.1:8000", description="the server the `submit`/`results` client calls")
    api_key: str | None = Field(default=None, description="the client's key for `submit`/`results`", repr=False)
    # Input forms: what the worker may fetch for `url` documents (and where it may deliver webhooks).
    allow_private_urls: bool = Field(
        default=False, description="let `url` documents and webhooks reach loopback, private, link-local and "
                                   "reserved addresses (off: the SSRF guard refuses them)")
    fetch_connect_timeout: float = Field(default=5.0, gt=0, description="connect timeout of a `url` fetch, seconds")
    fetch_read_timeout: float = Field(default=10.0, gt=0, description="read timeout of a `url` fetch, seconds")
    fetch_max_bytes: int = Field(default=5 * 1024 * 1024, gt=0, description="largest page a `url` fetch reads")
    fetch_max_redirects: int = Field(default=5, ge=0, description="redirects a `url` fetch follows")
    # Webhooks.
    webhook_secrets: str = Field(default="", repr=False, description="'tenant:secret,...': the HMAC-SHA256 key "
                                                                     "each tenant's webhooks are signed with")
    webhook_urls: str = Field(default="", description="'tenant:url,...': a tenant's default callback_url")
    webhook_retries: int = Field(default=8, ge=0, description="retries of a failed webhook delivery")
    webhook_backoff: float = Field(default=2.0, gt=0, description="first retry delay of a webhook, seconds; "
                                                                  "doubled on each retry")
    webhook_backoff_max: float = Field(default=120.0, gt=0, description="longest delay between two webhook tries")
    webhook_timeout: float = Field(default=10.0, gt=0, description="timeout of one webhook delivery, seconds")
    # Security.
    rate_limit: float = Field(default=0.0, ge=0, description="requests per second per API key (0: no limit)")
    rate_burst: int = Field(default=0, ge=0, description="requests an idle key may make at once (0: 2 s worth "
                                                         "of the rate, at least 1)")
    cors_origins: str = Field(default="", description="comma-separated origins allowed by CORS (empty: CORS off)")

    @field_validator("api_keys")
    @classmethod
    def _keys_parse(cls, value: str) -> str:
        parse_tenant_pairs(value, "key")
        return value

    @field_validator("webhook_secrets")
    @classmethod
    def _secrets_parse(cls, value: str) -> str:
        parse_tenant_pairs(value, "secret")
        return value

    @model_validator(mode="after")
    def _webhooks_signed(self) -> Settings:
        unsigned = set(self.tenant_webhook_urls) - set(self.tenant_webhook_secrets)
        if unsigned:
            raise ValueError(f"RECORDSMITH_WEBHOOK_URLS names tenants without a secret in "
                             f"RECORDSMITH_WEBHOOK_SECRETS: {', '.join(sorted(unsigned))}")
        return self

    @model_validator(mode="after")
    def _timeout_above_limit(self) -> Settings:
        # A task still running when the visibility timeout ends is redelivered and runs twice.
        if self.visibility_timeout <= self.task_time_limit:
            raise ValueError(
                f"RECORDSMITH_VISIBILITY_TIMEOUT ({self.visibility_timeout}) must exceed "
                f"RECORDSMITH_TASK_TIME_LIMIT ({self.task_time_limit})"
            )
        return self

    @property
    def soft_time_limit(self) -> float:
        """The engine is told to stop a little before the hard kill, so a slow document ends `failed`."""
        return max(self.task_time_limit * 0.5, self.task_time_limit - max(1.0, self.task_time_limit * 0.1))

    @property
    def batch_time_limit(self) -> float:
        """The hard limit of a batch task (worker/batch.py). A batch starts documents during its first
        `batch_time_limit - task_time_limit` seconds only, and each document has its own soft limit, so every
        document gets at least the hard limit of a task of its own; the rest of the batch goes on in a new task.
        Up to twice the document's limit, and below the visibility timeout (less a tenth), so that a running
        batch is never delivered twice."""
        margin = max(1.0, self.visibility_timeout * 0.1)
        return max(self.task_time_limit, min(2 * self.task_time_limit, self.visibility_timeout - margin))

    @property
    def batch_soft_time_limit(self) -> float:
        """Celery's soft limit of a batch task: later than any document's own soft limit can fire (a document
        starts by `batch_time_limit - task_time_limit` and has `soft_time_limit`), before the hard kill."""
        return self.batch_time_limit - (self.task_time_limit - self.soft_time_limit) / 2

    @property
    def tenants_by_key(self) -> dict[str, str]:
        return parse_api_keys(self.api_keys)

    @property
    def tenants_by_key_digest(self) -> dict[str, str]:
        return api_key_digests(self.api_keys)

    @property
    def tenant_webhook_secrets(self) -> dict[str, str]:
        return dict(parse_tenant_pairs(self.webhook_secrets, "secret"))

    @property
    def tenant_webhook_urls(self) -> dict[str, str]:
        return dict(parse_tenant_pairs(self.webhook_urls, "url"))

    @property
    def allowed_origins(self) -> list[str]:
        return [origin.strip() for origin in self.cors_origins.split(",") if origin.strip()]

    @property
    def webhook_delay_cap(self) -> float:
        """A retry waits in a worker's memory; one waiting past the visibility timeout would be delivered twice."""
        return min(self.webhook_backoff_max, self.visibility_timeout / 2)

    @property
    def burst(self) -> int:
        return self.rate_burst or max(1, round(self.rate_limit * 2))

    @property
    def broker_url(self) -> str:
        if not self.redis_url:
            raise RuntimeError("RECORDSMITH_REDIS_URL is not set (`recordsmith serve` starts an embedded Redis)")
        return self.redis_url


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
