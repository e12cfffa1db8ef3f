"""Benchmark: typing in the catalog filter with the 5,000 activities of the large demo."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.ui.catalog_page import CatalogPage
from beroepsplanner.ui.workspace import Workspace
from tests.benchmarks.conftest import report


def keystrokes(page: CatalogPage, word: str, changed: list[float]) -> list[float]:
    """Seconds per keystroke: the filter text grows by one letter, then Qt paints.

    The keystrokes that changed the rows shown are added to ``changed`` too (the
    others cost little: the table need not repaint).
    """
    times = []
    for end in range(1, len(word) + 1):
        before = page.activity_proxy.rowCount()
        start = time.perf_counter()
        page.filter_edit.setText(word[:end])
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
        if page.activity_proxy.rowCount() != before:
            changed.append(times[-1])
    return times


def test_typing_in_the_filter_of_5000_activities(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "large.db"
    database = open_database(path)
    build_demo(database, "large")
    database.close()

    workspace = Workspace()
    workspace.open(path)
    page = CatalogPage(workspace)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    start = time.perf_counter()
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    first_show = time.perf_counter() - start
    total = page.activity_model.rowCount()
    assert total >= 5000

    times: list[float] = []
    changed: list[float] = []
    for word in ("monteur", "verpleegkundige", "gastles 5"):
        times += keystrokes(page, word, changed)
        assert 0 < page.activity_proxy.rowCount() < total, word
        page.filter_edit.clear()
        QApplication.processEvents()
    # Narrow the other filters too, then type again.
    page.grade_filter.setCurrentIndex(page.grade_filter.findData(6))
    times += keystrokes(page, "bakker", changed)

    median, worst = statistics.median(times), max(times)
    report(
        "catalog filter keystroke (5,000 activities)",
        median_ms=median * 1000,
        max_ms=worst * 1000,
        keystrokes=len(times),
        median_ms_when_rows_changed=statistics.median(changed) * 1000,
        keystrokes_that_changed_rows=len(changed),
        first_show_ms=first_show * 1000,
    )
    workspace.close()
    assert median < 0.016
