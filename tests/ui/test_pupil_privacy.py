"""Pupils on the Klassen page: class list import (display names only), export, purge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.kinds import Region
from beroepsplanner.store.classes import add_class, class_chains, ensure_school, list_year_classes
from beroepsplanner.store.models import Pupil
from beroepsplanner.store.pupils import add_pupil, class_pupils, past_pupil_counts
from beroepsplanner.ui import pupil_privacy
from beroepsplanner.ui.class_commands import AddPupilsCommand, RemovePupilsCommand
from beroepsplanner.ui.classes_page import ClassesPage
from beroepsplanner.ui.pupil_privacy import (
    ClassListDialog,
    export_pupil_data,
    purge_past_school_years,
    purge_question,
)
from beroepsplanner.ui.workspace import Workspace

YEAR = "2026-2027"
PAST = "2025-2026"
OLDER = "2024-2025"
CLASS_LIST = (
    "Roepnaam;Tussenvoegsel;Achternaam;Groep\n"
    "Sem;van;Dijk;6b\n"
    "Sem;;Aksoy;6b\n"
    "Ayşe;;Yılmaz;6b\n"
    "Daan;de;Boer;6b\n"
)
SURNAMES = ("Dijk", "Aksoy", "Yılmaz", "Boer")


@pytest.fixture
def school(workspace: Workspace) -> tuple[Workspace, int]:
    """A school with an empty class 6b and a pupil 'Daan' in it already."""
    with workspace.database.transaction() as session:
        ensure_school(session, "De Vlieger", Region.MIDDEN, YEAR)
        class_id = add_class(session, YEAR, "6b", 6, "juf Fatima")
        add_pupil(session, class_id, "Daan")
    return workspace, class_id


def all_pupil_names(workspace: Workspace) -> list[str]:
    return sorted(workspace.read(lambda s: list(s.scalars(select(Pupil.display_name)))))


def make_page(qtbot: QtBot, workspace: Workspace) -> ClassesPage:
    page = ClassesPage(workspace)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_class_list_import_shows_and_keeps_display_names_only_and_undo_removes_them(
    qtbot: QtBot, school: tuple[Workspace, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, class_id = school
    path = tmp_path / "klas.csv"
    path.write_text(CLASS_LIST, encoding="utf-8")
    page = make_page(qtbot, workspace)
    assert page.pupils.import_button.isEnabled()
    dialogs: list[ClassListDialog] = []

    def run(dialog: ClassListDialog) -> int:
        dialogs.append(dialog)
        assert dialog.load(path)
        shown = dialog.added_model.stringList() + dialog.present_model.stringList()
        assert not any(surname in name for name in shown for surname in SURNAMES)
        assert dialog.added_model.stringList() == ["Sem D.", "Sem A.", "Ayşe"]
        assert dialog.present_model.stringList() == ["Daan"]
        assert dialog.import_list()
        return 1

    monkeypatch.setattr(ClassListDialog, "exec", run)
    page.pupils.import_button.click()
    assert dialogs and "3 pupils added" in dialogs[0].summary_label.text()

    names = all_pupil_names(workspace)
    assert names == ["Ayşe", "Daan", "Sem A.", "Sem D."]
    assert not any(surname in name for name in names for surname in SURNAMES)
    assert page.pupils.model.names() == ["Ayşe", "Daan", "Sem A.", "Sem D."]

    workspace.undo_stack.undo()
    assert all_pupil_names(workspace) == ["Daan"]
    assert workspace.undo_stack.count() == 1  # one command for the whole list
    workspace.undo_stack.redo()
    assert all_pupil_names(workspace) == ["Ayşe", "Daan", "Sem A.", "Sem D."]


def test_a_plain_sem_in_the_class_gets_a_note_when_the_list_has_two(
    qtbot: QtBot, school: tuple[Workspace, int], tmp_path: Path
) -> None:
    workspace, class_id = school
    workspace.run_in_transaction(lambda s: add_pupil(s, class_id, "Sem"), ["classes"])
    path = tmp_path / "klas.csv"
    path.write_text(CLASS_LIST, encoding="utf-8")
    info = workspace.read(lambda s: list_year_classes(s, YEAR))[0]
    dialog = ClassListDialog(workspace, info)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert "'Sem'" in dialog.notes_label.text()
    assert all_pupil_names(workspace) == ["Daan", "Sem"]  # the preview wrote nothing


def test_the_dialog_says_which_columns_and_rows_of_the_list_it_read(
    qtbot: QtBot, school: tuple[Workspace, int], tmp_path: Path
) -> None:
    # An export with a title row above the header and pupils of two groups (issue 13, item 1).
    workspace, _ = school
    info = workspace.read(lambda s: list_year_classes(s, YEAR))[0]
    path = tmp_path / "export.csv"
    path.write_text(
        f"Groepsoverzicht;;;\nRoepnaam;Achternaam;Stamgroep;BSN\nMila;Smit;{info.name};123\n"
        "Teun;Kok;Groep 3x;456\n",
        encoding="utf-8",
    )
    dialog = ClassListDialog(workspace, info)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    shown = dialog.notes_label.text()
    assert "De voornamen komen uit de kolom 'Roepnaam'." in shown
    assert "1 regel boven de kolomkoppen (een titel of datum) overgeslagen." in shown
    assert "(kolom 'Stamgroep'); 1 rij van 'Groep 3x' niet." in shown
    assert "Niet gelezen en niet bewaard: 'BSN'." in shown
    assert dialog.added_model.stringList() == ["Mila"]


def test_a_class_list_without_first_names_is_refused_in_dutch(
    qtbot: QtBot, school: tuple[Workspace, int], tmp_path: Path
) -> None:
    workspace, _ = school
    path = tmp_path / "klas.csv"
    path.write_text("Achternaam;Groep\nDijk;6b\n", encoding="utf-8")
    info = workspace.read(lambda s: list_year_classes(s, YEAR))[0]
    dialog = ClassListDialog(workspace, info)
    qtbot.addWidget(dialog)
    assert not dialog.load(path)
    assert "geen kolom met de voornaam" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_a_list_of_another_group_is_shown_and_asked_before_adding(
    qtbot: QtBot,
    school: tuple[Workspace, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    workspace, _ = school
    path = tmp_path / "groep8.csv"
    path.write_text("Roepnaam;Groep\nXiomara;8\nYfke;8\n", encoding="utf-8")
    info = workspace.read(lambda s: list_year_classes(s, YEAR))[0]
    dialog = ClassListDialog(workspace, info)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert "De kolom Groep van de lijst noemt '8', maar 6b is groep 6." in dialog.notes_label.text()
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(pupil_privacy.QMessageBox, "question", question)
    added = dialog.import_list()
    assert len(asked) == 1 and "groep 6" in asked[0]
    if answer == QMessageBox.StandardButton.No:
        assert not added and all_pupil_names(workspace) == ["Daan"]
        assert workspace.undo_stack.count() == 0
    else:
        assert added and all_pupil_names(workspace) == ["Daan", "Xiomara", "Yfke"]


def test_a_list_of_this_group_is_added_without_a_question(
    qtbot: QtBot, school: tuple[Workspace, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, _ = school
    path = tmp_path / "klas.csv"
    path.write_text(CLASS_LIST, encoding="utf-8")
    info = workspace.read(lambda s: list_year_classes(s, YEAR))[0]
    dialog = ClassListDialog(workspace, info)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(pupil_privacy.QMessageBox, "question", lambda *a: pytest.fail("asked"))
    assert dialog.load(path) and dialog.import_list()


def test_a_class_list_with_a_control_character_or_two_pupils_in_a_cell_is_refused(
    qtbot: QtBot, school: tuple[Workspace, int], tmp_path: Path
) -> None:
    workspace, _ = school
    path = tmp_path / "klas.csv"
    path.write_text("Roepnaam;Achternaam\nSem & Daan;Dijk\nYf\x1bke;Bos\n", encoding="utf-8")
    info = workspace.read(lambda s: list_year_classes(s, YEAR))[0]
    dialog = ClassListDialog(workspace, info)
    qtbot.addWidget(dialog)
    assert not dialog.load(path)
    assert "Rij 3, kolom Roepnaam: de tekst bevat een onzichtbaar stuurteken (\\x1b" in (
        dialog.error_label.text()
    )
    assert "\x1b" not in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    path.write_text("Roepnaam;Achternaam\nSem & Daan;Dijk\n", encoding="utf-8")
    assert not dialog.load(path)
    assert "Rij 2, kolom Roepnaam: 'Sem & Daan' lijkt twee leerlingen" in dialog.error_label.text()
    assert all_pupil_names(workspace) == ["Daan"]


def test_pupil_export_holds_everything_stored_about_the_pupil(
    qtbot: QtBot, demo: Workspace, tmp_path: Path
) -> None:
    classes = demo.read(lambda s: list_year_classes(s, YEAR))
    school_class = next(c for c in classes if c.chains and c.pupils)
    pupil = demo.read(lambda s: class_pupils(s, school_class.id))[0]
    chains = demo.read(lambda s: class_chains(s, school_class.id))
    out = tmp_path / "leerling.json"
    export_pupil_data(demo, pupil.id, out)

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == {
        "leerling": pupil.display_name,
        "klas": school_class.name,
        "groep": school_class.grade,
        "schooljaar": YEAR,
        "ketens": [
            {
                "activiteit": c.activity_title,
                "datum": c.date.isoformat(),
                "afwezig": False,
                "talenten": [],
                "wil_ik_meer_van_weten": False,
                "eigen_woorden": "",
            }
            for c in chains
        ],
        "eerdere_schooljaren": [],
    }
    assert len(data["ketens"]) == school_class.chains


def test_the_export_button_needs_exactly_one_selected_pupil(
    qtbot: QtBot, school: tuple[Workspace, int]
) -> None:
    workspace, class_id = school
    workspace.run_in_transaction(lambda s: add_pupil(s, class_id, "Noor"), ["classes"])
    page = make_page(qtbot, workspace)
    assert not page.pupils.export_button.isEnabled()
    page.pupils.select_names("Noor")
    assert page.pupils.export_button.isEnabled()
    page.pupils.select_names("Noor", "Daan")
    assert not page.pupils.export_button.isEnabled()


def test_purge_removes_only_the_pupils_of_past_years_and_counts_them(
    qtbot: QtBot, school: tuple[Workspace, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, current_class = school
    with workspace.database.transaction() as session:
        for year, names in ((PAST, ["Ali", "Bo", "Cas"]), (OLDER, ["Dewi"])):
            ensure_school(session, None, None, year)
            old_class = add_class(session, year, "6b", 6)
            for name in names:
                add_pupil(session, old_class, name)
    counts = workspace.read(lambda s: past_pupil_counts(s, YEAR))
    assert counts == {OLDER: 1, PAST: 3}
    question = purge_question(counts, YEAR)
    assert "4" in question and PAST in question and OLDER in question
    workspace.run_in_transaction(lambda s: add_pupil(s, current_class, "Noor"), ["classes"])

    page = make_page(qtbot, workspace)
    assert purge_past_school_years(workspace, page, confirm=False) == 4
    assert all_pupil_names(workspace) == ["Daan", "Noor"]
    assert [c.name for c in workspace.read(lambda s: list_year_classes(s, PAST))] == ["6b"]
    assert workspace.read(lambda s: past_pupil_counts(s, YEAR)) == {}
    told: list[str] = []
    monkeypatch.setattr(
        pupil_privacy.QMessageBox, "information", lambda _p, _t, text: told.append(text)
    )
    assert purge_past_school_years(workspace, page) == 0
    assert told == [f"No pupils who left the school before {YEAR} are stored."]


def test_purge_asks_first_and_cancel_erases_nothing(
    qtbot: QtBot, school: tuple[Workspace, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, _ = school
    with workspace.database.transaction() as session:
        ensure_school(session, None, None, PAST)
        add_pupil(session, add_class(session, PAST, "5a", 5), "Ali")
    asked: list[str] = []

    def cancel(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(pupil_privacy.QMessageBox, "exec", cancel)
    page = make_page(qtbot, workspace)
    page.purge_button.click()
    assert asked and "cannot be undone" in asked[0] and PAST in asked[0]
    assert all_pupil_names(workspace) == ["Ali", "Daan"]


def test_purge_clears_the_undo_history_so_no_name_comes_back(
    qtbot: QtBot, school: tuple[Workspace, int]
) -> None:
    workspace, _ = school
    with workspace.database.transaction() as session:
        ensure_school(session, None, None, PAST)
        old_class = add_class(session, PAST, "5a", 5)
    add = AddPupilsCommand(old_class, ["Ali"])
    workspace.execute(add)
    workspace.execute(RemovePupilsCommand(add.pupil_ids, ["Ali"]))
    workspace.execute(AddPupilsCommand(old_class, ["Bo"]))
    page = make_page(qtbot, workspace)
    assert purge_past_school_years(workspace, page, confirm=False) == 1
    assert not workspace.undo_stack.canUndo()
    assert all_pupil_names(workspace) == ["Daan"]
