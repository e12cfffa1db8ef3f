"""The first-use welcome: the school, a first class and its pupils in one go, or nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.kinds import Region
from beroepsplanner.store.classes import class_info, list_year_classes, school_info
from beroepsplanner.store.pupils import class_pupils
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.welcome import WelcomeDialog
from beroepsplanner.ui.workspace import Workspace

TODAY = dt.date(2026, 11, 23)


def make_welcome(qtbot: QtBot, workspace: Workspace) -> WelcomeDialog:
    dialog = WelcomeDialog(workspace, None, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def fill(
    dialog: WelcomeDialog,
    school: str = "OBS De Vlieger",
    region: Region | None = Region.MIDDEN,
    class_name: str = "Groep 6b",
    pupils: str = "",
) -> None:
    dialog.school_edit.setText(school)
    dialog.region_combo.setCurrentIndex(
        dialog.region_combo.findData(region.value) if region else 0
    )
    dialog.class_edit.setText(class_name)
    dialog.grade_spin.setValue(6)
    dialog.teacher_edit.setText("juf Fatima")
    dialog.pupils_edit.setPlainText(pupils)


def assert_nothing_saved(workspace: Workspace) -> None:
    assert workspace.read(school_info) is None
    assert workspace.counts()["classes"] == 0
    assert workspace.undo_stack.count() == 0


def test_the_welcome_offers_the_current_and_the_next_school_year(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = make_welcome(qtbot, workspace)
    years = [dialog.year_combo.itemData(i) for i in range(dialog.year_combo.count())]
    assert years == ["2026-2027", "2027-2028"]
    assert dialog.year_combo.currentData() == "2026-2027"
    assert dialog.region_combo.currentData() is None  # the region is a choice, never a guess


def test_the_welcome_saves_school_class_and_pupils_and_sets_class_id(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = make_welcome(qtbot, workspace)
    fill(dialog, pupils="Ayşe\n  Łukasz \n\nJan-Willem\n")

    dialog.start_button.click()

    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    assert dialog.class_id is not None
    school = workspace.read(school_info)
    assert (school.name, school.region, school.school_years) == (
        "OBS De Vlieger",
        Region.MIDDEN,
        ("2026-2027",),
    )
    info = workspace.read(lambda s: class_info(s, dialog.class_id))
    assert (info.name, info.grade, info.teacher, info.school_year) == (
        "Groep 6b",
        6,
        "juf Fatima",
        "2026-2027",
    )
    names = [p.display_name for p in workspace.read(lambda s: class_pupils(s, dialog.class_id))]
    assert names == ["Ayşe", "Jan-Willem", "Łukasz"]


def test_undo_of_the_welcome_makes_the_database_new_again_and_redo_restores_it(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = make_welcome(qtbot, workspace)
    fill(dialog, pupils="Ayşe\nŁukasz")
    dialog.start_button.click()
    class_id = dialog.class_id

    workspace.undo_stack.undo()
    assert workspace.read(school_info) is None
    assert workspace.counts()["classes"] == 0

    workspace.undo_stack.redo()
    assert workspace.read(school_info).name == "OBS De Vlieger"
    assert [c.id for c in workspace.read(lambda s: list_year_classes(s, "2026-2027"))] == [
        class_id
    ]
    assert len(workspace.read(lambda s: class_pupils(s, class_id))) == 2


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"school": "   "}, "Vul de naam van de school in."),
        ({"region": None}, "Kies de regio van de school"),
        ({"class_name": ""}, "Geef de klas een naam"),
        ({"pupils": "Sem\nAyşe\nsem"}, "Er zit al een leerling 'Sem' in Groep 6b."),
    ],
)
def test_a_problem_is_shown_in_the_dialog_and_nothing_is_saved(
    qtbot: QtBot, workspace: Workspace, fields: dict, message: str
) -> None:
    dialog = make_welcome(qtbot, workspace)
    fill(dialog, **fields)

    dialog.start_button.click()

    assert dialog.result() != WelcomeDialog.DialogCode.Accepted
    assert dialog.class_id is None
    assert not dialog.error_label.isHidden()
    assert message in dialog.error_label.text()
    assert_nothing_saved(workspace)


def test_the_window_opens_the_chain_builder_for_the_new_class(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(dialog: WelcomeDialog) -> int:
        fill(dialog)
        dialog.start_button.click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", exec_)
    requests: list[ChainRequest] = []
    monkeypatch.setattr(MainWindow, "open_chain_builder", lambda _w, r=None: requests.append(r))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    page = window.show_page("classes")
    assert page.content.currentWidget() is page.empty_page

    page.welcome_button.click()

    assert len(requests) == 1 and requests[0].class_id is not None
    window.show_page("classes")
    assert page.content.currentWidget() is page.main_page
    assert page.selected_class().id == requests[0].class_id
