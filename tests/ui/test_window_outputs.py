"""Every dialog of the window that writes a file refuses the open database and a back-up."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.backup import backup_database
from beroepsplanner.store.plans import list_classes
from beroepsplanner.ui.company_import_dialog import export_companies_to
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.plan_files import export_plan_to
from beroepsplanner.ui.print_dialog import PrintDialog
from beroepsplanner.ui.pupil_privacy import export_pupil_data
from beroepsplanner.ui.workspace import Workspace


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def first_pupil(workspace: Workspace) -> int:
    from beroepsplanner.store.pupils import class_pupils

    classes = workspace.read(list_classes)
    return workspace.read(lambda s: class_pupils(s, classes[0].id))[0].id


def targets(workspace: Workspace, tmp_path: Path) -> list[Path]:
    """The database (also through a link, and under a document's name through a hard
    link) and a back-up of it."""
    db = workspace.path
    assert db is not None
    link = tmp_path / "koppeling.json"
    link.symlink_to(db)
    hard = tmp_path / "school.xlsx"
    os.link(db, hard)
    backup = backup_database(db, tmp_path / "back-up.db")
    return [db, link, hard, backup]


def test_plan_pupil_and_company_exports_refuse_the_database_and_a_backup(
    demo: Workspace, tmp_path: Path
) -> None:
    db = demo.path
    assert db is not None
    pupil = first_pupil(demo)
    for target in targets(demo, tmp_path):
        before, db_before = digest(target), digest(db)
        for write in (
            lambda: export_plan_to(demo, target),
            lambda: export_pupil_data(demo, pupil, target),
            lambda: export_companies_to(demo, target.with_suffix(".xlsx") if target.suffix == ".xlsx" else target),
        ):
            with pytest.raises(BeroepsplannerError) as refused:
                write()
            assert "database" in str(refused.value) or "back-up" in str(refused.value)
            assert digest(target) == before and digest(db) == db_before
    assert demo.counts()["classes"] > 0  # the window still reads its database


def test_the_print_dialog_refuses_the_database_and_says_why(
    demo: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = PrintDialog(demo)
    qtbot.addWidget(dialog)
    dialog.select_document("yearplan")
    db = demo.path
    assert db is not None
    # The dialog adds .pdf to any other name: the danger is a database called .pdf.
    hard = tmp_path / "school.pdf"
    os.link(db, hard)
    link = tmp_path / "koppeling.pdf"
    link.symlink_to(db)
    backup = backup_database(db, tmp_path / "back-up.pdf")
    for target in (hard, link, backup):
        before = digest(target)
        dialog.path_edit.setText(str(target))
        assert dialog.print_pdf() is None
        message = dialog.message_label.text()
        assert "database" in message and "niets veranderd" in message, message
        assert digest(target) == before


def test_back_up_in_the_window_refuses_the_database_itself(
    demo: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    db = demo.path
    assert db is not None
    before = digest(db)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(db), ""))
    )
    window.back_up()
    assert shown and "database" in shown[0]
    assert digest(db) == before
    # A back-up over an earlier back-up is fine.
    earlier = tmp_path / "back-up.db"
    backup_database(db, earlier)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(earlier), ""))
    )
    shown.clear()
    window.back_up()
    assert shown == []


def test_each_database_opened_in_the_window_gets_its_own_daily_backup(
    qapp, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from beroepsplanner.store.backup import database_identity
    from beroepsplanner.ui.app import QUIT_AFTER_ENV, run

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "gebruiker"))
    monkeypatch.setenv(QUIT_AFTER_ENV, "1500")
    a, b = tmp_path / "schoolA" / "beroepsplanner.db", tmp_path / "schoolB" / "beroepsplanner.db"
    for path in (a, b):
        path.parent.mkdir()
        shutil.copyfile(demo_file, path)
        with closing(sqlite3.connect(path)) as connection, connection:
            connection.execute("DELETE FROM settings WHERE key = 'database_id'")

    # Main windows of earlier tests' run() may still exist until Python's collector
    # frees them: this run's window is the one that was not there before.
    # (held here, so none is freed and its address given to the new one).
    earlier = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]

    def open_b() -> None:
        [window] = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and all(w is not e for e in earlier)
        ]
        assert window.open_path(b)

    QTimer.singleShot(300, open_b)
    assert run(a, []) == 0

    folder = tmp_path / "gebruiker" / "Beroepsplanner" / "back-ups"
    for path in (a, b):
        assert len(list(folder.glob(f"beroepsplanner-{database_identity(path)}-*.db"))) == 1
