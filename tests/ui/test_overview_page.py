"""The overview screen on the demo school: the continuous line, the classes and the findings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.chain import Severity
from beroepsplanner.ui.models.class_coverage_table import Column as ClassColumn
from beroepsplanner.ui.models.finding_table import FINDING_ROLE, Column
from beroepsplanner.ui.overview_page import OverviewPage
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace


@pytest.fixture
def page(demo_file: Path, qtbot: QtBot) -> Iterator[OverviewPage]:
    ws = Workspace()
    ws.open(demo_file)
    overview = OverviewPage(ws)
    qtbot.addWidget(overview)
    overview.resize(1000, 700)
    overview.show()
    yield overview
    ws.close()


def test_page_names_itself(page: OverviewPage) -> None:
    assert page.objectName() == "overviewPage"
    assert page.title() == "Overview"


def test_chart_shows_the_coverage_of_the_demo_year(page: OverviewPage) -> None:
    assert page.year_combo.currentText() == "2026-2027"
    table = page.chart.table()
    assert table is not None and len(table.worlds) == 7
    assert table.worlds[0] == "Mens & Gezondheid"
    # Groep 1 has two chains: Beeldenbrekers, a series about stereotypes, meets only the world
    # of the fire station it visits; the project week meets no world of its own.
    assert [table.count(1, world) for world in table.worlds] == [0, 1, 0, 0, 0, 0, 0]
    assert table.count(6, "Hi-tech & Science") == 2
    assert table.is_gap(4, "Mens & Gezondheid")
    assert not table.is_gap(2, "Mens & Gezondheid")  # groep 1–3 are never gaps
    assert table.unmet_worlds == ()
    assert "Groep 6a" in page.chart.tooltip_for(6, "Hi-tech & Science")
    assert "seven worlds" in page.line_label.text()


def test_class_table_sums_up_every_class(page: OverviewPage) -> None:
    model = page.class_model
    assert model.rowCount() == 9
    rows = {model.row_of(r).name: model.row_of(r) for r in range(model.rowCount())}
    assert rows["Groep 8"].chains == 3
    assert sum(r.chains for r in rows.values()) == 23
    index = model.index(list(rows).index("Groep 6a"), ClassColumn.WORLDS)
    assert model.data(index) == f"{len(rows['Groep 6a'].worlds)} / 7"


def test_findings_of_the_demo_are_one_error_and_fourteen_warnings(page: OverviewPage) -> None:
    # Beeldenbrekers and the parent's guest lesson have one guest by their format: no
    # "only one role model" (issue 17 item 6).
    assert page.finding_proxy.rowCount() == 15
    assert "1 error" in page.summary_label.text() and "14 warning" in page.summary_label.text()
    # Errors sort first.
    first = page.finding_proxy.index(0, Column.SEVERITY)
    assert first.data() == "Error"
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None


def test_severity_filter_shows_only_errors_or_only_warnings(page: OverviewPage) -> None:
    page.set_severity_filter(Severity.ERROR)
    assert page.finding_proxy.rowCount() == 1
    first = page.finding_proxy.index(0, Column.RULE)
    assert first.data(FINDING_ROLE).code == "preparation-missing"
    assert first.data() == "No preparation lesson"  # a name, never the internal code
    page.set_severity_filter(Severity.WARNING)
    assert page.finding_proxy.rowCount() == 14
    severities = {page.finding_proxy.index(r, 0).data(FINDING_ROLE).severity for r in range(14)}
    assert severities == {Severity.WARNING}
    page.set_severity_filter(None)
    assert page.finding_proxy.rowCount() == 15
    assert page.severity_combo.itemText(1) == "Errors (1)"


def test_double_click_on_a_chain_finding_opens_the_chain(page: OverviewPage, qtbot: QtBot) -> None:
    index = page.finding_proxy.index(0, Column.MESSAGE)
    finding = index.data(FINDING_ROLE)
    assert finding.chain_id is not None
    with qtbot.waitSignal(page.chainBuilderRequested) as requested:
        page.finding_view.doubleClicked.emit(index)
    assert requested.args == [ChainRequest(chain_id=finding.chain_id)]


def test_message_column_drops_what_the_other_columns_show(page: OverviewPage) -> None:
    index = page.finding_proxy.index(0, Column.MESSAGE)
    finding = index.data(FINDING_ROLE)
    assert not index.data().startswith(finding.class_name)
    assert finding.message.endswith(index.data()[1:])
    assert page.finding_proxy.index(0, Column.ACTIVITY).data() == "Workshop (Zabuki)"
