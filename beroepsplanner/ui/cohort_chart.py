"""The line per cohort as a heat map: one row per cohort at school in the chosen year, the
seven worlds of technology across (``heat_map.py``, the look of the year view).

Each cell counts the cohort's chains of groep 4–8 that meet the world, in every school year
of the database: met before today and planned from today on. A gap is a world the rule
``world-not-met`` warns about for one of the cohort's classes (nothing since groep 4,
nothing planned up to groep 8); an empty cell without a warning (a young cohort, a world
its next groepen will bring, a cohort whose groep 4 lies before the program) stays quiet.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from beroepsplanner.domain.cohort_line import CohortRow, CohortTable
from beroepsplanner.domain.cohorts import LINE_START
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.heat_map import HeatCell, HeatMap, LegendItem


class CohortChart(HeatMap):
    """Paints a ``CohortTable``; tooltips name the chains behind a cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cohortChart")
        self._table: CohortTable | None = None
        self._rows: dict[int, CohortRow] = {}
        self.setAccessibleName(self.tr("Worlds of technology per cohort"))

    def set_table(self, table: CohortTable | None) -> None:
        self._table = table
        self._rows = {row.cohort: row for row in table.rows} if table else {}
        self.setAccessibleDescription(self.gaps_text())
        self.updateGeometry()
        self.update()

    def table(self) -> CohortTable | None:
        return self._table

    def gaps_text(self) -> str:
        """The gaps in words, for screen readers: "Not met: cohort 2029 (grade 6): …"."""
        if self._table is None:
            return ""
        parts = [
            self.cohort_name(row) + ": " + domain_text.worlds(row.gaps)
            for row in self._table.rows
            if row.gaps
        ]
        if not parts:
            return self.tr("No cohort misses a world of technology from grade 4 to 8.")
        return self.tr("Not met: %1").replace("%1", "; ".join(parts))

    def cohort_name(self, row: CohortRow) -> str:
        """``Cohort 2029 (grade 6)``."""
        return self.tr("Cohort %1 (grade %2)").replace("%1", str(row.cohort)).replace("%2", str(row.grade))

    # --- the heat map's rows and cells --------------------------------------------------

    def worlds(self) -> tuple[str, ...]:
        return self._table.worlds if self._table else ()

    def rows(self) -> list[int]:
        return [row.cohort for row in self._table.rows] if self._table else []

    def row_label(self, row: int) -> str:
        found = self._rows.get(row)
        return self.cohort_name(found) if found else str(row)

    def heat_cell(self, row: int, world: str) -> HeatCell:
        found = self._rows.get(row)
        if found is None:
            return HeatCell(has_class=False)
        return HeatCell(found.cell(world).count, world in found.gaps)

    def legend(self) -> list[LegendItem]:
        return [
            *self.count_legend(),
            LegendItem(self.tr("not met, nothing planned"), HeatCell(0, gap=True)),
            LegendItem(self.tr("none yet"), HeatCell(0)),
        ]

    def tooltip_for(self, row: int, world: str) -> str:
        found = self._rows.get(row)
        if found is None:
            return ""
        name, cohort = domain_text.world(world), self.cohort_name(found)
        cell = found.cell(world)
        if cell.count:
            heading = self.tr("%1 · %2: %n chain(s) in grades 4–8", "", cell.count)
            lines = [heading.replace("%1", cohort).replace("%2", name)]
            lines += [f"• {chain}" for chain in cell.met]
            if cell.planned:
                lines.append(self.tr("Planned:"))
                lines += [f"• {chain}" for chain in cell.planned]
            return "\n".join(lines)
        if world in found.gaps:
            return self.tr(
                "%1 has not met %2 since grade 4 and has nothing planned for it up to grade 8. "
                "Plan an activity from this world."
            ).replace("%1", cohort).replace("%2", name)
        if found.grade < LINE_START:
            return self.tr(
                "%1 has no chain of grades 4–8 that meets %2 yet; its line is judged from grade 4."
            ).replace("%1", cohort).replace("%2", name)
        if not found.known:
            return self.tr(
                "%1 has not met %2 in the school years in the program; what it met before is "
                "not known."
            ).replace("%1", cohort).replace("%2", name)
        return self.tr(
            "%1 has no chain of grades 4–8 that meets %2 yet; the plans of the grades ahead "
            "bring it."
        ).replace("%1", cohort).replace("%2", name)
