"""The chain builder's controls for chains that belong together (ui/chain_links.py): a
follow-up chosen under "Vervolg op", the last day of an activity of several days ("t/m")
with the lessons proposed anew around it, and a task during a visit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTranslator
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.store.chain_editing import load_chain_form
from beroepsplanner.store.models import Activity, Chain, SchoolClass
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace


def chain_id(workspace: Workspace, class_name: str, key: str) -> int:
    return workspace.read(
        lambda s: s.scalars(
            select(Chain.id)
            .join(SchoolClass, SchoolClass.id == Chain.class_id)
            .join(Activity, Activity.id == Chain.activity_id)
            .where(SchoolClass.name == class_name, Activity.key == key)
        ).one()
    )


def open_chain(qtbot: QtBot, workspace: Workspace, chain: int) -> ChainBuilderDialog:
    dialog = ChainBuilderDialog(workspace, ChainRequest(chain_id=chain))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_follow_up_is_chosen_saved_and_undone(qtbot: QtBot, demo: Workspace) -> None:
    visit = chain_id(demo, "Groep 5", "bedrijfsbezoek-techyourfuture")
    build = chain_id(demo, "Groep 5", "bouwopdracht-na-bedrijfsbezoek")
    dialog = open_chain(qtbot, demo, build)
    combo = dialog.links.follows_combo
    assert combo.currentData() == visit  # the demo's series
    # Nothing, then the class's earlier chains by date: the lesson series and the visit.
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered[0] is None and offered[-1] == visit and len(offered) == 3
    assert "TechYourFuture" in combo.itemText(combo.count() - 1)
    combo.setCurrentIndex(0)
    assert dialog.current_form() is not None and dialog.current_form().follows_chain_id is None
    dialog.save()
    assert demo.read(lambda s: load_chain_form(s, build)).follows_chain_id is None
    demo.undo_stack.undo()
    assert demo.read(lambda s: load_chain_form(s, build)).follows_chain_id == visit
    demo.undo_stack.redo()
    dialog = open_chain(qtbot, demo, build)
    dialog.links.follows_combo.setCurrentIndex(dialog.links.follows_combo.count() - 1)
    dialog.save()
    assert demo.read(lambda s: load_chain_form(s, build)).follows_chain_id == visit


def test_an_end_date_moves_the_reflection_after_the_last_day(
    qtbot: QtBot, demo: Workspace, dutch: list[QTranslator]
) -> None:
    week = chain_id(demo, "Groep 1", "projectweek-beroepen")
    dialog = open_chain(qtbot, demo, week)
    # The demo's project week ends on Friday 9 April; made one day first.
    assert dialog.links.end_edit.date() == QDate(2027, 4, 9)
    dialog.links.end_edit.setDate(dialog.links.end_edit.minimumDate())
    dialog.save()
    assert demo.read(lambda s: load_chain_form(s, week)).activity_end_date is None
    dialog = open_chain(qtbot, demo, week)
    end_edit = dialog.links.end_edit
    assert end_edit.text() == "één dag"  # in Dutch, as the program starts: one day
    assert dialog.links.end_label.text() == "t/&m" and dialog.links.end_label.buddy() is end_edit
    end_edit.setDate(QDate(2027, 4, 9))
    form = dialog.current_form()
    assert form is not None and form.activity_end_date == dt.date(2027, 4, 9)
    assert all(x.date > dt.date(2027, 4, 9) for x in form.lessons if x.kind is LessonKind.REFLECTION)
    assert not dialog.has_errors
    dialog.save()
    saved = demo.read(lambda s: load_chain_form(s, week))
    assert saved.activity_end_date == dt.date(2027, 4, 9)

    # Back to one day: the special value (the first day itself).
    dialog = open_chain(qtbot, demo, week)
    dialog.links.end_edit.setDate(dialog.links.end_edit.minimumDate())
    form = dialog.current_form()
    assert form is not None and form.activity_end_date is None


def test_a_task_is_offered_for_a_visit_only(qtbot: QtBot, demo: Workspace) -> None:
    visit = chain_id(demo, "Groep 7", "bedrijfsbezoek-jetnet-technet")
    dialog = open_chain(qtbot, demo, visit)
    assert dialog.links.tasks_row.isVisible()
    boxes = dialog.links.tasks_row.findChildren(QCheckBox)
    assert [box.objectName() for box in boxes] == ["task-medewerkerspaspoort"]
    assert boxes[0].text() == "Medewerkerspaspoort"
    boxes[0].setChecked(True)
    form = dialog.current_form()
    assert form is not None and form.task_keys == ("medewerkerspaspoort",)
    dialog.save()
    assert demo.read(lambda s: load_chain_form(s, visit)).task_keys == ("medewerkerspaspoort",)

    lesson_series = chain_id(demo, "Groep 7", "talentenkijker")
    other = open_chain(qtbot, demo, lesson_series)
    assert not other.links.tasks_row.isVisible()
    form = other.current_form()
    assert form is not None and form.task_keys == ()


def test_a_new_chain_without_its_activity_shows_one_day_and_no_visit_task(
    qtbot: QtBot, demo: Workspace, dutch: list[QTranslator]
) -> None:
    """Double-clicking an empty week opens a new chain before an activity is chosen: the
    "t/m" field says "één dag", as it does for a chain of one day (it said "zaterdag 1
    januari 2000"), and no task during a visit is offered yet."""
    class_id = demo.read(lambda s: s.scalars(select(SchoolClass.id).where(SchoolClass.name == "Groep 6b")).one())
    dialog = ChainBuilderDialog(
        demo, ChainRequest(class_id=class_id, date=dt.date(2026, 12, 14), whole_week=True)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.links.end_edit.text() == "één dag"
    assert dialog.links.end_date() is None
    # No task during a visit offered before it is known the activity is a visit.
    assert not dialog.links.tasks_row.isVisible() and not dialog.links.tasks_label.isVisible()
