"""The activity editor shows and edits the activity's title for pupils (issue 12 item 8)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from beroepsplanner.store.catalog import activity_by_key
from beroepsplanner.ui.catalog_page import CatalogPage
from beroepsplanner.ui.workspace import Workspace


def make_page(qtbot: QtBot, workspace: Workspace) -> CatalogPage:
    page = CatalogPage(workspace)
    qtbot.addWidget(page)
    page.refresh()
    return page


def pupil_title(workspace: Workspace, key: str) -> str:
    return workspace.read(lambda s: activity_by_key(s, key).pupil_title)


def test_the_editor_shows_the_seeded_pupil_title_and_saves_a_change_undoably(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    dialog = page.edit_activity("imagination-at-work")
    assert dialog is not None
    assert dialog.pupil_title_edit.text() == "Onderzoekers aan het werk"
    dialog.pupil_title_edit.setText("Op bezoek bij onderzoekers")
    dialog.accept()
    assert pupil_title(workspace, "imagination-at-work") == "Op bezoek bij onderzoekers"

    workspace.undo_stack.undo()
    assert pupil_title(workspace, "imagination-at-work") == "Onderzoekers aan het werk"


def test_an_empty_pupil_title_shows_what_the_logbook_prints_instead(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    dialog = page.edit_activity("gastles-techyourfuture")
    assert dialog is not None
    dialog.pupil_title_edit.clear()
    assert dialog.pupil_title_edit.placeholderText() == "Gastles techniek"
    dialog.title_edit.setText("Gastles robots (TechYourFuture)")
    assert dialog.pupil_title_edit.placeholderText() == "Gastles robots"
    dialog.reject()
