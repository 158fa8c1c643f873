"""Bearer API keys -> tenants (RECORDSMITH_API_KEYS="tenant:key,tenant:sha256:<hex>").

Only the keys' SHA-256 digests are kept in memory; a presented key is hashed and compared with each of them
in constant time (`hmac.compare_digest`), so neither timing nor a memory dump gives a key away.
"""

from __future__ import annotations

import hmac

from api.problems import ApiProblem
from store.settings import key_digest

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="recordsmith"'}


def bearer_key(authorization: str | None) -> str:
    scheme, _, key = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise ApiProblem(401, "send `Authorization: Bearer <api key>`", slug="unauthorized", headers=_CHALLENGE)
    return key.strip()


def tenant_for(key: str, tenants_by_digest: dict[str, str]) -> tuple[str, str]:
    """(tenant, key digest) of the key, comparing every configured digest (no early exit); else 401."""
    digest = key_digest(key)
    found = None
    for candidate, tenant in tenants_by_digest.items():
        if hmac.compare_digest(candidate, digest):
            found = tenant
    if found is None:
        raise ApiProblem(401, "the API key is not valid", slug="unauthorized", headers=_CHALLENGE)
    return found, digest
