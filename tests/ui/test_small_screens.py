"""Every screen and dialog fits and stays readable on a small screen (issue 12 item 6).

Each size runs ``tests/ui/screen_walk.py`` in its own process under an offscreen screen
of that size (Qt's offscreen platform reads the screen from a JSON file): 1280×720, and
1366×768 at 125 % scaling (QT_SCALE_FACTOR=1.25: 1093×614 logical pixels). The walk
opens the five pages in the main window at its first size and every dialog at the size
Qt gives it, and reports widgets that stick out of their parent or overlap, text that
is cut or elided while there is room, tabs with scroll arrows, table columns cut off or
narrower than their title, and windows larger than the screen.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.screen_walk import layout_problems, sideways_scrolling

ROOT = Path(__file__).resolve().parents[2]

SCREENS = {
    "1280x720": ((1280, 720), None, (1280, 720)),
    "1366x768-125%": ((1366, 768), "1.25", (1093, 614)),
}

EXPECTED = {
    "window-planner", "window-catalog", "window-companies", "window-classes", "window-overview",
    "school-year", "chain-builder", "chain-builder-new", "print-dialog", "company-import",
    "company-suggestions", "class-dialog", "class-list", "about", "settings", "welcome",
    "welcome-refused", "next-year-step0", "next-year-step1", "next-year-step2",
    "next-year-step3", "next-year-step4", "next-year-step5", "next-year-split", "next-year-merge",
}


def walk_on_screen(tmp_path: Path, demo_file: Path, size: tuple[int, int], scale: str | None) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "small", "x": 0, "y": 0, "width": size[0], "height": size[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}))
    demo = tmp_path / "demo.db"
    shutil.copyfile(demo_file, demo)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "BEROEPSPLANNER_"))}
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["HOME"] = str(tmp_path / "home")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_walk", str(demo)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_screen_and_dialog_fits_a_small_screen(tmp_path: Path, demo_file: Path, screen: str) -> None:
    size, scale, logical = SCREENS[screen]
    found = walk_on_screen(tmp_path, demo_file, size, scale)
    assert found["screen"] == list(logical)
    assert set(found["screens"]) >= EXPECTED, sorted(EXPECTED - set(found["screens"]))
    problems = [f"{name}: {p}" for name, v in found["screens"].items() for p in v["layout"]]
    assert problems == [], "\n".join(problems)
    window = found["screens"]["window-planner"]["size"]
    assert window[0] <= logical[0] and window[1] <= logical[1]
    # The whole school year fits beside the class names: no scrolling sideways.
    assert found["screens"]["window-planner"]["sideways"] == {}


# --- the checks themselves find what they should ------------------------------------------

SCREEN = QRect(0, 0, 1280, 720)


def shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_check_sees_a_hint_drawn_over_a_text_box(qtbot: QtBot) -> None:
    top = QWidget()
    box, hint = QPlainTextEdit(top), QLabel("Alleen voornamen worden bewaard", top)
    box.setGeometry(10, 10, 300, 100)
    hint.setGeometry(10, 80, 300, 40)
    shown(qtbot, top, 400, 200)
    assert any("overlap" in p for p in layout_problems(top, SCREEN))


def test_the_check_sees_an_elided_combo_and_a_window_too_big(qtbot: QtBot) -> None:
    top = QWidget()
    combo = QComboBox()
    combo.addItem("Alle werelden en sectoren")
    combo.setMinimumContentsLength(3)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    layout = QVBoxLayout(top)
    layout.addWidget(combo)
    combo.setFixedWidth(90)
    shown(qtbot, top, 1300, 200)
    problems = layout_problems(top, SCREEN)
    assert any("elided" in p for p in problems)
    assert any("the screen has 1280×720" in p for p in problems)


def test_the_check_sees_tabs_that_need_scroll_arrows(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    for text in ("Gegevens", "Werelden en beroepen", "Contacten en rolmodellen", "Gebruikt door (1)"):
        tabs.addTab(QWidget(), text)
    shown(qtbot, tabs, 260, 200)
    assert any("scroll arrows" in p for p in layout_problems(tabs, SCREEN))


def test_the_check_sees_a_cut_label(qtbot: QtBot) -> None:
    top = QWidget()
    label = QLabel("Leerlingen van vorige schooljaren wissen…", top)
    label.setGeometry(0, 0, 60, 20)
    shown(qtbot, top, 200, 50)
    assert any("wide, needs" in p for p in layout_problems(top, SCREEN))


def test_the_check_sees_a_year_grid_that_scrolls_sideways(qtbot: QtBot, demo) -> None:
    from beroepsplanner.store.planner import year_grid
    from beroepsplanner.ui.year_grid import YearGridView

    top = QWidget()
    grid = YearGridView()
    QVBoxLayout(top).addWidget(grid)
    grid.set_grid(demo.read(lambda s: year_grid(s, "2026-2027")))
    shown(qtbot, top, 500, 300)
    assert grid.horizontalScrollBar().maximum() > 0
    assert list(sideways_scrolling(top)) == ["YearGridView#yearGrid"]
    # Wide enough for the whole year whatever font an earlier test left the application
    # with (a fixed 1100 px was not, in a full run).
    top.resize(500 + grid.horizontalScrollBar().maximum() + 100, 300)
    # The layout follows the resize in the event loop: wait for it, not for a fixed time
    # (10 ms was too short on a loaded machine).
    qtbot.waitUntil(lambda: sideways_scrolling(top) == {}, timeout=3000)
