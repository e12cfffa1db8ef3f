"""The chain builder's Pupils tab (issue 15, item 4): each pupil's record in a chain, filled
in by keyboard, stored at once and undoable; and printing the record from the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.pupil_record import ChainPupilEntry, Talent
from beroepsplanner.store.chain_pupils import chain_pupil_sheet
from beroepsplanner.store.models import Activity, Chain
from beroepsplanner.ui import chain_record
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.chain_commands import DeleteChainCommand
from beroepsplanner.ui.class_commands import RemovePupilsCommand, SetUpSchoolCommand
from beroepsplanner.ui.models.chain_pupil_table import Column
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.print_dialog import PrintDialog
from beroepsplanner.ui.workspace import Workspace

AFTER = dt.date(2026, 12, 1)
"""A day after the Groep 6a visit (17 November 2026) and before its workshop (March 2027)."""


def chain_by_key(workspace: Workspace, key: str) -> int:
    return workspace.read(
        lambda s: s.scalars(
            # The first by date: Groep 6a's visit is before Groep 5's (February 2027).
            select(Chain.id).join(Activity, Chain.activity_id == Activity.id).where(Activity.key == key)
            .order_by(Chain.date)
        ).first()
    )


def entries(workspace: Workspace, chain_id: int) -> dict[str, ChainPupilEntry]:
    sheet = workspace.read(lambda s: chain_pupil_sheet(s, chain_id))
    return {row.display_name: row.entry for row in sheet.rows if not row.entry.is_empty}


@pytest.fixture
def builder(demo: Workspace, qtbot: QtBot) -> Iterator[ChainBuilderDialog]:
    """The chain builder on Groep 6a's company visit, carried out, as on 1 December 2026."""
    chain_id = chain_by_key(demo, "bedrijfsbezoek-techyourfuture")
    dialog = ChainBuilderDialog(demo, ChainRequest(chain_id=chain_id))
    qtbot.addWidget(dialog)
    dialog.record_panel.today = AFTER
    dialog.record_panel.reload()
    dialog.show()
    yield dialog


def test_a_carried_out_chain_opens_on_the_pupils_tab_with_the_class(builder: ChainBuilderDialog) -> None:
    panel = builder.record_panel
    assert builder.side_tabs.currentWidget() is panel
    assert builder.side_tabs.tabText(builder.side_tabs.indexOf(panel)) == "&Pupils"
    assert panel.model.rowCount() == 27 and panel.view.isEnabled()
    assert panel.model.index(0, Column.PUPIL).data() == panel.sheet.rows[0].display_name
    assert "Space ticks a box" in panel.hint.text()


