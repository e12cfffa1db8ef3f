"""Benchmark of issue 16, item 9: ``db copy`` of the large demo from a file to a school server
(the test session's PostgreSQL server, tests/postgres.py) under 10 s, and back."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.transfer.copy import copy_database
from tests.benchmarks.conftest import cli, report, time_command
from tests.postgres import PostgresServer


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.db"
    database = open_database(path)
    build_demo(database, "large")
    database.close()
    return path


def test_db_copy_of_the_large_demo_to_a_server_and_back(
    large: Path, pg_server: PostgresServer, tmp_path: Path
) -> None:
    to_server, back, rows = [], [], 0
    for run in range(3):
        name = pg_server.create_database()
        try:
            start = time.perf_counter()
            summary = copy_database(large, pg_server.url(name))
            to_server.append(time.perf_counter() - start)
            rows = summary.rows
            start = time.perf_counter()
            copy_database(pg_server.url(name), tmp_path / f"terug-{run}.db")
            back.append(time.perf_counter() - start)
        finally:
            pg_server.drop_database(name)
    # The whole command as the IT provider types it (Python start-up included), each time
    # into a new empty server database.
    commands = []
    for _ in range(3):
        name = pg_server.create_database()
        try:
            url = pg_server.url(name)
            commands.append(time_command([*cli(), "db", "copy", "--from", str(large), "--to", url], runs=1))
        finally:
            pg_server.drop_database(name)
    command = statistics.median(commands)
    report(
        "db copy (large demo, file -> server -> file)",
        rows=rows,
        to_server_seconds=statistics.median(to_server),
        back_to_file_seconds=statistics.median(back),
        command_seconds=command,
    )
    assert statistics.median(to_server) < 10.0
    assert command < 10.0

