"""Small widgets that several screens share."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

WINDOW_FRAME = (16, 40)
"""Room a window manager's frame and title bar take around a window."""


def fitting_size(wanted: tuple[int, int]) -> QSize:
    """``wanted``, made smaller where the screen's free area is smaller (a 1280×720 laptop,
    or 1366×768 at 125 %), leaving room for the window's frame. For the first size of the
    main window and of the larger dialogs."""
    screen = QApplication.primaryScreen()
    if screen is None:
        return QSize(*wanted)
    room = screen.availableGeometry()
    return QSize(min(wanted[0], room.width() - WINDOW_FRAME[0]), min(wanted[1], room.height() - WINDOW_FRAME[1]))


def heading(text: str) -> QLabel:
    """The big bold title at the top of a page."""
    label = QLabel(text)
    label.setObjectName("headingLabel")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def show_refusal(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user, in the store's Dutch words, why a change was not made."""
    QMessageBox.warning(parent, title, message)


def record_table(object_name: str, *, sortable: bool = False) -> QTableView:
    """A read-only table of records, one per row, as the pages show their lists.

    Alternating rows, one whole row selected at a time, no editing, one line per
    row (long text elided at the right), no row numbers, and the column titles
    left-aligned. With ``sortable`` a click on a column title sorts; the caller
    sets the model, the first sort order and the column widths.
    """
    view = QTableView()
    view.setObjectName(object_name)
    if sortable:
        view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


class ColumnFitter(QObject):
    """Keeps a table's columns inside its width: no column cut off at the right edge.

    ``fit(widths)`` takes each column's wanted width (fitted to content, capped);
    on every resize the ``flexible`` column (a title or name, elided with a tooltip)
    gives way down to ``flexible_min`` pixels, then the columns of ``drop_order``
    are hidden one by one (their content is in the details beside the table).
    """

    def __init__(
        self, view: QTableView, flexible: int, drop_order: tuple[int, ...], flexible_min: int
    ) -> None:
        super().__init__(view)
        self.view, self.flexible, self.drop_order = view, flexible, drop_order
        self.flexible_min = flexible_min
        self.widths: dict[int, int] = {}
        view.viewport().installEventFilter(self)

    def fit(self, widths: dict[int, int]) -> None:
        self.widths = dict(widths)
        self.apply()

    def apply(self) -> None:
        if not self.widths:
            return
        header = self.view.horizontalHeader()
        room = self.view.viewport().width()
        shown = [c for c in sorted(self.widths) if c != self.flexible]
        for dropped in self.drop_order:
            if self.flexible_min + sum(self.widths[c] for c in shown) <= room:
                break
            if dropped in shown:
                shown.remove(dropped)
        for column in self.widths:
            if column != self.flexible:
                self.view.setColumnHidden(column, column not in shown)
        for column in shown:
            header.resizeSection(column, self.widths[column])
        rest = room - sum(self.widths[c] for c in shown)
        header.resizeSection(self.flexible, max(self.flexible_min, min(self.widths[self.flexible], rest)))
        # What is left over goes to the last shown column (stretch): no gap, no cut.
        header.setStretchLastSection(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and shiboken6.isValid(self.view):
            self.apply()
        return False


def line_edit(combo: QComboBox) -> QLineEdit:
    """The line edit of an editable combo box (Qt gives None only for one that is not)."""
    edit = combo.lineEdit()
    assert edit is not None, "an editable combo box has a line edit"
    return edit


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell the code filled itself (Qt gives None only for an empty cell)."""
    item = table.item(row, column)
    assert item is not None, f"cell ({row}, {column}) has an item"
    return item


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while the block runs (a back-up or restore of a few seconds)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
