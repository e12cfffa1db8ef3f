"""Findings of the rules as word-wrapped lists: errors and warnings apart, with counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.chain import Finding, Severity
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.roles import Index

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role that returns the finding's code (``not-a-school-day``)."""


def short_message(finding: Finding) -> str:
    """The message without the class, activity and date (the dialog shows those already),
    beginning with a capital."""
    return domain_text.finding_body(finding)


class FindingListModel(QAbstractListModel):
    """One row per finding: its message (shortened), an icon by severity, the full
    message as tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def messages(self) -> list[str]:
        return [short_message(f) for f in self._findings]

    def codes(self) -> list[str]:
        return [f.code for f in self._findings]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return short_message(finding)
        if role == Qt.ItemDataRole.ToolTipRole:
            return domain_text.finding_message(finding)
        if role == CODE_ROLE:
            return finding.code
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # A screen reader hears the severity the icon shows.
            kind = self.tr("Error") if finding.severity is Severity.ERROR else self.tr("Warning")
            return f"{kind}: {short_message(finding)}"
        if role == Qt.ItemDataRole.DecorationRole:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if finding.severity is Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        return None


class WrappingDelegate(QStyledItemDelegate):
    """Rows as high as their word-wrapped text at the list's current width."""

    PADDING = 6

    def __init__(self, parent: QListView) -> None:
        super().__init__(parent)
        # The width to wrap at before the list has its final size (set by its panel).
        self.width_hint = 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        if self.width_hint > 0:
            visible = isinstance(view, QWidget) and view.isVisible()
            width = min(width, self.width_hint) if visible else self.width_hint
        icon = option.decorationSize.width() + 2 * self.PADDING
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, max(80, width - icon - 2 * self.PADDING), 10_000),
            Qt.TextFlag.TextWordWrap,
            text,
        )
        return QSize(width, max(bounds.height(), option.decorationSize.height()) + 2 * self.PADDING)


class FindingsPanel(QWidget):
    """Errors and warnings apart, each under a heading with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.errors_label, self.error_model, self.error_view = self._group(layout)
        self.no_errors_label = QLabel(self.tr("No errors: the chain can be planned."))
        self.no_errors_label.setWordWrap(True)
        layout.addWidget(self.no_errors_label)
        layout.addSpacing(8)
        self.warnings_label, self.warning_model, self.warning_view = self._group(layout)
        self.no_warnings_label = QLabel(self.tr("No warnings."))
        layout.addWidget(self.no_warnings_label)
        layout.addStretch(1)

    def _group(self, layout: QVBoxLayout) -> tuple[QLabel, FindingListModel, QListView]:
        label = QLabel()
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        model = FindingListModel(self)
        view = QListView()
        label.setBuddy(view)  # the heading ("2 errors") names the list for a screen reader
        view.setModel(model)
        view.setItemDelegate(WrappingDelegate(view))
        view.setWordWrap(True)
        view.setIconSize(QSize(20, 20))
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(label)
        layout.addWidget(view)
        return label, model, view

    def set_findings(self, findings: list[Finding], *, waiting: str = "") -> None:
        """Show ``findings``; with ``waiting`` (what the chain still lacks, such as an
        activity) the rules have nothing to judge yet, and the panel says that instead of
        "no errors"."""
        errors = [f for f in findings if f.severity is Severity.ERROR]
        warnings = [f for f in findings if f.severity is Severity.WARNING]
        self.error_model.set_findings(errors)
        self.warning_model.set_findings(warnings)
        self.errors_label.setText(self.tr("Errors (%n)", "", len(errors)))
        self.warnings_label.setText(self.tr("Warnings (%n)", "", len(warnings)))
        self.no_errors_label.setText(
            waiting or self.tr("No errors: the chain can be planned.")
        )
        judged = not waiting
        self.errors_label.setVisible(judged)
        self.warnings_label.setVisible(judged)
        self.error_view.setVisible(bool(errors))
        self.no_errors_label.setVisible(not errors)
        self.warning_view.setVisible(bool(warnings))
        self.no_warnings_label.setVisible(judged and not warnings)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapped messages take more lines when narrower.
        self._fit()

    def _fit(self) -> None:
        """Each list as high as its wrapped messages, the empty rest of the panel below;
        when both do not fit, the errors get at least half and the lists scroll."""
        labels = sum(
            w.sizeHint().height() + 6
            for w in (self.errors_label, self.warnings_label, self.no_errors_label)
        )
        room = max(80, self.height() - labels - 16)
        errors = self._needed(self.error_view)
        warnings = self._needed(self.warning_view)
        error_height = min(errors, max(room // 2, room - warnings))
        self.error_view.setFixedHeight(max(40, error_height))
        self.warning_view.setFixedHeight(max(40, min(warnings, room - error_height)))

    def _needed(self, view: QListView) -> int:
        """The height that shows every message of ``view`` at the panel's width."""
        delegate = view.itemDelegate()
        if isinstance(delegate, WrappingDelegate):
            delegate.width_hint = self.width() - 2 * view.frameWidth()
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.decorationSize = view.iconSize()
        model = view.model()
        height = 2 * view.frameWidth() + sum(
            delegate.sizeHint(option, model.index(row, 0)).height()
            for row in range(model.rowCount())
        )
        return height
