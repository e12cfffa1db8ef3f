"""Benchmark of the year planner: one drag step on the large demo within a screen frame.

A step is what happens when a teacher drops a chain on another week: the
undoable command (store move + re-check of that class's chains, one
transaction), the class's row replaced in the grid, and the grid painted
(``viewport().grab()`` forces the paint offscreen, where ``repaint()`` may not).
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.ui.planner_page import PlannerPage
from beroepsplanner.ui.workspace import Workspace
from tests.benchmarks.conftest import report

STEPS = 20
FRAME_SECONDS = 0.016


def test_one_move_step_on_the_large_demo_fits_in_a_frame(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "large.db"
    database = open_database(path)
    build_demo(database, "large")
    database.close()
    workspace = Workspace()
    workspace.open(path)
    page = PlannerPage(workspace)
    qtbot.addWidget(page)
    page.resize(1060, 700)  # the page inside the 1200×760 window
    page.show()
    qtbot.waitExposed(page)
    start = time.perf_counter()
    page.reload()
    full_load = time.perf_counter() - start
    grid = page.grid
    assert len(grid.rows) == 16 and sum(len(r.bars) for r in grid.rows) == 300

    # One planned chain per class, in the middle of the year, moved a week later and back.
    chains = [
        next(b for b in row.bars if b.status is ChainStatus.PLANNED and dt.date(2026, 11, 1) < b.date < dt.date(2027, 5, 1))
        for row in grid.rows
    ]
    times = []
    # Earlier benchmarks of the same run leave garbage behind; the window would not have it.
    gc.collect()
    for step in range(STEPS + 2):
        bar = grid.bar(chains[(step // 2) % len(chains)].chain_id)
        monday = bar.date - dt.timedelta(days=bar.date.weekday())
        target = monday + dt.timedelta(weeks=1 if step % 2 == 0 else -1)
        start = time.perf_counter()
        page.move_chain(bar.chain_id, target)
        grid.viewport().grab()
        if step >= 2:  # the first two warm the caches
            times.append(time.perf_counter() - start)
        assert grid.bar(bar.chain_id).date != bar.date
    paint_times = []
    for _ in range(10):
        start = time.perf_counter()
        grid.viewport().grab()
        paint_times.append(time.perf_counter() - start)
    undo_times = []
    for _ in range(5):
        start = time.perf_counter()
        workspace.undo_stack.undo()
        grid.viewport().grab()
        undo_times.append(time.perf_counter() - start)
    workspace.close()

    median, worst = statistics.median(times), max(times)
    report(
        "year planner move step (large demo: 16 classes, 300 chains)",
        median_ms=median * 1000,
        max_ms=worst * 1000,
        undo_median_ms=statistics.median(undo_times) * 1000,
        paint_only_median_ms=statistics.median(paint_times) * 1000,
        steps=len(times),
        full_load_ms=full_load * 1000,
    )
    assert median < FRAME_SECONDS
