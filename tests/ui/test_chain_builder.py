"""The chain builder: proposes lessons, checks every edit live, saves and deletes undoably."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QMessageBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.store.chain_editing import load_chain_form
from beroepsplanner.store.classes import find_class
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.models.lesson_table import Column, DateDelegate, long_date
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace

AUTUMN_HOLIDAY_TUESDAY = dt.date(2026, 10, 20)  # herfstvakantie, region Midden
THURSDAY = dt.date(2026, 10, 15)
SATURDAY = dt.date(2027, 2, 20)
TINKEREN_CHAIN = 8  # Groep 4, tinkeren, planned, without findings in the demo


def class_id(workspace: Workspace, name: str) -> int:
    return workspace.read(lambda s: find_class(s, name).id)


def tinkeren_request(workspace: Workspace) -> ChainRequest:
    """A new chain of Groep 6b: Tinkeren on Thursday 15 October 2026."""
    return ChainRequest(
        class_id=class_id(workspace, "Groep 6b"), activity_key="tinkeren", date=THURSDAY
    )


def open_dialog(qtbot: QtBot, workspace: Workspace, request: ChainRequest) -> ChainBuilderDialog:
    dialog = ChainBuilderDialog(workspace, request)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_activity(dialog: ChainBuilderDialog, key: str) -> None:
    index = dialog.activity_combo.findData(key)
    assert index >= 0
    dialog.activity_combo.setCurrentIndex(index)
    dialog.activity_combo.activated.emit(index)


def kinds(dialog: ChainBuilderDialog) -> list[str]:
    model = dialog.lesson_model
    return [model.index(row, Column.KIND).data() for row in range(model.rowCount())]


def set_row_date(dialog: ChainBuilderDialog, row: int, day: dt.date) -> None:
    """Edit a date in the table as the user does: through the delegate's QDateEdit."""
    view, model = dialog.lesson_view, dialog.lesson_model
    index = model.index(row, Column.DATE)
    delegate = view.itemDelegateForColumn(Column.DATE)
    assert isinstance(delegate, DateDelegate)
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate(day))
    delegate.setModelData(editor, model, index)
    editor.deleteLater()


def error_codes(dialog: ChainBuilderDialog) -> list[str]:
    return dialog.findings_panel.error_model.codes()


def chain_count(workspace: Workspace) -> int:
    return workspace.counts()["chains"]


# --- a new chain ---------------------------------------------------------------------


def test_class_activity_and_date_fill_the_proposal(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo, ChainRequest(class_id=class_id(demo, "Groep 6b")))
    assert dialog.class_combo.currentText() == "Groep 6b"
    assert dialog.lesson_model.rowCount() == 0
    assert not dialog.save_button.isEnabled()

    choose_activity(dialog, "tinkeren")
    dialog.date_edit.setDate(QDate(2026, 11, 3))

    assert kinds(dialog) == ["Preparation", "Activity", "Reflection"]
    model = dialog.lesson_model
    assert model.index(1, Column.DATE).data() == long_date(dt.date(2026, 11, 3))
    assert model.index(0, Column.DATE).data(Qt.ItemDataRole.EditRole) < QDate(2026, 11, 3)
    assert model.index(2, Column.DATE).data(Qt.ItemDataRole.EditRole) > QDate(2026, 11, 3)
    assert error_codes(dialog) == []
    assert dialog.status_buttons[ChainStatus.PLANNED].isEnabled()
    assert dialog.save_button.isEnabled()


def test_activities_that_suit_the_groep_come_first(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo, ChainRequest(class_id=class_id(demo, "Groep 1")))
    combo = dialog.activity_combo
    greyed = [
        combo.itemData(i, Qt.ItemDataRole.ForegroundRole) is not None for i in range(combo.count())
    ]
    assert any(greyed) and not all(greyed)
    assert greyed == sorted(greyed)  # every suiting activity before the first greyed one


def test_a_lesson_in_the_autumn_holiday_is_an_error_until_it_moves_back(
    qtbot: QtBot, demo: Workspace
) -> None:
    dialog = open_dialog(qtbot, demo, tinkeren_request(demo))
    assert kinds(dialog) == ["Preparation", "Activity", "Reflection"]
    reflection_row = 2
    before = dialog.lesson_model.index(reflection_row, Column.DATE).data(Qt.ItemDataRole.EditRole)
    assert error_codes(dialog) == []

    set_row_date(dialog, reflection_row, AUTUMN_HOLIDAY_TUESDAY)

    assert error_codes(dialog) == ["not-a-school-day"]
    assert "Herfstvakantie" in dialog.findings_panel.error_model.messages()[0]
    assert dialog.findings_panel.errors_label.text() == "Errors (1)"
    assert not dialog.status_buttons[ChainStatus.PLANNED].isEnabled()
    assert not dialog.status_buttons[ChainStatus.DONE].isEnabled()
    assert dialog.status_buttons[ChainStatus.PLANNED].toolTip()
    assert dialog.lesson_model.marked_rows() == [reflection_row]

    set_row_date(dialog, reflection_row, before.toPython())

    assert error_codes(dialog) == []
    assert dialog.status_buttons[ChainStatus.PLANNED].isEnabled()
    assert dialog.lesson_model.marked_rows() == []


