"""Helpers for benchmarks: time whole commands as a user starts them, with a baseline."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path


def cli() -> list[str]:
    exe = Path(sys.executable).with_name("beroepsplanner")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "beroepsplanner"]


def time_command(command: list[str], runs: int = 5) -> float:
    """Median wall time in seconds of ``runs`` runs of ``command`` (which must succeed)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, timeout=600)
        times.append(time.perf_counter() - start)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return statistics.median(times)


def report(name: str, **numbers: float | int | str) -> None:
    parts = ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in numbers.items())
    print(f"\nBENCH {name}: {parts}")
