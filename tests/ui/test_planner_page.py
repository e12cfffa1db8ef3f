"""The year planner page: the grid of classes and weeks, dragging chains, undo and redo."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.models import Chain, Company
from beroepsplanner.ui import planner_page as planner_module
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.planner_page import PlannerPage
from beroepsplanner.ui.workspace import Workspace

WEEK = dt.timedelta(days=7)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A new database (catalog only) and the small demo, made once (seeding takes seconds)."""
    folder = tmp_path_factory.mktemp("planner-ui")
    open_database(folder / "empty.db").close()
    shutil.copy(folder / "empty.db", folder / "demo.db")
    database = open_database(folder / "demo.db")
    build_demo(database, "small")
    database.close()
    return {"empty": folder / "empty.db", "demo": folder / "demo.db"}


def open_copy(source: Path, target: Path) -> Workspace:
    shutil.copy(source, target)
    ws = Workspace()
    ws.open(target)
    return ws


@pytest.fixture
def demo(files: dict[str, Path], tmp_path: Path) -> Iterator[Workspace]:
    ws = open_copy(files["demo"], tmp_path / "demo.db")
    yield ws
    ws.close()


@pytest.fixture
def empty(files: dict[str, Path], tmp_path: Path) -> Iterator[Workspace]:
    ws = open_copy(files["empty"], tmp_path / "empty.db")
    yield ws
    ws.close()


def show_page(qtbot: QtBot, workspace: Workspace) -> PlannerPage:
    page = PlannerPage(workspace)
    qtbot.addWidget(page)
    page.resize(1060, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def chain_in_db(workspace: Workspace, chain_id: int) -> tuple[dt.date, list[dt.date], ChainStatus]:
    def read(session):
        chain = session.get(Chain, chain_id)
        return chain.date, sorted(x.date for x in chain.lessons), chain.status

    return workspace.read(read)


def planned(page: PlannerPage, class_name: str = "Groep 8"):
    row = next(r for r in page.grid.rows if r.name == class_name)
    return next(b for b in row.bars if b.status is ChainStatus.PLANNED)


def test_without_classes_the_page_says_to_add_a_class_first(qtbot: QtBot, empty: Workspace) -> None:
    page = show_page(qtbot, empty)
    assert page.stack.currentWidget() is page.empty_label
    assert "Classes" in page.empty_label.text()
    assert not page.new_button.isEnabled()
    assert page.title() == "Year plan" and page.objectName() == "plannerPage"


def test_the_grid_has_a_row_per_class_and_the_weeks_of_the_school_year(qtbot: QtBot, demo: Workspace) -> None:
    page = show_page(qtbot, demo)
    assert page.stack.currentWidget() is page.grid
    assert [r.name for r in page.grid.rows] == [
        "Groep 1", "Groep 2", "Groep 3", "Groep 4", "Groep 5", "Groep 6a", "Groep 6b", "Groep 7", "Groep 8"
    ]
    weeks = page.grid.grid.weeks
    assert weeks[0].monday == dt.date(2026, 8, 31) and weeks[-1].monday == dt.date(2027, 7, 12)
    assert sum(len(r.bars) for r in page.grid.rows) == 23
    assert not page.year_box.isVisible()  # one school year: no chooser
    # Every bar lies within the viewport's rows, and a tooltip names the chain and its findings.
    zabuki = next(b for r in page.grid.rows for b in r.bars if b.activity_title == "Workshop (Zabuki)")
    tip = page.grid.chain_tooltip(zabuki.chain_id)
    assert "Workshop (Zabuki)" in tip and "Groep 5" in tip and "Errors" in tip
    assert page.grid.tooltip_at(page.grid.bar_rect(zabuki.chain_id).center().toPoint()) == tip


def test_dragging_a_chain_moves_it_in_the_database_with_undo_and_redo(qtbot: QtBot, demo: Workspace) -> None:
    page = show_page(qtbot, demo)
    bar = planned(page)
    before = chain_in_db(demo, bar.chain_id)
    reloads: list[int] = []
    page.reload = lambda: reloads.append(1)  # type: ignore[method-assign]
    viewport = page.grid.viewport()
    start = page.grid.bar_rect(bar.chain_id).center().toPoint()
    end = start + QPoint(round(2 * page.grid.col_w), 0)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(round(page.grid.col_w), 0))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)

    moved = chain_in_db(demo, bar.chain_id)
    assert moved[0] == before[0] + 2 * WEEK
    assert moved[1] == [d + 2 * WEEK for d in before[1]]
    assert page.grid.bar(bar.chain_id).date == moved[0]
    assert page.grid.selected_chain == bar.chain_id
    assert demo.undo_stack.count() == 1 and "Imagination at work" in demo.undo_stack.undoText()
    assert reloads == []  # one row was redrawn, the year was not read again

    demo.undo_stack.undo()
    assert chain_in_db(demo, bar.chain_id) == before
    assert page.grid.bar(bar.chain_id).date == before[0]
    demo.undo_stack.redo()
    assert chain_in_db(demo, bar.chain_id) == moved
    assert page.grid.bar(bar.chain_id).date == moved[0]
    assert reloads == []


