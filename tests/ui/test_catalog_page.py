"""The Catalogus screen: filters, the details pane with lessons, and editing activities."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.catalog import ActivityDraft, QuestionDraft, TemplateDraft
from beroepsplanner.domain.kinds import ActivityKind, LessonKind, QuestionKind, Region
from beroepsplanner.store.activity_editing import create_activity
from beroepsplanner.store.models import Activity, Chain, School, SchoolClass, SchoolYearRow
from beroepsplanner.store.seed import ensure_seeded, read_catalog, seed_dir
from beroepsplanner.ui import catalog_page as catalog_module
from beroepsplanner.ui.activity_dialog import ActivityDialog
from beroepsplanner.ui.catalog_page import CatalogPage
from beroepsplanner.ui.models.activity_table import ACTIVITY_ROLE, Column
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace

TINKEREN = "tinkeren"
GUEST_LESSON = "gastles-techniektalent"


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One freshly seeded database; every test opens its own copy (seeding takes a while)."""
    path = tmp_path_factory.mktemp("seeded") / "test.db"
    seeded = Workspace()
    seeded.open(path)
    seeded.close()
    return path


@pytest.fixture
def workspace(tmp_path: Path, seeded_file: Path) -> Iterator[Workspace]:
    """Like the shared fixture (a new seeded database in tmp_path), but copied, not seeded."""
    shutil.copy(seeded_file, tmp_path / "test.db")
    ws = Workspace()
    ws.open(tmp_path / "test.db")
    yield ws
    ws.close()


def make_page(qtbot: QtBot, workspace: Workspace) -> CatalogPage:
    page = CatalogPage(workspace)
    qtbot.addWidget(page)
    page.refresh()
    return page


def shown(page: CatalogPage) -> list:
    proxy = page.activity_proxy
    return [proxy.index(row, 0).data(ACTIVITY_ROLE) for row in range(proxy.rowCount())]


def choose(box, data: object) -> None:
    index = box.findData(data)
    assert index > 0, data
    box.setCurrentIndex(index)


def own_draft(title: str, description: str = "") -> ActivityDraft:
    knowledge = QuestionDraft("Wat zag je?", QuestionKind.KNOWLEDGE)
    attitude = QuestionDraft("Kan iedereen dit leren?", QuestionKind.ATTITUDE)
    return ActivityDraft(
        title=title, kind=ActivityKind.WORKSHOP, grade_min=5, grade_max=6, description=description,
        preparation=(TemplateDraft("Vooraf", questions=(knowledge,)),),
        reflection=(TemplateDraft("Achteraf", questions=(knowledge, attitude)),),
    )


def add_own(workspace: Workspace, title: str, description: str = "") -> str:
    with workspace.database.transaction() as session:
        return create_activity(session, own_draft(title, description)).key


def add_chain(workspace: Workspace, key: str) -> None:
    with workspace.database.transaction() as session:
        year = SchoolYearRow(label="2026-2027", start_date=dt.date(2026, 8, 1),
                             end_date=dt.date(2027, 7, 31))
        session.add(School(name="De Linde", region=Region.MIDDEN, school_years=[year]))
        school_class = SchoolClass(name="Groep 6a", grade=6, school_year=year)
        session.add(school_class)
        activity = session.scalars(select(Activity).where(Activity.key == key)).one()
        session.add(Chain(school_class=school_class, activity=activity, date=dt.date(2026, 10, 6)))


# --- filters --------------------------------------------------------------------------------


