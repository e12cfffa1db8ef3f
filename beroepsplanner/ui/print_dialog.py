"""Afdrukken: choose a document (logbooks, lesson sheets, parent letter, year plan, the pupils'
record, the brief for the company, a chain's evaluation forms), what it is about and where the PDF goes; the PDF is made in the background, and a message says
where it went (``print_result``). Large sets are confirmed with their page count first.
What is printed of which class (and its page count) is chosen in ``print_choices``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.documents import LARGE_PRINT, PrintableChain
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.printing.jobs import check_target
from beroepsplanner.ui import error_text
from beroepsplanner.ui.print_choices import PrintChoices
from beroepsplanner.ui.print_result import saved_text, show_print_result
from beroepsplanner.ui.print_worker import PrintJob, PrintWorker, start_worker
from beroepsplanner.ui.workspace import Workspace

FOLDER_KEY = "print/folder"


def default_folder() -> Path:
    """The folder of the last PDF, else the user's Documents folder, else home."""
    remembered = QSettings().value(FOLDER_KEY)
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class PrintDialog(QDialog):
    """Choose what to print; ``print_pdf`` makes it in a worker thread.

    It opens on ``chain_id`` (the chain selected in the planner) or on the next chain of
    ``class_id`` (``domain.documents.next_chain``, with ``today``), never on a whole class.
    """

    printed = Signal(str)
    """The path of a PDF that was made."""
    statusMessage = Signal(str)
    """A line for the window's status bar: where the PDF went."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        chain_id: int | None = None,
        class_id: int | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print"))
        self.worker: PrintWorker | None = None
        self.thread_: QThread | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self.last_message = ""
        self._folder = default_folder()
        self._today = today or dt.date.today()

        self.document_group = QButtonGroup(self)
        documents = QGroupBox(self.tr("What do you want to print?"))
        document_layout = QVBoxLayout(documents)
        for key, text, hint in (
            ("logbooks", self.tr("Logbooks"), self.tr("a logbook for every pupil")),
            ("lessons", self.tr("Lesson sheets"),
             self.tr("the preparation and reflection lessons of a chain")),
            ("letter", self.tr("Parent letter"), self.tr("about the activity of a chain")),
            ("yearplan", self.tr("Year plan"), self.tr("the chains on a timeline of school weeks")),
            ("record", self.tr("Pupil record"),
             self.tr("for every pupil of a class: what they took part in, over the years")),
            ("report", self.tr("Report"),
             self.tr("the school's figures of a school year, for the team and the board")),
            ("brief", self.tr("Brief for the company"),
             self.tr("who comes, what the pupils prepared, safety and a day programme")),
            ("homecard", self.tr("Cards for home"),
             self.tr("after the activity: what we did and saw, questions for the dinner table")),
            ("worlds", self.tr("The seven worlds"),
             self.tr("a sheet for parents on the seven worlds of technology")),
            ("evaluation", self.tr("Evaluation forms"),
             self.tr("for the company and for you, after a chain")),
        ):
            button = QRadioButton(f"{text} – {hint}")
            button.setObjectName(f"{key}Radio")
            button.setProperty("document", key)
            self.document_group.addButton(button)
            document_layout.addWidget(button)

        self.choices = PrintChoices(workspace, self._today)
        self.class_combo, self.scope_combo = self.choices.class_combo, self.choices.scope_combo
        self.chain_combo, self.errors_check = self.choices.chain_combo, self.choices.errors_check
        self.summary_label, self.about_form = self.choices.summary_label, self.choices.form

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setAccessibleName(self.tr("PDF file"))
        self.path_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 56))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setObjectName("browseButton")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        target = QGroupBox(self.tr("Save the PDF as"))
        target.setLayout(path_row)

        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        palette = self.message_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.message_label.setPalette(palette)
        self.message_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(
            self.tr("Make PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(documents)
        layout.addWidget(self.choices)
        layout.addWidget(target)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.document_group.buttonToggled.connect(self._on_document)
        self.choices.changed.connect(self._update_form)
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.print_pdf)
        self.buttons.rejected.connect(self.reject)

        self.choices.load_classes()
        self.document_group.buttons()[0].setChecked(True)
        self.choices.start_on(chain_id, class_id)

    # --- choices -----------------------------------------------------------------

    def document(self) -> str:
        button = self.document_group.checkedButton()
        return str(button.property("document")) if button else "logbooks"

    def select_document(self, document: str) -> None:
        for button in self.document_group.buttons():
            if button.property("document") == document:
                button.setChecked(True)

    def select_class(self, name: str) -> None:
        self.choices.select_class(name)

    def select_scope(self, scope: str) -> None:
        """``"chain"``, ``"class"`` (logbooks of the class set; year plan of the class) or
        ``"school"`` (year plan)."""
        self.choices.select_scope(scope)

    def select_chain(self, chain_id: int) -> None:
        self.choices.select_chain(chain_id)

    def chain(self) -> PrintableChain | None:
        """The chain chosen in the chain list."""
        return self.choices.chain()

    def class_set(self) -> tuple[list[PrintableChain], list[PrintableChain]]:
        """The chains the class set of logbooks prints now, and those it leaves out."""
        return self.choices.class_set()

    def page_count(self) -> int | None:
        """The pages of the logbooks the dialog would print now (None: not logbooks)."""
        return self.choices.page_count()

    def default_name(self) -> str:
        return self.choices.default_name()

    @property
    def _chains(self) -> list[PrintableChain]:
        return self.choices.chains

    @property
    def _problem(self) -> str:
        return self.choices.problem

    def _on_document(self, _button: QRadioButton | None = None, checked: bool = True) -> None:
        if checked:
            self.choices.set_document(self.document())

    def _update_form(self) -> None:
        self._show_message(self._problem)
        self._update_buttons()
        self.path_edit.setText(str(self._folder / self.default_name()))

    def job(self) -> PrintJob:
        """The print job the dialog shows now."""
        scope = self.scope_combo.currentData()
        out = Path(self.path_edit.text().strip()).expanduser()
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        if scope == "chain":
            return PrintJob(self.document(), out, chain_id=self.chain_combo.currentData())
        year = self.choices.school_year()
        if self.document() == "logbooks":
            ids = tuple(c.id for c in self.class_set()[0])
            return PrintJob(
                "logbooks", out, class_name=self.class_combo.currentText(), chain_ids=ids,
                school_year=year,
            )
        class_name = None if scope == "school" else self.class_combo.currentText()
        return PrintJob(self.document(), out, class_name=class_name, school_year=year)

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF as"), self.path_edit.text(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.path_edit.setText(path)
            self._folder = Path(path).parent

    def _show_message(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))

    # --- printing ------------------------------------------------------------------

    def print_pdf(self) -> PrintWorker | None:
        """Start making the PDF in a worker thread; returns the worker (None when refused)."""
        if self.worker is not None or not self.print_button.isEnabled():
            return None
        job = self.job()
        try:
            check_target(job.out, database=self.workspace.path)
        except BeroepsplannerError as exc:
            self._fail(error_text.error(exc))
            return None
        pages = self.page_count()
        if pages is not None and pages > LARGE_PRINT:
            answer = QMessageBox.question(
                self, self.tr("Print"),
                self.tr("This PDF will have %n page(s). Do you want to make it?", "", pages),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        if job.out.exists():
            answer = QMessageBox.question(
                self, self.tr("Print"),
                self.tr("%1 already exists. Replace it?").replace("%1", job.out.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        self._folder = job.out.parent
        self._show_message("")
        self.print_button.setEnabled(False)
        self.worker = PrintWorker(self.workspace.database, job)
        self.progress_dialog = QProgressDialog(
            self.tr("Making the PDF…"), self.tr("Cancel"), 0, 0, self
        )
        self.progress_dialog.setObjectName("printProgress")
        self.progress_dialog.setWindowTitle(self.tr("Print"))
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setMinimumDuration(400)
        self.progress_dialog.setAutoReset(False)
        self.progress_dialog.setAutoClose(False)
        self.progress_dialog.canceled.connect(self.cancel_print)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._fail)
        self.worker.cancelled.connect(self._on_cancelled)
        self.thread_ = start_worker(self.worker, self)
        self.thread_.finished.connect(self._on_thread_done)
        return self.worker

    def cancel_print(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            if self.progress_dialog is not None:
                self.progress_dialog.setLabelText(self.tr("Stopping…"))

    def _on_progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None or dialog.wasCanceled():
            return
        dialog.setMaximum(total)
        dialog.setValue(done)
        document = self.worker.job.document if self.worker is not None else ""
        if document == "logbooks" and total > 1:
            dialog.setLabelText(self.tr("Logbook %1 of %2…").replace("%1", str(min(done + 1, total))).replace("%2", str(total)))
        elif document == "record" and total > 1:
            dialog.setLabelText(self.tr("Pupil %1 of %2…").replace("%1", str(min(done + 1, total))).replace("%2", str(total)))

    def _on_finished(self, path: str) -> None:
        pages = self.worker.pages if self.worker is not None else 0
        self._close_progress()
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
        self.wait_for_job()
        self.statusMessage.emit(saved_text(Path(path), pages))
        self.printed.emit(path)
        self.accept()
        # Said, not opened: without a PDF viewer opening would do nothing at all.
        self.result_box = show_print_result(self.parentWidget() or self, Path(path), pages)

    def _fail(self, message: str) -> None:
        self._close_progress()
        self.last_message = message
        self._show_message(message)
        self._update_buttons()

    def _on_cancelled(self) -> None:
        self._close_progress()
        self._show_message(self.tr("Printing was cancelled; no PDF was made."))
        self._update_buttons()

    def _on_thread_done(self) -> None:
        self.worker = None
        self.thread_ = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.print_button.setEnabled(self.worker is None and not self._problem)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel_print)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def wait_for_job(self) -> None:
        """Wait for the thread of the job; a job that is still running is stopped first."""
        thread = self.thread_
        if thread is None:
            return
        if thread.isRunning() and self.worker is not None:
            self.worker.cancel()
        thread.wait()

    def reject(self) -> None:
        self.wait_for_job()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wait_for_job()
        super().closeEvent(event)
