"""The chain builder's "Before and after" tab: the class's totals of the logbook's question
"who can do this work?" (issue 18 item 1).

A small grid: for each answer (a woman, a man, both, could not say) how many pupils gave it
before the activity and after it, and how many would want this work. An empty box is "not
counted" (not 0). Every box is stored when the teacher leaves it, as one undoable command
(``SetMeasurementCommand``), independent of the chain's Save; a total larger than the
class is refused with the store's Dutch message and the boxes show what is stored. The
widgets never query: the tab reads and writes through the workspace
(``store/measurements.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from beroepsplanner.domain.measurement import ANSWERS, MOMENTS, ChainMeasurement, Tally
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.measurements import measurement_sheet, set_chain_measurement
from beroepsplanner.ui import error_text
from beroepsplanner.ui.chain_builder_widgets import hint_label, message_label
from beroepsplanner.ui.commands import StoreCommand
from beroepsplanner.ui.workspace import Workspace

NOT_COUNTED = -1
"""A box's value for "not counted": shown empty."""


class SetMeasurementCommand(StoreCommand):
    """Store a chain's totals; undo puts back what was stored before."""

    def __init__(self, measurement: ChainMeasurement) -> None:
        text = QCoreApplication.translate("ChainMeasurement", "Before and after")
        super().__init__(text, ("chains",))
        self.measurement = measurement
        self._previous: ChainMeasurement | None = None

    def apply(self, session: Session) -> None:
        self._previous = set_chain_measurement(session, self.measurement)

    def revert(self, session: Session) -> None:
        assert self._previous is not None
        set_chain_measurement(session, self._previous)


class ChainMeasurementPanel(QWidget):
    """The totals of one saved chain; ``set_chain`` chooses it (None: not saved yet)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chainMeasurement")
        self.workspace = workspace
        self.chain_id: int | None = None
        self.pupils = 0
        self.measurement: ChainMeasurement | None = None
        self.hint = hint_label()
        self.message = message_label()
        self.boxes: dict[tuple[str, str], QSpinBox] = {}
        self.totals: dict[str, QLabel] = {}

        grid = QGridLayout()
        heads = {"before": self.tr("Before"), "after": self.tr("After")}
        for column, moment in enumerate(MOMENTS, start=1):
            head = QLabel(f"<b>{heads[moment]}</b>")
            grid.addWidget(head, 0, column)
        names = {
            "woman": self.tr("a woman"),
            "man": self.tr("a man"),
            "both": self.tr("both"),
            "unclear": self.tr("could not say"),
            "want": self.tr("would want this work"),
        }
        counts = [a.value for a in ANSWERS]
        rows = [*counts, "total", "want"]
        for row, name in enumerate(rows, start=1):
            if name == "total":
                grid.addWidget(QLabel(self.tr("Counted")), row, 0)
                for column, moment in enumerate(MOMENTS, start=1):
                    label = QLabel()
                    label.setObjectName(f"total-{moment}")
                    self.totals[moment] = label
                    grid.addWidget(label, row, column)
                continue
            label = QLabel(names[name])
            grid.addWidget(label, row, 0)
            for column, moment in enumerate(MOMENTS, start=1):
                box = QSpinBox()
                box.setObjectName(f"{moment}-{name}")
                box.setRange(NOT_COUNTED, 999)
                box.setSpecialValueText(" ")
                box.setAccessibleName(f"{names[name]}: {heads[moment]}")
                box.setKeyboardTracking(False)
                box.editingFinished.connect(lambda m=moment, n=name: self._on_edited(m, n))
                label.setBuddy(box)
                self.boxes[(moment, name)] = box
                grid.addWidget(box, row, column)
        grid.setColumnStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        workspace.dataChanged.connect(self._on_data_changed)
        self.set_chain(None)

    def set_chain(self, chain_id: int | None) -> None:
        self.chain_id = chain_id
        self.reload()

    def reload(self) -> None:
        chain_id = self.chain_id
        self.measurement = None
        if chain_id is not None:
            try:
                self.measurement, self.pupils = self.workspace.read(
                    lambda s: measurement_sheet(s, chain_id)
                )
            except BeroepsplannerError as exc:
                self._show_message(error_text.error(exc))
        for (moment, name), box in self.boxes.items():
            box.blockSignals(True)
            value = getattr(self.measurement.tally(moment), name) if self.measurement else None
            box.setValue(NOT_COUNTED if value is None else value)
            box.setEnabled(self.measurement is not None)
            box.blockSignals(False)
        self._show_totals()
        self.hint.setText(self._hint())

    def _hint(self) -> str:
        if self.chain_id is None:
            return self.tr("Save the chain first; then you count here the class's answers to "
                           "the logbook's question \u201cwho can do this work?\u201d.")
        return self.tr(
            "Count the ticks or drawings of the logbooks: before the activity (preparation) "
            "and after it (reflection). An empty box is not counted yet. Saved at once."
        )

    def _show_totals(self) -> None:
        for moment, label in self.totals.items():
            tally = self.measurement.tally(moment) if self.measurement else Tally()
            label.setText(
                self.tr("%1 of %2").replace("%1", str(tally.answered)).replace("%2", str(self.pupils))
            )

    def _on_data_changed(self, subject: str) -> None:
        if subject in ("chains", "classes") and self.chain_id is not None and self.isVisible():
            self.reload()

    def _on_edited(self, moment: str, name: str) -> None:
        if self.measurement is None:
            return
        value = self.boxes[(moment, name)].value()
        changed = self.measurement.with_value(moment, name, None if value == NOT_COUNTED else value)
        if changed != self.measurement:
            self.save(changed)

    def save(self, measurement: ChainMeasurement) -> bool:
        """Store ``measurement`` as one undoable step; False (the reason shown) when refused,
        and the boxes show what is stored."""
        try:
            self.workspace.execute(SetMeasurementCommand(measurement))
        except BeroepsplannerError as exc:
            self.reload()
            self._show_message(error_text.error(exc))
            return False
        self.measurement = measurement
        self._show_totals()
        self._show_message("")
        return True

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
