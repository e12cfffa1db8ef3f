"""Findings and the coverage chart never rely on colour alone (issue 12 item 10): seen in
grey, an error, a warning and a gap still look different, and a screen reader hears them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.chain import Finding, Severity
from beroepsplanner.ui.coverage_chart import CoverageChart
from beroepsplanner.ui.models.finding_list import FindingListModel
from beroepsplanner.ui.overview_page import OverviewPage
from beroepsplanner.ui.workspace import Workspace
from beroepsplanner.ui.year_grid_paint import ERROR, WARNING, draw_mark


def grey_picture(draw: Callable[[QPainter], None], size: int = 24) -> list[int]:
    """What ``draw`` paints, as grey values: the colour taken away."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter)
    painter.end()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [grey.pixelColor(x, y).value() // 32 for y in range(size) for x in range(size)]


def shape(picture: list[int]) -> set[int]:
    """The pixels that are not background: the outline of what was drawn."""
    return {i for i, v in enumerate(picture) if v < 7}


def test_error_and_warning_marks_differ_in_shape_not_only_in_colour() -> None:
    error = grey_picture(lambda p: draw_mark(p, QPointF(12, 12), ERROR))
    warning = grey_picture(lambda p: draw_mark(p, QPointF(12, 12), WARNING))
    differing = shape(error) ^ shape(warning)
    assert len(differing) > 20, "an error and a warning must look different in grey too"


def test_a_gap_in_the_chart_differs_from_an_empty_early_grade_without_colour(qtbot: QtBot) -> None:
    chart = CoverageChart()
    qtbot.addWidget(chart)
    rect = QRectF(1, 1, 40, 20)
    gap = grey_picture(lambda p: chart._paint_swatch(p, rect, 0, True, True), 44)
    quiet = grey_picture(lambda p: chart._paint_swatch(p, rect, 0, False, True), 44)
    assert len(shape(gap) ^ shape(quiet)) > 40  # a border and a hatch, not only a tint


def test_the_chart_says_its_gaps_in_words(qtbot: QtBot, demo: Workspace) -> None:
    page = OverviewPage(demo)
    qtbot.addWidget(page)
    page.show()
    description = page.chart.accessibleDescription()
    table = page.chart.table()
    assert table is not None
    gap = next((g, w) for g in range(4, 9) for w in table.worlds if table.is_gap(g, w))
    assert str(gap[0]) in description and gap[1] in description


def test_a_screen_reader_hears_the_severity_of_a_finding() -> None:
    model = FindingListModel()
    model.set_findings([
        Finding(Severity.ERROR, "preparation-missing", "er is geen voorbereidingsles.", class_name="Groep 5",
                activity_title="Workshop", date=dt.date(2027, 5, 11)),
        Finding(Severity.WARNING, "single-role-model", "maar één rolmodel.", class_name="Groep 3",
                activity_title="Gastles", date=dt.date(2026, 9, 15)),
    ])
    texts = [model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(2)]
    assert texts[0].startswith("Error: ") and texts[1].startswith("Warning: ")
