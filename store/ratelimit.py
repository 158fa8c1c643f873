"""A token bucket per API key in Redis: `rate` tokens per second, at most `burst` saved up.

The refill and the take happen in one Lua script on Redis' own clock, so every API process behind a load
balancer shares one bucket per key, and two requests racing for the last token cannot both get it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import redis

from store.keys import Keys
from store.store import transient

# KEYS: the bucket. ARGV: rate (tokens per second), burst. Returns {allowed (0|1), ms until a token is back}.
# Tokens are stored with tostring: Redis would truncate a Lua number to an integer.
_TAKE = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local saved = redis.call('HMGET', KEYS[1], 'tokens', 'ms')
local tokens = tonumber(saved[1]) or burst
local last = tonumber(saved[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - last) * rate / 1000)
local allowed, wait = 0, 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ms', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)
return {allowed, wait}
"""


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after_ms: int

    @property
    def retry_after(self) -> int:
        """Whole seconds for the `Retry-After` header (at least 1)."""
        return max(1, math.ceil(self.retry_after_ms / 1000))


class RateLimiter:
    def __init__(self, client: redis.Redis, keys: Keys, rate: float, burst: int) -> None:
        self.keys, self.rate, self.burst = keys, rate, burst
        self._take = client.register_script(_TAKE)

    @transient
    def take(self, key_digest: str) -> Verdict:
        allowed, wait = self._take(keys=[self.keys.rate_limit(key_digest)], args=[self.rate, self.burst])
        return Verdict(bool(allowed), int(wait))