def test_adding_and_removing_lessons_keeps_one_or_two_of_each(
    qtbot: QtBot, demo: Workspace
) -> None:
    dialog = open_dialog(qtbot, demo, tinkeren_request(demo))
    assert not dialog.remove_lesson_button.isEnabled()

    dialog.add_reflection_button.click()
    assert kinds(dialog) == ["Preparation", "Activity", "Reflection", "Reflection"]
    assert not dialog.add_reflection_button.isEnabled()
    assert dialog.add_preparation_button.isEnabled()
    # The new lesson is selected and may go again.
    assert dialog.remove_lesson_button.isEnabled()
    dialog.remove_lesson_button.click()
    assert kinds(dialog) == ["Preparation", "Activity", "Reflection"]

    dialog.lesson_view.selectRow(0)
    assert not dialog.remove_lesson_button.isEnabled()  # the last preparation lesson stays


def test_saving_a_new_chain_is_undoable(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo, tinkeren_request(demo))
    dialog.notes_edit.setPlainText("Materialen: karton en lijm")
    dialog.status_buttons[ChainStatus.PLANNED].click()
    before = chain_count(demo)

    dialog.save()

    assert dialog.result() == ChainBuilderDialog.DialogCode.Accepted
    assert chain_count(demo) == before + 1
    chain_id = dialog.chain_id
    saved = demo.read(lambda s: load_chain_form(s, chain_id))
    assert (saved.activity_key, saved.date) == ("tinkeren", THURSDAY)
    assert saved.status is ChainStatus.PLANNED
    assert saved.notes == "Materialen: karton en lijm"

    demo.undo_stack.undo()
    assert chain_count(demo) == before
    demo.undo_stack.redo()
    assert chain_count(demo) == before + 1
    assert demo.read(lambda s: load_chain_form(s, chain_id)) == saved


# --- an existing chain -----------------------------------------------------------------


def test_a_new_note_is_saved_with_one_update_and_undo_gives_the_old_one_back(
    qtbot: QtBot, demo: Workspace
) -> None:
    """A save that changes only the chain's own fields writes them in one UPDATE that
    compares the version the builder read (store/chain_quick_save.py)."""
    old = demo.read(lambda s: load_chain_form(s, TINKEREN_CHAIN))
    dialog = open_dialog(qtbot, demo, ChainRequest(chain_id=TINKEREN_CHAIN))
    dialog.notes_edit.setPlainText("Ouders van Sem & Daan rijden mee.")
    updates: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.startswith("UPDATE"):
            updates.append(statement)

    event.listen(demo.database.engine, "before_cursor_execute", note)
    try:
        dialog.save()
    finally:
        event.remove(demo.database.engine, "before_cursor_execute", note)
    assert len(updates) == 1
    assert updates[0].startswith("UPDATE chains SET ") and " notes=?" in updates[0]
    assert "WHERE chains.id = ? AND chains.version = ?" in updates[0]
    assert "school_years.locked" in updates[0]  # the year's lock, in the same statement
    saved = demo.read(lambda s: load_chain_form(s, TINKEREN_CHAIN))
    assert saved == dataclasses.replace(old, notes="Ouders van Sem & Daan rijden mee.")
    demo.undo_stack.undo()
    assert demo.read(lambda s: load_chain_form(s, TINKEREN_CHAIN)) == old
    demo.undo_stack.redo()
    assert demo.read(lambda s: load_chain_form(s, TINKEREN_CHAIN)) == saved


def test_editing_a_chain_s_date_is_saved_and_undo_restores_the_old_dates(
    qtbot: QtBot, demo: Workspace
) -> None:
    old = demo.read(lambda s: load_chain_form(s, TINKEREN_CHAIN))
    dialog = open_dialog(qtbot, demo, ChainRequest(chain_id=TINKEREN_CHAIN))
    assert dialog.delete_button.isVisible()
    assert dialog.date_edit.date().toPython() == old.date
    assert dialog.status_buttons[old.status].isChecked()

    new_day = old.date + dt.timedelta(days=7)
    dialog.date_edit.setDate(QDate(new_day))
    assert error_codes(dialog) == []
    dialog.save()

    saved = demo.read(lambda s: load_chain_form(s, TINKEREN_CHAIN))
    assert saved.date == new_day
    assert all(new.date != was.date for new, was in zip(saved.lessons, old.lessons))
    assert chain_count(demo) == 23

    demo.undo_stack.undo()
    assert demo.read(lambda s: load_chain_form(s, TINKEREN_CHAIN)) == old
    demo.undo_stack.redo()
    assert demo.read(lambda s: load_chain_form(s, TINKEREN_CHAIN)).date == new_day


