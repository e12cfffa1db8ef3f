"""The Klassen page: classes of a school year, their pupils and chains, every change undoable."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.kinds import Region
from beroepsplanner.store.classes import (
    add_class,
    class_info,
    ensure_school,
    list_year_classes,
    school_info,
)
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.pupils import add_pupil, class_pupils
from beroepsplanner.ui import widgets
from beroepsplanner.ui.class_dialog import ClassDialog
from beroepsplanner.ui.classes_page import ClassesPage
from beroepsplanner.ui.models.class_table import ChainColumn, ClassColumn
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace

YEAR = "2026-2027"


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A seeded empty database and a demo school, built once and copied per test."""
    folder = tmp_path_factory.mktemp("templates")
    paths = {"empty": folder / "empty.db", "demo": folder / "demo.db"}
    open_database(paths["empty"]).close()
    demo = open_database(paths["demo"])
    build_demo(demo, "small")
    demo.close()
    return paths


def open_copy(template: Path, tmp_path: Path) -> Iterator[Workspace]:
    target = tmp_path / "work.db"
    shutil.copyfile(template, target)
    ws = Workspace()
    ws.open(target)
    yield ws
    ws.close()


@pytest.fixture
def workspace(templates: dict[str, Path], tmp_path: Path) -> Iterator[Workspace]:
    """A database with the school De Vlieger, school year 2026-2027 and class Groep 6b."""
    gen = open_copy(templates["empty"], tmp_path)
    ws = next(gen)
    with ws.database.transaction() as session:
        ensure_school(session, "De Vlieger", Region.MIDDEN, YEAR)
        add_class(session, YEAR, "Groep 6b", 6, "juf Fatima")
    yield ws
    next(gen, None)


