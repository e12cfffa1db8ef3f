"""Jaarplanning: every class's chains on the weeks of the school year.

The page reads the whole year once (``store.planner.year_grid``) and shows it in
the ``YearGridView``. Dragging a chain to another week is an undoable
``MoveChainCommand``; after it (and after its undo or redo) only the class's
row is re-read and redrawn, not the whole year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.year_grid import ClassRow, PlannerView, YearGrid
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.ui.locked_year import LockedYearBanner
from beroepsplanner.ui.page import ChainRequest, Page
from beroepsplanner.ui.widgets import heading, show_refusal
from beroepsplanner.ui.workspace import Workspace
from beroepsplanner.ui.year_grid import YearGridView
from beroepsplanner.ui.year_grid_paint import (
    DAY_OFF,
    ERROR,
    HOLIDAY,
    STUDY_DAY,
    TODAY,
    WARNING,
    draw_chain_sample,
    draw_mark,
)

if TYPE_CHECKING:
    from beroepsplanner.ui.planner_commands import MoveChainCommand


class PlannerLegend(QWidget):
    """What the colours and marks of the grid mean, painted with the grid's own drawing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerLegend")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.items = [
            ("chain", ChainStatus.CONCEPT, self.tr("concept")),
            ("chain", ChainStatus.PLANNED, self.tr("planned")),
            ("chain", ChainStatus.DONE, self.tr("done")),
            ("mark", ERROR, self.tr("error")),
            ("mark", WARNING, self.tr("warning")),
            ("fill", HOLIDAY, self.tr("holiday")),
            ("fill", STUDY_DAY, self.tr("study day")),
            ("fill", DAY_OFF, self.tr("public holiday")),
            ("today", TODAY, self.tr("today")),
        ]
        self.setToolTip(self.tr("A chain: preparation lessons (circles), the activity (block) and reflection lessons (diamonds)."))

    def _sample_width(self, kind: str) -> int:
        return {"chain": 34, "mark": 10, "fill": 14, "today": 4}[kind]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = sum(self._item_width(k, t) for k, _v, t in self.items)
        return QSize(width, metrics.height() + 8)

    def minimumSizeHint(self) -> QSize:
        # Narrow (a small screen, a large font): the items wrap onto more lines.
        return QSize(max(self._item_width(k, t) for k, _v, t in self.items), self.fontMetrics().height() + 8)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return len(self._lines(width)) * (self.fontMetrics().height() + 8)

    def _item_width(self, kind: str, text: str) -> int:
        return self._sample_width(kind) + 6 + self.fontMetrics().horizontalAdvance(text) + 16

    def _lines(self, width: int) -> list[list[tuple[str, object, str]]]:
        lines: list[list[tuple[str, object, str]]] = [[]]
        used = 0
        for item in self.items:
            needed = self._item_width(item[0], item[2])
            if lines[-1] and used + needed > width:
                lines.append([])
                used = 0
            lines[-1].append(item)
            used += needed
        return lines

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line_h = metrics.height() + 8
        for number, line in enumerate(self._lines(self.width())):
            self._paint_line(painter, line, number * line_h + line_h / 2, line_h)

    def _paint_line(self, painter: QPainter, line: list, y: float, line_h: int) -> None:
        metrics = self.fontMetrics()
        x = 2.0
        for kind, value, text in line:
            width = self._sample_width(kind)
            sample = QRectF(x, y - 7, width, 14)
            if kind == "chain":
                draw_chain_sample(painter, sample, value)
            elif kind == "mark":
                draw_mark(painter, sample.center(), value)
            elif kind == "fill":
                painter.fillRect(sample, value)
                painter.setPen(value.darker(115))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(sample)
            else:
                painter.fillRect(QRectF(x + 1, y - 8, 2, 16), value)
            x += width + 6
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(x, y - line_h / 2, metrics.horizontalAdvance(text) + 2, line_h), Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 16


