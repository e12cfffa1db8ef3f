"""The year grid: classes as rows, the weeks of the school year as columns, chains as bars.

Painted by hand on a ``QAbstractScrollArea`` (through ``GridPainting``): the header (months and week
numbers) stays at the top and the class names stay at the left while the rest
scrolls. A chain is drawn in its own lane of its class's row: small markers for
its lessons (circles before, diamonds after) and a block for the activity,
joined by a line; concept chains are outlined and hatched, planned ones filled,
executed ones grey-green; a red dot marks errors, an amber dot warnings.

The widget only shows and asks: dragging a bar to another week, or the arrow
keys on a selected bar, emit ``chainMoveRequested``; the page does the move.
"""

from __future__ import annotations

import bisect
import datetime as dt
from html import escape
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCursor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from beroepsplanner.dates import LONG, LONG_WITH_WEEKDAY
from beroepsplanner.domain.chain import Severity
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.series import series_members
from beroepsplanner.domain.year_grid import ClassRow, GridBar, YearGrid
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.qt_dates import shown_date
from beroepsplanner.ui.year_grid_paint import (
    BAND_H,
    DAY,
    ERROR,
    LABEL_MIN,
    ROW_PAD,
    WARNING,
    GridPainting,
)


class YearGridView(GridPainting):
    """The grid of one school year; ``set_grid`` fills it, ``set_class_row`` updates a row."""

    chainMoveRequested = Signal(int, object)
    """A chain (id) should move to the week of this Monday (a ``datetime.date``)."""
    chainActivated = Signal(int)
    """A chain was double-clicked (or Enter pressed on it)."""
    cellActivated = Signal(int, object)
    """An empty cell was double-clicked: class id and the Monday of the week."""
    selectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.today: dt.date = dt.date.today()
        self.grid: YearGrid | None = None
        self.rows: list[ClassRow] = []
        self._lanes: list[list[list[GridBar]]] = []
        self._tops: list[int] = []
        self._bars: dict[int, tuple[int, int, GridBar]] = {}  # chain id -> (row, lane, bar)
        self.fit_to_font()
        self.col_w = float(self.min_col)
        self.zoom = 1.0
        self.label_w = LABEL_MIN
        self.selected_chain: int | None = None
        self.current_class: int | None = None
        self._press: tuple[int, float] | None = None  # chain id, content x of the press
        self._drag_weeks: int | None = None
        self.read_only = False
        """A locked school year: chains can be selected and opened, not moved or added."""
        self.corner_texts = (self.tr("Class"), self.tr("week"))
        self._row_cache: dict[int, QPixmap] = {}  # class id -> its chains, drawn (year_grid_paint)
        self._static_cache: dict[tuple[object, ...], QPixmap] = {}  # header, weeks

    # --- data ----------------------------------------------------------------------

    def set_grid(self, grid: YearGrid | None) -> None:
        """Show ``grid`` (None: nothing); keeps the selection when the chain is still there."""
        self.grid = grid
        self._row_cache.clear()
        self._static_cache.clear()
        self.rows = list(grid.classes) if grid else []
        self._lanes = [self._pack(row) for row in self.rows]
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        widths = [QFontMetrics(small).horizontalAdvance(self._sub(r)) for r in self.rows]
        names = [QFontMetrics(bold).horizontalAdvance(r.name) + 14 for r in self.rows]
        self._label_wanted = int(max(LABEL_MIN, *widths, *names, 0) + 24)
        self._label_least = int(max(names, default=0) + 24)
        self.label_w = self._label_width()
        self._layout_rows()
        if self.current_class not in {r.id for r in self.rows}:
            self.current_class = None
        if self.selected_chain not in self._bars:
            self.select_chain(None)
        self.refresh_tooltip()

    def set_class_row(self, row: ClassRow) -> None:
        """Replace one class's row (after a move) without touching the others: only its own
        bars are placed again, and the rows below move only when its height changed (a
        board's grid has 160 rows and 3,000 chains)."""
        for index, old in enumerate(self.rows):
            if old.id == row.id:
                self.rows[index] = row
                self._row_cache.pop(row.id, None)
                lanes_before = len(self._lanes[index])
                for lane in self._lanes[index]:
                    for bar in lane:
                        self._bars.pop(bar.chain_id, None)
                self._lanes[index] = self._pack(row)
                for number, lane in enumerate(self._lanes[index]):
                    for bar in lane:
                        self._bars[bar.chain_id] = (index, number, bar)
                if len(self._lanes[index]) != lanes_before:
                    self._layout_rows()
                else:
                    self.viewport().update()
                if self.selected_chain not in self._bars:
                    self.select_chain(None)
                self.refresh_tooltip()
                return

    def bar(self, chain_id: int) -> GridBar | None:
        found = self._bars.get(chain_id)
        return found[2] if found else None

    def select_chain(self, chain_id: int | None) -> None:
        if chain_id is not None and chain_id not in self._bars:
            chain_id = None
        if chain_id is not None:
            self.current_class = self.rows[self._bars[chain_id][0]].id
        if chain_id != self.selected_chain:
            self.selected_chain = chain_id
            self.selectionChanged.emit()
        self.viewport().update()

    def move_selected(self, weeks: int) -> None:
        """Ask to move the selected chain ``weeks`` weeks (negative: earlier)."""
        bar = self.bar(self.selected_chain) if self.selected_chain is not None else None
        if bar is not None and weeks and not self.read_only:
            monday = bar.date - dt.timedelta(days=bar.date.weekday())
            self.chainMoveRequested.emit(bar.chain_id, monday + dt.timedelta(weeks=weeks))

    def set_zoom(self, zoom: float) -> None:
        """Widen the weeks (1: the whole year fits the window, up to 4), keeping the middle."""
        zoom = min(4.0, max(1.0, zoom))
        bar = self.horizontalScrollBar()
        middle = (bar.value() + (self.viewport().width() - self.label_w) / 2) / max(1.0, self.col_w)
        self.zoom = zoom
        self._layout_columns()
        bar.setValue(int(middle * self.col_w - (self.viewport().width() - self.label_w) / 2))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (1.25 if event.angleDelta().y() > 0 else 0.8))
        else:
            super().wheelEvent(event)

    # --- geometry (content coordinates: x from the first week, y from the first row) --

    def _pack(self, row: ClassRow) -> list[list[GridBar]]:
        """Bars into lanes: never two chains at once in a lane, with a few days between."""
        lanes: list[list[GridBar]] = []
        for bar in sorted(row.bars, key=lambda b: (b.first_day, b.chain_id)):
            lane = next((lane for lane in lanes if lane[-1].last_day + 6 * DAY < bar.first_day), None)
            if lane is None:
                lanes.append([bar])
            else:
                lane.append(bar)
        return lanes

    def _layout_rows(self) -> None:
        self._tops, self._bars, top = [], {}, 0
        for index, lanes in enumerate(self._lanes):
            self._tops.append(top)
            top += max(self.row_min, len(lanes) * self.lane_h + 2 * ROW_PAD)
            for number, lane in enumerate(lanes):
                for bar in lane:
                    self._bars[bar.chain_id] = (index, number, bar)
        self._tops.append(top)
        self._layout_columns()

    def _layout_columns(self) -> None:
        weeks = len(self.grid.weeks) if self.grid else 0
        label_w = self._label_width()
        if label_w != self.label_w:
            self.label_w = label_w
            self._row_cache.clear()
            self._static_cache.clear()
        room = self.viewport().width() - self.label_w
        col_w = (max(float(self.min_col), room / weeks) if weeks else float(self.min_col)) * self.zoom
        if col_w != self.col_w:
            self.col_w = col_w
            self._row_cache.clear()
            self._static_cache.clear()
        self.horizontalScrollBar().setRange(0, max(0, int(weeks * self.col_w) - room))
        self.horizontalScrollBar().setPageStep(max(1, room))
        self.horizontalScrollBar().setSingleStep(int(self.col_w))
        body = self.viewport().height() - self.header_h
        self.verticalScrollBar().setRange(0, max(0, self._tops[-1] + BAND_H - body) if self._tops else 0)
        self.verticalScrollBar().setPageStep(max(1, body))
        self.verticalScrollBar().setSingleStep(self.lane_h)
        self.viewport().update()

    def day_x(self, day: dt.date) -> float:
        """Centre of ``day``'s fifth of its week's column (weekends count as Friday)."""
        assert self.grid is not None and self.grid.weeks
        week = (day - self.grid.weeks[0].monday).days // 7
        return (week + (min(day.weekday(), 4) + 0.5) / 5) * self.col_w

    def _lane_y(self, row: int, lane: int) -> float:
        height = self._tops[row + 1] - self._tops[row]
        lanes = max(1, len(self._lanes[row]))
        return self._tops[row] + (height - lanes * self.lane_h) / 2 + (lane + 0.5) * self.lane_h

    def _bar_shape(self, bar: GridBar, shift: float = 0.0) -> tuple[list[float], QRectF, list[float]]:
        row, lane, _ = self._bars[bar.chain_id]
        y = self._lane_y(row, lane)
        width = max(7.0, min(14.0, self.col_w * 0.34))
        x = self.day_x(bar.date) + shift
        # An activity of several days: the block spans from its first to its last day.
        last = self.day_x(bar.activity_end) + shift if bar.end_date is not None else x
        return (
            [self.day_x(d) + shift for d in bar.preparation],
            QRectF(x - width / 2, y - 7, last - x + width, 14),
            [self.day_x(d) + shift for d in bar.reflection],
        )

    def bar_rect(self, chain_id: int) -> QRectF:
        """The bar's extent in viewport coordinates (for tests and tooltips)."""
        _row, _lane, bar = self._bars[chain_id]
        before, block, after = self._bar_shape(bar)
        left, right = min([*before, block.left()]) - 5, max([*after, block.right()]) + 5
        return QRectF(left, block.top() - 2, right - left, block.height() + 4).translated(self._origin())

    def cell_point(self, class_id: int, monday: dt.date) -> QPoint:
        """A point in the middle of a class's cell for the week of ``monday`` (viewport)."""
        row = next(i for i, r in enumerate(self.rows) if r.id == class_id)
        x = self.day_x(monday + 2 * DAY)
        return QPointF(x, self._tops[row] + 3).toPoint() + self._origin().toPoint()

    def _origin(self) -> QPointF:
        return QPointF(self.label_w - self.horizontalScrollBar().value(), self.header_h - self.verticalScrollBar().value())

    def _hit(self, pos: QPoint) -> tuple[int | None, int | None, int | None]:
        """(row index, week index, chain id) under a viewport point; None where nothing is."""
        if not self.grid or pos.x() < self.label_w or pos.y() < self.header_h:
            return None, None, None
        content = QPointF(pos) - self._origin()
        row = bisect.bisect_right(self._tops, content.y()) - 1
        if not 0 <= row < len(self.rows):
            return None, None, None
        column = int(content.x() // self.col_w)
        week = column if 0 <= column < len(self.grid.weeks) else None
        for lane in self._lanes[row]:
            for bar in lane:
                if self.bar_rect(bar.chain_id).contains(QPointF(pos)):
                    return row, week, bar.chain_id
        return row, week, None

    # --- events ----------------------------------------------------------------------

    def _label_width(self) -> int:
        """The class names' column: as wide as the longest name and its line below need,
        but at most a quarter of the view (so the weeks keep their room on a small screen).
        Where the narrowest weeks do not fit beside it, it gives way down to the class
        names themselves (the line below elides): the year fits without scrolling."""
        wanted = getattr(self, "_label_wanted", LABEL_MIN)
        width = int(min(wanted, max(LABEL_MIN, self.viewport().width() // 4)))
        weeks = len(self.grid.weeks) if self.grid else 0
        spare = self.viewport().width() - int(weeks * self.min_col + 0.999)
        if weeks and spare < width:
            width = min(width, max(getattr(self, "_label_least", LABEL_MIN), spare))
        return width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (event.Type.FontChange, event.Type.PaletteChange, event.Type.StyleChange):
            self._row_cache.clear()
            self._static_cache.clear()
        if event.type() == event.Type.FontChange:
            self.fit_to_font()
            if self._tops:
                self._layout_rows()
        super().changeEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row, _week, chain = self._hit(event.position().toPoint())
        if event.button() is Qt.MouseButton.LeftButton:
            if row is not None:
                self.current_class = self.rows[row].id
            self.select_chain(chain)
            if chain is not None:
                self._press = (chain, event.position().x())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if self.read_only:
                return
            moved = event.position().x() - self._press[1]
            if self._drag_weeks is not None or abs(moved) >= QApplication.startDragDistance():
                self._drag_weeks = round(moved / self.col_w)
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self.viewport().update()
        else:
            _row, _week, chain = self._hit(event.position().toPoint())
            movable = chain and not self.read_only
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, weeks = self._press, self._drag_weeks
        self._press, self._drag_weeks = None, None
        self.viewport().unsetCursor()
        self.viewport().update()
        if press is not None and weeks:
            self.select_chain(press[0])
            self.move_selected(weeks)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row, week, chain = self._hit(event.position().toPoint())
        self._press = None
        if chain is not None:
            self.chainActivated.emit(chain)
        elif row is not None and week is not None and self.grid is not None and not self.read_only:
            self.cellActivated.emit(self.rows[row].id, self.grid.weeks[week].monday)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The keyboard does what the mouse does: arrows select (left/right a chain of the
        class, up/down a class), Enter opens the chain (or a new one in an empty class),
        Insert makes a new chain, Ctrl+arrow or Alt+arrow moves the chain a week."""
        key = event.key()
        modifiers = event.modifiers()
        moving = modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        horizontal = key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
        if horizontal and moving:
            if self.selected_chain is not None:
                self.move_selected(step)
        elif horizontal:
            self.step_chain(step)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not moving:
            self.step_class(step)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            chains = self._chains_of_current()
            if chains:
                self.select_chain((chains[0] if key == Qt.Key.Key_Home else chains[-1]).chain_id)
                self.ensure_chain_visible()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_chain is not None:
            self.chainActivated.emit(self.selected_chain)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Insert):
            self.activate_current_week()
        elif key == Qt.Key.Key_Escape and (self._drag_weeks is not None or self.selected_chain):
            self._press, self._drag_weeks = None, None
            self.select_chain(None)
        else:
            super().keyPressEvent(event)

    # --- the keyboard ----------------------------------------------------------------

    def _current_row(self) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == self.current_class), None)

    def _chains_of_current(self) -> list[GridBar]:
        index = self._current_row()
        if index is None:
            return []
        return sorted(self.rows[index].bars, key=lambda b: (b.date, b.chain_id))

    def step_chain(self, step: int) -> None:
        """Select the next (1) or previous (-1) chain of the current class, by date."""
        if self.current_class is None and self.rows:
            self.current_class = self.rows[0].id
        chains = self._chains_of_current()
        if not chains:
            self.viewport().update()
            return
        ids = [b.chain_id for b in chains]
        if self.selected_chain in ids:
            position = min(len(ids) - 1, max(0, ids.index(self.selected_chain) + step))
        else:
            position = 0 if step > 0 else len(ids) - 1
        self.select_chain(ids[position])
        self.ensure_chain_visible()

    def step_class(self, step: int) -> None:
        """Go to the class below (1) or above (-1); select its chain nearest in time."""
        if not self.rows:
            return
        index = self._current_row()
        index = 0 if index is None else min(len(self.rows) - 1, max(0, index + step))
        selected = self.bar(self.selected_chain) if self.selected_chain is not None else None
        self.current_class = self.rows[index].id
        chains = self._chains_of_current()
        if selected is not None and chains:
            nearest = min(chains, key=lambda b: abs((b.date - selected.date).days))
            self.select_chain(nearest.chain_id)
            self.ensure_chain_visible()
        else:
            self.select_chain(None)
            self._ensure_row_visible(index)
        self.viewport().update()

    def keyboard_week(self) -> dt.date | None:
        """The Monday a new chain of the keyboard goes to: the selected chain's week, else
        this week (or the first week of the year when today is outside it)."""
        if not self.grid or not self.grid.weeks:
            return None
        bar = self.bar(self.selected_chain) if self.selected_chain is not None else None
        day = bar.date if bar is not None else self.today
        monday = day - dt.timedelta(days=day.weekday())
        mondays = [w.monday for w in self.grid.weeks]
        return monday if monday in mondays else mondays[0]

    def activate_current_week(self) -> None:
        """A new chain for the current class in ``keyboard_week`` (as a double-click)."""
        if self.read_only:
            return
        if self.current_class is None and self.rows:
            self.current_class = self.rows[0].id
        monday = self.keyboard_week()
        if self.current_class is not None and monday is not None:
            self.cellActivated.emit(self.current_class, monday)

    def ensure_chain_visible(self) -> None:
        """Scroll so that the selected chain is in view."""
        if self.selected_chain is None or self.selected_chain not in self._bars:
            return
        rect = self.bar_rect(self.selected_chain)
        room = QRectF(self.label_w, self.header_h, self.viewport().width() - self.label_w, self.viewport().height() - self.header_h)
        horizontal = self.horizontalScrollBar()
        if rect.left() < room.left():
            horizontal.setValue(horizontal.value() - int(room.left() - rect.left()) - 20)
        elif rect.right() > room.right():
            horizontal.setValue(horizontal.value() + int(rect.right() - room.right()) + 20)
        self._ensure_row_visible(self._bars[self.selected_chain][0])

    def _ensure_row_visible(self, index: int) -> None:
        bar = self.verticalScrollBar()
        body = self.viewport().height() - self.header_h
        top, bottom = self._tops[index], self._tops[index + 1]
        if top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + body:
            bar.setValue(bottom - body)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Tabbing into the grid shows where the keyboard is: the first class.
        if self.current_class is None and self.rows:
            self.current_class = self.rows[0].id
        self.viewport().update()
        super().focusInEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == event.Type.ToolTip:
            help_event = cast(QHelpEvent, event)  # Qt sends a tooltip as a QHelpEvent
            text = self.tooltip_at(help_event.pos())
            if text:
                QToolTip.showText(help_event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # --- tooltips ----------------------------------------------------------------------

    def refresh_tooltip(self) -> None:
        """A tooltip on screen follows the data: after a move, its undo or redo, or a
        reload, it shows what is under the mouse now (a chain's new dates), or goes."""
        if not QToolTip.isVisible():
            return
        where = QCursor.pos()
        pos = self.viewport().mapFromGlobal(where)
        text = self.tooltip_at(pos) if self.viewport().rect().contains(pos) else ""
        if text:
            if text != QToolTip.text():
                QToolTip.hideText()  # showText keeps a tooltip of the same widget as it was
                QToolTip.showText(where, text, self.viewport())
        else:
            QToolTip.hideText()

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip (rich text) for a viewport point: a chain, a class or a week."""
        if not self.grid:
            return ""
        if pos.x() < self.label_w and pos.y() >= self.header_h:
            label = bisect.bisect_right(self._tops, pos.y() - self.header_h + self.verticalScrollBar().value()) - 1
            return self._class_tip(self.rows[label]) if 0 <= label < len(self.rows) else ""
        row, week, chain = self._hit(pos)
        if chain is not None:
            return self.chain_tooltip(chain)
        if week is None and pos.y() < self.header_h and pos.x() >= self.label_w:
            column = int((pos.x() - self._origin().x()) // self.col_w)
            week = column if 0 <= column < len(self.grid.weeks) else None
        return self._week_tip(week) if week is not None else ""

    def _date(self, day: dt.date, pattern: str = "EEE d MMM") -> str:
        return shown_date(day, pattern)

    def chain_tooltip(self, chain_id: int) -> str:
        _row, _lane, bar = self._bars[chain_id]
        row = self.rows[self._bars[chain_id][0]]
        lines = [f"<b>{escape(bar.activity_title)}</b>", escape(f"{row.name} · {self._status(bar.status)}")]
        if bar.company:
            lines.append(escape(bar.company))
        activity = self._date(bar.date, LONG_WITH_WEEKDAY)
        if bar.end_date is not None:
            activity = self.tr("%1 to %2").replace("%1", self._date(bar.date)).replace(
                "%2", self._date(bar.end_date, LONG_WITH_WEEKDAY)
            )
        dates = [
            (self.tr("Preparation"), ", ".join(self._date(d) for d in bar.preparation) or "—"),
            (self.tr("Activity"), activity),
            (self.tr("Reflection"), ", ".join(self._date(d) for d in bar.reflection) or "—"),
        ]
        lines += [f"{escape(name)}: {escape(value)}" for name, value in dates]
        series = self.series_of(chain_id)
        if series:
            # The series this chain belongs to, in order, this one in bold.
            parts = " → ".join(
                f"<b>{escape(part.activity_title)}</b>" if part.chain_id == chain_id else escape(part.activity_title)
                for part in series
            )
            word = self.tr("Series")  # tr() outside the f-string: lupdate does not look inside one
            lines.append(f"{escape(word)}: {parts}")
        errors, warnings = _bar_findings(bar)
        for title, colour, found in ((self.tr("Errors"), ERROR, errors), (self.tr("Warnings"), WARNING, warnings)):
            if found:
                items = "".join(f"<br>• {escape(f)}" for f in found)
                lines.append(f"<b style='color:{colour.darker(130).name()}'>{escape(title)}</b>{items}")
        if bar.status is not ChainStatus.DONE:
            # tr() outside the f-string: lupdate does not look inside one.
            hint = self.tr("Drag to another week to move; double-click to open.")
            lines.append(f"<i>{escape(hint)}</i>")
        return "<p>" + "<br>".join(lines) + "</p>"

    def series_of(self, chain_id: int) -> list[GridBar]:
        """The bars of the series ``chain_id`` belongs to (chains that follow each other up,
        ``domain/series.py``), first to last; empty for a chain on its own."""
        row = self.rows[self._bars[chain_id][0]]
        bars = {b.chain_id: b for b in row.bars}
        members = series_members({b.chain_id: b.follows for b in row.bars}, chain_id)
        return [bars[m] for m in members] if len(members) > 1 else []

    def _status(self, status: ChainStatus) -> str:
        return {
            ChainStatus.CONCEPT: self.tr("concept"),
            ChainStatus.PLANNED: self.tr("planned"),
            ChainStatus.DONE: self.tr("done"),
        }[status]

    def _class_tip(self, row: ClassRow) -> str:
        text = f"<b>{escape(row.name)}</b><br>{escape(self._sub(row))}"
        found = (
            [domain_text.finding_message(f) for f in row.rule_findings]
            if domain_text.english()
            else row.findings
        )
        return text + "".join(f"<br>⚠ {escape(f)}" for f in found)

    def _week_tip(self, index: int) -> str:
        assert self.grid is not None
        week = self.grid.weeks[index]
        head = self.tr("Week %1, from %2").replace("%1", str(week.iso_week)).replace("%2", self._date(week.monday, LONG))
        if week.holiday:
            return f"<b>{escape(head)}</b><br>{escape(domain_text.holiday(week.holiday))}"
        days = "".join(
            f"<br>{escape(self._date(d.date, 'EEEE d MMM'))}: {escape(domain_text.days_off_reason(d.reason))}"
            for d in week.days_off
        )
        return f"<b>{escape(head)}</b>{days}"

    def _sub(self, row: ClassRow) -> str:
        grade = self.tr("grade %1").replace("%1", str(row.grade))
        return f"{grade} · {row.teacher}" if row.teacher else grade


def _bar_findings(bar: GridBar) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A bar's errors and warnings without their "class, activity (date): " start, in the
    window's language."""
    if not domain_text.english():
        return bar.errors, bar.warnings
    errors, warnings = (
        tuple(domain_text.finding_body(f) for f in bar.rule_findings if f.severity is severity)
        for severity in (Severity.ERROR, Severity.WARNING)
    )
    return errors, warnings
