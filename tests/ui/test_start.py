"""The window's start (``ui/start.py``): the frame and the kept year plan first, the database
opened on a thread and adopted without reading the year again, the day's back-up (and
its integrity check) after the first paint; anything else opens as before."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.database import open_database
from beroepsplanner.store.start_view import file_state, keep_start_view, kept_start_view, read_start_view
from beroepsplanner.ui import app as app_module
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.planner_page import PlannerPage
from beroepsplanner.ui.start import START_REPORT_ENV, quick_start
from beroepsplanner.user_cache import CACHE_ENV

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def school(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the demo school; the user's data (back-ups) below tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "gebruiker"))
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return path


def keep_view(path: Path) -> None:
    database = open_database(path)
    try:
        with database.session() as session:
            view = read_start_view(session)
    finally:
        database.close()
    assert keep_start_view(path, view)


def run_until(db: Path, done: Callable[[MainWindow], bool], timeout_ms: int = 20000) -> int:
    """``run(db)``, closed once ``done(window)`` (looked at every 20 ms) or after the timeout."""
    watch = QTimer()
    earlier = set(QApplication.topLevelWidgets())  # windows other tests left behind

    def look() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in earlier
        ]
        if windows and done(windows[0]):
            watch.stop()
            QApplication.instance().exit(0)  # type: ignore[union-attr]

    watch.timeout.connect(look)
    watch.start(20)
    # A timer of its own, stopped afterwards: a singleShot left running would end a later
    # test's event loop with exit code 3 (it did, in tests/ui/test_server_dialog.py).
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: QApplication.instance().exit(3))  # type: ignore[union-attr]
    give_up.start(timeout_ms)
    try:
        return app_module.run(db, [])
    finally:
        watch.stop()
        give_up.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget not in earlier:
                widget.close()
                widget.deleteLater()


def watch_start(monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[bool, bool]], list[int]]:
    """What the window showed before its database was open: per ``show_start``, whether the
    database was open and whether the planner had a year plan; and the planner's reloads."""
    seen: list[tuple[bool, bool]] = []
    shown = MainWindow.show_start

    def noting(window: MainWindow, path: Path, view: object) -> object:
        result = shown(window, path, view)  # type: ignore[arg-type]
        page = window.pages.get("planner")
        seen.append((window.workspace.is_open, bool(getattr(page, "grid_data", None))))
        return result

    reloads: list[int] = []
    reload = PlannerPage.reload
    monkeypatch.setattr(MainWindow, "show_start", noting)
    monkeypatch.setattr(PlannerPage, "reload", lambda page: reloads.append(1) or reload(page))
    return seen, reloads


def test_a_database_file_at_the_newest_schema_or_a_server_starts_before_it_is_open(
    school: Path, tmp_path: Path
) -> None:
    quick = quick_start(school)
    assert quick is not None and quick.state == file_state(school)
    assert quick_start(str(school)) is not None
    assert quick_start(tmp_path / "nieuw.db") is None  # a new database: made before the window
    server = quick_start("postgresql://juf@server/school")  # opens on the thread too
    assert server is not None and server.file is None and server.path == "postgresql://juf@server/school"
    text = tmp_path / "tekst.db"
    text.write_text("geen database")
    assert quick_start(text) is None


def test_the_kept_year_plan_is_shown_before_the_database_opens_and_not_read_again(
    qapp: QApplication, school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep_view(school)
    seen, reloads = watch_start(monkeypatch)

    def opened(window: MainWindow) -> bool:
        return window.workspace.is_open

    assert run_until(school, opened) == 0
    # First the name only, then the kept plan — both before the database was open.
    assert seen == [(False, False), (False, True)]
    assert reloads == []  # the database was as kept: the plan was not read again
    folder = Path(os.environ["XDG_DATA_HOME"]) / "Beroepsplanner" / "back-ups"
    assert len(list(folder.glob("school-*.db"))) == 1  # the day's back-up, after the first paint


def test_a_changed_database_is_read_on_the_thread_and_kept_for_the_next_start(
    qapp: QApplication, school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep_view(school)
    with closing(sqlite3.connect(school)) as connection, connection:
        # Another program's change (logged as the program logs every write).
        connection.execute(
            "INSERT INTO change_log (writer, at, touched) VALUES ('ander', '2026-12-06 10:00:00', '{}')"
        )
    state = file_state(school)
    assert state is not None and kept_start_view(school, state) is None
    reloads: list[int] = []
    reload = PlannerPage.reload
    monkeypatch.setattr(PlannerPage, "reload", lambda page: reloads.append(1) or reload(page))

    def shows_the_plan(window: MainWindow) -> bool:
        page = window.pages.get("planner")
        return window.workspace.is_open and bool(getattr(page, "grid_data", None))

    assert run_until(school, shows_the_plan) == 0
    assert reloads == []  # read on the thread, shown without reading it again
    assert kept_start_view(school, state) is not None  # kept for the next start


def damaged_copy(source: Path, target: Path) -> Path:
    """``source`` with one page of its data broken: SQLite's check finds it, while the
    schema's revision and the change log still read."""
    with closing(sqlite3.connect(source)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        roots = {row[0] for row in connection.execute("SELECT rootpage FROM sqlite_master")}
    original = source.read_bytes()[: pages * page_size]
    for page in range(pages, 1, -1):
        if page in roots:
            continue
        data = bytearray(original)
        start = (page - 1) * page_size
        data[start : start + 16] = bytes.fromhex("0d000000050fffffffffffffffffffff")
        target.write_bytes(bytes(data))
        try:
            with closing(sqlite3.connect(target)) as connection:
                checked = connection.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            continue
        if checked != [("ok",)] and file_state(target) is not None:
            return target
    raise AssertionError("no page found to damage")


def test_a_damaged_database_is_found_by_the_days_backup_and_said(
    qapp: QApplication, school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = damaged_copy(school, tmp_path / "beschadigd.db")
    with pytest.raises(DatabaseError, match="beschadigd"):
        open_database(damaged).close()  # the check at every open of a command
    warned: list[str] = []

    class Box:
        @staticmethod
        def warning(parent: object, title: str, text: str) -> None:
            warned.append(text)

        @staticmethod
        def critical(parent: object, title: str, text: str) -> None:
            raise AssertionError(text)

    monkeypatch.setattr(app_module, "QMessageBox", Box)
    assert run_until(damaged, lambda window: bool(warned)) == 0
    [text] = warned
    assert "beschadigd" in text and "back-up" in text


def process_start(db: str, tmp_path: Path) -> Callable[[], dict[str, object]]:
    """A start of the real program on ``db`` as a process, its start report as the result."""
    report = tmp_path / "start.json"
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        **{START_REPORT_ENV: str(report), CACHE_ENV: os.environ[CACHE_ENV]},
    )

    def start() -> dict[str, object]:
        report.unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, "-m", "beroepsplanner", "--db", db],
            env=env, check=True, capture_output=True, timeout=120,
        )
        return json.loads(report.read_text())

    return start


def test_the_program_shows_its_frame_and_kept_plan_without_the_database_layer(
    school: Path, tmp_path: Path
) -> None:
    """The real start, as a process: no SQLAlchemy, Alembic, holidays or Babel before the
    frame, and the kept year plan painted before the database was open."""
    start = process_start(str(school), tmp_path)

    first = start()  # reads the plan on the thread and keeps it
    assert first["imported_before_frame"] == []
    again = start()
    assert again["imported_before_frame"] == []
    assert again["frame"] <= again["plan"] < again["ready"]  # type: ignore[operator]
