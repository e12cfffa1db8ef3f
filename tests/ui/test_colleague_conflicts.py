"""A colleague saved the same chain, class or company while this window had it open
(issue 16 item 4): the save is refused, the conflict dialog shows both versions, what the
user typed stays; saving over the colleague's version needs two yeses; undo refuses to
write over a colleague's later save. Headless (pytest-qt, offscreen).

The colleague is the same file opened a second time (``open_database``): another program,
as another laptop on a school server is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.store.chain_editing import load_chain_form, save_chain_form
from beroepsplanner.store.classes import class_info, find_class, list_year_classes, update_class
from beroepsplanner.store.company_network import company_details, update_company
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Chain
from beroepsplanner.store.row_versions import ChangedByColleagueError, ensure_versions
from beroepsplanner.store.sessions import Database
from beroepsplanner.ui import conflict_dialog, error_text
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.class_dialog import ClassDialog
from beroepsplanner.ui.classes_page import ClassesPage
from beroepsplanner.ui.companies_page import CompaniesPage
from beroepsplanner.ui.conflict_dialog import ConflictDialog
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace

Answer = QMessageBox.StandardButton


@pytest.fixture
def colleague(demo: Workspace) -> Iterator[Database]:
    """The demo file opened by a second program: a colleague's window."""
    assert demo.path is not None
    other = open_database(demo.path)
    yield other
    other.close()


