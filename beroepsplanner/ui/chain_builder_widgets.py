"""The widgets of the chain builder (``ui/chain_builder.py``) and small helpers for them.

Plain functions without interface texts of their own: the dialog translates its texts
(context ``ChainBuilderDialog``) and passes them in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.store import chain_editing as store
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.lesson_table import Column, DateDelegate, LessonTableModel
from beroepsplanner.ui.widgets import line_edit

NOTE_HEIGHT = 72


class _Updating(Protocol):
    _updating: bool


class Quiet:
    """``with Quiet(dialog):`` the dialog's ``_updating`` is True, so that it does not
    react to the changes it makes to its own widgets."""

    def __init__(self, dialog: _Updating) -> None:
        self.dialog = dialog

    def __enter__(self) -> None:
        self.previous = self.dialog._updating
        self.dialog._updating = True

    def __exit__(self, *exc: object) -> None:
        self.dialog._updating = self.previous


def select_data(combo: QComboBox, value: Any) -> None:
    """Select the item of ``combo`` with this data, if there is one."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def activity_combo(placeholder: str) -> tuple[QComboBox, QCompleter]:
    """An editable combo box that finds an activity by any part of its title."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    line_edit(combo).setPlaceholderText(placeholder)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return combo, completer


def fill_activities(
    combo: QComboBox,
    activities: Sequence[Any],
    grade: int | None,
    current: str | None,
    grey: QBrush,
    not_meant_text: str,
) -> None:
    """The activities suiting ``grade`` first; the others in ``grey``, with
    ``not_meant_text`` as their tooltip, which says why: its %1 becomes the activity's
    groep range (``5–8``), its %2 the class's groep. ``current`` (an activity key) stays
    selected."""
    combo.clear()
    for activity in store.order_activities(activities, grade):
        suits = grade is None or activity.suits_grade(grade)
        span = domain_text.grade_range(activity.grade_min, activity.grade_max)
        combo.addItem(f"{activity.title} ({span})", activity.key)
        if not suits:
            combo.setItemData(combo.count() - 1, grey, Qt.ItemDataRole.ForegroundRole)
            span = (
                str(activity.grade_min)
                if activity.grade_min == activity.grade_max
                else f"{activity.grade_min}–{activity.grade_max}"
            )
            why = not_meant_text.replace("%1", span).replace("%2", str(grade))
            combo.setItemData(combo.count() - 1, why, Qt.ItemDataRole.ToolTipRole)
    if current is not None:
        select_data(combo, current)
    else:
        combo.setCurrentIndex(-1)


def default_day(school_year: str | None, today: dt.date) -> dt.date:
    """A week from ``today`` in the school year, or early in a year not begun yet."""
    if school_year is None:
        return today
    year = SchoolYear.parse(school_year)
    if today in year and today + dt.timedelta(days=60) < year.end:
        return today + dt.timedelta(days=7)
    return year.start + dt.timedelta(days=45)


def hint_label() -> QLabel:
    """A wrapped label in the quiet colour of placeholder text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def message_label() -> QLabel:
    """The red line under the lessons that says why a step was refused (hidden when empty)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def date_edit() -> QDateEdit:
    """The date of the activity, with a calendar that starts on Monday."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dddd d MMMM yyyy")
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


def lesson_table(model: LessonTableModel, date_width: int) -> QTableView:
    """The lessons and the activity, one row each; dates and titles edited in place."""
    view = QTableView()
    view.setModel(model)
    view.setItemDelegateForColumn(Column.DATE, DateDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(Column.KIND, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(Column.DATE, QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
    view.setColumnWidth(Column.DATE, date_width)
    return view


def button_row(buttons: Iterable[QPushButton]) -> QHBoxLayout:
    """The buttons side by side on the left; Enter does not press them."""
    row = QHBoxLayout()
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    row.addStretch(1)
    return row


def status_row(
    group: QButtonGroup, texts: dict[ChainStatus, str]
) -> tuple[QHBoxLayout, dict[ChainStatus, QRadioButton]]:
    """One radio button per status, in ``group``, side by side."""
    row = QHBoxLayout()
    buttons: dict[ChainStatus, QRadioButton] = {}
    for status, text in texts.items():
        button = QRadioButton(text)
        group.addButton(button)
        buttons[status] = button
        row.addWidget(button)
    row.addStretch(1)
    return row, buttons


def note_edit(placeholder: str) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on to the next field."""
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(NOTE_HEIGHT)
    edit.setTabChangesFocus(True)
    return edit


def column(parts: Iterable[QLayout | QWidget]) -> QWidget:
    """The left side of the dialog: layouts and widgets one under the other; the
    lesson table (a ``QTableView``) takes the height that is left."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 8, 0)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        elif isinstance(part, QTableView):
            layout.addWidget(part, 1)
        else:
            layout.addWidget(part)
    return widget


def side_by_side(left: QWidget, right: QWidget) -> QSplitter:
    """The form on the left, the rules' findings on the right. The form scrolls up and down
    when the screen is too low for it (1366×768 at 125 %: 614 px), never sideways; on a
    taller screen it fills the height and the lesson table takes what is left."""
    scroll = QScrollArea()
    scroll.setObjectName("chainFormScroll")
    scroll.setWidget(left)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(left.minimumSizeHint().width())
    splitter = QSplitter()
    splitter.addWidget(scroll)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([590, 390])
    splitter.setChildrenCollapsible(False)
    return splitter


def save_cancel_box() -> tuple[QDialogButtonBox, QPushButton]:
    """Save and Cancel, and the Save button; Enter (in the activity's search field) must
    not save the chain."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = box.button(QDialogButtonBox.StandardButton.Save)
    save.setAutoDefault(False)
    save.setDefault(False)
    return box, save
