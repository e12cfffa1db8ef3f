"""The continuous line of one school year as a heat map: groep 1–8 down, the seven worlds
of technology across (``heat_map.py``).

Each cell shows how many chains of that groep meet that world. Empty cells of groep 4–8
are gaps of the year and are drawn in a warm, hatched colour with a red border; empty
cells of groep 1–3 stay quiet grey; a groep without a class is hatched grey. A last row
sums groep 4–8. (The rule ``world-not-met`` follows each class's line across the years:
the line per cohort, ``cohort_chart.py``, shows those gaps.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from beroepsplanner.domain.coverage import GRADES, LINE_GRADES, CoverageTable
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.heat_map import HeatCell, HeatMap, LegendItem

_LINE_ROW = -1  # the key of the summary row "groep 4–8"


class CoverageChart(HeatMap):
    """Paints a ``CoverageTable``; tooltips name the chains behind a cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageChart")
        self._table: CoverageTable | None = None
        self.setAccessibleName(self.tr("Worlds of technology per grade"))

    def set_table(self, table: CoverageTable | None) -> None:
        self._table = table
        self.setAccessibleDescription(self.gaps_text())
        self.updateGeometry()
        self.update()

    def table(self) -> CoverageTable | None:
        return self._table

    def gaps_text(self) -> str:
        """The gaps in words (for screen readers, which cannot see the cells):
        "Not met: grade 4: Mens & Gezondheid, …; grade 6: …"."""
        table = self._table
        if table is None:
            return ""
        parts = []
        for grade in LINE_GRADES:
            missing = [domain_text.world(w) for w in table.worlds if table.is_gap(grade, w)]
            if missing:
                parts.append(self.tr("grade %1: %2").replace("%1", str(grade)).replace("%2", ", ".join(missing)))
        if not parts:
            return self.tr("Grades 4–8 each meet every world of technology.")
        return self.tr("Not met: %1").replace("%1", "; ".join(parts))

    # --- the heat map's rows and cells --------------------------------------------------

    def worlds(self) -> tuple[str, ...]:
        return self._table.worlds if self._table else ()

    def rows(self) -> list[int]:
        return [*GRADES, _LINE_ROW]

    def is_summary(self, row: int) -> bool:
        return row == _LINE_ROW

    def row_label(self, row: int) -> str:
        if row == _LINE_ROW:
            return self.tr("Grades 4–8")
        return self.tr("Grade %1").replace("%1", str(row))

    def heat_cell(self, row: int, world: str) -> HeatCell:
        table = self._table
        if table is None:
            return HeatCell(has_class=False)
        if row == _LINE_ROW:
            count = table.line_count(world)
            return HeatCell(count, count == 0 and any(table.has_class(g) for g in LINE_GRADES))
        return HeatCell(table.count(row, world), table.is_gap(row, world), table.has_class(row))

    def legend(self) -> list[LegendItem]:
        return [
            *self.count_legend(),
            LegendItem(self.tr("not met (grades 4–8)"), HeatCell(0, gap=True)),
            LegendItem(self.tr("not met (grades 1–3)"), HeatCell(0)),
            LegendItem(self.tr("no class"), HeatCell(0, has_class=False)),
        ]

    def tooltip_for(self, row: int, world: str) -> str:
        table = self._table
        if table is None:
            return ""
        name = domain_text.world(world)
        if row == _LINE_ROW:
            count = table.line_count(world)
            if count == 0:
                return self.tr(
                    "No grade from 4 to 8 meets %1. Plan an activity from this world."
                ).replace("%1", name)
            return self.tr("%n chain(s) of grades 4–8 meet %1.", "", count).replace("%1", name)
        if not table.has_class(row):
            return self.tr("There is no class in grade %1.").replace("%1", str(row))
        cell = table.cell(row, world)
        if cell.count == 0:
            text = self.tr("Grade %1 does not meet %2.").replace("%1", str(row)).replace("%2", name)
            if row in LINE_GRADES:
                text += " " + self.tr("Consider an activity from this world.")
            return text
        heading = self.tr("Grade %1 · %2: %n chain(s)", "", cell.count)
        heading = heading.replace("%1", str(row)).replace("%2", name)
        return heading + "\n" + "\n".join(f"• {chain}" for chain in cell.chains)
