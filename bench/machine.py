"""What a benchmark ran on: CPU, cores, Python, and how busy the machine was (figures on a shared machine need it)."""

from __future__ import annotations

import os
import platform


def pin_to_one_core() -> None:
    """Run on one core, so per-core figures do not borrow a second one (the lowest core the process may use)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else []


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def describe(cores_used: int) -> dict:
    """The machine, with the 1/5/15-minute load average when the benchmark started."""
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "cores_used": cores_used,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "load_average_start": load_average(),
    }
