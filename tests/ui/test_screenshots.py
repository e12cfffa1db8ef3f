"""A picture of the main window, as docs/screenshots/main-window.png shows it.

The test writes to a temporary folder; the copy in docs/ is made by hand from
the same set-up when the window changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.workspace import Workspace

SCREENSHOT_SIZE = (1100, 700)


def save_screenshot(qtbot: QtBot, workspace: Workspace, target: Path) -> Path:
    """Open the window at the documented size and save what it shows as a PNG."""
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    qtbot.waitExposed(window)
    assert window.grab().save(str(target), "PNG")
    return target


def test_main_window_screenshot_has_the_documented_size(
    qtbot: QtBot, workspace: Workspace, dutch: list, tmp_path: Path
) -> None:
    path = save_screenshot(qtbot, workspace, tmp_path / "main-window.png")

    image = QImage(str(path))
    assert path.stat().st_size > 10_000
    assert not image.isNull()
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    # Not one flat colour: the table and its text were drawn.
    assert len({image.pixel(x, y) for x in range(0, 1100, 7) for y in range(0, 700, 7)}) > 20
