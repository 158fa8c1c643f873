"""The stage histogram read back from its Redis hash: cumulative buckets, and sums kept in whole microseconds (or in
seconds, as earlier workers wrote them)."""

from __future__ import annotations

from store.metrics import _histogram


def test_buckets_add_up_and_both_sum_forms_count() -> None:
    family = _histogram({b"dates|0": b"2", b"dates|2": b"1", b"dates|sum_us": b"4500", b"dates|sum": b"0.5"})
    samples = {(s.name, s.labels.get("le")): s.value for s in family.samples}
    assert samples[("recordsmith_extraction_seconds_bucket", "0.001")] == 2
    assert samples[("recordsmith_extraction_seconds_bucket", "0.005")] == 3
    assert samples[("recordsmith_extraction_seconds_bucket", "+Inf")] == 3
    assert samples[("recordsmith_extraction_seconds_count", None)] == 3
    assert samples[("recordsmith_extraction_seconds_sum", None)] == 0.5045


def test_a_batch_observes_its_successes_as_each_would_be_observed_alone() -> None:
    """`Metrics.observations` (a batch's successes, observed at once) adds to each field what `Metrics.outcome`
    gives the successes one by one."""
    from collections import Counter

    import redis

    from schemas import JobStatus
    from store.keys import Keys
    from store.metrics import Metrics

    metrics = Metrics(redis.Redis(), Keys("t"), "q")  # nothing is sent: no connection is made
    timings = [{"dates": 0.4, "entities": 3.2, "total": 12.5004}, {"dates": 2.6, "total": 0.0005},
               {"dates": 2.5, "entities": 61000.0, "total": 70000.25}]
    one_by_one: Counter[str] = Counter()
    for each in timings:
        (_, histogram), args = metrics.outcome(JobStatus.succeeded, each)
        assert histogram == "t:metrics:extraction_seconds"
        for i in range(0, len(args), 3):
            one_by_one[args[i]] += 1
            one_by_one[args[i + 1]] += args[i + 2]
    assert metrics.observations(timings) == dict(one_by_one)
    assert metrics.observations(timings)["entities|15"] == 1 and metrics.observations([]) == {}


def test_a_moment_is_written_as_datetime_writes_it() -> None:
    from datetime import datetime

    from store.store import _iso, now, now_iso

    before, written, after = now(), now_iso(), now()
    assert len(written) == len(_iso(before)) and written.endswith("+00:00") and written[10] == "T"
    assert before <= datetime.fromisoformat(written) <= after
    assert _iso(datetime.fromisoformat(written)) == written
