"""The print dialog's paper for parents (issue 17 item 5): the cards for home of a chain that
has taken place (a chain still to come or a concept says why not, and the dialog moves to the
class's last chain that has taken place), and the sheet of the seven worlds without a class."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from beroepsplanner.ui.print_dialog import PrintDialog
from beroepsplanner.ui.workspace import Workspace

DAY = dt.date(2026, 12, 1)


@pytest.fixture
def dialog(demo: Workspace, qtbot: QtBot) -> Iterator[PrintDialog]:
    dlg = PrintDialog(demo, today=DAY)
    qtbot.addWidget(dlg)
    yield dlg
    dlg.wait_for_job()


def chain_titled(dialog: PrintDialog, title: str) -> int:
    return next(c.id for c in dialog.choices.chains if c.activity_title == title)


def test_cards_for_home_open_on_the_last_chain_that_took_place(
    dutch: list, dialog: PrintDialog
) -> None:
    dialog.select_class("Groep 6a")
    dialog.select_document("homecard")
    chain = dialog.chain()
    assert chain is not None and chain.date == dt.date(2026, 11, 17)
    assert dialog.scope_combo.currentData() == "chain" and dialog.print_button.isEnabled()
    assert not dialog.message_label.isVisible() or not dialog.message_label.text()
    assert Path(dialog.path_edit.text()).name.startswith("kaarten-voor-thuis-groep-6a-")


def test_a_chain_still_to_come_or_a_concept_says_why_there_is_no_card(
    dutch: list, dialog: PrintDialog
) -> None:
    dialog.select_class("Groep 6a")
    dialog.select_document("homecard")
    coming = chain_titled(dialog, "Workshop De wetenschapper (NEMO)")
    dialog.select_chain(coming)
    assert not dialog.print_button.isEnabled()
    assert "is voor na de activiteit" in dialog.message_label.text()
    assert "23-03-2027" in dialog.message_label.text()
    concept = next(c.id for c in dialog.choices.chains if c.status.value == "concept")
    dialog.select_chain(concept)
    assert not dialog.print_button.isEnabled()
    assert "nog een concept" in dialog.message_label.text()


def test_the_refusal_is_english_in_the_english_window(english: list, dialog: PrintDialog) -> None:
    dialog.select_class("Groep 6a")
    dialog.select_document("homecard")
    dialog.select_chain(chain_titled(dialog, "Workshop De wetenschapper (NEMO)"))
    assert "The card for home is for after the activity" in dialog.message_label.text()


def test_cards_for_home_are_printed_from_the_dialog(
    dialog: PrintDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from beroepsplanner.store import parent_documents

    monkeypatch.setattr(parent_documents, "today", lambda: DAY)
    dialog.select_class("Groep 6a")
    dialog.select_document("homecard")
    out = tmp_path / "kaarten.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.printed, timeout=30000):
        assert dialog.print_pdf() is not None
    assert dialog.result_box is not None
    dialog.result_box.close()
    text = PdfReader(out).pages[0].extract_text()
    assert "Gamestudio Pixelpolder" in text and "Voor thuis" in text


def test_the_seven_worlds_need_no_class_or_chain(
    dutch: list, dialog: PrintDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog.select_document("worlds")
    assert dialog.scope_combo.currentData() == "school"
    assert not dialog.class_combo.isEnabled() and not dialog.chain_combo.isVisible()
    assert Path(dialog.path_edit.text()).name == "zeven-werelden-van-techniek.pdf"
    out = tmp_path / "werelden.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.printed, timeout=30000):
        assert dialog.print_pdf() is not None
    assert dialog.result_box is not None
    dialog.result_box.close()
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert "De zeven werelden van techniek" in reader.pages[0].extract_text()
