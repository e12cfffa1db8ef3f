"""The year planner's tooltip follows undo and redo (issue 12 item 7): a tooltip on screen
shows the chain's dates as they are after the step, not as they were."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCursor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from beroepsplanner.ui.workspace import Workspace

# demo, files, planned: the other module's fixtures, used by pytest by name (hence F401, F811).
from tests.ui.test_planner_page import demo, files, planned, show_page  # noqa: F401


def hover(qtbot: QtBot, page, chain_id: int) -> None:
    """Put the mouse on the chain's bar and ask for its tooltip, as Qt does after a pause."""
    viewport = page.grid.viewport()
    point = page.grid.bar_rect(chain_id).center().toPoint()
    QCursor.setPos(viewport.mapToGlobal(point))
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)


def test_a_shown_tooltip_shows_the_dates_after_undo_and_redo(qtbot: QtBot, demo: Workspace) -> None:  # noqa: F811
    page = show_page(qtbot, demo)
    bar = planned(page, "Groep 4")
    before = page.grid.chain_tooltip(bar.chain_id)
    page.grid.select_chain(bar.chain_id)
    page.grid.move_selected(1)
    moved = page.grid.chain_tooltip(bar.chain_id)
    assert moved != before

    hover(qtbot, page, bar.chain_id)
    assert QToolTip.text() == moved

    demo.undo_stack.undo()
    # Undo moved the bar back; the mouse now points at the bar's old place or at nothing.
    assert page.grid.chain_tooltip(bar.chain_id) == before
    assert not QToolTip.isVisible() or QToolTip.text() != moved

    hover(qtbot, page, bar.chain_id)
    assert QToolTip.text() == before
    demo.undo_stack.redo()
    assert page.grid.chain_tooltip(bar.chain_id) == moved
    assert not QToolTip.isVisible() or QToolTip.text() != before
    QToolTip.hideText()


def test_a_tooltip_over_a_chain_that_stays_put_is_refreshed_in_place(
    qtbot: QtBot, demo: Workspace  # noqa: F811
) -> None:
    page = show_page(qtbot, demo)
    bar = planned(page, "Groep 4")
    hover(qtbot, page, bar.chain_id)
    shown = QToolTip.text()
    assert shown == page.grid.chain_tooltip(bar.chain_id)
    # The row is read again (as after any undo): the tooltip stays, with the same text.
    row = next(r for r in page.grid.rows if r.name == "Groep 4")
    page.grid.set_class_row(row)
    assert QToolTip.isVisible() and QToolTip.text() == shown
    QToolTip.hideText()
