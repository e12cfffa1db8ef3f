"""The school year dialog: study days and movable holidays, each change undoable."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from beroepsplanner.store.calendar import school_year_calendar, school_year_row
from beroepsplanner.store.checks import calendar_of
from beroepsplanner.ui.school_year_dialog import SchoolYearDialog
from beroepsplanner.ui.workspace import Workspace

LABEL = "2026-2027"
AUTUMN_TUESDAY = dt.date(2026, 10, 20)  # advised herfstvakantie, region Midden
LATER_TUESDAY = dt.date(2026, 10, 27)


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path, qapp: QApplication) -> Iterator[Workspace]:
    """A workspace on a fresh copy of the demo school, dates shown in Dutch."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    workspace = Workspace()
    workspace.open(path)
    yield workspace
    workspace.close()
    QLocale.setDefault(previous)


def open_dialog(qtbot: QtBot, workspace: Workspace) -> SchoolYearDialog:
    dialog = SchoolYearDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def is_school_day(workspace: Workspace, day: dt.date) -> bool:
    return workspace.read(lambda s: calendar_of(school_year_row(s, LABEL)).is_school_day(day))


def study_days(workspace: Workspace) -> dict[dt.date, str]:
    calendar = workspace.read(lambda s: school_year_calendar(s, LABEL))
    return {d.date: d.description for d in calendar.study_days}


def listed(dialog: SchoolYearDialog) -> list[str]:
    model = dialog.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_shows_year_region_study_days_and_advice(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo)
    assert dialog.year_label.text() == LABEL
    assert dialog.school_box.region_combo.currentText() == "Midden"
    assert listed(dialog)[0] == "vrijdag 25 september 2026"
    assert dialog.model.index(0, 1).data().startswith("Studiedag team")
    autumn = dialog.holiday_rows["Herfstvakantie"]
    assert autumn.advice.text().endswith("19–23 oktober 2026")
    assert autumn.week_edit.date() == QDate(2026, 10, 19)
    assert not autumn.reset_button.isEnabled()
    assert not dialog.remove_button.isEnabled()


def test_add_study_day_then_undo(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo)
    day = dt.date(2026, 10, 9)
    assert is_school_day(demo, day)
    dialog.day_edit.setDate(QDate(day))
    dialog.description_edit.setText("Studiedag ouders")
    dialog.add_button.click()
    assert study_days(demo)[day] == "Studiedag ouders"
    assert not is_school_day(demo, day)
    assert "vrijdag 9 oktober 2026" in listed(dialog)
    assert dialog.selected_day() == day
    assert dialog.description_edit.text() == ""

    demo.undo_stack.undo()
    assert day not in study_days(demo)
    assert is_school_day(demo, day)
    assert "vrijdag 9 oktober 2026" not in listed(dialog)


def test_study_day_in_a_holiday_is_refused_inline(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo)
    before = study_days(demo)
    dialog.day_edit.setDate(QDate(AUTUMN_TUESDAY))
    dialog.add_button.click()
    assert dialog.error_label.isVisible()
    assert "is al geen schooldag (Herfstvakantie)" in dialog.error_label.text()
    assert study_days(demo) == before
    assert demo.undo_stack.count() == 0


def test_remove_study_day_then_undo(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo)
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    description = study_days(demo)[dt.date(2026, 9, 25)]
    dialog.remove_button.click()
    assert dt.date(2026, 9, 25) not in study_days(demo)
    assert "vrijdag 25 september 2026" not in listed(dialog)
    demo.undo_stack.undo()
    assert study_days(demo)[dt.date(2026, 9, 25)] == description
    assert listed(dialog)[0] == "vrijdag 25 september 2026"


def test_move_autumn_holiday_then_undo_and_follow_advice(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo)
    autumn = dialog.holiday_rows["Herfstvakantie"]
    autumn.week_edit.setDate(QDate(LATER_TUESDAY))  # any day: the week of it is taken
    autumn.move_button.click()
    assert not is_school_day(demo, LATER_TUESDAY)
    assert is_school_day(demo, AUTUMN_TUESDAY)
    assert autumn.week_edit.date() == QDate(2026, 10, 26)
    assert "26–30 oktober 2026" in autumn.status.text()
    assert autumn.reset_button.isEnabled()

    demo.undo_stack.undo()
    assert is_school_day(demo, LATER_TUESDAY)
    assert not is_school_day(demo, AUTUMN_TUESDAY)
    assert autumn.week_edit.date() == QDate(2026, 10, 19)

    demo.undo_stack.redo()
    assert not is_school_day(demo, LATER_TUESDAY)
    autumn.reset_button.click()
    assert is_school_day(demo, LATER_TUESDAY)
    assert not is_school_day(demo, AUTUMN_TUESDAY)
    assert not autumn.reset_button.isEnabled()
    demo.undo_stack.undo()  # undo "follow advice": the school's week again
    assert not is_school_day(demo, LATER_TUESDAY)


def test_without_a_school_the_dialog_says_to_set_it_up(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    assert dialog.no_school_label.isVisible()
    assert "school" in dialog.no_school_label.text().lower()


def test_the_edit_menu_opens_the_school_year_dialog(
    qtbot, workspace, monkeypatch
) -> None:
    from beroepsplanner.ui.main_window import MainWindow

    opened: list[SchoolYearDialog] = []
    monkeypatch.setattr(SchoolYearDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(workspace)
    qtbot.addWidget(window)

    assert window.school_year_action in window.edit_menu.actions()
    window.school_year_action.trigger()

    assert len(opened) == 1
