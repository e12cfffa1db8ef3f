"""The year planner with the keyboard alone: select, open, create and move a chain."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.store.models import Chain
from beroepsplanner.ui import planner_page as planner_module
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.planner_page import PlannerPage
from beroepsplanner.ui.workspace import Workspace

CTRL = Qt.KeyboardModifier.ControlModifier


def show_page(qtbot: QtBot, workspace: Workspace) -> PlannerPage:
    page = PlannerPage(workspace)
    qtbot.addWidget(page)
    page.resize(1060, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def tab_into(grid) -> None:
    """Keyboard focus arrives in the grid, as Tab brings it there (without depending on
    which window the test platform made active)."""
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.sendEvent(grid, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))


def chain_date(workspace: Workspace, chain_id: int) -> dt.date:
    return workspace.read(lambda s: s.get(Chain, chain_id).date)


def requests(page: PlannerPage) -> list[ChainRequest]:
    found: list[ChainRequest] = []
    page.chainBuilderRequested.connect(found.append)
    return found


def test_tab_into_the_grid_then_arrows_select_chains_by_date_and_class(
    qtbot: QtBot, demo: Workspace
) -> None:
    page = show_page(qtbot, demo)
    grid = page.grid
    tab_into(grid)
    assert grid.current_class == grid.rows[0].id
    QTest.keyClick(grid, Qt.Key.Key_Right)
    first_class = sorted(grid.rows[0].bars, key=lambda b: (b.date, b.chain_id))
    assert grid.selected_chain == first_class[0].chain_id
    QTest.keyClick(grid, Qt.Key.Key_Right)
    assert grid.selected_chain == first_class[1].chain_id
    QTest.keyClick(grid, Qt.Key.Key_End)
    assert grid.selected_chain == first_class[-1].chain_id
    QTest.keyClick(grid, Qt.Key.Key_Home)
    assert grid.selected_chain == first_class[0].chain_id

    QTest.keyClick(grid, Qt.Key.Key_Down)
    assert grid.current_class == grid.rows[1].id
    assert grid.bar(grid.selected_chain) in grid.rows[1].bars
    QTest.keyClick(grid, Qt.Key.Key_Up)
    assert grid.current_class == grid.rows[0].id


def test_enter_opens_the_selected_chain(qtbot: QtBot, demo: Workspace) -> None:
    page = show_page(qtbot, demo)
    asked = requests(page)
    tab_into(page.grid)
    QTest.keyClick(page.grid, Qt.Key.Key_Right)
    QTest.keyClick(page.grid, Qt.Key.Key_Return)
    assert asked == [ChainRequest(chain_id=page.grid.selected_chain)]


def test_insert_and_ctrl_shift_n_make_a_new_chain_for_the_class(qtbot: QtBot, demo: Workspace) -> None:
    page = show_page(qtbot, demo)
    asked = requests(page)
    grid = page.grid
    tab_into(grid)
    QTest.keyClick(grid, Qt.Key.Key_Down)
    QTest.keyClick(grid, Qt.Key.Key_Right)
    bar = grid.bar(grid.selected_chain)
    QTest.keyClick(grid, Qt.Key.Key_Insert)
    monday = bar.date - dt.timedelta(days=bar.date.weekday())
    assert asked == [ChainRequest(class_id=grid.rows[1].id, date=monday, whole_week=True)]
    # Ctrl+Shift+N anywhere on the page (Ctrl+N is File > New database).
    assert page.new_shortcut.key() == QKeySequence("Ctrl+Shift+N")
    assert page.new_shortcut.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    page.new_shortcut.activated.emit()
    assert asked[-1] == ChainRequest(class_id=grid.rows[1].id)


def test_enter_on_a_class_without_a_selected_chain_makes_a_new_chain(qtbot: QtBot, demo: Workspace) -> None:
    page = show_page(qtbot, demo)
    asked = requests(page)
    tab_into(page.grid)
    QTest.keyClick(page.grid, Qt.Key.Key_Return)
    assert len(asked) == 1 and asked[0].class_id == page.grid.rows[0].id and asked[0].whole_week


def test_ctrl_arrow_moves_the_chain_a_week_and_undo_takes_it_back(
    qtbot: QtBot, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planner_module, "show_refusal", lambda *args: pytest.fail(f"refused: {args}"))
    page = show_page(qtbot, demo)
    grid = page.grid
    tab_into(grid)
    target = next(b for r in grid.rows if r.name == "Groep 4" for b in r.bars if b.status is ChainStatus.PLANNED)
    while grid.current_class != target.class_id:
        QTest.keyClick(grid, Qt.Key.Key_Down)
    while grid.selected_chain != target.chain_id:
        QTest.keyClick(grid, Qt.Key.Key_Right)
    chain_id = grid.selected_chain
    before = chain_date(demo, chain_id)
    QTest.keyClick(grid, Qt.Key.Key_Right, CTRL)
    after = chain_date(demo, chain_id)
    assert after > before and (after - before).days <= 11
    assert grid.selected_chain == chain_id, "the moved chain stays selected for the next key"
    demo.undo_stack.undo()
    assert chain_date(demo, chain_id) == before


def test_the_grid_has_an_accessible_name_and_says_its_keys(qtbot: QtBot, demo: Workspace) -> None:
    page = show_page(qtbot, demo)
    assert page.grid.accessibleName()
    assert "Enter" in page.grid.accessibleDescription()


def test_chain_titles_are_whole_where_there_is_room(qtbot: QtBot, demo: Workspace) -> None:
    """Planner labels were cut at a fixed width (260 px) even with the next chain far away."""
    page = show_page(qtbot, demo)
    page.resize(1400, 800)
    qtbot.wait(10)
    grid = page.grid
    whole = elided = 0
    for lanes in grid._lanes:
        for lane in lanes:
            for position, bar in enumerate(lane):
                shown = grid.shown_title(lane, position)
                if shown == bar.activity_title:
                    whole += 1
                elif shown:
                    elided += 1
                    # Elided only when the next chain of the lane is nearer than the title is long.
                    assert position + 1 < len(lane) or grid.fontMetrics().horizontalAdvance(bar.activity_title) > 260
    assert whole > elided
    gastles = next(b for r in grid.rows for b in r.bars if b.activity_title.startswith("Gastles door een ouder"))
    lane = next(lane for lanes in grid._lanes for lane in lanes if gastles in lane)
    assert grid.shown_title(lane, lane.index(gastles)) == gastles.activity_title
