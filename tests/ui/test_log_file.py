"""The log in the window: Help > Logbestand openen, and unexpected errors logged and told."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from beroepsplanner import logs
from beroepsplanner.ui import log_file
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.workspace import Workspace

NAME = "Ayşe"


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "log" / "beroepsplanner.log"
    monkeypatch.setenv(logs.LOG_ENV, str(path))
    monkeypatch.setattr(logs, "_repeats", {})
    assert logs.start_log("window") == path
    yield path


@pytest.fixture
def window(demo: Workspace, qtbot) -> MainWindow:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    return window


def test_the_help_menu_opens_the_log_file(
    dutch, window: MainWindow, log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.log_file_action in window.help_menu.actions()
    assert window.log_file_action.text() == "&Logbestand openen"
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.log_file_action.trigger()
    assert [Path(url.toLocalFile()) for url in opened] == [log_path]


def test_the_menu_item_in_english(english, window: MainWindow) -> None:
    assert window.log_file_action.text() == "Open &log file"


@pytest.mark.parametrize("viewer", [False, True], ids=["no viewer", "no log yet"])
def test_when_the_log_cannot_be_opened_the_window_says_where_it_is(
    viewer: bool,
    dutch,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "log" / "beroepsplanner.log"
    monkeypatch.setenv(logs.LOG_ENV, str(path))
    if not viewer:
        logs.start_log("window")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: viewer)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window.log_file_action.trigger()
    [box] = shown
    assert box.windowTitle() == "Logbestand openen"
    expected = (
        "Het logbestand kan hier niet worden geopend. Het staat in:"
        if not viewer
        else "Er is nog geen logbestand. Het komt te staan in:"
    )
    assert box.text() == f"{expected}\n{path}"
    assert box.textInteractionFlags() & log_file.Qt.TextInteractionFlag.TextSelectableByMouse


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_in_the_window_is_logged_and_told_in_dutch(
    dutch, window: MainWindow, log_path: Path, qapp: QApplication, qtbot
) -> None:
    def broken() -> None:
        raise RuntimeError(f"de naam {NAME} past niet")

    action = QAction(window)
    action.triggered.connect(broken)
    reporter = log_file.install(qapp)
    try:
        action.trigger()  # PySide hands the slot's exception to sys.excepthook
        qtbot.waitUntil(lambda: reporter.box is not None)
        box = reporter.box
        assert box is not None and box.windowTitle() == "Onverwachte fout"
        assert box.text().startswith("Er ging iets mis dat niet had mogen gebeuren.")
        assert "Help > Logbestand openen" in box.informativeText()
        assert str(log_path) in box.informativeText()
        text = log_path.read_text(encoding="utf-8")
        assert "ERROR" in text and "unexpected error in the window" in text
        assert "in broken" in text and "\nRuntimeError\n" in text and NAME not in text

        # The same error right after its message closed: logged, told in the status bar only.
        box.done(0)
        action.trigger()
        qtbot.waitUntil(lambda: "onverwachte fout" in window.statusBar().currentMessage())
        assert reporter.box is None
        assert log_path.read_text(encoding="utf-8").count("unexpected error in the window") == 2
    finally:
        reporter.uninstall()
    assert sys.excepthook is not reporter._hook


@pytest.mark.qt_no_exception_capture
def test_the_window_start_logs_and_catches_unexpected_errors_until_it_closes(
    qapp: QApplication,
    demo_file: Path,
    tmp_path: Path,
    log_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    from beroepsplanner.ui.app import QUIT_AFTER_ENV, run

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "gebruiker"))
    monkeypatch.setenv(QUIT_AFTER_ENV, "600")
    db = tmp_path / "school.db"
    shutil.copyfile(demo_file, db)
    before = sys.excepthook

    def broken() -> None:
        raise KeyError(NAME)

    earlier = set(qapp.topLevelWidgets())
    QTimer.singleShot(200, broken)
    try:
        assert run(db, []) == 0
        assert sys.excepthook is before
    finally:
        # The window and the message run() leaves behind: other tests look for "the" window.
        for widget in set(qapp.topLevelWidgets()) - earlier:
            if shiboken6.isValid(widget) and widget.parentWidget() is None:
                widget.close()
                shiboken6.delete(widget)  # with its children: the message
    text = log_path.read_text(encoding="utf-8")
    for said in (
        "start window: Beroepsplanner",
        "window: Qt ",
        "database opened: ",
        "file written: database (automatic)",
        "unexpected error in the window",
        "\nKeyError\n",
        "window closed",
    ):
        assert said in text, said
    assert NAME not in text
