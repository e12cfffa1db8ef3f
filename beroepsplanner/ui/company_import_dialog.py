"""Import companies from a CSV or Excel file, with a preview; and export them to one.

The dialog reads the file with the command line's own functions (``read_table``,
``recognise_columns``, ``parse_companies``), lets the user map every column to
a field — columns that were not recognised start as "not read" — and lists the
problems by Excel row number, updated whenever the mapping changes, followed
by the warnings of rows that are imported all the same ("Let op: …": a phone
number without its 0, a world the program does not know, kept in the notes).
A dry run of the store's importer gives the counts and what only the database
knows (which worlds exist). The import itself is one undoable command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.io.company_import import (
    CompanyField,
    CompanyFile,
    RowProblem,
    parse_companies,
    recognise_columns,
)
from beroepsplanner.io.tables import Table, read_table
from beroepsplanner.store.transfer.company_export import export_companies
from beroepsplanner.store.transfer.company_import import ImportResult
from beroepsplanner.store.transfer.window_import import dry_run_company_import
from beroepsplanner.ui import error_text
from beroepsplanner.ui.import_commands import ImportCompaniesCommand
from beroepsplanner.ui.models.file_preview import FilePreviewModel
from beroepsplanner.ui.widgets import fitting_size
from beroepsplanner.ui.workspace import Workspace

PREVIEW_ROWS = 500
"""Rows shown in the preview; the whole file is checked and imported."""

DRY_RUN_ROWS = 3000
"""Up to this many rows the dialog asks the database what the import would do,
on every change of the mapping; a larger file is checked by the import itself."""

FILE_FILTER = "CSV, Excel (*.csv *.txt *.xlsx *.xlsm)"


class CompanyImportDialog(QDialog):
    """Choose a file, map its columns, see the problems, import as one undoable step."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyImportDialog")
        self.setWindowTitle(self.tr("Import companies"))
        self.workspace = workspace
        self.table: Table | None = None
        self.path: Path | None = None
        self.parsed: CompanyFile | None = None
        self.problems: list[RowProblem] = []
        self.warnings: list[RowProblem] = []
        self._dry_run: ImportResult | None = None
        # Whether this dialog imported its file. Not the command itself: the undo stack owns
        # that, and a second Python reference outlives it when the stack is deleted.
        self.imported = False
        self.combos: list[QComboBox] = []
        self._labels = self._field_labels()

        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(self.tr("Chosen file"))
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.file_error = QLabel()
        self.file_error.setObjectName("fileErrorLabel")
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet("color: #b00020;")
        self.file_error.hide()

        self.mapping_grid = QGridLayout()
        self.mapping_grid.setColumnStretch(1, 1)
        mapping_widget = QWidget()
        mapping_widget.setLayout(self.mapping_grid)
        mapping_scroll = QScrollArea()
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setWidget(mapping_widget)
        mapping_box = QGroupBox(self.tr("Columns of the file"))
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_hint = QLabel(
            self.tr("Choose for each column what it holds. A column set to "
                    "“— do not import —” is left out.")
        )
        mapping_hint.setWordWrap(True)
        mapping_layout.addWidget(mapping_hint)
        mapping_layout.addWidget(mapping_scroll, 1)

        self.preview_model = FilePreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("previewView")
        self.preview_view.setAccessibleName(self.tr("Preview of the file"))
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.preview_view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.preview_view.verticalHeader().setDefaultSectionSize(
            self.preview_view.fontMetrics().height() + 8
        )
        self.preview_label = QLabel()
        preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_view, 1)
        preview_layout.addWidget(self.preview_label)

        self.problem_model = QStringListModel(self)
        self.problem_view = QListView()
        self.problem_view.setObjectName("problemView")
        self.problem_view.setAccessibleName(self.tr("Problems in the file"))
        self.problem_view.setModel(self.problem_model)
        self.problem_view.setWordWrap(True)
        self.problem_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skip_check = QCheckBox(self.tr("Skip rows with a problem"))
        self.skip_check.setObjectName("skipCheck")
        self.skip_check.toggled.connect(self._update_state)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        problems_box = QGroupBox(self.tr("Problems"))
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.addWidget(self.problem_view, 1)
        problems_layout.addWidget(self.skip_check)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        top.addWidget(mapping_box)
        top.addWidget(problems_box)
        top.setSizes([420, 520])
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.setChildrenCollapsible(False)
        middle.addWidget(top)
        middle.addWidget(preview_box)
        middle.setSizes([330, 290])

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.import_file)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.file_error)
        layout.addWidget(middle, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        self.resize(fitting_size((1000, 720)))
        self._update_state()

    def _field_labels(self) -> dict[CompanyField, str]:
        return {
            CompanyField.NAME: self.tr("Name"),
            CompanyField.PLACE: self.tr("Place"),
            CompanyField.ADDRESS: self.tr("Address"),
            CompanyField.CONTACT: self.tr("Contact person"),
            CompanyField.EMAIL: self.tr("E-mail"),
            CompanyField.PHONE: self.tr("Phone"),
            CompanyField.MIN_GRADE: self.tr("From grade"),
            CompanyField.WORLDS: self.tr("Worlds and sectors"),
            CompanyField.PROFESSIONS: self.tr("Professions"),
            CompanyField.NOTES: self.tr("Notes"),
        }

    # --- reading the file ---------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file with companies"), "", FILE_FILTER
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> bool:
        """Read ``path`` and show it; False (with the Dutch reason shown) when it cannot be read."""
        self.file_edit.setText(str(path))
        self.imported = False
        try:
            table = read_table(path)
        except BeroepsplannerError as exc:
            self.table, self.path = None, None
            self.file_error.setText(error_text.error(exc))
            self.file_error.show()
            self._build_mapping(())
            self.preview_model.set_table((), ())
            self._update_state()
            return False
        self.file_error.hide()
        self.table, self.path = table, path
        self.preview_model.set_table(table.headers, table.rows[:PREVIEW_ROWS])
        self._build_mapping(table.headers)
        self.preview_view.resizeColumnsToContents()
        header = self.preview_view.horizontalHeader()
        for column in range(self.preview_model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 90), 220))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        shown = min(len(table.rows), PREVIEW_ROWS)
        if shown < len(table.rows):
            self.preview_label.setText(
                self.tr("The first %1 of %n rows; the whole file is checked.", "", len(table.rows))
                .replace("%1", str(shown))
            )
        else:
            self.preview_label.setText(self.tr("%n rows", "", len(table.rows)))
        self.recheck()
        return True

    def _build_mapping(self, headers: tuple[str, ...]) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.combos = []
        recognised = recognise_columns(headers).columns
        by_column = {column: field for field, column in recognised.items()}
        for column, header in enumerate(headers):
            label = QLabel(header or self.tr("(column without a header)"))
            combo = QComboBox()
            combo.setObjectName(f"mappingCombo{column}")
            label.setBuddy(combo)
            combo.addItem(self.tr("— do not import —"), None)
            for field, text in self._labels.items():
                combo.addItem(text, field)
            wanted = by_column.get(column)
            combo.setCurrentIndex(combo.findData(wanted) if wanted is not None else 0)
            combo.activated.connect(lambda _i, c=column: self._on_mapped(c))
            self.mapping_grid.addWidget(label, column, 0)
            self.mapping_grid.addWidget(combo, column, 1)
            self.combos.append(combo)
        self.mapping_grid.setRowStretch(len(headers), 1)

    def set_mapping(self, column: int, field: CompanyField | None) -> None:
        """Read ``column`` as ``field`` (None: do not read it), as the combo does."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field) if field is not None else 0)
        self._on_mapped(column)

    def mapping(self) -> dict[CompanyField, int]:
        """The columns chosen per field."""
        return {
            combo.currentData(): column
            for column, combo in enumerate(self.combos)
            if combo.currentData() is not None
        }

    def _on_mapped(self, column: int) -> None:
        field = self.combos[column].currentData()
        if field is not None:
            # A field is read from one column: the column that had it lets go.
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == field:
                    combo.setCurrentIndex(0)
        self.recheck()

    # --- checking ----------------------------------------------------------------------

    def recheck(self) -> None:
        """Parse the whole file with the current mapping and list its problems."""
        self.parsed, self.problems, self.warnings, self._dry_run = None, [], [], None
        self.imported = False
        mapping = self.mapping()
        self.preview_model.set_fields({c: self._labels[f] for f, c in mapping.items()})
        if self.table is None:
            self._update_state()
            return
        try:
            self.parsed = parse_companies(self.table, mapping, skip_invalid=True)
        except BeroepsplannerError as exc:  # no name column
            self.problem_model.setStringList([error_text.error(exc)])
            self.preview_model.set_problem_rows(frozenset())
            self._update_state()
            return
        self.problems = list(self.parsed.skipped)
        self.warnings = list(self.parsed.warnings)
        if len(self.parsed.rows) <= DRY_RUN_ROWS:
            rows = self.parsed.rows
            try:
                self._dry_run = self.workspace.read(lambda s: dry_run_company_import(s, rows))
            except BeroepsplannerError as exc:
                self.problem_model.setStringList([error_text.error(exc)])
            else:
                self.problems += list(self._dry_run.skipped)
                self.warnings += list(self._dry_run.warnings)
        self.problems.sort(key=lambda p: p.row)
        self.warnings.sort(key=lambda p: p.row)
        self._show_problems()
        self.preview_model.set_problem_rows(frozenset(p.row for p in self.problems))
        self._update_state()

    def _show_problems(self) -> None:
        """The problems (rows left out), then the warnings of rows that are imported."""
        note = self.tr("Note: %1")
        problem_rows = {p.row for p in self.problems}
        self.problem_model.setStringList(
            [error_text.row_problem(p) for p in self.problems]
            + [
                note.replace("%1", error_text.row_problem(w))
                for w in self.warnings
                if w.row not in problem_rows
            ]
        )

    def _update_state(self) -> None:
        problem_rows = len({p.row for p in self.problems})
        good = len(self.parsed.rows) if self.parsed is not None else 0
        if self.parsed is not None and self._dry_run_ok() and problem_rows:
            good = len({r.row for r in self.parsed.rows} - {p.row for p in self.problems})
        skip = self.skip_check.isChecked()
        ready = self.parsed is not None and not self.imported and good > 0
        self.import_button.setEnabled(ready and (skip or not problem_rows))
        self.skip_check.setEnabled(self.parsed is not None and bool(problem_rows))
        if self.imported:
            return  # the summary of the import stays
        if self.parsed is None:
            self.summary_label.setText("")
        elif problem_rows and not skip:
            self.summary_label.setText(
                self.tr("%n rows have a problem. Correct the file and choose it again, or tick "
                        "“Skip rows with a problem” to import only the good rows.", "", problem_rows)
            )
        elif (result := self._dry_run) is not None and self._dry_run_ok():
            self.summary_label.setText(
                self.tr("Ready to import: %1 new, %2 updated, %3 unchanged, %4 skipped.")
                .replace("%1", str(result.added))
                .replace("%2", str(result.updated))
                .replace("%3", str(result.unchanged))
                .replace("%4", str(problem_rows))
            )
        else:
            self.summary_label.setText(self.tr("Ready to import %n rows.", "", good))

    def _dry_run_ok(self) -> bool:
        return self.parsed is not None and self._dry_run is not None

    # --- importing ---------------------------------------------------------------------

    def import_file(self) -> bool:
        """Import the file as one undoable command; False (with the reason shown) when refused."""
        if self.parsed is None or self.path is None:
            return False
        skip = self.skip_check.isChecked()
        if self.problems and not skip:
            return False  # the whole file or nothing, as on the command line
        command = ImportCompaniesCommand(self.parsed.rows, self.path.name, skip_invalid=skip)
        try:
            self.workspace.execute(command)
        except BeroepsplannerError as exc:
            self.problem_model.setStringList(error_text.error(exc).splitlines())
            self.summary_label.setText(self.tr("Nothing was imported."))
            return False
        self.imported = True
        result = command.result
        assert result is not None
        if self._dry_run is None and result.warnings:  # a large file: the store's warnings now
            self.warnings = sorted(self.warnings + list(result.warnings), key=lambda p: p.row)
            self._show_problems()
        skipped = len({p.row for p in self.parsed.skipped} | {p.row for p in result.skipped})
        self.summary_label.setText(
            self.tr("Imported: %1 added, %2 updated, %3 unchanged, %4 skipped. "
                    "Edit > Undo takes the whole import back.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged))
            .replace("%4", str(skipped))
        )
        self.import_button.setEnabled(False)
        self.skip_check.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        return True


def export_companies_to(workspace: Workspace, path: Path) -> int:
    """Write every company to ``path`` (.csv or .xlsx); returns how many (raises Dutch errors)."""
    return workspace.read(lambda session: export_companies(session, path))



def ask_and_export_companies(workspace: Workspace, parent: QWidget) -> None:
    """Ask where to write the companies, write them, and say how it went."""
    title = QCoreApplication.translate("CompanyImportDialog", "Export companies")
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        title,
        # "bedrijven.xlsx" in the Dutch window, "companies.xlsx" in the English one.
        QCoreApplication.translate("CompanyImportDialog", "companies") + ".xlsx",
        "Excel (*.xlsx);;CSV (*.csv)",
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in {".csv", ".xlsx"}:
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    try:
        count = export_companies_to(workspace, path)
    except BeroepsplannerError as exc:
        QMessageBox.warning(parent, title, error_text.error(exc))
        return
    done = CompanyExportTexts().written(count)
    QMessageBox.information(parent, title, done.replace("%1", str(path)))


class CompanyExportTexts(QObject):
    """The export's plural text. lupdate sees a plural only in a class's ``self.tr``, not in
    ``QCoreApplication.translate`` with a variable count (then Dutch would show both forms)."""

    def written(self, count: int) -> str:
        return self.tr("%n companies written to %1.", "", count)
