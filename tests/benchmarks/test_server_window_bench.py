"""Benchmark of issue 16 item 9: opening the window on the large demo on a PostgreSQL
server within 1.5x the same on a SQLite file, both as fresh processes, interleaved in the
same run (the server is the test session's own, on this machine: the network's latency of
a real school server comes on top and is not measured here)."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from tests.benchmarks.conftest import report
from tests.benchmarks.test_window_bench import OURS, _environment, _time
from tests.postgres import PostgresServer, new_database

RUNS = 5
TARGET_RATIO = 1.5


def test_the_window_on_a_server_against_the_same_school_in_a_file(
    tmp_path: Path, pg_server: PostgresServer
) -> None:
    file = tmp_path / "groot.db"
    name = new_database(pg_server, "catalog")
    try:
        for location in (str(file), pg_server.url(name)):
            database = open_database(location)
            try:
                build_demo(database, "large")
            finally:
                database.close()
        env = _environment(tmp_path / "settings")
        on_file = [sys.executable, "-c", OURS, str(file)]
        on_server = [sys.executable, "-c", OURS, pg_server.url(name)]
        _time(on_file, env)  # warm the file cache and the server's buffers
        _time(on_server, env)
        files, servers = [], []
        for _ in range(RUNS):
            files.append(_time(on_file, env))
            servers.append(_time(on_server, env))
        ratio = statistics.median(servers) / statistics.median(files)
        report(
            "the window on the large demo: server against file",
            server_seconds=statistics.median(servers),
            file_seconds=statistics.median(files),
            ratio=ratio,
            runs=RUNS,
        )
        assert ratio < TARGET_RATIO, f"the window on the server took {ratio:.2f}x the file"
    finally:
        pg_server.drop_database(name)