def test_space_ticks_absent_and_undo_in_the_tab_takes_it_back(
    builder: ChainBuilderDialog, demo: Workspace, qtbot: QtBot
) -> None:
    panel, chain_id = builder.record_panel, builder.chain_id
    assert chain_id is not None
    name = panel.sheet.rows[2].display_name
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(2, Column.ABSENT))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert entries(demo, chain_id) == {name: ChainPupilEntry(chain_id, panel.sheet.rows[2].pupil_id, absent=True)}
    assert panel.model.index(2, Column.ABSENT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert panel.view.currentIndex().row() == 2  # the cursor stays where the teacher is
    # Then "wil ik meer van weten" on the next row, by keyboard too (Enter goes down).
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert builder.isVisible() and panel.view.currentIndex().row() == 3
    qtbot.keyClick(panel.view, Qt.Key.Key_Right)
    qtbot.keyClick(panel.view, Qt.Key.Key_Right)
    assert panel.view.currentIndex().column() == Column.WANTS_MORE
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert len(entries(demo, chain_id)) == 2
    assert demo.undo_stack.undoText() == f"Record of {panel.sheet.rows[3].display_name}"

    assert panel.undo_action.isEnabled()
    builder.activateWindow()
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert list(entries(demo, chain_id)) == [name]
    panel.undo_action.trigger()
    assert entries(demo, chain_id) == {}
    assert not panel.undo_action.isEnabled()  # nothing of this record left to undo
    panel.redo_action.trigger()
    assert list(entries(demo, chain_id)) == [name]
    assert panel.model.index(2, Column.ABSENT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_enter_on_talents_opens_the_ticks_and_typing_writes_the_own_words(
    builder: ChainBuilderDialog, demo: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel, chain_id = builder.record_panel, builder.chain_id
    assert chain_id is not None

    def tick(dialog: chain_record.TalentDialog) -> int:
        assert dialog.windowTitle().startswith("Talents of ")
        dialog.boxes[Talent.MAKING].setChecked(True)
        dialog.boxes[Talent.TEAMWORK].setChecked(True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(chain_record.TalentDialog, "exec", tick)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, Column.TALENTS))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert builder.isVisible()  # Enter is the table's, never the dialog's Save
    row = panel.sheet.rows[0]
    assert row.entry.talents == (Talent.TEAMWORK, Talent.MAKING)
    assert panel.model.index(0, Column.TALENTS).data() == "samenwerken, bouwen en maken"

    panel.view.setCurrentIndex(panel.model.index(0, Column.OWN_WORDS))
    qtbot.keyClick(panel.view, "I")  # typing starts the editor with the first letter
    editor = panel.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "I" and editor.maxLength() == 200
    qtbot.keyClicks(editor, "k wil bouwen & maken!")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits a moment later (queued)
    qtbot.waitUntil(lambda: row.display_name in entries(demo, chain_id) and bool(
        entries(demo, chain_id)[row.display_name].own_words))
    assert entries(demo, chain_id)[row.display_name].own_words == "Ik wil bouwen & maken!"
    assert panel.model.index(0, Column.OWN_WORDS).data() == "Ik wil bouwen & maken!"


def test_a_refused_line_is_said_in_the_tab_and_nothing_is_stored(
    builder: ChainBuilderDialog, demo: Workspace
) -> None:
    panel = builder.record_panel
    assert not panel.model.setData(panel.model.index(1, Column.OWN_WORDS), "een\ttab")
    assert panel.message.isVisible()
    assert panel.message.text().startswith("De eigen woorden van de leerling: de tekst bevat")
    assert builder.chain_id is not None and entries(demo, builder.chain_id) == {}


def test_before_the_activity_the_pupils_are_shown_but_nothing_can_be_ticked(
    demo: Workspace, qtbot: QtBot
) -> None:
    chain_id = chain_by_key(demo, "workshop-de-wetenschapper")  # Groep 6a, 23 March 2027
    dialog = ChainBuilderDialog(demo, ChainRequest(chain_id=chain_id))
    qtbot.addWidget(dialog)
    panel = dialog.record_panel
    panel.today = AFTER
    panel.reload()
    assert panel.model.rowCount() == 27
    assert panel.model.read_only and "23-03-2027" in panel.hint.text()
    flags = panel.model.flags(panel.model.index(0, Column.ABSENT))
    assert not flags & Qt.ItemFlag.ItemIsUserCheckable
    assert not panel.model.setData(panel.model.index(0, Column.ABSENT), Qt.CheckState.Checked,
                                   Qt.ItemDataRole.CheckStateRole)
    assert entries(demo, chain_id) == {}


def test_a_new_chain_asks_to_be_saved_first(demo: Workspace, qtbot: QtBot) -> None:
    dialog = ChainBuilderDialog(demo, ChainRequest())
    qtbot.addWidget(dialog)
    assert dialog.side_tabs.currentWidget() is dialog.findings_panel
    assert not dialog.record_panel.view.isEnabled()
    assert dialog.record_panel.hint.text().startswith("Save the chain first")


def test_deleting_the_chain_or_a_pupil_is_undone_with_the_record(demo: Workspace) -> None:
    chain_id = chain_by_key(demo, "bedrijfsbezoek-techyourfuture")
    rows = demo.read(lambda s: chain_pupil_sheet(s, chain_id)).rows
    for row in rows[:2]:
        chain_record_entry = ChainPupilEntry(chain_id, row.pupil_id, wants_more=True, own_words="Ja")
        demo.execute(chain_record.SetChainPupilCommand(chain_record_entry, row.display_name))
    before = entries(demo, chain_id)
    demo.execute(RemovePupilsCommand([rows[0].pupil_id], [rows[0].display_name]))
    assert list(entries(demo, chain_id)) == [rows[1].display_name]
    demo.undo_stack.undo()
    assert entries(demo, chain_id) == before
    demo.execute(DeleteChainCommand(chain_id, "bezoek"))
    demo.undo_stack.undo()
    assert entries(demo, chain_id) == before


def test_the_talents_are_in_english_in_the_english_window(
    english: None, builder: ChainBuilderDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = builder.record_panel
    seen: list[str] = []

    def tick(dialog: chain_record.TalentDialog) -> int:
        seen.extend(box.text() for box in dialog.boxes.values())
        dialog.boxes[Talent.CARING].setChecked(True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(chain_record.TalentDialog, "exec", tick)
    assert panel.choose_talents(0)
    assert seen[:2] == ["working together", "working precisely"]
    assert panel.model.index(0, Column.TALENTS).data() == "caring for others"


def test_the_record_is_printed_from_the_print_dialog(
    demo: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog = PrintDialog(demo)
    qtbot.addWidget(dialog)
    dialog.select_document("record")
    dialog.select_class("Groep 6a")
    assert dialog.scope_combo.count() == 1 and not dialog.chain_combo.isVisible()
    assert Path(dialog.path_edit.text()).name == "pupil-record-groep-6a.pdf"
    out = tmp_path / "overzicht.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.printed, timeout=60000):
        assert dialog.print_pdf() is not None
    dialog.wait_for_job()
    reader = PdfReader(out)
    assert len(reader.pages) >= 27
    assert "OVERZICHT BEROEPSORIËNTATIE" in reader.pages[0].extract_text()


def test_a_class_without_pupils_has_no_record_to_print(workspace: Workspace, qtbot: QtBot) -> None:
    workspace.execute(
        SetUpSchoolCommand("De Vlieger", Region.MIDDEN, "2026-2027", "Groep 5", 5, "", [])
    )
    dialog = PrintDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.select_document("record")
    assert dialog.message_label.text() == "Groep 5 has no pupils yet; there is nothing to print."
    assert not dialog.print_button.isEnabled()
