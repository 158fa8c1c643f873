"""Instructions counted by valgrind's callgrind for the measured part of a run only.

A benchmark starts its child under `valgrind --tool=callgrind --instr-atstart=no`: nothing is counted while
Python starts, imports and warms up. The child says "ready" and waits; the parent switches counting on with
`callgrind_control -i on` (in the child and in any other process counted with it, such as a redis-server under
callgrind), the child runs the measured part and says "done ...", counting goes off, and the child exits.
Wall clock on a shared machine wanders by 10% and more; the instruction count of the same code on the same input
stays within a few hundredths of a percent.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from bench.machine import describe

PROJECT = Path(__file__).resolve().parent.parent
TOOLS = ("valgrind", "callgrind_control")


def require_tools(benchmark: str) -> None:
    missing = [tool for tool in TOOLS if not shutil.which(tool)]
    if missing:
        sys.exit(f"{benchmark} needs {' and '.join(missing)} (Debian package valgrind)")


def counted_machine() -> dict:
    """The machine a counted run describes: one core, and the valgrind that counted."""
    return {**describe(cores_used=1), "valgrind": valgrind_version()}


def valgrind_version() -> str:
    return subprocess.run(["valgrind", "--version"], capture_output=True, text=True, check=True).stdout.strip()


def under_callgrind(profile: Path, *argv: str) -> list[str]:
    """The command line that runs argv under callgrind with counting off until switched on."""
    return ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={profile}", "-q", *argv]


def handshake(message: str) -> None:
    """The child's side: say where it is and wait for the parent to have switched counting."""
    print(message, flush=True)
    sys.stdin.readline()


def run_counted(command: list[str], env: dict[str, str], what: str, also_counted: Iterable[int] = (),
                timeout: float = 120) -> tuple[list[str], float]:
    """Run a child that handshakes "ready" and "done ...", counting in between; returns the words after "done"
    and the wall-clock seconds counted."""
    with subprocess.Popen(command, cwd=PROJECT, env=env, text=True, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE) as proc:  # fmt: skip
        assert proc.stdin and proc.stdout
        if proc.stdout.readline().strip() != "ready":
            raise RuntimeError(f"{what} under valgrind stopped before its warm-up ended")
        counted = [proc.pid, *also_counted]
        for pid in counted:
            switch(pid, "on")
        started = time.perf_counter()
        proc.stdin.write("go\n")
        proc.stdin.flush()
        done = proc.stdout.readline().split()
        seconds = time.perf_counter() - started
        for pid in counted:
            switch(pid, "off")
        proc.stdin.write("exit\n")
        proc.stdin.flush()
        if proc.wait(timeout=timeout) != 0 or not done or done[0] != "done":
            raise RuntimeError(f"{what} under valgrind failed (exit {proc.returncode})")
    return done[1:], seconds


def switch(pid: int, state: str) -> None:
    """callgrind_control exits 0 even when it found no such run, so its answer is read."""
    done = subprocess.run(["callgrind_control", "-i", state, str(pid)], capture_output=True, text=True, timeout=60)
    if "OK." not in done.stdout:
        raise RuntimeError(f"callgrind_control -i {state} {pid}: {done.stdout.strip()} {done.stderr.strip()}")


def totals(profile: Path) -> int:
    """The instructions counted, from the profile's `totals:` line (its `summary:` counts only the last part)."""
    found = re.search(r"^totals:\s+(\d+)", profile.read_text(encoding="utf-8"), re.MULTILINE)
    if not found:
        raise RuntimeError(f"no totals in {profile}")
    return int(found.group(1))


def inclusive(profile: Path, function: str) -> int:
    """The instructions counted in `function` and what it called (0 when it never ran), by `callgrind_annotate`:
    redis-server's timer (`serverCron`: its memory statistics cost about 200 K instructions a run, ten runs a
    second) belongs to the seconds a run lasts, which valgrind stretches fifty-fold, not to its documents."""
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(profile)],
                               capture_output=True, text=True, check=True).stdout
    found = re.search(rf"^\s*([\d,]+) \([^)]*\)\s+\S*:{re.escape(function)} ", annotated, re.MULTILINE)
    return int(found.group(1).replace(",", "")) if found else 0
