"""A locked school year in the window: the planner, the chain builder and the classes page show
it read-only under a Dutch banner "Schooljaar … is afgesloten: alleen lezen." with
Ontgrendelen; editing is disabled (the observation of a chain excepted), and unlocking is one
undoable step."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.store.chain_editing import load_chain_form
from beroepsplanner.store.models import Chain, SchoolClass, SchoolYearRow
from beroepsplanner.store.years import plan_next_year, start_next_year
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.classes_page import ClassesPage
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.planner_page import PlannerPage
from beroepsplanner.ui.workspace import Workspace

OLD, NEW = "2026-2027", "2027-2028"


@pytest.fixture
def moved(demo: Workspace) -> Iterator[Workspace]:
    """The demo school after ``year new 2027-2028``: 2026-2027 is locked."""
    with demo.database.transaction() as session:
        start_next_year(session, plan_next_year(session, NEW))
    yield demo


def old_chain(workspace: Workspace, status: ChainStatus = ChainStatus.PLANNED) -> int:
    return workspace.read(
        lambda s: s.scalars(
            select(Chain.id)
            .join(SchoolClass)
            .join(SchoolYearRow)
            .where(SchoolYearRow.label == OLD, Chain.status == status)
            .order_by(Chain.date)
        ).first()
    )


def is_locked(workspace: Workspace, label: str = OLD) -> bool:
    return workspace.read(
        lambda s: s.scalar(select(SchoolYearRow.locked).where(SchoolYearRow.label == label))
    )


def planner(qtbot: QtBot, workspace: Workspace, year: str) -> PlannerPage:
    page = PlannerPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.year_box.setCurrentIndex(page.year_box.findText(year))
    return page


def test_the_planner_shows_a_locked_year_read_only_in_dutch_and_unlocks_with_undo(
    qtbot: QtBot, moved: Workspace, dutch: list[object]
) -> None:
    page = planner(qtbot, moved, OLD)
    assert page.lock_banner.isVisible()
    assert page.lock_banner.text.text() == f"Schooljaar {OLD} is afgesloten: alleen lezen."
    assert page.lock_banner.unlock_button.text() == "Ontgrendelen"
    assert not page.new_button.isEnabled() and page.grid.read_only

    # A drag does not move the chain; a double-click on an empty week asks for nothing.
    chain_id = old_chain(moved)
    bar = page.grid.bar(chain_id)
    requests: list[ChainRequest] = []
    page.chainBuilderRequested.connect(requests.append)
    viewport = page.grid.viewport()
    start = page.grid.bar_rect(chain_id).center().toPoint()
    end = start + QPoint(round(2 * page.grid.col_w), 0)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(round(page.grid.col_w), 0))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QTest.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert moved.read(lambda s: s.get(Chain, chain_id).date) == bar.date
    assert moved.undo_stack.count() == 0
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      page.grid.cell_point(bar.class_id, dt.date(2027, 6, 7)))
    assert requests == []
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      page.grid.bar_rect(chain_id).center().toPoint())
    assert requests == [ChainRequest(chain_id=chain_id)]  # it can still be looked at

    # The new year is open.
    page.year_box.setCurrentIndex(page.year_box.findText(NEW))
    assert not page.lock_banner.isVisible() and page.new_button.isEnabled()
    assert not page.grid.read_only

    page.year_box.setCurrentIndex(page.year_box.findText(OLD))
    qtbot.mouseClick(page.lock_banner.unlock_button, Qt.MouseButton.LeftButton)
    assert not is_locked(moved)
    assert not page.lock_banner.isVisible() and page.new_button.isEnabled()
    assert moved.undo_stack.undoText() == f"Schooljaar {OLD} ontgrendelen"

    moved.undo_stack.undo()
    assert is_locked(moved)
    assert page.lock_banner.isVisible() and not page.new_button.isEnabled()
    moved.undo_stack.redo()
    assert not is_locked(moved) and not page.lock_banner.isVisible()


def test_the_chain_builder_of_a_locked_year_saves_only_the_observation(
    qtbot: QtBot, moved: Workspace
) -> None:
    chain_id = old_chain(moved)
    before = moved.read(lambda s: load_chain_form(s, chain_id))
    dialog = ChainBuilderDialog(moved, ChainRequest(chain_id=chain_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read_only and dialog.lock_banner.isVisible()
    for widget in (
        dialog.class_combo, dialog.activity_combo, dialog.company_combo, dialog.date_edit,
        dialog.add_preparation_button, dialog.add_reflection_button, dialog.delete_button,
        dialog.status_buttons[ChainStatus.DONE], dialog.transport_box,
    ):
        assert not widget.isEnabled(), widget
    assert dialog.notes_edit.isReadOnly()
    date_cell = dialog.lesson_model.index(0, 0)
    assert not dialog.lesson_model.flags(date_cell) & Qt.ItemFlag.ItemIsEditable
    assert dialog.save_button.isEnabled()

    dialog.observation_edit.setPlainText("De kinderen vroegen veel over de machines.")
    dialog.save()
    after = moved.read(lambda s: load_chain_form(s, chain_id))
    assert after.observation == "De kinderen vroegen veel over de machines."
    assert after == dataclasses.replace(before, observation=after.observation)
    assert is_locked(moved)


def test_the_chain_builder_unlocks_in_place(qtbot: QtBot, moved: Workspace) -> None:
    dialog = ChainBuilderDialog(moved, ChainRequest(chain_id=old_chain(moved)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lock_banner.unlock()
    assert not dialog.read_only and not dialog.lock_banner.isVisible()
    assert dialog.date_edit.isEnabled() and dialog.delete_button.isEnabled()
    assert not dialog.notes_edit.isReadOnly()


def test_the_classes_page_of_a_locked_year_shows_classes_and_pupils_read_only(
    qtbot: QtBot, moved: Workspace
) -> None:
    page = ClassesPage(moved)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.reload()
    page.year_combo.setCurrentIndex(page.year_combo.findData(OLD))
    page.year_combo.activated.emit(page.year_combo.currentIndex())
    assert page.school_year == OLD and page.read_only
    assert page.lock_banner.isVisible()
    assert page.class_model.rowCount() > 0 and page.pupils.model.rowCount() > 0
    for button in (
        page.add_class_button, page.edit_class_button, page.remove_class_button,
        page.new_chain_button, page.pupils.add_button, page.pupils.import_button,
        page.pupils.name_edit,
    ):
        assert not button.isEnabled(), button.objectName()
    page.pupils.select_names(page.pupils.model.names()[0])
    assert not page.pupils.rename_button.isEnabled() and not page.pupils.remove_button.isEnabled()
    assert page.pupils.export_button.isEnabled()  # a pupil's data can always be exported
    assert page.purge_button.isEnabled()

    qtbot.mouseClick(page.lock_banner.unlock_button, Qt.MouseButton.LeftButton)
    assert not page.read_only and not page.lock_banner.isVisible()
    assert page.add_class_button.isEnabled() and page.pupils.add_button.isEnabled()

    page.year_combo.setCurrentIndex(page.year_combo.findData(NEW))
    page.year_combo.activated.emit(page.year_combo.currentIndex())
    assert not page.lock_banner.isVisible() and page.add_class_button.isEnabled()


def test_a_refusal_of_the_store_is_shown_in_dutch(
    qtbot: QtBot, moved: Workspace, dutch: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change that reaches the store anyway (another program locked the year meanwhile)."""
    from beroepsplanner.ui import planner_page as planner_module

    page = planner(qtbot, moved, OLD)
    shown: list[str] = []
    monkeypatch.setattr(planner_module, "show_refusal", lambda _p, _t, message: shown.append(message))
    chain_id = old_chain(moved)
    bar = page.grid.bar(chain_id)
    page.move_chain(chain_id, bar.date - dt.timedelta(days=bar.date.weekday()) + dt.timedelta(weeks=1))
    assert shown and shown[0].startswith(f"Schooljaar {OLD} is afgesloten: alleen lezen.")
    assert moved.undo_stack.count() == 0


def test_the_english_window_says_it_in_english(
    qtbot: QtBot, moved: Workspace, english: None
) -> None:
    page = planner(qtbot, moved, OLD)
    assert page.lock_banner.text.text() == f"School year {OLD} is closed: read only."
    assert page.lock_banner.unlock_button.text() == "Unlock"
