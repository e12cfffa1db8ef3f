"""Importing and exporting companies in the window: mapping, problems, one undoable import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.company_details import CompanyDetails, ContactDetails
from beroepsplanner.io.company_import import CompanyField
from beroepsplanner.store.company_network import create_company
from beroepsplanner.store.models import Profession
from beroepsplanner.store.transfer.company_export import company_rows
from beroepsplanner.ui.companies_page import CompaniesPage
from beroepsplanner.ui.company_import_dialog import CompanyImportDialog, export_companies_to
from beroepsplanner.ui.workspace import Workspace


def write(tmp_path: Path, text: str, name: str = "bedrijven.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def dialog_on(qtbot: QtBot, workspace: Workspace, path: Path) -> CompanyImportDialog:
    dialog = CompanyImportDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    return dialog


def stored(workspace: Workspace) -> list[tuple[str, ...]]:
    return workspace.read(company_rows)


def problems(dialog: CompanyImportDialog) -> list[str]:
    return dialog.problem_model.stringList()


def test_an_unrecognised_column_is_offered_as_not_read_and_imports_once_mapped(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path = write(
        tmp_path, "Bedrijf;Plaats;Mailadres van de contactpersoon\nBakkerij Mol;Utrecht;info@mol.nl\n"
    )
    dialog = dialog_on(qtbot, workspace, path)
    assert dialog.combos[2].currentData() is None
    assert dialog.combos[2].currentText() == dialog.tr("— do not import —")
    assert dialog.mapping() == {CompanyField.NAME: 0, CompanyField.PLACE: 1}

    dialog.set_mapping(2, CompanyField.EMAIL)
    assert dialog.preview_model.headerData(2, Qt.Orientation.Horizontal).endswith("E-mail")
    assert dialog.import_button.isEnabled()
    assert dialog.import_file()

    assert stored(workspace) == [
        ("Bakkerij Mol", "Utrecht", "", "Algemeen", "info@mol.nl", "", "", "", "", "")
    ]
    assert "1 added" in dialog.summary_label.text()


def test_choosing_a_field_twice_moves_it_to_the_new_column(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path = write(tmp_path, "Naam;Firma\nA;B\n")
    dialog = dialog_on(qtbot, workspace, path)
    dialog.set_mapping(1, CompanyField.NAME)
    assert dialog.mapping() == {CompanyField.NAME: 1}
    assert dialog.combos[0].currentData() is None


def test_a_bad_row_is_named_by_its_excel_row_and_nothing_is_imported_until_skip(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "Naam;Plaats;E-mail;Sector\n"
        "Garage Smit;Zeist;werk@smit.nl;Hi-tech & Science\n"
        "Zorg BV;Ede;geen-adres;\n"
        "Atlantis;Ede;;Onderwaterwereld\n",
    )
    dialog = dialog_on(qtbot, workspace, path)
    texts = problems(dialog)
    assert texts[0].startswith("Rij 3, kolom E-mail:")
    # Only the database knows the worlds; an unknown one is kept in the notes (issue 13).
    assert texts[1].endswith("Rij 4, kolom Sector: 'Onderwaterwereld' is geen wereld of sector die het "
                             "programma kent; de tekst staat bij de opmerkingen van het bedrijf. Kies de "
                             "wereld in het venster bij het bedrijf, of gebruik een bekende naam.")
    assert not dialog.import_button.isEnabled()
    assert not dialog.import_file()
    assert stored(workspace) == []

    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert "2 new" in dialog.summary_label.text() and "1 skipped" in dialog.summary_label.text()
    assert dialog.import_file()
    assert sorted(r[0] for r in stored(workspace)) == ["Atlantis", "Garage Smit"]
    assert "1 skipped" in dialog.summary_label.text()


def test_the_problem_list_follows_the_mapping(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path = write(tmp_path, "Naam;Contact\nA;niet-goed\n")
    dialog = dialog_on(qtbot, workspace, path)
    assert problems(dialog) == []
    dialog.set_mapping(1, CompanyField.EMAIL)
    assert problems(dialog) and problems(dialog)[0].startswith("Rij 2, kolom Contact:")
    dialog.set_mapping(1, None)
    assert problems(dialog) == []
    dialog.set_mapping(0, None)
    assert "geen kolom met de naam" in problems(dialog)[0]
    assert not dialog.import_button.isEnabled()


def test_importing_the_same_file_twice_changes_nothing(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        'Naam;Plaats;Contactpersoon;Beroepen;Opmerkingen\n'
        'Bakkerij Mol;Utrecht;Ans;bakker; banketbakker;"twee\nregels"\n'
        "Bakkerij Mol;Utrecht;Kees;;\n",
    )
    assert dialog_on(qtbot, workspace, path).import_file()
    after_first = stored(workspace)
    second = dialog_on(qtbot, workspace, path)
    assert "0 new, 0 updated, 1 unchanged" in second.summary_label.text()
    assert second.import_file()
    assert stored(workspace) == after_first


def test_undo_puts_back_exactly_what_was_there_and_redo_imports_again(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    existing = CompanyDetails(
        name="Garage Smit", place="Zeist", notes="Oud",
        contacts=(ContactDetails(name="Piet", role="eigenaar", email="piet@smit.nl"),),
    )
    workspace.run_in_transaction(lambda s: create_company(s, existing), ["companies"])
    before = stored(workspace)
    path = write(
        tmp_path,
        "Naam;Plaats;Contactpersoon;E-mail;Beroepen;Groep vanaf\n"
        "garage smit;Zeist;Piet;nieuw@smit.nl;Droomberoep in de garage;5\n"
        "Garage Smit;Zeist;Fatima;fatima@smit.nl;;\n"
        "Nieuwbouw BV;Ede;;;;\n",
    )
    dialog = dialog_on(qtbot, workspace, path)
    assert dialog.import_file()
    after = stored(workspace)
    assert after != before and len({r[0] for r in after}) == 2

    workspace.undo_stack.undo()
    assert stored(workspace) == before
    assert workspace.read(lambda s: _profession_named(s, "Droomberoep in de garage")) is None
    workspace.undo_stack.redo()
    assert stored(workspace) == after


def _profession_named(session: Session, name: str) -> int | None:
    return session.scalar(select(Profession.id).where(Profession.name == name))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back_without_changes(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, suffix: str
) -> None:
    source = write(
        tmp_path,
        "Naam;Plaats;Contactpersoon;E-mail;Telefoon;Werelden;Beroepen;Groep vanaf\n"
        "Bakkerij Mol;Utrecht;Ans;ans@mol.nl;030-1234567;Voeding & Natuur;bakker;4\n"
        "Bakkerij Mol;Utrecht;Kees;;;;;\n"
        "Zorg BV;Ede;;;;Mens & Gezondheid;verpleegkundige;\n",
    )
    assert dialog_on(qtbot, workspace, source).import_file()
    before = stored(workspace)
    out = tmp_path / f"export{suffix}"
    assert export_companies_to(workspace, out) == 2

    again = dialog_on(qtbot, workspace, out)
    assert problems(again) == []
    assert again.import_file()
    assert "0 added, 0 updated, 2 unchanged" in again.summary_label.text()
    assert stored(workspace) == before


def test_an_unreadable_file_shows_the_dutch_reason(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    old_excel = tmp_path / "oud.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    dialog = CompanyImportDialog(workspace)
    qtbot.addWidget(dialog)
    assert not dialog.load(old_excel)
    assert not dialog.file_error.isHidden()
    assert "oud Excel-bestand (.xls)" in dialog.file_error.text()
    assert not dialog.import_button.isEnabled()


def test_the_companies_page_has_import_and_export_buttons(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = CompaniesPage(workspace)
    qtbot.addWidget(page)
    opened: list[CompanyImportDialog] = []
    monkeypatch.setattr(CompanyImportDialog, "exec", lambda self: opened.append(self) or 0)
    page.import_button.click()
    assert len(opened) == 1
    assert page.export_button.isEnabled()
