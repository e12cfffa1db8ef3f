"""The line per cohort in the Overzicht: a row per cohort with its groep in every school
year, the heat map per cohort beside the year view, and gaps that agree with the findings."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.store.chain_editing import delete_chain
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Chain, SchoolClass, SchoolYearRow
from beroepsplanner.store.years import plan_next_year, start_next_year
from beroepsplanner.ui.models.cohort_table import COHORT_ROLE
from beroepsplanner.ui.models.cohort_table import Column as CohortColumn
from beroepsplanner.ui.overview_page import OverviewPage
from beroepsplanner.ui.workspace import Workspace

NEW = "2027-2028"


def open_page(path: Path, qtbot: QtBot) -> tuple[Workspace, OverviewPage]:
    workspace = Workspace()
    workspace.open(path)
    page = OverviewPage(workspace)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.reload()
    return workspace, page


@pytest.fixture
def one_year(demo_file: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[OverviewPage]:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_file, path)
    workspace, page = open_page(path, qtbot)
    yield page
    workspace.close()


@pytest.fixture
def two_years(demo_file: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[OverviewPage]:
    """The demo moved on to 2027-2028, where groep 5 (last year's groep 4) has no chains."""
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    with database.transaction() as session:
        start_next_year(session, plan_next_year(session, NEW))
    with database.transaction() as session:
        chains = session.scalars(
            select(Chain.id).join(SchoolClass).join(SchoolYearRow)
            .where(SchoolYearRow.label == NEW, SchoolClass.grade >= 5)
        ).all()
        for chain_id in chains:
            delete_chain(session, chain_id)
    database.close()
    workspace, page = open_page(path, qtbot)
    page.year_combo.setCurrentText(NEW)
    yield page
    workspace.close()


def rows_by_cohort(page: OverviewPage) -> dict[int, int]:
    model = page.cohort_model
    return {model.row_of(r).cohort: r for r in range(model.rowCount())}


def test_a_row_per_cohort_with_its_groep_per_school_year(one_year: OverviewPage) -> None:
    page = one_year
    model = page.cohort_model
    assert model.rowCount() == 8
    assert page.tabs.tabText(2) == "Per cohort (8)"
    assert model.years() == ("2026-2027",)
    row = rows_by_cohort(page)[2029]
    assert model.row_of(row).classes == ("Groep 6a", "Groep 6b")
    year = model.index(row, CohortColumn.GRADE + 1)
    assert model.headerData(CohortColumn.GRADE + 1, Qt.Orientation.Horizontal) == "2026-2027"
    assert year.data() == "grade 6: 5"
    assert "Groep 6a, Groep 6b" in year.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, model.column_of(CohortColumn.COHORT)).data() == "Cohort 2029"
    assert model.index(row, model.column_of(CohortColumn.COMPANIES)).data() == 2
    # Sorted by groep: groep 1 (the cohort that leaves last) at the top.
    first = page.cohort_proxy.index(0, 0).data(COHORT_ROLE)
    assert (first.cohort, first.grade) == (2034, 1)


def test_the_chart_switches_between_the_year_and_the_cohorts(one_year: OverviewPage) -> None:
    page = one_year
    assert not page.per_cohort() and page.charts.currentWidget() is page.chart
    assert page.chart_title.text() == "Worlds of technology per grade"
    page.show_per_cohort(True)
    assert page.charts.currentWidget() is page.cohort_chart
    assert page.chart_title.text() == "Worlds of technology per cohort, grades 4–8"
    chart = page.cohort_chart
    assert chart.rows() == [2034, 2033, 2032, 2031, 2030, 2029, 2028, 2027]
    assert chart.row_label(2029) == "Cohort 2029 (grade 6)"
    assert chart.heat_cell(2029, "Hi-tech & Science").count == 2
    assert "2026-2027 · Groep 6a" in chart.tooltip_for(2029, "Hi-tech & Science")
    assert page.line_label.text().startswith("Every cohort meets or has planned all seven worlds")
    page.show_per_cohort(False)
    assert page.charts.currentWidget() is page.chart


