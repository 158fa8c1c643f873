"""The rooms of DESIGN.md hold: the API never imports the engine, the store imports neither web nor queue code."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("api.main", ("extractor", "worker")),
        ("store", ("extractor", "fastapi", "celery", "api", "worker")),
        ("worker.app", ("fastapi", "api")),
        ("extractor", ("redis", "celery", "httpx", "fastapi", "store", "api", "worker")),
    ],
)
def test_imports_stay_in_their_room(module: str, forbidden: tuple[str, ...]) -> None:
    code = (f"import sys, {module}\n"
            f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {forbidden!r})\n"
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulls in {out.stdout.strip()}"