@pytest.fixture
def demo(templates: dict[str, Path], tmp_path: Path) -> Iterator[Workspace]:
    yield from open_copy(templates["demo"], tmp_path)


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages the page shows in a message box (instead of showing them)."""
    shown: list[str] = []
    monkeypatch.setattr(
        widgets.QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text)
    )
    return shown


def make_page(qtbot: QtBot, workspace: Workspace) -> ClassesPage:
    page = ClassesPage(workspace)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def fill_class_dialog(
    monkeypatch: pytest.MonkeyPatch, name: str, grade: int = 5, teacher: str = ""
) -> list[ClassDialog]:
    """Make the next class dialogs fill in these fields and press OK (they stay open if refused)."""
    opened: list[ClassDialog] = []

    def exec_(dialog: ClassDialog) -> int:
        opened.append(dialog)
        dialog.name_edit.setText(name)
        dialog.grade_spin.setValue(grade)
        dialog.teacher_edit.setText(teacher)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ClassDialog, "exec", exec_)
    return opened


def class_names(page: ClassesPage) -> list[str]:
    proxy = page.class_proxy
    return [proxy.index(row, ClassColumn.NAME).data() for row in range(proxy.rowCount())]


def names_in_database(workspace: Workspace) -> list[str]:
    return [c.name for c in workspace.read(lambda s: list_year_classes(s, YEAR))]


# --- the page without a school -------------------------------------------------


def test_without_a_school_the_page_asks_for_the_welcome(
    qtbot: QtBot, templates: dict[str, Path], tmp_path: Path
) -> None:
    for ws in open_copy(templates["empty"], tmp_path):
        page = make_page(qtbot, ws)
        assert page.content.currentWidget() is page.empty_page
        assert not page.year_combo.isVisible()
        with qtbot.waitSignal(page.welcomeRequested, timeout=1000):
            page.welcome_button.click()


# --- classes -------------------------------------------------------------------------


def test_add_class_through_the_dialog_selects_it_and_undo_redo_work(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, workspace)
    assert class_names(page) == ["Groep 6b"]
    opened = fill_class_dialog(monkeypatch, "Groep 4a", 4, "meester Tim")

    page.add_class_button.click()

    assert opened[0].result() == ClassDialog.DialogCode.Accepted
    assert class_names(page) == ["Groep 4a", "Groep 6b"]
    selected = page.selected_class()
    assert selected is not None and (selected.name, selected.grade, selected.teacher) == (
        "Groep 4a",
        4,
        "meester Tim",
    )
    assert page.pupils.title().endswith("Groep 4a")

    workspace.undo_stack.undo()
    assert names_in_database(workspace) == ["Groep 6b"]
    assert class_names(page) == ["Groep 6b"]
    workspace.undo_stack.redo()
    assert names_in_database(workspace) == ["Groep 4a", "Groep 6b"]
    assert workspace.read(lambda s: class_info(s, selected.id)).name == "Groep 4a"


def test_a_duplicate_class_name_is_shown_in_the_dialog_which_stays_open(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, workspace)
    opened = fill_class_dialog(monkeypatch, "groep 6B")

    page.add_class_button.click()

    dialog = opened[0]
    assert dialog.result() != ClassDialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden()
    assert "Er is al een klas 'Groep 6b'" in dialog.error_label.text()
    assert names_in_database(workspace) == ["Groep 6b"]
    assert workspace.undo_stack.count() == 0


def test_edit_class_changes_it_and_undo_puts_it_back(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, workspace)
    fill_class_dialog(monkeypatch, "Groep 7", 7, "juf Fenna")

    page.edit_class_button.click()

    assert page.class_proxy.index(0, ClassColumn.TEACHER).data() == "juf Fenna"
    assert page.class_proxy.index(0, ClassColumn.GRADE).data() == 7
    workspace.undo_stack.undo()
    assert names_in_database(workspace) == ["Groep 6b"]
    assert page.class_proxy.index(0, ClassColumn.TEACHER).data() == "juf Fatima"


def test_remove_class_with_pupils_and_undo_brings_both_back(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    class_id = page.selected_class().id
    page.pupils.add_pupils(["Ayşe", "Łukasz"])

    page.remove_class_button.click()
    assert names_in_database(workspace) == []
    assert class_names(page) == [] and not page.no_classes_label.isHidden()

    workspace.undo_stack.undo()
    assert class_names(page) == ["Groep 6b"]
    assert [p.display_name for p in workspace.read(lambda s: class_pupils(s, class_id))] == [
        "Ayşe",
        "Łukasz",
    ]


def test_a_class_with_chains_cannot_be_removed(
    qtbot: QtBot, demo: Workspace, refusals: list[str]
) -> None:
    page = make_page(qtbot, demo)
    before = names_in_database(demo)
    assert page.selected_class() is not None and page.selected_class().chains > 0

    page.remove_class_button.click()

    assert refusals == ["Deze klas heeft nog ketens; verwijder eerst de ketens."]
    assert names_in_database(demo) == before
    assert demo.undo_stack.count() == 0


def test_the_selection_survives_a_reload(qtbot: QtBot, demo: Workspace) -> None:
    page = make_page(qtbot, demo)
    row = class_names(page).index("Groep 6b")
    page.class_view.selectRow(row)
    names = pupil_names(page)
    page.pupils.select_names(names[1], names[4])
    chosen = sorted(page.pupils.selected_ids())
    assert len(chosen) == 2

    demo.dataChanged.emit("classes")

    assert page.selected_class().name == "Groep 6b"
    assert sorted(page.pupils.selected_ids()) == chosen


def test_the_next_school_year_is_asked_of_the_wizard_and_not_made_here(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    assert page.year_combo.currentData() == YEAR
    new = page.year_combo.findData("2027-2028")
    assert page.year_combo.itemText(new) == "2027-2028 (new)…"
    page.year_combo.setCurrentIndex(new)
    with qtbot.waitSignal(page.newYearRequested, timeout=1000):
        page.year_combo.activated.emit(new)

    # A new school year is made by the move (File > New school year), never by a class.
    assert page.year_combo.currentData() == YEAR and page.school_year == YEAR
    assert class_names(page) == ["Groep 6b"]
    assert workspace.read(school_info).school_years == (YEAR,)


# --- pupils ------------------------------------------------------------------------


def pupil_names(page: ClassesPage) -> list[str]:
    return page.pupils.model.names()


def test_typed_and_pasted_pupils_keep_their_names_and_a_paste_is_one_command(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    edit = page.pupils.name_edit
    edit.setText("  Ayşe ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert pupil_names(page) == ["Ayşe"] and edit.text() == ""
    assert workspace.undo_stack.count() == 1

    QApplication.clipboard().setText("Łukasz\n\nJan-Willem\n")
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert pupil_names(page) == ["Ayşe", "Jan-Willem", "Łukasz"]
    assert edit.text() == ""
    assert workspace.undo_stack.count() == 2
    class_id = page.selected_class().id
    assert page.class_proxy.index(0, ClassColumn.PUPILS).data() == 3

    workspace.undo_stack.undo()
    assert pupil_names(page) == ["Ayşe"]
    workspace.undo_stack.redo()
    stored = [p.display_name for p in workspace.read(lambda s: class_pupils(s, class_id))]
    assert stored == ["Ayşe", "Jan-Willem", "Łukasz"]


def test_a_duplicate_pupil_is_refused_with_the_stores_message(
    qtbot: QtBot, workspace: Workspace, refusals: list[str]
) -> None:
    page = make_page(qtbot, workspace)
    page.pupils.add_pupils(["Ayşe"])

    page.pupils.name_edit.setText("ayşe")
    page.pupils.add_button.click()

    assert len(refusals) == 1 and "Er zit al een leerling 'Ayşe' in Groep 6b" in refusals[0]
    assert pupil_names(page) == ["Ayşe"]
    assert page.pupils.name_edit.text() == "ayşe"  # kept, so the teacher can correct it
    assert workspace.undo_stack.count() == 1


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Jan de Vries", "'Jan' of 'Jan V.'"),
        ("Vries, Jan", "'achternaam, voornaam'"),
        ("Jan Pieter Jansen", "3 woorden"),
        ("Sem & Daan", "twee leerlingen"),
        ("Se\x1bm", "stuurteken (\\x1b, Escape)"),
        ("Sem\u202eA", "schrijfrichting"),
    ],
)
def test_a_typed_surname_two_pupils_or_a_control_character_are_refused(
    qtbot: QtBot, workspace: Workspace, refusals: list[str], typed: str, said: str
) -> None:
    page = make_page(qtbot, workspace)
    page.pupils.name_edit.setText(typed)
    page.pupils.add_button.click()

    assert len(refusals) == 1 and said in refusals[0]
    assert "\x1b" not in refusals[0] and "\u202e" not in refusals[0]  # quoted escaped, never raw
    assert pupil_names(page) == []
    assert workspace.undo_stack.count() == 0


def test_a_double_first_name_and_an_initial_are_kept_as_typed(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    assert page.pupils.add_pupils(["Anne Marie", "Mohammed Ali", "Sem A.", "Łukasz"])
    assert pupil_names(page) == ["Anne Marie", "Mohammed Ali", "Sem A.", "Łukasz"]


def test_a_rename_to_a_full_name_is_refused(
    qtbot: QtBot, workspace: Workspace, refusals: list[str]
) -> None:
    page = make_page(qtbot, workspace)
    page.pupils.add_pupils(["Sem"])
    sem = page.pupils.model.pupil(0).id

    assert not page.pupils.rename_pupil(sem, "Sem van Dijk")
    assert refusals and "'Sem' of 'Sem D.'" in refusals[0]
    assert pupil_names(page) == ["Sem"]


def test_a_pasted_list_with_a_duplicate_adds_nobody(
    qtbot: QtBot, workspace: Workspace, refusals: list[str]
) -> None:
    page = make_page(qtbot, workspace)
    QApplication.clipboard().setText("Noor\nMila\nnoor")
    qtbot.keyClick(page.pupils.name_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert refusals and "Noor" in refusals[0]
    assert pupil_names(page) == []
    assert workspace.undo_stack.count() == 0


def test_rename_in_place_and_undo_redo(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    page.pupils.add_pupils(["Sem", "Ayşe"])
    model = page.pupils.model
    row = model.names().index("Sem")

    model.setData(model.index(row), "Jan-Willem")  # what the in-place editor does
    qtbot.waitUntil(lambda: pupil_names(page) == ["Ayşe", "Jan-Willem"], timeout=1000)

    workspace.undo_stack.undo()
    assert pupil_names(page) == ["Ayşe", "Sem"]
    workspace.undo_stack.redo()
    assert pupil_names(page) == ["Ayşe", "Jan-Willem"]


def test_rename_to_an_existing_name_is_refused(
    qtbot: QtBot, workspace: Workspace, refusals: list[str]
) -> None:
    page = make_page(qtbot, workspace)
    page.pupils.add_pupils(["Sem", "Ayşe"])
    sem = page.pupils.model.pupil(page.pupils.model.names().index("Sem")).id

    assert not page.pupils.rename_pupil(sem, "AYŞE")
    assert refusals and "Ayşe" in refusals[0]
    assert pupil_names(page) == ["Ayşe", "Sem"]


def test_remove_several_pupils_is_one_command(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    page.pupils.add_pupils(["Ayşe", "Łukasz", "Jan-Willem"])
    page.pupils.select_names("Ayşe", "Jan-Willem")
    assert page.pupils.remove_button.isEnabled() and not page.pupils.rename_button.isEnabled()

    page.pupils.remove_button.click()

    assert pupil_names(page) == ["Łukasz"]
    workspace.undo_stack.undo()
    assert pupil_names(page) == ["Ayşe", "Jan-Willem", "Łukasz"]
    workspace.undo_stack.redo()
    assert pupil_names(page) == ["Łukasz"]


# --- chains ------------------------------------------------------------------------


def test_the_chains_of_the_selected_class_and_the_chain_builder_requests(
    qtbot: QtBot, demo: Workspace
) -> None:
    page = make_page(qtbot, demo)
    page.class_view.selectRow(class_names(page).index("Groep 4"))
    info = page.selected_class()
    model = page.chain_model
    assert model.rowCount() == info.chains == 2
    assert model.index(0, ChainColumn.ACTIVITY).data() == "Bedrijfsbezoek (Zikke)"
    assert model.index(0, ChainColumn.DATE).data() == "03-11-2026"
    assert model.index(0, ChainColumn.STATUS).data() == "uitgevoerd"
    assert model.index(0, ChainColumn.COMPANY).data() == "Bakkerij Van den Hoek"

    with qtbot.waitSignal(page.chainBuilderRequested, timeout=1000) as new:
        page.new_chain_button.click()
    assert new.args == [ChainRequest(class_id=info.id)]

    second = model.index(1, ChainColumn.ACTIVITY)
    chain_id = model.chain(1).id
    rect = page.chain_view.visualRect(second)
    viewport = page.chain_view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.chainBuilderRequested, timeout=1000) as opened:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [ChainRequest(chain_id=chain_id)]


def test_pupils_of_the_demo_class_are_listed(qtbot: QtBot, demo: Workspace) -> None:
    page = make_page(qtbot, demo)
    info = page.selected_class()
    with demo.database.transaction() as session:
        add_pupil(session, info.id, "Łukasz")
    demo.dataChanged.emit("classes")
    assert page.pupils.model.rowCount() == info.pupils + 1
    assert "Łukasz" in pupil_names(page)