def test_errors_put_a_planned_chain_back_to_concept(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo, ChainRequest(chain_id=TINKEREN_CHAIN))
    assert dialog.status_buttons[ChainStatus.PLANNED].isChecked()
    last = dialog.lesson_model.rowCount() - 1

    set_row_date(dialog, last, SATURDAY)

    assert error_codes(dialog) == ["not-a-school-day"]
    assert dialog.status_buttons[ChainStatus.CONCEPT].isChecked()
    assert dialog.status_hint.text()
    dialog.save()
    saved = demo.read(lambda s: load_chain_form(s, TINKEREN_CHAIN))
    assert saved.status is ChainStatus.CONCEPT
    assert SATURDAY in [lesson.date for lesson in saved.lessons]


def test_deleting_a_chain_asks_first_and_is_undoable(
    qtbot: QtBot, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, demo, ChainRequest(chain_id=TINKEREN_CHAIN))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))

    dialog.delete_button.click()
    assert chain_count(demo) == 23  # answered No
    dialog.delete_button.click()
    assert chain_count(demo) == 22
    assert dialog.result() == ChainBuilderDialog.DialogCode.Accepted

    demo.undo_stack.undo()
    assert chain_count(demo) == 23
    assert demo.read(lambda s: load_chain_form(s, TINKEREN_CHAIN)).activity_key == "tinkeren"


def test_lessons_show_dutch_dates(qtbot: QtBot, demo: Workspace, dutch: list) -> None:
    assert QLocale().language() == QLocale.Language.Dutch
    request = ChainRequest(
        class_id=class_id(demo, "Groep 6b"), activity_key="tinkeren", date=dt.date(2026, 11, 3)
    )
    dialog = open_dialog(qtbot, demo, request)
    assert dialog.lesson_model.index(1, Column.DATE).data() == "di 3 nov 2026"


def test_typing_part_of_a_title_finds_the_activity(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo, ChainRequest(class_id=class_id(demo, "Groep 6b")))
    completer = dialog.activity_combo.completer()
    qtbot.keyClicks(dialog.activity_combo.lineEdit(), "inkere")  # the middle of "Tinkeren"
    assert completer.completionCount() >= 1
    assert "Tinkeren" in completer.currentCompletion()

    completer.activated[str].emit(completer.currentCompletion())  # type: ignore[index]

    assert dialog.form is not None and dialog.form.activity_key == "tinkeren"
    assert kinds(dialog) == ["Preparation", "Activity", "Reflection"]


def test_suggest_offers_fitting_companies_and_the_chosen_one_becomes_the_company(
    qtbot: QtBot, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from beroepsplanner.store.matching import suggest_for_class
    from beroepsplanner.ui.company_suggestions import CompanySuggestionsDialog

    shown: list[CompanySuggestionsDialog] = []

    def choose_second(dialog: CompanySuggestionsDialog) -> int:
        shown.append(dialog)
        dialog.view.selectRow(1)
        dialog.accept()
        return 1

    monkeypatch.setattr(CompanySuggestionsDialog, "exec", choose_second)
    group = class_id(demo, "Groep 6b")
    request = ChainRequest(class_id=group, activity_key="bedrijfsbezoek-c3", date=THURSDAY)
    dialog = open_dialog(qtbot, demo, request)
    expected = demo.read(lambda s: suggest_for_class(s, group, "bedrijfsbezoek-c3"))
    assert len(expected) >= 2

    assert dialog.suggest_company()

    [offered] = shown
    names = [offered.model.index(r, 0).data() for r in range(offered.model.rowCount())]
    assert names == [s.company.name for s in expected]
    assert offered.model.index(0, 3).data()  # every suggestion says why
    assert dialog.company_combo.currentData() == expected[1].company.id


def test_suggest_without_an_activity_asks_for_one_first(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo, ChainRequest(class_id=class_id(demo, "Groep 6b")))
    dialog.activity_combo.setEditText("")

    assert not dialog.suggest_company()
    assert dialog.message_label.isVisibleTo(dialog)


def test_the_form_labels_show_their_shortcut_not_an_ampersand(qtbot: QtBot, demo: Workspace) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = open_dialog(qtbot, demo, tinkeren_request(demo))
    labels = [label for label in dialog.findChildren(QLabel) if "C&ompany" in label.text()]
    assert labels and all(label.buddy() is dialog.company_combo for label in labels)


def test_a_week_from_the_year_planner_puts_the_activity_on_a_school_day_of_that_week(
    qtbot: QtBot, demo: Workspace
) -> None:
    easter_monday = dt.date(2027, 3, 29)  # Tweede Paasdag: no school that Monday
    group = class_id(demo, "Groep 6b")
    week = open_dialog(
        qtbot,
        demo,
        ChainRequest(class_id=group, activity_key="tinkeren", date=easter_monday, whole_week=True),
    )
    day = week.date_edit.date().toPython()
    assert easter_monday < day <= easter_monday + dt.timedelta(days=4)
    assert "not-a-school-day" not in error_codes(week)
