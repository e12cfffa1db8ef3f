"""The classes of a school year, and the chains of one class, as tables for a ``QTableView``."""

from __future__ import annotations

from enum import IntEnum

from beroepsplanner.store.classes import ClassChainInfo, ClassInfo
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.columns import CENTER, ColumnTableModel, TableColumn
from beroepsplanner.ui.models.record_filter import RecordFilterModel


class ClassColumn(IntEnum):
    NAME = 0
    GRADE = 1
    TEACHER = 2
    PUPILS = 3
    CHAINS = 4


class ClassTableModel(ColumnTableModel[ClassInfo]):
    """A read-only table over the ``ClassInfo`` of one school year."""

    def columns(self) -> tuple[TableColumn[ClassInfo], ...]:
        return (
            TableColumn(
                lambda: self.tr("Name"),
                lambda c: c.name,
                # Same grade together, then by name: "Groep 4a" before "Groep 10".
                sort=lambda c: f"{c.grade}\t{c.name.casefold()}",
                full_text_tip=True,
            ),
            TableColumn(lambda: self.tr("Grade"), lambda c: c.grade, align=CENTER, align_header=True),
            TableColumn(
                lambda: self.tr("Teacher"),
                lambda c: c.teacher,
                sort=lambda c: c.teacher.casefold(),
                full_text_tip=True,
            ),
            TableColumn(lambda: self.tr("Pupils"), lambda c: c.pupils, align=CENTER, align_header=True),
            TableColumn(lambda: self.tr("Chains"), lambda c: c.chains, align=CENTER, align_header=True),
        )

    def set_classes(self, classes: list[ClassInfo]) -> None:
        """Replace all rows."""
        self.set_records(classes)

    def school_class(self, row: int) -> ClassInfo:
        return self._records[row]

    def row_of(self, class_id: int) -> int | None:
        """The row of the class with this id, or None when it is not (any longer) shown."""
        for row, info in enumerate(self._records):
            if info.id == class_id:
                return row
        return None


class ClassSortModel(RecordFilterModel):
    """Sorts the classes (names ignoring case, numbers as numbers) on the sort keys the
    model worked out once (``RecordFilterModel``)."""


class ChainColumn(IntEnum):
    ACTIVITY = 0
    DATE = 1
    STATUS = 2
    COMPANY = 3


class ClassChainTableModel(ColumnTableModel[ClassChainInfo]):
    """A read-only table over the chains of one class, in date order."""

    def columns(self) -> tuple[TableColumn[ClassChainInfo], ...]:
        return (
            TableColumn(lambda: self.tr("Activity"), lambda c: c.activity_title, full_text_tip=True),
            TableColumn(lambda: self.tr("Date"), lambda c: c.date.strftime("%d-%m-%Y")),
            TableColumn(lambda: self.tr("Status"), lambda c: domain_text.chain_status(c.status)),
            TableColumn(lambda: self.tr("Company"), lambda c: c.company or "", full_text_tip=True),
        )

    def set_chains(self, chains: list[ClassChainInfo]) -> None:
        """Replace all rows."""
        self.set_records(chains)

    def chain(self, row: int) -> ClassChainInfo:
        return self._records[row]
