"""Short-lived signed view tokens: how a browser, which cannot send a Bearer header when it opens a link,
proves it may see one document of one tenant.

A token is `base64url("tenant:document_id:expiry") . base64url(HMAC-SHA256(secret, that))`. It names the
document it opens (a token for one document opens no other) and the tenant the document is read from, so
tenant isolation is the store's as for any request. The secret is 32 random bytes kept in Redis under one key
(created once with SET NX): every API process on every host signs and checks with the same secret without
configuration; deleting the key revokes every link once the API processes restart.
"""

from __future__ import annotations

import base64
import hmac
import secrets
import time
from dataclasses import dataclass
from hashlib import sha256
from typing import cast

import redis


@dataclass(frozen=True)
class ViewGrant:
    tenant: str
    document_id: str
    expires_at: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class ViewTokens:
    def __init__(self, client: redis.Redis, secret_key: str) -> None:
        self._redis, self._key = client, secret_key
        self._secret: bytes | None = None

    def _load_secret(self) -> bytes:
        if self._secret is None:  # one round trip per process: the secret never changes while it runs
            self._redis.set(self._key, secrets.token_bytes(32), nx=True)
            self._secret = cast(bytes, self._redis.get(self._key))  # set just above; replies are bytes
        return self._secret

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._load_secret(), payload, sha256).digest()

    def issue(self, tenant: str, document_id: str, ttl: int) -> tuple[str, int]:
        expires_at = int(time.time()) + ttl
        payload = f"{tenant}:{document_id}:{expires_at}".encode()
        return f"{_b64(payload)}.{_b64(self._sign(payload))}", expires_at

    def check(self, token: str, document_id: str) -> ViewGrant | None:
        """The grant a valid, unexpired token for this document carries; None for anything else."""
        try:
            encoded, signature = token.split(".")
            payload, given = _unb64(encoded), _unb64(signature)
            tenant, doc, expiry = payload.decode().split(":")
            expires_at = int(expiry)
        except ValueError:  # also binascii.Error and UnicodeDecodeError
            return None
        if not hmac.compare_digest(self._sign(payload), given) or doc != document_id or expires_at < time.time():
            return None
        return ViewGrant(tenant, doc, expires_at)
