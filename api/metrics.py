"""`GET /metrics`: the deployment's metrics (`store.metrics`, kept in Redis) in the Prometheus text format."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import Metric
from prometheus_client.registry import Collector
from starlette.concurrency import run_in_threadpool

from store.metrics import Metrics


class _Collector(Collector):
    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def collect(self) -> Iterator[Metric]:
        return self.metrics.families()


router = APIRouter(tags=["operations"])


@router.get("/metrics", operation_id="metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    """Prometheus text format; no API key (scrape it from the internal network only)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Collector(request.app.state.store.metrics))
    body = await run_in_threadpool(generate_latest, registry)
    return Response(body, media_type=CONTENT_TYPE_LATEST)
