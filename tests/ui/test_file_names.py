"""The file names the window proposes are in the window's language: Dutch in the Dutch
window, English in the English one; class names, titles and pupils' names stay as entered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from beroepsplanner.store.classes import list_year_classes
from beroepsplanner.store.pupils import class_pupils
from beroepsplanner.ui.company_import_dialog import ask_and_export_companies
from beroepsplanner.ui.main_window import backup_name
from beroepsplanner.ui.plan_files import export_plan_to, import_plan_file, read_plan_for_import
from beroepsplanner.ui.print_dialog import PrintDialog
from beroepsplanner.ui.pupil_privacy import ask_and_export_pupil
from beroepsplanner.ui.workspace import Workspace

DUTCH = {
    ("logbooks", "class"): "logboeken-groep-5.pdf",
    ("yearplan", "class"): "jaarplanning-groep-5.pdf",
    ("yearplan", "school"): "jaarplanning-school.pdf",
    ("lessons", "chain"): "lesbladen-groep-5-bouwopdracht-in-het-klein-doen-wat-het-bedrijf-doet.pdf",
    ("letter", "chain"): "ouderbrief-groep-5-bouwopdracht-in-het-klein-doen-wat-het-bedrijf-doet.pdf",
}
ENGLISH = {
    ("logbooks", "class"): "logbooks-groep-5.pdf",
    ("yearplan", "class"): "year-plan-groep-5.pdf",
    ("yearplan", "school"): "year-plan-school.pdf",
    ("lessons", "chain"): "lesson-sheets-groep-5-bouwopdracht-in-het-klein-doen-wat-het-bedrijf-doet.pdf",
    ("letter", "chain"): "parent-letter-groep-5-bouwopdracht-in-het-klein-doen-wat-het-bedrijf-doet.pdf",
}


def proposed_pdf_names(demo: Workspace, qtbot: QtBot) -> dict[tuple[str, str], str]:
    dialog = PrintDialog(demo)
    qtbot.addWidget(dialog)
    dialog.select_class("Groep 5")
    names = {}
    for document, scope in DUTCH:
        dialog.select_document(document)
        dialog.select_scope(scope)
        if scope == "chain":
            bouw = next(c for c in dialog._chains if c.activity_title.startswith("Bouwopdracht"))
            dialog.select_chain(bouw.id)
        names[document, scope] = Path(dialog.path_edit.text()).name
    return names


def proposed_by_save_dialogs(demo: Workspace, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names the pupil and company exports propose (the dialog is cancelled)."""
    proposed: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _t, suggested, *_a: proposed.append(suggested) or ("", "")
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    group = next(c for c in demo.read(lambda s: list_year_classes(s, "2026-2027")) if c.name == "Groep 5")
    pupil = demo.read(lambda s: class_pupils(s, group.id))[0]
    ask_and_export_pupil(demo, None, pupil.id, "Anne Marie")  # type: ignore[arg-type]
    ask_and_export_companies(demo, None)  # type: ignore[arg-type]
    return proposed


DAY = dt.date(2026, 12, 5)


def test_the_dutch_window_proposes_dutch_file_names(
    dutch: list, demo: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert proposed_pdf_names(demo, qtbot) == DUTCH
    assert backup_name("Basisschool De Vlieger", DAY) == "basisschool-de-vlieger-back-up-2026-12-05.db"
    assert proposed_by_save_dialogs(demo, monkeypatch) == ["leerling-Anne-Marie.json", "bedrijven.xlsx"]


def test_the_english_window_proposes_english_file_names(
    english: None, demo: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert proposed_pdf_names(demo, qtbot) == ENGLISH
    assert backup_name("Basisschool De Vlieger", DAY) == "basisschool-de-vlieger-backup-2026-12-05.db"
    assert proposed_by_save_dialogs(demo, monkeypatch) == ["pupil-Anne-Marie.json", "companies.xlsx"]


def backup_before_plan_import(demo: Workspace, folder: Path) -> str:
    """The name of the back-up an import of a plan file makes first."""
    plan = folder / "plan.json"
    export_plan_to(demo, plan)
    _summary, backup = import_plan_file(
        demo, read_plan_for_import(demo, plan), replace=True, backup_folder=folder / "kopie"
    )
    return backup.name


def test_the_backup_before_a_plan_import_is_named_in_the_windows_language(
    language_code: str, demo: Workspace, tmp_path: Path
) -> None:
    name = backup_before_plan_import(demo, tmp_path)
    infix = "voor-planimport" if language_code == "nl" else "before-plan-import"
    assert name.startswith(f"demo-{infix}-") and name.endswith(".db"), name


def test_the_file_kept_by_a_restore_is_named_in_the_windows_language(
    language_code: str, demo: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    from beroepsplanner.store.backup import backup_database
    from beroepsplanner.ui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    assert demo.path is not None
    backup = backup_database(demo.path, tmp_path / "kopie.db")
    assert window.restore_from(backup, confirm=False)
    infix = "voor-terugzetten" if language_code == "nl" else "before-restore"
    assert len(list(demo.path.parent.glob(f"demo.{infix}-*.db"))) == 1


@pytest.fixture(params=["nl", "en"])
def language_code(request: pytest.FixtureRequest) -> str:
    request.getfixturevalue("dutch" if request.param == "nl" else "english")
    return request.param
