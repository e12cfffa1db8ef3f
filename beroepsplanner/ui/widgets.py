"""Small widgets that several screens share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QTableView, QWidget


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
