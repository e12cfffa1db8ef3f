"""File > Back up… and Restore a back-up… with a database on a school server open, and a
plan import there (which backs the database up first)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from beroepsplanner.output_files import is_backup_file
from beroepsplanner.store.models import Chain
from beroepsplanner.store.sessions import Database
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.workspace import Workspace
from tests.io.plans import export_bytes


@pytest.fixture
def server_window(qtbot: QtBot, pg_demo_db: Database) -> Iterator[MainWindow]:
    workspace = Workspace()
    workspace.open(pg_demo_db.location)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    yield window
    workspace.close()


def test_back_up_and_restore_of_a_server_database_from_the_window(
    server_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the server held is kept in the automatic back-ups' folder: the test's own.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "gebruiker"))
    workspace = server_window.workspace
    before = export_bytes(workspace.database, tmp_path, "voor.json")
    target = tmp_path / "server-back-up.db"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )

    server_window.back_up()

    assert is_backup_file(target)
    assert str(target) in server_window.statusBar().currentMessage()

    with workspace.database.transaction() as session:
        session.execute(delete(Chain))
    assert workspace.counts()["chains"] == 0

    assert server_window.restore_from(target, confirm=False)

    assert workspace.is_open and workspace.location is not None and workspace.location.is_server
    assert workspace.counts()["chains"] > 0
    assert export_bytes(workspace.database, tmp_path, "na.json") == before
    (kept,) = (tmp_path / "gebruiker" / "Beroepsplanner" / "back-ups").iterdir()
    assert str(kept) in server_window.statusBar().currentMessage()


def test_a_bad_back_up_is_refused_and_the_server_database_stays_open(
    server_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "gebruiker"))
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    bad = tmp_path / "kapot.db"
    bad.write_bytes(b"geen database" * 10)
    chains = server_window.workspace.counts()["chains"]

    assert not server_window.restore_from(bad, confirm=False)

    assert "geen bruikbare back-up" in shown[0]
    assert server_window.workspace.is_open
    assert server_window.workspace.counts()["chains"] == chains


def test_a_plan_import_on_a_server_backs_the_database_up_first(
    server_window: MainWindow, tmp_path: Path
) -> None:
    from beroepsplanner.io.plan_export import write_plan
    from beroepsplanner.store.transfer.plan_export import export_plan

    plan = tmp_path / "plan.json"
    write_plan(server_window.workspace.read(export_plan), plan)
    folder = tmp_path / "back-ups"

    assert server_window.import_plan_from(plan, confirm=False, backup_folder=folder)

    (backup,) = folder.iterdir()
    assert is_backup_file(backup)
    assert backup.name.startswith(f"{server_window.workspace.location.database_name}-")  # type: ignore[union-attr]
