"""Printing from the window: the dialog's choices, the worker thread, cancel and errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from beroepsplanner.store.pupils import class_pupils
from beroepsplanner.ui.print_dialog import PrintDialog
from beroepsplanner.ui.print_worker import PrintJob, PrintWorker, start_worker
from beroepsplanner.ui.workspace import Workspace


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Record what would open in the system PDF viewer instead of opening it."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def dialog(demo: Workspace, qtbot: QtBot) -> Iterator[PrintDialog]:
    dlg = PrintDialog(demo)
    qtbot.addWidget(dlg)
    yield dlg
    dlg.wait_for_job()


def pupil_names(workspace: Workspace, class_id: int) -> list[str]:
    return [p.display_name for p in workspace.read(lambda s: class_pupils(s, class_id))]


def test_classes_and_chains_come_from_the_store(dialog: PrintDialog) -> None:
    classes = [dialog.class_combo.itemText(i) for i in range(dialog.class_combo.count())]
    assert classes[0] == "Groep 1" and "Groep 6a" in classes and len(classes) == 9
    dialog.select_class("Groep 8")
    dialog.select_document("letter")
    assert dialog.chain_combo.count() == 3  # Groep 8 has 3 chains
    assert dialog.chain_combo.isEnabled()


def test_default_file_name_says_what_is_printed(dutch: list, dialog: PrintDialog) -> None:
    dialog.select_document("logbooks")
    dialog.select_class("Groep 6a")
    dialog.select_scope("class")
    assert Path(dialog.path_edit.text()).name == "logboeken-groep-6a.pdf"
    dialog.select_document("yearplan")
    dialog.select_scope("school")
    assert Path(dialog.path_edit.text()).name == "jaarplanning-school.pdf"
    assert not dialog.class_combo.isEnabled()


def test_class_set_of_logbooks_is_printed_in_a_worker_and_said_where(
    dialog: PrintDialog, demo: Workspace, qtbot: QtBot, tmp_path: Path, opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _parent, _title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    dialog.select_document("logbooks")
    dialog.select_class("Groep 8")
    dialog.select_scope("class")
    out = tmp_path / "logboeken-groep-8.pdf"
    dialog.path_edit.setText(str(out))
    steps: list[tuple[int, int]] = []
    status: list[str] = []
    dialog.statusMessage.connect(status.append)
    with qtbot.waitSignal(dialog.printed, timeout=30000) as printed:
        worker = dialog.print_pdf()
        assert worker is not None
        worker.progress.connect(lambda done, total: steps.append((done, total)))
    assert printed.args == [str(out)]
    reader = PdfReader(out)
    assert len(reader.pages) > 0
    names = pupil_names(demo, dialog.class_combo.currentData())
    text = reader.pages[0].extract_text()
    assert names[0] in text
    assert asked and str(len(reader.pages)) in asked[0]  # a large set: the page count first
    assert opened == []  # never opened without asking: there may be no PDF viewer
    assert status and str(out) in status[0] and str(len(reader.pages)) in status[0]
    box = dialog.result_box
    assert box is not None and box.isVisible() and str(out) in box.informativeText()
    box.findChild(QPushButton, "openPdfButton").click()
    assert opened == [QUrl.fromLocalFile(str(out))]
    assert steps and steps[-1][0] == steps[-1][1]  # progress per pupil up to the total
    assert not list(tmp_path.glob(".*.deel"))


def test_cancel_leaves_no_file(demo: Workspace, qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "klas.pdf"
    worker = PrintWorker(demo.database, PrintJob("logbooks", out, class_name="Groep 7"))

    def click_cancel(done: int, _total: int) -> None:
        if done >= 1:  # as soon as the first logbook is done
            worker.cancel()

    worker.progress.connect(click_cancel)
    with qtbot.waitSignal(worker.cancelled, timeout=30000):
        thread = start_worker(worker)
    thread.wait()
    # Only the database copy is there: no PDF, no half-written part file.
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(("demo.db", ".demo.db.open"))] == []


def test_unwritable_target_gives_a_dutch_message(dialog: PrintDialog, tmp_path: Path) -> None:
    blocker = tmp_path / "geen-map"
    blocker.write_text("een bestand, geen map")
    dialog.select_document("yearplan")
    dialog.path_edit.setText(str(blocker / "jaarplanning.pdf"))
    assert dialog.print_pdf() is None
    assert dialog.message_label.isVisible() or dialog.message_label.text()
    assert "geen map" in dialog.message_label.text()
    dialog.path_edit.setText(str(tmp_path / "bestaat-niet" / "jaarplanning.pdf"))
    dialog.print_pdf()
    assert "bestaat niet" in dialog.message_label.text()


def test_worker_failure_to_write_is_reported_in_dutch(demo: Workspace, qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "weg" / "brief.pdf"  # the folder does not exist
    worker = PrintWorker(demo.database, PrintJob("yearplan", out))
    with qtbot.waitSignal(worker.failed, timeout=30000) as failed:
        thread = start_worker(worker)
    thread.wait()
    assert "weg bestaat niet" in failed.args[0]
    assert not out.parent.exists()


def test_class_without_chains_cannot_be_printed(
    demo_file: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    from beroepsplanner.store.classes import add_class

    copy = tmp_path / "copy.db"
    copy.write_bytes(demo_file.read_bytes())
    ws = Workspace()
    ws.open(copy)
    try:
        ws.run_in_transaction(lambda s: add_class(s, "2026-2027", "Groep 3x", 3), ["classes"])
        dlg = PrintDialog(ws)
        qtbot.addWidget(dlg)
        dlg.select_document("logbooks")
        dlg.select_class("Groep 3x")
        assert not dlg.print_button.isEnabled()
        assert "Groep 3x" in dlg.message_label.text()
        assert dlg.print_pdf() is None
        dlg.select_document("yearplan")  # the year plan of a class without chains is fine
        assert dlg.print_button.isEnabled()
    finally:
        ws.close()


def test_no_classes_means_nothing_to_print(workspace: Workspace, qtbot: QtBot) -> None:
    dlg = PrintDialog(workspace)
    qtbot.addWidget(dlg)
    assert not dlg.print_button.isEnabled()
    assert dlg.message_label.text()


def test_an_earlier_school_year_is_printed_from_its_own_classes(
    demo: Workspace, qtbot: QtBot, tmp_path: Path, opened: list[QUrl]
) -> None:
    from beroepsplanner.store.classes import list_year_classes
    from beroepsplanner.store.years import plan_next_year, start_next_year

    with demo.database.transaction() as session:
        start_next_year(session, plan_next_year(session, "2027-2028"))
    old_groep6 = next(
        c for c in demo.read(lambda s: list_year_classes(s, "2026-2027")) if c.name == "Groep 6a"
    )
    # Opened from the planner showing last year: that year, its class, its chains.
    dlg = PrintDialog(demo, class_id=old_groep6.id)
    qtbot.addWidget(dlg)
    assert dlg.choices.year_combo.isVisibleTo(dlg)
    assert [dlg.choices.year_combo.itemData(i) for i in range(dlg.choices.year_combo.count())] == [
        "2027-2028", "2026-2027",
    ]
    assert dlg.choices.school_year() == "2026-2027"
    assert dlg.class_combo.currentData() == old_groep6.id
    dlg.select_document("yearplan")
    dlg.select_scope("class")
    assert dlg.default_name().endswith("-2026-2027.pdf")
    out = tmp_path / "jaarplan.pdf"
    dlg.path_edit.setText(str(out))
    job = dlg.job()
    assert (job.class_name, job.school_year) == ("Groep 6a", "2026-2027")
    with qtbot.waitSignal(dlg.printed, timeout=30000):
        assert dlg.print_pdf() is not None
    dlg.wait_for_job()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "2026-2027" in text and "2027-2028" not in text
    # The newest year is the default without a class from the planner: its own classes
    # (Groep 6a went on to Groep 7a), whose "Groep 5" is not last year's.
    fresh = PrintDialog(demo)
    qtbot.addWidget(fresh)
    assert fresh.choices.school_year() == "2027-2028"
    assert fresh.class_combo.findText("Groep 7a") >= 0 and fresh.class_combo.findText("Groep 6a") < 0
    old_groep5 = next(
        c.id for c in demo.read(lambda s: list_year_classes(s, "2026-2027")) if c.name == "Groep 5"
    )
    fresh.select_class("Groep 5")
    assert fresh.class_combo.currentData() not in (None, old_groep5)
    fresh.select_document("yearplan")
    fresh.select_scope("school")
    assert (fresh.job().class_name, fresh.job().school_year) == (None, "2027-2028")


def test_the_schools_report_is_printed_for_the_chosen_year(
    demo: Workspace, qtbot: QtBot, tmp_path: Path, opened: list[QUrl]
) -> None:
    dlg = PrintDialog(demo)
    qtbot.addWidget(dlg)
    dlg.select_document("report")
    assert dlg.scope_combo.currentData() == "school" and not dlg.class_combo.isEnabled()
    assert dlg.default_name() == "report-school.pdf"
    out = tmp_path / "verslag.pdf"
    dlg.path_edit.setText(str(out))
    job = dlg.job()
    assert (job.document, job.class_name, job.school_year) == ("report", None, "2026-2027")
    with qtbot.waitSignal(dlg.printed, timeout=30000):
        assert dlg.print_pdf() is not None
    dlg.wait_for_job()
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Beroepsoriëntatie op Basisschool De Vlieger" in text and "De lijn per cohort" in text