def test_ctrl_arrow_keys_move_the_selected_chain_a_week(qtbot: QtBot, demo: Workspace) -> None:
    page = show_page(qtbot, demo)
    bar = planned(page, "Groep 4")
    page.grid.select_chain(bar.chain_id)
    QTest.keyClick(page.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert chain_in_db(demo, bar.chain_id)[0] == bar.date - WEEK
    QTest.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert chain_in_db(demo, bar.chain_id)[0] == bar.date + WEEK
    assert demo.undo_stack.count() == 3


def test_a_planned_chain_that_gets_an_error_is_demoted_and_the_page_says_so(
    qtbot: QtBot, demo: Workspace
) -> None:
    page = show_page(qtbot, demo)
    bar = planned(page, "Groep 7")

    def strict_company(session):
        # A company's minimum groep is an error (an activity's groep range only warns).
        chain = session.get(Chain, bar.chain_id)
        company = chain.company or session.scalars(select(Company).order_by(Company.id)).first()
        company.min_grade = 8
        chain.company = company

    demo.run_in_transaction(strict_company, [])
    page.grid.select_chain(bar.chain_id)
    page.grid.move_selected(1)
    assert chain_in_db(demo, bar.chain_id)[2] is ChainStatus.CONCEPT
    assert page.grid.bar(bar.chain_id).status is ChainStatus.CONCEPT
    assert page.notice_label.isVisible() and bar.activity_title in page.notice_label.text()

    demo.undo_stack.undo()
    assert chain_in_db(demo, bar.chain_id)[2] is ChainStatus.PLANNED
    assert page.grid.bar(bar.chain_id).status is ChainStatus.PLANNED
    assert not page.notice_label.isVisible()


def test_a_refused_move_shows_the_dutch_reason_and_stacks_nothing(
    qtbot: QtBot, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = show_page(qtbot, demo)
    shown: list[str] = []
    monkeypatch.setattr(planner_module, "show_refusal", lambda _parent, _title, text: shown.append(text))
    done = next(b for r in page.grid.rows for b in r.bars if b.status is ChainStatus.DONE)
    page.move_chain(done.chain_id, done.date + WEEK)
    assert shown and "al uitgevoerd" in shown[0]
    assert demo.undo_stack.count() == 0
    assert chain_in_db(demo, done.chain_id)[0] == done.date


def test_a_move_that_breaks_a_series_or_a_project_week_is_refused_in_the_window(
    qtbot: QtBot, demo: Workspace, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    """Issue 15 items 1 and 5: the demo's visit of Groep 5 dragged onto the week of its
    follow-up, and Groep 1's project week dragged into the week of Bevrijdingsdag and
    Ascension, are refused with their reason in the window's language; nothing moves."""
    page = show_page(qtbot, demo)
    shown: list[str] = []
    monkeypatch.setattr(planner_module, "show_refusal", lambda _parent, _title, text: shown.append(text))
    visit = next(
        b for r in page.grid.rows if r.name == "Groep 5" for b in r.bars if b.date == dt.date(2027, 2, 2)
    )
    page.move_chain(visit.chain_id, dt.date(2027, 2, 8))
    week = next(b for r in page.grid.rows if r.name == "Groep 1" for b in r.bars if b.end_date is not None)
    page.move_chain(week.chain_id, dt.date(2027, 5, 3))
    assert len(shown) == 2
    assert "follows up this chain" in shown[0] and "09-02-2027" in shown[0]
    assert "5 school days" in shown[1] and "05-05-2027" in shown[1] and "no school day" in shown[1]
    assert demo.undo_stack.count() == 0
    assert chain_in_db(demo, visit.chain_id)[0] == visit.date
    assert chain_in_db(demo, week.chain_id)[0] == week.date


def test_double_clicks_ask_for_the_chain_builder(qtbot: QtBot, demo: Workspace) -> None:
    page = show_page(qtbot, demo)
    bar = planned(page)
    viewport = page.grid.viewport()
    with qtbot.waitSignal(page.chainBuilderRequested) as on_bar:
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          page.grid.bar_rect(bar.chain_id).center().toPoint())
    assert on_bar.args == [ChainRequest(chain_id=bar.chain_id)]

    monday = dt.date(2027, 6, 7)
    with qtbot.waitSignal(page.chainBuilderRequested) as on_cell:
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          page.grid.cell_point(bar.class_id, monday))
    assert on_cell.args == [ChainRequest(class_id=bar.class_id, date=monday, whole_week=True)]


def test_new_chain_asks_for_the_selected_class(qtbot: QtBot, demo: Workspace) -> None:
    page = show_page(qtbot, demo)
    bar = planned(page, "Groep 6b")
    page.grid.select_chain(bar.chain_id)
    with qtbot.waitSignal(page.chainBuilderRequested) as request:
        page.new_button.click()
    assert request.args == [ChainRequest(class_id=bar.class_id)]


def test_a_change_elsewhere_reloads_the_grid(qtbot: QtBot, demo: Workspace) -> None:
    page = show_page(qtbot, demo)
    bar = planned(page)

    def rename(session):
        session.get(Chain, bar.chain_id).activity.title = "Nieuwe titel"

    demo.run_in_transaction(rename, ["chains"])
    assert page.grid.bar(bar.chain_id).activity_title == "Nieuwe titel"
