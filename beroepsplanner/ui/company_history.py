"""The company form's "History" tab: every chain with the company (or one of its role
models) over the school years, with its evaluation (``domain/evaluation.py``).

One row per chain — school year, class, activity, date, status and "again next year?" of
both sides; below the table, the selected chain's evaluation in a few lines with the
contact person at the time. A double click opens the chain in the chain builder. The
rows come with the company's details (``CompanyDetails.used_by``); nothing is queried here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.company_details import ChainUse
from beroepsplanner.domain.evaluation import Again, contact_text
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.widgets import ColumnFitter, cell

CHAIN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SHORT = 80
"""The longest text of one answer in the lines under the table (whole in the tooltip)."""


class CompanyHistory(QWidget):
    """The history table and the selected chain's evaluation under it."""

    chainActivated = Signal(int)
    """A chain was double-clicked: its id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyHistory")
        self.uses: tuple[ChainUse, ...] = ()
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("usageTable")
        self.table.setAccessibleName(self.tr("Chains with the company over the school years"))
        self.table.setHorizontalHeaderLabels([
            self.tr("School year"), self.tr("Class"), self.tr("Activity"), self.tr("Date"),
            self.tr("Status"), self.tr("Again (company)"), self.tr("Again (you)"),
        ])
        self.table.verticalHeader().hide()
        # Every column inside the form, however narrow: the activity gives way (elided, whole
        # in its tooltip), then status, date and class hide (the lines under the table say them).
        self.fitter = ColumnFitter(self.table, 2, (4, 3, 1), 40)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        hint = QLabel(
            self.tr("Every chain with this company over the school years, with its evaluation. "
                    "Double-click a chain to open it in the chain builder.")
        )
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("historyDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self.table.itemDoubleClicked.connect(
            lambda item: self.chainActivated.emit(cell(self.table, item.row(), 0).data(CHAIN_ID_ROLE))
        )
        self.table.itemSelectionChanged.connect(self._show_details)

    def set_uses(self, uses: tuple[ChainUse, ...]) -> None:
        """Show ``uses`` (oldest first); the newest is selected."""
        self.uses = uses
        self.table.setRowCount(len(uses))
        for row, use in enumerate(uses):
            evaluation = use.evaluation
            answers = evaluation.answers if evaluation is not None else None
            texts = [
                use.school_year,
                use.class_name,
                use.activity_title,
                use.date.strftime("%d-%m-%Y"),
                self._status_text(use.status),
                self._again(answers.company_again if answers else None),
                self._again(answers.again if answers else None),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            cell(self.table, row, 0).setData(CHAIN_ID_ROLE, use.chain_id)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        self.fitter.flexible_min = max(header.sectionSizeFromContents(2).width(), 40)
        self.fitter.fit({c: self.table.columnWidth(c) for c in range(self.table.columnCount())})
        if uses:
            self.table.selectRow(len(uses) - 1)
        self._show_details()

    def _again(self, value: Again | None) -> str:
        return domain_text.again(value) if value is not None else ""

    def _status_text(self, status: ChainStatus) -> str:
        return {
            ChainStatus.CONCEPT: self.tr("draft"),
            ChainStatus.PLANNED: self.tr("planned"),
            ChainStatus.DONE: self.tr("done"),
        }[status]

    def selected(self) -> ChainUse | None:
        rows = self.table.selectionModel().selectedRows()
        return self.uses[rows[0].row()] if rows and rows[0].row() < len(self.uses) else None

    def _show_details(self) -> None:
        self.details.setText(self.details_text(self.selected()))
        self.details.setVisible(bool(self.uses))

    def details_text(self, use: ChainUse | None) -> str:
        """The lines under the table about ``use``: its evaluation in short, the contact."""
        if use is None:
            return ""
        title = f"{use.class_name}, {use.activity_title}, {use.date:%d-%m-%Y} ({use.school_year})"
        if not use.visits:
            return self.tr("%1: uses a role model of this company; the chain went to another "
                           "company.").replace("%1", title)
        evaluation = use.evaluation
        if evaluation is None:
            return self.tr("%1: not evaluated yet.").replace("%1", title)
        answers = evaluation.answers
        lines = [title]
        contact = contact_text(evaluation.contact_name, evaluation.contact_role)
        if contact:
            lines.append(self.tr("Contact at the time: %1").replace("%1", contact))
        you = [
            (self.tr("went well"), answers.went_well),
            (self.tr("pupils asked"), answers.pupils_asked),
            (self.tr("people and jobs"), answers.people_met),
            (self.tr("preparation helped"),
             domain_text.degree(answers.preparation_helped) if answers.preparation_helped else ""),
            (self.tr("reflection reached attitudes"),
             domain_text.degree(answers.reflection_attitudes) if answers.reflection_attitudes else ""),
        ]
        company = [
            (self.tr("went well"), answers.company_went_well),
            (self.tr("pupils asked"), answers.company_pupils_asked),
            (self.tr("remarks"), answers.company_remarks),
        ]
        for who, parts in ((self.tr("You"), you), (self.tr("Company"), company)):
            shown = "; ".join(f"{name}: {_short(value)}" for name, value in parts if value)
            if shown:
                lines.append(f"{who} — {shown}")
        return "\n".join(lines)


def _short(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= _SHORT else one_line[: _SHORT - 1].rstrip() + "…"
