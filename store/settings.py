"""The one `Settings` object: every knob of the service, read from `RECORDSMITH_*` environment variables."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_TENANT = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def parse_api_keys(raw: str) -> dict[str, str]:
    """`"tenant:key,tenant:key"` -> {key: tenant}; tenants become Redis key segments, so they are checked."""
    keys: dict[str, str] = {}
    for item in raw.split(","):
        item = item.strip()
        if not item:
            continue
        tenant, sep, key = item.partition(":")
        if not sep or not key or not _TENANT.match(tenant):
            raise ValueError(f"API key entries are 'tenant:key' with tenant matching {_TENANT.pattern}")
        keys[key] = tenant
    return keys


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RECORDSMITH_", extra="ignore")

    redis_url: str | None = Field(default=None, description="Redis for the store and the Celery broker")
    api_keys: str = Field(default="", description="'tenant:key,tenant:key'", repr=False)
    key_prefix: str = Field(default="rs", pattern=r"^[A-Za-z0-9_.-]{1,32}$", description="prefix of every Redis key")
    queue: str = Field(default="recordsmith", pattern=r"^[A-Za-z0-9_.-]{1,64}$", description="Celery queue name")
    max_body_bytes: int = Field(default=1024 * 1024, gt=0, description="request body limit (413 above it)")
    task_time_limit: float = Field(default=60.0, gt=0, description="hard limit of one extraction, seconds")
    visibility_timeout: float = Field(
        default=300.0, gt=0, description="seconds before an unacknowledged task is redelivered"
    )
    max_queue_depth: int = Field(default=0, ge=0, description="waiting tasks above which submissions get 503 "
                                                              "(0: no limit)")
    max_batch: int = Field(default=100, ge=1, le=10_000, description="documents per `POST /v1/documents:batch`")
    max_batch_bytes: int = Field(default=16 * 1024 * 1024, gt=0, description="body limit of a batch (413 above it); "
                                                                             "each document stays under max_body_bytes")
    deduplicate_content: bool = Field(
        default=True, description="a document whose text (or HTML), published_at and language match one already "
                                  "stored in the tenant returns that document instead of a new one")
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

    @field_validator("api_keys")
    @classmethod
    def _keys_parse(cls, value: str) -> str:
        parse_api_keys(value)
        return value

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
    def tenants_by_key(self) -> dict[str, str]:
        return parse_api_keys(self.api_keys)

    @property
    def broker_url(self) -> str:
        if not self.redis_url:
            raise RuntimeError("RECORDSMITH_REDIS_URL is not set (`recordsmith serve` starts an embedded Redis)")
        return self.redis_url


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
