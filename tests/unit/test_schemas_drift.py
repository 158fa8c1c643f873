"""The committed JSON Schema files are exactly what the models export (`recordsmith schemas export`)."""

from __future__ import annotations

import pytest

from schemas.export import EXPORTED, JSON_DIR, render


@pytest.mark.parametrize("name", sorted(EXPORTED))
def test_schema_file_matches_the_model(name: str) -> None:
    path = JSON_DIR / f"{name}.schema.json"
    assert path.exists(), f"{path} is missing: run `recordsmith schemas export`"
    assert path.read_text(encoding="utf-8") == render(name), f"{path} drifted: run `recordsmith schemas export`"


def test_no_stale_schema_files() -> None:
    assert {p.name for p in JSON_DIR.glob("*.schema.json")} == {f"{n}.schema.json" for n in EXPORTED}
