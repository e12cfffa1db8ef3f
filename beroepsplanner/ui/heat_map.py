"""A heat map of the continuous line: rows down (groepen or cohorts), the seven worlds of
technology across, each cell the number of chains that meet the world there.

Shared by the year view (``coverage_chart.py``, a row per groep) and the line per cohort
(``cohort_chart.py``, a row per cohort). Counts 1, 2, 3+ go from light to dark
blue-green; a gap (an empty cell a warning is about) is warm, hatched and bordered red,
so it shows without colour vision too; an empty cell nothing warns about stays quiet
grey; a row without a class is hatched grey. A subclass says which rows there are, what
each cell holds and what its tooltip and legend say.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from beroepsplanner.ui import domain_text

_SCALE = (QColor("#d7efe9"), QColor("#8fd0c0"), QColor("#3a9d8a"), QColor("#1f6f61"))
_GAP = QColor("#fde4e1")
GAP_BORDER = QColor("#c0392b")
_QUIET = QColor("#ececec")
_NO_CLASS = QColor("#e2e2e2")


def _fill(count: int) -> QColor:
    return _SCALE[min(count, len(_SCALE)) - 1]


@dataclass(frozen=True)
class HeatCell:
    """What one cell shows: a count, whether an empty cell is a gap, whether the row has a
    class there at all."""

    count: int = 0
    gap: bool = False
    has_class: bool = True


@dataclass(frozen=True)
class LegendItem:
    text: str
    cell: HeatCell


class HeatMap(QWidget):
    """Paints rows × worlds of technology; tooltips name the chains behind a cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    # --- what a subclass says --------------------------------------------------------

    def worlds(self) -> tuple[str, ...]:
        return ()

    def rows(self) -> list[int]:
        """The keys of the rows, top to bottom."""
        return []

    def row_label(self, row: int) -> str:
        return str(row)

    def is_summary(self, row: int) -> bool:
        """A row set apart below the others (bold, after a small gap)."""
        return False

    def heat_cell(self, row: int, world: str) -> HeatCell:
        return HeatCell()

    def tooltip_for(self, row: int, world: str) -> str:
        return ""

    def legend(self) -> list[LegendItem]:
        return []

    # The texts of this base class are in its own context: ``self.tr`` would look them
    # up under the subclass's name, where lupdate never puts them.
    def empty_text(self) -> str:
        return QCoreApplication.translate("HeatMap", "No data")

    # --- geometry --------------------------------------------------------------------

    def _metrics(self) -> tuple[int, int, int, int]:
        """(row label width, header height, row height, legend height)."""
        fm = self.fontMetrics()
        labels = [fm.horizontalAdvance(self.row_label(r)) for r in self.rows()] or [40]
        label = max(labels) + 16
        row = fm.height() + 14
        header = fm.height() * 3 + 12  # world names wrap onto up to three lines
        legend = fm.height() + 18
        return label, header, row, legend

    def _height(self) -> int:
        _label, header, row, legend = self._metrics()
        gaps = 8 if any(self.is_summary(r) for r in self.rows()) else 0
        return header + max(1, len(self.rows())) * row + gaps + 8 + legend

    def sizeHint(self) -> QSize:
        return QSize(self._metrics()[0] + 7 * 110, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._metrics()[0] + 7 * 64, self._height())

    def _cell_rect(self, row_index: int, column: int) -> QRect:
        label, header, row, _legend = self._metrics()
        columns = len(self.worlds()) or 7
        width = max(1, (self.width() - label - 4) // max(columns, 1))
        gap = 8 if self.is_summary(self.rows()[row_index]) else 0
        return QRect(label + column * width, header + row_index * row + gap, width, row)

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        worlds = self.worlds()
        if not worlds or not self.rows():
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text())
            return
        label, header, row, _legend = self._metrics()
        text_color = self.palette().windowText().color()
        bold = QFont(self.font())
        bold.setBold(True)
        for column, world in enumerate(worlds):
            rect = self._cell_rect(0, column)
            head = QRect(rect.left() + 3, 2, rect.width() - 6, header - 6)
            painter.setPen(text_color)
            painter.drawText(
                head,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap),
                domain_text.world(world),
            )
        last = header
        for index, key in enumerate(self.rows()):
            first = self._cell_rect(index, 0)
            painter.setPen(text_color)
            painter.setFont(bold if self.is_summary(key) else self.font())
            painter.drawText(
                QRect(0, first.top(), label - 8, row),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.row_label(key),
            )
            for column, world in enumerate(worlds):
                self._paint_cell(painter, self._cell_rect(index, column), self.heat_cell(key, world))
            last = first.bottom()
        painter.setFont(self.font())
        self._paint_legend(painter, last + 14)

    def _paint_cell(self, painter: QPainter, rect: QRect, cell: HeatCell) -> None:
        inner = QRectF(rect).adjusted(2, 2, -2, -2)
        self._paint_swatch(painter, inner, cell.count, cell.gap, cell.has_class)
        if cell.has_class:
            dark = cell.count >= len(_SCALE)
            painter.setPen(QColor("white") if dark else QColor("#222222"))
            if cell.gap:
                painter.setPen(GAP_BORDER)
            elif cell.count == 0:
                painter.setPen(QColor("#8a8a8a"))
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, str(cell.count))

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
            painter.setPen(QPen(GAP_BORDER, 1.5))
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
        painter.setPen(self.palette().windowText().color())
        for item in self.legend():
            cell = item.cell
            self._paint_swatch(painter, QRectF(x, top, box * 1.4, box), cell.count, cell.gap, cell.has_class)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QPoint(int(x + box * 1.4 + 5), top + fm.ascent()), item.text)
            x += int(box * 1.4) + 5 + fm.horizontalAdvance(item.text) + 16

    def count_legend(self) -> list[LegendItem]:
        """The legend's first three items: 1 chain, 2, 3 or more."""
        return [
            LegendItem(QCoreApplication.translate("HeatMap", "1 chain"), HeatCell(1)),
            LegendItem("2", HeatCell(2)),
            LegendItem(QCoreApplication.translate("HeatMap", "3 or more"), HeatCell(3)),
        ]

    # --- tooltips ----------------------------------------------------------------------

    def cell_at(self, point: QPoint) -> tuple[int, str] | None:
        """(row key, world) of the cell under ``point``."""
        for index, key in enumerate(self.rows()):
            for column, world in enumerate(self.worlds()):
                if self._cell_rect(index, column).contains(point):
                    return key, world
        return None

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
