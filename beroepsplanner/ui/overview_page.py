"""Overzicht: the continuous line — per school year which groep meets which world of
technology, per cohort what the same pupils met and have planned across the years — what
every class and cohort has, and every error and warning of the school."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.chain import Severity
from beroepsplanner.domain.report import SchoolReport
from beroepsplanner.store.overview import YearOverview, school_year_labels, year_overview
from beroepsplanner.ui.cohort_chart import CohortChart
from beroepsplanner.ui.coverage_chart import CoverageChart
from beroepsplanner.ui.evaluation_list import ToEvaluatePanel
from beroepsplanner.ui.goals_panel import GoalsPanel
from beroepsplanner.ui.models.before_after_table import BeforeAfterTableModel
from beroepsplanner.ui.models.class_coverage_table import SORT_ROLE as CLASS_SORT_ROLE
from beroepsplanner.ui.models.class_coverage_table import ClassCoverageModel
from beroepsplanner.ui.models.class_coverage_table import Column as ClassColumn
from beroepsplanner.ui.models.cohort_table import CohortTableModel
from beroepsplanner.ui.models.cohort_table import Column as CohortColumn
from beroepsplanner.ui.models.finding_table import (
    FINDING_ROLE,
    Column,
    FindingFilterModel,
    FindingTableModel,
)
from beroepsplanner.ui.page import ChainRequest, Page
from beroepsplanner.ui.widgets import ColumnFitter, heading, record_table
from beroepsplanner.ui.workspace import Workspace


def _section_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


FIT_ROWS = 200
"""Rows (around the visible ones) the findings' columns are fitted to."""


