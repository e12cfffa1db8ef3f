"""The activity dialog's ticks "One guest" and "Task during a company visit" (issue 15 item 5):
shown as the catalog has them, saved undoably, refused where they contradict the activity."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.store.catalog import activity_draft
from beroepsplanner.ui.activity_dialog import ActivityDialog
from beroepsplanner.ui.workspace import Workspace
from tests.ui.test_catalog_page import fill_new_activity, make_page

TASK, GUEST = "medewerkerspaspoort", "beeldenbrekers"


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One freshly seeded database; every test opens its own copy."""
    path = tmp_path_factory.mktemp("seeded") / "test.db"
    seeded = Workspace()
    seeded.open(path)
    seeded.close()
    return path


@pytest.fixture
def workspace(tmp_path: Path, seeded_file: Path) -> Iterator[Workspace]:
    shutil.copy(seeded_file, tmp_path / "test.db")
    ws = Workspace()
    ws.open(tmp_path / "test.db")
    yield ws
    ws.close()


def stored(workspace: Workspace, key: str) -> tuple[bool, bool]:
    with workspace.database.session() as session:
        draft = activity_draft(session, key)
    return draft.one_guest, draft.visit_task


def test_the_dialog_shows_and_saves_the_ticks_and_undo_puts_them_back(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    dialog = page.edit_activity(GUEST)
    assert dialog is not None
    assert dialog.one_guest_check.isChecked() and not dialog.visit_task_check.isChecked()
    dialog.reject()
    dialog = page.edit_activity(TASK)
    assert dialog is not None
    assert dialog.visit_task_check.isChecked() and not dialog.one_guest_check.isChecked()
    dialog.visit_task_check.setChecked(False)
    dialog.accept()
    assert dialog.result() == ActivityDialog.DialogCode.Accepted
    assert stored(workspace, TASK) == (False, False)
    workspace.undo_stack.undo()
    assert stored(workspace, TASK) == (False, True)


def test_a_visit_ticked_as_a_task_or_one_guest_is_refused_and_nothing_saved(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    dialog = page.new_activity()
    fill_new_activity(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(ActivityKind.COMPANY_VISIT))
    dialog.visit_task_check.setChecked(True)
    dialog.one_guest_check.setChecked(True)
    dialog.accept()
    assert dialog.result() != ActivityDialog.DialogCode.Accepted
    problems = dialog.problems_label.text()
    assert "kan zelf geen opdracht tijdens een bezoek zijn" in problems
    assert "niet één gast" in problems
    assert workspace.undo_stack.count() == 0
    # As an assignment the task is fine once 'One guest' is off.
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(ActivityKind.ASSIGNMENT))
    dialog.accept()
    assert "Kies één van de twee vinkjes" in dialog.problems_label.text()
    dialog.one_guest_check.setChecked(False)
    dialog.accept()
    assert dialog.result() == ActivityDialog.DialogCode.Accepted
    assert stored(workspace, page.selected_key()) == (False, True)


def test_the_details_pane_says_which_activity_is_a_task_or_one_guest(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    assert page.select_activity(TASK)
    text = page.details_pane.plain_text()
    assert "Task during a company visit" in text and "One guest" not in text
    assert page.select_activity(GUEST)
    text = page.details_pane.plain_text()
    assert "One guest" in text and "Task during a company visit" not in text
