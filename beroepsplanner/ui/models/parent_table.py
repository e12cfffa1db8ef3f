"""The register of parents as a table: one row per parent, with a text and class filter."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from beroepsplanner.domain.parents import ParentInfo, ParentOffer
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.columns import CENTER, ColumnTableModel, TableColumn
from beroepsplanner.ui.models.record_filter import RecordFilterModel


def offer_text(offer: ParentOffer) -> str:
    """What a parent offers, in the window's language (short, for a column and a box)."""
    translate = QCoreApplication.translate
    return {
        ParentOffer.GUEST_LESSON: translate("ParentOffers", "guest lesson"),
        ParentOffer.WORKPLACE_VISIT: translate("ParentOffers", "visit to the workplace"),
        ParentOffer.ACCOMPANYING: translate("ParentOffers", "accompanying"),
        ParentOffer.EVENT_HELP: translate("ParentOffers", "techniek-event"),
    }[offer]


def offers_text(offers: frozenset[ParentOffer]) -> str:
    """The offers in a fixed order, separated by commas."""
    return ", ".join(offer_text(o) for o in ParentOffer if o in offers)


class ParentColumn(IntEnum):
    NAME = 0
    CLASS = 1
    JOB = 2
    WORKPLACE = 3
    CONSENT = 4
    # Last, so that it takes the width that is left.
    OFFERS = 5


class ParentTableModel(ColumnTableModel[ParentInfo]):
    """A read-only table over the register's ``ParentInfo`` rows of one school year."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows_by_id: dict[int, int] = {}
        self._search_rows: list[str] = []

    def columns(self) -> tuple[TableColumn[ParentInfo], ...]:
        return (
            TableColumn(lambda: self.tr("First name"), lambda p: p.first_name),
            TableColumn(
                lambda: self.tr("Class"),
                lambda p: p.class_text,
                sort=lambda p: (p.grade, p.class_name),
                full_text_tip=True,
            ),
            TableColumn(
                lambda: self.tr("Job"),
                lambda p: p.job,
                tooltip=lambda p: self._job_tip(p),
            ),
            TableColumn(lambda: self.tr("Workplace"), lambda p: p.company, full_text_tip=True),
            TableColumn(
                lambda: self.tr("Consent"),
                lambda p: p.consent_date.strftime("%d-%m-%Y"),
                sort=lambda p: p.consent_date.toordinal(),
                align=CENTER,
                header_tip=lambda: self.tr("The date on which the parent consented to be in the register"),
            ),
            TableColumn(lambda: self.tr("Offers"), lambda p: offers_text(p.offers), full_text_tip=True),
        )

    def _job_tip(self, parent: ParentInfo) -> str | None:
        parts = []
        if parent.world:
            parts.append(domain_text.worlds((parent.world,)))
        if parent.counter_stereotypical:
            parts.append(self.tr("breaks a stereotype"))
        return "; ".join(parts) or None

    def set_parents(self, parents: list[ParentInfo]) -> None:
        """Replace all rows (views keep their sort order and filter)."""
        self.set_records(parents)

    def _rows_set(self) -> None:
        self._rows_by_id = {p.id: row for row, p in enumerate(self._records)}
        self._search_rows = [
            "\n".join((*texts, record.note)).casefold()
            for texts, record in zip(self._texts, self._records, strict=True)
        ]

    def search_texts(self) -> list[str]:
        return self._search_rows

    def parent_info(self, row: int) -> ParentInfo:
        return self._records[row]

    def row_of(self, parent_id: int) -> int | None:
        return self._rows_by_id.get(parent_id)


class ParentFilterModel(RecordFilterModel):
    """Sorts the register and keeps the rows of one class (or all) that contain a text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._class_id: int | None = None

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self.filter_changed()

    def set_class(self, class_id: int | None) -> None:
        """Keep the parents of this class (None: of every class)."""
        if class_id != self._class_id:
            self._class_id = class_id
            self.filter_changed()

    def accepted(self, model: ColumnTableModel[Any], rows: list[int]) -> list[int]:
        if not isinstance(model, ParentTableModel):
            return rows
        if self._class_id is not None:
            rows = [r for r in rows if model.parent_info(r).class_id == self._class_id]
        if self._needle:
            texts = model.search_texts()
            rows = [r for r in rows if self._needle in texts[r]]
        return rows
