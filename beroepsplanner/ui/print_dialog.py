"""Afdrukken: choose a document (logbooks, lesson sheets, parent letter, year plan), what it
is about and where the PDF goes; the PDF is made in the background, and a message says
where it went (``print_result``). Large sets are confirmed with their page count first."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
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

from beroepsplanner.domain.documents import LARGE_PRINT, PrintableChain, class_set, next_chain
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.printing.jobs import check_target
from beroepsplanner.store.classes import ClassInfo, list_year_classes, newest_school_year
from beroepsplanner.store.documents import printable_chains
from beroepsplanner.ui.print_result import saved_text, show_print_result
from beroepsplanner.ui.print_worker import PrintJob, PrintWorker, start_worker
from beroepsplanner.ui.workspace import Workspace
from beroepsplanner.ui import domain_text

FOLDER_KEY = "print/folder"


def slug(text: str) -> str:
    """``Groep 6a`` → ``groep-6a``: a file-name part without accents or spaces."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "document"


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
        self._classes: list[ClassInfo] = []
        self._chains: list[PrintableChain] = []
        self._problem = ""
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
        ):
            button = QRadioButton(f"{text} – {hint}")
            button.setObjectName(f"{key}Radio")
            button.setProperty("document", key)
            self.document_group.addButton(button)
            document_layout.addWidget(button)

        self.class_combo = QComboBox()
        self.class_combo.setObjectName("classCombo")
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("scopeCombo")
        self.chain_combo = QComboBox()
        self.chain_combo.setObjectName("chainCombo")
        self.chain_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chain_combo.setMinimumContentsLength(36)
        self.errors_check = QCheckBox(self.tr("Also concept chains with errors"))
        self.errors_check.setObjectName("includeErrorsCheck")
        self.errors_check.setToolTip(
            self.tr("A concept chain with errors may still change date, company or lessons; "
                    "its logbooks are left out unless you tick this.")
        )
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        about = QGroupBox(self.tr("Of what?"))
        self.about_form = QFormLayout(about)
        self.about_form.addRow(self.tr("Class:"), self.class_combo)
        self.about_form.addRow(self.tr("Print:"), self.scope_combo)
        self.about_form.addRow(self.tr("Chain:"), self.chain_combo)
        self.about_form.addRow("", self.errors_check)
        self.about_form.addRow(self.summary_label)

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
        layout.addWidget(about)
        layout.addWidget(target)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.document_group.buttonToggled.connect(self._on_document)
        self.class_combo.currentIndexChanged.connect(self._on_class)
        self.scope_combo.currentIndexChanged.connect(self._update_form)
        self.chain_combo.currentIndexChanged.connect(self._update_form)
        self.errors_check.toggled.connect(self._update_form)
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.print_pdf)
        self.buttons.rejected.connect(self.reject)

        self._load_classes()
        self.document_group.buttons()[0].setChecked(True)
        self._start_on(chain_id, class_id)

    # --- choices -----------------------------------------------------------------

    def document(self) -> str:
        button = self.document_group.checkedButton()
        return str(button.property("document")) if button else "logbooks"

    def select_document(self, document: str) -> None:
        for button in self.document_group.buttons():
            if button.property("document") == document:
                button.setChecked(True)

    def select_class(self, name: str) -> None:
        self.class_combo.setCurrentIndex(self.class_combo.findText(name))

    def select_scope(self, scope: str) -> None:
        """``"chain"``, ``"class"`` (logbooks of the class set; year plan of the class) or
        ``"school"`` (year plan)."""
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(scope))

    def select_chain(self, chain_id: int) -> None:
        self.chain_combo.setCurrentIndex(max(0, self.chain_combo.findData(chain_id)))

    def chain(self) -> PrintableChain | None:
        """The chain chosen in the chain list."""
        chain_id = self.chain_combo.currentData()
        return next((c for c in self._chains if c.id == chain_id), None)

    def class_set(self) -> tuple[list[PrintableChain], list[PrintableChain]]:
        """The chains the class set of logbooks prints now, and those it leaves out."""
        return class_set(self._chains, include_errors=self.errors_check.isChecked())

    def _start_on(self, chain_id: int | None, class_id: int | None) -> None:
        """Open on the planner's chain of the planner's class (else on its next chain)."""
        if class_id is not None and self.class_combo.findData(class_id) >= 0:
            self.class_combo.setCurrentIndex(self.class_combo.findData(class_id))
        if chain_id is not None and self.chain_combo.findData(chain_id) >= 0:
            self.select_chain(chain_id)

    def _load_classes(self) -> None:
        def question(session):  # type: ignore[no-untyped-def]
            year = newest_school_year(session)
            return list_year_classes(session, year) if year else []

        self._classes = self.workspace.read(question)
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for info in self._classes:
            self.class_combo.addItem(info.name, info.id)
        self.class_combo.blockSignals(False)
        self._on_class()

    def _on_document(self, _button: QRadioButton | None = None, checked: bool = True) -> None:
        if not checked:
            return
        document = self.document()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        if document == "logbooks":
            self.scope_combo.addItem(self.tr("one chain"), "chain")
            self.scope_combo.addItem(self.tr("every chain of the class not done yet"), "class")
        elif document == "yearplan":
            self.scope_combo.addItem(self.tr("this class (A4)"), "class")
            self.scope_combo.addItem(self.tr("the whole school (A3)"), "school")
        else:
            self.scope_combo.addItem(self.tr("one chain"), "chain")
        self.scope_combo.blockSignals(False)
        self._update_form()

    def _on_class(self) -> None:
        class_id = self.class_combo.currentData()
        self._chains = self.workspace.read(lambda s: printable_chains(s, class_id)) if class_id else []
        self.chain_combo.blockSignals(True)
        self.chain_combo.clear()
        for chain in self._chains:
            self.chain_combo.addItem(self._chain_text(chain), chain.id)
        upcoming = next_chain(self._chains, self._today)
        if upcoming is not None:
            self.chain_combo.setCurrentIndex(self.chain_combo.findData(upcoming.id))
        self.chain_combo.blockSignals(False)
        self._update_form()

    def _chain_text(self, chain: PrintableChain) -> str:
        status = (
            self.tr("concept with errors")
            if chain.concept_with_errors
            else domain_text.chain_status(chain.status)
        )
        return f"{chain.date.strftime('%d-%m-%Y')}  {chain.activity_title}  ({status})"

    def _update_form(self) -> None:
        scope = self.scope_combo.currentData()
        document = self.document()
        class_set_shown = document == "logbooks" and scope == "class"
        self.scope_combo.setEnabled(self.scope_combo.count() > 1)
        self.class_combo.setEnabled(scope != "school")
        self.chain_combo.setEnabled(scope == "chain")
        self.about_form.setRowVisible(self.chain_combo, scope == "chain")
        self.about_form.setRowVisible(self.errors_check, class_set_shown)
        problem = ""
        if not self._classes:
            problem = self.tr("There are no classes yet; add a class first.")
        elif scope in ("chain", "class") and document != "yearplan" and not self._chains:
            problem = self.tr("%1 has no chains yet; there is nothing to print.").replace(
                "%1", self.class_combo.currentText()
            )
        elif class_set_shown and not self.class_set()[0]:
            problem = self.tr(
                "%1 has no chains left to print logbooks for; choose one chain."
            ).replace("%1", self.class_combo.currentText())
        self._problem = problem
        self._show_message(problem)
        self._show_summary()
        self._update_buttons()
        self.path_edit.setText(str(self._folder / self.default_name()))

    def page_count(self) -> int | None:
        """The pages of the logbooks the dialog would print now (None: not logbooks)."""
        if self.document() != "logbooks" or self._problem:
            return None
        if self.scope_combo.currentData() == "class":
            return sum(c.logbook_pages() for c in self.class_set()[0])
        chain = self.chain()
        return chain.logbook_pages() if chain is not None else None

    def _show_summary(self) -> None:
        lines: list[str] = []
        pages = self.page_count()
        if pages is not None and self.scope_combo.currentData() == "class":
            printed, left_out = self.class_set()
            chains = self.tr("%n chain(s)", "", len(printed))
            lines.append(self.tr("%n page(s): the logbooks of %1.", "", pages).replace("%1", chains))
            if left_out:
                done, errors = self.tr("done"), self.tr("concept with errors")
                reasons = [f"{c.activity_title} ({done if c.done else errors})" for c in left_out]
                lines.append(self.tr("Left out: %1.").replace("%1", "; ".join(reasons)))
        elif pages is not None:
            lines.append(self.tr("%n page(s): a logbook for every pupil and a blank copy.", "", pages))
        chain = self.chain()
        if self.scope_combo.currentData() == "chain" and chain is not None and chain.concept_with_errors:
            lines.append(
                self.tr("This chain is a concept with errors: its date, company or lessons may still change.")
            )
        self.summary_label.setText("\n".join(lines))
        self.summary_label.setVisible(bool(lines))

    def default_name(self) -> str:
        """A file name that says what is in it: ``logboeken-groep-6a-tinkeren.pdf``, whole."""
        document, scope = self.document(), self.scope_combo.currentData()
        base = {"logbooks": "logboeken", "lessons": "lesbladen", "letter": "ouderbrief",
                "yearplan": "jaarplanning"}[document]
        if scope == "school":
            return f"{base}-school.pdf"
        parts = [base, slug(self.class_combo.currentText())]
        chain = self.chain()
        if scope == "chain" and chain is not None:
            parts.append(slug(chain.activity_title))
        return "-".join(parts) + ".pdf"

    def job(self) -> PrintJob:
        """The print job the dialog shows now."""
        scope = self.scope_combo.currentData()
        out = Path(self.path_edit.text().strip()).expanduser()
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        if scope == "chain":
            return PrintJob(self.document(), out, chain_id=self.chain_combo.currentData())
        if self.document() == "logbooks":
            ids = tuple(c.id for c in self.class_set()[0])
            return PrintJob("logbooks", out, class_name=self.class_combo.currentText(), chain_ids=ids)
        class_name = None if scope == "school" else self.class_combo.currentText()
        return PrintJob(self.document(), out, class_name=class_name)

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
            self._fail(domain_text.error(exc))
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
        if self.worker is not None and self.worker.job.document == "logbooks" and total > 1:
            dialog.setLabelText(self.tr("Logbook %1 of %2…").replace("%1", str(min(done + 1, total))).replace("%2", str(total)))

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
