"""Accessibility (issue 12 item 10): every interactive widget of every screen and dialog
has a name a screen reader can say, and the window follows the system's font size."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QListView, QWidget
from pytestqt.qtbot import QtBot

from beroepsplanner.ui.workspace import Workspace
from tests.ui.screen_walk import accessibility_problems, walk

BEROEPSPLANNER = Path(__file__).resolve().parents[2] / "beroepsplanner"


def test_every_interactive_widget_of_every_screen_has_a_name(
    qtbot: QtBot, demo_file: Path, tmp_path: Path, dutch: list
) -> None:
    demo = tmp_path / "demo.db"
    shutil.copyfile(demo_file, demo)
    problems: list[str] = []
    names = []
    for name, widget in walk(demo, tmp_path):
        names.append(name)
        problems += [f"{name}: {p}" for p in accessibility_problems(widget)]
    assert {"window-planner", "chain-builder", "print-dialog", "welcome", "school-year"} <= set(names)
    assert sorted(set(problems)) == []


def test_the_check_finds_an_unnamed_field_and_accepts_a_label_or_a_name(qtbot: QtBot) -> None:
    top = QWidget()
    form = QFormLayout(top)
    unnamed, labelled, named = QLineEdit(), QLineEdit(), QListView()
    form.addRow(unnamed)
    form.addRow("Naam", labelled)
    named.setAccessibleName("Leerlingen")
    form.addRow(named)
    buddy = QLineEdit()
    label = QLabel("&Plaats")
    label.setBuddy(buddy)
    form.addRow(label, buddy)
    qtbot.addWidget(top)
    assert accessibility_problems(top) == ["QLineEdit has no accessible name"]


def test_no_pixel_font_sizes_in_the_window_code() -> None:
    """Fonts are relative to the system's font (pointSizeF × factor), never fixed pixels,
    so a larger system font makes the whole window larger."""
    offenders = []
    for path in sorted((BEROEPSPLANNER / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for needle in ("setPixelSize(", "font-size:", "setPointSize(", "QFont(\""):
            if needle in text:
                offenders.append(f"{path.name}: {needle}")
    assert offenders == []


def test_the_window_follows_a_larger_system_font(qtbot: QtBot, demo: Workspace) -> None:
    from beroepsplanner.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    try:
        normal = MainWindow(demo)
        qtbot.addWidget(normal)
        normal_heading = normal.planner_page.findChild(QLabel, "headingLabel").font().pointSizeF()
        normal_row = normal.navigation.sizeHintForRow(0)
        normal_grid = (normal.planner_page.grid.header_h, normal.planner_page.grid.lane_h)
        bigger = QFont(before)
        bigger.setPointSizeF(before.pointSizeF() * 1.5)
        app.setFont(bigger)
        large = MainWindow(demo)
        qtbot.addWidget(large)
        assert large.planner_page.findChild(QLabel, "headingLabel").font().pointSizeF() > normal_heading
        assert large.navigation.sizeHintForRow(0) > normal_row
        # The year grid's header and lanes grow with the font (no text squeezed into fixed pixels).
        grid = large.planner_page.grid
        assert grid.header_h > normal_grid[0] and grid.lane_h > normal_grid[1]
    finally:
        app.setFont(before)
