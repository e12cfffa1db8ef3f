"""The main window: opens on a database, lists and filters the catalog, speaks Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from beroepsplanner import __version__
from beroepsplanner.errors import DatabaseError
from beroepsplanner.ui import app as app_module
from beroepsplanner.ui.app import LANGUAGE_ENV, install_translators, run
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.models.activity_table import Column
from beroepsplanner.ui.workspace import Workspace


def make_window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    return window


def visible_texts(window: MainWindow, row: int) -> list[str]:
    proxy = window.activity_proxy
    return [proxy.index(row, column).data() or "" for column in range(proxy.columnCount())]


def menu_title(menu) -> str:  # type: ignore[no-untyped-def]
    return menu.title().replace("&", "")


def corrupt_file(tmp_path: Path) -> Path:
    path = tmp_path / "kapot.db"
    path.write_bytes(b"not a database" * 100)
    return path


# --- the catalog -------------------------------------------------------------


def test_main_window_opens_on_the_database_and_lists_the_seeded_catalog(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = make_window(qtbot, workspace)
    window.show()
    qtbot.waitExposed(window)

    in_database = workspace.counts()["activities"]
    assert in_database > 20
    assert window.activity_model.rowCount() == in_database
    assert window.activity_view.model().rowCount() == in_database
    assert window.windowTitle() == "Beroepsplanner — test.db"
    assert str(in_database) in window.count_label.text()
    assert window.path_label.text() == str(workspace.path)


def test_catalog_rows_show_the_activity_fields(qtbot: QtBot, workspace: Workspace) -> None:
    window = make_window(qtbot, workspace)
    first = workspace.activities()[0]
    model = window.activity_model
    row = next(r for r in range(model.rowCount()) if model.activity(r).key == first.key)

    assert model.index(row, Column.TITLE).data() == first.title
    assert model.index(row, Column.KIND).data().lower() == first.kind.label
    assert model.index(row, Column.PROVIDER).data() == first.provider
    assert model.index(row, Column.GRADES).data() in (
        f"{first.grade_min}–{first.grade_max}",
        str(first.grade_min),
    )
    assert model.index(row, Column.WORLDS).data() == ", ".join(first.worlds)


def test_typing_in_the_filter_narrows_the_rows(qtbot: QtBot, workspace: Workspace) -> None:
    window = make_window(qtbot, workspace)
    total = window.activity_proxy.rowCount()

    qtbot.keyClicks(window.filter_edit, "Tinkeren")

    shown = window.activity_proxy.rowCount()
    assert 1 <= shown < total
    for row in range(shown):
        assert any("tinkeren" in text.lower() for text in visible_texts(window, row))
    assert str(shown) in window.count_label.text() and str(total) in window.count_label.text()

    window.filter_edit.clear()
    assert window.activity_proxy.rowCount() == total


def test_filter_ignores_case(qtbot: QtBot, workspace: Workspace) -> None:
    window = make_window(qtbot, workspace)
    window.filter_edit.setText("TINKEREN")
    upper = window.activity_proxy.rowCount()
    window.filter_edit.setText("tinkeren")
    assert window.activity_proxy.rowCount() == upper >= 1


def test_sorting_by_duration_is_numeric(qtbot: QtBot, workspace: Workspace) -> None:
    window = make_window(qtbot, workspace)
    window.activity_view.sortByColumn(Column.DURATION, Qt.SortOrder.AscendingOrder)

    proxy = window.activity_proxy
    minutes = [proxy.index(row, Column.DURATION).data() for row in range(proxy.rowCount())]
    numbers = [int(m) for m in minutes if m]
    assert len(set(numbers)) > 1
    assert numbers == sorted(numbers)


# --- language ------------------------------------------------------------------


def test_window_is_dutch_with_the_default_translation(
    qtbot: QtBot, workspace: Workspace, dutch: list
) -> None:
    assert len(dutch) == 2  # ours and Qt's own

    window = make_window(qtbot, workspace)

    assert menu_title(window.file_menu) == "Bestand"
    assert menu_title(window.help_menu) == "Help"
    assert window.quit_action.text().replace("&", "") == "Afsluiten"
    assert window.heading_label.text() == "Catalogus"
    assert window.filter_edit.placeholderText() == "Zoek activiteiten…"
    header = window.activity_view.model().headerData(Column.TITLE, Qt.Orientation.Horizontal)
    assert header == "Titel"
    assert window.count_label.text().endswith("activiteiten")


def test_window_is_english_when_asked_for(
    qtbot: QtBot, workspace: Workspace, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert install_translators(qapp) == []

    window = make_window(qtbot, workspace)

    assert menu_title(window.file_menu) == "File"
    assert window.heading_label.text() == "Catalogue"


def test_about_names_the_program_and_its_version(
    qtbot: QtBot, workspace: Workspace, dutch: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append((title, text)))
    )
    window = make_window(qtbot, workspace)

    window.about_action.trigger()

    [(title, text)] = shown
    assert title == "Over Beroepsplanner"
    assert "Beroepsplanner" in text and f"Versie {__version__}" in text
    assert "beroepsoriëntatie" in text


# --- window state ------------------------------------------------------------------


def test_window_size_is_remembered_between_sessions(
    qtbot: QtBot, workspace: Workspace, private_settings: Path
) -> None:
    first = make_window(qtbot, workspace)
    first.show()
    qtbot.waitExposed(first)
    # Smaller than the 800x600 offscreen screen: restoreGeometry shrinks a window to fit.
    first.resize(713, 517)
    first.close()

    assert Path(QSettings().fileName()).is_relative_to(private_settings)
    second = make_window(qtbot, workspace)
    assert second.size() == QSize(713, 517)


# --- a database that cannot be used ------------------------------------------------


def test_corrupt_database_is_refused_with_a_dutch_message(tmp_path: Path) -> None:
    path = corrupt_file(tmp_path)
    workspace = Workspace()

    with pytest.raises(DatabaseError) as caught:
        workspace.open(path)

    assert "geen Beroepsplanner-database" in str(caught.value)
    assert not workspace.is_open
    assert path.read_bytes() == b"not a database" * 100


def test_run_on_a_corrupt_database_shows_the_message_and_returns_1(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    shown: list[tuple[str, str]] = []

    class RecordingMessageBox:
        @staticmethod
        def critical(parent, title, text):  # type: ignore[no-untyped-def]
            shown.append((title, text))

    monkeypatch.setattr(app_module, "QMessageBox", RecordingMessageBox)

    assert run(corrupt_file(tmp_path), []) == 1

    [(title, text)] = shown
    assert title == "Beroepsplanner kan de database niet openen"
    assert "geen Beroepsplanner-database" in text
