"""The first-use path a new teacher takes: welcome → chain builder → a class set of logbooks.

From an empty database to a printed PDF without leaving the window: the welcome
sets up the school and the first class with its pupils, the chain builder opens on
that class and saves a proposed chain, and the print dialog prints the class set.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.kinds import ChainStatus, Region
from beroepsplanner.store.classes import class_chains, list_year_classes
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.print_dialog import PrintDialog
from beroepsplanner.ui.welcome import WelcomeDialog
from beroepsplanner.ui.workspace import Workspace

PUPILS = ["Ayşe", "Łukasz", "Jan-Willem", "Noor"]


def test_a_new_teacher_goes_from_an_empty_database_to_a_class_set_of_logbooks(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    builders: list[ChainBuilderDialog] = []

    def fill_welcome(dialog: WelcomeDialog) -> int:
        dialog.school_edit.setText("OBS De Vlieger")
        dialog.region_combo.setCurrentIndex(dialog.region_combo.findData(Region.NOORD.value))
        dialog.year_combo.setCurrentIndex(dialog.year_combo.findData("2026-2027"))
        dialog.class_edit.setText("Groep 6b")
        dialog.grade_spin.setValue(6)
        dialog.teacher_edit.setText("juf Fatima")
        dialog.pupils_edit.setPlainText("\n".join(PUPILS))
        dialog.accept()
        return dialog.result()

    def plan_first_chain(dialog: ChainBuilderDialog) -> int:
        builders.append(dialog)
        index = dialog.activity_combo.findData("tinkeren")
        dialog.activity_combo.setCurrentIndex(index)
        dialog.activity_combo.activated.emit(index)
        dialog.date_edit.setDate(QDate(2027, 2, 4))
        dialog.save()
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", fill_welcome)
    monkeypatch.setattr(ChainBuilderDialog, "exec", plan_first_chain)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()

    window.welcome_if_new()

    # The chain builder opened on the new class, and its proposal was saved as a chain.
    [builder] = builders
    assert builder.class_combo.currentText().startswith("Groep 6b")
    assert workspace.school_name == "OBS De Vlieger"
    assert workspace.counts()["chains"] == 1
    assert window.current_page() is window.planner_page

    printer = PrintDialog(workspace, window)
    qtbot.addWidget(printer)
    printer.select_document("logbooks")
    printer.select_class("Groep 6b")
    assert printer.scope_combo.currentData() == "chain"  # the class's next chain, not a set
    out = tmp_path / "logboeken-groep-6b.pdf"
    printer.path_edit.setText(str(out))
    with qtbot.waitSignal(printer.printed, timeout=30000):
        printer.print_pdf()

    assert opened == []  # said where it went (a message), opened only when asked
    assert printer.result_box is not None and str(out) in printer.result_box.informativeText()
    printer.result_box.findChild(QPushButton, "openPdfButton").click()
    assert opened == [QUrl.fromLocalFile(str(out))]
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    for name in PUPILS:
        assert name in text
    assert "Tinkeren" in text or "tinkeren" in text.lower()
    [school_class] = workspace.read(lambda s: list_year_classes(s, "2026-2027"))
    [chain] = workspace.read(lambda s: class_chains(s, school_class.id))
    assert (chain.date, chain.status) == (dt.date(2027, 2, 4), ChainStatus.CONCEPT)
    assert school_class.pupils == len(PUPILS)
