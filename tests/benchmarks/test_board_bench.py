"""Benchmarks of issue 14 item 6 at a school board's size: 160 classes, 3,000 chains and
20,000 companies (``build_demo(..., "board")``). Targets: the companies page's reset
< 0.3 s, ``check`` < 1 s, the Overzicht < 1 s, a chain move < 16 ms."""

from __future__ import annotations

import datetime as dt
import gc
import os
import statistics
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.ui.companies_page import CompaniesPage
from beroepsplanner.ui.models.company_table import Column
from beroepsplanner.ui.overview_page import OverviewPage
from beroepsplanner.ui.planner_page import PlannerPage
from beroepsplanner.ui.workspace import Workspace
from tests.benchmarks.conftest import cli, report

RESET_TARGET = 0.3
CHECK_TARGET = 1.0
OVERVIEW_TARGET = 1.0
FRAME_SECONDS = 0.016


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("board") / "board.db"
    database = open_database(path)
    start = time.perf_counter()
    summary = build_demo(database, "board")
    report("board school built", seconds=time.perf_counter() - start, classes=summary.classes,
           chains=summary.chains, companies=summary.companies)
    database.close()
    return path


@pytest.fixture
def workspace(board: Path) -> Iterator[Workspace]:
    opened = Workspace()
    opened.open(board)
    yield opened
    opened.close()


def _shown(qtbot: QtBot, page: object) -> None:
    qtbot.addWidget(page)
    page.resize(1060, 700)  # type: ignore[attr-defined]
    page.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(page)


def test_the_companies_page_resets_20000_companies(qtbot: QtBot, workspace: Workspace) -> None:
    page = CompaniesPage(workspace)
    _shown(qtbot, page)
    page.refresh()
    companies = page.company_model.records()
    assert len(companies) == 20_000
    resets, reloads = [], []
    gc.collect()
    for _ in range(5):
        start = time.perf_counter()
        page.company_model.set_companies(companies, page.company_model.confirmed_year)
        page.company_view.viewport().grab()
        resets.append(time.perf_counter() - start)
        start = time.perf_counter()
        page.reload()
        page.company_view.viewport().grab()
        reloads.append(time.perf_counter() - start)
    # Sorted by name, case and accents ignored, and every other column sorts too.
    names = [page.company_proxy.index(row, Column.NAME).data() for row in range(3)]
    assert names == sorted(names, key=str.casefold)
    for column in Column:
        page.company_view.sortByColumn(column, page.company_proxy.sort_order())
    report(
        "companies page, 20,000 companies",
        reset_median_s=statistics.median(resets),
        reload_with_reading_median_s=statistics.median(reloads),
    )
    assert statistics.median(resets) < RESET_TARGET


def test_the_overview_of_a_board(qtbot: QtBot, workspace: Workspace) -> None:
    page = OverviewPage(workspace)
    _shown(qtbot, page)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        page.reload()
        page.grab()
        times.append(time.perf_counter() - start)
    assert page.finding_model.rowCount() > 1_000
    report("Overzicht of a board (160 classes, 3,000 chains)", median_s=statistics.median(times),
           findings=page.finding_model.rowCount())
    assert statistics.median(times) < OVERVIEW_TARGET


def test_check_of_a_board_as_a_whole_command(board: Path) -> None:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [*cli(), "check", "--db", str(board)]
    subprocess.run(command, capture_output=True, env=env)  # byte code, the file cache, the holidays
    times = []
    for _ in range(5):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, env=env, timeout=300)
        times.append(time.perf_counter() - start)
        assert done.returncode in (0, 1), done.stderr
    version = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([*cli(), "--version"], capture_output=True, env=env, check=True)
        version.append(time.perf_counter() - start)
    # Other work on the shared machine slows every command alike: the bound grows by the
    # factor ``--version`` is slower than on a quiet machine (0.05 s), as in the hostile
    # files' benchmark (issue 13).
    slower = max(1.0, statistics.median(version) / 0.05)
    report("check of a board (3,000 chains) as a whole command", median_s=statistics.median(times),
           version_command_s=statistics.median(version), bound_s=CHECK_TARGET * slower)
    assert statistics.median(times) < CHECK_TARGET * slower


def test_a_chain_move_on_a_board(qtbot: QtBot, workspace: Workspace) -> None:
    page = PlannerPage(workspace)
    _shown(qtbot, page)
    start = time.perf_counter()
    page.reload()
    full_load = time.perf_counter() - start
    grid = page.grid
    assert len(grid.rows) == 160
    chains = [
        next(b for b in row.bars if b.status is ChainStatus.PLANNED and dt.date(2026, 11, 1) < b.date < dt.date(2027, 5, 1))
        for row in grid.rows[::16]
    ]
    times = []
    gc.collect()
    for step in range(22):
        bar = grid.bar(chains[(step // 2) % len(chains)].chain_id)
        assert bar is not None
        monday = bar.date - dt.timedelta(days=bar.date.weekday())
        target = monday + dt.timedelta(weeks=1 if step % 2 == 0 else -1)
        start = time.perf_counter()
        page.move_chain(bar.chain_id, target)
        grid.viewport().grab()
        if step >= 2:
            times.append(time.perf_counter() - start)
    report("year planner move step on a board (160 classes, 3,000 chains)",
           median_ms=statistics.median(times) * 1000, max_ms=max(times) * 1000,
           full_load_s=full_load)
    assert statistics.median(times) < FRAME_SECONDS
