"""Bestand > Verbinden met schoolserver…: the fields make the connection, a refusal is
shown in the dialog with everything typed kept and the open database untouched, the
password goes to the keyring only when asked, and the settings remember the address
without it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from beroepsplanner.store.server_password import SERVICE
from beroepsplanner.ui.main_window import LAST_DATABASE_KEY, MainWindow, last_database
from beroepsplanner.ui.server_dialog import LAST_SERVER_KEY, ServerDialog
from beroepsplanner.ui.workspace import Workspace
from tests.keyrings import MemoryKeyring
from tests.postgres import PostgresServer, new_database

USER = "juf_dialoog"
PASSWORD = "Ayşe&Łukasz-2026"


@pytest.fixture(scope="module")
def login(pg_server: PostgresServer) -> str:
    pg_server.require_password(USER, PASSWORD)
    return USER


@pytest.fixture
def server_database(pg_server: PostgresServer, login: str) -> Iterator[str]:
    """A school database on the test server that ``login`` may use; its name."""
    name = new_database(pg_server, "catalog")
    with psycopg.connect(pg_server.url(name), autocommit=True) as connection:
        connection.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {USER}")
        connection.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {USER}")
    yield name
    pg_server.drop_database(name)


def fill(dialog: ServerDialog, server: PostgresServer, database: str, password: str) -> None:
    dialog.host_edit.setText(server.host)
    dialog.port_edit.setValue(server.port)
    dialog.database_edit.setText(database)
    dialog.user_edit.setText(USER)
    dialog.password_edit.setText(password)
    dialog.ssl_box.setCurrentIndex(dialog.ssl_box.findData("disable"))


def test_a_refusal_stays_in_the_dialog_and_a_kept_password_opens_the_server(
    qtbot: QtBot, workspace: Workspace, dutch: object, pg_server: PostgresServer, server_database: str,
    memory_keyring: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen.pgpass"))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    file_before = workspace.path
    assert window.server_action in window.file_menu.actions()

    dialog = ServerDialog(window.open_server, window)
    qtbot.addWidget(dialog)
    fill(dialog, pg_server, server_database, "fout")
    dialog.remember_box.setChecked(True)
    dialog.try_connect()
    assert dialog.result() == 0  # still open
    assert "wachtwoord klopt niet" in dialog.error.text()
    # Everything typed is still there; the file stays open; nothing was kept.
    assert dialog.host_edit.text() == pg_server.host
    assert dialog.password_edit.text() == "fout"
    assert workspace.path == file_before
    assert memory_keyring.passwords == {}

    dialog.password_edit.setText(PASSWORD)
    dialog.try_connect()
    assert dialog.location is not None
    assert workspace.location is not None and workspace.location.is_server
    assert workspace.path is None
    kept = list(memory_keyring.passwords.items())
    assert len(kept) == 1 and kept[0][0][0] == SERVICE and kept[0][1] == PASSWORD
    for key in (LAST_SERVER_KEY, LAST_DATABASE_KEY):
        remembered = QSettings().value(key)
        assert isinstance(remembered, str) and remembered.startswith("postgresql://juf_dialoog@")
        assert PASSWORD not in remembered and "Ay" not in remembered
    assert server_database in window.windowTitle()

    # Next start: the remembered server, its password from the keyring.
    workspace.close()
    location = last_database()
    assert location is not None and not isinstance(location, Path)
    workspace.open(location)
    assert workspace.location is not None and workspace.location.is_server
    workspace.close()

    # The dialog opens with the last connection's fields, the password empty.
    again = ServerDialog(window.open_server, window)
    qtbot.addWidget(again)
    assert again.host_edit.text() == pg_server.host
    assert again.port_edit.value() == pg_server.port
    assert again.database_edit.text() == server_database
    assert again.user_edit.text() == USER
    assert again.password_edit.text() == ""
    assert again.ssl_box.currentData() == "disable"
    # Typed without the tick: the kept password is forgotten.
    fill(again, pg_server, server_database, PASSWORD)
    again.try_connect()
    assert workspace.location is not None and workspace.location.is_server
    assert memory_keyring.passwords == {}


def test_missing_fields_are_named_before_any_connection(
    qtbot: QtBot, workspace: Workspace, dutch: object
) -> None:
    calls: list[object] = []
    dialog = ServerDialog(lambda location, remember: calls.append(location))
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("server.school.nl")
    dialog.user_edit.setText("")
    dialog.try_connect()
    assert calls == []
    assert "gebruikersnaam" in dialog.error.text()
    assert dialog.windowTitle() == "Verbinden met schoolserver"


def test_the_menu_item_opens_the_dialog(qtbot: QtBot, workspace: Workspace, qapp: QApplication) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    seen: list[str] = []

    def close_it() -> None:
        dialog = qapp.activeModalWidget()
        seen.append(dialog.objectName() if dialog is not None else "")
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, close_it)
    assert window.connect_to_server() is False
    assert seen == ["serverDialog"]
    assert workspace.path is not None


def test_a_remembered_server_that_is_away_offers_the_dialog_then_the_own_file(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dutch: object
) -> None:
    """At home without the school's network: the program still starts, on the user's own
    file, after saying why and offering to connect again."""
    from beroepsplanner.ui import app as app_module

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    away = f"postgresql://juf@127.0.0.1:{free_port}/beroepsplanner?connect_timeout=2"
    # The settings of the program's own name, as run() reads them.
    qapp.setOrganizationName(app_module.ORGANIZATION_NAME)
    qapp.setApplicationName(app_module.APPLICATION_NAME)
    QSettings().setValue(LAST_DATABASE_KEY, away)
    shown: list[str] = []

    class RecordingMessageBox:
        @staticmethod
        def critical(parent: object, title: str, text: str) -> None:
            shown.append(text)

    monkeypatch.setattr(app_module, "QMessageBox", RecordingMessageBox)
    offered: list[str] = []

    def cancel_the_dialog() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, ServerDialog) and widget.isVisible():
                offered.append(widget.objectName())
                offered.append(str(widget.port_edit.value()))
                widget.reject()
                watch.stop()

    watch = QTimer()
    watch.timeout.connect(cancel_the_dialog)
    watch.start(20)
    monkeypatch.setenv(app_module.QUIT_AFTER_ENV, "200")
    own = tmp_path / "eigen.db"
    assert app_module.run(None, [], default=own) == 0
    assert len(shown) == 1 and "niet bereikbaar" in shown[0]
    watch.stop()
    assert offered == ["serverDialog", str(free_port)]
    assert own.is_file()
    assert QSettings().value(LAST_DATABASE_KEY) == str(own)


def test_a_server_asked_for_on_the_command_line_is_not_replaced_by_a_file(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.ui import app as app_module

    monkeypatch.setattr(
        app_module, "QMessageBox", type("Box", (), {"critical": staticmethod(lambda *a: None)})
    )
    asked = DatabaseLocation.parse("postgresql://juf@127.0.0.1:1/beroepsplanner?connect_timeout=2")
    assert app_module.run(asked, [], default=tmp_path / "eigen.db") == 1
    assert not (tmp_path / "eigen.db").exists()
