"""Child processes of `recordsmith serve`: started in their own session, stopped in order, never orphaned."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
from collections.abc import Mapping

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    # Linux: if `serve` itself is SIGKILLed, the kernel sends its children SIGTERM instead of orphaning them.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def spawn_cli(args: list[str], env: Mapping[str, str]) -> subprocess.Popen[bytes]:
    """Run `recordsmith <args>` as a child with this interpreter. Its own session: Ctrl-C reaches only the
    parent, which then stops the API first, the worker next and Redis last."""
    return subprocess.Popen(
        [sys.executable, "-m", "client.cli", *args],
        env=dict(env),
        stdin=subprocess.DEVNULL,
        start_new_session=True,
        preexec_fn=die_with_parent if sys.platform.startswith("linux") else None,
    )


def terminate(process: subprocess.Popen[bytes], timeout: float) -> int:
    """SIGTERM, then SIGKILL if it has not exited within `timeout` seconds; returns the exit code."""
    if process.poll() is None:
        os.kill(process.pid, signal.SIGTERM)
        try:
            return process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
    return process.wait()
