"""The API's asyncio Redis client, for the one hot path that answers from the event loop (a single submission):
a hop to a worker thread costs more CPU than the submission's own Redis round trip."""

from __future__ import annotations

import asyncio

import redis.asyncio

from store import Settings
from store.store import async_redis_client


class LoopRedis:
    """One client per event loop: its connections belong to the loop that opened them. The server runs one loop;
    an in-process test may run one per request."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client: redis.asyncio.Redis | None = None

    def client(self) -> redis.asyncio.Redis:
        loop = asyncio.get_running_loop()
        if self._client is None or loop is not self._loop:
            self._client, self._loop = async_redis_client(self.settings), loop
        return self._client

    async def aclose(self) -> None:
        if self._client is not None and self._loop is asyncio.get_running_loop():
            await self._client.aclose()
        self._client = self._loop = None
