"""The dialog to put a parent in the register or change one (issue 17 item 4).

Quick for a stack of returned reply strips: the class is preselected, what the parent offers
are check boxes, the date of consent takes "Today" in one click, and **Save and next** keeps
the class and the date for the next strip. The date of consent starts empty and is required:
the store refuses a parent without it (``store/parents.py``), and says so in the dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.parents import JOB_MAX, NOTE_MAX, ParentDetails, ParentOffer
from beroepsplanner.domain.pupil_names import NAME_MAX
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.classes import ClassInfo
from beroepsplanner.store.parents import ParentChoices
from beroepsplanner.ui import error_text
from beroepsplanner.ui.class_dialog import error_label
from beroepsplanner.ui.conflict_dialog import Field, text
from beroepsplanner.ui.models.parent_table import offer_text, offers_text
from beroepsplanner.ui.qt_dates import pydate, qdate

Submit = Callable[[ParentDetails], None]
"""Saves the parent; raises a ``BeroepsplannerError`` to refuse (the dialog stays open)."""

NO_DATE = QDate(2000, 1, 1)
"""The date edit's "empty": shown as a dash, read as no date of consent."""


def _completer(words: Sequence[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(QStringListModel(list(words), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


def company_label(name: str, place: str) -> str:
    """How the workplace box lists a company of the network."""
    return f"{name} ({place})" if place else name


class ParentDialog(QDialog):
    """Add a parent (``details`` None) or edit one. ``submit`` saves; a refusal keeps it open."""

    def __init__(
        self,
        submit: Submit,
        classes: Sequence[ClassInfo],
        choices: ParentChoices,
        *,
        details: ParentDetails | None = None,
        class_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("parentDialog")
        self._submit = submit
        self.saved = 0
        """How many parents this dialog saved (Save and next saves several)."""
        self.editing = details is not None
        self.setWindowTitle(
            self.tr("Edit parent %1").replace("%1", details.first_name) if details else self.tr("Add parent")
        )
        self._companies = {company_label(name, place): c_id for c_id, name, place in choices.companies}
        self._company_names = {c_id: label for label, c_id in self._companies.items()}

        privacy = QLabel(
            self.tr("Only with the parent's consent. A first name only: no surname, address or "
                    "telephone number (you reach the parent through the child).")
        )
        privacy.setWordWrap(True)
        privacy.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("firstNameEdit")
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("for example Fatima"))
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("classCombo")
        for info in classes:
            self.class_combo.addItem(info.name, info.id)
        self.job_edit = QLineEdit()
        self.job_edit.setObjectName("jobEdit")
        self.job_edit.setMaxLength(JOB_MAX)
        self.job_edit.setPlaceholderText(self.tr("for example nurse, or what the parent calls it"))
        self.job_edit.setCompleter(_completer(choices.professions, self))
        self.counter_check = QCheckBox(
            self.tr("Breaks a &stereotype (a father who is a nurse, a mother who is a mechanic)")
        )
        self.counter_check.setObjectName("counterCheck")
        self.workplace_edit = QLineEdit()
        self.workplace_edit.setObjectName("workplaceEdit")
        self.workplace_edit.setMaxLength(JOB_MAX)
        self.workplace_edit.setPlaceholderText(self.tr("a company of the network, or free text (optional)"))
        self.workplace_edit.setCompleter(_completer(list(self._companies), self))

        self.offer_checks: dict[ParentOffer, QCheckBox] = {}
        offers = QGridLayout()
        for place, offer in enumerate(ParentOffer):
            box = QCheckBox(offer_text(offer))
            box.setObjectName(f"offer_{offer.value}")
            self.offer_checks[offer] = box
            offers.addWidget(box, place // 2, place % 2)

        self.consent_edit = QDateEdit()
        self.consent_edit.setObjectName("consentEdit")
        self.consent_edit.setAccessibleName(self.tr("Date of consent"))
        self.consent_edit.setDisplayFormat("dd-MM-yyyy")
        self.consent_edit.setCalendarPopup(True)
        self.consent_edit.setMinimumDate(NO_DATE)
        self.consent_edit.setMaximumDate(qdate(dt.date.today()))
        self.consent_edit.setSpecialValueText("—")
        self.consent_edit.setDate(NO_DATE)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setObjectName("todayButton")
        self.today_button.clicked.connect(lambda: self.consent_edit.setDate(qdate(dt.date.today())))
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_edit)
        consent_row.addWidget(self.today_button)
        consent_row.addStretch(1)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.note_edit.setPlaceholderText(self.tr("for example: prefers Wednesday afternoons"))

        form = QFormLayout()
        form.addRow(self.tr("&First name:"), self.name_edit)
        form.addRow(self.tr("&Class of the child:"), self.class_combo)
        form.addRow(self.tr("&Job:"), self.job_edit)
        form.addRow("", self.counter_check)
        form.addRow(self.tr("&Workplace:"), self.workplace_edit)
        form.addRow(self.tr("Offers:"), offers)
        # A row with a layout gets no buddy by itself: without one the & would show.
        consent_label = QLabel(self.tr("&Consent given on:"))
        consent_label.setBuddy(self.consent_edit)
        form.addRow(consent_label, consent_row)
        form.addRow(self.tr("&Note:"), self.note_edit)

        self.error_label = error_label()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.next_button: QPushButton | None = None
        if not self.editing:
            self.next_button = self.buttons.addButton(
                self.tr("Save and &next"), QDialogButtonBox.ButtonRole.ApplyRole
            )
            self.next_button.setObjectName("nextButton")
            self.next_button.clicked.connect(self.save_and_next)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(privacy)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.name_edit.textEdited.connect(lambda _text: self.error_label.hide())

        if details is not None:
            self.show_details(details)
        elif class_id is not None:
            self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(class_id)))

    # --- the form ----------------------------------------------------------------------

    def show_details(self, details: ParentDetails) -> None:
        self.name_edit.setText(details.first_name)
        index = self.class_combo.findData(details.class_id)
        if index < 0:  # the class of another school year: listed so nothing changes unasked
            self.class_combo.addItem(str(details.class_id), details.class_id)
            index = self.class_combo.count() - 1
        self.class_combo.setCurrentIndex(index)
        self.job_edit.setText(details.profession)
        self.counter_check.setChecked(details.counter_stereotypical)
        if details.company_id is not None:
            self.workplace_edit.setText(self._company_names.get(details.company_id, ""))
        else:
            self.workplace_edit.setText(details.company_text)
        for offer, box in self.offer_checks.items():
            box.setChecked(offer in details.offers)
        self.consent_edit.setDate(qdate(details.consent_date) if details.consent_date else NO_DATE)
        self.note_edit.setPlainText(details.note)

    def details(self) -> ParentDetails:
        """What the form holds now, as the store takes it."""
        workplace = " ".join(self.workplace_edit.text().split())
        company_id = self._companies.get(workplace)
        consent = self.consent_edit.date()
        return ParentDetails(
            first_name=self.name_edit.text(),
            class_id=int(self.class_combo.currentData()),
            consent_date=None if consent <= NO_DATE else pydate(consent),
            profession=self.job_edit.text(),
            company_id=company_id,
            company_text="" if company_id is not None else workplace,
            offers=frozenset(o for o, box in self.offer_checks.items() if box.isChecked()),
            counter_stereotypical=self.counter_check.isChecked(),
            note=self.note_edit.toPlainText()[:NOTE_MAX],
        )

    def _save(self) -> bool:
        try:
            self._submit(self.details())
        except BeroepsplannerError as exc:
            self.error_label.setText(error_text.error(exc))
            self.error_label.show()
            self.summary_label.hide()
            self.name_edit.setFocus()
            return False
        self.error_label.hide()
        self.saved += 1
        return True

    def accept(self) -> None:
        if self._save():
            super().accept()

    def save_and_next(self) -> bool:
        """Save, then empty the form for the next strip, keeping the class and the date."""
        name = self.name_edit.text().strip()
        if not self._save():
            return False
        self.name_edit.clear()
        self.job_edit.clear()
        self.workplace_edit.clear()
        self.note_edit.clear()
        self.counter_check.setChecked(False)
        for box in self.offer_checks.values():
            box.setChecked(False)
        self.summary_label.setText(
            self.tr("%1 is in the register. Fill in the next parent, or close.").replace("%1", name)
        )
        self.summary_label.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.name_edit.setFocus()
        return True


def parent_fields(class_names: dict[int, str]) -> list[Field]:
    """The fields of a parent (``ParentDetails``) by the dialog's labels, for the conflict
    dialog when a colleague saved the same parent meanwhile."""
    translate = QCoreApplication.translate

    def label(source: str) -> str:
        return translate("ParentDialog", source).replace("&", "").rstrip(":")

    return [
        ("first_name", label("&First name:"), text),
        ("class_id", label("&Class of the child:"), lambda c: class_names.get(c, str(c))),
        ("profession", label("&Job:"), text),
        ("company_text", label("&Workplace:"), text),
        ("offers", label("Offers:"), lambda offers: offers_text(offers) or "—"),
        ("consent_date", label("&Consent given on:"), text),
        ("note", label("&Note:"), text),
    ]

