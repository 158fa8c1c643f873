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
