"""The Overzicht's "Before and after" tab (issue 18 items 1 and 4): per groep the counted
chains and how the answers moved, the same figures as ``beroepsplanner report``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.measurement import ChainMeasurement, Tally
from beroepsplanner.store.models import Chain, SchoolClass
from beroepsplanner.store.report import read_report
from beroepsplanner.ui.chain_measurement import SetMeasurementCommand
from beroepsplanner.ui.overview_page import OverviewPage
from beroepsplanner.ui.workspace import Workspace


@pytest.fixture
def workspace(demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    ws = Workspace()
    ws.open(path)
    yield ws
    ws.close()


def chains_of(workspace: Workspace, grade: int) -> list[int]:
    return workspace.read(lambda s: list(s.scalars(
        select(Chain.id).join(SchoolClass).where(SchoolClass.grade == grade).order_by(Chain.date)
    )))


def test_the_tab_shows_each_groeps_counted_chains_as_the_report_has_them(
    workspace: Workspace, qtbot: QtBot
) -> None:
    page = OverviewPage(workspace)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.reload()
    assert page.before_after_model.rowCount() == 0
    assert page.tabs.tabText(3) == "Before and after (0)"
    assert "No chain of this school year" in page.before_after_hint.text()

    seven, four = chains_of(workspace, 7), chains_of(workspace, 4)
    workspace.execute(SetMeasurementCommand(
        ChainMeasurement(seven[0], Tally(woman=3, man=18, both=4), Tally(woman=5, man=9, both=12))
    ))
    workspace.execute(SetMeasurementCommand(ChainMeasurement(four[0], Tally(man=10))))  # before only
    page.reload()
    assert page.tabs.tabText(3) == "Before and after (1)"
    assert page.before_after_model.rowCount() == 1  # groep 4 has no chain counted after yet
    row = page.before_after_model.row_texts(0)
    assert row[:5] == (7, 1, "3 → 5", "18 → 9", "4 → 12")
    assert "25 answers before, 26 after" in page.before_after_hint.text()
    report = workspace.read(lambda s: read_report(s, "2026-2027"))
    seven_figures = next(g for g in report.groepen if g.groep == 7).figures.before_after
    assert (seven_figures.before.both, seven_figures.after.both) == (4, 12)
