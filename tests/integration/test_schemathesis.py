"""schemathesis over the served OpenAPI document: generated requests, valid and invalid, against a real API
(uvicorn, Redis). No answer may be a server error, and every answer must match the document (status
documented, body matching its schema, declared content type). Bounded: CASES in all, spread over the
operations, half from the schemas and half deliberately breaking them."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.failures import FailureGroup

from tests.conftest import KEYS, start_api

pytestmark = pytest.mark.integration
CASES = 720
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def fuzzed_url(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An API of its own: its documents go to a queue nobody consumes, under a key prefix nobody else reads."""
    proc, url = start_api({**env, "RECORDSMITH_QUEUE": "fuzzed", "RECORDSMITH_KEY_PREFIX": "fuzzed"},
                          tmp_path_factory.mktemp("fuzzed") / "api.log")
    yield url
    proc.stop()


def test_generated_requests_get_no_server_error_and_match_the_document(fuzzed_url: str) -> None:
    schema = schemathesis.openapi.from_url(fuzzed_url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    per_run = math.ceil(CASES / (2 * len(operations)))
    headers = {"Authorization": f"Bearer {KEYS['alpha']}"}
    ran: list[str] = []
    failures: list[str] = []

    def fuzz(operation: schemathesis.APIOperation, mode: GenerationMode) -> None:
        @settings(max_examples=per_run, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(generation_mode=mode))
        def run(case: schemathesis.Case) -> None:
            response = case.call(base_url=fuzzed_url, headers=headers, timeout=40)
            ran.append(operation.label)
            try:
                case.validate_response(response, checks=CHECKS)
            except FailureGroup as exc:  # collected, not raised: no shrinking, one report at the end
                failures.append(f"{operation.label} [{mode.value}] -> {response.status_code}: "
                                f"{'; '.join(str(e).splitlines()[0] for e in exc.exceptions)}\n  "
                                f"{case.as_curl_command(headers={'Authorization': 'Bearer ...'})}"[:1500])

        try:
            run()
        except Unsatisfiable:  # nothing in this operation can be made invalid (no parameters, no body)
            assert mode is GenerationMode.NEGATIVE, operation.label

    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            fuzz(operation, mode)
    print(f"schemathesis: {len(ran)} cases over {len(operations)} operations, {len(failures)} failures")
    kinds = sorted({failure.split("\n")[0].split(" -> ")[0] + " " + failure.split(": ", 1)[1].split("\n")[0]
                    for failure in failures})
    assert not failures, "\n".join(kinds) + "\n\n" + "\n\n".join([f for f in failures if "Content-Type" in f][:4])
    assert len(ran) >= 500, len(ran)