class PlannerPage(Page):
    subjects = frozenset({"chains", "classes", "school", "activities", "companies"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("plannerPage")
        self._own_changes = 0
        self.grid_data: YearGrid | None = None
        self.locked_years: frozenset[str] = frozenset()
        self.kept_state: str | None = None

        self.hint_label = QLabel(self.tr("Drag a chain to another week · double-click to open"))
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # The hint gives way (clipped) before the window gets a minimum width from it.
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.year_label = QLabel(self.tr("School year"))
        self.year_box = QComboBox()
        self.year_box.setObjectName("schoolYearBox")
        self.year_label.setBuddy(self.year_box)
        self.new_button = QPushButton(self.tr("New chain…"))
        self.new_button.setObjectName("newChainButton")
        self.new_button.setToolTip(self.tr("Build a new chain for the selected class (Ctrl+Shift+N)"))
        self.new_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self._new_chain_if_enabled)
        top = QHBoxLayout()
        top.addWidget(heading(self.title()))
        top.addWidget(self.hint_label, 1)
        top.addSpacing(12)
        top.addWidget(self.year_label)
        top.addWidget(self.year_box)
        top.addSpacing(12)
        top.addWidget(self.new_button)

        self.legend = PlannerLegend()
        self.zoom_out_button = self._tool_button("−", self.tr("Show more weeks (Ctrl+scroll wheel)"), 0.8)
        self.zoom_in_button = self._tool_button("+", self.tr("Widen the weeks (Ctrl+scroll wheel)"), 1.25)
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend, 1)
        legend_row.addWidget(self.zoom_out_button)
        legend_row.addWidget(self.zoom_in_button)

        self.notice_label = QLabel()
        self.notice_label.setObjectName("plannerNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #f0c36d; border-radius: 4px; padding: 6px; }"
        )
        self.notice_label.hide()
        self.lock_banner = LockedYearBanner(workspace)

        self.grid = YearGridView()
        self.grid.setAccessibleName(self.tr("Year plan of the classes"))
        self.grid.setAccessibleDescription(
            self.tr(
                "Arrow keys: choose a class and a chain. Enter: open the chain. "
                "Insert or Ctrl+Shift+N: a new chain. Ctrl+arrow or Alt+arrow: move the chain a week."
            )
        )
        self.grid.setToolTip(self.grid.accessibleDescription())
        self.grid.viewport().setToolTip("")
        self.empty_label = QLabel(self.tr("There are no classes yet. Add a class first under Classes; then its chains appear here on the weeks of the school year."))
        self.empty_label.setObjectName("plannerEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.grid)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(legend_row)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.stack, 1)

        self.year_box.currentIndexChanged.connect(self._on_year_chosen)
        self.new_button.clicked.connect(self.new_chain)
        self.grid.chainMoveRequested.connect(self.move_chain)
        self.grid.chainActivated.connect(lambda chain_id: self.chainBuilderRequested.emit(ChainRequest(chain_id=chain_id)))
        self.grid.cellActivated.connect(
            lambda class_id, monday: self.chainBuilderRequested.emit(ChainRequest(class_id=class_id, date=monday, whole_week=True))
        )

    def title(self) -> str:
        return self.tr("Year plan")

    def _tool_button(self, text: str, tip: str, factor: float) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.grid.set_zoom(self.grid.zoom * factor))
        return button

    # --- reading --------------------------------------------------------------------

    def reload(self) -> None:
        from beroepsplanner.store.start_view import planner_view

        wanted = self.year_box.currentText() or None
        self.show_view(self.workspace.read(lambda s: planner_view(s, wanted)))

    def show_view(self, view: PlannerView | None, *, kept_state: str | None = None) -> None:
        """Show the school years and the year plan of ``view``. ``kept_state``: the view was
        kept from an earlier start and read at that state of the database; when the
        database opens in that state it is what it holds, and it is not read again."""
        self.kept_state = kept_state
        self.locked_years = frozenset(view.locked_years if view else ())
        years = list(reversed(view.school_years)) if view else []
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItems(years)
        self.year_box.setCurrentIndex(years.index(view.year) if view and view.year in years else 0)
        self.year_box.blockSignals(False)
        for widget in (self.year_label, self.year_box):
            widget.setVisible(len(years) > 1)
        self._show_grid(view.year if view else "", view.grid if view else None)

    def _on_database_changed(self) -> None:
        if self.kept_state is not None and self.kept_state == self.workspace.opened_state:
            # The view kept from an earlier start is what the database holds now.
            self.kept_state = None
            self._stale = False
            self._update_controls()
            return
        self.kept_state = None
        super()._on_database_changed()

    def _load(self, label: str) -> None:
        from beroepsplanner.store.planner import year_grid

        self._show_grid(label, self.workspace.read(lambda s: year_grid(s, label)) if label else None)

    def _show_grid(self, label: str, grid: YearGrid | None) -> None:
        self.grid_data = grid
        has_classes = bool(self.grid_data and self.grid_data.classes)
        self.grid.set_grid(self.grid_data if has_classes else None)
        self.stack.setCurrentWidget(self.grid if has_classes else self.empty_label)
        locked = label in self.locked_years
        self.lock_banner.show_for(label if locked else None)
        self._update_controls()
        self.hint_label.setText(
            self.tr("Double-click a chain to see it or write its observation")
            if locked
            else self.tr("Drag a chain to another week · double-click to open")
        )

    def _update_controls(self) -> None:
        """Changes are possible once the database is open (a kept view is shown before)
        and the year is not locked."""
        locked = self.year_box.currentText() in self.locked_years
        has_classes = bool(self.grid_data and self.grid_data.classes)
        self.grid.read_only = locked or not self.workspace.is_open
        self.new_button.setEnabled(has_classes and not locked and self.workspace.is_open)

    def show_year(self, label: str) -> None:
        """Show school year ``label`` (after File > New school year)."""
        self.reload()
        index = self.year_box.findText(label)
        if index >= 0:
            self.year_box.setCurrentIndex(index)

    def _on_year_chosen(self, _index: int) -> None:
        self.notice_label.hide()
        self._load(self.year_box.currentText())

    def status_text(self) -> str:
        if not self.grid_data:
            return ""
        chains = sum(len(r.bars) for r in self.grid.rows)
        return self.tr("%n chains", "", chains)

    # --- changing -------------------------------------------------------------------

    def new_chain(self) -> None:
        self.chainBuilderRequested.emit(ChainRequest(class_id=self.grid.current_class))

    def _new_chain_if_enabled(self) -> None:
        """The shortcut does what the button does, and only when the button may."""
        if self.new_button.isEnabled():
            self.new_chain()

    def move_chain(self, chain_id: int, monday: dt.date) -> None:
        """Move a chain to the week of ``monday`` as an undoable command."""
        from beroepsplanner.ui import error_text
        from beroepsplanner.ui.planner_commands import MoveChainCommand

        bar = self.grid.bar(chain_id)
        if bar is None:
            return
        text = self.tr("Move ‘%1’ to week %2").replace("%1", bar.activity_title).replace(
            "%2", str(monday.isocalendar()[1])
        )
        command = MoveChainCommand(chain_id, monday, text, self)
        self.notice_label.hide()
        try:
            with self.own_change():
                self.workspace.execute(command)
        except BeroepsplannerError as error:
            show_refusal(self, self.tr("The chain was not moved"), error_text.error(error))
            return
        assert command.row is not None
        self.class_changed(command.row, command)

    @contextmanager
    def own_change(self) -> Iterator[None]:
        """While a move of this page runs, its "chains" change needs no reload here."""
        self._own_changes += 1
        try:
            yield
        finally:
            self._own_changes -= 1

    def _on_data_changed(self, subject: str) -> None:
        if self._own_changes and subject == "chains":
            return
        super()._on_data_changed(subject)

    def class_changed(self, row: ClassRow, command: MoveChainCommand) -> None:
        """Redraw one class after a move (or its undo) and say when a chain became concept."""
        self.grid.set_class_row(row)
        self.grid.select_chain(command.chain_id)
        bar = self.grid.bar(command.chain_id)
        if command.demoted and bar is not None and bar.status is ChainStatus.CONCEPT:
            message = self.tr("‘%1’ is a concept again: after the move it has an error. Double-click it to see and fix the error.")
            message = message.replace("%1", bar.activity_title)
            self.notice_label.setText(message)
            self.notice_label.show()
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(message, 10000)
        else:
            self.notice_label.hide()
