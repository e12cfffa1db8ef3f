"""The school's goals at a school board's size (issue 18 item 3): 160 classes, 3,000
chains. The goals are worked out from the history the Overzicht reads anyway; target: the
goals themselves < 0.1 s on top of it, so the Overzicht stays < 1 s
(``test_board_bench.test_the_overview_of_a_board``, which now includes them)."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from pathlib import Path

import pytest

from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.goals import goals_report
from beroepsplanner.store.history import load_history
from beroepsplanner.store.overview import school_year_labels
from tests.benchmarks.conftest import report

GOALS_TARGET = 0.1
SHARE_TARGET = 0.25
"""On a busy machine (the shared CI, other jobs) both slow down alike: the goals then take
less than a quarter of reading the history they are made from."""


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("board") / "board.db"
    database = open_database(path)
    build_demo(database, "board")
    database.close()
    return path


def test_the_goals_of_a_board(board: Path) -> None:
    database = open_database(board)
    try:
        with database.session() as session:
            label = school_year_labels(session)[0]
            history = load_history(session)[0]
            today = dt.date(2026, 12, 6)
            goals, whole, reads = [], [], []
            goals_report(session, label, today, history)  # what each chain meets, worked out once
            for _ in range(5):
                start = time.perf_counter()
                found = goals_report(session, label, today, history)
                goals.append(time.perf_counter() - start)
                start = time.perf_counter()
                goals_report(session, label, today)
                whole.append(time.perf_counter() - start)
                start = time.perf_counter()
                load_history(session)
                reads.append(time.perf_counter() - start)
    finally:
        database.close()
    assert len(found.cohorts) == 8 and len(found.year) == 6
    took, read = statistics.median(goals), statistics.median(reads)
    report("goals of a board (160 classes, 3,000 chains)", goals_s=took,
           with_history_s=statistics.median(whole), history_s=read)
    assert took < GOALS_TARGET or took < SHARE_TARGET * read
