"""Benchmark of issue 16 item 9: opening the window on the large demo on a PostgreSQL
server within 1.5x the same on a SQLite file, both as fresh processes, interleaved in the
same run (the server is the test session's own, on this machine: the network's latency of
a real school server comes on top and is not measured here)."""

from __future__ import annotations

import sys
from pathlib import Path

from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from tests.benchmarks.conftest import report
from tests.benchmarks.test_window_bench import environment, median, timed
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
        env = environment(tmp_path / "user")
        report_file = tmp_path / "start.json"
        env["BEROEPSPLANNER_START_REPORT"] = str(report_file)
        on_file = [sys.executable, "-m", "beroepsplanner", "--db", str(file)]
        on_server = [sys.executable, "-m", "beroepsplanner", "--db", pg_server.url(name)]
        for _ in range(2):  # warm: byte code, the file cache, the server's buffers, the day's back-up
            timed(on_file, env, report_file)
            timed(on_server, env, report_file)
        files: list[dict[str, float]] = []
        servers: list[dict[str, float]] = []
        for _ in range(RUNS):
            files.append(timed(on_file, env, report_file))
            servers.append(timed(on_server, env, report_file))
        ratio = median(servers, "plan") / median(files, "plan")
        report(
            "the window on the large demo: server against file (year plan on the screen)",
            server_seconds=median(servers, "plan"),
            file_seconds=median(files, "plan"),
            server_frame_seconds=median(servers, "frame"),
            file_frame_seconds=median(files, "frame"),
            ratio=ratio,
            runs=RUNS,
        )
        assert ratio < TARGET_RATIO, f"the window on the server took {ratio:.2f}x the file"
    finally:
        pg_server.drop_database(name)
