"""Bearer API keys -> tenants (RECORDSMITH_API_KEYS="tenant:key,tenant:key")."""

from __future__ import annotations

import hmac

from api.problems import ApiProblem

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="recordsmith"'}


def tenant_for(authorization: str | None, tenants_by_key: dict[str, str]) -> str:
    """The tenant owning the bearer key, comparing every configured key in constant time; else 401."""
    scheme, _, key = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise ApiProblem(401, "send `Authorization: Bearer <api key>`", slug="unauthorized", headers=_CHALLENGE)
    key = key.strip().encode()
    found = None
    for candidate, tenant in tenants_by_key.items():
        if hmac.compare_digest(candidate.encode(), key):
            found = tenant
    if found is None:
        raise ApiProblem(401, "the API key is not valid", slug="unauthorized", headers=_CHALLENGE)
    return found
