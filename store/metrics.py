"""Prometheus metrics that hold across processes and hosts: every value lives in Redis.

The API processes, each worker's main process and its prefork children all count into the same Redis
hashes (`{prefix}:metrics:{name}`, one field per label value, HINCRBY is atomic), so any API replica's
`/metrics` reports the whole deployment and nothing is lost when a child process is recycled. Prometheus
should scrape one API replica (or all, and take `max`): the values are the deployment's, not the process's.

Documents are counted where their state changes (`MeteredStore`), by the scripts that change it: submitted when
a new job is stored, succeeded or failed (with the stage timings of a success, from the engine's `timings_ms`)
when the job's final state is written, in the same script, so an outcome is counted exactly when it is written
(a job deleted while it ran is not, a redelivered, already finished job changes nothing and is not counted
again). A worker's batch task observes its successes' stage timings in the histogram once, when it ends, added
up (`JobWrites(defer_observations=True)`): only outcomes Redis confirmed as written, and a batch whose worker
dies before its end leaves its timings unobserved (its outcomes are counted all the same).

Recording lives here, beside the store, so the worker does not import the web framework; `api.metrics` serves
the values at `/metrics` (prometheus_client is imported only there: a worker never loads it).
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, Self

import redis

from schemas import JobStatus, WebhookDelivery
from store import Settings, Store
from store.keys import Keys

if TYPE_CHECKING:
    from prometheus_client.core import HistogramMetricFamily, Metric

log = logging.getLogger("recordsmith.metrics")

# name -> (help, label)
COUNTERS = {
    "documents_submitted": ("documents accepted as new jobs", "tenant"),
    "documents_succeeded": ("jobs finished with a result", "tenant"),
    "documents_failed": ("jobs finished failed", "tenant"),
    "webhook_deliveries": ("webhook delivery attempts by outcome", "outcome"),
}
HISTOGRAM = "extraction_seconds"
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


@cache  # the engine has a handful of stages, each in every success
def _stage_fields(stage: str) -> tuple[tuple[str, ...], str]:
    """A stage's histogram fields: one per bucket index (the last for above every bound), and its sum's."""
    return tuple(f"{stage}|{i}" for i in range(len(BUCKETS) + 1)), f"{stage}|sum_us"


class Metrics:
    """Records into Redis (any process) and reads back for `/metrics`."""

    def __init__(self, client: redis.Redis, keys: Keys, queue: str) -> None:
        self.redis, self.keys, self.queue = client, keys, queue

    def count(self, name: str, label: str, amount: int = 1) -> None:
        if name not in COUNTERS:
            raise KeyError(f"unknown counter {name}")
        self.redis.hincrby(self.keys.metric(name), label, amount)

    def outcome(self, status: JobStatus, timings_ms: dict[str, float]) -> tuple[tuple[str, str], list[Any]]:
        """`Store.outcome_metrics`: a success is counted with its stage timings, a field per (stage, bucket index)
        so that buckets add up across processes, and each stage's sum in whole microseconds (HINCRBY: Redis's
        HINCRBYFLOAT costs about as much as the rest of the outcome's counting); a failure only counted."""
        if status is not JobStatus.succeeded:
            return (self.keys.metric("documents_failed"), ""), []
        args: list[Any] = []
        for stage, ms in timings_ms.items():
            buckets, total = _stage_fields(stage)
            args += [buckets[bisect.bisect_left(BUCKETS, ms / 1000)], total, round(ms * 1000)]
        return (self.keys.metric("documents_succeeded"), self.keys.metric(HISTOGRAM)), args

    def observations(self, timings: Iterable[dict[str, float]]) -> dict[str, int]:
        """`Store.outcome_observations`: what observing these successes' stage timings adds to each field of the
        histogram, as `outcome` counts one success's (its buckets, and its sums in microseconds)."""
        amounts: dict[str, int] = {}
        get, find = amounts.get, bisect.bisect_left
        for timings_ms in timings:
            for stage, ms in timings_ms.items():
                buckets, total = _stage_fields(stage)
                bucket = buckets[find(BUCKETS, ms / 1000)]
                amounts[bucket] = get(bucket, 0) + 1
                amounts[total] = get(total, 0) + round(ms * 1000)
        return amounts

    def families(self) -> Iterator[Metric]:
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

        pipe = self.redis.pipeline(transaction=False)
        for name in (*COUNTERS, HISTOGRAM):
            pipe.hgetall(self.keys.metric(name))
        pipe.llen(self.keys.queue(self.queue))
        pipe.get(self.keys.waiting(self.queue))
        *values, depth, waiting = pipe.execute()
        for (name, (doc, label)), raw in zip(COUNTERS.items(), values, strict=False):
            family = CounterMetricFamily(f"recordsmith_{name}", doc, labels=[label])
            for value, n in sorted(raw.items()):
                family.add_metric([value.decode()], int(n))
            yield family
        yield _histogram(values[-1])
        yield GaugeMetricFamily("recordsmith_queue_depth", "tasks waiting in the queue (not yet taken by a worker)",
                                value=int(depth))
        yield GaugeMetricFamily("recordsmith_documents_waiting", "documents whose job has not started yet "
                                "(a task may carry several)", value=int(waiting or 0))


def _histogram(raw: dict[bytes, bytes]) -> HistogramMetricFamily:
    from prometheus_client.core import HistogramMetricFamily

    per_stage: dict[str, dict[str, float]] = {}
    for field, value in raw.items():
        stage, _, part = field.decode().rpartition("|")
        per_stage.setdefault(stage, {})[part] = float(value)
    family = HistogramMetricFamily(f"recordsmith_{HISTOGRAM}", "extraction time per engine stage, seconds",
                                   labels=["stage"])
    for stage, parts in sorted(per_stage.items()):
        running, buckets = 0.0, []
        for i, bound in enumerate((*BUCKETS, float("inf"))):
            running += parts.get(str(i), 0.0)
            buckets.append(("+Inf" if bound == float("inf") else str(bound), running))
        # `sum`: seconds, as workers before `sum_us` wrote them into a Redis that may still hold them
        family.add_metric([stage], buckets, sum_value=parts.get("sum_us", 0.0) / 1e6 + parts.get("sum", 0.0))
    return family


class MeteredStore(Store):
    """The store, counting documents at their state changes (the API's and the worker's store)."""

    metrics: Metrics

    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        store = super().from_settings(settings)
        store.metrics = Metrics(store.redis, store.keys, settings.queue)
        store.submitted_counter = store.keys.metric("documents_submitted")  # counted by the submit script itself
        return store

    def _record(self, write: Callable[[], None]) -> None:
        """A metric that cannot be written (Redis went away just now) is lost; the document's outcome is not."""
        try:
            write()
        except redis.RedisError as exc:
            log.warning("a metric was not recorded: %s", exc)

    def outcome_metrics(self, status: JobStatus, timings_ms: dict[str, float]
                        ) -> tuple[tuple[str, str], list[Any]]:
        return self.metrics.outcome(status, timings_ms)

    def outcome_observations(self, timings: Iterable[dict[str, float]]) -> dict[str, int]:
        return self.metrics.observations(timings)

    def record_webhook(self, tenant: str, job_id: str, delivery: WebhookDelivery) -> bool:
        written = super().record_webhook(tenant, job_id, delivery)
        if written and delivery.attempts:  # an attempt was made (not the `pending` note): delivered, retrying, failed
            self._record(lambda: self.metrics.count("webhook_deliveries", delivery.status))
        return written
