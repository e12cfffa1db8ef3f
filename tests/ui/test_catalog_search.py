"""The catalog's search looks in professions and descriptions; an empty result says so."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from beroepsplanner.store.seed import seed_dir
from beroepsplanner.ui.catalog_page import CatalogPage
from beroepsplanner.ui.models.activity_table import ACTIVITY_ROLE
from beroepsplanner.ui.workspace import Workspace


def make_page(qtbot: QtBot, workspace: Workspace) -> CatalogPage:
    page = CatalogPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def shown_keys(page: CatalogPage) -> set[str]:
    proxy = page.activity_proxy
    return {proxy.index(row, 0).data(ACTIVITY_ROLE).key for row in range(proxy.rowCount())}


def seeded_activities() -> list[dict]:
    return json.loads((Path(seed_dir()) / "activities.json").read_text(encoding="utf-8"))["activities"]


def test_robot_finds_the_activities_that_list_robotprogrammeur(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    with_profession = {a["key"] for a in seeded_activities() if "robotprogrammeur" in a.get("professions", [])}
    assert with_profession
    QTest.keyClicks(page.filter_edit, "robot")
    assert with_profession <= shown_keys(page)
    # None of them says "robot" in a column of the table: the professions were searched.
    for key in with_profession:
        row = page.activity_model.row_of(key)
        columns = [page.activity_model.index(row, c).data() or "" for c in range(page.activity_model.columnCount())]
        assert "robot" not in " ".join(columns).casefold()


def test_the_search_looks_in_descriptions(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    QTest.keyClicks(page.filter_edit, "draaibanken")
    described = {a["key"] for a in seeded_activities() if "draaibanken" in a.get("description", "")}
    assert described and shown_keys(page) == described


def test_an_empty_result_says_so_and_its_button_clears_the_filters(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = make_page(qtbot, workspace)
    total = page.activity_model.rowCount()
    assert not page.empty_row.isVisible()
    QTest.keyClicks(page.filter_edit, "xyzzy-bestaat-niet")
    assert page.activity_proxy.rowCount() == 0
    assert page.empty_row.isVisible() and page.empty_label.text()
    page.empty_clear_button.click()
    assert page.filter_edit.text() == ""
    assert page.activity_proxy.rowCount() == total
    assert not page.empty_row.isVisible()
