"""docker-compose.yml and the Dockerfile, checked as data (no Docker engine needed)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
DOCKERFILE = (ROOT / "Dockerfile").read_text()


def test_services() -> None:
    assert {"redis", "api", "worker"} <= set(SERVICES)


def test_redis_persists_with_aof_on_a_volume_and_has_a_healthcheck() -> None:
    redis = SERVICES["redis"]
    command = " ".join(redis["command"])
    assert "--appendonly yes" in command
    assert any(v.endswith(":/data") for v in redis["volumes"])
    assert redis["volumes"][0].split(":")[0] in COMPOSE["volumes"]
    assert "ping" in " ".join(redis["healthcheck"]["test"])


@pytest.mark.parametrize("name", ["api", "worker"])
def test_app_services_wait_for_a_healthy_redis_and_get_their_settings_from_env(name: str) -> None:
    service = SERVICES[name]
    assert service["depends_on"]["redis"]["condition"] == "service_healthy"
    env = service["environment"]
    assert env["RECORDSMITH_REDIS_URL"] == "redis://redis:6379/0"
    assert env["RECORDSMITH_API_KEYS"].startswith("${RECORDSMITH_API_KEYS")
    for variable in ("RECORDSMITH_TASK_TIME_LIMIT", "RECORDSMITH_VISIBILITY_TIMEOUT"):
        assert env[variable].startswith("${" + variable)
    assert env["RECORDSMITH_LOG_FORMAT"] == "json"


def test_every_compose_variable_is_a_setting() -> None:
    from store import Settings

    known = {f"RECORDSMITH_{name.upper()}" for name in Settings.model_fields}
    for name in ("api", "worker"):
        assert set(SERVICES[name]["environment"]) <= known


def test_visibility_timeout_default_exceeds_the_time_limit_default() -> None:
    env = SERVICES["worker"]["environment"]
    default = lambda v: float(re.search(r":-([0-9.]+)}", v).group(1))  # noqa: E731
    assert default(env["RECORDSMITH_VISIBILITY_TIMEOUT"]) > default(env["RECORDSMITH_TASK_TIME_LIMIT"])


def test_api_is_published_with_a_readiness_healthcheck() -> None:
    api = SERVICES["api"]
    assert api["command"][0] == "api" and "0.0.0.0" in api["command"]
    assert any(str(p).endswith(":8000") for p in api["ports"])
    assert "/readyz" in " ".join(api["healthcheck"]["test"])


def test_worker_scales_it_has_no_fixed_name_or_port_and_time_to_finish_its_task() -> None:
    worker = SERVICES["worker"]
    assert worker["command"][0] == "worker"
    assert "container_name" not in worker and "ports" not in worker
    assert int(worker["stop_grace_period"].rstrip("s")) > 60


def _instructions(name: str) -> list[str]:
    return [line.split(None, 1)[1] for line in DOCKERFILE.splitlines() if line.upper().startswith(name + " ")]


def test_image_is_slim_python_311() -> None:
    assert all(base.startswith("python:3.11-slim") for base in _instructions("FROM"))


def test_image_runs_as_a_non_root_user() -> None:
    users = _instructions("USER")
    assert users and users[-1] not in ("root", "0")
    assert DOCKERFILE.index("USER") > DOCKERFILE.rindex("FROM")


@pytest.mark.parametrize("instruction", ["ENTRYPOINT", "CMD"])
def test_exec_form_so_recordsmith_is_pid_1(instruction: str) -> None:
    (value,) = _instructions(instruction)
    assert isinstance(json.loads(value), list)


def test_dockerignore_keeps_the_context_small() -> None:
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".git", ".venv"} <= set(ignored)


def test_flower_runs_only_in_the_monitoring_profile_and_sees_recordsmiths_queue() -> None:
    import importlib.util

    from store import Keys

    flower = SERVICES["flower"]
    assert flower["profiles"] == ["monitoring"]
    assert all("profiles" not in SERVICES[name] for name in ("redis", "api", "worker"))
    command = " ".join(flower["command"])
    assert "flower" in command and "--broker=redis://redis:6379/0" in command and "--config=flowerconfig" in command
    assert flower["depends_on"]["redis"]["condition"] == "service_healthy"
    # Its config file is mounted where PYTHONPATH points and uses the service's broker key prefix.
    source, target = flower["volumes"][0].split(":")[:2]
    assert target.rsplit("/", 1) == [flower["environment"]["PYTHONPATH"], "flowerconfig.py"]
    spec = importlib.util.spec_from_file_location("flowerconfig", ROOT / source)
    config = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(config)
    assert config.broker_transport_options["global_keyprefix"] == Keys("rs").celery_prefix
    # Reachable from this host only, and never without a password.
    assert all(str(port).startswith("127.0.0.1:") for port in flower["ports"])
    assert flower["environment"]["FLOWER_BASIC_AUTH"].startswith("${FLOWER_BASIC_AUTH:?")


def test_workers_run_at_a_lower_cpu_priority_than_the_api_by_default() -> None:
    from store import Settings

    default = re.search(r":-(\d+)}", SERVICES["worker"]["environment"]["RECORDSMITH_WORKER_NICE"]).group(1)
    assert int(default) == Settings.model_fields["worker_nice"].default > 0


def test_api_runs_one_process_by_default_and_more_on_request() -> None:
    command = SERVICES["api"]["command"]
    processes = command[command.index("--workers") + 1]
    assert processes.startswith("${RECORDSMITH_API_WORKERS:-") and int(re.search(r":-(\d+)}", processes).group(1)) == 1
