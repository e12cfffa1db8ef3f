"""The school year dialog: the school's own study days and holiday weeks.

Every change is an undoable ``StoreCommand`` (``calendar_commands``); after a
change the dialog reads the calendar from the store again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner import dates
from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.calendar import (
    MovableHoliday,
    SchoolYearCalendar,
    StudyDayInfo,
    school_year_calendar,
)
from beroepsplanner.store.classes import newest_school_year
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.calendar_commands import (
    AddStudyDayCommand,
    FollowAdviceCommand,
    MoveHolidayCommand,
    RemoveStudyDayCommand,
)
from beroepsplanner.ui.class_dialog import error_label
from beroepsplanner.ui.commands import StoreCommand
from beroepsplanner.ui.qt_dates import pydate, qdate, shown_date
from beroepsplanner.ui.school_details import SchoolDetailsBox
from beroepsplanner.ui.widgets import fitting_size, record_table
from beroepsplanner.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
EDIT_DATE = "ddd d MMM yyyy"


def long_date(day: dt.date) -> str:
    """``vrijdag 9 oktober 2026``: the date in full, in the language of the window."""
    return shown_date(day, dates.LONG_WITH_WEEKDAY)


def date_range(first: dt.date, last: dt.date) -> str:
    """``19–23 oktober 2026``: a range of days, the month and year said once where possible."""
    end = shown_date(last, dates.LONG)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{end}"
    if first.year == last.year:
        return f"{shown_date(first, 'd MMMM')} – {end}"
    return f"{shown_date(first, dates.LONG)} – {end}"


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def proposed_study_day(calendar: SchoolYearCalendar, today: dt.date) -> dt.date:
    """The day a new study day starts on: the next school day after ``today`` (a study
    day is planned ahead, never on a day without school), the first school day of a year
    not begun yet, the last one of a year that is over."""
    school = SchoolCalendar.of(
        SchoolYear.parse(calendar.label),
        calendar.region,
        [d.date for d in calendar.study_days],
        [(h.name, h.moved_start) for h in calendar.movable_holidays if h.moved_start is not None],
    )
    days = school.school_days()
    if not days:
        return calendar.start
    later = [day for day in days if day > today]
    return later[0] if later else days[-1]


def date_edit(object_name: str) -> QDateEdit:
    """A date field with a calendar popup whose weeks start on Monday."""
    edit = QDateEdit()
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(EDIT_DATE)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("wo 30 sep 2026") + 48)
    return edit


class StudyDayModel(QAbstractTableModel):
    """The study days of a school year: date and description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[StudyDayInfo, ...] = ()

    def set_days(self, days: tuple[StudyDayInfo, ...]) -> None:
        self.beginResetModel()
        self._days = days
        self.endResetModel()

    def day_at(self, row: int) -> StudyDayInfo:
        return self._days[row]

    def row_of(self, day: dt.date) -> int:
        return next((i for i, d in enumerate(self._days) if d.date == day), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        day = self._days[index.row()]
        return long_date(day.date) if index.column() == 0 else day.description

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Description"))[section]
        return None


class HolidayRow:
    """The widgets of one movable holiday in the dialog."""

    def __init__(self, name: str, title: str) -> None:
        self.name = name
        self.title = QLabel(f"<b>{title}</b>")
        self.advice = QLabel()
        self.advice.setObjectName(f"advice{name}")
        self.status = QLabel()
        self.status.setObjectName(f"status{name}")
        self.week_edit = date_edit(f"weekEdit{name}")
        self.move_button = QPushButton()
        self.move_button.setObjectName(f"move{name}")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName(f"reset{name}")


class SchoolYearDialog(QDialog):
    """Edit the study days and the movable holidays of the newest school year."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schoolYearDialog")
        self.setWindowTitle(self.tr("School year: study days and holidays"))
        self.workspace = workspace
        self.label: str | None = workspace.read(newest_school_year)
        self.calendar: SchoolYearCalendar | None = None
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.label is None:
            self.no_school_label = QLabel(
                self.tr("There is no school year yet. Set up the school and its school year first.")
            )
            self.no_school_label.setObjectName("noSchoolLabel")
            self.no_school_label.setWordWrap(True)
            layout.addWidget(self.no_school_label)
            layout.addWidget(self.buttons)
            return
        self._build(layout)
        self.reload()
        workspace.dataChanged.connect(self._data_changed)

    # --- building -----------------------------------------------------------------

    def _build(self, layout: QVBoxLayout) -> None:
        self.year_label = QLabel()
        self.year_label.setObjectName("yearLabel")
        top = QFormLayout()
        top.addRow(self.tr("School year:"), self.year_label)
        layout.addLayout(top)
        # Name, place and region of the school; a new region moves the holidays below.
        self.school_box = SchoolDetailsBox(self.workspace)
        self.school_box.failed.connect(self._show_error)
        self.school_box.saved.connect(self.reload)
        self.school_box.saved.connect(self.error_label.hide)
        layout.addWidget(self.school_box)
        layout.addWidget(self._study_days_box(), 1)
        layout.addWidget(self._holidays_box())
        hint = QLabel(
            self.tr(
                "Chains that now fall on a day without school show an error "
                "in the chain builder and the overview."
            )
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for button in self.findChildren(QPushButton):
            # Enter in the description adds the day; it must not also press a button.
            button.setAutoDefault(False)
        self.resize(fitting_size((640, 620)))

    def _study_days_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Study days"))
        self.model = StudyDayModel(self)
        self.table = record_table("studyDayTable")
        self.table.setAccessibleName(self.tr("Study days"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("woensdag 30 september 2026") + 24)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.day_edit = date_edit("studyDayEdit")
        self.day_edit.setAccessibleName(self.tr("Date of the study day"))
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("descriptionEdit")
        self.description_edit.setAccessibleName(self.tr("Description of the study day"))
        self.description_edit.setMaxLength(200)
        self.description_edit.setPlaceholderText(self.tr("for example Team study day"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("addStudyDayButton")
        self.add_button.clicked.connect(self.add_study_day)
        self.description_edit.returnPressed.connect(self.add_study_day)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeStudyDayButton")
        self.remove_button.clicked.connect(self.remove_study_day)

        entry = QHBoxLayout()
        entry.addWidget(self.day_edit)
        entry.addWidget(self.description_edit, 1)
        entry.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(self.remove_button)
        inner = QVBoxLayout(box)
        inner.addWidget(self.table, 1)
        inner.addLayout(below)
        inner.addLayout(entry)
        return box

    def _holidays_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Holidays the school may choose itself"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        titles = {
            "Herfstvakantie": self.tr("Autumn holiday"),
            "Voorjaarsvakantie": self.tr("Spring holiday"),
        }
        self.holiday_rows: dict[str, HolidayRow] = {}
        for i, (name, title) in enumerate(titles.items()):
            row = HolidayRow(name, title)
            row.move_button.setText(self.tr("Move"))
            row.reset_button.setText(self.tr("Follow advice"))
            row.week_edit.setAccessibleName(self.tr("Week the school takes: %1").replace("%1", title))
            row.move_button.clicked.connect(lambda _=False, n=name: self.move_holiday(n))
            row.reset_button.clicked.connect(lambda _=False, n=name: self.follow_advice(n))
            base = i * 3
            grid.addWidget(row.title, base, 0, 1, 4)
            grid.addWidget(row.advice, base + 1, 0, 1, 2)
            grid.addWidget(QLabel(self.tr("Week the school takes:")), base + 2, 0)
            grid.addWidget(row.week_edit, base + 2, 1, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(row.move_button, base + 2, 2)
            grid.addWidget(row.reset_button, base + 2, 3)
            grid.addWidget(row.status, base + 1, 2, 1, 2, Qt.AlignmentFlag.AlignRight)
            self.holiday_rows[name] = row
        return box

    # --- showing --------------------------------------------------------------------

    def _data_changed(self, subject: str) -> None:
        if subject == "school":
            self.reload()
            if not self.school_box.is_modified():
                self.school_box.reload()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def reload(self) -> None:
        """Read the calendar of the school year from the store again."""
        label = self.label
        assert label is not None
        self.calendar = calendar = self.workspace.read(lambda s: school_year_calendar(s, label))
        self.year_label.setText(calendar.label)
        selected = self.selected_day()
        self.model.set_days(calendar.study_days)
        if selected is not None and (index := self.model.row_of(selected)) >= 0:
            self.table.selectRow(index)
        self._update_buttons()
        first, last = qdate(calendar.start), qdate(calendar.end)
        self.day_edit.setDateRange(first, last)
        if self.day_edit.date() == self.day_edit.minimumDate():
            self.day_edit.setDate(qdate(proposed_study_day(calendar, dt.date.today())))
        found = {h.name: h for h in calendar.movable_holidays}
        for name, row in self.holiday_rows.items():
            row.week_edit.setDateRange(first, last)
            holiday = found.get(name)
            for widget in (row.week_edit, row.move_button, row.reset_button):
                widget.setEnabled(holiday is not None)
            if holiday is None:
                row.advice.setText(self.tr("No advised week found for this region."))
                row.status.setText("")
                continue
            self._show_holiday(row, holiday, calendar)

    def _show_holiday(self, row: HolidayRow, holiday: MovableHoliday, calendar: SchoolYearCalendar) -> None:
        advice = self.tr("advice region %1: %2").replace("%1", domain_text.region(calendar.region))
        row.advice.setText(advice.replace("%2", date_range(holiday.advised_first, holiday.advised_last)))
        row.week_edit.setDate(qdate(holiday.taken_start))
        row.reset_button.setEnabled(holiday.moved_start is not None)
        if holiday.moved_start is None:
            row.status.setText(self.tr("follows the advice"))
        else:
            start = holiday.taken_start
            text = self.tr("school takes: %1").replace(
                "%1", date_range(start, start + dt.timedelta(days=4))
            )
            row.status.setText(f"<b>{text}</b>")

    def selected_day(self) -> dt.date | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.day_at(rows[0].row()).date if rows else None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_day() is not None)

    # --- changing -------------------------------------------------------------------

    def _execute(self, command: StoreCommand) -> bool:
        """Do ``command``; a refusal is shown inline and changes nothing."""
        try:
            self.workspace.execute(command)
        except BeroepsplannerError as exc:
            self.error_label.setText(error_text.error(exc))
            self.error_label.show()
            return False
        self.error_label.hide()
        self.reload()
        return True

    def add_study_day(self) -> None:
        assert self.label is not None
        day = pydate(self.day_edit.date())
        if self._execute(AddStudyDayCommand(self.label, day, self.description_edit.text())):
            self.description_edit.clear()
            self.table.selectRow(self.model.row_of(day))

    def remove_study_day(self) -> None:
        day = self.selected_day()
        if day is not None and self.label is not None:
            self._execute(RemoveStudyDayCommand(self.label, day))

    def move_holiday(self, name: str) -> None:
        assert self.label is not None
        start = monday_of(pydate(self.holiday_rows[name].week_edit.date()))
        self._execute(MoveHolidayCommand(self.label, name, start))

    def follow_advice(self, name: str) -> None:
        assert self.label is not None
        self._execute(FollowAdviceCommand(self.label, name))