def test_filters_combine_with_the_search_text_and_clear(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    total = page.activity_model.rowCount()
    assert not page.clear_button.isEnabled()

    choose(page.kind_filter, ActivityKind.GUEST_LESSON)
    choose(page.grade_filter, 7)
    guest_lessons_for_7 = shown(page)
    assert 2 <= len(guest_lessons_for_7) < total
    assert all(a.kind is ActivityKind.GUEST_LESSON and a.suits_grade(7) for a in guest_lessons_for_7)

    page.filter_edit.setText("TECHNIEK")
    narrowed = shown(page)
    assert 1 <= len(narrowed) < len(guest_lessons_for_7)
    assert all("techniek" in (a.title + a.provider).lower() for a in narrowed)
    assert page.summary_label.text() == f"{len(narrowed)} of {total} activities shown"

    choose(page.provider_filter, narrowed[0].provider)
    assert narrowed[0] in shown(page)

    page.clear_button.click()
    assert page.activity_proxy.rowCount() == total
    assert page.filter_edit.text() == ""
    assert page.kind_filter.currentIndex() == page.grade_filter.currentIndex() == 0
    assert page.provider_filter.currentIndex() == 0
    assert page.summary_label.text() == f"{total} activities"
    assert not page.clear_button.isEnabled()


def test_grade_filter_keeps_activities_whose_range_includes_the_grade(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    everything = workspace.activities()
    choose(page.grade_filter, 4)
    keys = {a.key for a in shown(page)}
    assert keys == {a.key for a in everything if a.grade_min <= 4 <= a.grade_max}
    # Ranges count, not only activities that start or end at groep 4.
    assert any(a.grade_min < 4 < a.grade_max for a in shown(page))


def test_world_filter_lists_the_worlds_in_use(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    choose(page.world_filter, "Hi-tech & Science")
    rows = shown(page)
    assert rows and all("Hi-tech & Science" in a.worlds for a in rows)


# --- details ------------------------------------------------------------------------------------


def test_details_show_the_lessons_with_knowledge_and_attitude_questions_apart(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    assert page.select_activity(GUEST_LESSON)
    details = page.details_pane.details
    assert details is not None and details.key == GUEST_LESSON
    text = page.details_pane.plain_text()
    assert text.startswith(details.title)
    for template in (*details.preparation, *details.reflection):
        assert template.title in text and template.goal in text
        assert all(step in text for step in template.steps)
        assert all(material in text for material in template.materials)
    reflection = details.reflection[0]
    section = text[text.index(reflection.title):]
    knowledge_at = section.index("Knowledge questions")
    attitude_at = section.index("Attitude questions")
    for question in reflection.questions_of(QuestionKind.KNOWLEDGE):
        assert knowledge_at < section.index(question.text) < attitude_at
    for question in reflection.questions_of(QuestionKind.ATTITUDE):
        assert section.index(question.text) > attitude_at
    assert "Transport needed" in text and details.provider in text
    # Bundled activities can be edited, not deleted.
    assert page.details_pane.edit_button.isEnabled()
    assert not page.details_pane.delete_button.isEnabled()


def test_markup_in_a_title_or_description_shows_literally(qtbot: QtBot, workspace: Workspace) -> None:
    key = add_own(workspace, "<b>Vet</b> & co", "Gebruik <i>schaar</i> &amp; lijm")
    page = make_page(qtbot, workspace)
    assert page.select_activity(key)
    assert page.details_pane.title_label.text() == "<b>Vet</b> & co"
    assert page.details_pane.title_label.textFormat() == Qt.TextFormat.PlainText
    assert "Gebruik <i>schaar</i> &amp; lijm" in page.details_pane.text_view.toPlainText()
    row = page.activity_model.row_of(key)
    assert page.activity_model.index(row, Column.TITLE).data() == "<b>Vet</b> & co"


def test_plan_button_asks_for_the_chain_builder(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    page.select_activity(TINKEREN)
    with qtbot.waitSignal(page.chainBuilderRequested) as request:
        page.details_pane.plan_button.click()
    assert request.args == [ChainRequest(activity_key=TINKEREN)]


# --- adding, changing, deleting -------------------------------------------------------------


def fill_new_activity(dialog: ActivityDialog) -> None:
    dialog.title_edit.setText("Bezoek aan de imker")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(ActivityKind.COMPANY_VISIT))
    dialog.provider_box.setEditText("Imkerij De Bij")
    dialog.grade_min_box.setValue(3)
    dialog.grade_max_box.setValue(5)
    dialog.duration_box.setValue(90)
    dialog.transport_check.setChecked(True)
    dialog.set_checked_keys(dialog.world_list, ("voeding-natuur",))
    preparation = dialog.editors(LessonKind.PREPARATION)[0]
    preparation.title_edit.setText("Wat doet een imker?")
    preparation.steps_edit.setPlainText("Kringgesprek\n\nFoto's bekijken")
    preparation.knowledge_edit.setPlainText("Wat weet je al over bijen?")
    reflection = dialog.editors(LessonKind.REFLECTION)[0]
    reflection.title_edit.setText("Terugblik op de imkerij")
    reflection.knowledge_edit.setPlainText("Wat doet een imker op een dag?")
    reflection.attitude_edit.setPlainText("Wie kan imker worden? Jij ook?")


def test_add_an_activity_with_the_dialog_then_undo_and_redo(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    total = page.activity_model.rowCount()
    page.filter_edit.setText("iets dat niet bestaat")
    dialog = page.new_activity()
    fill_new_activity(dialog)
    dialog.accept()

    assert dialog.result() == ActivityDialog.DialogCode.Accepted
    key = page.selected_key()
    assert key == "bezoek-aan-de-imker"
    assert page.activity_model.rowCount() == total + 1
    assert page.filter_edit.text() == ""  # the filter hid it, so the filters were cleared
    details = page.details_pane.details
    assert details is not None and details.provider == "Imkerij De Bij"
    assert details.preparation[0].steps == ("Kringgesprek", "Foto's bekijken")
    assert details.reflection[0].questions_of(QuestionKind.ATTITUDE)[0].text.startswith("Wie kan")

    workspace.undo_stack.undo()
    page.refresh()
    assert page.activity_model.row_of(key) is None
    assert page.activity_model.rowCount() == total
    workspace.undo_stack.redo()
    page.refresh()
    assert page.activity_model.row_of(key) is not None


def test_dialog_lists_every_problem_and_saves_nothing(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    dialog = page.new_activity()
    fill_new_activity(dialog)
    dialog.title_edit.setText("")
    dialog.grade_min_box.setValue(7)
    dialog.grade_max_box.setValue(4)
    dialog.editors(LessonKind.REFLECTION)[0].attitude_edit.setPlainText("")
    dialog.accept()

    assert dialog.isVisible() or dialog.result() != ActivityDialog.DialogCode.Accepted
    problems = dialog.problems_label.text()
    assert "Geef de activiteit een titel." in problems
    assert "laagste groep (7) is hoger dan de hoogste groep (4)" in problems
    assert "houdingsvraag" in problems
    assert workspace.undo_stack.count() == 0


def test_edit_a_seeded_activity_and_a_later_seed_keeps_the_edit(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    page = make_page(qtbot, workspace)
    assert page.select_activity(TINKEREN)
    dialog = page.edit_activity(TINKEREN)
    assert dialog is not None and dialog.title_edit.text() == page.details_pane.details.title
    dialog.title_edit.setText("Tinkeren in onze maakplaats")
    dialog.accept()
    page.refresh()
    assert page.details_pane.details.title == "Tinkeren in onze maakplaats"

    folder = tmp_path / "seed"
    shutil.copytree(seed_dir(), folder)
    document = json.loads((folder / "activities.json").read_text(encoding="utf-8"))
    for item in document["activities"]:
        item["description"] += " (nieuwe versie)"
    (folder / "activities.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    report = ensure_seeded(workspace.database, read_catalog(folder))

    assert report is not None and report.kept == {"activities": [TINKEREN]}
    assert len(report.updated["activities"]) == len(document["activities"]) - 1
    page.mark_stale()
    page.refresh()
    assert page.details_pane.details.title == "Tinkeren in onze maakplaats"


def test_delete_is_refused_while_a_chain_uses_the_activity(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    refusals: list[str] = []
    monkeypatch.setattr(catalog_module, "show_refusal", lambda _p, _t, message: refusals.append(message))
    used, unused = add_own(workspace, "Bezoek aan de garage"), add_own(workspace, "Bouwplaats")
    add_chain(workspace, used)
    page = make_page(qtbot, workspace)
    page.select_activity(used)
    assert page.details_pane.delete_button.isEnabled()

    page.details_pane.delete_button.click()
    assert len(refusals) == 1 and "1 keten" in refusals[0]
    assert page.activity_model.row_of(used) is not None
    assert workspace.undo_stack.count() == 0

    assert page.delete_activity(unused)
    page.refresh()
    assert page.activity_model.row_of(unused) is None
    workspace.undo_stack.undo()
    page.refresh()
    assert page.activity_model.row_of(unused) is not None


def test_details_follow_the_selection_through_filters(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    assert page.select_activity(TINKEREN)
    page.filter_edit.setText("tinker")
    assert page.details_pane.details_key() == TINKEREN  # still shown: the row stays selected
    assert page.activity_view.selectionModel().selectedRows()[0].data(ACTIVITY_ROLE).key == TINKEREN
    page.filter_edit.setText("iets dat niet bestaat")
    assert page.activity_proxy.rowCount() == 0
    assert page.details_pane.details is None
    assert not page.details_pane.edit_button.isEnabled()


def test_sorting_descending_by_grades_keeps_the_filter(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    choose(page.kind_filter, ActivityKind.COMPANY_VISIT)
    page.activity_view.sortByColumn(Column.GRADES, Qt.SortOrder.DescendingOrder)
    rows = shown(page)
    assert len(rows) >= 3 and all(a.kind is ActivityKind.COMPANY_VISIT for a in rows)
    grades = [(a.grade_min, a.grade_max) for a in rows]
    assert grades == sorted(grades, reverse=True)
