"""The lessons of a chain around its activity, as the chain builder's table shows them."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.store.chain_editing import ChainForm
from beroepsplanner.ui.models.roles import Index
from beroepsplanner.ui.qt_dates import pydate, qdate, shown_date

LESSON_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role that returns the index of the row's lesson in the form, or -1 for the activity."""

DATE_FORMAT = "ddd d MMM yyyy"
NO_SCHOOL_COLOUR = "#b00020"


class Column(IntEnum):
    KIND = 0
    DATE = 1
    TITLE = 2


def long_date(day: dt.date) -> str:
    """``di 3 nov 2026``: the date with its weekday, in the language of the window."""
    return shown_date(day, "EEE d MMM y").replace(".", "")


class LessonTableModel(QAbstractTableModel):
    """Preparation lessons, the activity, reflection lessons: one row each.

    The model shows a ``ChainForm`` but does not change it: editing a date or a
    title emits ``lessonEdited(lesson index, field, value)`` and the chain builder
    makes a new form, checks it and shows it again with ``set_form``.
    """

    lessonEdited = Signal(int, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._form: ChainForm | None = None
        self._activity_title = ""
        # Lesson index per row; -1 is the activity.
        self._rows: list[int] = []
        # Dates of the form that are no school day, with the reason.
        self._no_school: dict[dt.date, str] = {}
        self.read_only = False
        """A chain of a locked school year: the lessons are shown, not edited."""

    # --- filling -------------------------------------------------------------------

    def set_form(self, form: ChainForm | None, activity_title: str = "") -> None:
        """Show ``form``. Rows keep their order while only dates or titles change (so a
        row being edited does not jump); a lesson added or removed orders them anew."""
        same_lessons = (
            form is not None
            and self._form is not None
            and len(form.lessons) == len(self._form.lessons)
            and all(a.kind is b.kind for a, b in zip(form.lessons, self._form.lessons))
        )
        if same_lessons:
            self._form, self._activity_title = form, activity_title
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
                )
            return
        self.beginResetModel()
        self._form, self._activity_title = form, activity_title
        self._rows = self._order(form) if form is not None else []
        self.endResetModel()

    def set_days_without_school(self, days: dict[dt.date, str]) -> None:
        """Mark these dates (red, with the reason as tooltip)."""
        self._no_school = dict(days)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.DATE), self.index(len(self._rows) - 1, Column.DATE)
            )

    def marked_rows(self) -> list[int]:
        """The rows whose date is marked as no school day."""
        return [
            row
            for row in range(len(self._rows))
            if self.index(row, Column.DATE).data(Qt.ItemDataRole.ForegroundRole) is not None
        ]

    @staticmethod
    def _order(form: ChainForm) -> list[int]:
        def of(kind: LessonKind) -> list[int]:
            indexes = [i for i, lesson in enumerate(form.lessons) if lesson.kind is kind]
            return sorted(indexes, key=lambda i: form.lessons[i].date)

        return of(LessonKind.PREPARATION) + [-1] + of(LessonKind.REFLECTION)

    def lesson_index(self, row: int) -> int:
        """The index in the form's lessons of ``row``, or -1 for the activity row."""
        return self._rows[row]

    def row_of_lesson(self, lesson: int) -> int:
        return self._rows.index(lesson)

    # --- Qt model ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section in (Column.DATE, Column.TITLE):
            return self.tr("Double-click a lesson's date or title to change it.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kind"), self.tr("Date"), self.tr("Title"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # The activity's date and title come from the form above the table.
        editable = not self.read_only and self._rows[index.row()] >= 0
        if editable and index.column() in (Column.DATE, Column.TITLE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._form is None or not 0 <= index.row() < len(self._rows):
            return None
        lesson_index = self._rows[index.row()]
        lesson = self._form.lessons[lesson_index] if lesson_index >= 0 else None
        day = lesson.date if lesson is not None else self._form.date
        column = index.column()
        if role == LESSON_ROLE:
            return lesson_index
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.KIND:
                return self._kind_label(lesson.kind if lesson else None)
            if column == Column.DATE:
                return long_date(day)
            return lesson.title if lesson else self._activity_title
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.DATE:
                return qdate(day)
            if column == Column.TITLE:
                return lesson.title if lesson else self._activity_title
        if role == Qt.ItemDataRole.FontRole and lesson is None:
            font = QFont()
            font.setBold(True)
            return font
        reason = self._no_school.get(day) if column == Column.DATE else None
        if role == Qt.ItemDataRole.ForegroundRole and reason is not None:
            return QBrush(QColor(NO_SCHOOL_COLOUR))
        if role == Qt.ItemDataRole.DecorationRole and reason is not None:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DATE:
            if reason is not None:
                return self.tr("No school day: %1").replace("%1", reason)
            if lesson is None:
                return self.tr("Change the date of the activity above the table.")
            return self.tr("Double-click to choose another date.")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            if lesson is None:
                return self.tr("The activity's title comes from the catalog.")
            return self.tr("Double-click (or F2) to change the title.")
        return None

    def _kind_label(self, kind: LessonKind | None) -> str:
        if kind is LessonKind.PREPARATION:
            return self.tr("Preparation")
        if kind is LessonKind.REFLECTION:
            return self.tr("Reflection")
        return self.tr("Activity")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._form is None:
            return False
        lesson_index = self._rows[index.row()]
        if lesson_index < 0:
            return False
        lesson = self._form.lessons[lesson_index]
        if index.column() == Column.DATE:
            day = pydate(value) if isinstance(value, QDate) else value
            if not isinstance(day, dt.date) or day == lesson.date:
                return False
            self.lessonEdited.emit(lesson_index, "date", day)
            return True
        if index.column() == Column.TITLE:
            title = " ".join(str(value).split())
            if not title or title == lesson.title:
                return False
            self.lessonEdited.emit(lesson_index, "title", title)
            return True
        return False


class DateDelegate(QStyledItemDelegate):
    """Edits a date with a ``QDateEdit`` and its calendar; a click in the calendar commits."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(DATE_FORMAT)
        editor.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        editor.calendarWidget().clicked.connect(lambda _day: self._commit(editor))
        return editor

    def _commit(self, editor: QDateEdit) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit) and isinstance(value, QDate):
            editor.setDate(value)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
