"""Edit > School year: the school's name, place and region, changed as one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.kinds import Region
from beroepsplanner.store.school import SchoolDetails, school_details
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.school_year_dialog import SchoolYearDialog
from beroepsplanner.ui.workspace import Workspace

DEMO = SchoolDetails("Basisschool De Vlieger", "Amersfoort", Region.MIDDEN)


@pytest.fixture
def window(qtbot: QtBot, demo: Workspace) -> MainWindow:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    window.show_page("planner")
    return window


def open_dialog(qtbot: QtBot, window: MainWindow) -> SchoolYearDialog:
    dialog = SchoolYearDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def errors_in_planner(window: MainWindow) -> int:
    grid = window.planner_page.grid
    return sum(len(bar.errors) for row in grid.rows for bar in row.bars)


def test_the_dialog_shows_the_school_and_saves_only_a_change(qtbot: QtBot, window: MainWindow) -> None:
    box = open_dialog(qtbot, window).school_box
    assert (box.name_edit.text(), box.place_edit.text(), box.region_combo.currentText()) == (
        "Basisschool De Vlieger", "Amersfoort", "Midden"
    )
    assert not box.save_button.isEnabled()
    box.place_edit.setText("Amersfoort ")
    assert not box.is_modified()  # spaces alone change nothing
    box.place_edit.clear()
    QTest.keyClicks(box.place_edit, "Leusden")
    assert box.save_button.isEnabled()


def test_a_new_name_and_region_show_at_once_and_undo_takes_them_back(
    qtbot: QtBot, window: MainWindow, demo: Workspace
) -> None:
    assert window.windowTitle() == "Beroepsplanner — Basisschool De Vlieger"
    errors_before = errors_in_planner(window)
    dialog = open_dialog(qtbot, window)
    box = dialog.school_box
    box.name_edit.setText("OBS Het Noorderlicht")
    box.place_edit.setText("Groningen")
    box.region_combo.setCurrentIndex(box.region_combo.findData(Region.NOORD.value))
    assert box.save_button.isEnabled()
    box.save_button.click()

    assert demo.read(school_details) == SchoolDetails("OBS Het Noorderlicht", "Groningen", Region.NOORD)
    assert window.windowTitle() == "Beroepsplanner — OBS Het Noorderlicht"
    assert not box.save_button.isEnabled()
    # The northern autumn holiday is another week: the dialog's advice and the planner follow.
    assert "Noord" in dialog.holiday_rows["Herfstvakantie"].advice.text()
    assert errors_in_planner(window) > errors_before, "chains on the new holidays show errors at once"
    assert demo.undo_stack.count() == 1

    demo.undo_stack.undo()
    assert demo.read(school_details) == DEMO
    assert window.windowTitle() == "Beroepsplanner — Basisschool De Vlieger"
    assert box.region_combo.currentText() == "Midden" and box.name_edit.text() == DEMO.name
    assert errors_in_planner(window) == errors_before
    demo.undo_stack.redo()
    assert demo.read(school_details).region is Region.NOORD


def test_an_empty_name_is_refused_in_dutch_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, demo: Workspace, dutch: list
) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.school_box.name_edit.setText("   ")
    dialog.school_box.place_edit.setText("Leusden")
    assert not dialog.school_box.save()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == "Vul de naam van de school in."
    assert demo.read(school_details) == DEMO
    assert demo.undo_stack.count() == 0


def test_edit_school_opens_the_dialog_in_the_school_s_name(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[SchoolYearDialog] = []

    def exec_(dialog: SchoolYearDialog) -> int:
        opened.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(SchoolYearDialog, "exec", exec_)
    assert window.school_action in window.edit_menu.actions()
    window.school_action.trigger()
    assert len(opened) == 1
    assert opened[0].focusWidget() is opened[0].school_box.name_edit


def test_goede_vrijdag_made_a_school_day_in_the_dialog_is_undoable(
    qtbot: QtBot, window: MainWindow, demo: Workspace
) -> None:
    # Issue 13, item 7: the school's own free days in Bewerken > Schooljaar.
    from beroepsplanner.domain.calendar import FreeDays

    box = open_dialog(qtbot, window).school_box
    assert box.liberation_check.isChecked() and box.good_friday_check.isChecked()
    assert box.liberation_check.accessibleName() or box.liberation_check.text()
    box.good_friday_check.setChecked(False)
    assert box.save_button.isEnabled()
    box.save_button.click()
    assert demo.read(school_details).free_days == FreeDays(liberation_day=True, good_friday=False)
    demo.undo_stack.undo()
    assert demo.read(school_details).free_days == FreeDays()
    assert box.good_friday_check.isChecked()