@pytest.fixture
def conflicts(monkeypatch: pytest.MonkeyPatch) -> list[ConflictDialog]:
    """Every conflict dialog the window opens, answered with Keep editing (the default)."""
    shown: list[ConflictDialog] = []

    def exec_(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        dialog.keep_button.click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return shown


def overwrite_next(monkeypatch: pytest.MonkeyPatch, shown: list[ConflictDialog]) -> list[str]:
    """The next conflict dialogs answer Save my version anyway, and its question Yes."""
    asked: list[str] = []

    def exec_(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        dialog.overwrite_button.click()
        return dialog.result()

    def question(_parent: object, title: str, *_args: object) -> Answer:
        asked.append(title)
        return Answer.Yes

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    monkeypatch.setattr(conflict_dialog.QMessageBox, "question", question)
    return asked


def rows(dialog: ConflictDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }


def a_chain(workspace: Workspace) -> int:
    return workspace.read(
        lambda s: s.scalars(
            select(Chain.id).where(Chain.status == ChainStatus.CONCEPT).order_by(Chain.id)
        ).first()
    )


def stored_notes(workspace: Workspace, chain_id: int) -> str:
    return workspace.read(lambda s: load_chain_form(s, chain_id).notes)


def colleague_saves_notes(colleague: Database, chain_id: int, notes: str) -> None:
    with colleague.transaction() as session:
        form = load_chain_form(session, chain_id)
        save_chain_form(session, dataclasses.replace(form, notes=notes), chain_id)


# --- the chain builder -------------------------------------------------------------------------


def test_the_chain_builder_keeps_what_was_typed_when_a_colleague_saved_first(
    qtbot: QtBot,
    demo: Workspace,
    colleague: Database,
    conflicts: list[ConflictDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chain_id = a_chain(demo)
    builder = ChainBuilderDialog(demo, ChainRequest(chain_id=chain_id))
    qtbot.addWidget(builder)
    builder.show()
    builder.notes_edit.setPlainText("Mijn eigen aantekening")
    colleague_saves_notes(colleague, chain_id, "De bus is besteld")

    builder.save()

    assert len(conflicts) == 1
    shown = conflicts[0]
    message = shown.findChild(QLabel, "conflictMessage")
    assert "Een collega heeft deze keten intussen gewijzigd" in message.text()
    assert rows(shown)["Notes"] == ("De bus is besteld", "Mijn eigen aantekening")
    # Keep editing: the builder stays open with the typed text, nothing written, no step.
    assert builder.isVisible() and builder.result() != QDialog.DialogCode.Accepted
    assert builder.notes_edit.toPlainText() == "Mijn eigen aantekening"
    assert "Een collega heeft deze keten intussen gewijzigd" in builder.message_label.text()
    assert stored_notes(demo, chain_id) == "De bus is besteld"
    assert demo.undo_stack.count() == 0

    # Save my version anyway, and Yes to the second question: written over the colleague's.
    asked = overwrite_next(monkeypatch, conflicts)
    builder.save()
    assert len(conflicts) == 2 and len(asked) == 1
    assert builder.result() == QDialog.DialogCode.Accepted
    assert stored_notes(demo, chain_id) == "Mijn eigen aantekening"
    # Undo gives the colleague's version back (this window's own step).
    demo.undo_stack.undo()
    assert stored_notes(demo, chain_id) == "De bus is besteld"


def test_no_to_the_second_question_saves_nothing(
    qtbot: QtBot, demo: Workspace, colleague: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain_id = a_chain(demo)
    builder = ChainBuilderDialog(demo, ChainRequest(chain_id=chain_id))
    qtbot.addWidget(builder)
    builder.show()
    builder.notes_edit.setPlainText("Van mij")
    colleague_saves_notes(colleague, chain_id, "Van de collega")
    shown: list[ConflictDialog] = []

    def exec_(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        dialog.overwrite_button.click()  # the second question says No
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    monkeypatch.setattr(conflict_dialog.QMessageBox, "question", lambda *_a: Answer.No)
    builder.save()
    assert shown and not shown[0].overwrite
    assert builder.notes_edit.toPlainText() == "Van mij"
    assert stored_notes(demo, chain_id) == "Van de collega"


def test_undo_over_a_colleagues_later_save_is_refused_and_leaves_the_stack(
    qtbot: QtBot, demo: Workspace, colleague: Database
) -> None:
    chain_id = a_chain(demo)
    builder = ChainBuilderDialog(demo, ChainRequest(chain_id=chain_id))
    qtbot.addWidget(builder)
    builder.notes_edit.setPlainText("Stap van mij")
    builder.save()
    assert stored_notes(demo, chain_id) == "Stap van mij"
    assert demo.undo_stack.count() == 1
    colleague_saves_notes(colleague, chain_id, "Later van de collega")

    failures: list[str] = []
    demo.failed.connect(failures.append)
    demo.undo_stack.undo()

    assert len(failures) == 1
    assert failures[0].startswith("Dit kan niet ongedaan worden gemaakt")
    assert "een collega heeft de keten" in failures[0]
    assert stored_notes(demo, chain_id) == "Later van de collega"
    # The refused step left the stack: nothing to undo or redo that would go wrong.
    assert demo.undo_stack.count() == 0
    assert not demo.undo_stack.canUndo() and not demo.undo_stack.canRedo()


def test_this_windows_own_later_steps_do_not_block_an_earlier_undo(
    qtbot: QtBot, demo: Workspace
) -> None:
    chain_id = a_chain(demo)
    for notes in ("een", "twee"):
        builder = ChainBuilderDialog(demo, ChainRequest(chain_id=chain_id))
        qtbot.addWidget(builder)
        builder.notes_edit.setPlainText(notes)
        builder.save()
    demo.undo_stack.undo()
    demo.undo_stack.undo()
    assert demo.undo_stack.index() == 0
    demo.undo_stack.redo()
    demo.undo_stack.redo()
    assert stored_notes(demo, chain_id) == "twee"


# --- the classes page and the companies page ------------------------------------------------------


def test_the_class_dialog_stays_open_with_the_typed_teacher(
    qtbot: QtBot,
    demo: Workspace,
    colleague: Database,
    conflicts: list[ConflictDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = ClassesPage(demo)
    qtbot.addWidget(page)
    page.show()
    info = page.selected_class()
    assert info is not None
    with colleague.transaction() as session:
        update_class(session, info.id, info.name, info.grade, "meester Ruud")
    opened: list[ClassDialog] = []

    def exec_(dialog: ClassDialog) -> int:
        opened.append(dialog)
        dialog.teacher_edit.setText("juf Sanne")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ClassDialog, "exec", exec_)
    page.edit_class()

    assert rows(conflicts[0])["Teacher"] == ("meester Ruud", "juf Sanne")
    dialog = opened[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.teacher_edit.text() == "juf Sanne"
    assert "Een collega heeft deze klas intussen gewijzigd" in dialog.error_label.text()
    teachers = {c.id: c.teacher for c in demo.read(lambda s: list_year_classes(s, info.school_year))}
    assert teachers[info.id] == "meester Ruud"


def test_the_company_form_keeps_its_input_and_saves_over_only_when_asked_twice(
    qtbot: QtBot,
    demo: Workspace,
    colleague: Database,
    conflicts: list[ConflictDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = CompaniesPage(demo)
    qtbot.addWidget(page)
    page.show()
    company_id = page.form.company_id
    assert company_id is not None
    page.form.notes_edit.setPlainText("Parkeren achter de hal.")
    with colleague.transaction() as session:
        details = company_details(session, company_id)
        update_company(session, company_id, dataclasses.replace(details, address="Nieuwe weg 1"))

    assert not page.save()
    assert rows(conflicts[0])["Address"][0] == "Nieuwe weg 1"
    assert page.form.notes_edit.toPlainText() == "Parkeren achter de hal."
    assert "Een collega heeft dit bedrijf intussen gewijzigd" in page.form.problems_text()
    assert demo.read(lambda s: company_details(s, company_id)).address == "Nieuwe weg 1"

    overwrite_next(monkeypatch, conflicts)
    assert page.save()
    saved = demo.read(lambda s: company_details(s, company_id))
    assert saved.notes == "Parkeren achter de hal."
    assert saved.address == details.address  # the form's address: this user's version


# --- in English ---------------------------------------------------------------------------------


def test_the_refusals_read_in_english(
    english: None, demo: Workspace, colleague: Database
) -> None:
    chain_id = a_chain(demo)
    form, version = demo.read(
        lambda s: (load_chain_form(s, chain_id), s.get(Chain, chain_id).version)
    )
    colleague_saves_notes(colleague, chain_id, "x")
    with pytest.raises(ChangedByColleagueError) as refused, demo.database.transaction() as session:
        save_chain_form(session, form, chain_id, expected_version=version)
    text = error_text.error(refused.value)
    assert text.startswith("A colleague has changed this chain meanwhile (‘")
    assert "Nothing has been saved" in text

    with demo.database.session() as session:
        class_id = find_class(session, "Groep 6b").id
        version = class_info(session, class_id).version
    with colleague.transaction() as session:
        update_class(session, class_id, "Groep 6b", 6, "meester Ruud")
    # This window last wrote the class at ``version``; the colleague's save came after.
    with pytest.raises(ChangedByColleagueError) as undo, demo.database.transaction() as session:
        ensure_versions(session, {("classes", class_id): version}, what="Edit class Groep 6b")
    assert error_text.error(undo.value) == (
        "This cannot be undone (‘Edit class Groep 6b’): a colleague has changed the class "
        "‘Groep 6b’ meanwhile. Nothing has been changed."
    )


def test_the_conflict_table_speaks_the_forms_own_dutch(dutch: list, qtbot: QtBot) -> None:
    chain = {label for _attribute, label, _shown in conflict_dialog.chain_fields({}, {}, {}, {})}
    assert {"Klas", "Datum van de activiteit", "Notities", "Observatie", "Reiswijze"} <= chain
    company = {label for _attribute, label, _shown in conflict_dialog.company_fields()}
    assert {"Opmerkingen", "Contactpersonen", "Rolmodellen"} <= company
    dialog = ConflictDialog("Een collega heeft deze keten intussen gewijzigd.", [("Notities", "a", "b")])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Gewijzigd door een collega"
    assert dialog.keep_button.text() == "Doorgaan met &bewerken"
    assert dialog.overwrite_button.text() == "&Toch mijn versie opslaan…"
    assert conflict_dialog.text(True) == "ja"
