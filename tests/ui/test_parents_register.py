"""Klassen > Ouders: the register of parents in the window (issue 17 item 4) — the table, the
quick dialog for a stack of reply strips (class preselected, offers as check boxes, the date
of consent required), edit, remove with undo, the export of one parent and the purge."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.parents import ParentDetails, ParentOffer
from beroepsplanner.store.classes import add_class, ensure_school
from beroepsplanner.store.parents import add_parent, list_parents
from beroepsplanner.ui.classes_page import ClassesPage
from beroepsplanner.ui.models.parent_table import ParentColumn
from beroepsplanner.ui.parent_dialog import NO_DATE, ParentDialog
from beroepsplanner.ui.pupil_privacy import purge_past_school_years
from beroepsplanner.ui.qt_dates import qdate
from beroepsplanner.ui.workspace import Workspace

YEAR = "2026-2027"
PAST = "2025-2026"
CONSENT = dt.date(2026, 9, 14)


@pytest.fixture
def school(workspace: Workspace) -> tuple[Workspace, int, int]:
    """A school with the classes 6a and 6b."""
    with workspace.database.transaction() as session:
        ensure_school(session, "De Vlieger", Region.MIDDEN, YEAR)
        six_a = add_class(session, YEAR, "6a", 6, "juf Fatima")
        six_b = add_class(session, YEAR, "6b", 6, "meester Kees")
    return workspace, six_a, six_b


def make_page(qtbot: QtBot, workspace: Workspace) -> ClassesPage:
    page = ClassesPage(workspace)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.parents)
    return page


def with_dialog(step: object) -> None:
    """Run ``step(dialog)`` on the parent dialog once it is shown (it runs modally)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ParentDialog):
            QTimer.singleShot(20, look)
            return
        step(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, look)


def fill(dialog: ParentDialog, name: str, job: str = "", *offers: ParentOffer) -> None:
    dialog.name_edit.setText(name)
    dialog.job_edit.setText(job)
    for offer in offers:
        dialog.offer_checks[offer].setChecked(True)


def names(workspace: Workspace) -> list[tuple[str, str]]:
    return [(p.first_name, p.class_name) for p in workspace.read(lambda s: list_parents(s, YEAR))]


def test_a_stack_of_reply_strips_goes_in_with_save_and_next(
    qtbot: QtBot, school: tuple[Workspace, int, int]
) -> None:
    workspace, _six_a, six_b = school
    page = make_page(qtbot, workspace)
    page.select_class(six_b)
    seen: dict[str, object] = {}

    def enter(dialog: ParentDialog) -> None:
        seen["class"] = dialog.class_combo.currentText()
        seen["empty date"] = dialog.consent_edit.date() == NO_DATE
        # Without a date of consent nothing is saved, and the dialog says why.
        fill(dialog, "Fatima", "Verpleegkundige", ParentOffer.GUEST_LESSON)
        seen["refused"] = not dialog.save_and_next()
        seen["why"] = dialog.error_label.text()
        dialog.today_button.click()
        dialog.consent_edit.setDate(qdate(CONSENT))
        assert dialog.save_and_next()
        seen["kept"] = (dialog.class_combo.currentText(), dialog.consent_edit.date() == qdate(CONSENT))
        seen["cleared"] = (dialog.name_edit.text(), dialog.offer_checks[ParentOffer.GUEST_LESSON].isChecked())
        fill(dialog, "Jan de Vries", "automonteur", ParentOffer.WORKPLACE_VISIT)
        seen["surname"] = not dialog.save_and_next()
        seen["surname why"] = dialog.error_label.text()
        dialog.name_edit.setText("Jan")
        dialog.counter_check.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    with_dialog(enter)
    page.parents.add_button.click()
    assert seen["class"] == "6b" and seen["empty date"]
    assert seen["refused"] and "toestemming" in str(seen["why"])
    assert seen["kept"] == ("6b", True) and seen["cleared"] == ("", False)
    assert seen["surname"] and "achternaam" in str(seen["surname why"])
    assert names(workspace) == [("Fatima", "6b"), ("Jan", "6b")]
    model = page.parents.model
    assert model.rowCount() == 2
    rows = {model.text(r, ParentColumn.NAME): r for r in range(model.rowCount())}
    assert model.text(rows["Fatima"], ParentColumn.OFFERS) == "guest lesson"
    assert model.text(rows["Jan"], ParentColumn.CONSENT) == CONSENT.strftime("%d-%m-%Y")
    assert workspace.undo_stack.count() == 2


