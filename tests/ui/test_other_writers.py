"""Undo in the window never takes back a colleague's work, and the window shows what
other programs changed (issue 11, item 4).

The colleague is the same file opened a second time (another writer, as another window
would be) or ``beroepsplanner import companies`` run in a real second process.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.io.company_import import parse_companies
from beroepsplanner.io.tables import read_table
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Company, CompanyContact
from beroepsplanner.store.transfer.company_export import company_rows
from beroepsplanner.store.transfer.company_import import import_companies
from beroepsplanner.ui.companies_page import CompaniesPage
from beroepsplanner.ui.company_commands import DeleteCompanyCommand
from beroepsplanner.ui.company_import_dialog import CompanyImportDialog
from beroepsplanner.ui.models.company_table import Column
from beroepsplanner.ui.workspace import POLL_MS, Workspace

OURS = "Naam;Plaats;Contactpersoon;E-mail\nBakkerij Mol;Utrecht;Ans;ans@mol.nl\nZorg BV;Ede;;\n"
THEIRS = "Naam;Plaats;Contactpersoon;E-mail\n{company};{place};Kees;kees@example.nl\n"
PLACES = {"Bakkerij Mol": "Utrecht", "Zorg BV": "Ede"}
REFRESH_MS = 3 * POLL_MS


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace) -> CompaniesPage:
    shown = CompaniesPage(workspace)
    qtbot.addWidget(shown)
    shown.resize(1300, 800)
    shown.show()
    return shown


def import_in_window(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "bedrijven.csv"
    path.write_text(OURS, encoding="utf-8")
    dialog = CompanyImportDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert dialog.import_file()


def colleague_file(tmp_path: Path, company: str) -> Path:
    path = tmp_path / "collega.csv"
    path.write_text(THEIRS.format(company=company, place=PLACES[company]), encoding="utf-8")
    return path


def second_window_adds_contact(database: Path, tmp_path: Path, company: str) -> None:
    """Another writer on the same file: a second window does what the command line does."""
    other = open_database(database)
    try:
        rows = parse_companies(read_table(colleague_file(tmp_path, company))).rows
        with other.transaction() as session:
            import_companies(session, rows)
    finally:
        other.close()


def command_line_adds_contact(database: Path, tmp_path: Path, company: str) -> None:
    """``beroepsplanner import companies`` in a process of its own, as a script would run it."""
    source = colleague_file(tmp_path, company)
    result = subprocess.run(
        [sys.executable, "-m", "beroepsplanner", "import", "companies", str(source), "--db", str(database)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


COLLEAGUES = {"second window": second_window_adds_contact, "command line": command_line_adds_contact}


def everything(workspace: Workspace) -> tuple[list[tuple[str, ...]], list[tuple[object, ...]]]:
    def question(session):
        contacts = session.execute(
            select(CompanyContact.id, Company.name, CompanyContact.name, CompanyContact.email)
            .join(Company)
            .order_by(CompanyContact.id)
        ).all()
        return company_rows(session), [tuple(row) for row in contacts]

    return workspace.read(question)


def select_company(page: CompaniesPage, name: str) -> None:
    proxy = page.company_proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, Column.NAME).data() == name:
            page.company_view.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def shown_contacts(page: CompaniesPage) -> list[str]:
    return [c.name for c in page.form.contact_table.contacts()]


# --- undo over a colleague's work -----------------------------------------------------------


@pytest.mark.parametrize("colleague", COLLEAGUES, ids=list(COLLEAGUES))
def test_undo_of_an_import_refuses_after_a_colleague_added_a_contact_and_the_page_shows_it(
    qtbot: QtBot, workspace: Workspace, page: CompaniesPage, tmp_path: Path, colleague: str
) -> None:
    assert workspace.path is not None
    import_in_window(qtbot, workspace, tmp_path)
    qtbot.waitUntil(lambda: page.company_proxy.rowCount() == 2)
    select_company(page, "Zorg BV")
    assert shown_contacts(page) == []

    with qtbot.waitSignal(
        workspace.dataChanged, timeout=REFRESH_MS, check_params_cb=lambda s: s == "companies"
    ):
        started = time.monotonic()
        COLLEAGUES[colleague](workspace.path, tmp_path, "Zorg BV")
    # The page reloads on its own, within the timer's period, and keeps its selection.
    qtbot.waitUntil(lambda: shown_contacts(page) == ["Kees"], timeout=REFRESH_MS)
    assert time.monotonic() - started < 60  # the subprocess's start-up included
    before = everything(workspace)
    assert ("Zorg BV", "Kees") in {(row[1], row[2]) for row in before[1]}

    with qtbot.waitSignal(workspace.failed, timeout=2000) as failed:
        workspace.undo_stack.undo()
    message = failed.args[0]
    # The colleague's contact raised the company's version (store/row_versions.py).
    assert message.startswith(
        "Dit kan niet ongedaan worden gemaakt (‘Import companies from bedrijven.csv’): "
    )
    assert "een collega heeft het bedrijf ‘Zorg BV’ intussen gewijzigd" in message
    assert message.endswith("Er is niets veranderd.")
    assert everything(workspace) == before
    # The refused step left the stack: a second Undo cannot try again behind the user's back.
    assert not workspace.undo_stack.canUndo()
    assert shown_contacts(page) == ["Kees"]


def test_undo_without_a_colleague_still_takes_the_import_back_and_redo_brings_it(
    qtbot: QtBot, workspace: Workspace, page: CompaniesPage, tmp_path: Path
) -> None:
    import_in_window(qtbot, workspace, tmp_path)
    imported = everything(workspace)
    assert [row[0] for row in imported[0]] == ["Bakkerij Mol", "Zorg BV"]
    with qtbot.assertNotEmitted(workspace.failed):
        workspace.undo_stack.undo()
    assert everything(workspace) == ([], [])
    with qtbot.assertNotEmitted(workspace.failed):
        workspace.undo_stack.redo()
    assert everything(workspace)[0] == imported[0]
    with qtbot.assertNotEmitted(workspace.failed):
        workspace.undo_stack.undo()
    assert everything(workspace) == ([], [])


def test_a_colleagues_change_to_another_company_does_not_stop_the_undo(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    import_in_window(qtbot, workspace, tmp_path)
    assert workspace.path is not None
    other = open_database(workspace.path)
    try:
        with other.transaction() as session:
            session.add(Company(name="Garage Smit", place="Zeist"))
    finally:
        other.close()
    with qtbot.assertNotEmitted(workspace.failed):
        workspace.undo_stack.undo()
    assert [row[0] for row in everything(workspace)[0]] == ["Garage Smit"]


def test_a_company_deleted_and_brought_back_in_this_window_is_still_protected(
    qtbot: QtBot, workspace: Workspace, page: CompaniesPage, tmp_path: Path
) -> None:
    # Undo of a delete creates the company again under a new id; the colleague's
    # contact on that new id must still stop the undo of the import.
    import_in_window(qtbot, workspace, tmp_path)
    first_id = workspace.read(
        lambda s: s.scalars(select(Company.id).where(Company.name == "Bakkerij Mol")).one()
    )
    workspace.execute(DeleteCompanyCommand(page.refs, page.refs.of(first_id), "Bakkerij Mol"))
    workspace.undo_stack.undo()
    new_id = workspace.read(
        lambda s: s.scalars(select(Company.id).where(Company.name == "Bakkerij Mol")).one()
    )
    assert new_id != first_id
    assert workspace.path is not None
    second_window_adds_contact(workspace.path, tmp_path, "Bakkerij Mol")
    before = everything(workspace)

    with qtbot.waitSignal(workspace.failed, timeout=2000) as failed:
        workspace.undo_stack.undo()
    assert "bedrijf ‘Bakkerij Mol’ is intussen door iemand anders gewijzigd" in failed.args[0]
    assert everything(workspace) == before


# --- refreshing ---------------------------------------------------------------------------------


def test_the_refresh_waits_while_a_modal_dialog_is_open(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    import_in_window(qtbot, workspace, tmp_path)
    workspace.poll_timer.stop()  # driven by hand here
    assert workspace.path is not None
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.show()
    second_window_adds_contact(workspace.path, tmp_path, "Zorg BV")
    with qtbot.assertNotEmitted(workspace.dataChanged):
        assert not workspace.check_for_changes()
    dialog.close()
    with qtbot.waitSignal(workspace.dataChanged, check_params_cb=lambda s: s == "companies"):
        assert workspace.check_for_changes()
    assert not workspace.check_for_changes()


def test_own_changes_do_not_refresh_twice(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    workspace.poll_timer.stop()
    import_in_window(qtbot, workspace, tmp_path)
    with qtbot.assertNotEmitted(workspace.dataChanged):
        assert not workspace.check_for_changes()
