"""The chain builder's box for an outing: transport arranged, the way of travelling, the
accompanying adults and the times of departure and return (issue 12 item 2).

The box shows and gives back the transport fields of a ``ChainForm``; the chain builder
puts them in the form it checks and saves, so the rules' warnings "het vervoer is nog
niet geregeld" and "te weinig begeleiders" can be resolved here, and a save (with its
undo) carries them like every other field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from beroepsplanner.domain.kinds import TransportMode
from beroepsplanner.store.chain_editing import ChainForm, CompanionNeed

MAX_COMPANIONS = 1_000
# The lowest time of a time field stands for "not known" (its special value text).
NOT_KNOWN = QTime(0, 0)


def _time_edit(not_known: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setMinimumTime(NOT_KNOWN)
    edit.setSpecialValueText(not_known)
    edit.setTime(NOT_KNOWN)
    return edit


def _time_of(edit: QTimeEdit) -> dt.time | None:
    time = edit.time()
    return None if time == NOT_KNOWN else dt.time(time.hour(), time.minute())


def _set_time(edit: QTimeEdit, value: dt.time | None) -> None:
    edit.setTime(QTime(value.hour, value.minute) if value is not None else NOT_KNOWN)


class TransportBox(QGroupBox):
    """Transport and companions of one chain; ``changed`` after every edit by the user."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Transport and companions"), parent)
        self.setObjectName("transportBox")
        self._quiet = False
        self._need: CompanionNeed | None = None

        self.arranged_check = QCheckBox(self.tr("Transport a&rranged"))
        self.arranged_check.setObjectName("transportArranged")
        self.arranged_check.setToolTip(
            self.tr("Tick this when the transport is settled (cars, bikes or bus booked).")
        )
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("transportMode")
        self.mode_combo.addItem(self.tr("Not chosen yet"), None)
        for mode, text in (
            (TransportMode.ON_FOOT, self.tr("On foot")),
            (TransportMode.BIKES, self.tr("By bike")),
            (TransportMode.CARS, self.tr("By car")),
            (TransportMode.BUS, self.tr("By bus")),
            (TransportMode.PUBLIC_TRANSPORT, self.tr("By public transport")),
        ):
            self.mode_combo.addItem(text, mode.value)
        self.companions_spin = QSpinBox()
        self.companions_spin.setObjectName("companions")
        self.companions_spin.setRange(0, MAX_COMPANIONS)
        self.companions_spin.setToolTip(
            self.tr("Accompanying adults who have said they come (parents, colleagues)")
        )
        not_known = self.tr("not known")
        self.departure_edit = _time_edit(not_known)
        self.departure_edit.setObjectName("departureTime")
        self.return_edit = _time_edit(not_known)
        self.return_edit.setObjectName("returnTime")
        for edit in (self.departure_edit, self.return_edit):
            edit.setToolTip(
                self.tr("Type a time such as 08:30; 00:00 means not known yet. The parent "
                        "letter prints only the times that are known.")
            )
        self.need_label = QLabel()
        self.need_label.setObjectName("companionNeed")
        self.need_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("transportProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.hide()

        grid = QGridLayout(self)
        grid.addWidget(self.arranged_check, 0, 0, 1, 2)
        grid.addWidget(self._buddy(self.tr("&Travel:"), self.mode_combo), 0, 2)
        grid.addWidget(self.mode_combo, 0, 3)
        grid.addWidget(self._buddy(self.tr("Co&mpanions:"), self.companions_spin), 1, 0)
        grid.addWidget(self.companions_spin, 1, 1)
        grid.addWidget(self.need_label, 1, 2, 1, 2)
        grid.addWidget(self._buddy(self.tr("&Leave school at:"), self.departure_edit), 2, 0)
        grid.addWidget(self.departure_edit, 2, 1)
        grid.addWidget(self._buddy(self.tr("Back at sc&hool:"), self.return_edit), 2, 2)
        grid.addWidget(self.return_edit, 2, 3)
        grid.addWidget(self.problem_label, 3, 0, 1, 4)
        grid.setColumnStretch(3, 1)

        self.arranged_check.toggled.connect(lambda _on: self._edited())
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._edited())
        self.companions_spin.valueChanged.connect(lambda _n: self._edited())
        self.departure_edit.timeChanged.connect(lambda _t: self._edited())
        self.return_edit.timeChanged.connect(lambda _t: self._edited())

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # --- form <-> widgets ---------------------------------------------------------------

    def show_form(self, form: ChainForm) -> None:
        """Show the transport fields of ``form`` without emitting ``changed``."""
        self._quiet = True
        try:
            self.arranged_check.setChecked(form.transport_arranged)
            mode = form.transport_mode.value if form.transport_mode else None
            self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))
            self.companions_spin.setValue(min(MAX_COMPANIONS, max(0, form.companions)))
            _set_time(self.departure_edit, form.departure_time)
            _set_time(self.return_edit, form.return_time)
        finally:
            self._quiet = False
        self._update_hints()

    def values(self) -> dict[str, Any]:
        """The transport fields as ``ChainForm`` names them."""
        mode = self.mode_combo.currentData()
        return {
            "transport_arranged": self.arranged_check.isChecked(),
            "transport_mode": TransportMode(mode) if mode else None,
            "companions": self.companions_spin.value(),
            "departure_time": _time_of(self.departure_edit),
            "return_time": _time_of(self.return_edit),
        }

    def set_need(self, need: CompanionNeed | None) -> None:
        """What the class needs for an outing (None: not known), shown beside the count."""
        self._need = need
        self._update_hints()

    @property
    def times_out_of_order(self) -> bool:
        values = self.values()
        departure, back = values["departure_time"], values["return_time"]
        return departure is not None and back is not None and back <= departure

    # --- reacting ------------------------------------------------------------------------

    def _edited(self) -> None:
        self._update_hints()
        if not self._quiet:
            self.changed.emit()

    def _update_hints(self) -> None:
        need = self._need
        if need is None or need.pupils == 0:
            self.need_label.setText(self.tr("The class has no pupils yet."))
        else:
            text = self.tr("%n adult(s) needed", "", need.needed)
            pupils = self.tr("for %n pupil(s)", "", need.pupils)
            ratio = self.tr("(1 per %n)", "", need.ratio)
            self.need_label.setText(f"{text} {pupils} {ratio}")
        self.problem_label.setText(
            self.tr("The class is back before it leaves: put the return after the departure.")
            if self.times_out_of_order
            else ""
        )
        self.problem_label.setVisible(self.times_out_of_order)
