"""A database file on a network share or in a synced folder: the window warns once per
file, without blocking, and says so in the status bar each time."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from beroepsplanner.store.file_place import CLOUD, NETWORK, RiskyPlace
from beroepsplanner.ui import place_warning
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.workspace import Workspace


def boxes(window: MainWindow) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "placeWarning") if b.isVisible()]


def test_a_file_in_a_synced_folder_is_warned_about_once_without_blocking(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dutch: list
) -> None:
    monkeypatch.setattr(place_warning, "risky_place", lambda path: RiskyPlace(CLOUD, "OneDrive"))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()

    (box,) = boxes(window)
    assert not box.isModal()
    assert "OneDrive" in box.text() and "schoolserver" in box.text()
    assert "OneDrive" in window.statusBar().currentMessage()
    box.close()

    # The same file again (the next start, or opened again): the status bar only.
    path = workspace.path
    assert path is not None
    window.open_path(path)
    assert boxes(window) == []
    assert "OneDrive" in window.statusBar().currentMessage()

    # Another file in such a place: its own message.
    other = tmp_path / "ander.db"
    shutil.copyfile(path, other)
    window.open_path(other)
    assert len(boxes(window)) == 1


def test_a_network_drive_is_named_in_english(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    monkeypatch.setattr(place_warning, "risky_place", lambda path: RiskyPlace(NETWORK, "cifs"))
    window = MainWindow(workspace)
    qtbot.addWidget(window)

    (box,) = boxes(window) or [None]  # shown at once, even before the window is
    assert box is not None
    assert "on a network drive (cifs)" in box.text()
    assert "File > Connect to school server" in box.text()


def test_a_file_on_this_computer_s_own_disk_gets_no_warning(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert boxes(window) == []
