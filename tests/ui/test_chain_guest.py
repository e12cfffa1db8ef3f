"""The chain builder's guest (issue 17 items 4 and 6): a guest lesson chooses a parent of the
register as its guest; the parent is a role model without a company, counts for the rules,
and a parent's guest lesson (one guest by its format) gets no "only one role model"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.parents import ParentDetails, ParentOffer
from beroepsplanner.store.chain_editing import load_chain_form
from beroepsplanner.store.classes import find_class
from beroepsplanner.store.parents import add_parent, list_parents
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.chain_guest import ParentSuggestionsDialog
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace

THURSDAY = dt.date(2026, 10, 15)
GUEST = frozenset({ParentOffer.GUEST_LESSON})


def setup(workspace: Workspace) -> tuple[int, int]:
    """Two parents of Groep 6b who offer a guest lesson: Ahmed (a nurse, breaking a
    stereotype) and Kees (a baker); returns the class and Ahmed's role model."""
    with workspace.database.transaction() as session:
        six_b = find_class(session, "Groep 6b").id
        add_parent(session, ParentDetails("Ahmed", six_b, dt.date(2026, 9, 1), "verpleegkundige",
                                          offers=GUEST, counter_stereotypical=True))
        add_parent(session, ParentDetails("Kees", six_b, dt.date(2026, 9, 1), "bakker", offers=GUEST))
    ahmed = next(p for p in workspace.read(lambda s: list_parents(s, "2026-2027")) if p.first_name == "Ahmed")
    assert ahmed.role_model_id is not None
    return six_b, ahmed.role_model_id


def open_dialog(qtbot: QtBot, workspace: Workspace, request: ChainRequest) -> ChainBuilderDialog:
    dialog = ChainBuilderDialog(workspace, request)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def warnings(dialog: ChainBuilderDialog) -> list[str]:
    return dialog.findings_panel.warning_model.codes()


def test_a_parent_s_guest_lesson_names_the_parent_as_its_guest(qtbot: QtBot, demo: Workspace) -> None:
    six_b, ahmed = setup(demo)
    dialog = open_dialog(qtbot, demo, ChainRequest(class_id=six_b, activity_key="gastles-ouder", date=THURSDAY))
    row = dialog.guest_row
    assert row.isVisible() and row.combo.count() == 3  # no parent, Ahmed, Kees
    assert "no-counter-stereotype" in warnings(dialog)
    row.combo.setCurrentIndex(row.combo.findData(ahmed))
    row.combo.activated.emit(row.combo.currentIndex())
    assert dialog.form is not None and ahmed in dialog.form.role_model_ids
    assert "Ahmed" in dialog.role_models_label.text()
    # The parent counts (a stereotype broken), and one guest is the format.
    assert "no-counter-stereotype" not in warnings(dialog)
    assert "single-role-model" not in warnings(dialog)
    # Another date keeps the guest.
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(1))
    assert ahmed in dialog.form.role_model_ids
    dialog.save()
    assert dialog.chain_id is not None
    saved = demo.read(lambda s: load_chain_form(s, dialog.chain_id))
    assert ahmed in saved.role_model_ids and saved.company_id is None


def test_suggest_proposes_the_parents_and_the_chosen_one_becomes_the_guest(
    qtbot: QtBot, demo: Workspace
) -> None:
    six_b, ahmed = setup(demo)
    dialog = open_dialog(qtbot, demo, ChainRequest(class_id=six_b, activity_key="gastles-ouder", date=THURSDAY))
    seen: list[str] = []

    def choose() -> None:
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, ParentSuggestionsDialog):
            QTimer.singleShot(20, choose)
            return
        model = shown.model
        seen.extend(model.index(r, 0).data() for r in range(model.rowCount()))
        seen.append(model.index(0, 3).data())
        shown.accept()  # the first, best

    QTimer.singleShot(0, choose)
    assert dialog.guest_row.suggest()
    assert seen[0] == "Ahmed (Groep 6b)" and "Kees (Groep 6b)" in seen
    assert "breaks a stereotype" in seen[-1]
    assert dialog.form is not None and ahmed in dialog.form.role_model_ids


def test_a_company_visit_has_no_guest_row(qtbot: QtBot, demo: Workspace) -> None:
    six_b, _ahmed = setup(demo)
    dialog = open_dialog(qtbot, demo, ChainRequest(class_id=six_b, activity_key="bedrijfsbezoek-c3", date=THURSDAY))
    assert not dialog.guest_row.isVisible()