def test_edit_remove_and_undo(qtbot: QtBot, school: tuple[Workspace, int, int]) -> None:
    workspace, six_a, six_b = school
    with workspace.database.transaction() as session:
        add_parent(session, ParentDetails("Noor", six_a, CONSENT, "kapper"))
    page = make_page(qtbot, workspace)
    panel = page.parents
    assert not panel.edit_button.isEnabled()
    panel.view.selectRow(0)
    assert panel.edit_button.isEnabled() and panel.export_button.isEnabled()

    def move(dialog: ParentDialog) -> None:
        assert dialog.name_edit.text() == "Noor" and dialog.job_edit.text() == "kapper"
        dialog.class_combo.setCurrentIndex(dialog.class_combo.findData(six_b))
        dialog.offer_checks[ParentOffer.EVENT_HELP].setChecked(True)
        dialog.accept()

    with_dialog(move)
    panel.edit_button.click()
    (noor,) = workspace.read(lambda s: list_parents(s, YEAR))
    assert noor.class_name == "6b" and noor.offers == {ParentOffer.EVENT_HELP}
    panel.view.selectRow(0)
    panel.remove_button.click()
    assert names(workspace) == [] and panel.model.rowCount() == 0
    workspace.undo_stack.undo()
    assert names(workspace) == [("Noor", "6b")]
    workspace.undo_stack.undo()
    assert names(workspace) == [("Noor", "6a")]


def test_the_class_filter_and_the_search(qtbot: QtBot, school: tuple[Workspace, int, int]) -> None:
    workspace, six_a, six_b = school
    with workspace.database.transaction() as session:
        add_parent(session, ParentDetails("Noor", six_a, CONSENT, "kapper"))
        add_parent(session, ParentDetails("Ahmed", six_b, CONSENT, "verpleegkundige"))
    page = make_page(qtbot, workspace)
    panel = page.parents
    assert panel.proxy.rowCount() == 2
    panel.class_filter.setCurrentIndex(panel.class_filter.findData(six_b))
    panel.class_filter.activated.emit(panel.class_filter.currentIndex())
    assert panel.proxy.rowCount() == 1
    panel.class_filter.setCurrentIndex(0)
    panel.class_filter.activated.emit(0)
    panel.search_edit.setText("KAPPER")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, ParentColumn.NAME).data() == "Noor"


def test_the_export_holds_the_parent_and_the_purge_takes_parents_of_leavers(
    qtbot: QtBot, school: tuple[Workspace, int, int], tmp_path: Path
) -> None:
    workspace, six_a, _six_b = school
    with workspace.database.transaction() as session:
        noor = add_parent(session, ParentDetails("Noor", six_a, CONSENT, "kapper", note="woensdag"))
        ensure_school(session, None, None, PAST)
        old_eight = add_class(session, PAST, "8", 8)
        add_parent(session, ParentDetails("Bram", old_eight, dt.date(2025, 9, 1), "bakker"))
    page = make_page(qtbot, workspace)
    assert page.parents.export_to(noor, "Noor", tmp_path / "ouder-Noor")
    data = json.loads((tmp_path / "ouder-Noor.json").read_text(encoding="utf-8"))
    assert data["voornaam"] == "Noor" and data["klas_van_het_kind"] == "6a"
    assert data["toestemming_gegeven_op"] == CONSENT.isoformat() and data["notitie"] == "woensdag"
    assert purge_past_school_years(workspace, page, confirm=False) == 0
    assert workspace.read(lambda s: list_parents(s, PAST)) == []
    assert names(workspace) == [("Noor", "6a")]
