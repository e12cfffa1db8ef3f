"""The chain builder, issue 12 item 2: transport and companions resolve their warnings
(undoably), a new chain starts on a school day and says what is missing, an added lesson
has a real title that can be seen to be editable, a greyed activity says why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.kinds import ChainStatus, LessonKind, TransportMode
from beroepsplanner.store.chain_editing import load_chain_form
from beroepsplanner.store.classes import find_class
from beroepsplanner.ui import chain_builder_widgets
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.models.lesson_table import Column
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace

VISIT = "bedrijfsbezoek-techniektalent"
TUESDAY = dt.date(2026, 11, 3)
SATURDAY = dt.date(2026, 11, 14)
OUTING_WARNINGS = {"transport-not-arranged", "too-few-companions"}


def class_id(workspace: Workspace, name: str) -> int:
    return workspace.read(lambda s: find_class(s, name).id)


def open_dialog(qtbot: QtBot, workspace: Workspace, request: ChainRequest) -> ChainBuilderDialog:
    dialog = ChainBuilderDialog(workspace, request)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def visit_dialog(qtbot: QtBot, workspace: Workspace) -> ChainBuilderDialog:
    return open_dialog(qtbot, workspace, ChainRequest(
        class_id=class_id(workspace, "Groep 6b"), activity_key=VISIT, date=TUESDAY))


def warnings(dialog: ChainBuilderDialog) -> set[str]:
    return set(dialog.findings_panel.warning_model.codes())


def test_an_outing_shows_the_transport_box_and_its_edits_resolve_the_warnings(
    qtbot: QtBot, demo: Workspace
) -> None:
    dialog = visit_dialog(qtbot, demo)
    box = dialog.transport_box
    assert box.isVisible()
    assert warnings(dialog) >= OUTING_WARNINGS

    box.arranged_check.setChecked(True)
    assert "transport-not-arranged" not in warnings(dialog)
    assert "too-few-companions" in warnings(dialog)
    box.companions_spin.setValue(10)
    assert not OUTING_WARNINGS & warnings(dialog)


def test_transport_mode_times_and_companions_are_saved_and_undone(
    qtbot: QtBot, demo: Workspace
) -> None:
    dialog = visit_dialog(qtbot, demo)
    dialog.save()
    chain_id = dialog.chain_id
    assert chain_id is not None

    again = open_dialog(qtbot, demo, ChainRequest(chain_id=chain_id))
    box = again.transport_box
    box.arranged_check.setChecked(True)
    box.mode_combo.setCurrentIndex(box.mode_combo.findData(TransportMode.BIKES.value))
    box.companions_spin.setValue(5)
    box.departure_edit.setTime(QTime(8, 45))
    box.return_edit.setTime(QTime(12, 0))
    again.save()

    saved = demo.read(lambda s: load_chain_form(s, chain_id))
    assert saved.transport_arranged and saved.transport_mode is TransportMode.BIKES
    assert saved.companions == 5
    assert (saved.departure_time, saved.return_time) == (dt.time(8, 45), dt.time(12, 0))

    demo.undo_stack.undo()
    undone = demo.read(lambda s: load_chain_form(s, chain_id))
    assert not undone.transport_arranged and undone.transport_mode is None
    assert (undone.companions, undone.departure_time, undone.return_time) == (0, None, None)

    reopened = open_dialog(qtbot, demo, ChainRequest(chain_id=chain_id))
    assert reopened.transport_box.mode_combo.currentData() is None
    assert reopened.transport_box.departure_edit.text() == reopened.transport_box.tr("not known")


def test_a_return_before_the_departure_is_said_and_cannot_be_saved(
    qtbot: QtBot, demo: Workspace
) -> None:
    dialog = visit_dialog(qtbot, demo)
    box = dialog.transport_box
    box.departure_edit.setTime(QTime(13, 0))
    box.return_edit.setTime(QTime(12, 0))
    assert box.problem_label.isVisible() and box.problem_label.text()
    assert not dialog.save_button.isEnabled()
    box.return_edit.setTime(QTime(15, 0))
    assert not box.problem_label.isVisible() and dialog.save_button.isEnabled()


def test_the_transport_box_keeps_its_values_when_the_date_changes(
    qtbot: QtBot, demo: Workspace
) -> None:
    dialog = visit_dialog(qtbot, demo)
    dialog.transport_box.companions_spin.setValue(3)
    dialog.date_edit.setDate(QDate(2026, 11, 10))
    assert dialog.transport_box.companions_spin.value() == 3
    assert dialog.current_form().companions == 3  # type: ignore[union-attr]


def test_an_activity_at_school_has_no_transport_box(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo, ChainRequest(
        class_id=class_id(demo, "Groep 6b"), activity_key="tinkeren", date=TUESDAY))
    assert not dialog.transport_box.isVisible()
    assert not OUTING_WARNINGS & warnings(dialog)


def test_a_new_chain_starts_on_a_school_day_and_says_to_choose_an_activity(
    qtbot: QtBot, demo: Workspace, monkeypatch
) -> None:
    # "A week from today" falls on a Saturday: the next school day is proposed instead.
    monkeypatch.setattr(chain_builder_widgets, "default_day", lambda _year, _today: SATURDAY)
    dialog = open_dialog(qtbot, demo, ChainRequest(class_id=class_id(demo, "Groep 6b")))
    assert dialog.date_edit.date().toPython() == dt.date(2026, 11, 16)

    panel = dialog.findings_panel
    assert panel.no_errors_label.text() == "Choose an activity first."
    assert not panel.errors_label.isVisible() and not panel.no_warnings_label.isVisible()
    planned = dialog.status_buttons[ChainStatus.PLANNED]
    assert not planned.isEnabled() and "Choose an activity first." in planned.toolTip()
    assert "Choose an activity first." in dialog.status_hint.text()

    index = dialog.activity_combo.findData("tinkeren")
    dialog.activity_combo.setCurrentIndex(index)
    dialog.activity_combo.activated.emit(index)
    assert panel.no_errors_label.text() == "No errors: the chain can be planned."
    assert planned.isEnabled() and not dialog.status_hint.isVisible()


def test_an_added_lesson_is_named_after_the_activity_s_lessons_and_looks_editable(
    qtbot: QtBot, demo: Workspace
) -> None:
    dialog = visit_dialog(qtbot, demo)
    before = {lesson.title for lesson in dialog.form.lessons}  # type: ignore[union-attr]
    dialog.add_preparation_button.click()
    form = dialog.form
    assert form is not None
    added = form.lessons[-1]
    assert added.kind is LessonKind.PREPARATION
    # The window's language (no translator here: the English source); stored as typed text.
    assert added.title.endswith(" (continued)") and added.title.removesuffix(" (continued)") in before

    model = dialog.lesson_model
    row = model.row_of_lesson(len(form.lessons) - 1)
    assert model.index(row, Column.TITLE).data() == added.title
    assert "change the title" in model.index(row, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.flags(model.index(row, Column.TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert "title" in model.headerData(
        Column.TITLE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert dialog.edit_hint.isVisible() and "title" in dialog.edit_hint.text()


def test_a_greyed_activity_says_why_in_its_tooltip(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo, ChainRequest(class_id=class_id(demo, "Groep 1")))
    combo = dialog.activity_combo
    greyed = [i for i in range(combo.count())
              if combo.itemData(i, Qt.ItemDataRole.ForegroundRole) is not None]
    assert greyed
    for index in greyed:
        tip = combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
        assert "this class is grade 1" in tip and "%" not in tip
        assert "Meant for grade " in tip


def test_an_added_lesson_is_continued_in_dutch_in_the_dutch_window(
    qtbot: QtBot, demo: Workspace, dutch: list
) -> None:
    dialog = visit_dialog(qtbot, demo)
    before = {lesson.title for lesson in dialog.form.lessons}  # type: ignore[union-attr]
    dialog.add_reflection_button.click()
    added = dialog.form.lessons[-1]  # type: ignore[union-attr]
    assert added.kind is LessonKind.REFLECTION
    assert added.title.endswith(" (vervolg)") and added.title.removesuffix(" (vervolg)") in before
