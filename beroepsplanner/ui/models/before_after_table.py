"""The Overzicht's "Before and after" table (issue 18 items 1 and 4): per groep, the chains
whose class was counted before and after the activity and how the answers to "who can do
this work?" moved — the same figures as the report (``domain/report.py``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from beroepsplanner.domain.measurement import Answer, Tally
from beroepsplanner.domain.report import GroepFigures
from beroepsplanner.ui.models.columns import CENTER, ColumnTableModel, TableColumn


def moved(before: int | None, after: int | None) -> str:
    """``4 → 12``; empty when neither moment was counted."""
    if before is None and after is None:
        return ""
    return f"{before or 0} → {after or 0}"


class BeforeAfterTableModel(ColumnTableModel[GroepFigures]):
    """One row per groep with counted chains."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> tuple[TableColumn[GroepFigures], ...]:
        def answer(header: Callable[[], str], which: Answer) -> TableColumn[GroepFigures]:
            return TableColumn(
                header,
                lambda g: moved(g.figures.before_after.before.count(which), g.figures.before_after.after.count(which)),
                sort=lambda g: _share(g.figures.before_after.after, which),
                align=CENTER,
                align_header=True,
            )

        return (
            TableColumn(lambda: self.tr("Grade"), lambda g: g.groep, align=CENTER),
            TableColumn(
                lambda: self.tr("Chains counted"),
                lambda g: g.figures.before_after.chains,
                align=CENTER,
                align_header=True,
                header_tip=lambda: self.tr("Chains whose class was counted before and after the activity"),
            ),
            answer(lambda: self.tr("A woman"), Answer.WOMAN),
            answer(lambda: self.tr("A man"), Answer.MAN),
            answer(lambda: self.tr("Both"), Answer.BOTH),
            answer(lambda: self.tr("Could not say"), Answer.UNCLEAR),
            TableColumn(
                lambda: self.tr("Would want it"),
                lambda g: moved(g.figures.before_after.before.want, g.figures.before_after.after.want),
                align=CENTER,
                align_header=True,
            ),
        )

    def set_groepen(self, groepen: tuple[GroepFigures, ...]) -> None:
        self.set_records([g for g in groepen if g.figures.before_after.chains])


def _share(tally: Tally, which: Answer) -> float:
    return (tally.count(which) or 0) / (tally.answered or 1)
