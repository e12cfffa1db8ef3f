"""Bedrijven: the company network, kept by the technology coordinator.

A filterable table of companies on the left and the form of the selected one
on the right. Every change is an undoable command (``ui/company_commands.py``);
problems are shown in the form, in Dutch, and the form keeps what was typed.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.company_details import field_problems
from beroepsplanner.errors import BeroepsplannerError, NotFoundError
from beroepsplanner.store.companies import list_companies
from beroepsplanner.store.company_network import choices, company_details, confirmation_years
from beroepsplanner.store.row_versions import ChangedByColleagueError
from beroepsplanner.store.year_lock import year_being_planned
from beroepsplanner.ui import error_text
from beroepsplanner.ui.commands import StoreCommand
from beroepsplanner.ui.company_commands import (
    CompanyRefs,
    CreateCompanyCommand,
    DeleteCompanyCommand,
    UpdateCompanyCommand,
)
from beroepsplanner.ui.company_form import CompanyForm
from beroepsplanner.ui.company_import_dialog import CompanyImportDialog, ask_and_export_companies
from beroepsplanner.ui.conflict_dialog import company_fields, is_save_conflict, resolve_conflict
from beroepsplanner.ui.models.company_table import (
    COMPANY_ID_ROLE,
    Column,
    CompanyFilterModel,
    CompanyTableModel,
)
from beroepsplanner.ui.page import ChainRequest, Page
from beroepsplanner.ui.profession_commands import AddProfessionCommand
from beroepsplanner.ui.widgets import ColumnFitter, heading, record_table
from beroepsplanner.ui.workspace import Workspace

Answer = QMessageBox.StandardButton

# Widest a column gets from fitting its content; longer text is elided, with a tooltip.
_MAX_COLUMN_WIDTH = {Column.NAME: 190, Column.PLACE: 105}
_NARROW_COLUMNS = (Column.MIN_GRADE, Column.CONFIRMED, Column.CHAINS)


class CompaniesPage(Page):
    subjects = frozenset({"companies", "chains"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self._refresh_pending = False
        self.setObjectName("companiesPage")
        self.refs = CompanyRefs()
        self._database_seen: object | None = None
        self._choices = None
        self._selecting = False
        self._choose_first = True
        self._columns_fitted = False

        self.company_model = CompanyTableModel(self)
        self.company_proxy = CompanyFilterModel(self)
        self.company_proxy.setSourceModel(self.company_model)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading(self.title()))
        heading_row.addStretch(1)
        heading_row.addWidget(self.summary_label)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setAccessibleName(self.tr("Search companies"))
        self.filter_edit.setPlaceholderText(self.tr("Search companies, places, worlds…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New company"))
        self.new_button.setObjectName("newButton")
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(self.tr("Read companies from a CSV or Excel file"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Write all companies to a CSV or Excel file"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.new_button)
        # Whole-network actions sit by the title, away from the row's search and "new".
        heading_row.addSpacing(12)
        heading_row.addWidget(self.import_button)
        heading_row.addWidget(self.export_button)

        self.company_view = self._build_view()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.company_view, 1)

        self.form = CompanyForm()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("companySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([550, 520])

        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(self.splitter, 1)

        self.filter_edit.textChanged.connect(self.company_proxy.set_search)
        for signal in (
            self.company_proxy.modelReset,
            self.company_proxy.rowsInserted,
            self.company_proxy.rowsRemoved,
            self.company_proxy.layoutChanged,
        ):
            signal.connect(self._show_row_count)
        self.company_view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self.new_company)
        self.import_button.clicked.connect(self.import_companies)
        self.export_button.clicked.connect(
            lambda: ask_and_export_companies(self.workspace, self)
        )
        self.form.save_button.clicked.connect(self.save)
        self.form.delete_button.clicked.connect(self.delete_company)
        self.form.profession_list.addRequested.connect(self.add_profession)
        self.form.chainActivated.connect(
            lambda chain_id: self.chainBuilderRequested.emit(ChainRequest(chain_id=chain_id))
        )
        self.form.setEnabled(False)

    def _build_view(self) -> QTableView:
        view = record_table("companyView", sortable=True)
        view.setAccessibleName(self.tr("Companies"))
        view.setModel(self.company_proxy)
        view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The worlds take what is left (the last column stretches); on a narrow window the
        # name gives way, then the worlds and the place hide (the form shows them).
        self.column_fitter = ColumnFitter(
            view, Column.NAME, (Column.WORLDS, Column.PLACE), self.fontMetrics().horizontalAdvance("x") * 20
        )
        # Fitting a column to its content measures at most this many rows (2,000 companies).
        header.setResizeContentsPrecision(200)
        return view

    def _fit_columns(self) -> None:
        """Fit name and place to their content once; the narrow columns to their header."""
        header = self.company_view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in _NARROW_COLUMNS:
            text = self.company_model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, metrics.horizontalAdvance(text) + 16)
        for column, widest in _MAX_COLUMN_WIDTH.items():
            self.company_view.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column) + 8, widest))
        widths: dict[int, int] = {c: header.sectionSize(c) for c in Column}
        widths[Column.WORLDS] = metrics.horizontalAdvance("x") * 24
        self.column_fitter.fit(widths)

    def title(self) -> str:
        return self.tr("Companies")

    def mark_stale(self) -> None:
        # One change often touches two subjects ("companies" and "chains"): reload once,
        # right after the change, instead of once per subject.
        self._stale = True
        if self.isVisible() and not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self._deferred_refresh)

    def _deferred_refresh(self) -> None:
        self._refresh_pending = False
        if self.isVisible():
            self.refresh()

    def status_text(self) -> str:
        return self.summary_label.text()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- reading -----------------------------------------------------------------

    def reload(self) -> None:
        if self.workspace.database is not self._database_seen:
            # Another file: ids mean other companies now.
            self._database_seen = self.workspace.database
            self.refs.clear()
            self.form.load(None)
            self._choose_first = True
        offered = self.workspace.read(choices)
        if offered != self._choices:
            self._choices = offered
            self.form.set_choices(offered)
        year, companies, self.form.default_years = self.workspace.read(
            lambda s: (year_being_planned(s), list_companies(s), confirmation_years(s, None))
        )
        self._selecting = True
        try:
            self.company_model.set_companies(companies, year)
        finally:
            self._selecting = False
        if not self._columns_fitted and self.company_model.rowCount():
            self._columns_fitted = True
            self._fit_columns()
        self.form.setEnabled(True)
        if self._choose_first:
            self._choose_first = False
            first = self.company_proxy.index(0, 0)
            self._show_company(first.data(COMPANY_ID_ROLE) if first.isValid() else None)
        elif self.form.company_id is not None and not self.form.is_modified():
            self._show_company(self.form.company_id)
        else:
            self._select(self.form.company_id)

    def _show_company(self, company_id: int | None) -> None:
        """Load the company into the form and select its row (None: an empty new company)."""
        details = None
        if (wanted := company_id) is not None:
            try:
                details = self.workspace.read(lambda s: company_details(s, wanted))
            except NotFoundError:
                company_id = None
        self.form.load(company_id, details)
        self._select(company_id)

    def _select(self, company_id: int | None) -> None:
        selection = self.company_view.selectionModel()
        self._selecting = True
        try:
            row = self.company_model.row_of(company_id) if company_id is not None else None
            index = (
                self.company_proxy.mapFromSource(self.company_model.index(row, 0))
                if row is not None
                else QModelIndex()
            )
            if index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.company_view.scrollTo(index)
            else:
                selection.clear()
        finally:
            self._selecting = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        wanted = current.data(COMPANY_ID_ROLE)
        if wanted == self.form.company_id:
            return
        if not self._may_leave_form():
            self._select(self.form.company_id)
            return
        self._show_company(wanted)

    def _may_leave_form(self) -> bool:
        """Ask about unsaved changes: True when the form may show something else now."""
        if not self.form.is_modified():
            return True
        answer = self._ask_about_unsaved_changes()
        if answer == Answer.Save:
            return self.save()
        return answer == Answer.Discard

    def _ask_about_unsaved_changes(self) -> Answer:
        name = self.form.loaded.name or self.form.details().name
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("You changed %1 but did not save it. Save the changes?").replace(
                "%1", f"'{name}'" if name else self.tr("the new company")
            ),
            Answer.Save | Answer.Discard | Answer.Cancel,
            self,
        )
        box.setDefaultButton(Answer.Save)
        return Answer(box.exec())

    # --- changing ----------------------------------------------------------------

    def new_company(self) -> None:
        """Show an empty form for a new company."""
        if not self._may_leave_form():
            return
        self.form.load(None)
        self._select(None)
        self.form.tabs.setCurrentIndex(0)
        self.form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def import_companies(self) -> None:
        """Open the import dialog (a file, a preview, one undoable import)."""
        dialog = CompanyImportDialog(self.workspace, self)
        dialog.exec()
        dialog.deleteLater()

    def save(self) -> bool:
        """Save the form; on a problem show it in the form and keep what was typed."""
        details = self.form.details()
        problems = field_problems(details)
        if problems:
            self.form.show_problems(problems)
            return False
        loaded = self.form.loaded
        while True:
            if self.form.company_id is None:
                command: CreateCompanyCommand | UpdateCompanyCommand = CreateCompanyCommand(self.refs, details)
            else:
                ref = self.refs.of(self.form.company_id)
                command = UpdateCompanyCommand(ref, loaded, details)
            try:
                self.workspace.execute(command)
            except ChangedByColleagueError as exc:
                # A colleague saved the company since the form was loaded: both versions
                # shown; what was typed stays in the form unless saved over it on purpose.
                version = resolve_conflict(self, exc, company_fields()) if is_save_conflict(exc) else None
                if version is None:
                    self.form.show_problems(error_text.error(exc).splitlines())
                    return False
                loaded = dataclasses.replace(loaded, version=version)
                continue
            except BeroepsplannerError as exc:
                self.form.show_problems(error_text.error(exc).splitlines())
                return False
            break
        saved_id = command.ref.id
        self.refresh()
        self._show_company(saved_id)
        return True

    def delete_company(self) -> None:
        """Delete the company of the form after asking; a used company is refused."""
        company_id = self.form.company_id
        if company_id is None:
            return
        name = self.form.loaded.name
        # A company in use is refused by the store with a message naming the chains;
        # asking "are you sure?" first would only be in the way.
        if not self.form.loaded.used_by and not self._confirm_delete(name):
            return
        proxy_row = self.company_view.currentIndex().row()
        command = DeleteCompanyCommand(
            self.refs, self.refs.of(company_id), name, self.form.loaded.version
        )
        if not self._execute(command):
            return
        self.refresh()
        neighbour = self.company_proxy.index(
            min(max(proxy_row, 0), self.company_proxy.rowCount() - 1), 0
        )
        self._show_company(neighbour.data(COMPANY_ID_ROLE) if neighbour.isValid() else None)

    def add_profession(self, name: str) -> bool:
        """Add a typed profession to the list after asking, and check it for this company.

        The addition is its own undoable step; the company itself is saved with Save."""
        answer = QMessageBox.question(
            self,
            self.tr("Add profession"),
            self.tr(
                "‘%1’ is not in the list of professions. Add it, so that every company "
                "can be given it?"
            ).replace("%1", name),
            Answer.Yes | Answer.No,
            Answer.Yes,
        )
        if answer != Answer.Yes:
            return False
        command = AddProfessionCommand(name)
        if not self._execute(command):
            return False
        key = command.key
        self.form.clear_problems()
        self._stale = True
        self.refresh()  # the new choice in the list; what was typed in the form stays
        if key is not None:
            self.form.profession_list.check(key)
        return True

    def _confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete company"),
            self.tr("Delete '%1' with its contacts and role models?").replace("%1", name),
            Answer.Yes | Answer.No,
            Answer.No,
        )
        return answer == Answer.Yes

    def _execute(self, command: StoreCommand) -> bool:
        try:
            self.workspace.execute(command)
        except BeroepsplannerError as exc:
            self.form.show_problems(error_text.error(exc).splitlines())
            return False
        return True

    def _show_row_count(self) -> None:
        shown = self.company_proxy.rowCount()
        total = self.company_model.rowCount()
        if shown == total:
            text = self.tr("%n companies", "", total)
        else:
            text = self.tr("%n of %1 companies shown", "", shown).replace("%1", str(total))
        self.summary_label.setText(text)
