"""The main window: opens on a database, lists and filters the catalog, speaks Dutch,
navigates between its screens, undoes changes, backs up and restores."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from beroepsplanner import __version__
from beroepsplanner.domain.kinds import Region
from beroepsplanner.errors import DatabaseError, InvalidInputError, NotFoundError
from beroepsplanner.store.backup import backup_database
from beroepsplanner.store.classes import add_class, delete_class, ensure_school, list_year_classes
from beroepsplanner.ui import app as app_module
from beroepsplanner.ui.app import LANGUAGE_ENV, install_translators, run
from beroepsplanner.ui.commands import FunctionCommand
from beroepsplanner.ui.main_window import PAGE_NAMES, MainWindow, last_database
from beroepsplanner.ui.models.activity_table import Column
from beroepsplanner.ui.workspace import Workspace


def make_window(qtbot: QtBot, workspace: Workspace, page: str = "catalog") -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show_page(page)
    return window


def visible_texts(window: MainWindow, row: int) -> list[str]:
    proxy = window.catalog_page.activity_proxy
    return [proxy.index(row, column).data() or "" for column in range(proxy.columnCount())]


def menu_title(menu) -> str:
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
    assert window.catalog_page.activity_model.rowCount() == in_database
    assert window.catalog_page.activity_view.model().rowCount() == in_database
    assert window.windowTitle() == "Beroepsplanner — test.db"
    assert str(in_database) in window.count_label.text()
    assert window.path_label.text() == str(workspace.path)


def test_catalog_rows_show_the_activity_fields(qtbot: QtBot, workspace: Workspace) -> None:
    window = make_window(qtbot, workspace)
    first = workspace.activities()[0]
    model = window.catalog_page.activity_model
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
    total = window.catalog_page.activity_proxy.rowCount()

    qtbot.keyClicks(window.catalog_page.filter_edit, "Tinkeren")

    shown = window.catalog_page.activity_proxy.rowCount()
    assert 1 <= shown < total
    for row in range(shown):
        assert any("tinkeren" in text.lower() for text in visible_texts(window, row))
    summary = window.catalog_page.summary_label.text()
    assert str(shown) in summary and str(total) in summary

    window.catalog_page.filter_edit.clear()
    assert window.catalog_page.activity_proxy.rowCount() == total


def test_filter_ignores_case(qtbot: QtBot, workspace: Workspace) -> None:
    window = make_window(qtbot, workspace)
    window.catalog_page.filter_edit.setText("TINKEREN")
    upper = window.catalog_page.activity_proxy.rowCount()
    window.catalog_page.filter_edit.setText("tinkeren")
    assert window.catalog_page.activity_proxy.rowCount() == upper >= 1


def test_sorting_by_duration_is_numeric(qtbot: QtBot, workspace: Workspace) -> None:
    window = make_window(qtbot, workspace)
    window.catalog_page.activity_view.sortByColumn(Column.DURATION, Qt.SortOrder.AscendingOrder)

    proxy = window.catalog_page.activity_proxy
    minutes = [proxy.index(row, Column.DURATION).data() for row in range(proxy.rowCount())]
    numbers = [int(m) for m in minutes if m]
    assert len(set(numbers)) > 1
    assert numbers == sorted(numbers)


# --- language ------------------------------------------------------------------


def test_window_is_dutch_with_the_default_translation(
    qtbot: QtBot, workspace: Workspace, dutch: list
) -> None:
    assert len(dutch) == 3  # ours, Qt's own, our additions to Qt's (file dialog)
    assert all(t.language().startswith("nl") for t in dutch)

    window = make_window(qtbot, workspace)

    assert menu_title(window.file_menu) == "Bestand"
    assert menu_title(window.help_menu) == "Help"
    assert window.quit_action.text().replace("&", "") == "Afsluiten"
    assert window.catalog_page.heading_label.text() == "Catalogus"
    assert window.catalog_page.filter_edit.placeholderText() == "Zoek activiteiten…"
    header = window.catalog_page.activity_view.model().headerData(Column.TITLE, Qt.Orientation.Horizontal)
    assert header == "Titel"
    assert window.catalog_page.summary_label.text().endswith("activiteiten")
    assert window.count_label.text().endswith("ketens")


def test_window_is_english_when_asked_for(
    qtbot: QtBot, workspace: Workspace, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    installed = install_translators(qapp)
    try:
        # Only the English file: its plural forms, no Dutch.
        assert [t.language() for t in installed] == ["en"]

        window = make_window(qtbot, workspace)

        assert menu_title(window.file_menu) == "File"
        assert window.catalog_page.heading_label.text() == "Catalogue"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_about_names_the_program_and_its_version(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from beroepsplanner.ui.about import AboutDialog

    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window = make_window(qtbot, workspace)

    window.about_action.trigger()

    [dialog] = shown
    assert dialog.parent() is window
    assert dialog.name_label.text() == "Beroepsplanner"
    assert __version__ in dialog.version_label.text()


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
        def critical(parent, title, text):
            shown.append((title, text))

    monkeypatch.setattr(app_module, "QMessageBox", RecordingMessageBox)

    assert run(corrupt_file(tmp_path), []) == 1

    [(title, text)] = shown
    assert title == "Beroepsplanner kan de database niet openen"
    assert "geen Beroepsplanner-database" in text


# --- navigation, undo, files ----------------------------------------------------------


def navigation_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_navigation_names_the_five_screens_in_dutch(
    qtbot: QtBot, workspace: Workspace, dutch: list
) -> None:
    window = make_window(qtbot, workspace, page="planner")

    assert navigation_texts(window) == [
        "Jaarplanning", "Catalogus", "Bedrijven", "Klassen", "Overzicht"
    ]
    assert menu_title(window.edit_menu) == "Bewerken"
    assert window.current_page() is window.planner_page


def test_clicking_a_screen_shows_it_and_is_remembered(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = make_window(qtbot, workspace, page="planner")
    window.show()
    qtbot.waitExposed(window)

    window.navigation.setCurrentRow(3)
    assert window.current_page() is window.classes_page
    window.close()

    again = MainWindow(workspace)
    qtbot.addWidget(again)
    assert again.current_page() is again.classes_page


def test_only_the_page_shown_is_built_and_the_others_when_asked_for(
    qtbot: QtBot, workspace: Workspace, dutch: list
) -> None:
    window = make_window(qtbot, workspace, page="planner")
    assert list(window.pages) == ["planner"]
    assert window.catalog_page is window.page("catalog")  # built when asked for, once
    assert list(window.pages) == ["planner", "catalog"]
    window.navigation.setCurrentRow(PAGE_NAMES.index("overview"))
    assert window.current_page() is window.pages["overview"] is window.overview_page
    # The navigation names each page as the page itself does (without building it).
    assert navigation_texts(window) == [window.page(name).title() for name in PAGE_NAMES]
    assert [window.stack.indexOf(window.page(name)) for name in PAGE_NAMES] == [0, 1, 2, 3, 4]


def test_a_hidden_page_reloads_only_when_shown(qtbot: QtBot, workspace: Workspace) -> None:
    window = make_window(qtbot, workspace, page="planner")
    before = window.catalog_page.activity_model.rowCount()
    assert before == 0  # not shown yet, so not read yet

    window.show_page("catalog")
    assert window.catalog_page.activity_model.rowCount() == workspace.counts()["activities"]


def add_class_command(name: str) -> FunctionCommand:
    def apply(session) -> None:
        ensure_school(session, "De Vlieger", Region.MIDDEN, "2026-2027")
        add_class(session, "2026-2027", name, 6)

    def revert(session) -> None:
        found = [c for c in list_year_classes(session, "2026-2027") if c.name == name]
        if not found:
            raise NotFoundError("Deze klas bestaat niet meer.")
        delete_class(session, found[0].id)

    return FunctionCommand(f"Add {name}", ["classes"], apply, revert)


def test_undo_and_redo_change_the_database_and_the_status_bar(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = make_window(qtbot, workspace)
    workspace.execute(add_class_command("Groep 6a"))
    assert workspace.counts()["classes"] == 1
    assert "1 class" in window.count_label.text()
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    assert workspace.counts()["classes"] == 0
    assert "0 classes" in window.count_label.text()

    window.redo_action.trigger()
    assert workspace.counts()["classes"] == 1


def test_a_refused_change_is_not_stacked_and_changes_nothing(
    qtbot: QtBot, workspace: Workspace
) -> None:
    make_window(qtbot, workspace)
    workspace.execute(add_class_command("Groep 6a"))

    with pytest.raises(InvalidInputError, match="al een klas"):
        workspace.execute(add_class_command("groep 6A"))

    assert workspace.counts()["classes"] == 1
    assert workspace.undo_stack.count() == 1


def test_an_undo_that_cannot_be_done_shows_the_reason(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
    )
    window = make_window(qtbot, workspace)
    workspace.execute(add_class_command("Groep 6a"))
    # Someone else removed the class meanwhile: the undo finds nothing to remove.
    with workspace.database.transaction() as session:
        [info] = list_year_classes(session, "2026-2027")
        delete_class(session, info.id)

    window.undo_action.trigger()

    assert shown == ["Deze klas bestaat niet meer."]
    assert workspace.undo_stack.count() == 0


def test_back_up_and_restore_bring_the_old_state_back(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, dutch: list
) -> None:
    window = make_window(qtbot, workspace)
    workspace.execute(add_class_command("Groep 6a"))
    backup = backup_database(workspace.path, tmp_path / "kopie.db")
    workspace.execute(add_class_command("Groep 7a"))
    assert workspace.counts()["classes"] == 2

    assert window.restore_from(backup, confirm=False)

    assert workspace.is_open and workspace.counts()["classes"] == 1
    kept = list(tmp_path.glob("test.voor-terugzetten-*.db"))
    assert len(kept) == 1


def test_a_bad_back_up_is_refused_and_the_database_stays(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    window = make_window(qtbot, workspace)
    workspace.execute(add_class_command("Groep 6a"))

    assert not window.restore_from(corrupt_file(tmp_path), confirm=False)

    assert "geen bruikbare back-up" in shown[0]
    assert workspace.is_open and workspace.counts()["classes"] == 1


def test_the_last_database_is_opened_next_time(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    window = make_window(qtbot, workspace)
    other = tmp_path / "ander.db"
    assert window.open_path(other)
    window.close()

    assert last_database() == other
