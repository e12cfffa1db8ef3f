"""Bestand > Nieuw schooljaar…: the wizard walks through the move, a name and a teacher
changed, a class split; Doen makes the year in one step, and Bewerken > Ongedaan maken takes
all of it back: last year's plan file byte for byte, its lock, and no new year left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.io.plan_export import write_plan
from beroepsplanner.store.models import Pupil, SchoolClass, SchoolYearRow
from beroepsplanner.store.transfer.plan_export import export_plan
from beroepsplanner.store.year_rows import take_year_rows
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.models.next_year_table import MoveColumn
from beroepsplanner.ui.next_year_split import MergeClassesDialog, SplitClassDialog
from beroepsplanner.ui.next_year_wizard import NextYearWizard
from beroepsplanner.ui.pupil_privacy import ClassListDialog
from beroepsplanner.ui.workspace import Workspace

OLD, NEW = "2026-2027", "2027-2028"


def old_year_file(workspace: Workspace, folder: Path) -> bytes:
    """Last year's plan file, as File > Export plan writes it for that year."""
    with workspace.database.session() as session:
        plan = export_plan(session, school_year=OLD)
    path = folder / "oud.json"
    write_plan(plan, path, database=workspace.path)
    return path.read_bytes()


def years(workspace: Workspace) -> dict[str, bool]:
    return workspace.read(
        lambda s: dict(s.execute(select(SchoolYearRow.label, SchoolYearRow.locked)).all())
    )


def new_classes(workspace: Workspace) -> dict[str, tuple[str, list[int | None]]]:
    """The new year's classes: teacher and the previous ids of their pupils."""
    def read(session):  # type: ignore[no-untyped-def]
        classes = session.scalars(
            select(SchoolClass).join(SchoolYearRow).where(SchoolYearRow.label == NEW)
        )
        return {c.name: (c.teacher, sorted(p.previous_id or 0 for p in c.pupils)) for c in classes}

    return workspace.read(read)  # type: ignore[no-any-return]


def make_wizard(qtbot: QtBot, workspace: Workspace) -> NextYearWizard:
    wizard = NextYearWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def row_of(view, name: str) -> int:  # type: ignore[no-untyped-def]
    model = view.model()
    return next(
        r for r in range(model.rowCount()) if model.index(r, MoveColumn.NAME).data() == name
    )


