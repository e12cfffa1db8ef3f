"""The print dialog of issue 12 item 3 and 7: what it opens on, class sets without done
chains or concepts with errors, the page count before a large set, the message after
printing (open the PDF or its folder, or say why not), whole file names, 'u' and
'Afdrukken'; and the window's dated back-up name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from beroepsplanner.store.classes import list_year_classes
from beroepsplanner.ui import main_window as main_window_module
from beroepsplanner.ui.main_window import MainWindow, backup_name
from beroepsplanner.ui.print_dialog import PrintDialog
from beroepsplanner.ui.print_result import saved_text, show_print_result
from beroepsplanner.ui.workspace import Workspace

TODAY = dt.date(2026, 12, 5)  # the demo's school year is 2026-2027


def class_id(workspace: Workspace, name: str) -> int:
    classes = workspace.read(lambda s: list_year_classes(s, "2026-2027"))
    return next(c.id for c in classes if c.name == name)


@pytest.fixture
def dialog(demo: Workspace, qtbot: QtBot) -> Iterator[PrintDialog]:
    dlg = PrintDialog(demo, class_id=class_id(demo, "Groep 5"), today=TODAY)
    qtbot.addWidget(dlg)
    yield dlg
    dlg.wait_for_job()


def chain_titles(dialog: PrintDialog, chains) -> list[str]:
    return [c.activity_title for c in chains]


def test_it_opens_on_the_next_chain_of_the_class_not_the_whole_class(dialog: PrintDialog) -> None:
    assert dialog.document() == "logbooks"
    assert dialog.scope_combo.currentData() == "chain"
    chain = dialog.chain()
    # The visit to Transportbedrijf Koster on 2 February 2027.
    assert chain is not None and chain.activity_title == "Bedrijfsbezoek maakbedrijf (TechYourFuture)"
    assert chain.date >= TODAY and not chain.done
    assert dialog.job().chain_id == chain.id
    # One chain of 25 pupils and a blank copy, six pages each: the visit's four and two of
    # its task, the Medewerkerspaspoort.
    assert dialog.page_count() == (chain.pupils + 1) * 6 == 156  # not the class set of 260
    assert str(dialog.page_count()) in dialog.summary_label.text()


def test_it_opens_on_the_chain_selected_in_the_planner(demo: Workspace, qtbot: QtBot) -> None:
    groep5 = class_id(demo, "Groep 5")
    probe = PrintDialog(demo, class_id=groep5, today=TODAY)
    qtbot.addWidget(probe)
    zabuki = next(c for c in probe._chains if c.activity_title == "Workshop (Zabuki)")
    dlg = PrintDialog(demo, chain_id=zabuki.id, class_id=groep5, today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.class_combo.currentText() == "Groep 5"
    assert dlg.chain() == zabuki
    # A concept with errors may be printed on its own, with a word about it.
    assert zabuki.concept_with_errors
    assert "concept" in dlg.summary_label.text()
    assert dlg.print_button.isEnabled()


def test_the_class_set_leaves_out_done_chains_and_concepts_with_errors_unless_asked(
    dialog: PrintDialog,
) -> None:
    dialog.select_scope("class")
    printed, left_out = dialog.class_set()
    assert chain_titles(dialog, printed) == [
        "Bedrijfsbezoek maakbedrijf (TechYourFuture)", "Bouwopdracht: in het klein doen wat het bedrijf doet"
    ]
    assert chain_titles(dialog, left_out) == ["Dit doe ik", "Workshop (Zabuki)"]
    assert dialog.errors_check.isVisible() or not dialog.errors_check.isHidden()
    assert dialog.job().chain_ids == tuple(c.id for c in printed)
    summary = dialog.summary_label.text()
    assert str(dialog.page_count()) in summary and "Dit doe ik" in summary and "Zabuki" in summary
    assert dialog.page_count() == sum(c.logbook_pages() for c in printed) == 260  # not 520

    dialog.errors_check.setChecked(True)
    printed, left_out = dialog.class_set()
    assert "Workshop (Zabuki)" in chain_titles(dialog, printed)
    assert chain_titles(dialog, left_out) == ["Dit doe ik"]
    assert dialog.page_count() == 364


def test_a_large_set_shows_its_page_count_first_and_no_writes_nothing(
    dialog: PrintDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question",
        lambda _parent, _title, text, *a: asked.append(text) or QMessageBox.StandardButton.No,
    )
    dialog.select_scope("class")
    out = tmp_path / "pdf" / "klas.pdf"
    out.parent.mkdir()
    dialog.path_edit.setText(str(out))
    assert dialog.print_pdf() is None
    assert asked and "260" in asked[0]
    assert list(out.parent.iterdir()) == []


def test_a_small_set_is_made_without_asking(
    demo: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("a letter of one page needs no confirmation")

    monkeypatch.setattr(QMessageBox, "question", refuse)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    dlg = PrintDialog(demo, class_id=class_id(demo, "Groep 5"), today=TODAY)
    qtbot.addWidget(dlg)
    dlg.select_document("letter")
    assert dlg.page_count() is None
    dlg.path_edit.setText(str(tmp_path / "brief.pdf"))
    with qtbot.waitSignal(dlg.printed, timeout=30000):
        dlg.print_pdf()
    assert (tmp_path / "brief.pdf").exists()
    assert dlg.result_box is not None
    dlg.result_box.close()
    dlg.wait_for_job()


def test_the_message_after_printing_opens_the_pdf_or_its_folder_or_says_why_not(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dutch: list
) -> None:
    pdf = tmp_path / "logboeken-groep-5-medewerkerspaspoort.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    opened: list[QUrl] = []
    warnings: list[str] = []
    viewer = {"present": False}
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or viewer["present"])
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))

    box = show_print_result(None, pdf, 104)
    qtbot.addWidget(box)
    assert box.text() == "De PDF is klaar: 104 bladzijden." and str(pdf) in box.informativeText()
    assert saved_text(pdf, 1) == f"PDF opgeslagen (1 bladzijde): {pdf}"
    buttons = {b.objectName(): b for b in box.findChildren(QPushButton)}
    assert buttons["openPdfButton"].text() == "PDF openen"
    assert buttons["openFolderButton"].text() == "Map openen"
    buttons["openPdfButton"].click()  # no PDF viewer on this computer
    assert opened == [QUrl.fromLocalFile(str(pdf))]
    assert len(warnings) == 1 and str(pdf) in warnings[0] and "kan niet worden geopend" in warnings[0]

    viewer["present"] = True
    box = show_print_result(None, pdf, 104)
    qtbot.addWidget(box)
    box.findChild(QPushButton, "openFolderButton").click()
    assert opened[-1] == QUrl.fromLocalFile(str(tmp_path))
    assert len(warnings) == 1


def test_file_names_are_whole(dutch: list, dialog: PrintDialog) -> None:
    dialog.select_document("lessons")
    dialog.select_class("Groep 5")
    bouw = next(c for c in dialog._chains if c.activity_title.startswith("Bouwopdracht"))
    dialog.select_chain(bouw.id)
    name = Path(dialog.path_edit.text()).name
    assert name == "lesbladen-groep-5-bouwopdracht-in-het-klein-doen-wat-het-bedrijf-doet.pdf"


def test_the_dialog_says_u_and_afdrukken(demo: Workspace, qtbot: QtBot, dutch: list) -> None:
    dlg = PrintDialog(demo, today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Afdrukken"
    texts = [box.title() for box in dlg.findChildren(type(dlg.findChild(type(dlg.children()[0]))))
             if hasattr(box, "title")]
    from PySide6.QtWidgets import QGroupBox, QLabel

    titles = [box.title() for box in dlg.findChildren(QGroupBox)]
    assert "Wat wilt u afdrukken?" in titles
    labels = [label.text() for label in dlg.findChildren(QLabel)]
    assert "Afdrukken:" in labels
    everything = " ".join(titles + labels + texts).lower()
    assert " je " not in f" {everything} " and "printen" not in everything


def test_the_window_prints_what_the_planner_selected_and_says_where(
    demo: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    seen: dict[str, object] = {}

    def fake_exec(dialog: PrintDialog) -> int:
        seen["chain"] = dialog.chain()
        seen["class"] = dialog.class_combo.currentText()
        dialog.statusMessage.emit("PDF opgeslagen: /tmp/x.pdf")
        return 0

    monkeypatch.setattr(PrintDialog, "exec", fake_exec)
    window.planner_page.refresh() if hasattr(window.planner_page, "refresh") else None
    grid = window.planner_page.grid
    bar_id = next(iter(grid._bars))
    grid.select_chain(bar_id)
    window.show_print_dialog()
    assert seen["chain"] is not None and seen["chain"].id == bar_id
    assert window.statusBar().currentMessage() == "PDF opgeslagen: /tmp/x.pdf"


def test_back_up_proposes_a_dated_name_in_the_documents_folder(
    dutch: list, demo: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert backup_name("Openbare Basisschool De Regenboog-Noord", dt.date(2026, 12, 5)) == (
        "openbare-basisschool-de-regenboog-noord-back-up-2026-12-05.db"
    )
    documents = tmp_path / "Documenten"
    documents.mkdir()
    monkeypatch.setattr(main_window_module, "documents_folder", lambda: documents)
    proposed: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _t, suggested, *_a: proposed.append(suggested) or ("", "")
    )
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.back_up()
    today = dt.date.today().isoformat()
    assert proposed == [str(documents / f"basisschool-de-vlieger-back-up-{today}.db")]