class OverviewPage(Page):
    subjects = frozenset({"activities", "companies", "classes", "chains", "school"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("overviewPage")
        self.overview: YearOverview | None = None
        self._class_ids: dict[str, int] = {}
        self._sized = False

        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top = QHBoxLayout()
        top.addWidget(heading(self.title()))
        top.addStretch(1)
        top.addWidget(self.summary_label)
        top.addSpacing(12)
        year_label = QLabel(self.tr("School year:"))
        year_label.setBuddy(self.year_combo)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)

        self.chart = CoverageChart()
        self.cohort_chart = CohortChart()
        self.line_label = QLabel()
        self.line_label.setObjectName("lineLabel")
        self.line_label.setWordWrap(True)
        # The year view and the line per cohort: the same heat map, one at a time.
        self.charts = QStackedWidget()
        self.charts.addWidget(self.chart)
        self.charts.addWidget(self.cohort_chart)
        self.chart_title = _section_label("")
        self.grade_button = QRadioButton(self.tr("Per grade"))
        self.grade_button.setObjectName("perGradeButton")
        self.cohort_button = QRadioButton(self.tr("Per cohort"))
        self.cohort_button.setObjectName("perCohortButton")
        self.grade_button.setChecked(True)
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.addButton(self.grade_button, 0)
        self.view_buttons.addButton(self.cohort_button, 1)
        chart_head = QHBoxLayout()
        chart_head.addWidget(self.chart_title)
        chart_head.addStretch(1)
        chart_head.addWidget(self.grade_button)
        chart_head.addWidget(self.cohort_button)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addLayout(chart_head)
        chart_layout.addWidget(self.charts)
        chart_layout.addWidget(self.line_label)

        self.class_model = ClassCoverageModel(self)
        self.class_proxy = QSortFilterProxyModel(self)
        self.class_proxy.setSortRole(CLASS_SORT_ROLE)
        self.class_proxy.setSourceModel(self.class_model)
        self.class_view = record_table("classView", sortable=True)
        self.class_view.setAccessibleName(self.tr("Chains and worlds per class"))
        self.class_view.setModel(self.class_proxy)
        self.class_view.sortByColumn(ClassColumn.CLASS, Qt.SortOrder.AscendingOrder)
        class_box = QWidget()
        class_layout = QVBoxLayout(class_box)
        class_layout.setContentsMargins(0, 6, 0, 0)
        class_layout.addWidget(self.class_view, 1)

        self.cohort_model = CohortTableModel(self)
        self.cohort_proxy = QSortFilterProxyModel(self)
        self.cohort_proxy.setSortRole(CLASS_SORT_ROLE)
        self.cohort_proxy.setSourceModel(self.cohort_model)
        self.cohort_view = record_table("cohortView", sortable=True)
        self.cohort_view.setAccessibleName(self.tr("The line per cohort"))
        self.cohort_view.setModel(self.cohort_proxy)
        self.cohort_view.sortByColumn(CohortColumn.GRADE, Qt.SortOrder.AscendingOrder)
        cohort_box = QWidget()
        cohort_layout = QVBoxLayout(cohort_box)
        cohort_layout.setContentsMargins(0, 6, 0, 0)
        cohort_layout.addWidget(self.cohort_view, 1)

        self.before_after_model = BeforeAfterTableModel(self)
        self.before_after_view = record_table("beforeAfterView")
        self.before_after_view.setAccessibleName(self.tr("Before and after per grade"))
        self.before_after_view.setModel(self.before_after_model)
        self.before_after_hint = QLabel()
        self.before_after_hint.setWordWrap(True)
        before_after_box = QWidget()
        before_after_layout = QVBoxLayout(before_after_box)
        before_after_layout.setContentsMargins(0, 6, 0, 0)
        before_after_layout.addWidget(self.before_after_hint)
        before_after_layout.addWidget(self.before_after_view, 1)

        self.finding_model = FindingTableModel(self)
        self.finding_proxy = FindingFilterModel(self)
        self.finding_proxy.setSourceModel(self.finding_model)
        self.finding_view = record_table("findingView", sortable=True)
        # Columns fitted to the rows around the visible ones, not to every finding: a
        # board's overview has thousands (Qt would ask each row's every cell).
        self.finding_view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.finding_view.setAccessibleName(self.tr("Errors and warnings"))
        self.finding_view.setModel(self.finding_proxy)
        self.finding_view.sortByColumn(Column.SEVERITY, Qt.SortOrder.AscendingOrder)
        self.finding_view.horizontalHeader().setStretchLastSection(False)
        # On a small screen the message gives way (elided; its tooltip has it whole), then
        # the rule and activity columns hide: no sideways scrolling.
        self.finding_fitter = ColumnFitter(
            self.finding_view,
            Column.MESSAGE,
            tuple(c for c in Column if c.name in ("RULE", "ACTIVITY")),
            self.fontMetrics().horizontalAdvance("x") * 40,
        )
        self.severity_combo = QComboBox()
        self.severity_combo.setObjectName("severityCombo")
        self.severity_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for severity in ("", Severity.ERROR.value, Severity.WARNING.value):
            self.severity_combo.addItem("", severity)
        finding_head = QHBoxLayout()
        finding_head.addStretch(1)
        show_label = QLabel(self.tr("Show:"))
        show_label.setBuddy(self.severity_combo)
        finding_head.addWidget(show_label)
        finding_head.addWidget(self.severity_combo)
        finding_box = QWidget()
        finding_layout = QVBoxLayout(finding_box)
        finding_layout.setContentsMargins(0, 6, 0, 0)
        finding_layout.addLayout(finding_head)
        finding_layout.addWidget(self.finding_view, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("overviewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(finding_box, "")
        self.tabs.addTab(class_box, "")
        self.tabs.addTab(cohort_box, "")
        self.before_after_tab = self.tabs.addTab(before_after_box, "")
        self.goals_panel = GoalsPanel(workspace)
        self.goals_tab = self.tabs.addTab(self.goals_panel, "")
        self.evaluation_panel = ToEvaluatePanel(self)
        self.evaluation_tab = self.tabs.addTab(self.evaluation_panel, "")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        # In a scroll area, so that the page (and with it the window) can be made small.
        self.chart_area = QScrollArea()
        self.chart_area.setObjectName("chartArea")
        self.chart_area.setWidget(chart_box)
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_area.setMinimumHeight(120)
        self.splitter.addWidget(self.chart_area)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.year_combo.currentIndexChanged.connect(self._on_year)
        self.view_buttons.idToggled.connect(self._on_view)
        self.severity_combo.currentIndexChanged.connect(self._on_severity)
        self.finding_view.doubleClicked.connect(self.open_finding)
        self.evaluation_panel.chainActivated.connect(
            lambda chain_id: self.chainBuilderRequested.emit(ChainRequest(chain_id=chain_id, evaluate=True))
        )

    def title(self) -> str:
        return self.tr("Overview")

    # --- loading -------------------------------------------------------------------

    def reload(self) -> None:
        labels = self.workspace.read(school_year_labels)
        current = self.year_combo.currentText()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItems(labels)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findText(current)))
        self.year_combo.blockSignals(False)
        self.year_combo.setEnabled(len(labels) > 1)
        self._load_year()

    def _on_year(self) -> None:
        self._load_year()

    def _load_year(self) -> None:
        label = self.year_combo.currentText()
        self.overview = self.workspace.read(lambda s: year_overview(s, label)) if label else None
        overview = self.overview
        coverage = overview.coverage if overview else None
        self.chart.set_table(coverage)
        self.cohort_chart.set_table(overview.cohorts if overview else None)
        self.cohort_model.set_table(overview.cohorts if overview else None)
        self.class_model.set_rows(coverage.classes if coverage else (), len(coverage.worlds) if coverage else 7)
        self._class_ids = {c.name: c.id for c in coverage.classes} if coverage else {}
        self.finding_model.set_findings(overview.findings if overview else ())
        report = overview.report if overview else None
        self.before_after_model.set_groepen(report.groepen if report else ())
        self._show_before_after(report)
        self.goals_panel.set_report(overview.goals if overview else None)
        self.evaluation_panel.set_chains(overview.to_evaluate if overview else ())
        self._show_counts()
        self._show_line()
        self._fit_columns()
        self._give_chart_its_height()

    def _show_before_after(self, report: SchoolReport | None) -> None:
        shift = report.year.before_after if report else None
        if shift is None or not shift.chains:
            self.before_after_hint.setText(self.tr(
                "No chain of this school year has been counted before and after yet: count the "
                "logbooks' answers in the chain's “Before and after” tab."
            ))
            return
        self.before_after_hint.setText(
            self.tr(
                "Answers to “who can do this work?”, before → after, over the %n chain(s) "
                "counted at both moments (%1 answers before, %2 after). File > Print > Report "
                "puts them on paper.",
                "",
                shift.chains,
            )
            .replace("%1", str(shift.before.answered))
            .replace("%2", str(shift.after.answered))
        )

    def _give_chart_its_height(self) -> None:
        """The whole chart in view when the page has room; the tables take the rest."""
        if self._sized or self.splitter.height() <= 0:
            return
        self._sized = True
        chart_widget = self.chart_area.widget()
        if chart_widget is None:
            return
        wanted = max(self.chart.sizeHint().height(), self.cohort_chart.sizeHint().height())
        wanted += chart_widget.sizeHint().height() - self.charts.sizeHint().height() + 4
        total = sum(self.splitter.sizes())
        chart = min(wanted, max(total - 200, total // 2))
        self.splitter.setSizes([chart, total - chart])

    def _show_counts(self) -> None:
        errors = self.finding_model.count(Severity.ERROR)
        warnings = self.finding_model.count(Severity.WARNING)
        total = errors + warnings
        texts = (
            self.tr("All (%1)").replace("%1", str(total)),
            self.tr("Errors (%1)").replace("%1", str(errors)),
            self.tr("Warnings (%1)").replace("%1", str(warnings)),
        )
        for index, text in enumerate(texts):
            self.severity_combo.setItemText(index, text)
        self.tabs.setTabText(0, self.tr("Errors and warnings (%1)").replace("%1", str(total)))
        classes = len(self.overview.coverage.classes) if self.overview else 0
        self.tabs.setTabText(1, self.tr("Per class (%1)").replace("%1", str(classes)))
        cohorts = self.cohort_model.rowCount()
        self.tabs.setTabText(2, self.tr("Per cohort (%1)").replace("%1", str(cohorts)))
        counted = self.overview.report.year.before_after.chains if self.overview and self.overview.report else 0
        self.tabs.setTabText(self.before_after_tab, self.tr("Before and after (%1)").replace("%1", str(counted)))
        self.tabs.setTabText(self.goals_tab, self.tr("Goals"))
        self.tabs.setTabText(
            self.evaluation_tab,
            self.tr("To evaluate (%1)").replace("%1", str(self.evaluation_panel.count())),
        )
        chains = self.overview.coverage.total_chains if self.overview else 0
        self.summary_label.setText(
            self.tr("%n chain(s)", "", chains)
            + " · "
            + self.tr("%n error(s)", "", errors)
            + " · "
            + self.tr("%n warning(s)", "", warnings)
        )

    def per_cohort(self) -> bool:
        """Whether the chart shows the line per cohort (else the year per groep)."""
        return self.cohort_button.isChecked()

    def show_per_cohort(self, on: bool) -> None:
        """Show the line per cohort (True) or the year per groep (False) in the chart."""
        (self.cohort_button if on else self.grade_button).setChecked(True)

    def _on_view(self, _id: int, checked: bool) -> None:
        if checked:
            self.charts.setCurrentIndex(1 if self.per_cohort() else 0)
            self.goals_panel.set_per_cohort(self.per_cohort())
            self._show_line()

    def _show_line(self) -> None:
        if self.per_cohort():
            self.chart_title.setText(self.tr("Worlds of technology per cohort, grades 4–8"))
            self._show_cohort_line()
            return
        self.chart_title.setText(self.tr("Worlds of technology per grade"))
        coverage = self.overview.coverage if self.overview else None
        if coverage is None:
            self.line_label.setText(self.tr("There is no school year yet."))
        elif coverage.unmet_worlds:
            self.line_label.setText(
                self.tr("Grades 4–8 never meet: %1.").replace("%1", ", ".join(coverage.unmet_worlds))
            )
        else:
            self.line_label.setText(
                self.tr("Grades 4–8 together meet all seven worlds of technology.")
            )

    def _show_cohort_line(self) -> None:
        cohorts = self.overview.cohorts if self.overview else None
        if cohorts is None or not cohorts.rows:
            self.line_label.setText(self.tr("There is no school year yet."))
            return
        missing = [row for row in cohorts.rows if row.gaps]
        if missing:
            names = ", ".join(str(row.cohort) for row in missing)
            self.line_label.setText(
                self.tr("Cohorts with a world of technology not met and not planned: %1. A cohort is "
                        "named by the year it leaves grade 8.").replace("%1", names)
            )
        else:
            self.line_label.setText(
                self.tr("Every cohort meets or has planned all seven worlds of technology from grade 4 "
                        "to 8 (as far as its line is in the program). A cohort is named by the year it "
                        "leaves grade 8.")
            )

    def _fit_columns(self) -> None:
        self.class_view.resizeColumnsToContents()
        self.cohort_view.resizeColumnsToContents()
        view = self.finding_view
        for column in Column:  # measured while shown: a hidden column measures 0
            view.setColumnHidden(column, False)
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        header.resizeSection(Column.ACTIVITY, min(header.sectionSize(Column.ACTIVITY), 220))
        header.resizeSection(Column.MESSAGE, max(360, min(header.sectionSize(Column.MESSAGE), 700)))
        self.finding_fitter.fit({c: header.sectionSize(c) for c in Column})

    def status_text(self) -> str:
        return self.summary_label.text()

    # --- actions -------------------------------------------------------------------

    def _on_severity(self) -> None:
        value = self.severity_combo.currentData()
        self.finding_proxy.set_severity(Severity(value) if value else None)

    def set_severity_filter(self, severity: Severity | None) -> None:
        """Show all findings (None), or only errors or warnings."""
        self.severity_combo.setCurrentIndex(
            self.severity_combo.findData(severity.value if severity else "")
        )

    def open_finding(self, index: QModelIndex) -> None:
        """A chain finding opens its chain; a class without chains opens a new chain for it.
        Findings about the whole line (a world never met) have nothing to open."""
        finding = index.data(FINDING_ROLE) if index.isValid() else None
        if finding is None:
            return
        if finding.chain_id is not None:
            self.chainBuilderRequested.emit(ChainRequest(chain_id=finding.chain_id))
        elif finding.class_name in self._class_ids:
            self.chainBuilderRequested.emit(ChainRequest(class_id=self._class_ids[finding.class_name]))