def test_the_wizard_walks_through_and_undo_takes_the_whole_move_back(
    qtbot: QtBot, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = old_year_file(demo, tmp_path)
    wizard = make_wizard(qtbot, demo)
    assert wizard.currentPage() is wizard.year_step
    assert f"{OLD}" in wizard.year_step.label.text() and NEW in wizard.year_step.label.text()

    # (b) The classes: a name and a teacher changed in the table.
    wizard.next()
    step = wizard.classes_step
    model = step.model
    row = row_of(step.view, "Groep 2")
    assert model.index(row, MoveColumn.FROM).data() == "Groep 1"
    assert model.index(row, MoveColumn.PUPILS).data() == 20
    assert model.setData(model.index(row, MoveColumn.NAME), "Groep 2 Zonnebloem")
    assert model.setData(model.index(row, MoveColumn.TEACHER), "meester Bram")
    assert "Groep 8 (27" in step.leaving_label.text()

    # (c) Groep 5 split: three pupils to a new class Groep 5b.
    wizard.next()
    split = wizard.split_step
    split.view.selectRow(row_of(split.view, "Groep 5"))
    chosen: list[int] = []

    def tick_three(dialog: SplitClassDialog) -> int:
        ids = [p.id for p in dialog.source.pupils_of(dialog.index)][:3]
        chosen.extend(ids)
        dialog.tick(ids)
        dialog.teacher_edit.setText("juf Noor")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(SplitClassDialog, "exec", tick_three)
    split.split_button.click()
    names = [m.name for m in wizard.plan.classes]
    assert "Groep 5a" in names and "Groep 5b" in names and "Groep 5" not in names
    assert wizard.plan.classes[names.index("Groep 5b")].pupils == 3

    # Back shows the classes as they are now, the name change kept.
    wizard.back()
    assert row_of(wizard.classes_step.view, "Groep 5b") >= 0
    wizard.next()

    # (d) The new groep 1 stays empty; (e) the chains come back per class.
    wizard.next()
    assert wizard.currentPage() is wizard.group_one_step
    assert wizard.group_one_step.rows == [0]
    wizard.next()
    chains = wizard.chains_step.model
    back = {chains.index(r, 0).data(): chains.index(r, 2).data() for r in range(chains.rowCount())}
    assert back["Groep 5b"] == back["Groep 5a"] == 4
    assert wizard.chains_step.isComplete()

    # (f) The summary, then Doen.
    wizard.next()
    text = wizard.summary_step.summary_label.text()
    assert NEW in text and "10" in text
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.summary is not None and wizard.summary.label == NEW

    made = new_classes(demo)
    assert made["Groep 2 Zonnebloem"][0] == "meester Bram"
    assert made["Groep 5b"] == ("juf Noor", sorted(chosen))
    assert not set(made["Groep 5a"][1]) & set(chosen)
    assert years(demo) == {OLD: True, NEW: False}
    assert demo.undo_stack.count() == 1
    rows = demo.read(lambda s: take_year_rows(s, NEW))

    # Edit > Undo: the old year exactly as it was, unlocked, and no new year.
    demo.undo_stack.undo()
    assert years(demo) == {OLD: False}
    assert old_year_file(demo, tmp_path) == before
    assert len(demo.read(lambda s: s.scalars(select(Pupil.id)).all())) == 225
    assert demo.read(lambda s: s.scalars(select(SchoolClass.name)).all()).count("Groep 5b") == 0

    # Edit > Redo: the very same rows again.
    demo.undo_stack.redo()
    assert years(demo) == {OLD: True, NEW: False}
    assert demo.read(lambda s: take_year_rows(s, NEW)) == rows


def test_a_merge_with_two_pupils_of_one_name_asks_for_another_name(
    qtbot: QtBot, demo: Workspace
) -> None:
    wizard = make_wizard(qtbot, demo)
    index = next(i for i, m in enumerate(wizard.plan.classes) if m.name == "Groep 7a")
    dialog = MergeClassesDialog(wizard.plan, index)
    qtbot.addWidget(dialog)
    assert dialog.other_combo.currentText() == "Groep 7b"  # the same groep first
    assert dialog.name_edit.text() == "Groep 7"
    assert dialog.rename_edits, "the demo's 6a and 6b share first names"
    dialog.accept()
    assert dialog.plan is None and "Cas" in dialog.error_label.text()
    for pupil_id, edit in dialog.rename_edits.items():
        edit.setText(f"{edit.text().strip()} Q{pupil_id}.")
    dialog.accept()
    assert dialog.plan is not None
    merged = dialog.plan.classes[dialog.merged_index]
    assert merged.name == "Groep 7" and merged.previous_name == "Groep 6a + Groep 6b"
    assert dialog.plan.doubles(dialog.merged_index) == []

    dialog.choose("Groep 6")
    assert dialog.name_edit.text() == "Groep 6/7" and dialog.grade_spin.value() == 7


def test_a_new_groep_1_takes_the_names_of_a_class_list(
    qtbot: QtBot, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "groep1.csv"
    source.write_text("Roepnaam;Achternaam\nMila;Jansen\nSem;Visser\nSem;Bakker\n", encoding="utf-8")

    def choose_list(dialog: ClassListDialog) -> int:
        assert dialog.new_class and not dialog.present_view.isVisibleTo(dialog)
        assert dialog.load(source)
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ClassListDialog, "exec", choose_list)
    wizard = make_wizard(qtbot, demo)
    for _ in range(3):
        wizard.next()
    step = wizard.group_one_step
    step.view.selectRow(0)
    step.list_button.click()
    assert wizard.plan.classes[0].new_pupils == ("Mila", "Sem V.", "Sem B.")
    assert step.names.stringList() == ["Mila", "Sem V.", "Sem B."]
    assert len(demo.read(lambda s: s.scalars(select(Pupil.id)).all())) == 225  # nothing written yet
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    groep_1 = new_classes(demo)["Groep 1"]
    assert groep_1[1] == [0, 0, 0]  # three pupils new to the school


def test_the_classes_page_makes_the_next_year_through_the_wizard(
    qtbot: QtBot, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[NextYearWizard] = []

    def cancel(wizard: NextYearWizard) -> int:
        opened.append(wizard)
        return 0

    monkeypatch.setattr(NextYearWizard, "exec", cancel)
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("classes")
    combo = page.year_combo
    assert combo.itemText(combo.count() - 1).startswith(NEW)
    combo.setCurrentIndex(combo.count() - 1)
    combo.activated.emit(combo.count() - 1)
    # Cancelled: nothing made, the year shown stays.
    assert len(opened) == 1 and years(demo) == {OLD: False}
    assert combo.currentData() == OLD and page.school_year == OLD

    def do_it(wizard: NextYearWizard) -> int:
        wizard.accept()
        return int(wizard.result())

    monkeypatch.setattr(NextYearWizard, "exec", do_it)
    combo.setCurrentIndex(combo.count() - 1)
    combo.activated.emit(combo.count() - 1)
    assert years(demo) == {OLD: True, NEW: False}
    assert window.current_page() is page and page.school_year == NEW
    assert page.class_model.rowCount() == 9 and not page.read_only
    demo.undo_stack.undo()
    assert years(demo) == {OLD: False}
    assert page.school_year == OLD


def test_the_menu_item_waits_for_a_school(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert not window.new_year_action.isEnabled()
    assert window.new_school_year() is False


def test_the_wizard_in_dutch_counts_right(
    qtbot: QtBot, demo: Workspace, dutch: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = make_wizard(qtbot, demo)
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Doen"
    assert wizard.windowTitle() == f"Nieuw schooljaar {NEW}"
    index = next(i for i, m in enumerate(wizard.plan.classes) if m.name == "Groep 3")
    dialog = SplitClassDialog(wizard.plan, index)
    qtbot.addWidget(dialog)
    dialog.tick([wizard.plan.classes[index].pupil_ids[0]])
    assert dialog.count_label.text() == "21 leerlingen blijven · 1 gaat naar de nieuwe klas"
    for _ in range(5):
        wizard.next()
    text = wizard.summary_step.summary_label.text()
    assert "198 leerlingen gaan door naar de volgende groep" in text
    assert "Bewerken > Ongedaan maken" in text
    assert wizard.classes_step.model.headerData(0, Qt.Orientation.Horizontal) == "Nieuwe klas"
