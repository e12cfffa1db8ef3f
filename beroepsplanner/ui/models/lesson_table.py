"""The lessons of a chain around its activity, as the chain builder's table shows them."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
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
from beroepsplanner.ui.models.columns import ColumnTableModel, TableColumn
from beroepsplanner.ui.models.roles import Index
from beroepsplanner.ui.qt_dates import pydate, qdate, shown_date

LESSON_ROLE = Qt.ItemDataRole.UserRole + 4
"""Role that returns the index of the row's lesson in the form, or -1 for the activity
(its own number: not one of ``roles.py``'s)."""
_LESSON = int(LESSON_ROLE)
_EDIT = int(Qt.ItemDataRole.EditRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)

DATE_FORMAT = "ddd d MMM yyyy"
NO_SCHOOL_COLOUR = "#b00020"


class Column(IntEnum):
    KIND = 0
    DATE = 1
    TITLE = 2


def long_date(day: dt.date) -> str:
    """``di 3 nov 2026``: the date with its weekday, in the language of the window."""
    return shown_date(day, "EEE d MMM y").replace(".", "")


class LessonTableModel(ColumnTableModel[int]):
    """Preparation lessons, the activity, reflection lessons: one row each.

    A row's record is the index of its lesson in the form, -1 for the activity. The model
    shows a ``ChainForm`` but does not change it: editing a date or a title emits
    ``lessonEdited(lesson index, field, value)`` and the chain builder makes a new form,
    checks it and shows it again with ``set_form``.
    """

    lessonEdited = Signal(int, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._form: ChainForm | None = None
        self._activity_title = ""
        # Dates of the form that are no school day, with the reason.
        self._no_school: dict[dt.date, str] = {}
        self.read_only = False
        """A chain of a locked school year: the lessons are shown, not edited."""

    def columns(self) -> tuple[TableColumn[int], ...]:
        bold = {_FONT: self._bold}
        reason = self._no_school_reason
        date_marks = {
            **bold,
            _FOREGROUND: lambda at: None if reason(at) is None else QBrush(QColor(NO_SCHOOL_COLOUR)),
            _DECORATION: lambda at: None if reason(at) is None else QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
            ),
            _EDIT: lambda at: qdate(self._day(at)),
        }

        def change() -> str:
            return self.tr("Double-click a lesson's date or title to change it.")

        return (
            TableColumn(lambda: self.tr("Kind"), lambda at: self._kind_label(self._lesson_kind(at)), roles=bold),
            TableColumn(
                lambda: self.tr("Date"),
                lambda at: long_date(self._day(at)),
                tooltip=self._date_tip,
                header_tip=change,
                roles=date_marks,
            ),
            TableColumn(
                lambda: self.tr("Title"),
                self._title,
                tooltip=self._title_tip,
                header_tip=change,
                roles={**bold, _EDIT: self._title},
            ),
        )

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
        self._form, self._activity_title = form, activity_title
        if same_lessons:
            self.refresh_rows()
            return
        self.set_records(self._order(form) if form is not None else [])

    def set_days_without_school(self, days: dict[dt.date, str]) -> None:
        """Mark these dates (red, with the reason as tooltip)."""
        self._no_school = dict(days)
        if self._records:
            self.dataChanged.emit(
                self.index(0, Column.DATE), self.index(len(self._records) - 1, Column.DATE)
            )

    def marked_rows(self) -> list[int]:
        """The rows whose date is marked as no school day."""
        return [
            row
            for row in range(len(self._records))
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
        return self._records[row]

    def row_of_lesson(self, lesson: int) -> int:
        return self._records.index(lesson)

    # --- what a row shows ------------------------------------------------------------

    def _lesson_kind(self, at: int) -> LessonKind | None:
        assert self._form is not None
        return self._form.lessons[at].kind if at >= 0 else None

    def _day(self, at: int) -> dt.date:
        assert self._form is not None
        return self._form.lessons[at].date if at >= 0 else self._form.date

    def _title(self, at: int) -> str:
        assert self._form is not None
        return self._form.lessons[at].title if at >= 0 else self._activity_title

    def _bold(self, at: int) -> QFont | None:
        if at >= 0:
            return None
        font = QFont()
        font.setBold(True)
        return font

    def _no_school_reason(self, at: int) -> str | None:
        return self._no_school.get(self._day(at))

    def _date_tip(self, at: int) -> str:
        reason = self._no_school_reason(at)
        if reason is not None:
            return self.tr("No school day: %1").replace("%1", reason)
        if at < 0:
            return self.tr("Change the date of the activity above the table.")
        return self.tr("Double-click to choose another date.")

    def _title_tip(self, at: int) -> str:
        if at < 0:
            return self.tr("The activity's title comes from the catalog.")
        return self.tr("Double-click (or F2) to change the title.")

    # --- Qt model ------------------------------------------------------------------

    def cell(self, row: int, column: int, role: int) -> Any:
        if role == _LESSON and 0 <= row < len(self._records):
            return self._records[row]
        return super().cell(row, column, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # The activity's date and title come from the form above the table.
        editable = not self.read_only and self._records[index.row()] >= 0
        if editable and index.column() in (Column.DATE, Column.TITLE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _kind_label(self, kind: LessonKind | None) -> str:
        if kind is LessonKind.PREPARATION:
            return self.tr("Preparation")
        if kind is LessonKind.REFLECTION:
            return self.tr("Reflection")
        return self.tr("Activity")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._form is None:
            return False
        lesson_index = self._records[index.row()]
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
