"""The findings of the rules as a table (severity, class, date, activity, message, rule),
with a proxy that filters on severity."""

from __future__ import annotations

import re
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from beroepsplanner.domain.chain import Finding, Severity
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.columns import ColumnTableModel, TableColumn
from beroepsplanner.ui.models.record_filter import RecordFilterModel
from beroepsplanner.ui.models.roles import RECORD_ROLE

FINDING_ROLE = RECORD_ROLE
"""Role that returns the ``Finding`` of the row."""

_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ERROR_COLOR = QColor("#b3261e")
_WARNING_COLOR = QColor("#8a5a00")


class Column(IntEnum):
    SEVERITY = 0
    CLASS = 1
    DATE = 2
    ACTIVITY = 3
    MESSAGE = 4
    RULE = 5


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


RULE_NAMES = {
    # Each rule's code (domain/rules.py) by a short name a teacher reads in the Overview.
    "preparation-missing": QT_TRANSLATE_NOOP("FindingTableModel", "No preparation lesson"),
    "preparation-too-many": QT_TRANSLATE_NOOP("FindingTableModel", "Too many preparation lessons"),
    "preparation-not-before": QT_TRANSLATE_NOOP(
        "FindingTableModel", "Preparation not before the activity"
    ),
    "reflection-missing": QT_TRANSLATE_NOOP("FindingTableModel", "No reflection lesson"),
    "reflection-too-many": QT_TRANSLATE_NOOP("FindingTableModel", "Too many reflection lessons"),
    "reflection-not-after": QT_TRANSLATE_NOOP(
        "FindingTableModel", "Reflection not after the activity"
    ),
    "not-a-school-day": QT_TRANSLATE_NOOP("FindingTableModel", "Not a school day"),
    "grade-mismatch": QT_TRANSLATE_NOOP("FindingTableModel", "Company's minimum grade"),
    "grade-outside-range": QT_TRANSLATE_NOOP("FindingTableModel", "Outside the activity's grades"),
    "late-in-year": QT_TRANSLATE_NOOP("FindingTableModel", "Late in the school year"),
    "preparation-too-early": QT_TRANSLATE_NOOP("FindingTableModel", "Preparation too early"),
    "reflection-too-late": QT_TRANSLATE_NOOP("FindingTableModel", "Reflection too late"),
    "no-attitude-question": QT_TRANSLATE_NOOP("FindingTableModel", "No question about attitudes"),
    "no-counter-stereotype": QT_TRANSLATE_NOOP(
        "FindingTableModel", "No role model against stereotypes"
    ),
    "single-role-model": QT_TRANSLATE_NOOP("FindingTableModel", "Only one role model"),
    "repetition": QT_TRANSLATE_NOOP("FindingTableModel", "Repetition"),
    "grade-without-chain": QT_TRANSLATE_NOOP("FindingTableModel", "Class without a chain"),
    "world-not-met": QT_TRANSLATE_NOOP("FindingTableModel", "World not met"),
    "company-unconfirmed": QT_TRANSLATE_NOOP("FindingTableModel", "Company not confirmed"),
    "safety-unchecked": QT_TRANSLATE_NOOP("FindingTableModel", "Safety rules not checked"),
    "transport-not-arranged": QT_TRANSLATE_NOOP("FindingTableModel", "Transport not arranged"),
    "too-few-companions": QT_TRANSLATE_NOOP("FindingTableModel", "Too few companions"),
}


def rule_name(code: str) -> str:
    """The short name of a rule by its finding code, in the window's language (the code
    itself for a rule that has no name here yet)."""
    name = RULE_NAMES.get(code)
    return QCoreApplication.translate("FindingTableModel", name) if name else code


def split_message(finding: Finding) -> tuple[str, str]:
    """(activity title, message) of a chain finding: the message without the class,
    activity and date the table shows in their own columns; ("", message) for any other."""
    if finding.subject:
        return finding.activity_title or "", domain_text.finding_body(finding)
    return "", domain_text.finding_message(finding)


def _sortable_class(name: str) -> str:
    """``Groep 10`` after ``Groep 9``: numbers padded so that text order is natural order."""
    return re.sub(r"\d+", lambda m: m.group().zfill(4), name.casefold())


class FindingTableModel(ColumnTableModel[Finding]):
    """A read-only table over a list of ``Finding``."""

    def columns(self) -> tuple[TableColumn[Finding], ...]:
        severity_look = {
            _DECORATION: lambda f: _icon(f.severity),
            _FOREGROUND: lambda f: _ERROR_COLOR if f.severity is Severity.ERROR else _WARNING_COLOR,
        }
        return (
            TableColumn(
                lambda: self.tr("Severity"),
                lambda f: self.severity_text(f.severity),
                sort=lambda f: 0 if f.severity is Severity.ERROR else 1,
                roles=severity_look,
            ),
            TableColumn(
                lambda: self.tr("Class"),
                lambda f: f.class_name or self.tr("whole school"),
                sort=lambda f: _sortable_class(f.class_name or ""),
            ),
            TableColumn(
                lambda: self.tr("Date"),
                lambda f: f.date.strftime("%d-%m-%Y") if f.date else "",
                sort=lambda f: f.date.toordinal() if f.date else 0,
            ),
            TableColumn(
                lambda: self.tr("Activity"), lambda f: split_message(f)[0], tooltip=self._tooltip
            ),
            TableColumn(
                lambda: self.tr("Message"), lambda f: split_message(f)[1], tooltip=self._tooltip
            ),
            TableColumn(lambda: self.tr("Rule"), lambda f: rule_name(f.code)),
        )

    def set_findings(self, findings: list[Finding] | tuple[Finding, ...]) -> None:
        self.set_records(findings)

    def finding(self, row: int) -> Finding:
        return self._records[row]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self._records if f.severity is severity)

    def severity_text(self, severity: Severity) -> str:
        return self.tr("Error") if severity is Severity.ERROR else self.tr("Warning")

    def _tooltip(self, finding: Finding) -> str:
        tip = domain_text.finding_message(finding)
        if finding.chain_id is not None:
            tip += "\n\n" + self.tr("Double-click to open the chain.")
        return tip


_icons: dict[tuple[int, Severity], QIcon] = {}


def _icon(severity: Severity) -> QIcon:
    """The style's error or warning icon (made once per style: a board has thousands of
    findings, each asking for its icon)."""
    style = QApplication.style()
    key = (id(style), severity)
    if key not in _icons:
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if severity is Severity.ERROR
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        _icons[key] = style.standardIcon(pixmap)
    return _icons[key]


class FindingFilterModel(RecordFilterModel):
    """Sorts the findings and shows all of them, or only errors or only warnings, on what
    the model worked out once per row (``RecordFilterModel``: thousands of findings at a
    school board's size)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._severity: Severity | None = None

    def set_severity(self, severity: Severity | None) -> None:
        """Show only findings of ``severity``; None shows them all."""
        if severity != self._severity:
            self._severity = severity
            self.filter_changed()

    def severity(self) -> Severity | None:
        return self._severity

    def accepted(self, model: ColumnTableModel[Any], rows: list[int]) -> list[int]:
        if self._severity is None:
            return rows
        severity = self._severity
        return [row for row in rows if model.record(row).severity is severity]