def test_two_school_years_follow_the_same_pupils(two_years: OverviewPage) -> None:
    page = two_years
    model = page.cohort_model
    assert model.years() == ("2026-2027", NEW)
    rows = rows_by_cohort(page)
    assert 2027 not in rows  # last year's groep 8 left
    cohort = model.row_of(rows[2029])
    assert [(y.school_year, y.grade, y.classes) for y in cohort.years] == [
        ("2026-2027", 6, ("Groep 6a", "Groep 6b")), (NEW, 7, ("Groep 7a", "Groep 7b"))]
    newest = model.row_of(rows[2035])
    assert [y.grade for y in newest.years] == [None, 1]
    assert model.index(rows[2035], CohortColumn.GRADE + 1).data() == "—"


def test_a_gap_per_cohort_is_what_the_findings_warn_about(two_years: OverviewPage) -> None:
    page = two_years
    page.show_per_cohort(True)
    findings = [page.finding_model.finding(r) for r in range(page.finding_model.rowCount())]
    warned: dict[int, set[str]] = {}
    for finding in findings:
        if finding.code == "world-not-met":
            assert finding.cohort is not None
            warned.setdefault(finding.cohort, set()).add(str(finding.arg("world")))
    # Groep 5 met three worlds in groep 4 last year and has nothing planned now; this year's
    # groep 4 has last year's plan of groep 4 again, and nothing ahead in groep 5 to 8.
    assert set(warned) == {2031, 2032}
    assert warned[2031] == {"Mens & Gezondheid", "Energie, Water & Veiligheid", "Wonen, Werken & Verkeer",
                            "Digitaal, Media & Entertainment"}
    for r in range(page.cohort_model.rowCount()):
        row = page.cohort_model.row_of(r)
        assert set(row.gaps) == warned.get(row.cohort, set()), row.cohort
    chart = page.cohort_chart
    assert chart.heat_cell(2031, "Mens & Gezondheid").gap
    assert not chart.heat_cell(2031, "Voeding & Natuur").gap
    assert "since grade 4" in chart.tooltip_for(2031, "Mens & Gezondheid")
    assert "2031" in chart.accessibleDescription() and "Mens & Gezondheid" in chart.accessibleDescription()
    assert "2031" in page.line_label.text()
    worlds = page.cohort_model.index(rows_by_cohort(page)[2031], page.cohort_model.column_of(CohortColumn.WORLDS))
    assert worlds.data() == "3 / 7"
    assert "Mens & Gezondheid" in worlds.data(Qt.ItemDataRole.ToolTipRole)
    # The finding opens a new chain for the class it is about.
    finding = next(f for f in findings if f.cohort == 2031)
    assert finding.class_name == "Groep 5" and finding.chain_id is None


def test_the_line_per_cohort_speaks_dutch(dutch: list, demo_file: Path, tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_file, path)
    workspace, page = open_page(path, qtbot)
    try:
        page.show_per_cohort(True)
        assert (page.grade_button.text(), page.cohort_button.text()) == ("Per groep", "Per cohort")
        assert page.chart_title.text() == "Werelden van techniek per cohort, groep 4–8"
        assert page.line_label.text().startswith("Elk cohort ontmoet of plant alle zeven werelden")
        assert page.tabs.tabText(2) == "Per cohort (8)"
        model = page.cohort_model
        row = rows_by_cohort(page)[2029]
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers == ["Cohort", "Groep", "2026-2027", "Werelden", "Sectoren", "Bedrijven", "Beroepen",
                           "Rolmodellen tegen vooroordeel", "Ketens", "Waarvan gepland"]
        year = model.index(row, CohortColumn.GRADE + 1)
        assert year.data() == "groep 6: 5"
        assert year.data(Qt.ItemDataRole.ToolTipRole).startswith("Groep 6a, Groep 6b: 5 ketens")
        assert page.cohort_chart.row_label(2029) == "Cohort 2029 (groep 6)"
        tip = page.cohort_chart.tooltip_for(2029, "Hi-tech & Science")
        assert "2 ketens in groep 4–8" in tip
    finally:
        workspace.close()
