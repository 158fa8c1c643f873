"""The API process puts what it loaded at start-up out of the garbage collector's sight (`gc.freeze()` when the
app starts), so that a full collection, which stops the event loop and every request in flight, walks only what
requests left behind (the API of `bench.submit_latency` spent up to 175 ms in one before), and collects young
objects ten times less often (a collection walks the requests in flight)."""

from __future__ import annotations

import asyncio
import gc

from api.main import YOUNG_COLLECTION_THRESHOLD, create_app
from client.embedded_redis import EmbeddedRedis
from store import Settings


def test_the_app_freezes_what_it_loaded_when_it_starts(redis_server: EmbeddedRedis) -> None:
    app = create_app(Settings(redis_url=redis_server.url, key_prefix="gcfreeze"))

    async def started() -> tuple[int, int]:
        async with app.router.lifespan_context(app):
            return gc.get_freeze_count(), gc.get_threshold()[0]

    gc.unfreeze()  # whatever an earlier test froze
    thresholds = gc.get_threshold()
    try:
        frozen, young = asyncio.run(started())
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
    # the app, FastAPI, pydantic and their modules: tens of thousands of objects no full collection walks again
    assert frozen > 20_000
    assert young == YOUNG_COLLECTION_THRESHOLD > 10 * 700 - 1
