"""The continuous line as a heat map: groep 1–8 down, the seven worlds of technology across.

Each cell shows how many chains of that groep meet that world. Empty cells of groep
4–8 are gaps (the rule ``world-not-met`` warns about them) and are drawn in a warm,
hatched colour with a red border; empty cells of groep 1–3 stay quiet grey; a groep
without a class is hatched grey. A last row sums groep 4–8.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from beroepsplanner.domain.coverage import GRADES, LINE_GRADES, CoverageTable
from beroepsplanner.ui import domain_text

# Counts 1, 2, 3+ from light to dark blue-green; text turns white on the darkest.
_SCALE = (QColor("#d7efe9"), QColor("#8fd0c0"), QColor("#3a9d8a"), QColor("#1f6f61"))
_GAP = QColor("#fde4e1")
_GAP_BORDER = QColor("#c0392b")
_QUIET = QColor("#ececec")
_NO_CLASS = QColor("#e2e2e2")
_LINE_ROW = -1  # the key of the summary row "groep 4–8"


def _fill(count: int) -> QColor:
    return _SCALE[min(count, len(_SCALE)) - 1]


class CoverageChart(QWidget):
    """Paints a ``CoverageTable``; tooltips name the chains behind a cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._table: CoverageTable | None = None
        self.setAccessibleName(self.tr("Worlds of technology per grade"))

    def set_table(self, table: CoverageTable | None) -> None:
        self._table = table
        self.setAccessibleDescription(self.gaps_text())
        self.updateGeometry()
        self.update()

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

    def table(self) -> CoverageTable | None:
        return self._table

    # --- geometry --------------------------------------------------------------------

    def _metrics(self) -> tuple[int, int, int, int]:
        """(row label width, header height, row height, legend height)."""
        fm = self.fontMetrics()
        label = max(fm.horizontalAdvance(self._row_label(g)) for g in (*GRADES, _LINE_ROW)) + 16
        row = fm.height() + 14
        header = fm.height() * 3 + 12  # world names wrap onto up to three lines
        legend = fm.height() + 18
        return label, header, row, legend

    def sizeHint(self) -> QSize:
        label, header, row, legend = self._metrics()
        return QSize(label + 7 * 110, header + (len(GRADES) + 1) * row + 8 + legend)

    def minimumSizeHint(self) -> QSize:
        label, header, row, legend = self._metrics()
        return QSize(label + 7 * 64, header + (len(GRADES) + 1) * row + 8 + legend)

    def _rows(self) -> list[int]:
        return [*GRADES, _LINE_ROW]

    def _cell_rect(self, row_index: int, column: int) -> QRect:
        label, header, row, _legend = self._metrics()
        columns = len(self._table.worlds) if self._table else 7
        width = max(1, (self.width() - label - 4) // max(columns, 1))
        gap = 8 if self._rows()[row_index] == _LINE_ROW else 0
        return QRect(label + column * width, header + row_index * row + gap, width, row)

    def _row_label(self, grade: int) -> str:
        if grade == _LINE_ROW:
            return self.tr("Grades 4–8")
        return self.tr("Grade %1").replace("%1", str(grade))

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        table = self._table
        if table is None or not table.worlds:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            return
        label, header, row, _legend = self._metrics()
        text_color = self.palette().windowText().color()
        bold = QFont(self.font())
        bold.setBold(True)
        for column, world in enumerate(table.worlds):
            rect = self._cell_rect(0, column)
            head = QRect(rect.left() + 3, 2, rect.width() - 6, header - 6)
            painter.setPen(text_color)
            painter.drawText(
                head,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap),
                domain_text.world(world),
            )
        for index, grade in enumerate(self._rows()):
            first = self._cell_rect(index, 0)
            painter.setPen(text_color)
            painter.setFont(bold if grade == _LINE_ROW else self.font())
            painter.drawText(
                QRect(0, first.top(), label - 8, row),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._row_label(grade),
            )
            for column, world in enumerate(table.worlds):
                self._paint_cell(painter, self._cell_rect(index, column), table, grade, world)
        painter.setFont(self.font())
        self._paint_legend(painter, header + (len(GRADES) + 1) * row + 14)

    def _paint_cell(
        self, painter: QPainter, rect: QRect, table: CoverageTable, grade: int, world: str
    ) -> None:
        inner = QRectF(rect).adjusted(2, 2, -2, -2)
        if grade == _LINE_ROW:
            count = table.line_count(world)
            gap = count == 0 and any(table.has_class(g) for g in LINE_GRADES)
            has_class = True
        else:
            count = table.count(grade, world)
            gap = table.is_gap(grade, world)
            has_class = table.has_class(grade)
        self._paint_swatch(painter, inner, count, gap, has_class)
        if has_class:
            dark = count >= len(_SCALE)
            painter.setPen(QColor("white") if dark else QColor("#222222"))
            if gap:
                painter.setPen(_GAP_BORDER)
            elif count == 0:
                painter.setPen(QColor("#8a8a8a"))
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, str(count))

    def _paint_swatch(
        self, painter: QPainter, rect: QRectF, count: int, gap: bool, has_class: bool
    ) -> None:
        if not has_class:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_NO_CLASS)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setBrush(QBrush(QColor("#c8c8c8"), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect, 3, 3)
        elif gap:
            # A border and a hatch as well as the colour: a gap shows without colour vision.
            painter.setPen(QPen(_GAP_BORDER, 1.5))
            painter.setBrush(_GAP)
            painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
            painter.setBrush(QBrush(QColor(192, 57, 43, 70), Qt.BrushStyle.FDiagPattern))
            painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_QUIET if count == 0 else _fill(count))
            painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_legend(self, painter: QPainter, top: int) -> None:
        fm = self.fontMetrics()
        box = fm.height()
        x = self._metrics()[0]
        items = [
            (self.tr("1 chain"), 1, False, True),
            ("2", 2, False, True),
            (self.tr("3 or more"), 3, False, True),
            (self.tr("not met (grades 4–8)"), 0, True, True),
            (self.tr("not met (grades 1–3)"), 0, False, True),
            (self.tr("no class"), 0, False, False),
        ]
        painter.setPen(self.palette().windowText().color())
        for text, count, gap, has_class in items:
            self._paint_swatch(painter, QRectF(x, top, box * 1.4, box), count, gap, has_class)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QPoint(int(x + box * 1.4 + 5), top + fm.ascent()), text)
            x += int(box * 1.4) + 5 + fm.horizontalAdvance(text) + 16

    # --- tooltips ----------------------------------------------------------------------

    def cell_at(self, point: QPoint) -> tuple[int, str] | None:
        """(grade, world) of the cell under ``point``; grade -1 is the row "groep 4–8"."""
        if self._table is None:
            return None
        for index, grade in enumerate(self._rows()):
            for column, world in enumerate(self._table.worlds):
                if self._cell_rect(index, column).contains(point):
                    return grade, world
        return None

    def tooltip_for(self, grade: int, world: str) -> str:
        table = self._table
        if table is None:
            return ""
        name = domain_text.world(world)
        if grade == _LINE_ROW:
            count = table.line_count(world)
            if count == 0:
                return self.tr(
                    "No grade from 4 to 8 meets %1. Plan an activity from this world."
                ).replace("%1", name)
            return self.tr("%n chain(s) of grades 4–8 meet %1.", "", count).replace("%1", name)
        if not table.has_class(grade):
            return self.tr("There is no class in grade %1.").replace("%1", str(grade))
        cell = table.cell(grade, world)
        if cell.count == 0:
            text = self.tr("Grade %1 does not meet %2.").replace("%1", str(grade)).replace("%2", name)
            if grade in LINE_GRADES:
                text += " " + self.tr("Consider an activity from this world.")
            return text
        heading = self.tr("Grade %1 · %2: %n chain(s)", "", cell.count)
        heading = heading.replace("%1", str(grade)).replace("%2", name)
        return heading + "\n" + "\n".join(f"• {chain}" for chain in cell.chains)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.cell_at(event.pos())
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(*found), self)
            return True
        return super().event(event)
