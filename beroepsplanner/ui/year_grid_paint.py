"""Painting of the year grid: colours, the chain's shape, header, rows and class names.

``GridPainting`` is mixed into ``YearGridView`` (``ui/year_grid.py``), whose
layout (rows, lanes, column width, scroll position) it draws; the legend of
the planner page uses ``draw_chain_sample`` and ``draw_mark`` so that it
always looks like the grid.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractScrollArea

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.qt_dates import shown_month

if TYPE_CHECKING:
    from beroepsplanner.domain.year_grid import ClassRow, GridBar, YearGrid

# The grid's sizes at the usual font; ``GridPainting.fit_to_font`` makes the header, lanes,
# rows and weeks larger for a larger system font (these are the smallest they get). A week
# is never narrower than its number ("53") with a little air: MIN_COL at the usual font.
HEADER_H, LANE_H, ROW_PAD, ROW_MIN, MIN_COL, LABEL_MIN, BAND_H = 40, 24, 5, 40, 15, 120, 110
DAY = dt.timedelta(days=1)
STATUS_COLOURS = {
    ChainStatus.CONCEPT: QColor("#3a6ea5"),
    ChainStatus.PLANNED: QColor("#2f5f98"),
    ChainStatus.DONE: QColor("#6f9a7c"),
}
ERROR, WARNING, TODAY = QColor("#d32f2f"), QColor("#f0a202"), QColor("#2a9d8f")
HOLIDAY, DAY_OFF, STUDY_DAY = QColor("#d9dee5"), QColor("#e4e7eb"), QColor("#ddd2f0")
GRID_LINE, MONTH_LINE, SELECTED = QColor("#e6e8eb"), QColor("#b9bfc7"), QColor("#1b1f24")
SERIES = QColor("#7a5195")
"""The connector between a chain and its follow-up (one series)."""


def draw_chain_sample(painter: QPainter, rect: QRectF, status: ChainStatus) -> None:
    """A small chain (lesson, activity, lesson) in ``rect``, as the legend shows it."""
    y = rect.center().y()
    draw_chain(painter, status, [rect.left() + 4], QRectF(rect.center().x() - 5, y - 6, 10, 12), [rect.right() - 4], y)


def draw_chain(painter: QPainter, status: ChainStatus, before: list[float], block: QRectF, after: list[float], y: float) -> None:
    colour = STATUS_COLOURS[status]
    concept = status is ChainStatus.CONCEPT
    fill = QColor("white") if concept else colour
    line = QPen(colour, 1.6, Qt.PenStyle.DashLine if concept else Qt.PenStyle.SolidLine)
    painter.setPen(line)
    xs = [*before, block.center().x(), *after]
    painter.drawLine(QPointF(min(xs), y), QPointF(max(xs), y))
    # Filled markers get a white rim, so lessons on neighbouring days stay apart.
    painter.setPen(QPen(colour, 1.4) if concept else QPen(QColor("white"), 0.8))
    painter.setBrush(fill)
    for x in before:
        painter.drawEllipse(QPointF(x, y), 4.0, 4.0)
    for x in after:
        diamond = QPainterPath()
        diamond.moveTo(x, y - 5)
        diamond.lineTo(x + 5, y)
        diamond.lineTo(x, y + 5)
        diamond.lineTo(x - 5, y)
        diamond.closeSubpath()
        painter.drawPath(diamond)
    painter.setPen(QPen(colour, 1.4) if concept else QPen(colour.darker(125), 1.0))
    painter.drawRoundedRect(block, 2.5, 2.5)
    if concept:
        painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(block, 2.5, 2.5)


def draw_link(painter: QPainter, first: QRectF, then: QRectF, dip: float) -> None:
    """The connector of a series: from the activity of one chain (``first``, its block) to
    the activity of its follow-up (``then``), with an arrow head into the follow-up. From
    lane to lane it leaves one block's edge and enters the other's; in the same lane it
    curves ``dip`` below both, under the title beside the first bar."""
    painter.save()
    painter.setPen(QPen(SERIES, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x1, x2 = first.center().x(), then.center().x()
    if abs(first.center().y() - then.center().y()) < 1:
        start, end = QPointF(x1, first.bottom() + 1), QPointF(x2, then.bottom() + 2)
        low = max(start.y(), end.y()) + dip
        c1, c2, down = QPointF(x1, low), QPointF(x2, low), False
    else:
        down = then.center().y() > first.center().y()
        start = QPointF(x1, first.bottom() + 1 if down else first.top() - 1)
        end = QPointF(x2, then.top() - 2 if down else then.bottom() + 2)
        middle = (start.y() + end.y()) / 2
        c1, c2 = QPointF(x1, middle), QPointF(x2, middle)
    path = QPainterPath(start)
    path.cubicTo(c1, c2, end)
    painter.drawPath(path)
    tip = 1 if down else -1  # the arrow points into the follow-up's block
    head = QPainterPath()
    head.moveTo(end.x(), end.y() + tip)
    head.lineTo(end.x() - 4, end.y() - 6 * tip)
    head.lineTo(end.x() + 4, end.y() - 6 * tip)
    head.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(SERIES)
    painter.drawPath(head)
    painter.restore()


def draw_mark(painter: QPainter, centre: QPointF, colour: QColor, radius: float = 4.0) -> None:
    """The mark for errors (a red disc with a white cross) or warnings (an amber
    triangle): told apart by their shape too, not by colour alone."""
    painter.save()
    if colour == ERROR:
        r = radius + 1.0
        painter.setPen(QPen(QColor("white"), 1.0))
        painter.setBrush(colour)
        painter.drawEllipse(centre, r, r)
        painter.setPen(QPen(QColor("white"), 1.4))
        d = r * 0.45
        painter.drawLine(QPointF(centre.x() - d, centre.y() - d), QPointF(centre.x() + d, centre.y() + d))
        painter.drawLine(QPointF(centre.x() - d, centre.y() + d), QPointF(centre.x() + d, centre.y() - d))
    else:
        r = radius + 1.5
        triangle = QPainterPath()
        triangle.moveTo(centre.x(), centre.y() - r)
        triangle.lineTo(centre.x() + r, centre.y() + r * 0.8)
        triangle.lineTo(centre.x() - r, centre.y() + r * 0.8)
        triangle.closeSubpath()
        painter.setPen(QPen(colour.darker(150), 1.0))
        painter.setBrush(colour)
        painter.drawPath(triangle)
    painter.restore()


class GridPainting(QAbstractScrollArea):
    """The paint methods of ``YearGridView``, its base class: ``self`` is the view."""

    header_h, week_top, lane_h, row_min, min_col = HEADER_H, 21, LANE_H, ROW_MIN, MIN_COL
    # The view's layout, set by YearGridView (``__init__``, ``set_grid``) and read here;
    # declared for the type checker only (no values, so nothing changes at run time).
    today: dt.date
    grid: YearGrid | None
    rows: list[ClassRow]
    _lanes: list[list[list[GridBar]]]
    _tops: list[int]
    _bars: dict[int, tuple[int, int, GridBar]]
    col_w: float
    label_w: int
    selected_chain: int | None
    current_class: int | None
    _press: tuple[int, float] | None
    _drag_weeks: int | None
    corner_texts: tuple[str, str]
    _row_cache: dict[int, QPixmap]
    _static_cache: dict[tuple[object, ...], QPixmap]

    if TYPE_CHECKING:
        # YearGridView's layout methods the paint methods use.
        def bar(self, chain_id: int) -> GridBar | None: ...
        def day_x(self, day: dt.date) -> float: ...
        def bar_rect(self, chain_id: int) -> QRectF: ...
        def _bar_shape(self, bar: GridBar, shift: float = 0.0) -> tuple[list[float], QRectF, list[float]]: ...
        def _origin(self) -> QPointF: ...
        def _sub(self, row: ClassRow) -> str: ...

    def fit_to_font(self) -> None:
        """Header, lanes, rows and the narrowest week follow the font (the system's font
        size): never smaller than at the usual font, larger for a larger one."""
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.8)
        bold = QFont(self.font())
        bold.setBold(True)
        line, small_line = QFontMetrics(bold).lineSpacing(), QFontMetrics(small).lineSpacing()
        self.week_top = max(21, line + 4)
        self.header_h = max(HEADER_H, self.week_top + small_line + 5)
        self.lane_h = max(LANE_H, self.fontMetrics().lineSpacing() + 8)
        self.row_min = max(ROW_MIN, line + QFontMetrics(QFont(self.font())).lineSpacing() + 8)
        # Narrow enough that a school year fits 1366x768 at 125 % (1093 px) without
        # scrolling sideways; the week numbers keep 1-2 px on either side.
        self.min_col = max(MIN_COL, QFontMetrics(small).horizontalAdvance("53") + 3)


    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        if not self.grid or not self.grid.weeks:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.viewport().width(), self.viewport().height()
        hs, vs = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        first = max(0, int(hs // self.col_w))
        last = min(len(self.grid.weeks), int((hs + width - self.label_w) // self.col_w) + 1)
        painter.save()
        painter.setClipRect(self.label_w, self.header_h, width - self.label_w, height - self.header_h)
        painter.translate(self.label_w - hs, self.header_h - vs)
        self._paint_body(painter, first, last, vs, vs + height - self.header_h, hs)
        painter.restore()
        painter.save()
        painter.setClipRect(self.label_w, 0, width - self.label_w, self.header_h)
        painter.fillRect(QRectF(self.label_w, 0, width - self.label_w, self.header_h), self.palette().color(QPalette.ColorRole.Window))
        painter.translate(self.label_w - hs, 0)
        weeks = len(self.grid.weeks)
        painter.drawPixmap(QPointF(0, 0), self._cached(("header", self.today), weeks * self.col_w, self.header_h, lambda p: self._paint_header(p, 0, weeks)))
        painter.restore()
        painter.save()
        painter.setClipRect(0, self.header_h, self.label_w, height - self.header_h)
        painter.translate(0, self.header_h - vs)
        self._paint_labels(painter, vs, vs + height - self.header_h)
        painter.restore()
        painter.fillRect(QRectF(0, 0, self.label_w, self.header_h), self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        corner = QRectF(10, self.week_top, self.label_w - 16, self.header_h - self.week_top - 1)
        painter.drawText(corner, Qt.AlignmentFlag.AlignVCenter, self.corner_texts[0])
        painter.drawText(corner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, self.corner_texts[1])
        painter.setPen(MONTH_LINE)
        painter.drawLine(0, self.header_h - 1, width, self.header_h - 1)
        painter.drawLine(self.label_w - 1, 0, self.label_w - 1, height)

    def _visible_rows(self, top: float, bottom: float) -> range:
        start = max(0, bisect.bisect_right(self._tops, top) - 1)
        return range(start, min(len(self.rows), bisect.bisect_left(self._tops, bottom)))

    def _cached(
        self, key: tuple[object, ...], width: float, height: float, paint: Callable[[QPainter], None]
    ) -> QPixmap:
        """A pixmap painted once by ``paint(painter)`` and kept until the layout changes."""
        pixmap = self._static_cache.get(key)
        if pixmap is None:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(max(1, int(width * ratio)), max(1, int(height * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint(painter)
            painter.end()
            self._static_cache[key] = pixmap
        return pixmap

    def _paint_body(self, painter: QPainter, first: int, last: int, top: float, bottom: float, left: float) -> None:
        assert self.grid is not None
        total = self._tops[-1]
        width = len(self.grid.weeks) * self.col_w
        for row in self._visible_rows(top, bottom):
            if self.rows[row].id == self.current_class:
                painter.fillRect(QRectF(left, self._tops[row], self.viewport().width(), self._tops[row + 1] - self._tops[row]), QColor(47, 95, 152, 18))
        background = self._cached(("body", total, self.today), width, total + BAND_H, lambda p: self._paint_weeks(p, total))
        painter.drawPixmap(QPointF(0, 0), background)
        painter.setPen(GRID_LINE)
        for row in self._visible_rows(top, bottom):
            painter.drawLine(QPointF(left, self._tops[row + 1] - 0.5), QPointF(left + self.viewport().width(), self._tops[row + 1] - 0.5))
        for row in self._visible_rows(top, bottom):
            painter.drawPixmap(QPointF(0, self._tops[row]), self._row_pixmap(row))
        if self.selected_chain is not None and self.selected_chain in self._bars:
            rect = self.bar_rect(self.selected_chain).translated(-self._origin())
            painter.setPen(QPen(SELECTED, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 5, 5)
        self._paint_drag(painter)

    def _paint_weeks(self, painter: QPainter, total: float) -> None:
        """Holidays, days off, week and month lines and today, under every row and the band."""
        assert self.grid is not None
        band = total + BAND_H
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        for index, week in enumerate(self.grid.weeks):
            x = index * self.col_w
            if week.holiday:
                painter.fillRect(QRectF(x, 0, self.col_w, band), HOLIDAY)
                if index == 0 or self.grid.weeks[index - 1].holiday != week.holiday:
                    painter.save()  # the holiday's name once, in the band under the classes
                    painter.setPen(muted)
                    painter.setFont(small)
                    painter.translate(x + self.col_w / 2 + painter.fontMetrics().ascent() / 2 - 1, total + 6)
                    painter.rotate(90)
                    painter.drawText(QPointF(0, 0), painter.fontMetrics().elidedText(domain_text.holiday(week.holiday), Qt.TextElideMode.ElideRight, BAND_H - 12))
                    painter.restore()
            else:
                for off in week.days_off:
                    slot = QRectF(x + off.date.weekday() * self.col_w / 5, 0, self.col_w / 5, band)
                    painter.fillRect(slot, STUDY_DAY if off.study_day else DAY_OFF)
            new_month = index == 0 or self.grid.weeks[index - 1].month != week.month
            painter.setPen(QPen(MONTH_LINE if new_month else GRID_LINE, 1))
            painter.drawLine(QPointF(x, 0), QPointF(x, band))
        if self.grid.weeks[0].monday <= self.today <= self.grid.weeks[-1].monday + 4 * DAY:
            x = self.day_x(self.today)
            painter.setPen(QPen(TODAY, 2))
            painter.drawLine(QPointF(x, 0), QPointF(x, band))

    def _row_pixmap(self, row: int) -> QPixmap:
        """A class's chains drawn once into a pixmap, until the row or the column width changes.

        A move redraws one row; scrolling and repainting only copy pixmaps.
        """
        assert self.grid is not None  # paintEvent paints rows only of a grid
        class_id = self.rows[row].id
        pixmap = self._row_cache.get(class_id)
        if pixmap is None:
            ratio = self.devicePixelRatioF()
            width = len(self.grid.weeks) * self.col_w
            height = self._tops[row + 1] - self._tops[row]
            pixmap = QPixmap(max(1, int(width * ratio)), max(1, int(height * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(0, -self._tops[row])
            self._paint_row(painter, row)
            painter.end()
            self._row_cache[class_id] = pixmap
        return pixmap

    def _paint_row(self, painter: QPainter, row: int) -> None:
        metrics = self.fontMetrics()
        self._paint_links(painter, row)
        for lane in self._lanes[row]:
            for position, bar in enumerate(lane):
                before, block, after = self._bar_shape(bar)
                end = max([*after, block.right()]) + 7
                draw_chain(painter, bar.status, before, block, after, block.center().y())
                if bar.errors or bar.warnings:
                    draw_mark(painter, block.topRight() + QPointF(0, 1), ERROR if bar.errors else WARNING)
                text = self.shown_title(lane, position)
                if text:
                    painter.setPen(self.palette().color(QPalette.ColorRole.Text))
                    painter.drawText(QPointF(end, block.center().y() + metrics.ascent() / 2 - 1), text)

    def _paint_links(self, painter: QPainter, row: int) -> None:
        """A connector from each chain's activity to its follow-up's (a series), under the bars."""
        bars = {bar.chain_id: bar for lane in self._lanes[row] for bar in lane}
        for bar in bars.values():
            before = bars.get(bar.follows) if bar.follows is not None else None
            if before is None:
                continue
            draw_link(painter, self._bar_shape(before)[1], self._bar_shape(bar)[1], self.lane_h * 0.4)

    def shown_title(self, lane: list[GridBar], position: int) -> str:
        """The title beside a chain: whole where there is room, elided only where the next
        chain of its lane (or the end of the year) leaves too little, "" where none."""
        bar = lane[position]
        _before, block, after = self._bar_shape(bar)
        end = max([*after, block.right()]) + 7
        following = lane[position + 1] if position + 1 < len(lane) else None
        room = (
            self.bar_rect(following.chain_id).left() - self._origin().x() - 6 - end
            if following
            else float("inf")
        )
        room = min(room, len(self.grid.weeks) * self.col_w - end - 2) if self.grid else room
        if room <= 56:
            return ""
        return self.fontMetrics().elidedText(bar.activity_title, Qt.TextElideMode.ElideRight, int(room))

    def _paint_drag(self, painter: QPainter) -> None:
        if self._press is None or not self._drag_weeks:
            return
        bar = self.bar(self._press[0])
        if bar is None:
            return
        shift = self._drag_weeks * self.col_w
        before, block, after = self._bar_shape(bar, shift)
        row = self._bars[bar.chain_id][0]
        target = (int(self.day_x(bar.date) // self.col_w) + self._drag_weeks) * self.col_w
        painter.fillRect(QRectF(target, self._tops[row], self.col_w, self._tops[row + 1] - self._tops[row]), QColor(47, 95, 152, 40))
        painter.setOpacity(0.55)
        draw_chain(painter, bar.status, before, block, after, block.center().y())
        painter.setOpacity(1.0)

    def _paint_header(self, painter: QPainter, first: int, last: int) -> None:
        assert self.grid is not None
        painter.fillRect(QRectF(first * self.col_w, 0, (last - first + 1) * self.col_w, self.header_h), self.palette().color(QPalette.ColorRole.Window))
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.8)
        bold = QFont(self.font())
        bold.setBold(True)
        index = first
        while index > 0 and self.grid.weeks[index - 1].month == self.grid.weeks[first].month:
            index -= 1
        while index < last:  # month names over their weeks
            end = index
            while end < len(self.grid.weeks) and self.grid.weeks[end].month == self.grid.weeks[index].month:
                end += 1
            rect = QRectF(index * self.col_w, 2, (end - index) * self.col_w, self.week_top - 3)
            name = shown_month(self.grid.weeks[index].month)
            painter.setFont(bold)
            if painter.fontMetrics().horizontalAdvance(name) > rect.width() - 4:
                name = shown_month(self.grid.weeks[index].month, short=True)
            if painter.fontMetrics().horizontalAdvance(name) > rect.width() - 2:
                name = ""
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
            painter.setPen(MONTH_LINE)
            painter.drawLine(QPointF(rect.left(), 4), QPointF(rect.left(), self.header_h))
            index = end
        painter.setFont(small)
        for index in range(first, last):
            week = self.grid.weeks[index]
            cell = QRectF(index * self.col_w, self.week_top, self.col_w, self.header_h - self.week_top - 1)
            if week.holiday:
                painter.fillRect(cell, HOLIDAY)
            for off in () if week.holiday else week.days_off:
                painter.fillRect(QRectF(cell.left() + off.date.weekday() * self.col_w / 5, cell.top(), self.col_w / 5, cell.height()), STUDY_DAY if off.study_day else DAY_OFF)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(week.iso_week))
        if self.grid.weeks[0].monday <= self.today <= self.grid.weeks[-1].monday + 4 * DAY:
            x = self.day_x(self.today)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TODAY)
            painter.drawPolygon([QPointF(x - 5, self.header_h - 6), QPointF(x + 5, self.header_h - 6), QPointF(x, self.header_h)])

    def _paint_labels(self, painter: QPainter, top: float, bottom: float) -> None:
        painter.fillRect(QRectF(0, top, self.label_w, bottom - top), self.palette().color(QPalette.ColorRole.Window))
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for index in self._visible_rows(top, bottom):
            row, y0, y1 = self.rows[index], self._tops[index], self._tops[index + 1]
            if row.id == self.current_class:
                painter.fillRect(QRectF(0, y0, self.label_w, y1 - y0), QColor(47, 95, 152, 30))
            middle = (y0 + y1) / 2
            painter.setFont(bold)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            name = painter.fontMetrics().elidedText(row.name, Qt.TextElideMode.ElideRight, self.label_w - 26)
            painter.drawText(QPointF(10, middle - 2), name)
            painter.setFont(small)
            painter.setPen(muted)
            sub = painter.fontMetrics().elidedText(self._sub(row), Qt.TextElideMode.ElideRight, self.label_w - 16)
            painter.drawText(QPointF(10, middle + painter.fontMetrics().ascent()), sub)
            if row.findings:
                draw_mark(painter, QPointF(self.label_w - 12, middle - 6), WARNING)
            painter.setPen(GRID_LINE)
            painter.drawLine(QPointF(0, y1 - 0.5), QPointF(self.label_w, y1 - 0.5))
