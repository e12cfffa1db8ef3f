"""The company form's "Contact confirmed for" row: a check box per school year.

A company confirms the contact again every school year, so the form shows one box per
year it offers (``CompanyDetails.confirmation_years``): the years that are not locked,
and the locked years in which the company was confirmed or visited, shown but not
changeable (last year's plan is history).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from beroepsplanner.domain.company_details import ConfirmationYear


class ConfirmationBoxes(QWidget):
    """One check box per school year; ``checked()`` gives the confirmed years."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmationBoxes")
        self.boxes: dict[str, QCheckBox] = {}
        self._hidden: tuple[str, ...] = ()
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)

    def set_years(self, years: tuple[ConfirmationYear, ...], confirmed: tuple[str, ...]) -> None:
        """Show a box per year of ``years``, checked for the years in ``confirmed``."""
        for box in self.boxes.values():
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        for position, year in enumerate(years):
            text = year.label
            if year.locked:
                text = self.tr("%1 (closed)").replace("%1", year.label)
            box = QCheckBox(text)
            box.setObjectName(f"confirmed-{year.label}")
            box.setChecked(year.label in confirmed)
            box.setEnabled(not year.locked)
            box.setToolTip(
                self.tr("School year %1 is closed: read only.").replace("%1", year.label)
                if year.locked
                else self.tr(
                    "The company has confirmed the contact for school year %1. Companies "
                    "confirm again every school year."
                ).replace("%1", year.label)
            )
            box.toggled.connect(lambda _on: self.changed.emit())
            self._layout.insertWidget(position, box)
            self.boxes[year.label] = box
        self._hidden = tuple(label for label in confirmed if label not in self.boxes)

    def checked(self) -> tuple[str, ...]:
        """The years confirmed now (also a confirmed year without a box of its own)."""
        return tuple(sorted({*self._hidden, *(y for y, box in self.boxes.items() if box.isChecked())}))

    def set_checked(self, label: str, on: bool = True) -> None:
        """Tick (or clear) the box of school year ``label``, when it is offered and open."""
        box = self.boxes.get(label)
        if box is not None and box.isEnabled():
            box.setChecked(on)
