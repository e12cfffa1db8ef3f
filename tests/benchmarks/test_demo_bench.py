"""Benchmarks of issue 2: the large demo, and the cold start of a list command on it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.conftest import cli, report, time_command


def test_large_demo_and_cold_start_of_list_chains(tmp_path: Path) -> None:
    # Baseline in the same run: a new database with only the catalog (reading commands no
    # longer make a database, so it is made the way the window's Nieuw makes one).
    empty = tmp_path / "empty.db"
    make_empty = f"from beroepsplanner.store.database import open_database; open_database({str(empty)!r}).close()"
    baseline = time_command([sys.executable, "-c", make_empty], runs=1)

    large = tmp_path / "large.db"
    demo_seconds = time_command([*cli(), "demo", "--scale", "large", "--db", str(large)], runs=1)
    report(
        "demo --scale large",
        seconds=demo_seconds,
        new_empty_database_seconds=baseline,
        ratio=demo_seconds / baseline,
        file_mb=large.stat().st_size / 1e6,
    )
    assert demo_seconds < 120

    listed = subprocess.run(
        [*cli(), "list", "chains", "--json", "--db", str(large)], capture_output=True, check=True
    )
    assert len(json.loads(listed.stdout)) == 300

    python_start = time_command([sys.executable, "-c", "pass"], runs=5)
    version = time_command([*cli(), "--version"], runs=5)
    list_chains = time_command([*cli(), "list", "chains", "--json", "--db", str(large)], runs=5)
    report(
        "cold start list chains --json (large demo)",
        median_seconds=list_chains,
        python_startup_seconds=python_start,
        version_seconds=version,
        ratio_to_version=list_chains / version,
    )
    assert list_chains < 10
