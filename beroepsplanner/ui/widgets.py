"""Small widgets that several screens share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


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
